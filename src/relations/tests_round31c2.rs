//! Issue 17, thirty-first round, part C2: an envoy named after the comma
//! that closes his posting, an invitation to come back to a place the
//! document told the invitee visiting, "kembali" before a visit verb as
//! its adverb, and a visit noun owned by one a pronoun relates ("his
//! defence minister's visit"). Every sentence is written for the tests,
//! with traps that must keep their reading.

use super::tests::{Rel, A, P};
use super::tests_round3::{
    check_cases, people_gaz, people_relations_of, unordered_relations_of, with, BUDI,
};
use crate::base::types::EntityType;

/// An asserted visit.
fn v(a: &str, b: &str) -> Rel {
    with("visits", a, b, A)
}

/// The visits of `text` over the test gazetteer with two people of no
/// office.
fn visits(text: &str) -> Vec<Rel> {
    people_relations_of(text, &["visits"])
}

/// The visits of `text` over the test gazetteer with two people of no
/// office and a place of two adjacent names ("Tanah Suci Lembah").
fn visits_of_two_names(text: &str) -> Vec<Rel> {
    let extra: &[(&str, EntityType, &[&str])] =
        &[("lembah", EntityType::Place, &["Tanah Suci", "Lembah"])];
    unordered_relations_of(text, &people_gaz(extra), &["visits"])
}

#[test]
fn an_envoy_named_after_his_posting_leaves_for_no_visit() {
    check_cases(
        visits_of_two_names,
        &[
            (
                "Duta Besar RI untuk Tanah Suci Lembah , Budi Santoso , bertemu Rina Wati . Budi dijadwalkan berangkat ke Lembah pada 21 Februari .",
                &[],
            ),
            (
                "Indonesia's Ambassador to Tanah Suci Lembah, Budi Santoso, met Rina Wati. Budi will leave for Lembah on Monday.",
                &[],
            ),
            // trap: the same departure by a person of no posting
            (
                "Budi Santoso bertemu Rina Wati . Budi dijadwalkan berangkat ke Lembah pada 21 Februari .",
                &[with("visits", BUDI, "lembah", P)],
            ),
        ],
    );
}

#[test]
fn an_invitation_to_come_back_plans_no_visit() {
    check_cases(
        visits,
        &[
            (
                "Budi Santoso tiba di China pada Senin . Rina Wati mengundang Budi untuk kembali berkunjung ke China .",
                &[v(BUDI, "china")],
            ),
            (
                "Budi Santoso arrived in China on Monday. Rina Wati invited Budi to visit China again.",
                &[v(BUDI, "china")],
            ),
            // traps: an invitation to return where the document told no
            // visit stays planned, and so does one with no return word
            (
                "Rina Wati mengundang Budi Santoso untuk kembali berkunjung ke China .",
                &[with("visits", BUDI, "china", P)],
            ),
            (
                "Rina Wati invited Budi Santoso to visit China again.",
                &[with("visits", BUDI, "china", P)],
            ),
            (
                "Budi Santoso arrived in China on Monday. Rina Wati invited Budi to visit Iran.",
                &[v(BUDI, "china"), with("visits", BUDI, "iran", P)],
            ),
        ],
    );
}

#[test]
fn a_return_adverb_before_a_visit_verb_is_no_trigger() {
    check_cases(
        visits,
        &[
            // the invited visit is planned past the adverb
            (
                "Rina Wati mengundang Budi Santoso untuk kembali berkunjung ke Iran .",
                &[with("visits", BUDI, "iran", P)],
            ),
            // traps: a visit made again stays made, and "kembali ke" alone
            // stays a trigger
            (
                "Budi Santoso kembali berkunjung ke Iran pada Senin .",
                &[v(BUDI, "iran")],
            ),
            (
                "Budi Santoso kembali ke Iran pada Senin .",
                &[v(BUDI, "iran")],
            ),
        ],
    );
}

#[test]
fn a_visit_of_one_related_to_a_pronoun_is_not_the_pronouns() {
    check_cases(
        visits,
        &[
            (
                "Budi Santoso said measures would come during his defence minister's visit to China next week.",
                &[],
            ),
            ("Budi Santoso praised his wife's visit to China.", &[]),
            // traps: the pronoun's own visit keeps its owner
            ("Budi Santoso said his visit to China was a success.", &[v(BUDI, "china")]),
            (
                "Budi Santoso said his official visit to China was a success.",
                &[v(BUDI, "china")],
            ),
        ],
    );
}

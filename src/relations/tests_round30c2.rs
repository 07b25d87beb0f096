//! Issue 17, thirtieth round, part C2: visits of envoys at their post, a
//! planned adjective before a visit noun ("the coming visit"), a
//! possessive "her" before a trip noun, and a "by" phrase after a visit
//! noun a possessive owns. Every sentence is written for the tests, with
//! traps that must keep their reading.

use super::tests::{Rel, A, P};
use super::tests_round3::{check_cases, people_relations_of, with, BUDI, RINA};

/// An asserted visit.
fn v(a: &str, b: &str) -> Rel {
    with("visits", a, b, A)
}

/// The visits of `text` over the test gazetteer with two people of no
/// office.
fn visits(text: &str) -> Vec<Rel> {
    people_relations_of(text, &["visits"])
}

#[test]
fn an_envoy_at_his_post_makes_no_visit_there() {
    check_cases(
        visits,
        &[
            ("Indonesian Ambassador to Russia, Budi Santoso, arrived in Moscow on Monday.", &[]),
            ("Duta Besar Indonesia untuk Rusia Budi Santoso tiba di Rusia pada Senin .", &[]),
            // the arrival in the posting's capital
            (
                "Duta Besar Indonesia untuk Korea Utara , Budi Santoso , tiba di Pyongyang pada Senin .",
                &[],
            ),
            // the envoy named by a pronoun in a later sentence
            (
                "Indonesian Ambassador to Russia, Budi Santoso, met Rina Wati on Monday. He arrived in Russia in April.",
                &[],
            ),
            // traps: a trip of the envoy to another country, and the same
            // trip by a person of no posting
            (
                "Indonesian Ambassador to Russia, Budi Santoso, flew to China on Monday.",
                &[v(BUDI, "china")],
            ),
            (
                "Duta Besar Indonesia untuk Rusia Budi Santoso berkunjung ke China pada Senin .",
                &[v(BUDI, "china")],
            ),
            ("Budi Santoso arrived in Moscow on Monday.", &[v(BUDI, "moscow")]),
            // trap: another town of the posting's country is a trip
            (
                "Duta Besar Indonesia untuk Rusia Budi Santoso berkunjung ke Vladivostok pada Senin .",
                &[v(BUDI, "vladivostok")],
            ),
        ],
    );
}

#[test]
fn the_coming_visit_is_a_planned_visit() {
    check_cases(
        visits,
        &[
            (
                "Their talks were about the coming visit of Budi Santoso to China.",
                &[with("visits", BUDI, "china", P)],
            ),
            (
                "They discussed the upcoming visit of Budi Santoso to China.",
                &[with("visits", BUDI, "china", P)],
            ),
            // trap: a visit with no such adjective stays asserted
            (
                "Their talks were about the visit of Budi Santoso to China.",
                &[v(BUDI, "china")],
            ),
        ],
    );
}

#[test]
fn her_before_a_trip_noun_is_a_possessive() {
    check_cases(
        visits,
        &[
            (
                "Rina Wati was welcomed by Budi Santoso on Thursday. Later Rina Wati said her visit to China was a success.",
                &[v(RINA, "china")],
            ),
            (
                "Rina Wati was welcomed by Budi Santoso on Thursday. After the meeting, Rina Wati said her first trip to China was useful.",
                &[v(RINA, "china")],
            ),
        ],
    );
    // trap: "her" before a preposition stays an object
    check_cases(
        |t| people_relations_of(t, &["invites"]),
        &[(
            "Rina Wati spoke on Thursday. Budi Santoso invited her to China.",
            &[with("invites", BUDI, RINA, A)],
        )],
    );
}

#[test]
fn a_by_phrase_after_a_possessed_visit_is_no_visitor() {
    check_cases(
        visits,
        &[
            (
                "Budi Santoso is accompanied on his official visit to China by Rina Wati.",
                &[v(BUDI, "china")],
            ),
            // traps: the visit by a named visitor, and one with no
            // possessive
            (
                "The visit to China by Rina Wati was a success.",
                &[v(RINA, "china")],
            ),
            (
                "The visit of Rina Wati to China was a success.",
                &[v(RINA, "china")],
            ),
        ],
    );
}

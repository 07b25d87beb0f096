//! Issue 17, thirty-fifth round, part C: an unnamed object of a control
//! verb acting in the clause after it, and a town set off by a comma
//! before "in" and its province. Every sentence is
//! written for the tests, with traps that must keep their reading.

use super::tests::{Rel, A, P};
use super::tests_round3::{check_cases, relations_with, with, BUDI, RINA};
use crate::base::types::EntityType;

/// The countries the tests add to the test gazetteer.
const COUNTRIES: &[(&str, &str, &str)] =
    &[("ghana", "Ghana", "Ghanaian"), ("togo", "Togo", "Togolese")];

/// A town of no class, a province named with its word ("Volta region",
/// "Kara province") and a place of no province word.
const PLACES: &[(&str, EntityType, &[&str])] = &[
    ("kumbo", EntityType::Place, &["Kumbo"]),
    ("volta", EntityType::Place, &["Volta", "Volta region"]),
    ("kara", EntityType::Place, &["Kara", "Kara province"]),
    ("sokode", EntityType::Place, &["Sokode"]),
];

/// The relations of kinds `kinds` in `text` over the test gazetteer with
/// [`PLACES`] and [`COUNTRIES`].
fn of_kinds(text: &str, kinds: &[&str]) -> Vec<Rel> {
    relations_with(text, PLACES, COUNTRIES, kinds)
}

#[test]
fn an_unnamed_object_of_a_control_verb_is_the_visitor() {
    let v = |a: &str, b: &str| with("visits", a, b, P);
    check_cases(
        |t| of_kinds(t, &["visits"]),
        &[
            (
                "Budi Santoso thanked the hosts and invited his Ghanaian counterpart to visit Togo next year.",
                &[],
            ),
            (
                "Budi Santoso urged the new minister to visit Togo soon.",
                &[],
            ),
            (
                "Budi Santoso mengundang mitranya untuk berkunjung ke Togo tahun depan.",
                &[],
            ),
            // traps: a named object is the visitor; no object, a passive
            // and an agent phrase keep the subject
            (
                "Budi Santoso invited Rina Wati to visit Togo next year.",
                &[v(RINA, "togo")],
            ),
            (
                "Budi Santoso asked to visit Togo next year.",
                &[v(BUDI, "togo")],
            ),
            (
                "Budi Santoso was invited to visit Togo next year.",
                &[v(BUDI, "togo")],
            ),
        ],
    );
}

#[test]
fn a_town_before_a_comma_and_in_lies_in_the_province_after() {
    let l = |a: &str, b: &str| with("located_in", a, b, A);
    check_cases(
        |t| of_kinds(t, &["located_in"]),
        &[
            (
                "Gunmen attacked a police post at Kumbo, in the Volta region, on Saturday.",
                &[l("kumbo", "volta")],
            ),
            (
                "Gunmen attacked a police post at Sokode, in Togo's Kara province, on Saturday.",
                &[l("sokode", "kara"), l("kara", "togo")],
            ),
            // traps: a place of no province word after "in", and a
            // country, give no province; no preposition after the comma
            // lists the places
            (
                "Gunmen attacked a police post at Kumbo, in Sokode, on Saturday.",
                &[],
            ),
            (
                "Gunmen attacked police posts at Kumbo, Sokode and Kara on Saturday.",
                &[],
            ),
        ],
    );
}

#[test]
fn the_late_before_a_title_leaves_its_holder_the_owner() {
    let v = |a: &str, b: &str| with("visits", a, b, A);
    check_cases(
        |t| of_kinds(t, &["visits"]),
        &[
            (
                "Rina Wati mengenang kunjungan kenegaraan mendiang Budi Santoso ke Togo pada 2018.",
                &[v(BUDI, "togo")],
            ),
            (
                "Rina Wati mengenang kunjungan almarhum Budi Santoso ke Togo pada 2018.",
                &[v(BUDI, "togo")],
            ),
            // trap: with no such word the owner is as before
            (
                "Rina Wati mengenang kunjungan kenegaraan Budi Santoso ke Togo pada 2018.",
                &[v(BUDI, "togo")],
            ),
        ],
    );
}

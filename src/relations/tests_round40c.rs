//! Issue 17, fortieth round, part C: a venue's town closed by the comma
//! before a fronted phrase's subject. Every sentence is written for the
//! tests, in both languages, with traps that must give nothing.

use super::tests::{Rel, A};
use super::tests_round3::{check_cases, relations_with, with};
use crate::base::types::EntityType;

/// The test gazetteer with a person, a town and an airport.
const EXTRA: &[(&str, EntityType, &[&str])] = &[
    ("rina-wati", EntityType::Person, &["Rina Wati"]),
    ("harar-town", EntityType::Place, &["Harar"]),
    ("malang", EntityType::Place, &["Malang"]),
    (
        "kisumu-airport",
        EntityType::Place,
        &["Kisumu International Airport"],
    ),
];

/// The relations of `kinds` in `text`.
fn of(text: &str, kinds: &[&str]) -> Vec<Rel> {
    relations_with(text, EXTRA, &[], kinds)
}

#[test]
fn a_venues_town_closed_by_a_comma_before_a_person() {
    let l = |a: &str, b: &str| with("located_in", a, b, A);
    check_cases(
        |t| of(t, &["located_in"]),
        &[
            (
                "Before departing from Kisumu International Airport in Harar , Rina Wati described the trip as essential .",
                &[l("kisumu-airport", "harar-town")],
            ),
            (
                "Sebelum berangkat dari Kisumu International Airport di Harar , Rina Wati menyebut kunjungan itu penting .",
                &[l("kisumu-airport", "harar-town")],
            ),
            // traps: a town after the comma may be the place the first
            // one lies in (an address); a list of towns
            (
                "Rina Wati departed from Kisumu International Airport in Harar , Malang , on Friday .",
                &[],
            ),
            (
                "Rina Wati flew from Kisumu International Airport in Harar and Malang .",
                &[],
            ),
        ],
    );
}

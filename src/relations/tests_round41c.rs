//! Issue 17, forty-first round, part C: the owner of a visit noun set off
//! by commas after its title, and a venue known by an alias or by a head
//! word of another language. Every sentence is written for the tests, in
//! both languages where the construction exists in both, with traps that
//! must give nothing.

use super::tests::{Rel, A};
use super::tests_round3::{check_cases, relations_with, with};
use crate::base::types::EntityType;

const PUTIN: &str = "vladimir-putin";

/// Towns, venues and a person of the tests.
const VENUES: &[(&str, EntityType, &[&str])] = &[
    ("rina-wati", EntityType::Person, &["Rina Wati"]),
    ("harar-town", EntityType::Place, &["Harar"]),
    ("lotus-plains", EntityType::Place, &["Lotus Plains"]),
    // a one-word name whose alias is a palace's
    ("kadri-x", EntityType::Place, &["Kadri", "Kadri Palace"]),
    // an alias with the head word inside, not at its ends
    (
        "kadri-y",
        EntityType::Place,
        &["Kadri Park", "Kadri Palace Gardens"],
    ),
    ("serail-x", EntityType::Place, &["Grand Serail"]),
    ("haus-x", EntityType::Place, &["Lotus Haus"]),
];

/// The relations of `kinds` in `text`.
fn of(text: &str, kinds: &[&str]) -> Vec<Rel> {
    relations_with(text, VENUES, &[], kinds)
}

/// An asserted visit.
fn v(a: &str, b: &str) -> Rel {
    with("visits", a, b, A)
}

#[test]
fn a_visits_owner_in_apposition_to_its_title() {
    check_cases(
        |t| of(t, &["visits"]),
        &[
            (
                "Both sides recalled the visit of the Russian President , Vladimir Putin , to Indonesia last year .",
                &[v(PUTIN, "indonesia")],
            ),
            (
                "Both sides recalled the recent visit of the Chairman of the State Duma of Russia , Vladimir Putin , to Indonesia .",
                &[v(PUTIN, "indonesia")],
            ),
            // a title the office data does not read, an honorific before
            // the name
            (
                "Keduanya membahas hasil kunjungan Presiden Senat Kerajaan Rusia , Yang Mulia Vladimir Putin , ke Indonesia pada bulan lalu .",
                &[v(PUTIN, "indonesia")],
            ),
            // (a title of the run whose holder of the day the test
            // gazetteer knows would name him: the president is the name)
            (
                "Prabowo Subianto menerima kunjungan resmi Presiden Senat dan Dewan Eropa Republik Rusia , Vladimir Putin , di Harar .",
                &[v(PUTIN, "harar-town")],
            ),
            // traps: no place right after the preposition (a pronoun's
            // phrase); a lowercase word inside the title; no preposition
            // after the apposition; a list of names
            (
                "Both sides recalled the visit of the Russian President , Vladimir Putin , in his speech to Indonesia .",
                &[],
            ),
            (
                "Keduanya membahas kunjungan Ketua Dewan yang baru , Vladimir Putin , ke Indonesia .",
                &[],
            ),
            (
                "Both sides recalled the visit of the Russian President , Vladimir Putin , and the talks in Indonesia .",
                &[],
            ),
            (
                "Keduanya membahas kunjungan Presiden Senat Kerajaan Rusia , Vladimir Putin , Prabowo Subianto , dan Rina Wati ke Indonesia .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_venue_by_its_alias_or_a_foreign_head_word() {
    let l = |a: &str, b: &str| with("located_in", a, b, A);
    check_cases(
        |t| of(t, &["located_in"]),
        &[
            (
                "Vladimir Putin met Rina Wati at Kadri in Harar on Thursday .",
                &[l("kadri-x", "harar-town")],
            ),
            (
                "Vladimir Putin bertemu Rina Wati di Kadri di Harar pada Kamis .",
                &[l("kadri-x", "harar-town")],
            ),
            (
                "Vladimir Putin met Rina Wati at the Grand Serail in Harar on Thursday .",
                &[l("serail-x", "harar-town")],
            ),
            (
                "Vladimir Putin bertemu Rina Wati di Lotus Haus , Harar , Rabu .",
                &[l("haus-x", "harar-town")],
            ),
            // traps: the head word inside an alias, not at its ends; a
            // place with no head word; a lowercase head word names no venue
            (
                "Vladimir Putin met Rina Wati at Kadri Park in Harar on Thursday .",
                &[],
            ),
            (
                "Vladimir Putin met Rina Wati at Lotus Plains in Harar on Thursday .",
                &[],
            ),
            (
                "Vladimir Putin met Rina Wati at the old serail in Harar on Thursday .",
                &[],
            ),
        ],
    );
}

//! Issue 17, twenty-first round, main's share: an envoy's posting to
//! several places between the title and the holder's name ("Duta Besar RI
//! untuk PNG dan Kepulauan Solomon X") closes the title after the last
//! place, so the holder keeps the office of the sending state and stays a
//! conjunct of a list ("disambut oleh A, B dan Duta Besar ... X"). Every
//! sentence is written for the tests, with traps.

use super::tests_round3::{check_cases, people_gaz, rel, relations_of, RINA};
use crate::base::types::EntityType;
use crate::gazetteer::Gazetteer;

/// A gazetteer with the test people and four states.
fn states() -> Gazetteer {
    people_gaz(&[
        ("iraq", EntityType::Place, &["Iraq", "Irak"]),
        ("turkey", EntityType::Place, &["Turkey", "Turki"]),
        ("malaysia", EntityType::Place, &["Malaysia"]),
        ("syria", EntityType::Place, &["Syria", "Suriah"]),
    ])
}

fn offices(text: &str) -> Vec<super::tests::Rel> {
    relations_of(text, &states(), &["holds_office"])
}

#[test]
fn an_envoys_posting_to_several_places_closes_the_title_before_the_name() {
    check_cases(
        offices,
        &[
            (
                "Duta Besar Malaysia untuk Irak dan Turki Rina Wati hadir di sana .",
                &[rel("holds_office", RINA, "malaysia")],
            ),
            (
                "Budi Santoso disambut oleh Duta Besar Malaysia untuk Irak , Turki dan Suriah Rina Wati .",
                &[rel("holds_office", RINA, "malaysia")],
            ),
            // one place, as before
            (
                "Duta Besar Malaysia untuk Irak Rina Wati hadir di sana .",
                &[rel("holds_office", RINA, "malaysia")],
            ),
            // no name after the places: no holder
            (
                "Duta Besar Malaysia untuk Irak dan Turki hadir di sana .",
                &[],
            ),
            // a place that is no posting: the list goes on with a person
            (
                "Duta Besar Malaysia untuk Irak dan Turki menemui Rina Wati .",
                &[],
            ),
        ],
    );
}

//! Issue 17, twenty-ninth round, main's share: more head words of a
//! venue's name (a villa, a square, places of worship) make it a venue
//! with its town, in each form the venue rules read: "in", "di", a comma,
//! a town's possessive before it, or the town right after an Indonesian
//! name opened by its head. Every sentence is written for the tests, with
//! traps.

use super::tests::Rel;
use super::tests_round3::{check_cases, rel, relations_with};
use crate::base::types::EntityType;

/// `located_in` of `text` with towns, venues of the new heads, a church
/// that is an organisation and a country known.
fn located(text: &str) -> Vec<Rel> {
    relations_with(
        text,
        &[
            ("rina-wati", EntityType::Person, &["Rina Wati"]),
            ("harar-town", EntityType::Place, &["Harar"]),
            ("malang", EntityType::Place, &["Malang"]),
            ("kisumu-villa", EntityType::Place, &["Kisumu State Villa"]),
            ("lotus-square", EntityType::Place, &["Lotus Square"]),
            ("masjid-raya", EntityType::Place, &["Masjid Raya Kisumu"]),
            ("gereja-kisumu", EntityType::Place, &["Gereja Kisumu"]),
            (
                "church-of-harar",
                EntityType::Organisation,
                &["Church of Harar"],
            ),
            ("kisumu-plains", EntityType::Place, &["Kisumu Plains"]),
        ],
        &[("kenya", "Kenya", "Kenyan")],
        &["located_in"],
    )
}

#[test]
fn a_villa_a_square_and_a_place_of_worship_lie_in_their_town() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        located,
        &[
            (
                "Rina Wati was received at the Kisumu State Villa in Harar .",
                &[l("kisumu-villa", "harar-town")],
            ),
            (
                "Crowds gathered in Harar's Lotus Square on Friday .",
                &[l("lotus-square", "harar-town")],
            ),
            (
                "Rina Wati salat di Masjid Raya Kisumu Malang , Jumat .",
                &[l("masjid-raya", "malang")],
            ),
            (
                "Rina Wati berkunjung ke Gereja Kisumu di Malang .",
                &[l("gereja-kisumu", "malang")],
            ),
            // an organisation named with a head word is no venue
            ("Rina Wati met the Church of Harar in Malang .", &[]),
            // a place whose names hold no head word is no venue
            ("Rina Wati walked in the Kisumu Plains in Harar .", &[]),
            // a country after any place is where it lies (the older
            // appositive rule), venue or not
            (
                "Rina Wati spoke at Lotus Square in Kenya .",
                &[l("lotus-square", "kenya")],
            ),
        ],
    );
}

/// `located_in` of `text` with a capital of the lexicon data (its id is
/// the record's), venues named with it inside and a town outside the data.
fn named(text: &str) -> Vec<Rel> {
    relations_with(
        text,
        &[
            ("rina-wati", EntityType::Person, &["Rina Wati"]),
            ("nairobi", EntityType::Place, &["Nairobi"]),
            ("harar-town", EntityType::Place, &["Harar"]),
            (
                "state-palace",
                EntityType::Place,
                &["State Palace of Nairobi", "State Palace in Nairobi"],
            ),
            (
                "harar-palace",
                EntityType::Place,
                &["Royal Palace of Harar"],
            ),
            ("nairobi-uni", EntityType::Place, &["University of Nairobi"]),
        ],
        &[("kenya", "Kenya", "Kenyan")],
        &["located_in"],
    )
}

#[test]
fn a_venue_named_after_its_town_lies_in_it() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        named,
        &[
            (
                "Rina Wati was received at the State Palace of Nairobi .",
                &[l("state-palace", "nairobi")],
            ),
            (
                "Rina Wati dined at the State Palace in Nairobi on Friday .",
                &[l("state-palace", "nairobi")],
            ),
            // a name with no venue head word before the link is no venue
            ("Rina Wati spoke at the University of Nairobi .", &[]),
            // a town the data does not place in a country gives none
            ("Rina Wati slept at the Royal Palace of Harar .", &[]),
        ],
    );
}

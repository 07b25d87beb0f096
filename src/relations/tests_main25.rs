//! Issue 17, twenty-fifth round, main's share: a place and its country or
//! province in apposition where the words around used to hide it. A
//! person after the country's comma lists no places ("Wali Kota Gondar,
//! Ethiopia, Bayuh Kibret"); an unknown venue before the town's comma
//! lists no towns ("VIP Bandara Ngurah Rai, Denpasar, Bali"); a venue
//! whose name ends with its head word may be followed by its town with no
//! link ("Diaz Hotel Mossel Bay"). Every sentence is written for the
//! tests, with traps.

use super::tests::{push_countries, Rel};
use super::tests_round3::{check_cases, people_gaz, rel, unordered_relations_of};
use crate::base::types::EntityType;

/// `located_in` of `text` with towns, provinces, a venue and two
/// countries (a country has demonyms) known.
fn located(text: &str) -> Vec<Rel> {
    let mut g = people_gaz(&[
        ("bayu-kibret", EntityType::Person, &["Bayu Kibret"]),
        ("harar-town", EntityType::Place, &["Harar"]),
        ("denpasar", EntityType::Place, &["Denpasar"]),
        ("malang", EntityType::Place, &["Malang"]),
        ("bali", EntityType::Place, &["Bali"]),
        ("mossel-bay", EntityType::Place, &["Mossel Bay"]),
        ("diaz-hotel", EntityType::Place, &["Diaz Hotel"]),
    ]);
    push_countries(
        &mut g,
        &[
            ("ethiopia", "Ethiopia", "Ethiopian"),
            ("kenya", "Kenya", "Kenyan"),
        ],
    );
    unordered_relations_of(text, &g, &["located_in"])
}

#[test]
fn a_person_after_the_country_lists_no_places() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        located,
        &[
            (
                "Wali Kota Harar , Ethiopia , Bayu Kibret menandatangani surat itu .",
                &[l("harar-town", "ethiopia")],
            ),
            (
                "The mayor of Harar , Ethiopia , Bayu Kibret , signed the letter .",
                &[l("harar-town", "ethiopia")],
            ),
            // a place after the comma still lists places
            (
                "Delegasi dari Harar , Ethiopia , Kenya dan Uganda hadir .",
                &[],
            ),
        ],
    );
}

#[test]
fn an_unknown_venue_before_the_town_lists_no_towns() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        located,
        &[
            (
                "Presiden bertolak dari VIP Bandara Ngurah Rai , Denpasar , Bali , Selasa .",
                &[l("denpasar", "bali")],
            ),
            (
                "He left from the Ngurah Rai Airport , Denpasar , Bali , on Tuesday .",
                &[l("denpasar", "bali")],
            ),
            // towns listed after a town: no location is stated
            ("Festival digelar di Malang , Denpasar , Bali .", &[]),
        ],
    );
}

#[test]
fn a_venue_closed_by_its_head_word_is_followed_by_its_town() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        located,
        &[
            (
                "Penandatanganan berlangsung di Diaz Hotel Mossel Bay , Rabu .",
                &[l("diaz-hotel", "mossel-bay")],
            ),
            // a person after the venue is no town
            ("Di Diaz Hotel Bayu Kibret berpidato , Rabu .", &[]),
        ],
    );
}

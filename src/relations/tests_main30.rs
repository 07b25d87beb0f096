//! Issue 17, thirtieth round, main's share: a venue whose head word stands
//! inside its name ("Grand Hotel Kisumu Park") and a venue listed with an
//! unknown site before its town ("Gedung Kisumu, Kompleks Parlemen,
//! Malang") lie in their town. Every sentence is written for the tests,
//! with traps.

use super::tests::Rel;
use super::tests_round3::{check_cases, rel, relations_with};
use crate::base::types::EntityType;

/// `located_in` of `text` with towns, venues, a place with no head word
/// and a person whose name holds a head word.
fn located(text: &str) -> Vec<Rel> {
    relations_with(
        text,
        &[
            ("rina-wati", EntityType::Person, &["Rina Wati"]),
            ("hotel-person", EntityType::Person, &["Ana Hotel Ruiz"]),
            ("harar-town", EntityType::Place, &["Harar"]),
            ("malang", EntityType::Place, &["Malang"]),
            (
                "grand-hotel",
                EntityType::Place,
                &["Grand Hotel Kisumu Park"],
            ),
            ("gedung-kisumu", EntityType::Place, &["Gedung Kisumu"]),
            ("kisumu-plains", EntityType::Place, &["Kisumu Lotus Plains"]),
        ],
        &[("kenya", "Kenya", "Kenyan")],
        &["located_in"],
    )
}

#[test]
fn a_venue_with_its_head_word_inside_its_name_lies_in_its_town() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        located,
        &[
            (
                "Rina Wati berangkat dari Grand Hotel Kisumu Park , Harar , Senin .",
                &[l("grand-hotel", "harar-town")],
            ),
            (
                "Rina Wati stayed at the Grand Hotel Kisumu Park in Harar .",
                &[l("grand-hotel", "harar-town")],
            ),
            // a place of three words with no head word inside is no venue
            ("Rina Wati walked in Kisumu Lotus Plains , Harar .", &[]),
            // a person named with a head word is no venue
            ("Rina Wati met Ana Hotel Ruiz , Harar .", &[]),
        ],
    );
}

#[test]
fn a_venue_listed_with_an_unknown_site_before_its_town_lies_in_the_town() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        located,
        &[
            (
                "Rina Wati diterima di Gedung Kisumu , Kompleks Parlemen , Malang , Rabu .",
                &[l("gedung-kisumu", "malang")],
            ),
            (
                "Rina Wati diterima di Gedung Kisumu , Kawasan Kota Tua , Malang .",
                &[l("gedung-kisumu", "malang")],
            ),
            // capitalised words with no site word are no site
            (
                "Rina Wati diterima di Gedung Kisumu , Ruang Delegasi , Malang .",
                &[],
            ),
            // a site with no comma after it closes no address
            (
                "Rina Wati diterima di Gedung Kisumu , Kompleks Parlemen di Malang .",
                &[],
            ),
        ],
    );
}

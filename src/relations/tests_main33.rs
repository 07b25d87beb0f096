//! Issue 17, thirty-third round, main's share: `located_in` for a place
//! in a part of its country named by a modifier ("X in western Kenya"),
//! none for a city before a country that owns an organ of the state ("in
//! X, Kenya's foreign ministry said"), and a venue listed with the body it
//! houses before its town ("Gedung X, Kementerian Y, Z"; "Gedung X, Dewan
//! Y, Z"). Every sentence is written for the tests, with traps.

use super::tests::Rel;
use super::tests_round3::{check_cases, rel, relations_with};
use crate::base::types::EntityType;

/// `located_in` of `text` with towns, a venue, a body and two countries.
fn located(text: &str) -> Vec<Rel> {
    relations_with(
        text,
        &[
            ("rina-wati", EntityType::Person, &["Rina Wati"]),
            ("harar-town", EntityType::Place, &["Harar"]),
            ("malang", EntityType::Place, &["Malang"]),
            ("casa-lotus", EntityType::Place, &["Casa Lotus"]),
            ("gedung-sari", EntityType::Place, &["Gedung Sari"]),
            ("dewan-tani", EntityType::Organisation, &["Dewan Tani"]),
        ],
        &[
            ("kenya", "Kenya", "Kenyan"),
            ("ethiopia", "Ethiopia", "Ethiopian"),
        ],
        &["located_in"],
    )
}

#[test]
fn a_place_in_a_part_of_its_country_named_by_a_modifier_lies_in_the_country() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        located,
        &[
            (
                "Rebels attacked a school in the town of Harar in western Kenya on Friday .",
                &[l("harar-town", "kenya")],
            ),
            (
                "Floods reached Malang in remote northern Kenya .",
                &[l("malang", "kenya")],
            ),
            // a person is no place
            ("Rina Wati in western Kenya spoke to the press .", &[]),
            // a modifier before no country states nothing
            ("Rina Wati stayed in Harar in western style .", &[]),
            // more than two modifiers are a description, not a region
            (
                "Floods reached Malang in remote northern coastal border Kenya .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_country_owning_a_state_organ_after_a_city_is_not_its_country() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        located,
        &[
            (
                "Rina Wati met the envoy in Harar , Ethiopia's foreign ministry said .",
                &[],
            ),
            (
                "Rina Wati arrived in Malang , Kenya's presidency said on Monday .",
                &[],
            ),
            // a capital or a plain comma keeps the city's country
            (
                "Rina Wati arrived in Harar , Ethiopia , on Monday .",
                &[l("harar-town", "ethiopia")],
            ),
            (
                "Rina Wati arrived in Harar , Ethiopia's second city , on Monday .",
                &[l("harar-town", "ethiopia")],
            ),
        ],
    );
}

#[test]
fn a_venue_listed_with_the_body_it_houses_lies_in_its_town() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        located,
        &[
            // a body the gazetteer knows
            (
                "Rina Wati hadir dalam rapat di Gedung Sari , Dewan Tani , Malang , Jumat .",
                &[l("gedung-sari", "malang")],
            ),
            // a body it does not know, opened by a body's word
            (
                "Rina Wati hadir dalam rapat di Gedung Sari , Kementerian Pertanian , Malang , Jumat .",
                &[l("gedung-sari", "malang")],
            ),
            // no comma after the body: no town of the venue
            (
                "Rina Wati hadir dalam rapat di Gedung Sari , Dewan Tani Malang .",
                &[],
            ),
            // capitalised words of no body's word are no site
            (
                "Rina Wati hadir dalam rapat di Gedung Sari , Pertanian Raya , Malang , Jumat .",
                &[],
            ),
            // a town that does not close its phrase lists places
            (
                "Rina Wati hadir di Gedung Sari , Dewan Tani , Malang dan Harar .",
                &[],
            ),
        ],
    );
}

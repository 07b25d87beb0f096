//! Issue 17, thirty-second round, main's share: `located_in` for a venue
//! named "Casa ..." or called a venue by the phrase before it ("the
//! official residence, X, in Y"), a place in the place its country's
//! possessive names ("X in Kenya's Y County"), a city with its country
//! before an owner ("X, Kenya, Ethiopia's presidency said") and a city
//! before its demonym capital ("X, the Kenyan capital"). Every sentence is
//! written for the tests, with traps.

use super::tests::Rel;
use super::tests_round3::{check_cases, rel, relations_with};
use crate::base::types::EntityType;

/// `located_in` of `text` with towns, venues and two countries.
fn located(text: &str) -> Vec<Rel> {
    relations_with(
        text,
        &[
            ("rina-wati", EntityType::Person, &["Rina Wati"]),
            ("harar-town", EntityType::Place, &["Harar"]),
            ("malang", EntityType::Place, &["Malang"]),
            ("casa-lotus", EntityType::Place, &["Casa Lotus"]),
            ("lotus-plains", EntityType::Place, &["Lotus Plains"]),
            (
                "gombe-raya",
                EntityType::Place,
                &["Gombe Raya", "Gombe Raya County"],
            ),
        ],
        &[
            ("kenya", "Kenya", "Kenyan"),
            ("ethiopia", "Ethiopia", "Ethiopian"),
        ],
        &["located_in"],
    )
}

#[test]
fn a_venue_opened_by_casa_or_called_a_residence_lies_in_its_town() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        located,
        &[
            (
                "Rina Wati held talks at the Casa Lotus in Harar on Friday .",
                &[l("casa-lotus", "harar-town")],
            ),
            (
                "Rina Wati will be received at the president's official residence , Lotus Plains , in Harar .",
                &[l("lotus-plains", "harar-town")],
            ),
            (
                "Rina Wati akan diterima di kediaman resmi presiden , Lotus Plains , di Harar .",
                &[l("lotus-plains", "harar-town")],
            ),
            // a place with no venue's word, after none, is no venue
            (
                "Rina Wati walked in Lotus Plains in Harar .",
                &[],
            ),
            (
                "Rina Wati walked along the river , Lotus Plains , in Harar .",
                &[],
            ),
            // a comma and a link word lead to a town, not a list
            (
                "Rina Wati held talks at the Casa Lotus , in Harar and Malang .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_place_in_a_countrys_possessed_region_lies_in_the_region() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        located,
        &[
            (
                "Gunmen raided Malang in Kenya's Gombe Raya County on Wednesday .",
                &[l("malang", "gombe-raya"), l("gombe-raya", "kenya")],
            ),
            (
                "Gunmen raided Malang in Kenya's coastal Gombe Raya County on Wednesday .",
                &[l("malang", "gombe-raya"), l("gombe-raya", "kenya")],
            ),
            // no place after the possessive: the country is the place's own
            (
                "Gunmen raided Malang in Kenya's north on Wednesday .",
                &[l("malang", "kenya")],
            ),
        ],
    );
}

#[test]
fn a_country_before_an_owner_closes_no_list() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        located,
        &[
            (
                "The accord was signed in Harar , Kenya , Ethiopia's presidency said .",
                &[l("harar-town", "kenya")],
            ),
            // a list of places states no location
            (
                "The accord was signed in Harar , Kenya , Ethiopia and Malang .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_city_before_its_demonym_capital_lies_in_the_country() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        located,
        &[
            (
                "Rina Wati arrived in Harar , the Kenyan capital , on Monday .",
                &[l("harar-town", "kenya")],
            ),
            (
                "Rina Wati arrived in Harar , the Kenyan capital .",
                &[l("harar-town", "kenya")],
            ),
            // a demonym before an office is no capital
            (
                "Rina Wati arrived in Harar , the Kenyan president said .",
                &[],
            ),
        ],
    );
}

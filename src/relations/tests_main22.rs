//! Issue 17, twenty-second round, main's share: a town followed by its
//! province or state ("Semarang, Jawa Tengah", "Houston, Texas") is
//! `located_in` the province (the lexicon's `provinces` record); lists of
//! towns, provinces listed side by side and islands that hold several
//! provinces give none. Every sentence is written for the tests.

use super::tests_round3::{check_cases, people_gaz, rel, relations_of};
use crate::base::types::EntityType;
use crate::gazetteer::Gazetteer;

/// A gazetteer with the test people, towns, provinces and an island.
fn places() -> Gazetteer {
    people_gaz(&[
        ("semarang", EntityType::Place, &["Semarang"]),
        ("solo", EntityType::Place, &["Solo"]),
        ("houston", EntityType::Place, &["Houston"]),
        (
            "central-java",
            EntityType::Place,
            &["Central Java", "Jawa Tengah"],
        ),
        ("east-java", EntityType::Place, &["East Java", "Jawa Timur"]),
        ("bali", EntityType::Place, &["Bali"]),
        ("java", EntityType::Place, &["Java", "Jawa"]),
        ("texas", EntityType::Place, &["Texas"]),
    ])
}

fn located(text: &str) -> Vec<super::tests::Rel> {
    relations_of(text, &places(), &["located_in"])
}

#[test]
fn a_town_and_its_province_is_located_in_it() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        located,
        &[
            (
                "Pertemuan itu digelar di Semarang , Jawa Tengah , Senin .",
                &[l("semarang", "central-java")],
            ),
            (
                "The plant in Houston, Texas, closed on Monday.",
                &[l("houston", "texas")],
            ),
            // a list of towns ending in a province states no location
            (
                "Ia pernah tinggal di Solo , Semarang , Bali dan Jakarta .",
                &[],
            ),
            ("Ia pernah tinggal di Solo , Semarang , Bali .", &[]),
            // provinces side by side are a list
            ("Banjir melanda Jawa Tengah , Jawa Timur dan Bali .", &[]),
            // an island that holds several provinces is no town of one
            ("Angin kencang melanda Jawa , Bali hingga Lombok .", &[]),
        ],
    );
}

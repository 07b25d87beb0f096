//! Issue 17, twenty-third round, main's share: a place closing the name of
//! one of its bodies written before it with no preposition ("Kementerian
//! Keuangan Amerika Serikat", "Departemen Pertahanan AS") stands for its
//! state as the agent of a state's act, though its last word looks like
//! an -an noun the place would possess ("Tudingan AS"); and generals
//! counted of a country are people, no sanction on the country. Every
//! sentence is written for the tests.

use super::tests_round3::{check_cases, people_gaz, rel, relations_of};
use crate::base::types::EntityType;
use crate::gazetteer::Gazetteer;

/// A gazetteer with two countries and a person (a general).
fn states() -> Gazetteer {
    people_gaz(&[
        (
            "united-states",
            EntityType::Place,
            &["United States", "Amerika Serikat", "AS"],
        ),
        ("iran", EntityType::Place, &["Iran"]),
        ("ali-reza", EntityType::Person, &["Ali Reza"]),
    ])
}

fn acts(text: &str) -> Vec<super::tests::Rel> {
    relations_of(text, &states(), &["sanctions", "criticizes", "meets"])
}

#[test]
fn a_place_closing_its_bodys_name_is_the_agent() {
    let sanctions = |a: &str, b: &str| rel("sanctions", a, b);
    let criticizes = |a: &str, b: &str| rel("criticizes", a, b);
    check_cases(
        acts,
        &[
            (
                "Kementerian Keuangan Amerika Serikat menjatuhkan sanksi baru terhadap Iran .",
                &[sanctions("united-states", "iran")],
            ),
            (
                "Departemen Perdagangan AS pada Senin menjatuhkan sanksi terhadap Iran .",
                &[sanctions("united-states", "iran")],
            ),
            (
                "Departemen Pertahanan Amerika Serikat mengecam Iran .",
                &[criticizes("united-states", "iran")],
            ),
        ],
    );
}

#[test]
fn a_place_after_a_noun_or_a_lowercase_body_keeps_no_subject() {
    check_cases(
        acts,
        &[
            // an -an noun before the place, with no body word: possessed
            (
                "Pengawasan Keuangan Amerika Serikat menjatuhkan sanksi terhadap Iran .",
                &[],
            ),
            // the body word in lowercase is no name's start
            (
                "Pejabat kementerian keuangan Amerika Serikat menjatuhkan sanksi terhadap Iran .",
                &[],
            ),
        ],
    );
}

#[test]
fn counted_generals_of_a_country_are_no_sanction_on_it() {
    let sanctions = |a: &str, b: &str| rel("sanctions", a, b);
    check_cases(
        acts,
        &[
            // "jenderal" names people: the country only describes them
            (
                "Amerika Serikat menjatuhkan sanksi terhadap tiga jenderal Iran .",
                &[],
            ),
            // a named general still is the target
            (
                "Amerika Serikat menjatuhkan sanksi terhadap Jenderal Ali Reza .",
                &[sanctions("united-states", "ali-reza")],
            ),
            (
                "Amerika Serikat menjatuhkan sanksi terhadap Iran .",
                &[sanctions("united-states", "iran")],
            ),
        ],
    );
}

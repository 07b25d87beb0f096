//! Issue 17, thirty-first round, main's share: a venue in "the capital, X"
//! (a comma after the town's lead word), a building as a venue ("the X
//! Building in Y") and a town with a place named as its province that the
//! provinces record lacks ("kota X, Provinsi Y"). Every sentence is
//! written for the tests, with traps.

use super::tests::Rel;
use super::tests_round3::{check_cases, rel, relations_with};
use crate::base::types::EntityType;

/// The tests' person, towns and venues, named with and without a
/// province's word (round 40c's tests use them too).
pub(super) const PLACES: &[(&str, EntityType, &[&str])] = &[
    ("rina-wati", EntityType::Person, &["Rina Wati"]),
    ("harar-town", EntityType::Place, &["Harar"]),
    ("malang", EntityType::Place, &["Malang"]),
    (
        "kisumu-airport",
        EntityType::Place,
        &["Kisumu International Airport"],
    ),
    (
        "kisumu-building",
        EntityType::Place,
        &["Kisumu Trade Building"],
    ),
    ("lotus-plains", EntityType::Place, &["Lotus Plains"]),
    (
        "borno-x",
        EntityType::Place,
        &["Gombe Raya", "Provinsi Gombe Raya", "Gombe Raya State"],
    ),
    ("kano-x", EntityType::Place, &["Kano Tengah"]),
];

/// `located_in` of `text` with towns, venues and places named with and
/// without a province's word.
fn located(text: &str) -> Vec<Rel> {
    relations_with(
        text,
        PLACES,
        &[("kenya", "Kenya", "Kenyan")],
        &["located_in"],
    )
}

#[test]
fn a_venue_in_the_capital_set_off_by_a_comma_lies_in_the_town() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        located,
        &[
            (
                "Rina Wati landed at Kisumu International Airport in the capital , Harar , where she was received .",
                &[l("kisumu-airport", "harar-town")],
            ),
            (
                "Rina Wati landed at Kisumu International Airport in the capital Harar .",
                &[l("kisumu-airport", "harar-town")],
            ),
            // no lead word: a comma after "in" itself opens no town
            (
                "Rina Wati landed at Kisumu International Airport in , Harar .",
                &[],
            ),
            // a place that is no venue gets no town by this reading
            (
                "Rina Wati walked in Lotus Plains in the capital , Harar .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_building_is_a_venue_that_lies_in_its_town() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        located,
        &[
            (
                "Rina Wati will hold talks at the Kisumu Trade Building in Harar .",
                &[l("kisumu-building", "harar-town")],
            ),
            // a town followed by a list is no venue's town
            (
                "Rina Wati will hold talks at the Kisumu Trade Building in Harar and Malang .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_town_with_a_place_named_as_its_province_lies_in_it() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        located,
        &[
            (
                "Bom meledak di pasar kota Malang , Provinsi Gombe Raya , menewaskan 19 orang .",
                &[l("malang", "borno-x")],
            ),
            (
                "A bomb went off in Malang , Gombe Raya State , killing four .",
                &[l("malang", "borno-x")],
            ),
            // the same place named without a province's word is no province
            (
                "Bom meledak di pasar kota Malang , Gombe Raya , menewaskan 19 orang .",
                &[],
            ),
            // a place with no province's word after a town: no relation
            (
                "Bom meledak di kota Malang , Kano Tengah , menewaskan 19 orang .",
                &[],
            ),
            // a list of towns: the province's word after "dan" is no apposition
            (
                "Rina Wati mengunjungi Malang dan Provinsi Gombe Raya .",
                &[],
            ),
        ],
    );
}

/// The meetings and signings of `text`, with a third person.
fn met_or_signed(text: &str) -> Vec<Rel> {
    relations_with(
        text,
        &[("ana-lopez", EntityType::Person, &["Ana Lopez"])],
        &[],
        &["meets", "signs"],
    )
}

/// Regression: part C1's verbs of presence (class `presence_verb`:
/// menghadiri, attended) were first merged into part D's class
/// `witness_verb`, whose rule takes a noun trigger's subject for a mere
/// witness, so that "X dan Y menghadiri pertemuan 2+2 dengan A" lost its
/// four meetings (heldout24 id-03). Attending a meeting is taking part;
/// witnessing a signing is not signing.
#[test]
fn attending_a_meeting_is_no_witnessing() {
    use super::tests_round3::met;
    check_cases(
        met_or_signed,
        &[
            (
                "Budi Santoso dan Rina Wati menghadiri pertemuan dengan Ana Lopez di Paris .",
                &[
                    met("ana-lopez", "budi-santoso"),
                    met("ana-lopez", "rina-wati"),
                ],
            ),
            (
                "Budi Santoso and Rina Wati attended a meeting with Ana Lopez in Paris .",
                &[
                    met("ana-lopez", "budi-santoso"),
                    met("ana-lopez", "rina-wati"),
                ],
            ),
            // witnessing a signing makes no signatory
            (
                "Budi Santoso dan Rina Wati menyaksikan penandatanganan nota kesepahaman .",
                &[],
            ),
        ],
    );
}

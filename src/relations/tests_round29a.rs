//! Issue 17, twenty-ninth round, part A: offices of organisations
//! ("Managing Director", "Regional Director ... for" a place, a
//! "Chairperson", a "vice-chairman", a "Rektor"), an organisation's
//! acronym in brackets or its body after "of" ("the President of the X
//! Commission"), "of" a country after a royal couple ("King A and Queen B
//! of Y"), a two-word modifier between a possessive and the title
//! ("newly installed") and a given name the gazetteer's name leaves out
//! after a title and its country. Every sentence is written for the
//! tests, with traps that must give no relation (or not the wrong one).

use super::tests::Rel;
use super::tests_round3::{check_cases, office, relations_with, BUDI, RINA};
use crate::base::types::EntityType;

/// The union every organisation case names.
const UNION: &str = "union-of-lakes";
/// A king and a queen whose gazetteer names open with their titles.
const KING: &str = "king-arnulf";
/// The queen of [`KING`].
const QUEEN: &str = "queen-berta";

/// The offices in `text` with the two people, a king and a queen, a
/// union of states (with its acronym) and two countries (with demonyms).
fn rels(text: &str) -> Vec<Rel> {
    relations_with(
        text,
        &[
            (UNION, EntityType::Organisation, &["Union of Lakes", "UOL"]),
            (KING, EntityType::Person, &["Arnulf", "King Arnulf"]),
            (QUEEN, EntityType::Person, &["Berta", "Queen Berta"]),
        ],
        &[
            ("chile", "Chile", "Chilean"),
            ("nepal", "Nepal", "Nepalese"),
        ],
        &["holds_office"],
    )
}

#[test]
fn offices_of_an_organisation() {
    check_cases(
        rels,
        &[
            (
                "UOL Managing Director Budi Santoso spoke on Monday.",
                &[office(BUDI, UNION)],
            ),
            (
                "Budi Santoso, UOL Regional Director for Nepal, spoke on Monday.",
                &[office(BUDI, UNION)],
            ),
            (
                "Budi Santoso, first vice-chairman of the Union of Lakes, spoke.",
                &[office(BUDI, UNION)],
            ),
            (
                "Rektor UOL Budi Santoso membuka acara itu.",
                &[office(BUDI, UNION)],
            ),
            // a director with no organisation holds nothing
            ("Regional Director Budi Santoso spoke on Monday.", &[]),
        ],
    );
}

#[test]
fn an_acronym_or_a_body_after_the_organisation() {
    check_cases(
        rels,
        &[
            (
                "The Secretary General of the Union of Lakes (UOL), Budi Santoso, arrived.",
                &[office(BUDI, UNION)],
            ),
            (
                "The Chairperson of the UOL Commission, Rina Wati, arrived.",
                &[office(RINA, UNION)],
            ),
            // a state's chamber is no organisation's body: its chair
            // holds no office
            (
                "The Speaker of the Chilean Parliament, Budi Santoso, arrived.",
                &[],
            ),
        ],
    );
}

#[test]
fn the_country_after_a_royal_couple() {
    check_cases(
        rels,
        &[
            (
                "King Arnulf and Queen Berta of Nepal arrived in Chile.",
                &[office(KING, "nepal"), office(QUEEN, "nepal")],
            ),
            // two offices: the country is the second name's only
            (
                "President Budi Santoso and Prime Minister Rina Wati of Nepal spoke.",
                &[office(RINA, "nepal")],
            ),
        ],
    );
}

#[test]
fn a_two_word_modifier_and_a_given_name() {
    check_cases(
        rels,
        &[
            (
                "Chile's newly installed prime minister, Budi Santoso, spoke.",
                &[office(BUDI, "chile")],
            ),
            (
                "Presiden Chile Mohammad Budi Santoso tiba di Nepal.",
                &[office(BUDI, "chile")],
            ),
            // no country in the title: no office, given name or not
            ("Presiden Mohammad Budi Santoso tiba di Nepal.", &[]),
            // a day is no given name
            ("Presiden Chile Kamis Budi Santoso tiba di Nepal.", &[]),
            // nor is a trigger word in a headline
            ("Presiden Chile Bertemu Budi Santoso Di Nepal", &[]),
        ],
    );
}

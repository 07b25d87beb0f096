//! Issue 17, thirtieth round, part A: office titles the data lacked ("X,
//! Chile's Minister of Planning", "Penasihat Keamanan Nasional Chile X"),
//! a state's official form between an envoy's title and the country
//! ("Duta Besar Republik Oriental Chile"), an envoy's posting to
//! coordinated countries before the comma of an apposition, the head of a
//! country's ruling body ("the head of Chile's Presidential Council, X"),
//! and no office of a state's or province's own head ("Premier Ontario
//! X"). Every sentence is written
//! for the tests, with traps that must give no relation (or not the
//! wrong one).

use super::tests::Rel;
use super::tests_round3::{check_cases, office, relations_with, BUDI};
use crate::base::types::EntityType;

/// A province of the lexicon's `provinces` (its id is the key there).
const PROVINCE: &str = "ontario";

/// The offices in `text` with the two people, a province and two
/// countries (with demonyms).
fn rels(text: &str) -> Vec<Rel> {
    relations_with(
        text,
        &[(PROVINCE, EntityType::Place, &["Ontario"])],
        &[
            ("chile", "Chile", "Chilean"),
            ("nepal", "Nepal", "Nepalese"),
            ("peru", "Peru", "Peruvian"),
        ],
        &["holds_office"],
    )
}

#[test]
fn office_titles_of_planning_and_national_security() {
    check_cases(
        rels,
        &[
            (
                "The talks were led by Budi Santoso, Chile's Minister of Planning.",
                &[office(BUDI, "chile")],
            ),
            (
                "Chilean Minister for Planning Budi Santoso arrived on Monday.",
                &[office(BUDI, "chile")],
            ),
            (
                "Penasihat Keamanan Nasional Chile Budi Santoso mengumumkan kebijakan baru.",
                &[office(BUDI, "chile")],
            ),
            (
                "Nepal's National Security Adviser Budi Santoso spoke on Monday.",
                &[office(BUDI, "nepal")],
            ),
            // traps: no country to the title, or the adviser of another
            (
                "Penasihat Keamanan Nasional Budi Santoso mengumumkan kebijakan baru.",
                &[],
            ),
            (
                "Budi Santoso spoke to the national security adviser on Monday.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_states_official_form_after_an_envoys_title() {
    check_cases(
        rels,
        &[
            (
                "Acara itu dihadiri Budi Santoso, Duta Besar Republik Oriental Chile; dan tamu lain.",
                &[office(BUDI, "chile")],
            ),
            (
                "Duta Besar Republik Oriental Chile Budi Santoso tiba kemarin.",
                &[office(BUDI, "chile")],
            ),
            // trap: the state named where the envoy goes, no title
            ("Budi Santoso tiba di Republik Oriental Chile kemarin.", &[]),
        ],
    );
}

#[test]
fn a_provinces_own_head_holds_no_office() {
    check_cases(
        rels,
        &[
            ("Ia akan bertemu Premier Ontario Budi Santoso besok.", &[]),
            ("Premier of Ontario Budi Santoso spoke on Monday.", &[]),
            (
                "Perdana Menteri Ontario, Budi Santoso, menerima tamunya.",
                &[],
            ),
            // a country's premier still holds the office
            (
                "Ia akan bertemu Premier Chile Budi Santoso besok.",
                &[office(BUDI, "chile")],
            ),
        ],
    );
}

#[test]
fn an_envoys_posting_to_coordinated_countries_before_a_comma() {
    check_cases(
        rels,
        &[
            (
                "Acara itu dihadiri Duta Besar Nepal untuk Chile dan Peru, Budi Santoso, kemarin.",
                &[office(BUDI, "nepal")],
            ),
            (
                "Duta Besar Nepal untuk Chile dan Peru, Budi Santoso, tiba kemarin.",
                &[office(BUDI, "nepal")],
            ),
            // trap: no posting word before the places
            (
                "Ia bertemu wakil Chile dan Peru, Budi Santoso, kemarin.",
                &[],
            ),
        ],
    );
}

#[test]
fn the_head_of_a_countrys_ruling_body() {
    check_cases(
        rels,
        &[
            (
                "He met the head of Chile's Presidential Council, Budi Santoso, on Monday.",
                &[office(BUDI, "chile")],
            ),
            (
                "The head of Nepal's military junta, Budi Santoso, spoke on Monday.",
                &[office(BUDI, "nepal")],
            ),
            // traps: a council of state or a chamber is no ruling body
            (
                "He met the Chairman of Chile's High Council of State, Budi Santoso, on Monday.",
                &[],
            ),
            (
                "He met the head of Chile's Senate, Budi Santoso, on Monday.",
                &[],
            ),
        ],
    );
}

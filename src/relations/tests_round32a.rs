//! Issue 17, thirty-second round, part A: an envoy's posting between the
//! title and an apposed name for a special envoy ("Kenya's special envoy
//! to Sudan, X") and to an organisation ("X, Belize's Ambassador to the
//! OAS,"); a deputy's title written with "foreign affairs"; a provisional
//! government or a state's form between an Indonesian title and its
//! country ("Presiden Pemerintah Sementara X", "Duta Besar Republik
//! Kooperatif X"); an honorary consul's title. Every sentence is written
//! for the tests, with traps that must give no relation (or not the wrong
//! one).

use super::tests::Rel;
use super::tests_round3::{check_cases, office, relations_with, BUDI};
use crate::base::types::EntityType;

/// An organisation envoys are accredited to.
const BLOC: &str = "oas";

/// The offices in `text` with the two people, an organisation and two
/// countries (with demonyms).
fn rels(text: &str) -> Vec<Rel> {
    relations_with(
        text,
        &[(BLOC, EntityType::Organisation, &["OAS"])],
        &[
            ("chile", "Chile", "Chilean"),
            ("nepal", "Nepal", "Nepalese"),
        ],
        &["holds_office"],
    )
}

#[test]
fn a_special_envoys_posting_before_the_apposed_name() {
    check_cases(
        rels,
        &[
            (
                "Nepal's special envoy to Chile, Budi Santoso, said the talks went well.",
                &[office(BUDI, "nepal")],
            ),
            (
                "The Nepalese special envoy to Chile, Budi Santoso, arrived on Monday.",
                &[office(BUDI, "nepal")],
            ),
            (
                "Nepal's newly appointed special envoy to Chile, Budi Santoso, spoke.",
                &[office(BUDI, "nepal")],
            ),
            // trap: the posting is no country of the office
            (
                "The special envoy to Chile, Budi Santoso, said the talks went well.",
                &[],
            ),
        ],
    );
}

#[test]
fn an_envoys_posting_to_an_organisation() {
    check_cases(
        rels,
        &[
            (
                "Budi Santoso, Nepal's Ambassador to the OAS, said the talks went well.",
                &[office(BUDI, "nepal")],
            ),
            (
                "Nepal's Ambassador to the OAS, Budi Santoso, said the talks went well.",
                &[office(BUDI, "nepal")],
            ),
            // trap: the organisation of the posting holds no office of his
            (
                "Budi Santoso, the Ambassador to the OAS, said the talks went well.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_deputy_foreign_affairs_minister() {
    check_cases(
        rels,
        &[
            (
                "Chile's deputy foreign affairs minister, Budi Santoso, said the talks went well.",
                &[office(BUDI, "chile")],
            ),
            // trap: a title with no country
            (
                "The deputy foreign affairs minister, Budi Santoso, said the talks went well.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_provisional_government_or_a_state_form_before_the_country() {
    check_cases(
        rels,
        &[
            (
                "Presiden Pemerintah Sementara Nepal, Budi Santoso, tiba di Jakarta.",
                &[office(BUDI, "nepal")],
            ),
            (
                "Presiden menerima Budi Santoso, Duta Besar Republik Kooperatif Nepal, di istana.",
                &[office(BUDI, "nepal")],
            ),
            // trap: the government is the object of a titled man's words
            (
                "Presiden Budi Santoso mengkritik Pemerintah Sementara Nepal kemarin.",
                &[],
            ),
        ],
    );
}

#[test]
fn an_honorary_consul() {
    check_cases(
        rels,
        &[
            (
                "Menlu melantik Budi Santoso sebagai Konsul Kehormatan Nepal untuk Chile di Santiago.",
                &[office(BUDI, "nepal")],
            ),
            (
                "Nepal's Honorary Consul Budi Santoso opened the office.",
                &[office(BUDI, "nepal")],
            ),
            // trap: the consul is unnamed
            (
                "Budi Santoso bertemu Konsul Kehormatan Nepal di Santiago.",
                &[],
            ),
        ],
    );
}

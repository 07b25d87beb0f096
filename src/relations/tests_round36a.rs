//! Issue 17, thirty-sixth round, part A: a known state body whose
//! written name holds its state ("Juru bicara Kementerian Luar Negeri X,
//! A": the office of the body and of the state), a description by
//! demonym standing for a person whose title named no country ("President
//! A ... the Nepalese leader": the office of that country), an English
//! state's form with its own "of" in a list of envoys ("A of the Republic
//! of X"), and a title told after the name in a relative clause or a
//! capacity phrase ("A, who is also chairman of Y"). Every sentence is
//! written for the tests, with traps that must give no relation (or not
//! the wrong one).

use super::tests::Rel;
use super::tests_round3::{check_cases, office, relations_with, BUDI, RINA};
use super::tests_round34a::SARI;
use crate::base::types::EntityType;

/// A state body naming its state, one naming none, a parliament naming
/// its state, a body naming two states and a bank.
const BODIES: &[(&str, EntityType, &[&str])] = &[
    (SARI, EntityType::Person, &["Sari Dewi"]),
    (
        "nepal-foreign-ministry",
        EntityType::Organisation,
        &["Kementerian Luar Negeri Nepal", "Nepal Foreign Ministry"],
    ),
    (
        "trade-ministry",
        EntityType::Organisation,
        &["Kementerian Perdagangan"],
    ),
    (
        "nepal-parliament",
        EntityType::Organisation,
        &["Parlemen Nepal"],
    ),
    (
        "joint-agency",
        EntityType::Organisation,
        &["Badan Bersama Chile Nepal"],
    ),
    ("bank-maju", EntityType::Organisation, &["Bank Maju"]),
];

/// The offices in `text` with the bodies above and three countries.
fn rels(text: &str) -> Vec<Rel> {
    relations_with(
        text,
        BODIES,
        &[
            ("chile", "Chile", "Chilean"),
            ("nepal", "Nepal", "Nepalese"),
            ("netherlands", "Netherlands", "Dutch"),
        ],
        &["holds_office"],
    )
}

#[test]
fn a_state_body_named_with_its_state() {
    check_cases(
        rels,
        &[
            (
                "Juru bicara Kementerian Luar Negeri Nepal, Budi Santoso, mengatakan hal itu kemarin.",
                &[office(BUDI, "nepal-foreign-ministry"), office(BUDI, "nepal")],
            ),
            (
                "Nepal Foreign Ministry spokesperson Rina Wati said so on Monday.",
                &[office(RINA, "nepal-foreign-ministry"), office(RINA, "nepal")],
            ),
            // traps: a body whose name holds no state; a parliament is no
            // organ of the executive; a body naming two states
            (
                "Juru bicara Kementerian Perdagangan, Budi Santoso, mengatakan hal itu kemarin.",
                &[office(BUDI, "trade-ministry")],
            ),
            (
                "Ketua Parlemen Nepal Budi Santoso mengatakan hal itu kemarin.",
                &[office(BUDI, "nepal-parliament")],
            ),
            (
                "Kepala Badan Bersama Chile Nepal Budi Santoso mengatakan hal itu kemarin.",
                &[office(BUDI, "joint-agency")],
            ),
        ],
    );
}

#[test]
fn a_description_by_demonym_for_a_person_titled_with_no_country() {
    check_cases(
        rels,
        &[
            (
                "President Budi Santoso received Rina Wati on Monday. She delivered to the Nepalese leader a message.",
                &[office(BUDI, "nepal")],
            ),
            (
                "Rina Wati was received by President Budi Santoso. The Nepalese head of state spoke to the press.",
                &[office(BUDI, "nepal")],
            ),
            (
                "Chilean Foreign Minister Rina Wati met Foreign Minister Budi Santoso. 'We agree,' the Nepalese minister said.",
                &[office(RINA, "chile"), office(BUDI, "nepal")],
            ),
            // traps: two persons fit; the one titled names another
            // country; the head fits no title named before
            (
                "President Budi Santoso met President Rina Wati on Monday. The Nepalese leader spoke later.",
                &[],
            ),
            (
                "Chilean President Budi Santoso arrived on Monday. The Nepalese leader spoke later.",
                &[office(BUDI, "chile")],
            ),
            (
                "President Budi Santoso arrived on Monday. The Nepalese minister spoke later.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_state_form_with_its_own_of_in_a_list_of_envoys() {
    check_cases(
        rels,
        &[
            (
                "President Sari Dewi received the letters of credence of two new ambassadors on Monday. They are Budi Santoso of the Republic of Chile and Rina Wati of the Kingdom of the Netherlands.",
                &[office(BUDI, "chile"), office(RINA, "netherlands")],
            ),
            (
                "President Sari Dewi received the letters of credence of two new ambassadors on Monday. They are Budi Santoso of the Federal Republic of Nepal and Rina Wati of Chile.",
                &[office(BUDI, "nepal"), office(RINA, "chile")],
            ),
            // traps: no group of envoys; a form before no country
            (
                "Budi Santoso of the Republic of Chile spoke on Monday.",
                &[],
            ),
            (
                "President Sari Dewi received the letters of credence of two new ambassadors on Monday. They are Budi Santoso of the Republic of Letters and Rina Wati of Chile.",
                &[office(RINA, "chile")],
            ),
        ],
    );
}

#[test]
fn a_title_told_in_a_relative_clause_after_the_name() {
    check_cases(
        rels,
        &[
            (
                "She met President Budi Santoso, who is also chairman of Bank Maju, on Monday.",
                &[office(BUDI, "bank-maju")],
            ),
            (
                "President Budi Santoso, in his capacity as Chair of Bank Maju, arrived on Monday.",
                &[office(BUDI, "bank-maju")],
            ),
            (
                "Ia bertemu Budi Santoso, yang menjabat Kepala Kementerian Perdagangan, kemarin.",
                &[office(BUDI, "trade-ministry")],
            ),
            (
                "Budi Santoso yang juga Duta Besar Nepal untuk Chile tiba kemarin.",
                &[office(BUDI, "nepal")],
            ),
            // traps: a past copula is an office held before; a verb that
            // is no copula; no name before the phrase
            (
                "She met Budi Santoso, who was chairman of Bank Maju, on Monday.",
                &[],
            ),
            (
                "She met Budi Santoso, who called the chairman of Bank Maju, on Monday.",
                &[],
            ),
            (
                "The guest, who is also chairman of Bank Maju, met Budi Santoso.",
                &[],
            ),
        ],
    );
}

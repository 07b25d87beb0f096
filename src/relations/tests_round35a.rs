//! Issue 17, thirty-fifth round, part A: a plural title over a list of
//! "Country, Name" pairs ("the ambassadors of X, A, Y, B and Z, C"), an
//! envoy's postings held concurrently ("Duta Besar X untuk Y merangkap Z,
//! A") and two modifiers between a title and its country, one written
//! with a hyphen ("Duta Besar non-residen Republik X"). Every sentence is
//! written for the tests, with traps that must give no relation (or not
//! the wrong one).

use super::tests_round3::{check_cases, office, BUDI, RINA};
use super::tests_round34a::{rels, SARI};

#[test]
fn a_plural_title_over_country_and_name_pairs() {
    check_cases(
        rels,
        &[
            (
                "They are the ambassadors of Chile, Budi Santoso, Nepal, Rina Wati, and the Netherlands, Sari Dewi.",
                &[office(BUDI, "chile"), office(RINA, "nepal"), office(SARI, "netherlands")],
            ),
            (
                "The ambassadors of Nepal, Rina Wati, and of Chile, Budi Santoso, arrived on Monday.",
                &[office(RINA, "nepal"), office(BUDI, "chile")],
            ),
            (
                "The presidents of Chile, Budi Santoso, and Nepal, Rina Wati, met on Monday.",
                &[office(BUDI, "chile"), office(RINA, "nepal")],
            ),
            (
                "The heads of state of Chile, Budi Santoso, and of Nepal, Rina Wati, will also attend.",
                &[office(BUDI, "chile"), office(RINA, "nepal")],
            ),
            ("The heads of state of Chile and Nepal will also attend.", &[]),
            // traps: countries with no name after them; an organisation
            // where a country should stand; a singular title is one
            // holder's; the coordination closes the list; no comma
            // before the later name
            (
                "They are the ambassadors of Chile, Budi Santoso, Nepal and the Netherlands.",
                &[office(BUDI, "chile")],
            ),
            (
                "They are the ambassadors of Chile, Budi Santoso, Bank Maju, Rina Wati.",
                &[office(BUDI, "chile")],
            ),
            (
                "He met the ambassador of Chile, Budi Santoso, Nepal, Rina Wati, on Monday.",
                &[office(BUDI, "chile")],
            ),
            (
                "The ambassadors of Chile, Budi Santoso, and Nepal, Rina Wati, Netherlands, Sari Dewi, left.",
                &[office(BUDI, "chile"), office(RINA, "nepal")],
            ),
            (
                "They are the ambassadors of Chile, Budi Santoso, Nepal Rina Wati.",
                &[office(BUDI, "chile")],
            ),
        ],
    );
}

#[test]
fn an_envoys_postings_held_concurrently() {
    check_cases(
        rels,
        &[
            (
                "Duta Besar Indonesia untuk Chile merangkap Nepal, Budi Santoso, tiba kemarin.",
                &[office(BUDI, "indonesia")],
            ),
            (
                "Duta Besar Nepal untuk Chile merangkap Netherlands dan Indonesia, Budi Santoso, tiba kemarin.",
                &[office(BUDI, "nepal")],
            ),
            // traps: an organisation after "merangkap" is no posting; no
            // posting word before the places; no name after the postings
            (
                "Duta Besar Nepal untuk Chile merangkap Bank Maju, Budi Santoso, tiba kemarin.",
                &[],
            ),
            (
                "Ia bertemu wakil Chile merangkap Nepal, Budi Santoso, kemarin.",
                &[],
            ),
            ("Duta Besar Nepal untuk Chile merangkap Netherlands tiba kemarin.", &[]),
        ],
    );
}

#[test]
fn two_modifiers_between_an_envoys_title_and_its_country() {
    check_cases(
        rels,
        &[
            (
                "Hadir Rina Wati, Duta Besar Chile; dan Budi Santoso, Duta Besar non-residen Republik Nepal.",
                &[office(RINA, "chile"), office(BUDI, "nepal")],
            ),
            (
                "Duta Besar Non-Residen Republik Chile Budi Santoso tiba kemarin.",
                &[office(BUDI, "chile")],
            ),
            (
                "Duta Besar non residen Nepal Budi Santoso tiba kemarin.",
                &[office(BUDI, "nepal")],
            ),
            // traps: the hyphen written apart is no joined word; no
            // country after the modifiers
            (
                "Duta Besar non - residen Republik Nepal Budi Santoso tiba kemarin.",
                &[],
            ),
            (
                "Budi Santoso, Duta Besar non-residen Republik, tiba kemarin.",
                &[],
            ),
        ],
    );
}

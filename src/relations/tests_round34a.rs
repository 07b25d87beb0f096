//! Issue 17, thirty-fourth round, part A: a plural envoys' title over a
//! list of "Name of Country" ("Ambassadors A of X, B of the Y and C of
//! Z"), the same list after a copula ("The new envoys are A of X and B of
//! Y"). Every sentence is written for the tests, with traps that must give
//! no relation (or not the wrong one).

use super::tests::Rel;
use super::tests_round3::{check_cases, office, relations_with, BUDI, RINA};
use crate::base::types::EntityType;

/// A third person of no office.
const SARI: &str = "sari-dewi";

/// The offices in `text` with three people and three countries (one
/// written with "the").
fn rels(text: &str) -> Vec<Rel> {
    relations_with(
        text,
        &[(SARI, EntityType::Person, &["Sari Dewi"])],
        &[
            ("chile", "Chile", "Chilean"),
            ("nepal", "Nepal", "Nepalese"),
            ("netherlands", "Netherlands", "Dutch"),
        ],
        &["holds_office"],
    )
}

#[test]
fn a_plural_envoys_title_over_names_with_their_countries() {
    check_cases(
        rels,
        &[
            (
                "They are Ambassadors Budi Santoso of Chile, Rina Wati of Nepal and Sari Dewi of the Netherlands.",
                &[office(BUDI, "chile"), office(RINA, "nepal"), office(SARI, "netherlands")],
            ),
            (
                "Ambassadors Budi Santoso of the Netherlands and Rina Wati of Nepal presented their letters.",
                &[office(BUDI, "netherlands"), office(RINA, "nepal")],
            ),
            // traps: a plural title with no holder; no country after the
            // second name; a singular title is one holder's
            ("Ambassadors of Chile and Nepal met Budi Santoso on Monday.", &[]),
            (
                "Ambassadors Budi Santoso of Chile and Rina Wati met on Monday.",
                &[office(BUDI, "chile")],
            ),
            (
                "Ambassador Budi Santoso of Chile and Rina Wati of Nepal met on Monday.",
                &[office(BUDI, "chile")],
            ),
        ],
    );
}

#[test]
fn a_list_of_envoys_after_a_copula() {
    check_cases(
        rels,
        &[
            (
                "The new envoys are Budi Santoso of Chile, Rina Wati of the Netherlands and Sari Dewi of Nepal.",
                &[office(BUDI, "chile"), office(RINA, "netherlands"), office(SARI, "nepal")],
            ),
            (
                "The king received five envoys on Monday. The ambassadors were Budi Santoso of Nepal and Rina Wati of Chile.",
                &[office(BUDI, "nepal"), office(RINA, "chile")],
            ),
            (
                "On Monday, the newly accredited envoys are Budi Santoso of Chile and Rina Wati of Nepal.",
                &[office(BUDI, "chile"), office(RINA, "nepal")],
            ),
            // traps: no copula; a verb after the copula; names with no
            // country; no name after the copula; the title inside another
            // clause (after a verb, not opening it)
            (
                "The new envoys met Budi Santoso of Chile and Rina Wati of Nepal.",
                &[],
            ),
            (
                "The envoys are meeting Budi Santoso of Chile on Monday.",
                &[],
            ),
            ("The envoys are Budi Santoso and Rina Wati.", &[]),
            (
                "The envoys are from Chile, Budi Santoso of Nepal said.",
                &[],
            ),
            (
                "Rina Wati told the envoys are Budi Santoso of Chile and Sari Dewi of Nepal.",
                &[],
            ),
        ],
    );
}

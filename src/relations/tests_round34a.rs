//! Issue 17, thirty-fourth round, part A: a plural envoys' title over a
//! list of "Name of Country" ("Ambassadors A of X, B of the Y and C of
//! Z"), the same list after a copula and new holders ("The new envoys are
//! A of X and B of Y"), an envoy's long title with its posting ("the Ambassador
//! Extraordinary and Plenipotentiary of X to Y, Z") and a second title
//! coordinated to a lowercase one after the name ("X, the party leader
//! and president of Y"). Every sentence is written for the tests, with
//! traps that must give no relation (or not the wrong one).

use super::tests::Rel;
use super::tests_round3::{check_cases, office, relations_with, BUDI, RINA};
use crate::base::types::EntityType;

/// A third person of no office.
pub(super) const SARI: &str = "sari-dewi";

/// The offices in `text` with three people, three countries (one
/// written with "the") and an organisation; the thirty-fifth round's
/// part A tests share it.
pub(super) fn rels(text: &str) -> Vec<Rel> {
    relations_with(
        text,
        &[
            (SARI, EntityType::Person, &["Sari Dewi"]),
            ("bank-maju", EntityType::Organisation, &["Bank Maju"]),
        ],
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
                "The newly accredited ambassadors were Budi Santoso of Nepal and Rina Wati of Chile.",
                &[office(BUDI, "nepal"), office(RINA, "chile")],
            ),
            (
                "On Monday, the newly accredited envoys are Budi Santoso of Chile and Rina Wati of Nepal.",
                &[office(BUDI, "chile"), office(RINA, "nepal")],
            ),
            // traps: no new holders (whose envoys is not said); an
            // organisation or a longer name after "of" spoils the list; no
            // copula; a verb after the copula; names with no country; no
            // name after the copula; the title inside another clause
            (
                "The envoys were Budi Santoso of Chile and Rina Wati of Nepal.",
                &[],
            ),
            (
                "The new envoys are Budi Santoso of Bank Maju and Rina Wati of Nepal.",
                &[],
            ),
            (
                "The new envoys are Budi Santoso of Chile and Rina Wati of Nepal Today.",
                &[],
            ),
            (
                "The new envoys met Budi Santoso of Chile and Rina Wati of Nepal.",
                &[],
            ),
            (
                "The new envoys are meeting Budi Santoso of Chile on Monday.",
                &[],
            ),
            ("The new envoys are Budi Santoso and Rina Wati.", &[]),
            (
                "The new envoys are from Chile, Budi Santoso of Nepal said.",
                &[],
            ),
            (
                "Rina Wati told the new envoys are Budi Santoso of Chile and Sari Dewi of Nepal.",
                &[],
            ),
        ],
    );
}

#[test]
fn an_envoys_long_title_with_its_posting() {
    check_cases(
        rels,
        &[
            (
                "Sari Dewi received the new Ambassador Extraordinary and Plenipotentiary of Chile to Nepal, Budi Santoso, on Monday.",
                &[office(BUDI, "chile")],
            ),
            (
                "The Ambassador Extraordinary and Plenipotentiary of the Netherlands to Chile, Rina Wati, presented her letters.",
                &[office(RINA, "netherlands")],
            ),
            // traps: the posting is no office of the holder's; no name
            // in apposition
            (
                "The Ambassador Extraordinary and Plenipotentiary of Chile to Nepal met Budi Santoso.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_second_title_coordinated_to_a_lowercase_one_after_the_name() {
    check_cases(
        rels,
        &[
            (
                "The sanctions hit Budi Santoso, the party leader and president of Chile, on Monday.",
                &[office(BUDI, "chile")],
            ),
            (
                "Rina Wati, opposition leader and president of Nepal, spoke on Monday.",
                &[office(RINA, "nepal")],
            ),
            // traps: a determiner after the coordination word (two
            // persons may be meant); the description inside a relative
            // clause; a name after the title is its holder
            (
                "Budi Santoso, the leader and the president of Chile, spoke.",
                &[],
            ),
            (
                "Budi Santoso, who met the leader and president of Chile, spoke.",
                &[],
            ),
            (
                "Budi Santoso met the party leader and president of Chile, Rina Wati.",
                &[office(RINA, "chile")],
            ),
        ],
    );
}

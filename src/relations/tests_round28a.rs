//! Issue 17, twenty-eighth round, part A: a possessive owner before a
//! name that opens with its title ("Chile's King X"), a portfolio after
//! "of" or "for" the office data does not hold ("Deputy Minister of
//! Petroleum"), a first title coordinated to the one with the country in
//! an apposition ("X, the Prime Minister and Foreign Minister of Y"), an
//! honorific after an envoy's posting ("to Nepal, Ms X"), a portfolio of
//! eight words before the country, and new office titles (the naval
//! chief with "the", a Grand Sheikh, a sports secretary, a diaspora
//! portfolio). Every sentence is written for the tests, with traps that
//! must give no relation (or not the wrong one).

use super::tests::Rel;
use super::tests_round3::{check_cases, office, relations_with, BUDI, RINA};
use crate::base::types::EntityType;

/// A king and a queen whose gazetteer names open with their titles.
const KING: &str = "king-arnulf";

/// The offices in `text` with the two people, a king and a queen, a
/// town, a movement and two countries (with demonyms).
fn rels(text: &str) -> Vec<Rel> {
    relations_with(
        text,
        &[
            ("braga", EntityType::Place, &["Braga"]),
            ("front-maju", EntityType::Organisation, &["Front Maju"]),
            (KING, EntityType::Person, &["Arnulf", "King Arnulf"]),
            ("queen-berta", EntityType::Person, &["Berta", "Queen Berta"]),
        ],
        &[
            ("chile", "Chile", "Chilean"),
            ("nepal", "Nepal", "Nepalese"),
        ],
        &["holds_office"],
    )
}

#[test]
fn a_possessive_owner_before_a_titled_name() {
    check_cases(
        rels,
        &[
            (
                "Chile's King Arnulf arrived in Braga.",
                &[office(KING, "chile")],
            ),
            // a consort's title after the king's still gives none
            (
                "Chile's King Arnulf and Queen Berta arrived in Braga.",
                &[office(KING, "chile")],
            ),
            // no owner, no office
            ("The King Arnulf arrived in Braga.", &[]),
        ],
    );
}

#[test]
fn a_portfolio_after_of_or_for() {
    check_cases(
        rels,
        &[
            (
                "Chile's Deputy Minister of Petroleum, Budi Santoso, arrived in Braga.",
                &[office(BUDI, "chile")],
            ),
            (
                "Chile's Deputy Minister of Petroleum Budi Santoso arrived in Braga.",
                &[office(BUDI, "chile")],
            ),
            (
                "Budi Santoso, the Cabinet Secretary for Lands and Housing of Chile, arrived in Braga.",
                &[office(BUDI, "chile")],
            ),
            (
                "Budi Santoso, the Cabinet Secretary for Foreign and Diaspora Affairs of Chile, arrived in Braga.",
                &[office(BUDI, "chile")],
            ),
            // the portfolio reaches no name: the person met is no holder
            (
                "Chile's Deputy Minister of Petroleum met Budi Santoso in Braga.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_first_title_coordinated_in_an_apposition() {
    check_cases(
        rels,
        &[
            (
                "Budi Santoso, the Prime Minister and Foreign Minister of Chile, arrived in Braga.",
                &[office(BUDI, "chile")],
            ),
            (
                "Budi Santoso, the Deputy Premier and Cabinet Secretary for Lands and Housing of Chile, arrived in Braga.",
                &[office(BUDI, "chile")],
            ),
            // a determiner before the second title: two persons
            (
                "Budi Santoso, the Prime Minister and the Foreign Minister of Chile, arrived in Braga.",
                &[],
            ),
        ],
    );
}

#[test]
fn an_honorific_after_an_envoys_posting() {
    check_cases(
        rels,
        &[
            (
                "He was received by the Chilean Ambassador to Nepal, Ms Rina Wati, in Braga.",
                &[office(RINA, "chile")],
            ),
            (
                "He was received by Chile's High Commissioner to Nepal, Mrs Rina Wati, in Braga.",
                &[office(RINA, "chile")],
            ),
            (
                "He was received by Chile's High Commissioner to Nepal, Dr. Rina Wati, in Braga.",
                &[office(RINA, "chile")],
            ),
            (
                "Ia disambut Duta Besar Chile untuk Nepal, Ibu Rina Wati, di Braga.",
                &[office(RINA, "chile")],
            ),
        ],
    );
}

#[test]
fn a_portfolio_of_eight_words_before_the_country() {
    check_cases(
        rels,
        &[(
            "Menteri Pertanian Rakyat, Perikanan Darat, Kehutanan, Irigasi Desa, dan Pangan Lokal Chile Budi Santoso tiba di Braga.",
            &[office(BUDI, "chile")],
        )],
    );
}

#[test]
fn new_office_titles() {
    check_cases(
        rels,
        &[
            (
                "Chile's Chief of the Naval Staff, Admiral Budi Santoso, arrived in Braga.",
                &[office(BUDI, "chile")],
            ),
            (
                "Retno bertemu Grand Syekh Front Maju Budi Santoso di Braga.",
                &[office(BUDI, "front-maju")],
            ),
            (
                "He met the Grand Sheikh of Front Maju, Budi Santoso, in Braga.",
                &[office(BUDI, "front-maju")],
            ),
            (
                "Chile's Foreign Minister Rina Wati and Sports Secretary Budi Santoso arrived in Braga.",
                &[office(RINA, "chile"), office(BUDI, "chile")],
            ),
            // a title with no country or organisation gives none
            ("Grand Syekh Budi Santoso tiba di Braga.", &[]),
        ],
    );
}

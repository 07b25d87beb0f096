//! Issue 17, twenty-sixth round, part A: an owner's bare apostrophe
//! ("Honduras' Foreign Minister X"), an envoy's rank in long form or by
//! its acronym ("Duta Besar LBBP", "Ambassador Extraordinary and
//! Plenipotentiary") and a head of state's title, a state's form between
//! "dari" and the country of a listed envoy ("dari Kesultanan X", an entry
//! closed by a semicolon too), a junior minister's and an
//! executive secretary's titles, and no
//! appointee for a name a topic word follows ("surat Presiden X tentang
//! penunjukannya sebagai ..."). Every sentence is written for the tests,
//! with traps that must give no relation (or not the wrong one).

use super::tests::{push_countries, Rel};
use super::tests_round3::{check_cases, met as m, office, people_gaz, BUDI, RINA};
use crate::base::types::EntityType;

/// The relations of `text` (meetings and offices) with the two people, a
/// town, a bank and three countries (with demonyms, the index's test for a
/// country).
fn rels(text: &str) -> Vec<Rel> {
    let mut g = people_gaz(&[
        ("braga", EntityType::Place, &["Braga"]),
        ("bank-maju", EntityType::Organisation, &["Bank Maju"]),
    ]);
    push_countries(
        &mut g,
        &[
            ("portugal", "Portugal", "Portuguese"),
            ("chile", "Chile", "Chilean"),
            ("honduras", "Honduras", "Honduran"),
        ],
    );
    super::tests_round3::unordered_relations_of(text, &g, &["meets", "holds_office"])
}

const PUTIN: &str = "vladimir-putin";

#[test]
fn an_owner_closed_by_a_bare_apostrophe() {
    check_cases(
        rels,
        &[
            (
                "Honduras' Foreign Minister Budi Santoso arrived in Braga on Monday.",
                &[office(BUDI, "honduras")],
            ),
            (
                "Honduras' Minister of Foreign Affairs, Budi Santoso, arrived in Braga on Monday.",
                &[office(BUDI, "honduras")],
            ),
            // a quotation's closing mark is no possessive
            (
                "The word 'Honduras' Foreign Minister Budi Santoso wrote was misspelt.",
                &[],
            ),
            // a name not ending in "s" takes no bare apostrophe
            (
                "Chile' Foreign Minister Budi Santoso arrived in Braga on Monday.",
                &[],
            ),
        ],
    );
}

#[test]
fn an_envoy_s_rank_in_long_form_and_a_head_of_state() {
    check_cases(
        rels,
        &[
            (
                "Duta Besar LBBP Portugal Budi Santoso tiba di Braga pada Senin.",
                &[office(BUDI, "portugal")],
            ),
            (
                "Duta Besar Luar Biasa dan Berkuasa Penuh Chile, Rina Wati, tiba di Braga.",
                &[office(RINA, "chile")],
            ),
            (
                "Budi Santoso, Ambassador Extraordinary and Plenipotentiary of Chile, arrived in Braga.",
                &[office(BUDI, "chile")],
            ),
            (
                "Rina Wati sebagai Kepala Negara Portugal membuka pertemuan di Braga.",
                &[office(RINA, "portugal")],
            ),
            (
                "Budi Santoso, State Minister for Foreign Affairs of Portugal, arrived in Braga.",
                &[office(BUDI, "portugal")],
            ),
            (
                "Budi Santoso, Ambassador-designate of Chile, arrived in Braga.",
                &[office(BUDI, "chile")],
            ),
            (
                "Rina Wati, executive secretary of the Bank Maju, arrived in Braga.",
                &[office(RINA, "bank-maju")],
            ),
            // the rank with no country names no office
            (
                "Duta Besar LBBP Budi Santoso tiba di Braga pada Senin.",
                &[],
            ),
            (
                "Rina Wati, executive secretary, arrived in Braga.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_listed_envoy_from_a_state_form() {
    check_cases(
        rels,
        &[
            (
                "Vladimir Putin menerima surat kepercayaan dari dua duta besar di Moskow . Mereka antara lain Budi Santoso dari Kesultanan Portugal dan Rina Wati dari Chile .",
                &[
                    m(PUTIN, BUDI),
                    m(PUTIN, RINA),
                    office(BUDI, "portugal"),
                    office(RINA, "chile"),
                ],
            ),
            // entries closed by semicolons
            (
                "Vladimir Putin menerima surat kepercayaan dari dua duta besar di Moskow . Mereka antara lain Budi Santoso dari Kesultanan Portugal ; dan Rina Wati dari Chile .",
                &[
                    m(PUTIN, BUDI),
                    m(PUTIN, RINA),
                    office(BUDI, "portugal"),
                    office(RINA, "chile"),
                ],
            ),
            // a state's form before a town: no country, no office
            (
                "Vladimir Putin menerima surat kepercayaan dari dua duta besar di Moskow . Mereka antara lain Budi Santoso dari Kerajaan Braga dan Rina Wati dari Chile .",
                &[m(PUTIN, BUDI), m(PUTIN, RINA), office(RINA, "chile")],
            ),
        ],
    );
}

#[test]
fn a_name_a_topic_word_follows_is_no_appointee() {
    check_cases(
        rels,
        &[
            // the letter is the president's; the "-nya" names the envoy
            (
                "Budi Santoso menyerahkan surat Presiden Rina Wati tentang penunjukannya sebagai Duta Besar Portugal.",
                &[],
            ),
            // a verb between the name and the topic word: the name's own
            (
                "Rina Wati bercerita tentang penunjukannya sebagai Duta Besar Portugal.",
                &[office(RINA, "portugal")],
            ),
            // a preposition that is no topic word keeps the appointee
            (
                "Budi Santoso mengucapkan selamat kepada Rina Wati atas jabatan barunya sebagai Duta Besar Portugal.",
                &[office(RINA, "portugal")],
            ),
        ],
    );
}

//! Issue 17, thirty-seventh round, part A: the envoys of a list whose
//! entries each join a name to its country ("The envoys, Chile's A and
//! Nepal's B", "followed by A of Chile and B of the Kingdom of Nepal"),
//! told where envoys are the news; a title after a name whose determiner
//! is followed by a longer modifier ("A, the newly appointed Ambassador of
//! X", "A, the Lima-based Ambassador of X"); longer state forms ("the
//! Socialist Republic of X") and an envoy's status in English words in an
//! Indonesian title ("Duta Besar LBBP Designate Non Resident X"). Every
//! sentence is written for the tests, with traps that must give no
//! relation (or not the wrong one).

use super::tests::Rel;
use super::tests_round3::{check_cases, office, relations_with, BUDI, RINA};
use crate::base::types::EntityType;

/// Dani Arko's id.
pub(super) const DANI: &str = "dani-arko";
/// Lena Vos's id.
pub(super) const LENA: &str = "lena-vos";
/// Tomas Reyko's id.
pub(super) const TOMAS: &str = "tomas-reyko";

/// Three more persons of no office.
pub(super) const PEOPLE: &[(&str, EntityType, &[&str])] = &[
    (DANI, EntityType::Person, &["Dani Arko"]),
    (LENA, EntityType::Person, &["Lena Vos"]),
    (TOMAS, EntityType::Person, &["Tomas Reyko"]),
];

/// The offices in `text` with the persons above and three countries.
fn rels(text: &str) -> Vec<Rel> {
    relations_with(
        text,
        PEOPLE,
        &[
            ("chile", "Chile", "Chilean"),
            ("nepal", "Nepal", "Nepalese"),
            ("lima", "Lima", "Liman"),
        ],
        &["holds_office"],
    )
    .into_iter()
    .filter(|r| r.2 != "lima")
    .collect()
}

#[test]
fn a_list_of_envoys_with_possessive_countries() {
    check_cases(
        rels,
        &[
            (
                "The envoys, Chile's Dani Arko and Nepal's Lena Vos, were received at the palace on Monday.",
                &[office(DANI, "chile"), office(LENA, "nepal")],
            ),
            (
                "The new ambassadors, Chile's Dani Arko, Nepal's Lena Vos and Chile's Tomas Reyko, met the president.",
                &[office(DANI, "chile"), office(LENA, "nepal"), office(TOMAS, "chile")],
            ),
            // traps: no envoys told; a list after a plain verb (as the
            // twenty-fifth round's traps); one entry is no list; entries
            // not joined by list words alone
            (
                "The new ambassadors were received on Monday. The president greeted Chile's Dani Arko and Nepal's Lena Vos.",
                &[],
            ),
            (
                "The crowd cheered Chile's Dani Arko and Nepal's Lena Vos after the final on Monday.",
                &[],
            ),
            (
                "The envoys said Chile's Dani Arko would arrive on Monday.",
                &[],
            ),
            (
                "The envoys said Chile's Dani Arko was right and Nepal's Lena Vos was wrong.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_list_of_envoys_each_with_its_country_after_the_name() {
    check_cases(
        rels,
        &[
            (
                "New ambassadors presented their credentials on Monday. The first was the new envoy, Budi Santoso, followed by Dani Arko of Chile, Lena Vos of Nepal and Tomas Reyko of the Republic of Chile.",
                &[office(DANI, "chile"), office(LENA, "nepal"), office(TOMAS, "chile")],
            ),
            (
                "Three new ambassadors were received by the president on Monday. They were Dani Arko of the Kingdom of Nepal, Lena Vos of Chile and Tomas Reyko of Nepal.",
                &[office(DANI, "nepal"), office(LENA, "chile"), office(TOMAS, "nepal")],
            ),
            (
                "Presiden menerima tiga duta besar negara sahabat pada Senin. Acara itu berlangsung singkat. Hadir pula Dani Arko dari Chile dan Lena Vos dari Nepal.",
                &[office(DANI, "chile"), office(LENA, "nepal")],
            ),
            // traps: no envoys in the sentence or the two before, or no
            // opener; a country that does not close its entry; one entry
            (
                "The final was played on Monday. They were Dani Arko of Chile and Lena Vos of Nepal.",
                &[],
            ),
            (
                "New ambassadors presented their credentials on Monday. The first was the new envoy, Budi Santoso, then Dani Arko of Chile and Lena Vos of Nepal spoke.",
                &[],
            ),
            (
                "The envoys met Dani Arko of Chile Football Club and Lena Vos of Nepal Airlines.",
                &[],
            ),
            (
                "The envoys later met Dani Arko of Chile at the hotel.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_title_after_a_name_behind_a_longer_modifier() {
    check_cases(
        rels,
        &[
            (
                "At the ceremony with Dani Arko, the newly appointed Ambassador of Chile, the president praised the ties.",
                &[office(DANI, "chile")],
            ),
            (
                "Receiving Lena Vos, the newly accredited Ambassador of Nepal, the president spoke of trade.",
                &[office(LENA, "nepal")],
            ),
            (
                "Receiving Lena Vos, the Lima-based Ambassador of Nepal, the president spoke of trade.",
                &[office(LENA, "nepal")],
            ),
            (
                "Receiving Lena Vos, the new Ambassador of the Socialist Republic of Nepal, the president spoke of trade.",
                &[office(LENA, "nepal")],
            ),
            // traps: a modifier before no title; a hyphened word that is
            // no seat's suffix
            (
                "Receiving Lena Vos, the newly appointed head of the Nepal team, the president spoke of trade.",
                &[],
            ),
            (
                "Receiving Lena Vos, the well-known writer from Nepal, the president spoke of trade.",
                &[],
            ),
        ],
    );
}

#[test]
fn an_envoys_status_in_english_words_in_an_indonesian_title() {
    check_cases(
        rels,
        &[
            (
                "Mereka adalah Budi Santoso, Duta Besar LBBP Designate Non Resident Chile, dan Rina Wati, Duta Besar LBBP Designate Nepal.",
                &[office(BUDI, "chile"), office(RINA, "nepal")],
            ),
            // trap: a status word before no title names no office
            (
                "Budi Santoso, designate non resident, hadir bersama Rina Wati dari Jakarta.",
                &[],
            ),
        ],
    );
}

#[test]
fn an_envoys_concurrent_postings_told_in_longer_ways() {
    check_cases(
        rels,
        &[
            (
                "Duta Besar Indonesia untuk Chile merangkap Lima dan Republik Nepal, Budi Santoso, hadir dalam acara itu.",
                &[office(BUDI, "indonesia")],
            ),
            (
                "Duta Besar Indonesia di Lima yang merangkap Nepal, Budi Santoso, hadir dalam acara itu.",
                &[office(BUDI, "indonesia")],
            ),
            (
                "Duta Besar Indonesia untuk Chile yang terakreditasi untuk Nepal dan Lima, Budi Santoso, hadir dalam acara itu.",
                &[office(BUDI, "indonesia")],
            ),
            (
                "Duta Besar Chile yang baru untuk Indonesia, Budi Santoso, hadir dalam acara itu.",
                &[office(BUDI, "chile")],
            ),
            // traps: a clause that names no posting; a new holder's phrase
            // before no posting and no name
            (
                "Duta Besar Indonesia untuk Chile yang merangkap jabatan lain, Budi Santoso, hadir dalam acara itu.",
                &[],
            ),
            (
                "Duta Besar Chile yang baru tiba di Jakarta, Budi Santoso, hadir dalam acara itu.",
                &[],
            ),
        ],
    );
}

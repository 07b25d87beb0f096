//! Issue 17, nineteenth round, part A: a guest received at a place in a
//! named city visits the city ("menerima kunjungan kehormatan X di Gedung
//! Kementerian Pertahanan , Jakarta", "paid a courtesy call on Y at the
//! Ministry of Foreign Affairs office in Suva"). Every sentence is written
//! for the tests, in both languages, with traps that must give no
//! relation.

use super::tests::{Rel, A};
use super::tests_round3::{
    check_cases, office as o, people_gaz, people_relations_of, relations_of, with, BUDI, RINA,
};
use crate::base::types::EntityType;

/// An asserted visit.
fn v(a: &str, b: &str) -> Rel {
    with("visits", a, b, A)
}

#[test]
fn a_guest_received_at_a_place_in_a_named_city_visits_the_city() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            (
                "Presiden Vladimir Putin menerima kunjungan kehormatan Budi Santoso di Gedung Kementerian Luar Negeri , Pyongyang , Selasa .",
                &[v(BUDI, "pyongyang")],
            ),
            (
                "Kim Jong Un menyambut Budi Santoso di ruang tamu Kantor Presiden , Pyongyang , Senin .",
                &[v(BUDI, "pyongyang")],
            ),
            (
                "Budi Santoso diterima Kim Jong Un di Beijing pada Rabu .",
                &[v(BUDI, "beijing")],
            ),
            (
                "Budi Santoso menerima kunjungan Rina Wati di Gedung Parlemen Rusia , Moskow .",
                &[v(RINA, "moscow")],
            ),
            (
                "Budi Santoso paid a courtesy call on Kim Jong Un at the Ministry of Foreign Affairs office in Pyongyang yesterday .",
                &[v(BUDI, "pyongyang")],
            ),
            (
                "Kim Jong Un received Budi Santoso in Beijing on Tuesday .",
                &[v(BUDI, "beijing")],
            ),
            (
                "Budi Santoso was welcomed by Kim Jong Un at State House , Seoul .",
                &[v(BUDI, "seoul")],
            ),
            (
                "Budi Santoso paid a courtesy visit to his counterpart , Kim Jong Un , at Government Buildings in Seoul .",
                &[v(BUDI, "seoul")],
            ),
            // traps: a plain meeting says nothing of who came
            (
                "Budi Santoso bertemu Rina Wati di Gedung Parlemen , Jakarta .",
                &[],
            ),
            ("Budi Santoso met Rina Wati at the Parliament in Seoul .", &[]),
            // traps: a place right after "at" is the venue, not a city
            (
                "Kim Jong Un received Budi Santoso at the Vostochny Cosmodrome .",
                &[],
            ),
            // traps: a gathering on the way (a summit, the UN)
            (
                "Kim Jong Un received Budi Santoso at the UN General Assembly in Beijing .",
                &[],
            ),
            (
                "Kim Jong Un menerima Budi Santoso di sela KTT di Beijing .",
                &[],
            ),
            // traps: a reception yet to happen, a place far from the
            // arguments, a person after the preposition
            (
                "Kim Jong Un akan menerima Budi Santoso di Istana Kumsusan , Pyongyang .",
                &[],
            ),
            (
                "Kim Jong Un received Budi Santoso and later spoke to reporters about trade in Seoul .",
                &[],
            ),
            (
                "Kim Jong Un menyambut Budi Santoso di kediaman Rina Wati , Seoul .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_visit_owned_by_the_pronoun_after_a_guest_is_the_guests() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            (
                "Kim Jong Un welcomed Budi Santoso on his first visit to Seoul .",
                &[v(BUDI, "seoul")],
            ),
            (
                "Kim Jong Un received the envoy Budi Santoso during his visit to Beijing .",
                &[v(BUDI, "beijing")],
            ),
            // traps: a plain meeting, a passive (the pronoun may be the
            // host's), a pronoun not right after the guest
            (
                "Kim Jong Un met Budi Santoso on his first visit to Seoul .",
                &[],
            ),
            (
                "Budi Santoso was welcomed by Kim Jong Un on his first visit to Seoul .",
                &[],
            ),
            (
                "Kim Jong Un welcomed Budi Santoso , praising his visit to Seoul .",
                &[],
            ),
        ],
    );
}

#[test]
fn an_envoys_posting_stands_between_the_title_and_the_name() {
    check_cases(
        |t| people_relations_of(t, &["holds_office"]),
        &[
            (
                "Russia's Ambassador to China Budi Santoso spoke on Monday .",
                &[o(BUDI, "russia")],
            ),
            (
                "Iran's ambassador to Beijing , Budi Santoso , said the talks went well .",
                &[o(BUDI, "iran")],
            ),
            (
                "The Russian Ambassador to Indonesia Budi Santoso arrived .",
                &[o(BUDI, "russia")],
            ),
            // traps: the posting is no office of the envoy; a title that
            // is not an envoy's takes no posting
            (
                "Russia's Foreign Minister to China Budi Santoso spoke .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_director_general_holds_the_office_of_the_organisation() {
    let g = people_gaz(&[(
        "wfo",
        EntityType::Organisation,
        &["World Fisheries Organization", "WFO"],
    )]);
    check_cases(
        |t| relations_of(t, &g, &["holds_office"]),
        &[
            (
                "WFO Director-General Budi Santoso spoke on Monday .",
                &[o(BUDI, "wfo")],
            ),
            (
                "The Director-General of the World Fisheries Organization , Budi Santoso , arrived .",
                &[o(BUDI, "wfo")],
            ),
            // traps: a title with no organisation
            ("The Director-General Budi Santoso spoke .", &[]),
            ("Director General Budi Santoso arrived .", &[]),
        ],
    );
}

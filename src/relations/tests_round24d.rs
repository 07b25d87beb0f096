//! Issue 17, twenty-fourth round, part D: meetings, visits, receptions.
//! Every sentence is written for the tests, in both languages where the
//! rule has both, with traps that must give no relation (or not the
//! wrong one).

use super::tests::{push_countries, Rel};
use super::tests_round3::{check_cases, people_gaz, rel, unordered_relations_of, BUDI, RINA};
use crate::base::types::EntityType;

/// The relations of `text` (kinds in `kinds`) with the two people, a
/// third one (Sari Dewi), towns, and two countries (with demonyms, the
/// index's test for a country).
fn rels(text: &str, kinds: &[&str]) -> Vec<Rel> {
    let mut g = people_gaz(&[
        ("sari-dewi", EntityType::Person, &["Sari Dewi"]),
        ("braga", EntityType::Place, &["Braga"]),
        ("malang", EntityType::Place, &["Malang"]),
        ("kediri", EntityType::Place, &["Kediri"]),
        (
            "malang-convention-center",
            EntityType::Place,
            &["Malang Convention Center"],
        ),
    ]);
    push_countries(
        &mut g,
        &[
            ("portugal", "Portugal", "Portuguese"),
            ("chile", "Chile", "Chilean"),
        ],
    );
    unordered_relations_of(text, &g, kinds)
}

/// The kinds these tests read.
const KINDS: &[&str] = &["meets", "visits", "holds_office"];

#[test]
fn a_seat_with_its_country_before_an_apposed_name() {
    let m = |a: &str, b: &str| rel("meets", a, b);
    let v = |a: &str, b: &str| rel("visits", a, b);
    check_cases(
        |t| rels(t, KINDS),
        &[
            (
                "Budi Santoso menerima kunjungan Wali Kota Braga , Portugal , Rina Wati , di Malang , Senin .",
                &[m(BUDI, RINA), v(RINA, "malang")],
            ),
            (
                "Budi Santoso bertemu dengan Wali Kota Braga, Portugal, Rina Wati, di Malang.",
                &[m(BUDI, RINA)],
            ),
            (
                "Budi Santoso received the Mayor of Braga, Portugal, Rina Wati, in Malang on Monday.",
                &[m(BUDI, RINA), v(RINA, "malang")],
            ),
        ],
    );
    // traps (meetings only): a second town is no country; no name after
    // the comma; a list of countries
    check_cases(
        |t| rels(t, &["meets"]),
        &[
            (
                "Budi Santoso menerima kunjungan Wali Kota Braga, Kediri, Rina Wati, di Malang.",
                &[],
            ),
            (
                "Budi Santoso menerima kunjungan Wali Kota Braga, Portugal, dan rombongannya di Malang.",
                &[],
            ),
            (
                "Budi Santoso received the Mayor of Braga, Portugal, Chile, Rina Wati, in Malang.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_delegation_led_by_a_named_person_stands_for_the_leader() {
    let m = |a: &str, b: &str| rel("meets", a, b);
    let v = |a: &str, b: &str| rel("visits", a, b);
    check_cases(
        |t| rels(t, &["meets", "visits"]),
        &[
            (
                "Budi Santoso menerima kunjungan delegasi Portugal yang dipimpin Rina Wati di Malang , Senin .",
                &[m(BUDI, RINA), v(RINA, "malang")],
            ),
            (
                "Budi Santoso menerima delegasi Portugal yang dipimpin Menteri Luar Negeri Rina Wati .",
                &[m(BUDI, RINA)],
            ),
            (
                "The delegation led by Rina Wati met Budi Santoso in Malang .",
                &[m(BUDI, RINA)],
            ),
            (
                "Budi Santoso received the delegation headed by Rina Wati on Monday .",
                &[m(BUDI, RINA)],
            ),
            // traps: a delegation led by no one named; the leader is not
            // right after the clause; a convention center is a venue, no
            // visit target
            (
                "Budi Santoso menerima kunjungan delegasi Portugal yang dipimpin oleh seorang menteri .",
                &[],
            ),
            (
                "The delegation led by a senior official met Budi Santoso while Rina Wati waited .",
                &[],
            ),
            (
                "Budi Santoso menerima kunjungan Rina Wati di Malang Convention Center , Senin .",
                &[m(BUDI, RINA)],
            ),
        ],
    );
}

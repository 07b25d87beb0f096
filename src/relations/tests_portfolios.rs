//! Issue 17, eighteenth round (main's share): the cabinet portfolios of
//! `gazetteer/offices.jsonl`, after the functions of government of the
//! UN's COFOG (economy, information, mining, oil, science, security,
//! water, food, family, veterans, European affairs, development, civil
//! aviation), every portfolio in its four English forms ("Transport
//! Minister", "transport minister", "Minister of Transport", "Minister
//! for Transport") and its Indonesian form, and the ranks of ministers
//! that name no portfolio ("State Minister", "Deputy Minister", "Wakil
//! Menteri"). Every sentence is written for the tests, in both languages,
//! with traps that must give no relation.

use super::tests_round3::{check_cases, office as h, people_relations_of, BUDI, RINA};

#[test]
fn a_portfolio_in_any_of_its_forms_holds_the_office() {
    check_cases(
        |t| people_relations_of(t, &["holds_office"]),
        &[
            (
                "Indonesia's Minister of Transport Budi Santoso arrived on Monday .",
                &[h(BUDI, "indonesia")],
            ),
            (
                "Chinese Minister for Economic Affairs Rina Wati spoke first .",
                &[h(RINA, "china")],
            ),
            (
                "American Science Minister Budi Santoso opened the forum .",
                &[h(BUDI, "united-states")],
            ),
            (
                "South Korean Public Security Minister Rina Wati led the delegation .",
                &[h(RINA, "south-korea")],
            ),
            (
                "Menteri Perekonomian Korea Selatan Budi Santoso tiba di Jakarta .",
                &[h(BUDI, "south-korea")],
            ),
            (
                "Menteri Pertambangan Iran Rina Wati membuka forum itu .",
                &[h(RINA, "iran")],
            ),
            (
                "Menteri Urusan Eropa Ukraina Budi Santoso hadir .",
                &[h(BUDI, "ukraine")],
            ),
            // traps: a portfolio with no state, or a state's word that
            // opens no title
            ("The Minister of Transport Budi Santoso arrived .", &[]),
            ("Menteri Pertambangan Budi Santoso hadir .", &[]),
            ("Budi Santoso visited the American Science Museum .", &[]),
        ],
    );
}

#[test]
fn a_rank_of_minister_with_no_portfolio_holds_the_office() {
    check_cases(
        |t| people_relations_of(t, &["holds_office"]),
        &[
            (
                "Iran's State Minister for Foreign Affairs Budi Santoso met them .",
                &[h(BUDI, "iran")],
            ),
            (
                "South Korean Deputy Minister Rina Wati attended the talks .",
                &[h(RINA, "south-korea")],
            ),
            (
                "Wakil Menteri Iran Budi Santoso menghadiri pertemuan itu .",
                &[h(BUDI, "iran")],
            ),
            // traps: a minister of no state, and a minister only described
            ("The minister Budi Santoso left early .", &[]),
            ("Menteri Budi Santoso meninggalkan ruangan .", &[]),
        ],
    );
}

#[test]
fn a_speaker_and_a_chief_of_the_forces_hold_their_office() {
    check_cases(
        |t| people_relations_of(t, &["holds_office"]),
        &[
            (
                "Ketua Majelis Nasional Korea Selatan Budi Santoso menerima tamunya .",
                &[h(BUDI, "south-korea")],
            ),
            (
                "Indonesia's Chief of Army Staff Rina Wati arrived in Beijing .",
                &[h(RINA, "indonesia")],
            ),
            (
                "Iranian Parliament Speaker Budi Santoso opened the session .",
                &[h(BUDI, "iran")],
            ),
            // trap: a speaker of a body that names no state
            ("Speaker Budi Santoso opened the session .", &[]),
        ],
    );
}

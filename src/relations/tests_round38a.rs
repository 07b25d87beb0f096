//! Issue 17, thirty-eighth round, part A: a title after a name behind an
//! envoy's status written with a hyphen ("A, Non-Resident Ambassador of
//! X", "A, the non-resident High Commissioner of X"), alone and in a list
//! of such entries, where each title is the name's before it; an
//! Indonesian minister's portfolio that goes on with "dan" before the
//! country and the holder's name. Every
//! sentence is written for the tests, with traps that must give no
//! relation (or not the wrong one).

use super::tests::Rel;
use super::tests_round3::{check_cases, office, relations_with};
use super::tests_round37a::{DANI, LENA, PEOPLE, TOMAS};

/// The offices in `text` with round 37a's three persons and three countries.
fn rels(text: &str) -> Vec<Rel> {
    relations_with(
        text,
        PEOPLE,
        &[
            ("chile", "Chile", "Chilean"),
            ("nepal", "Nepal", "Nepalese"),
            ("peru", "Peru", "Peruvian"),
        ],
        &["holds_office"],
    )
}

#[test]
fn a_title_after_a_name_behind_a_hyphened_status() {
    check_cases(
        rels,
        &[
            (
                "Dani Arko, Non-Resident Ambassador of Chile, presented his letters on Monday.",
                &[office(DANI, "chile")],
            ),
            (
                "The president received Dani Arko, the non-resident High Commissioner of Nepal, on Monday.",
                &[office(DANI, "nepal")],
            ),
            (
                "Dani Arko, Non-Resident Ambassador of Chile, was followed by Lena Vos, Non-Resident Ambassador of Nepal, and Tomas Reyko, Ambassador of Peru.",
                &[office(DANI, "chile"), office(LENA, "nepal"), office(TOMAS, "peru")],
            ),
            (
                "The president received Dani Arko, Non-Resident Ambassador of Chile, Lena Vos, Non-Resident High Commissioner of Nepal, and Tomas Reyko.",
                &[office(DANI, "chile"), office(LENA, "nepal")],
            ),
            // the title before the name, as before
            (
                "The president received the Non-Resident Ambassador of Peru, Tomas Reyko, on Monday.",
                &[office(TOMAS, "peru")],
            ),
            // traps: a hyphened word of no status; a status after a comma
            // with no name before it; no title after the status
            (
                "Dani Arko, Long-Serving Ambassador of Chile, spoke on Monday.",
                &[],
            ),
            (
                "On Monday, Non-Resident Ambassador of Chile Lena Vos arrived.",
                &[office(LENA, "chile")],
            ),
            (
                "Dani Arko, non-resident citizen of Chile, spoke on Monday.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_portfolio_going_on_after_dan_before_its_country_and_name() {
    check_cases(
        rels,
        &[
            (
                "Menteri Perdagangan dan Industri Chile Dani Arko tiba di Jakarta, Senin.",
                &[office(DANI, "chile")],
            ),
            (
                "Retno menerima Menteri Luar Negeri dan Kerja Sama Internasional Nepal, Lena Vos, di Jakarta.",
                &[office(LENA, "nepal")],
            ),
            // traps: no name after the country; "Menteri" alone before
            // "dan" joins two offices
            (
                "Menteri Perdagangan dan Kamar Dagang Chile membahas ekspor bersama Dani Arko.",
                &[],
            ),
            (
                "Menteri dan Wakil Ketua Kamar Dagang Chile Dani Arko hadir.",
                &[],
            ),
        ],
    );
}

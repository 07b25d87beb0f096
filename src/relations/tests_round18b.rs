//! Issue 17, eighteenth round, second part: two titles coordinated for
//! one holder ("Indonesia's Crown Prince and Prime Minister X",
//! "Wakil Perdana Menteri sekaligus Menteri Luar Negeri Rusia X"). Every
//! sentence is written for the tests, in both languages, with traps that
//! must give no relation.

use super::tests::{gaz, Rel, A};
use super::tests_round3::{add_people, check_cases, unordered_relations_of, with};

/// The relations of `text` (kinds in `kinds`), with a gazetteer that also
/// knows two people of no office; a meeting's pair in id order.
fn run18b(text: &str, kinds: &[&str]) -> Vec<Rel> {
    let mut g = gaz();
    add_people(&mut g);
    unordered_relations_of(text, &g, kinds)
}

/// An asserted office.
fn o(a: &str, b: &str) -> Rel {
    with("holds_office", a, b, A)
}

const BUDI: &str = "budi-santoso";
const RINA: &str = "rina-wati";

#[test]
fn coordinated_titles_share_their_holder_and_country() {
    check_cases(
        |t| run18b(t, &["holds_office"]),
        &[
            (
                "Indonesia's Crown Prince and Prime Minister Budi Santoso arrived on Monday .",
                &[o(BUDI, "indonesia")],
            ),
            (
                "Chinese Deputy Prime Minister and Foreign Minister Budi Santoso spoke .",
                &[o(BUDI, "china")],
            ),
            (
                "Wakil Perdana Menteri sekaligus Menteri Luar Negeri China Budi Santoso tiba di Jakarta .",
                &[o(BUDI, "china")],
            ),
            (
                "Perdana Menteri merangkap Menteri Pertahanan China Rina Wati berbicara .",
                &[o(RINA, "china")],
            ),
            (
                "Wakil Perdana Menteri dan Menteri Luar Negeri China Budi Santoso tiba .",
                &[o(BUDI, "china")],
            ),
            (
                "Putra Mahkota Rusia sekaligus Perdana Menteri Budi Santoso tiba .",
                &[o(BUDI, "russia")],
            ),
            // traps: the gazetteer knows another holder of the first office
            (
                "Menteri Luar Negeri Rusia dan Menteri Pertahanan Budi Santoso tiba .",
                &[],
            ),
            (
                "Russia's Foreign Minister and Defence Minister Budi Santoso arrived .",
                &[],
            ),
            // traps: a determiner before the first title (two people may
            // be meant), two names after, a plural word after the name,
            // two countries, no country at all
            (
                "The Russian Foreign Minister and Defence Minister Budi Santoso met .",
                &[],
            ),
            (
                "Menteri Luar Negeri dan Menteri Pertahanan Rusia Budi Santoso dan Rina Wati bertemu .",
                &[o(BUDI, "russia")],
            ),
            (
                "Russia's Foreign Minister and Defence Minister Budi Santoso and Rina Wati met .",
                &[],
            ),
            (
                "Russian Foreign Minister and Defence Minister Budi Santoso are in Jakarta .",
                &[],
            ),
            (
                "Menteri Luar Negeri China dan Menteri Pertahanan Rusia Budi Santoso tiba .",
                &[o(BUDI, "russia")],
            ),
            (
                "Deputy Prime Minister and Foreign Minister Budi Santoso spoke .",
                &[],
            ),
        ],
    );
}

//! Issue 17, twentieth round, part B: offices and the event kinds. A
//! minister's portfolio in more words than the office data holds, before
//! its country or after its owner; a rank's branch is no organisation of
//! the title before it. Every sentence is written for the tests, in both
//! languages, with traps that must give no relation.

use super::tests::Rel;
use super::tests_round3::{
    check_cases, office as h, people_gaz, unordered_relations_of, BUDI, RINA,
};
use crate::base::types::EntityType;

/// The relations of `text` (kinds in `kinds`) with the two people and an
/// organisation (TNI) known.
fn rels(text: &str, kinds: &[&str]) -> Vec<Rel> {
    let g = people_gaz(&[("tni", EntityType::Organisation, &["TNI"])]);
    unordered_relations_of(text, &g, kinds)
}

#[test]
fn a_portfolio_in_more_words_reaches_its_country() {
    check_cases(
        |t| rels(t, &["holds_office"]),
        &[
            (
                "Menteri Perdagangan Luar Negeri dan Pariwisata Rusia , Budi Santoso , tiba di Jakarta .",
                &[h(BUDI, "russia")],
            ),
            (
                "Wakil Menteri Kesehatan Iran Rina Wati membuka forum itu .",
                &[h(RINA, "iran")],
            ),
            (
                "Ukraine's Health and Family Welfare Minister Budi Santoso arrived on Monday .",
                &[h(BUDI, "ukraine")],
            ),
            (
                "China's Culture , Tourism and Civil Aviation Minister Rina Wati spoke first .",
                &[h(RINA, "china")],
            ),
            // traps: a title that heads no portfolio does not run on to a
            // country (a company's, a province's office); with no owner
            // the English run gives none; a rank's branch is no
            // organisation of the title before it
            (
                "Presiden Direktur Freeport Indonesia Budi Santoso tiba di Jakarta .",
                &[],
            ),
            (
                "Kepala Dinas Pariwisata Rusia Rina Wati membuka forum itu .",
                &[],
            ),
            (
                "The Health and Family Welfare Minister Budi Santoso arrived on Monday .",
                &[],
            ),
            (
                "Menurut Kepala Biro Informasi Pertahanan Brigjen TNI Budi Santoso , latihan itu selesai .",
                &[],
            ),
        ],
    );
}

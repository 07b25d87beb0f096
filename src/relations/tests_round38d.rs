//! Issue 17, thirty-eighth round, part D: the event kinds. The receiver
//! of a support thanked for ("X expressed gratitude for Y's support",
//! "X menyampaikan terima kasih atas dukungan Y"): the one who thanks
//! speaks for a state, and the receiver is that person's country (an
//! office named in the document), never the person; a party thanked by
//! name leaves no receiver. Every sentence is written for the tests, in
//! both languages, with traps that must give no relation (or not the
//! wrong one).

use super::tests::Rel;
use super::tests_round3::{check_cases, rel, relations_with};
use crate::base::types::EntityType;

/// The id of a third person.
const TOMAS: &str = "tomas-vela";

/// The relations of `text` (kinds in `kinds`) with three countries and a
/// third person, besides the two people of the test tables.
fn rels(text: &str, kinds: &[&str]) -> Vec<Rel> {
    relations_with(
        text,
        &[(TOMAS, EntityType::Person, &["Tomas Vela", "Vela"])],
        &[
            ("portugal", "Portugal", "Portuguese"),
            ("chile", "Chile", "Chilean"),
            ("spain", "Spain", "Spanish"),
        ],
        kinds,
    )
}

#[test]
fn the_one_who_thanks_receives_for_his_country() {
    check_cases(
        |t| rels(t, &["supports"]),
        &[
            (
                "Chile's Foreign Minister Budi Santoso met Tomas Vela on Monday. Budi Santoso expressed gratitude for Portugal's support.",
                &[rel("supports", "portugal", "chile")],
            ),
            (
                "Chile's Foreign Minister Budi Santoso met Tomas Vela on Monday. Budi Santoso thanked the delegation for Portugal's continued support.",
                &[rel("supports", "portugal", "chile")],
            ),
            (
                "Menteri Luar Negeri Chile Budi Santoso bertemu Tomas Vela pada Senin. Budi Santoso menyampaikan terima kasih atas persahabatan dan dukungan Portugal.",
                &[rel("supports", "portugal", "chile")],
            ),
            (
                "Menteri Luar Negeri Chile Budi Santoso bertemu Tomas Vela pada Senin. Budi Santoso mengapresiasi dukungan Portugal selama ini.",
                &[rel("supports", "portugal", "chile")],
            ),
            // traps: the thanker's country not known; the thanker's country
            // the giver itself
            (
                "Budi Santoso expressed gratitude for Portugal's support.",
                &[],
            ),
            (
                "Budi Santoso menyampaikan terima kasih atas dukungan Portugal.",
                &[],
            ),
            (
                "Portugal's Foreign Minister Budi Santoso met Tomas Vela on Monday. Budi Santoso expressed gratitude for Portugal's support.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_party_thanked_by_name_leaves_no_receiver() {
    check_cases(
        |t| rels(t, &["supports"]),
        &[
            // traps: the party thanked is named, in both languages
            (
                "Chile's Foreign Minister Budi Santoso met Tomas Vela on Monday. Budi Santoso thanked Tomas Vela for Portugal's support.",
                &[],
            ),
            (
                "Menteri Luar Negeri Chile Budi Santoso bertemu Tomas Vela pada Senin. Budi Santoso menyampaikan apresiasi kepada Tomas Vela atas dukungan Portugal.",
                &[],
            ),
            // traps: a receiver named after the noun keeps it; no thanks
            (
                "Chile's Foreign Minister Budi Santoso met Tomas Vela on Monday. Budi Santoso thanked Tomas Vela for Portugal's support to Spain.",
                &[rel("supports", "portugal", "spain")],
            ),
            (
                "Budi Santoso welcomed Portugal's support to Spain.",
                &[rel("supports", "portugal", "spain")],
            ),
        ],
    );
}

//! Issue 17, twenty-fifth round, part D: signatories. Every sentence is
//! written for the tests, in both languages where the rule has both, with
//! traps that must give no relation (or not the wrong one).

use super::tests::{push_countries, Rel};
use super::tests_round3::{check_cases, people_gaz, rel, unordered_relations_of, BUDI, RINA};
use crate::base::types::EntityType;

/// The relations of `text` (kinds in `kinds`) with the two people, a
/// bank, and two countries (with demonyms, the index's test for a
/// country).
fn rels(text: &str, kinds: &[&str]) -> Vec<Rel> {
    let mut g = people_gaz(&[(
        "bank-of-braga",
        EntityType::Organisation,
        &["Bank of Braga", "BOB"],
    )]);
    push_countries(
        &mut g,
        &[
            ("portugal", "Portugal", "Portuguese"),
            ("chile", "Chile", "Chilean"),
        ],
    );
    unordered_relations_of(text, &g, kinds)
}

#[test]
fn signatories_apposed_joint_or_agents_of_the_noun() {
    let s = |a: &str, b: &str| rel("signs", a, b);
    check_cases(
        |t| rels(t, &["signs"]),
        &[
            // the agents of a passive, each with an apposition
            (
                "The accord was signed by Budi Santoso, governor of the Bank of Braga (BOB), and Rina Wati, the deputy minister, on Monday.",
                &[s(BUDI, RINA)],
            ),
            (
                "Perjanjian itu diteken oleh Budi Santoso, Gubernur Bank of Braga, dan Rina Wati di Malang.",
                &[s(BUDI, RINA)],
            ),
            // a joint subject signing
            (
                "Budi Santoso bersama Rina Wati menandatangani nota kesepahaman kerja sama perdagangan.",
                &[s(BUDI, RINA)],
            ),
            (
                "Budi Santoso, together with Rina Wati, signed a trade agreement on Monday.",
                &[s(BUDI, RINA)],
            ),
            // the agents of the signing noun
            (
                "Penandatanganan kesepakatan itu dilakukan oleh Budi Santoso dan Rina Wati di Malang.",
                &[s(BUDI, RINA)],
            ),
            (
                "The signing was carried out by Budi Santoso and Rina Wati in the capital.",
                &[s(BUDI, RINA)],
            ),
            // traps: witnesses are no signatories; a relative clause in
            // the apposition; a joint subject of a meeting pairs no one
            (
                "Penandatanganan itu disaksikan oleh Budi Santoso dan Rina Wati.",
                &[],
            ),
            (
                "The signing was witnessed by Budi Santoso and Rina Wati.",
                &[],
            ),
            (
                "The accord was signed by Budi Santoso, who said it was fair, and Rina Wati watched.",
                &[],
            ),
            (
                "Budi Santoso, together with Rina Wati, held talks in the capital.",
                &[],
            ),
        ],
    );
}

#[test]
fn the_objects_of_a_preposition_listed_are_no_subject() {
    let s = |a: &str, b: &str| rel("signs", a, b);
    check_cases(
        |t| rels(t, &["signs"]),
        &[
            // the banks of two states sign: the states do not
            (
                "The central banks of Portugal and Chile signed a currency swap agreement on Tuesday.",
                &[],
            ),
            // the states' governments stand for the states; the states
            // themselves sign
            (
                "The governments of Portugal and Chile signed a trade agreement on Tuesday.",
                &[s("chile", "portugal")],
            ),
            (
                "Portugal and Chile signed a trade agreement on Tuesday.",
                &[s("chile", "portugal")],
            ),
        ],
    );
}

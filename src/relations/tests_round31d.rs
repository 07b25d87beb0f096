//! Issue 17, thirty-first round, part D: a verb of witnessing before a
//! signing noun, a relative clause between a subject and a sanction noun,
//! the sanction itself as the subject of its sequel verb, and a state's
//! sovereignty or independence as something of the state. Every sentence
//! is written for the tests, in both languages where the construction has
//! both, with traps that must give no relation (or not the wrong one).

use super::tests::{ent, Rel};
use super::tests_round3::{check_cases, people_gaz, rel, unordered_relations_of, BUDI, RINA};
use crate::base::types::EntityType;

/// The relations of `text` (kinds in `kinds`) with two countries and the
/// two people of the test tables.
fn rels(text: &str, kinds: &[&str]) -> Vec<Rel> {
    let mut g = people_gaz(&[]);
    for (id, name, dem) in [
        ("portugal", "Portugal", ["Portuguese", "Portugueses"]),
        ("chile", "Chile", ["Chilean", "Chileans"]),
    ] {
        g.entities
            .push(ent(id, EntityType::Place, &[name], &dem, vec![]));
    }
    unordered_relations_of(text, &g, kinds)
}

#[test]
fn the_witnesses_of_a_signing_are_no_signatories() {
    check_cases(
        |t| rels(t, &["signs"]),
        &[
            (
                "Budi Santoso dan Rina Wati menyaksikan penandatanganan dua nota kesepahaman di Lisbon.",
                &[],
            ),
            (
                "Budi Santoso and Rina Wati witnessed the signing of two agreements in Lisbon.",
                &[],
            ),
            (
                "Budi Santoso and his guest, Rina Wati, oversaw the signing ceremony.",
                &[],
            ),
            // traps: the signatories themselves; a pair the noun names
            (
                "Budi Santoso dan Rina Wati menandatangani dua nota kesepahaman.",
                &[rel("signs", BUDI, RINA)],
            ),
            (
                "Budi Santoso menyaksikan penandatanganan nota kesepahaman antara Portugal dan Chile.",
                &[rel("signs", "chile", "portugal")],
            ),
        ],
    );
}

#[test]
fn a_relative_clause_keeps_the_subject_from_a_sanction_noun() {
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "Budi Santoso menandatangani perintah yang mengakhiri program sanksi khusus Chile.",
                &[],
            ),
            // trap: with no clause between, the subject is the target
            (
                "Budi Santoso terkena sanksi khusus Chile.",
                &[rel("sanctions", "chile", BUDI)],
            ),
        ],
    );
}

#[test]
fn the_sanction_itself_may_name_its_targets() {
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "Portugal imposed sanctions on two officials on Monday. The action targets Budi Santoso and Rina Wati.",
                &[rel("sanctions", "portugal", BUDI), rel("sanctions", "portugal", RINA)],
            ),
            (
                "Portugal menjatuhkan sanksi kepada dua pejabat. Langkah itu menyasar Budi Santoso dan Rina Wati.",
                &[rel("sanctions", "portugal", BUDI), rel("sanctions", "portugal", RINA)],
            ),
            // traps: a report is no sanction; an act with no determiner
            (
                "Portugal imposed sanctions on two officials on Monday. The report targets Budi Santoso and Rina Wati.",
                &[],
            ),
            (
                "Portugal menjatuhkan sanksi kepada dua pejabat. Laporan itu menyasar Budi Santoso dan Rina Wati.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_states_sovereignty_is_the_states_own() {
    check_cases(
        |t| rels(t, &["supports"]),
        &[
            (
                "Chile mendukung kedaulatan Portugal.",
                &[rel("supports", "chile", "portugal")],
            ),
            (
                "Chile mendukung kemerdekaan Portugal.",
                &[rel("supports", "chile", "portugal")],
            ),
            (
                "Chile supports the sovereignty of Portugal.",
                &[rel("supports", "chile", "portugal")],
            ),
            (
                "Chile supports Portugal's independence.",
                &[rel("supports", "chile", "portugal")],
            ),
            // trap: a sovereignty of no one named
            ("Chile mendukung kedaulatan pangan.", &[]),
        ],
    );
}

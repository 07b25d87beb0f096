//! Issue 17, thirtieth round, part D: a state's department named as an
//! entity standing for the state as a sanctioner, nationals named by a
//! plural demonym as no state sanctioned, an act blocked by its subject,
//! the speaker of a verb of saying as no party of a noun in what is said,
//! a target inside a relative clause of the object, and an exchange of
//! notes as a signing. Every sentence is written for the tests, in both
//! languages where the construction has both, with traps that must give
//! no relation (or not the wrong one).

use super::tests::{ent, Rel};
use super::tests_round3::{check_cases, people_gaz, rel, unordered_relations_of, BUDI, RINA};
use crate::base::types::EntityType;

/// The relations of `text` (kinds in `kinds`) with two countries (with
/// singular and plural demonyms), a department of one, a ministry of no
/// country, a city, and the two people of the test tables.
fn rels(text: &str, kinds: &[&str]) -> Vec<Rel> {
    let mut g = people_gaz(&[
        (
            "portugal-treasury",
            EntityType::Organisation,
            &[
                "Portugal Department of the Treasury",
                "Treasury Department",
                "Departemen Keuangan Portugal",
            ],
        ),
        (
            "truth-ministry",
            EntityType::Organisation,
            &["Ministry of Truth"],
        ),
        ("valmora", EntityType::Place, &["Valmora"]),
    ]);
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
fn a_states_department_named_as_an_entity_sanctions_for_the_state() {
    check_cases(
        |t| rels(t, &["sanctions", "criticizes"]),
        &[
            (
                "The Treasury Department announced new sanctions on Budi Santoso.",
                &[rel("sanctions", "portugal", BUDI)],
            ),
            (
                "Departemen Keuangan Portugal menjatuhkan sanksi kepada Budi Santoso.",
                &[rel("sanctions", "portugal", BUDI)],
            ),
            // traps: a ministry whose name holds no country stays itself;
            // a department's criticism is its own
            (
                "The Ministry of Truth imposed sanctions on Budi Santoso.",
                &[rel("sanctions", "truth-ministry", BUDI)],
            ),
            (
                "The Treasury Department criticized Chile.",
                &[rel("criticizes", "portugal-treasury", "chile")],
            ),
        ],
    );
}

#[test]
fn nationals_named_by_a_plural_demonym_are_no_state_sanctioned() {
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "Portugal imposed new sanctions on Chileans linked to the government.",
                &[],
            ),
            // trap: the state's own name is the state
            (
                "Portugal imposed new sanctions on Chile.",
                &[rel("sanctions", "portugal", "chile")],
            ),
        ],
    );
}

#[test]
fn an_act_blocked_by_its_subject_has_no_agent() {
    check_cases(
        |t| rels(t, &["supports"]),
        &[
            (
                "Portugal tried to blockade international aid for Chile.",
                &[],
            ),
            ("Portugal berupaya menghalangi bantuan untuk Chile.", &[]),
            // traps: aid sent, not blocked
            (
                "Portugal sent international aid for Chile.",
                &[rel("supports", "portugal", "chile")],
            ),
            (
                "Portugal mengirim bantuan untuk Chile.",
                &[rel("supports", "portugal", "chile")],
            ),
        ],
    );
}

#[test]
fn the_speaker_is_no_party_of_a_noun_in_what_is_said() {
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "Budi Santoso mengatakan sanksi Portugal juga menyasar bank sentral.",
                &[],
            ),
            // trap: the sanctioned party named after the noun
            (
                "Budi Santoso mengatakan sanksi Portugal terhadap Chile berlaku.",
                &[rel("sanctions", "portugal", "chile")],
            ),
        ],
    );
}

#[test]
fn a_target_inside_a_relative_clause_of_the_object_is_none() {
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "Portugal akan memberikan sanksi kepada individu yang bertanggung jawab atas penindasan rakyat Chile.",
                &[],
            ),
            (
                "Portugal imposed sanctions on officials who are blamed for abuses against Chile.",
                &[],
            ),
            // traps: a named object before the relative word
            (
                "Portugal menjatuhkan sanksi kepada Chile yang dituduh melanggar hukum.",
                &[rel("sanctions", "portugal", "chile")],
            ),
            (
                "Portugal imposed sanctions on Chile, which it blames for abuses.",
                &[rel("sanctions", "portugal", "chile")],
            ),
        ],
    );
}

#[test]
fn an_exchange_of_notes_is_a_signing() {
    check_cases(
        |t| rels(t, &["signs"]),
        &[
            (
                "Budi Santoso and Rina Wati exchanged notes on a grant for a water project.",
                &[rel("signs", BUDI, RINA)],
            ),
            // traps: diplomatic notes are letters, not a treaty; a city
            // listed before the parties is none
            (
                "Budi Santoso and Rina Wati exchanged diplomatic notes.",
                &[],
            ),
            (
                "After talks held in Valmora, Budi Santoso and Rina Wati exchanged notes on a grant.",
                &[rel("signs", BUDI, RINA)],
            ),
        ],
    );
}

//! Issue 17, thirty-fifth round, part D: the event kinds. The second
//! signatory of a passive signing joined across a comma, a counterpart
//! phrase or an apposition holding a list word, and the person apposed to
//! a possessed title standing for its possessor ("signed by X's Minister
//! of A and B , Y , and his counterpart , Z"); a colon after a counted
//! object of a sanction opening its list; a phrase naming the kind of
//! party ("the terrorist group X", "kelompok teroris X") before the party
//! of a condemned act. Every sentence is written for the tests, in both
//! languages, with traps that must give no relation (or not the wrong
//! one).

use super::tests::Rel;
use super::tests_round3::{check_cases, rel, relations_with, BUDI, RINA};
use crate::base::types::EntityType;

/// The id of a third person.
const TOMAS: &str = "tomas-vela";

/// The relations of `text` (kinds in `kinds`) with three countries, an
/// armed group and a third person, besides the two people of the test
/// tables.
fn rels(text: &str, kinds: &[&str]) -> Vec<Rel> {
    relations_with(
        text,
        &[
            ("red-hand", EntityType::Organisation, &["Red Hand"]),
            (TOMAS, EntityType::Person, &["Tomas Vela", "Vela"]),
        ],
        &[
            ("portugal", "Portugal", "Portuguese"),
            ("chile", "Chile", "Chilean"),
            ("spain", "Spain", "Spanish"),
        ],
        kinds,
    )
}

#[test]
fn a_passive_signing_pairs_its_agents_across_a_counterpart_or_a_title() {
    check_cases(
        |t| rels(t, &["signs"]),
        &[
            (
                "The agreement was signed by Budi Santoso, and his Chilean counterpart, Rina Wati.",
                &[rel("signs", BUDI, RINA)],
            ),
            (
                "The agreement was signed by Budi Santoso and his Chilean counterpart, Rina Wati, in Lisbon.",
                &[rel("signs", BUDI, RINA)],
            ),
            (
                "The agreement was signed by Budi Santoso, and Rina Wati.",
                &[rel("signs", BUDI, RINA)],
            ),
            (
                "The agreement was signed by Portugal's Minister of Trade and Industry, Budi Santoso, and Rina Wati.",
                &[rel("signs", BUDI, RINA)],
            ),
            (
                "The agreement was signed by Budi Santoso, Ambassador of Portugal to Chile and Spain, and Rina Wati.",
                &[rel("signs", BUDI, RINA)],
            ),
            // traps: a name opening a clause of its own; a counterpart
            // phrase that is a verb's subject; a possessed title with no
            // name apposed; a person inside the apposition
            (
                "The agreement was signed by Budi Santoso, and Rina Wati said it was a good day.",
                &[],
            ),
            (
                "The agreement was signed by Budi Santoso, and his counterpart praised Rina Wati.",
                &[],
            ),
            (
                "The agreement was signed by Portugal's Minister of Trade, and Rina Wati welcomed it.",
                &[],
            ),
            (
                "The agreement was signed by Budi Santoso, adviser of Tomas Vela and Chile, and Rina Wati.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_colon_after_a_counted_object_opens_a_sanctions_list() {
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "Portugal also sanctioned two lawmakers and a former minister: Budi Santoso, Rina Wati and the former Minister of Mines Tomas Vela.",
                &[
                    rel("sanctions", "portugal", BUDI),
                    rel("sanctions", "portugal", RINA),
                    rel("sanctions", "portugal", TOMAS),
                ],
            ),
            (
                "Portugal is imposing new sanctions on Chile. The sanctions apply to three officials held responsible for abuses: Budi Santoso, Rina Wati and Tomas Vela.",
                &[
                    rel("sanctions", "portugal", "chile"),
                    rel("sanctions", "portugal", BUDI),
                    rel("sanctions", "portugal", RINA),
                    rel("sanctions", "portugal", TOMAS),
                ],
            ),
            // traps: a name before the colon; a verb of saying before it;
            // no count before it; a colon in a sentence of no sanction
            (
                "Portugal sanctioned Red Hand and two banks: Budi Santoso and Rina Wati welcomed the move.",
                &[rel("sanctions", "portugal", "red-hand")],
            ),
            (
                "Portugal sanctioned two officials and said: Budi Santoso and Rina Wati must answer.",
                &[],
            ),
            (
                "Portugal sanctioned officials on Friday: Budi Santoso and Rina Wati were in Lisbon.",
                &[],
            ),
            (
                "Portugal imposed sanctions on Chile. Two ministers met on Friday: Budi Santoso and Rina Wati.",
                &[rel("sanctions", "portugal", "chile")],
            ),
        ],
    );
}

#[test]
fn a_party_kind_phrase_stands_before_the_party_of_a_condemned_act() {
    check_cases(
        |t| rels(t, &["criticizes"]),
        &[
            (
                "Portugal condemned the attack carried out by the terrorist group Red Hand.",
                &[rel("criticizes", "portugal", "red-hand")],
            ),
            (
                "Portugal condemned the attack by the armed group Red Hand.",
                &[rel("criticizes", "portugal", "red-hand")],
            ),
            (
                "Portugal mengutuk keras serangan kelompok teroris Red Hand.",
                &[rel("criticizes", "portugal", "red-hand")],
            ),
            // traps: a party phrase with no name after it; modifiers with
            // no party noun
            (
                "Portugal condemned the attack by the terrorist group near Chile.",
                &[],
            ),
            (
                "Portugal condemned the attack by the armed rebel Budi Santoso.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_states_people_or_government_stands_for_the_state_supported() {
    check_cases(
        |t| rels(t, &["supports", "meets", "criticizes"]),
        &[
            (
                "Portugal akan terus mendukung rakyat dan pemerintah Chile.",
                &[super::tests_round3::with(
                    "supports",
                    "portugal",
                    "chile",
                    crate::base::types::Modality::Planned,
                )],
            ),
            (
                "Portugal supports the people and Government of Chile.",
                &[rel("supports", "portugal", "chile")],
            ),
            (
                "Portugal supports the government of Chile.",
                &[rel("supports", "portugal", "chile")],
            ),
            // traps: a kind that does not read it; a people word before no
            // country; a people word of no state after the list word
            ("Budi Santoso met the government of Chile.", &[]),
            ("Portugal supports the people of Red Hand.", &[]),
            ("Portugal supports the people and culture of Chile.", &[]),
        ],
    );
}

//! Issue 17, thirty-seventh round, part D: the event kinds. A sanction's
//! agent named right after its trigger ("hit with sanctions by X") and a
//! list opened by a plural pronoun and a copula in the next sentence
//! ("They are A and B", "Mereka adalah A dan B"); names apposed to a
//! counted object of a sanction ("sanctioned two more officials , A and
//! B , who ..."); a past attack verb's
//! object placed at a named place ("attacked a military base at X"); a
//! possessed object opened by a quantity phrase or a speaker's naming
//! ("condemned a wave of air raids carried out by X", "what it called an
//! unprovoked attack by X"). Every sentence is written for the tests, in
//! both languages, with traps that must give no relation (or not the
//! wrong one).

use super::tests::Rel;
use super::tests_round3::{check_cases, rel, relations_with, BUDI, RINA};
use crate::base::types::EntityType;

/// The id of a third person.
const TOMAS: &str = "tomas-vela";

/// The relations of `text` (kinds in `kinds`) with three countries, an
/// armed group, a town and a third person, besides the two people of the
/// test tables.
fn rels(text: &str, kinds: &[&str]) -> Vec<Rel> {
    relations_with(
        text,
        &[
            ("red-hand", EntityType::Organisation, &["Red Hand"]),
            ("valdora", EntityType::Place, &["Valdora"]),
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
fn a_sanctions_agent_and_a_pronoun_list_name_the_parties() {
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "The leaders of two armed groups were hit with economic sanctions by Portugal on Friday. They are Budi Santoso and Rina Wati.",
                &[rel("sanctions", "portugal", BUDI), rel("sanctions", "portugal", RINA)],
            ),
            (
                "Two ministers were hit with sanctions by Portugal on Friday. They include Budi Santoso, a former general; Rina Wati, a banker; and Tomas Vela.",
                &[
                    rel("sanctions", "portugal", BUDI),
                    rel("sanctions", "portugal", RINA),
                    rel("sanctions", "portugal", TOMAS),
                ],
            ),
            (
                "Portugal imposed sanctions on two officials on Friday. They are Budi Santoso and Rina Wati.",
                &[rel("sanctions", "portugal", BUDI), rel("sanctions", "portugal", RINA)],
            ),
            (
                "Dua pemimpin kelompok bersenjata dikenai sanksi oleh Portugal pada Jumat. Mereka adalah Budi Santoso dan Rina Wati.",
                &[rel("sanctions", "portugal", BUDI), rel("sanctions", "portugal", RINA)],
            ),
            (
                "Portugal menjatuhkan sanksi terhadap dua pejabat pada Jumat. Mereka adalah Budi Santoso dan Rina Wati.",
                &[rel("sanctions", "portugal", BUDI), rel("sanctions", "portugal", RINA)],
            ),
            // traps: "by" naming no party, or a person; the pronoun not
            // opening its sentence; no sanction before the list; a
            // meeting between the sanction and the list
            (
                "Two officials were hit with sanctions by the end of the week. They are Budi Santoso and Rina Wati.",
                &[],
            ),
            (
                "Two officials were hit with sanctions by Tomas Vela. They are Budi Santoso and Rina Wati.",
                &[],
            ),
            (
                "Portugal imposed sanctions on two officials. Diplomats said they are close to Budi Santoso and Rina Wati.",
                &[],
            ),
            (
                "Chile hosted a summit on Friday. They are Budi Santoso and Rina Wati.",
                &[],
            ),
            (
                "Portugal imposed new sanctions on Chile. Budi Santoso met Rina Wati in Valdora. They are Tomas Vela and Red Hand.",
                &[rel("sanctions", "portugal", "chile")],
            ),
            (
                "Dua pejabat dikenai sanksi oleh akhir pekan. Mereka adalah Budi Santoso dan Rina Wati.",
                &[],
            ),
            (
                "Two officials were hit with sanctions by Portugal. They are Budi Santoso; Rina Wati, meanwhile, said the move was unfair.",
                &[rel("sanctions", "portugal", BUDI)],
            ),
        ],
    );
}

#[test]
fn a_past_attack_reads_a_place_after_at() {
    check_cases(
        |t| rels(t, &["attacks"]),
        &[
            (
                "Red Hand insurgents attacked a military base at Valdora on Monday.",
                &[rel("attacks", "red-hand", "valdora")],
            ),
            (
                "Red Hand fighters struck a frontier post at Valdora, killing two soldiers.",
                &[rel("attacks", "red-hand", "valdora")],
            ),
            // traps: no place after "at"; a comma and another verb before
            // it; a present verb reads no place after its object
            ("Red Hand attacked a military base at dawn on Monday.", &[]),
            ("Red Hand attacked the plan, speaking at Valdora.", &[]),
            ("Red Hand attacks a military base at Valdora.", &[]),
        ],
    );
}

#[test]
fn a_wave_of_acts_or_what_it_called_them_is_a_possessed_object() {
    check_cases(
        |t| rels(t, &["criticizes"]),
        &[
            (
                "Chile condemned a wave of air raids carried out by Portugal.",
                &[rel("criticizes", "chile", "portugal")],
            ),
            (
                "Chile strongly condemned what it called an unprovoked attack by Red Hand.",
                &[rel("criticizes", "chile", "red-hand")],
            ),
            (
                "Chile condemned a series of attacks by Red Hand.",
                &[rel("criticizes", "chile", "red-hand")],
            ),
            // traps: no party named after the act; the party a speaker
            ("Chile condemned a wave of air raids on Valdora.", &[]),
            (
                "Chile condemned what it called an unprovoked attack, Budi Santoso said.",
                &[],
            ),
        ],
    );
}

#[test]
fn names_apposed_to_a_counted_object_are_a_sanctions_list() {
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "Portugal has sanctioned two more officials, Budi Santoso and Rina Wati, who allegedly abused their power.",
                &[rel("sanctions", "portugal", BUDI), rel("sanctions", "portugal", RINA)],
            ),
            (
                "Portugal sanctioned three businessmen, Budi Santoso, Rina Wati and Tomas Vela.",
                &[
                    rel("sanctions", "portugal", BUDI),
                    rel("sanctions", "portugal", RINA),
                    rel("sanctions", "portugal", TOMAS),
                ],
            ),
            (
                "Portugal menjatuhkan sanksi terhadap dua pejabat, Budi Santoso dan Rina Wati, yang dituduh korupsi.",
                &[rel("sanctions", "portugal", BUDI), rel("sanctions", "portugal", RINA)],
            ),
            // traps: the names the subject of a verb after them; one name
            // only; no count before the comma; a clause after the comma
            (
                "Portugal sanctioned two officials, Budi Santoso and Rina Wati said.",
                &[],
            ),
            ("Portugal sanctioned two officials, Budi Santoso said.", &[]),
            (
                "Portugal sanctioned officials, Budi Santoso and Rina Wati, on Friday.",
                &[],
            ),
            (
                "Portugal sanctioned two banks on Friday, and Budi Santoso and Rina Wati welcomed it.",
                &[],
            ),
        ],
    );
}

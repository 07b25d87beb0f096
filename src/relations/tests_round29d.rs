//! Issue 17, twenty-ninth round, part D: a pronoun after a state's verb
//! of saying standing for the state, a counted group in a sanction's
//! object with its members apposed, the last member of a group's list
//! named after its title's relative clause, and the place struck by an
//! attack noun's verb. Every sentence is written for the tests, in both
//! languages, with traps that must give no relation (or not the wrong
//! one).

use super::tests::Rel;
use super::tests_round3::{check_cases, rel, relations_with, with, BUDI, RINA};
use crate::base::types::{EntityType, Modality};

/// The relations of `text` (kinds in `kinds`) with two countries (with
/// demonyms), a third person and a city besides the two people of the
/// test tables.
fn rels(text: &str, kinds: &[&str]) -> Vec<Rel> {
    relations_with(
        text,
        &[
            ("tomas-vidal", EntityType::Person, &["Tomas Vidal"]),
            ("santiago", EntityType::Place, &["Santiago"]),
        ],
        &[
            ("portugal", "Portugal", "Portuguese"),
            ("chile", "Chile", "Chilean"),
        ],
        kinds,
    )
}

/// A planned relation.
fn planned(kind: &str, a: &str, b: &str) -> Rel {
    with(kind, a, b, Modality::Planned)
}

#[test]
fn a_pronoun_after_a_states_verb_of_saying_stands_for_the_state() {
    check_cases(
        |t| rels(t, &["sanctions", "supports"]),
        &[
            (
                "Portugal said on Monday it would impose sanctions on Budi Santoso.",
                &[planned("sanctions", "portugal", BUDI)],
            ),
            (
                "Portugal announced that it would support Chile.",
                &[planned("supports", "portugal", "chile")],
            ),
            (
                "Portugal menyatakan bahwa pihaknya akan mendukung Chile.",
                &[planned("supports", "portugal", "chile")],
            ),
            (
                "Portugal mengatakan pada Senin bahwa pihaknya akan menjatuhkan sanksi kepada Budi Santoso.",
                &[planned("sanctions", "portugal", BUDI)],
            ),
            // traps: a person's "it" is a thing; a told party may be the
            // one "it" stands for
            ("Budi Santoso said it would support Chile.", &[]),
            ("Portugal told Chile it would face sanctions.", &[]),
        ],
    );
}

#[test]
fn a_counted_group_in_a_sanctions_object_gives_each_apposed_member() {
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "Portugal imposed sanctions on Budi Santoso and two former ministers, Rina Wati and Tomas Vidal.",
                &[
                    rel("sanctions", "portugal", BUDI),
                    rel("sanctions", "portugal", RINA),
                    rel("sanctions", "portugal", "tomas-vidal"),
                ],
            ),
            (
                "Portugal menjatuhkan sanksi kepada dua pejabat, Rina Wati dan Tomas Vidal.",
                &[
                    rel("sanctions", "portugal", RINA),
                    rel("sanctions", "portugal", "tomas-vidal"),
                ],
            ),
            // traps: a name after the group that is no apposition
            (
                "Portugal imposed sanctions on two officials, said Rina Wati.",
                &[],
            ),
            (
                "Portugal imposed sanctions on two officials of Chile, Rina Wati said.",
                &[],
            ),
        ],
    );
}

#[test]
fn the_last_member_of_a_list_may_follow_its_titles_relative_clause() {
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "Portugal menjatuhkan sanksi kepada dua komandan milisi. Keduanya adalah kepala staf milisi, Rina Wati, dan komandan pasukan yang setia pada milisi, Tomas Vidal.",
                &[
                    rel("sanctions", "portugal", RINA),
                    rel("sanctions", "portugal", "tomas-vidal"),
                ],
            ),
            // trap: a name inside the clause is no member
            (
                "Portugal menjatuhkan sanksi kepada dua komandan milisi. Keduanya adalah Rina Wati dan seorang komandan yang dilatih Tomas Vidal.",
                &[rel("sanctions", "portugal", RINA)],
            ),
        ],
    );
}

#[test]
fn an_attack_nouns_verb_of_striking_names_the_place_struck() {
    check_cases(
        |t| rels(t, &["attacks"]),
        &[
            (
                "Serangan Portugal pada Rabu menyasar markas militer di Santiago.",
                &[rel("attacks", "portugal", "santiago")],
            ),
            (
                "Portugal's strike on Wednesday targeted a base in Santiago.",
                &[rel("attacks", "portugal", "santiago")],
            ),
            // traps: a place owning the object, not after the verb or "di"
            (
                "Serangan Portugal menyasar warga Santiago yang mengungsi.",
                &[],
            ),
            (
                "Portugal's strike targeted a base, officials in Santiago said.",
                &[],
            ),
        ],
    );
}

#[test]
fn an_administration_named_by_its_head_stands_for_the_heads_state() {
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "Pemerintahan Presiden Portugal Budi Santoso menjatuhkan sanksi terhadap Chile.",
                &[rel("sanctions", "portugal", "chile")],
            ),
            // trap: an administration with no head named
            ("Pemerintahan baru menjatuhkan sanksi terhadap Chile.", &[]),
        ],
    );
}

#[test]
fn a_kin_noun_in_a_list_entry_names_a_relative_no_member() {
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "Portugal menjatuhkan sanksi terhadap tiga pejabat, termasuk Rina Wati, kakak mendiang pemimpin Budi Santoso.",
                &[rel("sanctions", "portugal", RINA)],
            ),
            // trap: with no kin noun both are members
            (
                "Portugal menjatuhkan sanksi terhadap tiga pejabat, termasuk Rina Wati dan Budi Santoso.",
                &[
                    rel("sanctions", "portugal", RINA),
                    rel("sanctions", "portugal", BUDI),
                ],
            ),
        ],
    );
}

//! Issue 17, thirty-second round, part D: the party of a condemned act
//! named in a relative clause on it or after a repeated-act modifier, and
//! the parties of a sanction told again as aimed at them or listed
//! before a phrase of targeting (an owner named in the list's head is no
//! party), and a group that claims what it did. Every sentence is written for the tests, in both languages,
//! with traps that must give no relation (or not the wrong one).

use super::tests::Rel;
use super::tests_round3::{check_cases, rel, relations_with, BUDI, RINA};
use crate::base::types::EntityType;

/// The relations of `text` (kinds in `kinds`) with two countries, two
/// companies, an armed group and the two people of the test tables.
fn rels(text: &str, kinds: &[&str]) -> Vec<Rel> {
    relations_with(
        text,
        &[
            ("hidra-group", EntityType::Organisation, &["Hidra Group"]),
            ("kora-energy", EntityType::Organisation, &["Kora Energy"]),
            ("red-hand", EntityType::Organisation, &["Red Hand"]),
        ],
        &[
            ("portugal", "Portugal", "Portuguese"),
            ("chile", "Chile", "Chilean"),
        ],
        kinds,
    )
}

#[test]
fn a_relative_clause_names_the_party_of_a_condemned_act() {
    check_cases(
        |t| rels(t, &["criticizes"]),
        &[
            (
                "Chile has condemned the sanctions that Portugal imposed on three banks.",
                &[rel("criticizes", "chile", "portugal")],
            ),
            (
                "Chile condemned the strikes which Portugal launched near the border.",
                &[rel("criticizes", "chile", "portugal")],
            ),
            (
                "Chile mengecam sanksi yang dijatuhkan Portugal terhadap tiga bank.",
                &[rel("criticizes", "chile", "portugal")],
            ),
            (
                "Chile mengecam serangan yang Portugal lancarkan di perbatasan.",
                &[rel("criticizes", "chile", "portugal")],
            ),
            (
                "Chile mengutuk keras serangan berulang Portugal di perbatasan.",
                &[rel("criticizes", "chile", "portugal")],
            ),
            (
                "Chile condemned the repeated attacks by Portugal.",
                &[rel("criticizes", "chile", "portugal")],
            ),
            // traps: the clause's verb is no deed of the party; the name
            // is no subject of the clause
            ("Chile condemned the attacks that Portugal reported.", &[]),
            (
                "Chile condemned the sanctions that the minister announced in Portugal.",
                &[],
            ),
            ("Chile mengecam serangan yang terjadi di Portugal.", &[]),
        ],
    );
}

#[test]
fn a_sanction_aimed_at_its_parties_names_them() {
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "Portugal menjatuhkan sanksi terhadap Chile. Sanksi itu ditujukan kepada Budi Santoso dan Rina Wati.",
                &[
                    rel("sanctions", "portugal", "chile"),
                    rel("sanctions", "portugal", BUDI),
                    rel("sanctions", "portugal", RINA),
                ],
            ),
            (
                "Portugal imposed sanctions on Chile. The sanctions were aimed at Budi Santoso and Rina Wati.",
                &[
                    rel("sanctions", "portugal", "chile"),
                    rel("sanctions", "portugal", BUDI),
                    rel("sanctions", "portugal", RINA),
                ],
            ),
            // trap: no sanction before, no sanctioner
            (
                "Sanksi itu ditujukan kepada Budi Santoso dan Rina Wati.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_list_before_a_phrase_of_targeting_is_sanctioned_but_not_its_owner() {
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "Portugal menjatuhkan sanksi terhadap Chile. Dua perusahaan milik Budi Santoso, yakni Hidra Group dan Kora Energy, juga menjadi sasaran.",
                &[
                    rel("sanctions", "portugal", "chile"),
                    rel("sanctions", "portugal", "hidra-group"),
                    rel("sanctions", "portugal", "kora-energy"),
                ],
            ),
            (
                "Portugal imposed sanctions on Chile. Hidra Group and Kora Energy were also targeted.",
                &[
                    rel("sanctions", "portugal", "chile"),
                    rel("sanctions", "portugal", "hidra-group"),
                    rel("sanctions", "portugal", "kora-energy"),
                ],
            ),
            // trap: a sentence of another kind between
            (
                "Portugal menjatuhkan sanksi terhadap Chile. Budi Santoso bertemu dengan Rina Wati. Hidra Group dan Kora Energy juga menjadi sasaran.",
                &[rel("sanctions", "portugal", "chile")],
            ),
        ],
    );
}

#[test]
fn a_group_claiming_a_deed_is_the_pronoun_after_its_claim() {
    check_cases(
        |t| rels(t, &["attacks"]),
        &[
            (
                "Red Hand has claimed that it killed ten soldiers in a raid on Portugal.",
                &[rel("attacks", "red-hand", "portugal")],
            ),
            (
                "Red Hand mengklaim bahwa pihaknya menyerang Portugal.",
                &[rel("attacks", "red-hand", "portugal")],
            ),
            // traps: a person's claim leaves the pronoun a thing's; a
            // claim of no deed
            ("Budi Santoso claimed that it was a raid on Portugal.", &[]),
            ("Red Hand has claimed that it owns land in Portugal.", &[]),
        ],
    );
}

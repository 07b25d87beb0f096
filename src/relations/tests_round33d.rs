//! Issue 17, thirty-third round, part D: the parties of a sanction told
//! by an office of a body, by a list set off by semicolons, by a counted
//! group of firms whose owner is named, by "we" in a quoted official's
//! words, past a clock's zone; and an offer to act, which is planned.
//! Every sentence is written for the tests, in both languages, with traps
//! that must give no relation (or not the wrong one).

use super::tests::Rel;
use super::tests_round3::{check_cases, rel, relations_with, with, BUDI, RINA};
use crate::base::types::{EntityType, Modality};

/// The relations of `text` (kinds in `kinds`) with two countries, a
/// treasury named by one of them and its office, two companies and an
/// armed group besides the two people of the test tables.
fn rels(text: &str, kinds: &[&str]) -> Vec<Rel> {
    relations_with(
        text,
        &[
            (
                "portugal-treasury",
                EntityType::Organisation,
                &[
                    "Treasury Department of Portugal",
                    "Departemen Keuangan Portugal",
                ],
            ),
            (
                "office-of-foreign-funds",
                EntityType::Organisation,
                &["Office of Foreign Funds", "OFF"],
            ),
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

/// A planned relation.
fn planned(kind: &str, a: &str, b: &str) -> Rel {
    with(kind, a, b, Modality::Planned)
}

#[test]
fn an_office_of_a_body_sanctions_for_it_and_a_semicolon_list_names_the_targets() {
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "The Treasury Department of Portugal's Office of Foreign Funds (OFF) on Monday sanctioned two commanders of Chile's Red Hand. The designated men are Budi Santoso, known as \"Big B\", a Red Hand general; and Rina Wati, a Red Hand commander.",
                &[
                    rel("sanctions", "portugal", BUDI),
                    rel("sanctions", "portugal", RINA),
                ],
            ),
            (
                "The Office of Foreign Funds sanctioned two officials on Monday. The sanctioned officials are Budi Santoso, a banker; Rina Wati, a trader; and Hidra Group.",
                &[
                    rel("sanctions", "office-of-foreign-funds", BUDI),
                    rel("sanctions", "office-of-foreign-funds", RINA),
                    rel("sanctions", "office-of-foreign-funds", "hidra-group"),
                ],
            ),
            // traps: an office owned by a country keeps its own name; an
            // entry opening with no name lists no one (the names in the
            // descriptions neither)
            (
                "Portugal's Office of Foreign Funds sanctioned two officials on Monday. The designated men are Budi Santoso, a general of Red Hand.",
                &[rel("sanctions", "office-of-foreign-funds", BUDI)],
            ),
            (
                "The Office of Foreign Funds sanctioned two officials on Monday. The designated men are Budi Santoso, a banker; the others work for Red Hand.",
                &[rel("sanctions", "office-of-foreign-funds", BUDI)],
            ),
            (
                "The Office of Foreign Funds sanctioned two officials on Monday. Budi Santoso met Rina Wati; and Kora Energy sold its shares.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_counted_group_of_firms_owned_by_a_state_is_sanctioned_by_its_list() {
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "Portugal menjatuhkan sanksi baru terhadap dua bank milik negara Chile, yakni Hidra Group serta Kora Energy.",
                &[
                    rel("sanctions", "portugal", "hidra-group"),
                    rel("sanctions", "portugal", "kora-energy"),
                ],
            ),
            // traps: the owner alone is no target; a state named with no
            // word of owning is
            ("Portugal menjatuhkan sanksi terhadap bank milik Chile.", &[]),
            (
                "Portugal menjatuhkan sanksi baru terhadap Chile.",
                &[rel("sanctions", "portugal", "chile")],
            ),
        ],
    );
}

#[test]
fn a_place_naming_a_clock_zone_is_no_agent() {
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "Departemen Keuangan Portugal, Kamis (22/6/2023) waktu Chile, menjatuhkan sanksi terhadap Hidra Group.",
                &[rel("sanctions", "portugal", "hidra-group")],
            ),
            // trap: a place with no word of a zone is the subject
            (
                "Chile, Kamis (22/6/2023), menjatuhkan sanksi terhadap Hidra Group.",
                &[rel("sanctions", "chile", "hidra-group")],
            ),
        ],
    );
}

#[test]
fn we_opening_a_quotation_stands_for_the_speakers_state() {
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "\"Kami juga memberlakukan sanksi terhadap Hidra Group,\" lanjut Presiden Portugal Budi Santoso.",
                &[rel("sanctions", "portugal", "hidra-group")],
            ),
            (
                "\"We also imposed sanctions on Hidra Group,\" said Portuguese President Budi Santoso.",
                &[rel("sanctions", "portugal", "hidra-group")],
            ),
            // traps: a speaker holding no office; a body quoted, no
            // person
            (
                "\"Kami juga memberlakukan sanksi terhadap Hidra Group,\" lanjut Rina Wati.",
                &[],
            ),
            (
                "\"We have imposed sanctions on Hidra Group,\" said Rina Wati.",
                &[],
            ),
            (
                "\"Kami memberlakukan sanksi terhadap Hidra Group,\" demikian laporan Kora Energy.",
                &[],
            ),
        ],
    );
}

#[test]
fn an_offer_to_act_is_planned() {
    check_cases(
        |t| rels(t, &["supports"]),
        &[
            (
                "Portugal also offered to support Chile through training.",
                &[planned("supports", "portugal", "chile")],
            ),
            // trap: support given is asserted
            (
                "Portugal also supported Chile through training.",
                &[rel("supports", "portugal", "chile")],
            ),
        ],
    );
}

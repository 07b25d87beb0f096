//! Issue 17, thirty-fourth round, part D: the event kinds. An act noun
//! after a determiner and a modifier of an act ("the double attack by X
//! on Y") is a noun whose agent is its "by" phrase; a manner phrase may
//! stand between a stance verb and its object ("condemned in the
//! strongest terms the attack by X"); "the others are A and B"
//! after a sanction lists its remaining targets; "giliran X yang V" (X's
//! turn to V) has X as its subject. Every sentence is written for the
//! tests, in both languages, with traps that must give no relation (or
//! not the wrong one).

use super::tests::Rel;
use super::tests_round3::{check_cases, rel, relations_with, with, BUDI, RINA};
use crate::base::types::{EntityType, Modality};

/// The id of a third person, whose name holds a particle.
const KARIM: &str = "karim-al-nadir";

/// The relations of `text` (kinds in `kinds`) with two countries, an
/// armed group and a person whose name holds a particle, besides the two
/// people of the test tables.
fn rels(text: &str, kinds: &[&str]) -> Vec<Rel> {
    relations_with(
        text,
        &[
            ("red-hand", EntityType::Organisation, &["Red Hand"]),
            (KARIM, EntityType::Person, &["Karim al-Nadir", "Nadir"]),
        ],
        &[
            ("portugal", "Portugal", "Portuguese"),
            ("chile", "Chile", "Chilean"),
        ],
        kinds,
    )
}

#[test]
fn a_modified_act_noun_takes_its_by_phrase_as_agent() {
    check_cases(
        |t| rels(t, &["attacks", "criticizes"]),
        &[
            (
                "Portugal has condemned in the strongest terms the double attack by Red Hand on Chile.",
                &[
                    rel("criticizes", "portugal", "red-hand"),
                    rel("attacks", "red-hand", "chile"),
                ],
            ),
            (
                "Portugal condemned the deadly attack by Red Hand on Chile.",
                &[
                    rel("criticizes", "portugal", "red-hand"),
                    rel("attacks", "red-hand", "chile"),
                ],
            ),
            (
                "Portugal condemned in the strongest terms the decision of Chile.",
                &[rel("criticizes", "portugal", "chile")],
            ),
            // traps: a verb stays a verb; a manner phrase before no
            // possessed object names no party; a subject noun that is no
            // modifier of an act leaves the verb reading
            (
                "Portugal will attack Chile.",
                &[with("attacks", "portugal", "chile", Modality::Planned)],
            ),
            (
                "Portugal condemned in the strongest terms the weather in Chile.",
                &[],
            ),
            ("Portugal said the rebels attack Chile every year.", &[]),
        ],
    );
}

#[test]
fn the_others_after_a_sanction_are_its_remaining_targets() {
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "Portugal menjatuhkan sanksi kepada tiga pejabat Chile. Portugal menjatuhkan sanksi kepada Budi Santoso. Dua orang lainnya adalah Menteri Pertahanan Rina Wati serta Karim al-Nadir.",
                &[
                    rel("sanctions", "portugal", BUDI),
                    rel("sanctions", "portugal", RINA),
                    rel("sanctions", "portugal", KARIM),
                ],
            ),
            (
                "Portugal sanctioned three Chilean officials on Monday. The Treasury sanctioned Budi Santoso. The others are Defence Minister Rina Wati and Karim al-Nadir.",
                &[
                    rel("sanctions", "portugal", RINA),
                    rel("sanctions", "portugal", KARIM),
                ],
            ),
            // traps: a copula whose subject is no "others"; "others" with
            // no sanction before; another verb after "others"
            (
                "Portugal menjatuhkan sanksi kepada tiga pejabat Chile. Portugal menjatuhkan sanksi kepada Budi Santoso. Portugal adalah negara Menteri Pertahanan Rina Wati.",
                &[rel("sanctions", "portugal", BUDI)],
            ),
            (
                "Portugal bertemu tiga pejabat Chile. Dua orang lainnya adalah Menteri Pertahanan Rina Wati serta Karim al-Nadir.",
                &[],
            ),
            (
                "Portugal menjatuhkan sanksi kepada tiga pejabat Chile. Portugal menjatuhkan sanksi kepada Budi Santoso. Dua orang lainnya menemui Menteri Pertahanan Rina Wati serta Karim al-Nadir.",
                &[rel("sanctions", "portugal", BUDI)],
            ),
        ],
    );
}

#[test]
fn the_name_after_giliran_is_the_subject() {
    check_cases(
        |t| rels(t, &["sanctions", "criticizes"]),
        &[
            (
                "Pada Mei, giliran Portugal yang menjatuhkan sanksi kepada Budi Santoso.",
                &[rel("sanctions", "portugal", BUDI)],
            ),
            (
                "Kali ini giliran Portugal yang mengecam Budi Santoso.",
                &[rel("criticizes", "portugal", BUDI)],
            ),
            // trap: another -an noun before the name still owns it
            ("Pembatalan Portugal mengecam Budi Santoso.", &[]),
        ],
    );
}

//! Issue 17, twenty-seventh round, part D: a sanctions list before its
//! closing phrase, a counted group and a sanction told again in the
//! passive, an attack noun's modifier, the agent of a participle, and a
//! person's initiative supported. Every sentence is written for the tests,
//! in both languages where the rule has both, with traps that must give no
//! relation (or not the wrong one).

use super::tests::Rel;
use super::tests_round3::{check_cases, rel, relations_with, BUDI, RINA};
use crate::base::types::EntityType;

/// A third person of no office, for lists of three.
const DEWI: &str = "dewi-lestari";

/// The relations of `text` (kinds in `kinds`) with three people, two
/// countries (with demonyms) and an armed group.
fn rels(text: &str, kinds: &[&str]) -> Vec<Rel> {
    relations_with(
        text,
        &[
            (DEWI, EntityType::Person, &["Dewi Lestari"]),
            ("red-front", EntityType::Organisation, &["Red Front"]),
        ],
        &[
            ("portugal", "Portugal", "Portuguese"),
            ("chile", "Chile", "Chilean"),
        ],
        kinds,
    )
}

#[test]
fn a_list_before_its_closing_phrase_names_the_sanctioned() {
    let s = |b: &str| rel("sanctions", "chile", b);
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "Chile menjatuhkan sanksi kepada tiga pejabat militer. Budi Santoso, Rina Wati dan Dewi Lestari juga masuk dalam daftar itu, kata kementerian.",
                &[s(BUDI), s(RINA), s(DEWI)],
            ),
            (
                "Chile imposed sanctions on three army officers. Budi Santoso, Rina Wati and Dewi Lestari were also on the list, the ministry said.",
                &[s(BUDI), s(RINA), s(DEWI)],
            ),
            // traps: no sanction before the list
            (
                "Chile dan Portugal membahas kerja sama pertanian. Budi Santoso dan Rina Wati juga masuk dalam daftar itu.",
                &[],
            ),
            (
                "Chile and Portugal discussed farming. Budi Santoso and Rina Wati were also on the list.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_counted_group_and_a_sanction_told_again_name_the_sanctioned() {
    let s = |b: &str| rel("sanctions", "chile", b);
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "Chile menjatuhkan sanksi ke tiga pejabat tinggi. Ketiganya adalah Budi Santoso, Rina Wati serta Dewi Lestari.",
                &[s(BUDI), s(RINA), s(DEWI)],
            ),
            (
                "Chile mengumumkan telah menjatuhkan sanksi pada sejumlah pemimpin Red Front. Sanksi itu dijatuhkan kepada Budi Santoso dan Rina Wati.",
                &[s(BUDI), s(RINA)],
            ),
            // trap: a counted group after no sanction
            (
                "Chile mengirim tiga diplomat ke Portugal. Ketiganya adalah Budi Santoso, Rina Wati serta Dewi Lestari.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_bare_trigger_after_an_attack_noun_is_its_modifier() {
    let a = |x: &str, y: &str| rel("attacks", x, y);
    check_cases(
        |t| rels(t, &["attacks"]),
        &[
            (
                "Chile mengecam keras serangan bom yang terjadi di Portugal pada Minggu.",
                &[],
            ),
            // trap: the attacker's own verb
            (
                "Chile menyerang Portugal pada Minggu.",
                &[a("chile", "portugal")],
            ),
        ],
    );
}

#[test]
fn the_agent_of_a_participle_is_no_later_subject() {
    let s = |x: &str| rel("supports", x, "portugal");
    check_cases(
        |t| rels(t, &["supports"]),
        &[
            (
                "The ministers condemned the bombings, reportedly carried out by a Red Front cell, and promised to support Portugal.",
                &[],
            ),
            // trap: a named subject
            (
                "Chile condemned the bombings and supported Portugal in its recovery.",
                &[s("chile")],
            ),
        ],
    );
}

#[test]
fn a_persons_initiative_supported_is_no_support_of_the_person() {
    let s = |x: &str, y: &str| rel("supports", x, y);
    check_cases(
        |t| rels(t, &["supports"]),
        &[
            (
                "Budi Santoso supported Rina Wati's plan to reform the customs service.",
                &[],
            ),
            // trap: the person supported
            (
                "Budi Santoso supported Rina Wati in the leadership vote.",
                &[s(BUDI, RINA)],
            ),
        ],
    );
}

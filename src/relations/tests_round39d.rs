//! Issue 17, thirty-ninth round, part D: mutual support. A `supports`
//! trigger made mutual ("mutual support", "exchanged support", "support
//! each other", "saling mendukung", "dukungan timbal balik") gives support
//! both ways between every two of its parties: a list after "between" or
//! "among" ("antara"), the two countries an unnamed pair ("the two
//! countries", "kedua negara") stands for, or a coordinated subject right
//! before. Every sentence is written for the tests, in both languages,
//! with traps that must give no relation.

use super::tests::Rel;
use super::tests_round3::{check_cases, rel, relations_with, with};
use crate::base::types::Modality;

/// The relations of `text` (kind `supports`) with three countries.
fn rels(text: &str) -> Vec<Rel> {
    relations_with(
        text,
        &[],
        &[
            ("portugal", "Portugal", "Portuguese"),
            ("chile", "Chile", "Chilean"),
            ("spain", "Spain", "Spanish"),
        ],
        &["supports"],
    )
}

/// Support both ways between `a` and `b`, asserted.
fn both(a: &str, b: &str) -> [Rel; 2] {
    [rel("supports", a, b), rel("supports", b, a)]
}

#[test]
fn mutual_support_between_named_parties() {
    let pc = both("portugal", "chile");
    let cs = both("chile", "spain");
    let ps = both("portugal", "spain");
    let all: Vec<Rel> = pc.iter().chain(&cs).chain(&ps).cloned().collect();
    check_cases(
        rels,
        &[
            (
                "The minister highlighted the mutual support between Portugal and Chile in recent years.",
                &pc,
            ),
            ("Portugal and Chile had exchanged support during the summit.", &pc),
            ("Chile and Spain support each other in international forums.", &cs),
            (
                "Menteri itu mengapresiasi dukungan timbal balik antara Portugal dan Chile selama ini.",
                &pc,
            ),
            (
                "The minister welcomed the reciprocal support among Portugal, Chile and Spain.",
                &all,
            ),
        ],
    );
}

#[test]
fn mutual_support_of_an_unnamed_pair_and_a_subject() {
    let pc = both("portugal", "chile");
    let cs = both("chile", "spain");
    let ps = both("portugal", "spain");
    let all: Vec<Rel> = pc.iter().chain(&cs).chain(&ps).cloned().collect();
    let planned = [
        with("supports", "portugal", "chile", Modality::Planned),
        with("supports", "chile", "portugal", Modality::Planned),
    ];
    check_cases(
        rels,
        &[
            (
                "Chile merupakan mitra penting Portugal, dan ia mengapresiasi upaya saling dukung kedua negara.",
                &pc,
            ),
            (
                "The minister praised Chile's ties with Portugal and stressed the mutual support between the two countries.",
                &pc,
            ),
            (
                "The Chilean minister praised Portugal and stressed the mutual support between the two countries, as well as among Portugal, Chile and Spain.",
                &all,
            ),
            (
                "Portugal dan Chile akan terus saling mendukung di forum internasional.",
                &planned,
            ),
        ],
    );
}

#[test]
fn no_mutual_support_without_its_parties() {
    check_cases(
        rels,
        &[
            // traps: the subject far from the mutual word; three countries
            // for "the two countries"; a topic of talks; one party only
            (
                "Portugal dan Chile sepakat memperkuat kerja sama ekonomi dan saling dukung di forum internasional.",
                &[],
            ),
            (
                "The minister met envoys of Portugal, Chile and Spain and stressed the mutual support between the two countries.",
                &[],
            ),
            (
                "The two ministers discussed mutual support between Portugal and Chile.",
                &[],
            ),
            ("The minister praised the mutual support of Portugal.", &[]),
            (
                "Menteri itu memuji sikap saling mendukung yang ditunjukkan warga Chile.",
                &[],
            ),
        ],
    );
}

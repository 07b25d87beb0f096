//! Issue 17, thirty-ninth round, part D: mutual support. A `supports`
//! trigger made mutual ("mutual support", "exchanged support", "support
//! each other", "saling mendukung", "dukungan timbal balik") gives support
//! both ways between every two of its parties: a list after "between" or
//! "among" ("antara"), the two countries an unnamed pair ("the two
//! countries", "kedua negara") stands for, or a coordinated subject right
//! before. A state invited: an active invitation verb whose direct object
//! is a country ("mengundang Chile untuk ...", "invited Chile to ...")
//! gives the invitation from its subject to that country. Every sentence
//! is written for the tests, in both languages, with traps that must give
//! no relation.

use super::tests::Rel;
use super::tests_round3::{check_cases, rel, relations_with, with, BUDI};
use crate::base::types::Modality;

/// The relations of `text` (kind `supports`) with three countries.
fn rels(text: &str) -> Vec<Rel> {
    rels_of(text, &["supports"])
}

/// The relations of `text` (kind `invites`) with three countries.
fn invites(text: &str) -> Vec<Rel> {
    rels_of(text, &["invites"])
}

/// The relations of `text` (kinds `kinds`) with three countries.
fn rels_of(text: &str, kinds: &[&str]) -> Vec<Rel> {
    relations_with(
        text,
        &[],
        &[
            ("portugal", "Portugal", "Portuguese"),
            ("chile", "Chile", "Chilean"),
            ("spain", "Spain", "Spanish"),
        ],
        kinds,
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
            (
                "Chile's minister arrived in Portugal on Monday. The minister stressed the mutual support between the two countries, Budi Santoso said.",
                &[rel("supports", "chile", "portugal"), rel("supports", "portugal", "chile")],
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
                "Chile's minister arrived in Portugal and Spain on Monday. The minister stressed the mutual support between the two countries, Budi Santoso said.",
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

#[test]
fn a_state_invited_by_a_person_or_a_state() {
    check_cases(
        invites,
        &[
            (
                "Chile mengundang Portugal untuk berpartisipasi dalam konferensi itu.",
                &[rel("invites", "chile", "portugal")],
            ),
            (
                "Budi Santoso juga mengundang Portugal dan Spain untuk hadir dalam pameran dagang tahun depan.",
                &[rel("invites", BUDI, "portugal"), rel("invites", BUDI, "spain")],
            ),
            (
                "Budi Santoso invited Portugal to Lisbon talks for a next round of consultations.",
                &[rel("invites", BUDI, "portugal")],
            ),
            (
                "Chile berencana mengundang Spain untuk bergabung dalam forum itu.",
                &[with("invites", "chile", "spain", Modality::Planned)],
            ),
        ],
    );
}

#[test]
fn no_state_invited_off_the_direct_object() {
    check_cases(
        invites,
        &[
            // traps: a word between the verb and the country (investment,
            // investors); a country after a preposition; a passive; a call
            // to cooperate or invest
            (
                "Budi Santoso mengundang investasi Chile di bidang pariwisata.",
                &[],
            ),
            (
                "Budi Santoso invited investors from Chile to the forum.",
                &[],
            ),
            ("The invitation to visit Chile came from Budi Santoso.", &[]),
            (
                "Chile diundang untuk berpartisipasi dalam konferensi itu.",
                &[],
            ),
            (
                "Budi Santoso mengundang Chile untuk bekerja sama dengan perusahaan itu.",
                &[],
            ),
            ("Budi Santoso invited Chile to invest in the new port.", &[]),
        ],
    );
}

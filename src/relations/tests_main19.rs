//! Issue 17, nineteenth round, main's share: a relative clause that holds
//! an apposition ("X, who came at the invitation of the King, Y, met Z");
//! local offices as titles; "confer with"; a pronoun after a fronted time
//! phrase; a pair description's persons in text order. Every sentence is
//! written for the tests, with traps.

use super::tests_round3::{
    check_cases, met as m, people_gaz, people_relations_of, rel, relations_of,
    unordered_relations_of, with, BUDI, RINA,
};
use crate::base::types::EntityType;

#[test]
fn an_apposition_inside_a_relative_clause_is_not_the_subject() {
    check_cases(
        |t| people_relations_of(t, &["meets"]),
        &[
            (
                "Budi Santoso , who arrived on Sunday at the invitation of the King , Rina Wati , met Vladimir Putin today .",
                &[m(BUDI, "vladimir-putin")],
            ),
            (
                "Budi Santoso , yang tiba pada Minggu atas undangan Raja , Rina Wati , bertemu Vladimir Putin hari ini .",
                &[m(BUDI, "vladimir-putin")],
            ),
            // the clause closed by its first comma, as before
            (
                "Rina Wati , who arrived on Sunday , met Vladimir Putin today .",
                &[m(RINA, "vladimir-putin")],
            ),
            // traps: a segment that is more than a name ends the clause;
            // a name right after the opening comma is no clause at all
            (
                "Budi Santoso , who arrived on Sunday , and Rina Wati met Vladimir Putin today .",
                &[m(RINA, "vladimir-putin")],
            ),
            (
                "Budi Santoso , who arrived on Sunday , Rina Wati said , met Vladimir Putin today .",
                &[],
            ),
        ],
    );
}

#[test]
fn local_offices_are_titles_before_a_name() {
    // regents, deputies of local heads, chief ministers and the Malay
    // "Datuk Bandar" (mayor) stand between a trigger and its argument
    let g = people_gaz(&[
        ("bali", EntityType::Place, &["Bali"]),
        ("kuala-lumpur", EntityType::Place, &["Kuala Lumpur"]),
        ("medan", EntityType::Place, &["Medan"]),
    ]);
    check_cases(
        |t| unordered_relations_of(t, &g, &["meets", "holds_office"]),
        &[
            (
                "Wali Kota Medan Budi Santoso menerima kunjungan Datuk Bandar Kuala Lumpur Dato' Rina Wati di Medan .",
                &[m(BUDI, RINA)],
            ),
            (
                "Bupati Bogor Budi Santoso menerima kunjungan Rina Wati pada Senin .",
                &[m(BUDI, RINA)],
            ),
            (
                "Budi Santoso bertemu Wakil Gubernur Bali Rina Wati di Denpasar .",
                &[m(BUDI, RINA)],
            ),
            (
                "Penang Chief Minister Budi Santoso received Deputy Mayor Rina Wati on Monday .",
                &[m(BUDI, RINA)],
            ),
            // a local office gives no holds_office, even with a country
            ("Bupati Indonesia Budi Santoso tiba .", &[]),
        ],
    );
}

#[test]
fn conferring_with_someone_is_a_meeting() {
    check_cases(
        |t| people_relations_of(t, &["meets"]),
        &[
            (
                "Budi Santoso conferred with Rina Wati and Vladimir Putin on Monday .",
                &[m(BUDI, RINA), m(BUDI, "vladimir-putin")],
            ),
            (
                "Budi Santoso will confer with Rina Wati next week .",
                &[with("meets", BUDI, RINA, super::tests::P)],
            ),
            // traps: the noun, and conferring a thing on someone
            ("Budi Santoso held a press conference with Rina Wati .", &[]),
            ("Budi Santoso conferred the award on Rina Wati .", &[]),
            (
                "The title was conferred on Rina Wati by Budi Santoso .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_pronoun_after_a_fronted_time_phrase_still_opens_its_sentence() {
    check_cases(
        |t| people_relations_of(t, &["meets"]),
        &[
            (
                "Budi Santoso met Rina Wati on Monday . Later in the day he conferred with Vladimir Putin .",
                &[m(BUDI, RINA), m(BUDI, "vladimir-putin")],
            ),
            (
                "Budi Santoso bertemu Rina Wati pada Senin . Pada hari yang sama , ia bertemu Vladimir Putin .",
                &[m(BUDI, RINA), m(BUDI, "vladimir-putin")],
            ),
            // traps: words that are no time phrase; "Setelah itu" (a
            // next step whose plan the rule cannot see)
            (
                "Budi Santoso met Rina Wati on Monday . After the talks he met Vladimir Putin .",
                &[m(BUDI, RINA)],
            ),
            (
                "Budi Santoso bertemu Rina Wati pada Senin . Setelah itu ia bertemu Vladimir Putin .",
                &[m(BUDI, RINA)],
            ),
        ],
    );
}

#[test]
fn a_pair_description_gives_its_signatories_in_text_order() {
    // the gold's policy for signs: signatory with signatory in the order
    // the text named them (the pair was in gazetteer order before)
    let g = people_gaz(&[]);
    for (text, a, b) in [
        (
            "Budi Santoso hosted Rina Wati on Monday . The two ministers signed an agreement .",
            BUDI,
            RINA,
        ),
        (
            "Rina Wati hosted Budi Santoso on Monday . The two ministers signed an agreement .",
            RINA,
            BUDI,
        ),
    ] {
        let got = relations_of(text, &g, &["signs"]);
        assert_eq!(got, vec![rel("signs", a, b)], "{text}");
    }
}

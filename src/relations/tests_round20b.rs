//! Issue 17, twentieth round, part B: offices and the event kinds. A
//! minister's portfolio in more words than the office data holds, before
//! its country or after its owner; a rank's branch is no organisation of
//! the title before it; forces standing for their state and the place of
//! a struck object; conjuncts introduced again by a preposition or a
//! description; sanctions under consideration; support for a candidacy
//! and a target phrase naming no entity. Every sentence is written for
//! the tests, in both languages where the rule has both, with traps that
//! must give no relation (or not the wrong one).

use super::tests::{Rel, A, P};
use super::tests_round3::{
    check_cases, office as h, people_gaz, unordered_relations_of, with, BUDI, RINA,
};
use crate::base::types::EntityType;

/// The relations of `text` (kinds in `kinds`) with the two people and an
/// organisation (TNI) known.
fn rels(text: &str, kinds: &[&str]) -> Vec<Rel> {
    let g = people_gaz(&[("tni", EntityType::Organisation, &["TNI"])]);
    unordered_relations_of(text, &g, kinds)
}

#[test]
fn a_portfolio_in_more_words_reaches_its_country() {
    check_cases(
        |t| rels(t, &["holds_office"]),
        &[
            (
                "Menteri Perdagangan Luar Negeri dan Pariwisata Rusia , Budi Santoso , tiba di Jakarta .",
                &[h(BUDI, "russia")],
            ),
            (
                "Wakil Menteri Kesehatan Iran Rina Wati membuka forum itu .",
                &[h(RINA, "iran")],
            ),
            (
                "Ukraine's Health and Family Welfare Minister Budi Santoso arrived on Monday .",
                &[h(BUDI, "ukraine")],
            ),
            (
                "China's Culture , Tourism and Civil Aviation Minister Rina Wati spoke first .",
                &[h(RINA, "china")],
            ),
            (
                "Budi Santoso , Ambassador of Russia to Ukraine and China , met Rina Wati .",
                &[h(BUDI, "russia")],
            ),
            // traps: a title that heads no portfolio does not run on to a
            // country (a company's, a province's office); with no owner
            // the English run gives none; a rank's branch is no
            // organisation of the title before it
            (
                "Presiden Direktur Freeport Indonesia Budi Santoso tiba di Jakarta .",
                &[],
            ),
            (
                "Kepala Dinas Pariwisata Rusia Rina Wati membuka forum itu .",
                &[],
            ),
            (
                "The Health and Family Welfare Minister Budi Santoso arrived on Monday .",
                &[],
            ),
            (
                "Menurut Kepala Biro Informasi Pertahanan Brigjen TNI Budi Santoso , latihan itu selesai .",
                &[],
            ),
            (
                "Budi Santoso , Ambassador of Russia to Ukraine and China wrote .",
                &[],
            ),
        ],
    );
}

#[test]
fn forces_stand_for_their_state_and_a_struck_object_has_its_place() {
    check_cases(
        |t| rels(t, &["attacks"]),
        &[
            (
                "Pasukan Rusia melancarkan serangan roket ke Kursk .",
                &[with("attacks", "russia", "kursk", A)],
            ),
            (
                "Rusia melancarkan serangan roket multi-laras ke Kursk .",
                &[with("attacks", "russia", "kursk", A)],
            ),
            (
                "Russia shelled villages in Kursk and Vladivostok on Sunday .",
                &[
                    with("attacks", "russia", "kursk", A),
                    with("attacks", "russia", "vladivostok", A),
                ],
            ),
            (
                "Russian troops struck buildings in Kursk .",
                &[with("attacks", "russia", "kursk", A)],
            ),
            // traps: a named object comes first; a noun's "in" places the
            // attack; a person after "pasukan" is no state
            (
                "Russia attacked Ukraine in March .",
                &[with("attacks", "russia", "ukraine", A)],
            ),
            ("Russia denied that its shelling in Kursk went on .", &[]),
            ("Pasukan Budi Santoso melancarkan serangan ke Kursk .", &[]),
        ],
    );
}

#[test]
fn a_conjunct_may_repeat_its_preposition_or_come_described() {
    let s = |a: &str| with("sanctions", "united-states", a, A);
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "Amerika Serikat menjatuhkan sanksi terhadap Budi Santoso dan politikus Rina Wati .",
                &[s(BUDI), s(RINA)],
            ),
            (
                "The United States imposed sanctions against Budi Santoso and against a former police officer , Rina Wati .",
                &[s(BUDI), s(RINA)],
            ),
            (
                "The United States imposed sanctions on Budi Santoso and on Rina Wati .",
                &[s(BUDI), s(RINA)],
            ),
            // traps: a name after the comma that does not close the clause
            // is a speaker; a verb is no description
            (
                "The United States imposed sanctions against Budi Santoso and his allies , Rina Wati said .",
                &[s(BUDI)],
            ),
            (
                "The United States imposed sanctions against Budi Santoso and warned Rina Wati .",
                &[s(BUDI)],
            ),
        ],
    );
}

#[test]
fn sanctions_under_consideration_are_planned() {
    let s = |a: &str, m| with("sanctions", "united-states", a, m);
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "Amerika Serikat sedang mempertimbangkan sanksi terhadap Budi Santoso .",
                &[s(BUDI, P)],
            ),
            (
                "The United States is considering sanctions on Rina Wati .",
                &[s(RINA, P)],
            ),
            // trap: sanctions imposed stay asserted
            (
                "Amerika Serikat menjatuhkan sanksi terhadap Budi Santoso .",
                &[s(BUDI, A)],
            ),
        ],
    );
}

#[test]
fn a_candidacy_or_a_body_of_people_is_no_target() {
    check_cases(
        |t| rels(t, &["supports", "sanctions"]),
        &[
            (
                "Rusia menyatakan dukungan terhadap pencalonan Indonesia sebagai anggota Dewan Keamanan .",
                &[],
            ),
            ("Russia voiced its support for Indonesia's candidacy .", &[]),
            (
                "Budi Santoso mengecam sanksi baru Amerika Serikat terhadap polisi moral Iran .",
                &[],
            ),
            (
                "Budi Santoso criticised new American sanctions against Iran's police .",
                &[],
            ),
            // traps: support for the state itself and sanctions on the
            // state stay
            (
                "Rusia menyatakan dukungan terhadap Indonesia .",
                &[with("supports", "russia", "indonesia", A)],
            ),
            (
                "Amerika Serikat menjatuhkan sanksi terhadap Iran .",
                &[with("sanctions", "united-states", "iran", A)],
            ),
        ],
    );
}

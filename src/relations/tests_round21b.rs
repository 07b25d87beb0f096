//! Issue 17, twenty-first round, part B: sanctions, attacks, aid,
//! criticism, offices and places. Every sentence is written for the
//! tests, in both languages where the rule has both, with traps that must
//! give no relation (or not the wrong one).

use super::tests::{Rel, A};
use super::tests_round3::{check_cases, people_gaz, unordered_relations_of, with, BUDI, RINA};
use crate::base::types::EntityType;

/// The relations of `text` (kinds in `kinds`) with the two people and an
/// organisation (the Rapid Force) known.
fn rels(text: &str, kinds: &[&str]) -> Vec<Rel> {
    let g = people_gaz(&[("rapid-force", EntityType::Organisation, &["Rapid Force"])]);
    unordered_relations_of(text, &g, kinds)
}

#[test]
fn the_named_parties_of_a_sanction_after_including() {
    let s = |a: &str| with("sanctions", "united-states", a, A);
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "The United States imposed sanctions on eight officials , including Budi Santoso and Rina Wati .",
                &[s(BUDI), s(RINA)],
            ),
            (
                "Amerika Serikat menjatuhkan sanksi terhadap enam pejabat , termasuk Budi Santoso .",
                &[s(BUDI)],
            ),
            // traps: a person inside a phrase of the list is no party, nor
            // is one after an including that follows another act
            (
                "The United States imposed sanctions on eight officials over abuses , including the killing of Budi Santoso .",
                &[],
            ),
            (
                "Amerika Serikat menjatuhkan sanksi terhadap delapan pejabat dan memuji enam diplomat , termasuk Budi Santoso .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_name_apposed_to_a_described_target_is_sanctioned() {
    let s = |a: &str| with("sanctions", "united-states", a, A);
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "The United States imposed sanctions on the deputy leader of Russia's Rapid Force ( RF ) , Budi Santoso , over abuses .",
                &[s(BUDI)],
            ),
            (
                "The United States has imposed sanctions on the leader of the army , General Rina Wati .",
                &[s(RINA)],
            ),
            (
                "Amerika Serikat menjatuhkan sanksi terhadap wakil pemimpin Rapid Force , Budi Santoso , atas pelanggaran itu .",
                &[s(BUDI)],
            ),
            // traps: a name that opens a clause of its own ("X said"), a
            // name right after the preposition (read as before), a
            // relative clause in the description
            (
                "The United States imposed sanctions on the oil sector of Iran , Budi Santoso said .",
                &[with("sanctions", "united-states", "iran", A)],
            ),
            (
                "Amerika Serikat menjatuhkan sanksi terhadap sektor minyak , kata Budi Santoso .",
                &[],
            ),
            (
                "The United States imposed sanctions on the men who attacked the port , Rina Wati .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_sanctions_list_may_follow_a_few_sentences_later() {
    let s = |a: &str| with("sanctions", "united-states", a, A);
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "Amerika Serikat menjatuhkan sanksi terhadap enam jenderal . Sanksi itu melarang mereka bepergian . Langkah itu disambut baik . Lima jenderal lain yang dijatuhi sanksi adalah Budi Santoso dan Rina Wati .",
                &[s(BUDI), s(RINA)],
            ),
            (
                "The United States imposed sanctions on six generals . The move was welcomed . Also sanctioned were Budi Santoso and Rina Wati .",
                &[s(BUDI), s(RINA)],
            ),
            // trap: a list four sentences after the sanction is no longer
            // its list
            (
                "Amerika Serikat menjatuhkan sanksi terhadap enam jenderal . Sanksi itu melarang mereka bepergian . Langkah itu disambut baik . Rapat itu selesai . Lima jenderal lain yang dijatuhi sanksi adalah Budi Santoso dan Rina Wati .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_department_officer_below_its_secretary_holds_an_office() {
    let h = |a: &str, c: &str| with("holds_office", a, c, A);
    check_cases(
        |t| rels(t, &["holds_office"]),
        &[
            (
                "Budi Santoso , Russia's Assistant Secretary of Commerce , met Rina Wati .",
                &[h(BUDI, "russia")],
            ),
            (
                "China's Under Secretary of State Rina Wati arrived on Monday .",
                &[h(RINA, "china")],
            ),
            // trap: the title with no country names no office
            (
                "The Assistant Secretary of Commerce , Budi Santoso , spoke first .",
                &[],
            ),
        ],
    );
}

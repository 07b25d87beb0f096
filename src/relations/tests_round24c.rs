//! Issue 17, twenty-fourth round, part C: sanctions, aid, offices,
//! signing, criticism. Every sentence is written for the tests, in both
//! languages where the rule has both, with traps that must give no
//! relation (or not the wrong one).

use super::tests::Rel;
use super::tests_round3::{check_cases, people_gaz, rel, unordered_relations_of, BUDI, RINA};
use crate::base::types::EntityType;

/// The relations of `text` (kinds in `kinds`) with the two people, a
/// third one (Sari Dewi) and a few firms known.
fn rels(text: &str, kinds: &[&str]) -> Vec<Rel> {
    let g = people_gaz(&[
        ("sari-dewi", EntityType::Person, &["Sari Dewi"]),
        (
            "alpha-trading",
            EntityType::Organisation,
            &["Alpha Trading", "Alpha Trading L.L.C"],
        ),
        ("beta-arms", EntityType::Organisation, &["Beta Arms"]),
        ("gamma-group", EntityType::Organisation, &["Gamma Group"]),
        ("rapid-force", EntityType::Organisation, &["Rapid Force"]),
        (
            "transitional-council",
            EntityType::Organisation,
            &["Transitional Council"],
        ),
    ]);
    unordered_relations_of(text, &g, kinds)
}

#[test]
fn sanction_targets_named_in_a_later_sentence() {
    let s = |a: &str| rel("sanctions", "united-states", a);
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "The United States imposed sanctions on two officials and a firm . The Treasury Department said it had blacklisted Budi Santoso , Rina Wati and the Alpha Trading company .",
                &[s(BUDI), s(RINA), s("alpha-trading")],
            ),
            (
                "Amerika Serikat menjatuhkan sanksi terhadap tiga perusahaan . Departemen Keuangan Amerika Serikat menyasar perusahaan Alpha Trading L.L.C yang dikendalikan komandan Rapid Force , serta perusahaan senjata Beta Arms .",
                &[s("alpha-trading"), s("beta-arms")],
            ),
            (
                "The United States imposed sanctions on four officials . Among them are Budi Santoso , the president of the Transitional Council , Rina Wati , and two ministers .",
                &[s(BUDI), s(RINA)],
            ),
            // traps: another party's verb; no sanction before; a relative
            // clause's own name
            (
                "The United States imposed sanctions on two officials . Russia said it had targeted Budi Santoso .",
                &[],
            ),
            (
                "The Treasury Department said it had targeted Budi Santoso .",
                &[],
            ),
            (
                "Amerika Serikat menjatuhkan sanksi terhadap dua perusahaan . Departemen Keuangan Amerika Serikat menyasar perusahaan Alpha Trading yang dikendalikan Gamma Group .",
                &[s("alpha-trading")],
            ),
        ],
    );
}

#[test]
fn a_sanctions_list_after_a_sentence_of_no_other_event() {
    let s = |a: &str| rel("sanctions", "united-states", a);
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "The United States imposed sanctions on four officials . The member states said the targets were sanctioned for acts that undermine the peace . Among them are Budi Santoso and Rina Wati .",
                &[s(BUDI), s(RINA)],
            ),
            // a news agency the report is attributed to imposes nothing
            (
                "Amerika Serikat menjatuhkan sanksi baru terhadap China . Menurut kantor berita Gamma Group , dua perusahaan ditambahkan ke daftar sanksi . Entitas yang terkena sanksi adalah perusahaan Alpha Trading dan perusahaan Beta Arms .",
                &[s("china"), s("alpha-trading"), s("beta-arms")],
            ),
            // traps: a sentence of another event ends the reach; a list
            // with no sanction before
            (
                "The United States imposed sanctions on the junta's officials . Budi Santoso met Rina Wati in Jakarta . Among them are Sari Dewi .",
                &[],
            ),
            ("Among them are Budi Santoso and Rina Wati .", &[]),
        ],
    );
}

//! Issue 17, twenty-sixth round, part D: a kin noun before a name, support
//! requested, and the purpose of a planned act. Every sentence is written
//! for the tests, in both languages where the rule has both, with traps
//! that must give no relation (or not the wrong one).

use super::tests::{push_countries, Rel, P};
use super::tests_round3::{check_cases, people_gaz, rel, unordered_relations_of, with, BUDI, RINA};

/// The relations of `text` (kinds in `kinds`) with the two people and two
/// countries (with demonyms, the index's test for a country).
fn rels(text: &str, kinds: &[&str]) -> Vec<Rel> {
    let mut g = people_gaz(&[]);
    push_countries(
        &mut g,
        &[
            ("portugal", "Portugal", "Portuguese"),
            ("chile", "Chile", "Chilean"),
        ],
    );
    unordered_relations_of(text, &g, kinds)
}

#[test]
fn a_kin_noun_makes_the_name_after_it_no_target() {
    let s = |a: &str, b: &str| rel("sanctions", a, b);
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "Chile menjatuhkan sanksi terhadap putra Presiden Budi Santoso, Senin.",
                &[],
            ),
            (
                "Chile imposed sanctions on the daughter of Budi Santoso on Monday.",
                &[],
            ),
            // traps: the name itself, and a title led by a kin word
            (
                "Chile menjatuhkan sanksi terhadap Budi Santoso, Senin.",
                &[s("chile", BUDI)],
            ),
            (
                "Chile imposed sanctions on Budi Santoso on Monday.",
                &[s("chile", BUDI)],
            ),
        ],
    );
}

#[test]
fn support_asked_for_is_none_given() {
    let s = |a: &str, b: &str| rel("supports", a, b);
    check_cases(
        |t| rels(t, &["supports"]),
        &[
            (
                "Dalam pertemuan itu, Chile meminta dukungan Portugal bagi pencalonannya.",
                &[],
            ),
            (
                "Budi Santoso meminta Rina Wati mendukung Chile di bidang energi.",
                &[],
            ),
            (
                "Chile asked Portugal to support its bid for the council seat.",
                &[],
            ),
            ("Chile sought support from Portugal for the plan.", &[]),
            // traps: support given, told or reported
            (
                "Budi Santoso mengatakan Portugal mendukung Chile di bidang energi.",
                &[s("portugal", "chile")],
            ),
            (
                "Portugal supports Chile in the energy talks, Budi Santoso said.",
                &[s("portugal", "chile")],
            ),
        ],
    );
}

#[test]
fn the_purpose_of_a_planned_act_is_planned() {
    let i = |a: &str, b: &str| rel("invites", a, b);
    let pi = |a: &str, b: &str| with("invites", a, b, P);
    check_cases(
        |t| rels(t, &["invites"]),
        &[
            (
                "Budi Santoso akan berkoordinasi dengan menteri luar negeri untuk mengundang Rina Wati menghadiri perayaan itu.",
                &[pi(BUDI, RINA)],
            ),
            (
                "Budi Santoso will work with the foreign ministry to invite Rina Wati to the festival.",
                &[pi(BUDI, RINA)],
            ),
            // traps: a purpose of an act done, and a plan in another clause
            (
                "Budi Santoso berkoordinasi dengan menteri luar negeri untuk mengundang Rina Wati menghadiri perayaan itu.",
                &[i(BUDI, RINA)],
            ),
            (
                "Meski pesta akan digelar bulan depan, Budi Santoso menelepon untuk mengundang Rina Wati menghadiri perayaan itu.",
                &[i(BUDI, RINA)],
            ),
        ],
    );
}

#[test]
fn a_pair_with_an_unnamed_first_member_gives_no_signing() {
    let s = |a: &str, b: &str| rel("signs", a, b);
    check_cases(
        |t| rels(t, &["signs"]),
        &[
            (
                "Budi Santoso mengusulkan nota kesepahaman antara salah satu kota di Chile dengan Kota Portugal.",
                &[],
            ),
            // traps: a named pair, and a signing with no pair phrase
            (
                "Budi Santoso menyaksikan nota kesepahaman antara Chile dengan Portugal.",
                &[s("chile", "portugal")],
            ),
            (
                "Budi Santoso menandatangani nota kesepahaman dengan Rina Wati di Malang.",
                &[s(BUDI, RINA)],
            ),
        ],
    );
}

#[test]
fn people_of_a_state_are_no_sanctioned_state() {
    let s = |a: &str, b: &str| rel("sanctions", a, b);
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "Chile imposed sanctions on two current and former Portuguese senators on Friday.",
                &[],
            ),
            (
                "Chile menjatuhkan sanksi terhadap dua senator Portugal.",
                &[],
            ),
            // trap: the state itself
            (
                "Chile imposed sanctions on Portugal on Friday.",
                &[s("chile", "portugal")],
            ),
        ],
    );
}

#[test]
fn a_bare_trigger_after_a_noun_lead_is_a_noun() {
    let a = |x: &str, y: &str| rel("attacks", x, y);
    check_cases(
        |t| rels(t, &["attacks"]),
        &[
            // the clause's subject condemns; the bombing has no named owner
            (
                "Pemerintah Chile mengecam aksi bom bunuh diri di Portugal, Sabtu.",
                &[],
            ),
            // trap: a verb of its own
            ("Chile mengebom Portugal, Sabtu.", &[a("chile", "portugal")]),
        ],
    );
}

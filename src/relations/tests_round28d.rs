//! Issue 17, twenty-eighth round, part D: support of a state's cause, a
//! grant signed as aid given, the party thanked for its support of
//! another, and an unnamed pair as the subject of a signing. Every
//! sentence is written for the tests, in both languages where the rule
//! has both, with traps that must give no relation (or not the wrong one).

use super::tests::Rel;
use super::tests_round3::{check_cases, rel, relations_with, BUDI, RINA};

/// The relations of `text` (kinds in `kinds`) with two countries (with
/// demonyms) besides the two people of the test tables.
fn rels(text: &str, kinds: &[&str]) -> Vec<Rel> {
    relations_with(
        text,
        &[],
        &[
            ("portugal", "Portugal", "Portuguese"),
            ("chile", "Chile", "Chilean"),
        ],
        kinds,
    )
}

#[test]
fn support_for_a_states_cause_supports_no_state() {
    check_cases(
        |t| rels(t, &["supports"]),
        &[
            (
                "Budi Santoso voiced his support for the reunification of Chile.",
                &[],
            ),
            (
                "Budi Santoso menyatakan dukungan bagi reunifikasi Chile.",
                &[],
            ),
            // traps: the state itself is still supported
            (
                "Budi Santoso voiced support for Chile.",
                &[rel("supports", BUDI, "chile")],
            ),
            (
                "Budi Santoso menyatakan dukungan bagi Chile.",
                &[rel("supports", BUDI, "chile")],
            ),
        ],
    );
}

#[test]
fn a_grant_signed_is_support_given() {
    let given = || vec![rel("supports", "portugal", "chile")];
    check_cases(
        |t| rels(t, &["signs", "supports"]),
        &[
            (
                "Portugal menandatangani perjanjian hibah dengan Chile.",
                &given(),
            ),
            ("Portugal signed a grant agreement with Chile.", &given()),
            // traps: any other agreement is signed
            (
                "Portugal menandatangani perjanjian perdagangan dengan Chile.",
                &[rel("signs", "chile", "portugal")],
            ),
            (
                "Portugal signed a trade agreement with Chile.",
                &[rel("signs", "chile", "portugal")],
            ),
        ],
    );
}

#[test]
fn the_party_thanked_owns_its_support_of_another() {
    check_cases(
        |t| rels(t, &["supports"]),
        &[
            (
                "Budi Santoso thanked Portugal for its support of Chile.",
                &[rel("supports", "portugal", "chile")],
            ),
            // traps: an owner not thanked is unknown, and the object is
            // never the owner
            (
                "Budi Santoso praised Portugal for its support of Chile.",
                &[],
            ),
            ("Its support of Chile was praised by Budi Santoso.", &[]),
        ],
    );
}

#[test]
fn an_unnamed_pair_signs_for_no_one_named_before() {
    check_cases(
        |t| rels(t, &["signs"]),
        &[
            (
                "Budi Santoso mengajak Portugal berinvestasi di Chile, dan Rina Wati berharap kedua negara segera membuat nota kesepahaman.",
                &[],
            ),
            (
                "Budi Santoso urged Portugal to invest in Chile, and Rina Wati hoped the two countries would soon sign a memorandum.",
                &[],
            ),
            // traps: named signatories still sign
            (
                "Portugal dan Chile segera membuat nota kesepahaman.",
                &[rel("signs", "chile", "portugal")],
            ),
            (
                "Budi Santoso and Rina Wati signed a memorandum.",
                &[rel("signs", BUDI, RINA)],
            ),
        ],
    );
}

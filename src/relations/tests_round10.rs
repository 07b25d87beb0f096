//! Issue 17, tenth round: the party of an object that names something of
//! it, after a stance verb ("mengecam kebijakan X", "criticised the
//! policies of X"), and the coordinated agents of a passive signing
//! ("diteken X dan Y", "signed by X and Y"). Every sentence is written
//! for the tests, in both languages.

use super::tests::{gaz, Rel};
use super::tests_round3::{add, add_people, check_cases, rel, relations_of};
use crate::base::types::EntityType;

/// The relations of `text` (kinds in `kinds`), with a gazetteer that also
/// knows a party, a union, a town and two people of no office.
fn run10(text: &str, kinds: &[&str]) -> Vec<Rel> {
    let mut g = gaz();
    let org = EntityType::Organisation;
    add(&mut g, "partai-maju", org, &["Partai Maju"]);
    add(&mut g, "serikat-nelayan", org, &["Serikat Nelayan"]);
    add(&mut g, "bogor", EntityType::Place, &["Bogor"]);
    add_people(&mut g);
    relations_of(text, &g, kinds)
}

fn table(kinds: &[&str], cases: &[(&str, &[Rel])]) {
    check_cases(|t| run10(t, kinds), cases);
}

#[test]
fn a_stance_verb_reaches_the_party_of_its_object() {
    let c = |a: &str, b: &str| rel("criticizes", a, b);
    let s = |a: &str, b: &str| rel("supports", a, b);
    table(
        &["criticizes", "supports"],
        &[
            (
                "Serikat Nelayan mengkritik gaya kepemimpinan Budi Santoso .",
                &[c("serikat-nelayan", "budi-santoso")],
            ),
            (
                "Rina Wati mengecam kebijakan Partai Maju soal pajak .",
                &[c("rina-wati", "partai-maju")],
            ),
            (
                "Rina Wati mendukung permintaan Budi Santoso agar rapat ditunda .",
                &[s("rina-wati", "budi-santoso")],
            ),
            (
                "Serikat Nelayan criticised the policies of Budi Santoso .",
                &[c("serikat-nelayan", "budi-santoso")],
            ),
            (
                "Rina Wati condemned the decision by Partai Maju .",
                &[c("rina-wati", "partai-maju")],
            ),
            (
                "Rina Wati supported the request of Budi Santoso .",
                &[s("rina-wati", "budi-santoso")],
            ),
            // other words before the name: not a possessed object, none
            ("Rina Wati mengecam warga yang memilih Budi Santoso .", &[]),
            ("Rina Wati criticised voters who chose Budi Santoso .", &[]),
            // a preposition after the object: the name is elsewhere
            ("Rina Wati mengecam kebijakan di Bogor .", &[]),
            ("Rina Wati condemned the policy in Bogor .", &[]),
        ],
    );
}

#[test]
fn a_possessed_object_is_no_target_of_other_kinds() {
    table(
        &["meets", "visits"],
        &[
            ("Rina Wati menemui keluarga Budi Santoso di Bogor .", &[]),
            ("Rina Wati met the family of Budi Santoso .", &[]),
        ],
    );
}

#[test]
fn the_coordinated_agents_of_a_passive_signing_are_its_parties() {
    let g = |a: &str, b: &str| rel("signs", a, b);
    table(
        &["signs"],
        &[
            (
                "Nota kesepahaman itu diteken Budi Santoso dan Rina Wati .",
                &[g("budi-santoso", "rina-wati")],
            ),
            (
                "Perjanjian itu ditandatangani oleh Budi Santoso dan Rina Wati di Bogor .",
                &[g("budi-santoso", "rina-wati")],
            ),
            (
                "The memorandum was signed by Budi Santoso and Rina Wati .",
                &[g("budi-santoso", "rina-wati")],
            ),
            (
                "The deal was signed by Budi Santoso and Rina Wati in Bogor .",
                &[g("budi-santoso", "rina-wati")],
            ),
            // one agent only: no pair
            ("Nota kesepahaman itu diteken Budi Santoso .", &[]),
            ("The memorandum was signed by Budi Santoso .", &[]),
        ],
    );
}

#[test]
fn the_agents_of_a_passive_meeting_are_no_pair() {
    table(
        &["meets"],
        &[
            ("Mereka diterima Budi Santoso dan Rina Wati .", &[]),
            ("They were received by Budi Santoso and Rina Wati .", &[]),
        ],
    );
}

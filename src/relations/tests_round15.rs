//! Issue 17, fifteenth round: the parties a sanctions list names, in the
//! sentence after the sanction ("Among those designated are X and Y", "Di
//! antara mereka yang dikenai sanksi adalah X dan Y", "The move targeted
//! X", "Sanksi itu menargetkan X") or in a participle after a comma in its
//! own sentence ("imposed sanctions on the junta , targeting X",
//! "menjatuhkan sanksi terhadap junta , menargetkan X"); a reception
//! whose subject is an arrival meets the one arriving ("Kedatangannya
//! disambut oleh Y", "X's arrival was welcomed by Y"). Every sentence is
//! written for the tests, in both languages, with traps that must give no
//! relation and texts ending right after the argument.

use super::tests::{gaz, Rel, A, P};
use super::tests_round3::{add, add_people, check_cases, relations_of, with};
use crate::base::types::EntityType;

/// The relations of `text` (kinds in `kinds`), with a gazetteer that also
/// knows a bank, an election commission and two people of no office.
fn run15(text: &str, kinds: &[&str]) -> Vec<Rel> {
    let mut g = gaz();
    let org = EntityType::Organisation;
    add(&mut g, "bank-maju", org, &["Bank Maju"]);
    add(
        &mut g,
        "komisi-pemilu",
        org,
        &["Komisi Pemilu", "Election Commission"],
    );
    add_people(&mut g);
    relations_of(text, &g, kinds)
}

fn s(b: &str) -> Rel {
    with("sanctions", "united-states", b, A)
}

fn sp(b: &str) -> Rel {
    with("sanctions", "united-states", b, P)
}

#[test]
fn the_parties_of_a_sanctions_list_in_english() {
    let cases: &[(&str, &[Rel])] = &[
        (
            "The United States on Thursday sanctioned 10 military officials , Antony Blinken said . Among those designated are Budi Santoso and Rina Wati .",
            &[s("budi-santoso"), s("rina-wati")],
        ),
        (
            "The United States imposed sanctions on two generals , Antony Blinken said . Those designated include Budi Santoso , who met Rina Wati in Moscow .",
            &[s("budi-santoso")],
        ),
        (
            "The United States imposed sanctions on two generals , Antony Blinken said . The Treasury said the move targeted Budi Santoso and Rina Wati .",
            &[s("budi-santoso"), s("rina-wati")],
        ),
        (
            "The United States imposed fresh sanctions on the junta , targeting Bank Maju and 13 officials .",
            &[s("bank-maju")],
        ),
        (
            "Antony Blinken said the United States will impose sanctions on 32 officials next week . Among those listed is Budi Santoso .",
            &[sp("budi-santoso")],
        ),
        // the text ends right after the name, or right after the phrase
        (
            "The United States sanctioned 10 officials , Antony Blinken said . Among those designated is Budi Santoso",
            &[s("budi-santoso")],
        ),
        (
            "The United States imposed sanctions on the junta , targeting Bank Maju",
            &[s("bank-maju")],
        ),
        ("The United States sanctioned 10 officials , Antony Blinken said . Among those designated are", &[]),
        ("The United States sanctioned Iran , targeting", &[s("iran")]),
        // traps: no sanction before, a sentence between, an owner, another
        // trigger's participle
        ("Among those designated are Budi Santoso and Rina Wati .", &[]),
        (
            "The United States sanctioned 10 officials , Antony Blinken said . Budi Santoso met Rina Wati in Moscow . Among those designated is Bank Maju .",
            &[],
        ),
        (
            "The United States sanctioned 10 officials , Antony Blinken said . Those blacklisted include the chairman of the Election Commission .",
            &[],
        ),
        ("The United States attacked Kursk , targeting Bank Maju .", &[]),
        (
            "Budi Santoso visited Moscow . Among those listed is Rina Wati , Budi Santoso said .",
            &[],
        ),
    ];
    check_cases(|t| run15(t, &["sanctions"]), cases);
}

#[test]
fn the_parties_of_a_sanctions_list_in_indonesian() {
    let cases: &[(&str, &[Rel])] = &[
        (
            "Amerika Serikat menjatuhkan sanksi terhadap 10 pejabat militer , kata Antony Blinken . Di antara mereka yang dikenai sanksi adalah Budi Santoso dan Rina Wati .",
            &[s("budi-santoso"), s("rina-wati")],
        ),
        (
            "Amerika Serikat menjatuhkan sanksi baru terhadap junta , menargetkan Bank Maju dan 13 pejabat .",
            &[s("bank-maju")],
        ),
        (
            "Amerika Serikat menjatuhkan sanksi terhadap dua jenderal , kata Antony Blinken . Mereka yang disanksi termasuk Budi Santoso , yang bertemu Rina Wati di Moskow .",
            &[s("budi-santoso")],
        ),
        (
            "Amerika Serikat akan menjatuhkan sanksi terhadap dua jenderal , kata Antony Blinken . Sanksi itu menargetkan Budi Santoso dan Rina Wati .",
            &[sp("budi-santoso"), sp("rina-wati")],
        ),
        // the text ends right after the name, or right after the phrase
        (
            "Amerika Serikat menjatuhkan sanksi terhadap dua jenderal , kata Antony Blinken . Sanksi itu menargetkan Budi Santoso",
            &[s("budi-santoso")],
        ),
        (
            "Amerika Serikat menjatuhkan sanksi terhadap junta , menargetkan Bank Maju",
            &[s("bank-maju")],
        ),
        ("Amerika Serikat menjatuhkan sanksi terhadap dua jenderal , kata Antony Blinken . Sanksi itu menargetkan", &[]),
        // traps: no sanction before, an owner after a noun, another
        // trigger's participle
        ("Di antara mereka yang dikenai sanksi adalah Budi Santoso .", &[]),
        (
            "Amerika Serikat menjatuhkan sanksi terhadap dua pejabat , kata Antony Blinken . Mereka yang disanksi termasuk ketua Komisi Pemilu .",
            &[],
        ),
        ("Amerika Serikat menyerang Kursk , menargetkan Bank Maju .", &[]),
        (
            "Budi Santoso tiba di Moskow . Sanksi itu menargetkan Rina Wati .",
            &[],
        ),
    ];
    check_cases(|t| run15(t, &["sanctions"]), cases);
}

#[test]
fn a_reception_of_an_arrival_meets_the_one_arriving() {
    let m = |a: &str, b: &str| with("meets", a, b, A);
    let cases: &[(&str, &[Rel])] = &[
        (
            "Vladimir Putin tiba di Pyongyang . Kedatangannya disambut langsung oleh Kim Jong Un .",
            &[m("kim-jong-un", "vladimir-putin")],
        ),
        (
            "Pada Senin , kedatangan Vladimir Putin disambut oleh Kim Jong Un di bandara .",
            &[m("kim-jong-un", "vladimir-putin")],
        ),
        (
            "Putin's arrival was welcomed by Kim Jong Un at the airport .",
            &[m("kim-jong-un", "vladimir-putin")],
        ),
        // the text ends right after the agent
        (
            "Pada Senin , kedatangan Putin disambut oleh Kim Jong Un",
            &[m("kim-jong-un", "vladimir-putin")],
        ),
        (
            "Putin's arrival was greeted by Kim Jong Un",
            &[m("kim-jong-un", "vladimir-putin")],
        ),
        // traps: no agent named, no reception, no arrival
        ("Pada Senin , kedatangan Putin disambut oleh warga .", &[]),
        (
            "Pada Senin , kedatangan Putin dibahas oleh Kim Jong Un .",
            &[],
        ),
        (
            "Pada Senin , kebijakan Putin disambut oleh Kim Jong Un .",
            &[],
        ),
        ("Putin's plan was welcomed by Kim Jong Un .", &[]),
        ("Kedatangannya disambut oleh", &[]),
    ];
    check_cases(|t| run15(t, &["meets"]), cases);
}

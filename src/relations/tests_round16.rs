//! Issue 17, sixteenth round: credentials presented and received are a
//! meeting ("presented his credentials to X", "menerima surat kepercayaan
//! dari X"); the members of a counted group named in one of the two
//! sentences after it take the group's place ("... dari tujuh duta besar .
//! Mereka antara lain A , B dan C", "Envoys of four countries presented
//! their credentials to X . They were A and B"); a passive's agent the
//! tagger does not name, before a trigger after a fronting word, leaves the
//! trigger no subject from before it ("Y mengatakan , hal itu diungkapkan
//! oleh Duta Besar ... , Z pasca menyerahkan ..."). Every sentence is
//! written for the tests, in both languages, with traps that must give no
//! relation and texts ending right after the words a rule reads.

use super::tests::{gaz, Rel, A, P};
use super::tests_round3::{
    add, add_people, check_cases, met as m, unordered_relations_of, with, BUDI, RINA,
};
use crate::base::types::EntityType;

/// The relations of `text` (kinds in `kinds`), with a gazetteer that also
/// knows a bank and two people of no office; a meeting's or a signing's
/// pair in id order.
fn run16(text: &str, kinds: &[&str]) -> Vec<Rel> {
    let mut g = gaz();
    add(
        &mut g,
        "bank-maju",
        EntityType::Organisation,
        &["Bank Maju"],
    );
    add_people(&mut g);
    unordered_relations_of(text, &g, kinds)
}

/// A sanction of the United States.
fn s(b: &str) -> Rel {
    with("sanctions", "united-states", b, A)
}

const PUTIN: &str = "vladimir-putin";
const LAVROV: &str = "sergei-lavrov";

#[test]
fn credentials_presented_and_received_are_a_meeting() {
    let cases: &[(&str, &[Rel])] = &[
        (
            "Budi Santoso presented his credentials to President Vladimir Putin on Thursday .",
            &[m(BUDI, PUTIN)],
        ),
        (
            "President Vladimir Putin received the credentials of Budi Santoso at the Kremlin .",
            &[m(BUDI, PUTIN)],
        ),
        (
            "Budi Santoso and Rina Wati presented their letters of credence to Vladimir Putin .",
            &[m(BUDI, PUTIN), m(RINA, PUTIN)],
        ),
        (
            "Budi Santoso menyerahkan surat kepercayaan kepada Presiden Vladimir Putin di Moskow .",
            &[m(BUDI, PUTIN)],
        ),
        (
            "Presiden Vladimir Putin menerima surat kepercayaan dari Budi Santoso dan Rina Wati .",
            &[m(BUDI, PUTIN), m(RINA, PUTIN)],
        ),
        // the text ends right after the name, or right after the trigger
        (
            "Budi Santoso presented his credentials to Vladimir Putin",
            &[m(BUDI, PUTIN)],
        ),
        (
            "Vladimir Putin menerima surat kepercayaan dari Budi Santoso",
            &[m(BUDI, PUTIN)],
        ),
        (
            "Budi Santoso met Rina Wati and received the credentials of",
            &[m(BUDI, RINA)],
        ),
        (
            "Budi Santoso bertemu Rina Wati dan menerima surat kepercayaan",
            &[m(BUDI, RINA)],
        ),
        // traps: credentials as merit, a speaker's name, no preposition
        (
            "Budi Santoso has strong credentials , Vladimir Putin said .",
            &[],
        ),
        (
            "Budi Santoso punya surat kepercayaan , kata Vladimir Putin .",
            &[],
        ),
        (
            "Budi Santoso burnished his credentials as a reformer in Vladimir Putin's eyes .",
            &[],
        ),
    ];
    check_cases(|t| run16(t, &["meets"]), cases);
}

#[test]
fn the_members_of_a_counted_group_in_english() {
    let cases: &[(&str, &[Rel])] = &[
        (
            "Envoys of four countries presented their credentials to President Vladimir Putin in Moscow . They were Budi Santoso , Rina Wati and Sergei Lavrov .",
            &[m(BUDI, PUTIN), m(RINA, PUTIN), m(LAVROV, PUTIN)],
        ),
        (
            "Vladimir Putin received credentials from three ambassadors in Moscow . The ceremony was brief . Among them were Budi Santoso and Rina Wati .",
            &[m(BUDI, PUTIN), m(RINA, PUTIN)],
        ),
        (
            "Antony Blinken said the United States sanctioned 10 officials . They included Budi Santoso and Bank Maju .",
            &[s(BUDI), s("bank-maju")],
        ),
        // the text ends right after a name, or right after the phrase
        (
            "Vladimir Putin received credentials from three ambassadors in Moscow . They were Budi Santoso",
            &[m(BUDI, PUTIN)],
        ),
        (
            "Vladimir Putin received credentials from three ambassadors in Moscow . They were",
            &[],
        ),
        ("Vladimir Putin received credentials from three", &[]),
        // traps: no count, a date, a list too far or not opening its
        // sentence, a possessor, a place
        (
            "Vladimir Putin received credentials from the ambassadors in Moscow . They were Budi Santoso and Rina Wati .",
            &[],
        ),
        (
            "Vladimir Putin received credentials on 22 June from Sergei Lavrov . They were Budi Santoso and Rina Wati .",
            &[m(LAVROV, PUTIN)],
        ),
        (
            "Vladimir Putin received credentials from three ambassadors in Moscow . The ceremony was brief . It lasted an hour . They were Budi Santoso and Rina Wati .",
            &[],
        ),
        (
            "Vladimir Putin received credentials from three ambassadors in Moscow . Sergei Lavrov said they were Budi Santoso and Rina Wati .",
            &[],
        ),
        (
            "Vladimir Putin received credentials from three ambassadors in Moscow . They were Budi Santoso's deputy , Rina Wati and an envoy of Ukraine .",
            &[m(RINA, PUTIN)],
        ),
    ];
    check_cases(|t| run16(t, &["meets", "sanctions"]), cases);
}

#[test]
fn the_members_of_a_counted_group_in_indonesian() {
    let cases: &[(&str, &[Rel])] = &[
        (
            "Presiden Vladimir Putin menerima surat kepercayaan dari tujuh duta besar negara sahabat di Moskow . Mereka antara lain Budi Santoso , Rina Wati dan Sergei Lavrov .",
            &[m(BUDI, PUTIN), m(RINA, PUTIN), m(LAVROV, PUTIN)],
        ),
        (
            "Presiden Vladimir Putin menerima surat kepercayaan dari enam duta besar di Moskow . Para duta besar itu lalu berfoto . Di antara mereka adalah Budi Santoso dan Rina Wati .",
            &[m(BUDI, PUTIN), m(RINA, PUTIN)],
        ),
        (
            "Antony Blinken mengatakan Amerika Serikat menjatuhkan sanksi terhadap sembilan orang . Di antara mereka terdapat kepala staf Sergei Lavrov , Budi Santoso , putranya Rina Wati , dan Bank Maju .",
            &[s(BUDI), s(RINA), s("bank-maju")],
        ),
        (
            "Antony Blinken mengatakan Amerika Serikat akan menjatuhkan sanksi terhadap 24 warga Rusia . Mereka antara lain mantan Budi Santoso .",
            &[with("sanctions", "united-states", BUDI, P)],
        ),
        // the text ends right after a name, or right after the phrase
        (
            "Presiden Vladimir Putin menerima surat kepercayaan dari tujuh duta besar di Moskow . Mereka antara lain Budi Santoso",
            &[m(BUDI, PUTIN)],
        ),
        (
            "Presiden Vladimir Putin menerima surat kepercayaan dari tujuh duta besar di Moskow . Mereka antara lain",
            &[],
        ),
        ("Presiden Vladimir Putin menerima surat kepercayaan dari tujuh", &[]),
        // traps: no count, a date, a list too far or not opening its
        // sentence, an owner after a lowercase noun
        (
            "Presiden Vladimir Putin menerima surat kepercayaan dari para duta besar di Moskow . Mereka antara lain Budi Santoso dan Rina Wati .",
            &[],
        ),
        (
            "Presiden Vladimir Putin menerima surat kepercayaan pada 22 Juni dari Sergei Lavrov . Mereka antara lain Budi Santoso dan Rina Wati .",
            &[m(LAVROV, PUTIN)],
        ),
        (
            "Presiden Vladimir Putin menerima surat kepercayaan dari tujuh duta besar di Moskow . Upacara itu singkat . Upacara berlangsung sejam . Mereka antara lain Budi Santoso dan Rina Wati .",
            &[],
        ),
        (
            "Presiden Vladimir Putin menerima surat kepercayaan dari tujuh duta besar di Moskow . Sergei Lavrov mengatakan mereka antara lain Budi Santoso dan Rina Wati .",
            &[],
        ),
        (
            "Presiden Vladimir Putin menerima surat kepercayaan dari tujuh duta besar di Moskow . Mereka antara lain ajudan Budi Santoso .",
            &[],
        ),
    ];
    check_cases(|t| run16(t, &["meets", "sanctions"]), cases);
}

#[test]
fn an_unnamed_agent_before_a_trigger_leaves_it_no_subject() {
    let cases: &[(&str, &[Rel])] = &[
        (
            "Rina Wati mengatakan , hal itu diungkapkan oleh Duta Besar Rusia untuk Indonesia , Anton Pavlov pasca menyerahkan surat kepercayaan kepada Presiden Prabowo Subianto .",
            &[],
        ),
        (
            "Rina Wati mengatakan , hal itu diungkapkan oleh seorang diplomat usai bertemu Prabowo Subianto .",
            &[],
        ),
        (
            "Rina Wati said the remark was made by the ambassador after meeting Prabowo Subianto .",
            &[],
        ),
        // the agent named, or no agent: the old readings
        (
            "Hal itu diungkapkan oleh Rina Wati usai bertemu Prabowo Subianto .",
            &[m("prabowo-subianto", RINA)],
        ),
        (
            "Rina Wati mengatakan hal itu pasca bertemu Prabowo Subianto .",
            &[m("prabowo-subianto", RINA)],
        ),
        (
            "Rina Wati smiled after meeting Prabowo Subianto .",
            &[m("prabowo-subianto", RINA)],
        ),
        // a relative clause's agent is none of the main clause
        (
            "Rina Wati , yang diundang oleh pemerintah , tiba usai bertemu Prabowo Subianto .",
            &[m("prabowo-subianto", RINA)],
        ),
        // the text ends right after the trigger or the agent's preposition
        ("Rina Wati mengatakan , hal itu diungkapkan oleh seorang diplomat usai bertemu", &[]),
        ("Rina Wati said it was stated by", &[]),
    ];
    check_cases(|t| run16(t, &["meets"]), cases);
}

#[test]
fn a_name_inside_a_counted_group_qualifies_the_group() {
    let cases: &[(&str, &[Rel])] = &[
        (
            "Amerika Serikat menjatuhkan sanksi terhadap sembilan orang dekat Budi Santoso .",
            &[],
        ),
        (
            "The United States imposed sanctions on nine people close to Budi Santoso .",
            &[],
        ),
        (
            "Vladimir Putin bertemu dua utusan Kim Jong Un di Moskow .",
            &[],
        ),
        (
            "Vladimir Putin met two envoys of Kim Jong Un in Moscow .",
            &[],
        ),
        // a conjunct after the group is an object of its own
        (
            "Amerika Serikat menjatuhkan sanksi terhadap dua pejabat dan Budi Santoso .",
            &[s(BUDI)],
        ),
        (
            "The United States imposed sanctions on two officials and Budi Santoso .",
            &[s(BUDI)],
        ),
        // the text ends right after the name, or right after the count
        (
            "Amerika Serikat menjatuhkan sanksi terhadap sembilan orang dekat Budi Santoso",
            &[],
        ),
        ("The United States imposed sanctions on nine", &[]),
    ];
    check_cases(|t| run16(t, &["meets", "sanctions"]), cases);
}

/// Budi Santoso holds an office of `country`.
fn office(country: &str) -> Rel {
    with("holds_office", BUDI, country, A)
}

#[test]
fn governors_general_high_commissioners_chief_justices_spiritual_leaders_and_modifiers() {
    let cases: &[(&str, &[Rel])] = &[
        (
            "Vladimir Putin met Budi Santoso , Governor-General of Ukraine , in Moscow .",
            &[office("ukraine")],
        ),
        (
            "Gubernur Jenderal Ukraina Budi Santoso tiba di Moskow .",
            &[office("ukraine")],
        ),
        (
            "Ukraine's High Commissioner Budi Santoso met Vladimir Putin .",
            &[office("ukraine")],
        ),
        (
            "Komisaris Tinggi Ukraina Budi Santoso bertemu Vladimir Putin .",
            &[office("ukraine")],
        ),
        (
            "Kepala Kehakiman Iran Budi Santoso tiba di Moskow .",
            &[office("iran")],
        ),
        (
            "Iran's Chief Justice Budi Santoso arrived in Moscow .",
            &[office("iran")],
        ),
        (
            "Pemimpin Spiritual Iran Budi Santoso tiba di Moskow .",
            &[office("iran")],
        ),
        (
            "Iran's spiritual leader Budi Santoso arrived in Moscow .",
            &[office("iran")],
        ),
        // a modifier between the owner and the title, or after the title
        (
            "Ukraine's newly appointed High Commissioner Budi Santoso met Vladimir Putin .",
            &[office("ukraine")],
        ),
        (
            "Komisaris Tinggi senior Ukraina Budi Santoso bertemu Vladimir Putin .",
            &[office("ukraine")],
        ),
        // the text ends right after the name
        ("Kepala Kehakiman Iran Budi Santoso", &[office("iran")]),
        ("Iran's new Chief Justice Budi Santoso", &[office("iran")]),
        ("Iran's High Commissioner Budi Santoso", &[office("iran")]),
        // traps: a former office, a title with no country
        (
            "Mantan Kepala Kehakiman Iran Budi Santoso tiba di Moskow .",
            &[],
        ),
        (
            "Former Governor-General Budi Santoso met Vladimir Putin in Moscow .",
            &[],
        ),
        (
            "Komisaris Tinggi Budi Santoso bertemu Vladimir Putin .",
            &[],
        ),
    ];
    check_cases(|t| run16(t, &["holds_office"]), cases);
}

#[test]
fn an_agreement_concluded_is_signed() {
    let sg = |a: &str, b: &str| with("signs", a, b, A);
    let cases: &[(&str, &[Rel])] = &[
        (
            "Russia and North Korea also concluded agreements on trade .",
            &[sg("north-korea", "russia")],
        ),
        (
            "Rusia dan Korea Utara menyepakati perjanjian dagang di Moskow .",
            &[sg("north-korea", "russia")],
        ),
        (
            "Russia concluded agreements with North Korea",
            &[sg("north-korea", "russia")],
        ),
        (
            "Rusia menyepakati perjanjian dengan Korea Utara",
            &[sg("north-korea", "russia")],
        ),
        // traps: reaching an agreement, concluding a thought
        (
            "Rusia dan Korea Utara mencapai kesepakatan soal gencatan senjata .",
            &[],
        ),
        ("Russia concluded that North Korea had lied .", &[]),
    ];
    check_cases(|t| run16(t, &["signs"]), cases);
}

//! Issue 17, thirty-third round, part A: a spouse's title gives no office
//! ("the Nepalese First Lady, X"); a new holder between the title's
//! country and the apposed name ("Menlu Nepal yang baru, X"); a posting
//! written with its state's form ("untuk Republik Islam Chile"); a seat
//! clause closing a title after its holder ("X, Duta Besar LBBP Nepal yang
//! berkedudukan di Chile;"); an ordinal between a possessive and the title
//! ("Nepal's 26th president"); a state's body named by a demonym after
//! the title's "of" ("State Secretary of the Nepalese Ministry of Foreign
//! Affairs X"); and, in the tagger, a plural title before
//! "Name of Country" and states' long forms. Every sentence is written for
//! the tests, with traps that must give no relation (or not the wrong one).

use super::tests::Rel;
use super::tests_round3::{check_cases, office, relations_with, BUDI, RINA};
use crate::gazetteer::Gazetteer;
use crate::tag::matcher::Matcher;
use crate::tag::normalize::Normalized;
use crate::tag::resolve::Resolver;

/// The offices in `text` with the two people and two countries (with
/// demonyms).
fn rels(text: &str) -> Vec<Rel> {
    relations_with(
        text,
        &[],
        &[
            ("chile", "Chile", "Chilean"),
            ("nepal", "Nepal", "Nepalese"),
        ],
        &["holds_office"],
    )
}

#[test]
fn a_spouses_title_is_no_office() {
    check_cases(
        rels,
        &[
            (
                "The Nepalese First Lady, Rina Wati, arrived on Monday.",
                &[],
            ),
            ("Nepal's First Lady Rina Wati opened the school.", &[]),
            ("Ibu Negara Nepal Rina Wati tiba di Jakarta.", &[]),
            // the same frame with an office still gives it
            (
                "The Nepalese President, Budi Santoso, arrived on Monday.",
                &[office(BUDI, "nepal")],
            ),
            (
                "President of Nepal Budi Santoso arrived with the Nepalese First Lady, Rina Wati.",
                &[office(BUDI, "nepal")],
            ),
        ],
    );
}

#[test]
fn a_new_holder_between_the_country_and_the_apposed_name() {
    check_cases(
        rels,
        &[
            (
                "Rina Wati ingin bekerja sama dengan Menlu Nepal yang baru, Budi Santoso.",
                &[office(BUDI, "nepal")],
            ),
            (
                "Acara itu memperkenalkan Duta Besar Chile yang baru, Budi Santoso, di Jakarta.",
                &[office(BUDI, "chile")],
            ),
            (
                "Duta Besar Chile yang baru dilantik, Budi Santoso, tiba di Jakarta.",
                &[office(BUDI, "chile")],
            ),
            // traps: "baru" as "just" before a verb; a new body, no title
            ("Menlu Nepal yang baru tiba, kata Budi Santoso, sehat.", &[]),
            (
                "Kabinet Nepal yang baru, kata Budi Santoso, akan bekerja.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_posting_written_with_its_states_form() {
    check_cases(
        rels,
        &[
            (
                "Duta Besar Nepal untuk Republik Islam Chile, Budi Santoso, tiba di Santiago.",
                &[office(BUDI, "nepal")],
            ),
            (
                "Budi Santoso, Duta Besar Republik Nepal untuk Republik Islam Chile, tiba di Santiago.",
                &[office(BUDI, "nepal")],
            ),
            // trap: the posting is no country of the office
            (
                "Duta Besar untuk Republik Islam Chile, Budi Santoso, tiba di Santiago.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_seat_clause_closes_a_title_after_its_holder() {
    check_cases(
        rels,
        &[
            (
                "Mereka adalah Budi Santoso, Duta Besar LBBP Nepal yang berkedudukan di Jakarta, Indonesia; serta Rina Wati, Duta Besar LBBP Chile.",
                &[office(BUDI, "nepal"), office(RINA, "chile")],
            ),
            (
                "They are Budi Santoso, Ambassador of Nepal based in Chile; and Rina Wati, Ambassador of Chile.",
                &[office(BUDI, "nepal"), office(RINA, "chile")],
            ),
            // trap: the clause runs on to a verb, so the apposition does
            // not close and the title is no one's
            (
                "Budi Santoso, Duta Besar Nepal yang berkedudukan di Chile menerima Rina Wati.",
                &[],
            ),
        ],
    );
}

#[test]
fn an_ordinal_between_the_possessive_and_the_title() {
    check_cases(
        rels,
        &[
            (
                "Budi Santoso was sworn in as Nepal's 26th president on Monday.",
                &[office(BUDI, "nepal")],
            ),
            (
                "Nepal's 3rd President Budi Santoso arrived on Monday.",
                &[office(BUDI, "nepal")],
            ),
            // traps: an ordinal before no title; a title with no owner
            (
                "Budi Santoso attended Nepal's 26th anniversary on Monday.",
                &[],
            ),
            (
                "Budi Santoso was sworn in as the 26th president on Monday.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_body_named_by_its_demonym_after_the_titles_of() {
    check_cases(
        rels,
        &[
            (
                "Rina Wati was welcomed by State Secretary of the Nepalese Ministry of Foreign Affairs Budi Santoso.",
                &[office(BUDI, "nepal")],
            ),
            (
                "She met the Director of the Chilean Ministry of Health, Budi Santoso, on Monday.",
                &[office(BUDI, "chile")],
            ),
            // traps: a chamber is no ministry (the policy gives its
            // speaker no office); no apposed name; no body word after the
            // demonym
            (
                "She met the Speaker of the Nepalese Parliament, Budi Santoso, on Monday.",
                &[],
            ),
            (
                "The State Secretary of the Nepalese Ministry of Foreign Affairs met Budi Santoso.",
                &[],
            ),
            (
                "She met the Director of the Nepalese Football Association Budi Santoso.",
                &[],
            ),
        ],
    );
}

/// (surface, entity id) of every mention the tagger keeps in `text`.
fn tagged(gaz: &Gazetteer, text: &str) -> Vec<(String, String)> {
    let matcher = Matcher::new(gaz).expect("matcher");
    let (mut norm, mut hits, mut out) = (Normalized::new(), Vec::new(), Vec::new());
    matcher.find(text, &mut norm, &mut hits);
    Resolver::new().resolve(gaz, &matcher, text, &hits, &[], &mut out);
    out.iter()
        .map(|m| {
            (
                text[m.start..m.end].to_string(),
                gaz.entities[m.entity as usize].id.clone(),
            )
        })
        .collect()
}

/// Whether `surface` is tagged as `id` in `text`.
fn has(gaz: &Gazetteer, text: &str, surface: &str, id: &str) -> bool {
    tagged(gaz, text)
        .iter()
        .any(|(s, e)| s == surface && e == id)
}

#[test]
fn a_plural_title_keeps_the_country_after_a_listed_name() {
    let records = r#"
{"id": "budi-santoso", "name": "Budi Santoso", "type": "person"}
{"id": "rina-wati", "name": "Rina Wati", "type": "person"}
{"id": "nepal", "name": "Nepal", "type": "place"}
{"id": "chile", "name": "Chile", "type": "place"}
"#;
    let (gaz, _) = Gazetteer::from_jsonl("test.jsonl", records).expect("test gazetteer");
    let text = "They are Ambassadors Budi Santoso of Nepal and Rina Wati of Chile.";
    assert!(
        has(&gaz, text, "Nepal", "nepal"),
        "{:?}",
        tagged(&gaz, text)
    );
    assert!(
        has(&gaz, text, "Chile", "chile"),
        "{:?}",
        tagged(&gaz, text)
    );
    // trap: an unknown word after the plural title makes another name
    let text = "He spoke at the Ambassadors Club of Nepal on Monday.";
    assert!(
        !has(&gaz, text, "Nepal", "nepal"),
        "{:?}",
        tagged(&gaz, text)
    );
}

#[test]
fn states_long_forms_are_their_countries() {
    let gaz = Gazetteer::builtin().expect("built-in gazetteer");
    for (text, surface, id) in [
        (
            "Ia Duta Besar LBBP Perserikatan Kerajaan Britania Raya dan Irlandia Utara.",
            "Perserikatan Kerajaan Britania Raya dan Irlandia Utara",
            "united-kingdom",
        ),
        (
            "Ia Duta Besar LBBP Republik Sosialis Demokratik Sri Lanka.",
            "Republik Sosialis Demokratik Sri Lanka",
            "sri-lanka",
        ),
        (
            "He is the envoy of the Democratic Socialist Republic of Sri Lanka.",
            "Democratic Socialist Republic of Sri Lanka",
            "sri-lanka",
        ),
    ] {
        assert!(has(&gaz, text, surface, id), "{:?}", tagged(&gaz, text));
    }
}

//! Issue 17, sixth round: going home and heading for a place as travel,
//! fear as negation, commanders and attaches, a unit whose name holds a
//! coordination word, the parent or seat of an organisation before the
//! name, the acronym of a whole title, a place and its country closing a
//! phrase, offices whose every term ended before the document, group nouns
//! as agents of noun triggers, travel nouns whose target phrase names
//! no entity, and fronted clauses opened by a subordinator. Every sentence
//! is written for the tests, in both languages.

use super::tests::{check, gaz, Rel, A, N, P};
use super::tests_round3::{add, add_people, check_cases, rel, relations_of, with};
use crate::base::types::{EntityType, Modality};

/// The relations of `text` (kinds in `kinds`), with a gazetteer that also
/// knows a police force and one of its units, a ministry, a city, an
/// air force, and two people of no office.
fn run6(text: &str, kinds: &[&str]) -> Vec<Rel> {
    let mut g = gaz();
    let org = EntityType::Organisation;
    add(&mut g, "polri", org, &["Polri", "Kepolisian RI"]);
    add(&mut g, "bareskrim", org, &["Bareskrim"]);
    let kkp = ["KKP", "Kementerian Kelautan dan Perikanan"];
    add(&mut g, "kkp", org, &kkp);
    add(&mut g, "bogor", EntityType::Place, &["Bogor"]);
    add_people(&mut g);
    relations_of(text, &g, kinds)
}

fn table(kinds: &[&str], cases: &[(&str, &[Rel])]) {
    check_cases(|t| run6(t, kinds), cases);
}

#[test]
fn going_home_and_heading_for_a_place_are_travel() {
    let v = |a: &str, b: &str| rel("visits", a, b);
    table(
        &["visits"],
        &[
            (
                "Budi Santoso akhirnya pulang ke Indonesia setelah bebas .",
                &[v("budi-santoso", "indonesia")],
            ),
            (
                "Budi Santoso dijadwalkan meninggalkan Bogor menuju Rusia pada Sabtu .",
                &[with("visits", "budi-santoso", "russia", P)],
            ),
            // a destination or an aim is no trip
            ("Budi Santoso naik pesawat tujuan Rusia .", &[]),
            ("Budi Santoso setuju dengan Rusia .", &[]),
            // fear of going home is no trip
            (
                "Budi Santoso mengaku takut pulang ke Indonesia .",
                &[with("visits", "budi-santoso", "indonesia", N)],
            ),
            (
                "Budi Santoso went home to Indonesia and flew to Russia .",
                &[v("budi-santoso", "russia")],
            ),
            (
                "Budi Santoso said he was afraid to travel to Indonesia .",
                &[with("visits", "budi-santoso", "indonesia", N)],
            ),
        ],
    );
}

#[test]
fn commanders_attaches_and_long_units_hold_offices() {
    let h = |a: &str, b: &str| rel("holds_office", a, b);
    table(
        &["holds_office"],
        &[
            // a body ("Angkatan Udara") between the title and its country
            (
                "Komandan Angkatan Udara Rusia Budi Santoso mengatakan bahwa ia terkejut .",
                &[h("budi-santoso", "russia")],
            ),
            (
                "Atase Pertahanan Indonesia untuk Rusia Kolonel Budi Santoso hadir .",
                &[h("budi-santoso", "indonesia")],
            ),
            (
                "Russian Army Commander Budi Santoso said he was shocked .",
                &[h("budi-santoso", "russia")],
            ),
            (
                "The Indonesian Defence Attache Budi Santoso attended .",
                &[h("budi-santoso", "indonesia")],
            ),
            // two unit words joined by "dan" count as one
            (
                "Direktur Jenderal Penguatan Daya Saing Produk Kelautan dan Perikanan KKP Budi Santoso berkata .",
                &[h("budi-santoso", "kkp")],
            ),
            // six unit words still give nothing
            (
                "Kepala Satu Dua Tiga Empat Lima Enam Polri Budi Santoso berkata .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_parent_seat_or_title_acronym_before_the_name() {
    let h = |a: &str, b: &str| rel("holds_office", a, b);
    table(
        &["holds_office"],
        &[
            // the unit the gazetteer knows is the office's organisation
            (
                "Kepala Bareskrim Mabes Polri Komisaris Jenderal Budi Santoso mengatakan .",
                &[h("budi-santoso", "bareskrim")],
            ),
            (
                "Kepala Kantor Wilayah KKP Bogor Rina Wati berkata .",
                &[h("rina-wati", "kkp")],
            ),
            // the acronym of the whole title after the organisation
            (
                "Kepala Kepolisian RI ( Kapolri ) Jenderal Polisi Budi Santoso tiba .",
                &[h("budi-santoso", "polri")],
            ),
            (
                "The head of Bareskrim Polri Budi Santoso spoke .",
                &[h("budi-santoso", "bareskrim")],
            ),
            // a country is no organisation: nothing is skipped after it
            ("Presiden Rusia Indonesia Budi Santoso berkata .", &[]),
        ],
    );
}

#[test]
fn a_place_and_its_country_closing_a_phrase() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    table(
        &["located_in"],
        &[
            (
                "Kapal itu berlabuh di Vladivostok Rusia .",
                &[l("vladivostok", "russia")],
            ),
            (
                "Acara itu digelar Jumat di Kursk Rusia , kata dia .",
                &[l("kursk", "russia")],
            ),
            // a word after the country: the country begins a new phrase
            ("Ia tinggal di Jakarta Rusia mengatakan .", &[]),
            (
                "The ship docked in Vladivostok Russia .",
                &[l("vladivostok", "russia")],
            ),
            ("He lived in Jakarta Russia said .", &[]),
        ],
    );
}

#[test]
fn an_office_whose_terms_all_ended_before_the_document_is_history() {
    let kinds = &["holds_office"];
    let h = |m: Modality| {
        [(
            "holds_office".to_string(),
            "sergei-shoigu".to_string(),
            "russia".to_string(),
            m,
        )]
    };
    // Shoigu's only term as defence minister ended in May 2024
    for text in [
        "Menteri Pertahanan Rusia Sergei Shoigu memberikan penghargaan .",
        "Russian Defence Minister Sergei Shoigu gave an award .",
    ] {
        check(text, Some("2025-03-01"), kinds, &[]);
        check(text, Some("2020-03-01"), kinds, &h(A));
    }
    // a planned office is no history; no date, no judgement
    check(
        "Sergei Shoigu akan dilantik sebagai Menteri Pertahanan Rusia .",
        Some("2025-03-01"),
        kinds,
        &h(P),
    );
    check(
        "Menteri Pertahanan Rusia Sergei Shoigu memberikan penghargaan .",
        None,
        kinds,
        &h(A),
    );
}

#[test]
fn a_group_noun_after_a_noun_trigger_is_its_agent() {
    let v = |a: &str, b: &str| rel("visits", a, b);
    table(
        &["visits"],
        &[
            (
                "Kami berharap Budi Santoso memperluas kunjungan wisatawan dari Indonesia ke Rusia .",
                &[],
            ),
            (
                "Budi Santoso memimpin kunjungan ke Rusia .",
                &[v("budi-santoso", "russia")],
            ),
            (
                "Budi Santoso hopes to widen the visits of tourists to Russia .",
                &[],
            ),
            (
                "Budi Santoso led the visit to Russia .",
                &[v("budi-santoso", "russia")],
            ),
        ],
    );
}

#[test]
fn a_travel_noun_whose_target_phrase_names_no_entity_has_no_target() {
    let v = |a: &str, b: &str| rel("visits", a, b);
    table(
        &["visits"],
        &[
            (
                "Budi Santoso berbicara di Moskow , Rusia , jelang kepulangannya ke Tanah Air .",
                &[],
            ),
            (
                "Budi Santoso berbicara di Moskow , jelang kepulangannya ke Indonesia .",
                &[v("budi-santoso", "indonesia")],
            ),
            (
                "Budi Santoso spoke in Moscow , Russia , before his trip to the homeland .",
                &[],
            ),
            (
                "Budi Santoso spoke in Moscow before his trip to Indonesia .",
                &[v("budi-santoso", "indonesia")],
            ),
        ],
    );
}

#[test]
fn a_fronted_clause_opens_its_sentence() {
    let m = |a: &str, b: &str| rel("meets", a, b);
    let v = |a: &str, b: &str| rel("visits", a, b);
    table(
        &["meets", "visits"],
        &[
            // the listed objects do not meet each other
            (
                "Presiden menyampaikan hal itu seusai berbicara dengan Vladimir Putin , Kim Jong Un dan Xi Jinping .",
                &[],
            ),
            (
                "Setelah tiba di Moskow , Budi Santoso bertemu Putin .",
                &[v("budi-santoso", "moscow"), m("budi-santoso", "vladimir-putin")],
            ),
            (
                "The president said so after talking with Vladimir Putin , Kim Jong Un and Xi Jinping .",
                &[],
            ),
            // a fronted clause after "bahwa"/"that" keeps its subject
            (
                "Budi Santoso mengatakan bahwa setelah pembicaraan dengan Kim Jong Un , Putin berbicara kepada pers .",
                &[m("vladimir-putin", "kim-jong-un")],
            ),
            (
                "Budi Santoso said that after talks with Kim Jong Un , Putin spoke to the press .",
                &[m("vladimir-putin", "kim-jong-un")],
            ),
            (
                "Meski sempat bertemu Putin , Budi Santoso menolak usulan itu .",
                &[m("budi-santoso", "vladimir-putin")],
            ),
            (
                "Though meeting Putin , Budi Santoso refused the offer .",
                &[m("budi-santoso", "vladimir-putin")],
            ),
            (
                "After arriving in Moscow , Budi Santoso met Putin .",
                &[v("budi-santoso", "moscow"), m("budi-santoso", "vladimir-putin")],
            ),
        ],
    );
}

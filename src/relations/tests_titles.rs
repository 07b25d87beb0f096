//! Tests of titles, roles and appositions (holds_office, located_in,
//! title mentions at a date) on hand-built inputs; helpers in `tests.rs`.

use super::tests::{check, find_mentions, gaz, prepare, rel, Rel, A, P};
use super::*;
use crate::base::types::{Mention, Via};

#[test]
fn located_in_appositions() {
    let k = &["located_in"];
    check(
        "Pertemuan berlangsung di Vladivostok, Rusia, pada Rabu.",
        None,
        k,
        &[rel("located_in", "vladivostok", "russia", A)],
    );
    check(
        "Roket diluncurkan dari Kosmodrom Vostochny di Rusia timur.",
        None,
        k,
        &[rel("located_in", "vostochny-cosmodrome", "russia", A)],
    );
    check(
        "Ribuan tentara dikirim ke wilayah Kursk Rusia.",
        None,
        k,
        &[rel("located_in", "kursk", "russia", A)],
    );
    check(
        "The summit took place at the Vostochny Cosmodrome in Russia.",
        None,
        k,
        &[rel("located_in", "vostochny-cosmodrome", "russia", A)],
    );
    check("Hubungan Rusia dengan China membaik.", None, k, &[]);
}

#[test]
fn holds_office_from_appositions() {
    let k = &["holds_office"];
    let h = |a: &str, b: &str| rel("holds_office", a, b, A);
    let table: &[(&str, Vec<Rel>)] = &[
        (
            "Presiden Rusia Vladimir Putin menerima tamunya.",
            vec![h("vladimir-putin", "russia")],
        ),
        (
            "Menteri Luar Negeri Rusia, Sergei Lavrov, tiba di Jakarta.",
            vec![h("sergei-lavrov", "russia")],
        ),
        (
            "Ia bertemu Menlu Korut, Choe Son Hui.",
            vec![h("choe-son-hui", "north-korea")],
        ),
        (
            "Hal itu disampaikan duta besar Rusia untuk Korea Utara, Alexander Matsegora.",
            vec![h("alexander-matsegora", "russia")],
        ),
        (
            "Pemimpin Korea Utara Kim Jong Un meninjau pabrik.",
            vec![h("kim-jong-un", "north-korea")],
        ),
        (
            "Russian President Vladimir Putin spoke first.",
            vec![h("vladimir-putin", "russia")],
        ),
        (
            "North Korea's leader Kim Jong Un spoke first.",
            vec![h("kim-jong-un", "north-korea")],
        ),
        (
            "Russia's Foreign Minister Sergei Lavrov spoke first.",
            vec![h("sergei-lavrov", "russia")],
        ),
        (
            "Foreign Minister Sergei Lavrov of Russia spoke first.",
            vec![h("sergei-lavrov", "russia")],
        ),
        (
            "Sergei Lavrov, Menteri Luar Negeri Rusia, tiba kemarin.",
            vec![h("sergei-lavrov", "russia")],
        ),
        // no country: no office; a name after an unclosed comma is no apposition
        ("Pemimpin tertinggi Kim Jong Un tersenyum.", vec![]),
        // a former office is no current one
        ("Mantan Presiden Rusia Vladimir Putin tersenyum.", vec![]),
        (
            "Kandidat Presiden Indonesia Prabowo Subianto tersenyum.",
            vec![],
        ),
        (
            "The former Russian President Vladimir Putin smiled.",
            vec![],
        ),
        // a place before an Indonesian title is not its country
        ("Setiba di Moskow Presiden Xi Jinping disambut.", vec![]),
        (
            "Setelah pembicaraan dengan pemimpin Korea Utara, Putin bakal berpidato.",
            vec![],
        ),
    ];
    for (text, want) in table {
        check(text, Some("2023-09-20"), k, want);
    }
}

#[test]
fn titles_stand_for_their_holder_at_the_date() {
    let text = "Menteri Pertahanan Rusia bertemu dengan Kim Jong Un di Pyongyang.";
    let k = &["meets"];
    check(
        text,
        Some("2023-07-26"),
        k,
        &[rel("meets", "kim-jong-un", "sergei-shoigu", A)],
    );
    check(
        text,
        Some("2024-09-13"),
        k,
        &[rel("meets", "andrei-belousov", "kim-jong-un", A)],
    );
    // the hand-over day belongs to the new holder
    let mut g = gaz();
    for e in &mut g.entities {
        if e.id == "sergei-shoigu" {
            e.roles[0].end = Some("2024-05-12".into());
        }
    }
    let lex = Lexicon::builtin();
    let x = Extractor::new(&g, &lex);
    let russia = g.entities.iter().position(|e| e.id == "russia").unwrap() as u32;
    let belousov = g
        .entities
        .iter()
        .position(|e| e.id == "andrei-belousov")
        .unwrap() as u32;
    assert_eq!(
        x.holders("defence_minister", russia, Some("2024-05-12")),
        [belousov]
    );
    // two holders over time and no date: nobody
    check(text, None, k, &[]);
    check(
        "Menlu Rusia akan mengunjungi Korea Utara bulan depan.",
        None,
        &["visits"],
        &[rel("visits", "sergei-lavrov", "north-korea", P)],
    );
    check(
        "Mantan Menteri Pertahanan Rusia bertemu dengan Kim Jong Un.",
        Some("2024-09-13"),
        k,
        &[],
    );
    check(
        "The Russian defence minister met Kim Jong Un in Pyongyang.",
        Some("2023-07-26"),
        k,
        &[rel("meets", "kim-jong-un", "sergei-shoigu", A)],
    );
    check(
        "Setelah pembicaraan dengan pemimpin Korea Utara, Putin bakal berpidato.",
        Some("2023-09-20"),
        k,
        &[rel("meets", "kim-jong-un", "vladimir-putin", A)],
    );
}

#[test]
fn titles_without_a_country_are_nobody() {
    let g = gaz();
    let lex = Lexicon::builtin();
    for text in [
        "Menteri Luar Negeri mengatakan pertemuan itu penting.",
        "Menlu menolak berkomentar.",
        "Menteri Luar negeri saya akan bertemu Sergei Lavrov besok.",
        "The foreign minister declined to comment.",
    ] {
        let prep = prepare(text);
        let mentions = find_mentions(text, &g, &prep);
        let titles = title_mentions(text, &prep, &mentions, &g, &lex, Some("2023-09-20"));
        assert!(titles.is_empty(), "{text}: {titles:?}");
        check(text, Some("2023-09-20"), &["meets"], &[]);
    }
}

#[test]
fn title_mention_offsets_cover_the_title() {
    let g = gaz();
    let lex = Lexicon::builtin();
    let text = "Kemarin Menlu Rusia tiba. Menteri Pertahanan Rusia juga hadir.";
    let prep = prepare(text);
    let mentions = find_mentions(text, &g, &prep);
    let t = title_mentions(text, &prep, &mentions, &g, &lex, Some("2023-09-20"));
    let got: Vec<(&str, &str, u32)> = t
        .iter()
        .map(|m| {
            (
                &text[m.start..m.end],
                g.entities[m.entity as usize].id.as_str(),
                m.sentence,
            )
        })
        .collect();
    assert_eq!(
        got,
        [
            ("Menlu Rusia", "sergei-lavrov", 0),
            ("Menteri Pertahanan Rusia", "sergei-shoigu", 1)
        ]
    );
    assert!(t.iter().all(|m| m.via == Via::Title));
}

#[test]
fn demonym_mentions_do_not_hide_names() {
    // as the pipeline may pass them: "North Korean" as a demonym mention
    let g = gaz();
    let lex = Lexicon::builtin();
    let text = "Lavrov held talks with his North Korean counterpart Choe Son Hui.";
    let prep = prepare(text);
    let mut mentions = find_mentions(text, &g, &prep);
    let nk = g
        .entities
        .iter()
        .position(|e| e.id == "north-korea")
        .unwrap() as u32;
    let start = text.find("North Korean").unwrap();
    mentions.push(Mention {
        start,
        end: start + "North Korean".len(),
        entity: nk,
        via: Via::Demonym,
        sentence: 0,
    });
    mentions.sort();
    let mut out = Vec::new();
    extract(text, &prep, &mentions, &g, &lex, &mut out);
    let ids: Vec<(&str, &str, &str)> = out
        .iter()
        .map(|r| {
            (
                r.kind.as_str(),
                g.entities[r.source as usize].id.as_str(),
                g.entities[r.target as usize].id.as_str(),
            )
        })
        .collect();
    assert_eq!(ids, [("meets", "sergei-lavrov", "choe-son-hui")]);
}

/// Issue 16: a title with a year in its sentence stands for the holder in
/// that year; a former title ("mantan", "former") for nobody unless a year
/// says who. (passage, document date, the holder or None.)
#[test]
fn dated_titles_resolve_to_the_holder_at_that_date() {
    let g = gaz();
    let lex = Lexicon::builtin();
    let table: &[(&str, Option<&str>)] = &[
        (
            "Menteri Pertahanan Rusia tiba kemarin.",
            Some("andrei-belousov"),
        ),
        (
            "Pada 2015 Menteri Pertahanan Rusia berkunjung ke Pyongyang.",
            Some("sergei-shoigu"),
        ),
        ("Menteri Pertahanan Rusia pada 2024 berganti.", None),
        ("Mantan Menteri Pertahanan Rusia tiba kemarin.", None),
        (
            "Mantan Menteri Pertahanan Rusia pada 2016 memimpin latihan.",
            Some("sergei-shoigu"),
        ),
        (
            "The Russian defence minister arrived on Monday.",
            Some("andrei-belousov"),
        ),
        (
            "In 2015 the Russian defence minister visited Pyongyang.",
            Some("sergei-shoigu"),
        ),
        (
            "The former Russian defence minister arrived on Monday.",
            None,
        ),
        (
            "In 2019 the former Russian defence minister spoke.",
            Some("sergei-shoigu"),
        ),
    ];
    for &(text, want) in table {
        let prep = prepare(text);
        let mentions = find_mentions(text, &g, &prep);
        let t = title_mentions(text, &prep, &mentions, &g, &lex, Some("2025-03-01"));
        let got: Vec<&str> = t
            .iter()
            .map(|m| g.entities[m.entity as usize].id.as_str())
            .collect();
        assert_eq!(got, want.into_iter().collect::<Vec<_>>(), "{text}");
    }
}

#[test]
fn regression_a_title_before_a_name_the_gazetteer_lacks_is_that_person() {
    // "Presiden FIFA Michel Platini", "Gubernur Jawa Barat Ahmad Heryawan"
    // were the holder of the roles; the name written after the title is
    // someone else, so the title names nobody the gazetteer knows.
    let g = gaz();
    let lex = Lexicon::builtin();
    let at = |text: &str, date: &str| {
        let prep = prepare(text);
        let mentions = find_mentions(text, &g, &prep);
        title_mentions(text, &prep, &mentions, &g, &lex, Some(date))
    };
    for text in [
        "Menlu Rusia Andrei Gromyko tiba di Pyongyang.",
        "The Russian Foreign Minister Andrei Gromyko arrived in Pyongyang on Monday.",
    ] {
        assert!(at(text, "2023-09-20").is_empty(), "{text}");
        check(text, Some("2023-09-20"), &["visits"], &[]);
    }
    // A day, a trigger word or a headline after the title: the holder.
    for text in [
        "Menlu Rusia Selasa tiba di Pyongyang.",
        "Menlu Rusia Bertemu Kim Jong Un di Pyongyang",
        "Kemarin Menlu Rusia Mengunjungi Pyongyang dan berbicara.",
    ] {
        let t = at(text, "2023-09-20");
        assert_eq!(t.len(), 1, "{text}: {t:?}");
    }
}

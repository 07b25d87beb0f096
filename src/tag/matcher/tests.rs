//! Tests of the parent module.
#![allow(clippy::disallowed_macros)] // test reports go to the captured output

use super::*;
use crate::base::types::EntityType::{self, Organisation as Org, Person, Place};
use crate::gazetteer::{Entity, Origin, RuleAnchor, TranslitRule};
use std::sync::OnceLock;

fn ent(id: &str, etype: EntityType, aliases: &[&str], short: &[&str], dem: &[&str]) -> Entity {
    Entity {
        id: id.into(),
        name: aliases[0].into(),
        etype,
        qid: None,
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
        short: short.iter().map(|s| s.to_string()).collect(),
        demonyms: dem.iter().map(|s| s.to_string()).collect(),
        roles: vec![],
        origin: Origin::Curated,
        case: crate::gazetteer::CaseSetting::default(),
    }
}

fn rule(from: &str, to: &str, anchor: RuleAnchor) -> TranslitRule {
    TranslitRule {
        from: from.into(),
        to: to.into(),
        anchor,
    }
}

pub(crate) fn test_gazetteer() -> Gazetteer {
    let mut entities = vec![
        ent(
            "putin",
            Person,
            &["Vladimir Putin", "Vladimir Vladimirovich Putin"],
            &["Putin"],
            &[],
        ),
        ent("kim", Person, &["Kim Jong Un", "Kim Jong-un"], &[], &[]),
        // Any case: a lowercase "timor" is the fallback of the test below.
        crate::gazetteer::Entity {
            case: crate::gazetteer::CaseSetting::Any,
            ..ent("timor", Place, &["Timor"], &[], &["Timor Raya"])
        },
        ent("lavrov", Person, &["Sergei Lavrov"], &["Lavrov"], &[]),
        ent("shoigu", Person, &["Sergei Shoigu"], &["Shoigu"], &[]),
        ent("peskov", Person, &["Dmitry Peskov"], &["Peskov"], &[]),
        ent(
            "korut",
            Place,
            &["Korea Utara", "North Korea", "Korut", "DPRK"],
            &[],
            &["North Korean"],
        ),
        ent("korea", Place, &["Korea"], &[], &[]),
        ent(
            "us",
            Place,
            &["Amerika Serikat", "AS", "United States", "U.S."],
            &[],
            &["American"],
        ),
        ent("indonesia", Place, &["Indonesia"], &[], &[]),
        ent("rusia", Place, &["Rusia", "Russia"], &[], &["Russian"]),
        ent("moskow", Place, &["Moskow", "Moskwa", "Moscow"], &[], &[]),
        ent(
            "pbb",
            Org,
            &["Perserikatan Bangsa-Bangsa", "PBB", "UN"],
            &[],
            &[],
        ),
    ];
    entities.push(ent(
        "pertamina",
        Org,
        &["PT Pertamina (Persero)", "Pertamina"],
        &[],
        &[],
    ));
    let mut list = ent("jakarta", Place, &["Jakarta"], &[], &[]);
    list.origin = Origin::List;
    entities.push(list);
    let mut nasa = ent("nasa", Org, &["NASA"], &[], &[]);
    nasa.origin = Origin::List;
    entities.push(nasa);
    let mut batu_bara = ent("batu-bara", Place, &["Batu Bara"], &[], &[]);
    batu_bara.origin = Origin::List;
    entities.push(batu_bara);
    Gazetteer {
        entities,
        chunks: crate::gazetteer::ChunkWords::builtin().expect("built-in chunk words"),
        rules: vec![
            rule("ey", "ei", RuleAnchor::Any),
            rule("oi", "oy", RuleAnchor::Any),
            rule("iy", "y", RuleAnchor::End),
        ],
    }
}

fn matcher(opts: MatchOptions) -> (Gazetteer, Matcher) {
    let g = test_gazetteer();
    let m = Matcher::with_options(&g, opts).unwrap();
    (g, m)
}

fn shared() -> &'static (Gazetteer, Matcher) {
    static M: OnceLock<(Gazetteer, Matcher)> = OnceLock::new();
    M.get_or_init(|| matcher(MatchOptions::default()))
}

/// (surface, entity id, via) for every accepted target of every hit.
fn tag(g: &Gazetteer, m: &Matcher, text: &str) -> Vec<(String, String, &'static str)> {
    let (mut scratch, mut hits, mut ts) = (Normalized::new(), vec![], vec![]);
    m.find(text, &mut scratch, &mut hits);
    let mut out = vec![];
    for h in &hits {
        m.targets(h, text, &mut ts);
        for t in &ts {
            let id = g.entities[t.entity as usize].id.clone();
            out.push((text[h.start..h.end].to_string(), id, t.via.as_str()));
        }
    }
    out
}

macro_rules! t {
    ($name:ident, $hay:expr, [$(($s:expr, $id:expr, $via:expr)),* $(,)?]) => {
        #[test]
        fn $name() {
            let (g, m) = shared();
            let want: Vec<(String, String, &str)> =
                vec![$(($s.to_string(), $id.to_string(), $via)),*];
            assert_eq!(tag(g, m, $hay), want, "haystack {:?}", $hay);
        }
    };
}

t!(
    exact_names,
    "Presiden Vladimir Putin bertemu Kim Jong Un.",
    [
        ("Vladimir Putin", "putin", "exact"),
        ("Kim Jong Un", "kim", "exact")
    ]
);
t!(
    case_is_ignored,
    "KIM JONG UN dan kim jong un",
    [
        ("KIM JONG UN", "kim", "exact"),
        ("kim jong un", "kim", "exact")
    ]
);
t!(
    listed_hyphen_is_exact,
    "Kim Jong-un dan Kim-Jong-Un",
    [
        ("Kim Jong-un", "kim", "exact"),
        ("Kim-Jong-Un", "kim", "variant")
    ]
);
t!(
    rejected_longer_key_falls_back,
    "timor raya, Timor Raya",
    [
        ("timor", "timor", "exact"),
        ("Timor Raya", "timor", "demonym")
    ]
);
t!(
    joined_parts,
    "Kim Jongun, Kim JongUn, KimJongUn",
    [
        ("Kim Jongun", "kim", "variant"),
        ("Kim JongUn", "kim", "variant"),
        ("KimJongUn", "kim", "variant")
    ]
);
t!(
    spaces_and_line_breaks,
    "Kim  Jong\nUn",
    [("Kim  Jong\nUn", "kim", "exact")]
);
t!(
    blank_line_splits_names,
    "Kim Jong\n\nUn",
    [("Kim", "kim", "partial"), ("Jong", "kim", "partial")]
);
t!(
    diacritics,
    "Korea Utára",
    [("Korea Utára", "korut", "variant")]
);
t!(
    possessives,
    "Putin's, Putin’s dan Putinnya",
    [
        ("Putin", "putin", "partial"),
        ("Putin", "putin", "partial"),
        ("Putinnya", "putin", "partial")
    ]
);
t!(
    acronym_only_in_capitals,
    "As it is, AS dan as",
    [("AS", "us", "exact")]
);
// The final period is part of the span (it used to be cut: "U.S").
t!(
    acronym_with_dots,
    "the U.S. said",
    [("U.S.", "us", "exact")]
);
t!(
    acronym_with_dots_at_sentence_end,
    "ties with the U.S.",
    [("U.S.", "us", "exact")]
);
// Regression (IndoSum review): "U.S." inside "M.U.S.T" was the United States.
t!(
    dotted_acronym_inside_a_longer_chain_of_initials,
    "fans ( M.U.S.T ) dan U.S.A.F, lalu U.S. dan (U.S.)",
    [("U.S.", "us", "exact"), ("U.S.", "us", "exact")]
);
// A name ending in its own bracket keeps it (it used to be cut: "PT
// Pertamina (Persero"), also as tokenised text spaces it; a bracket the
// name does not open stays out.
t!(
    closing_bracket_of_the_name,
    "PT Pertamina (Persero) said, then PT Pertamina ( Persero ) menyatakan; (Pertamina) ikut",
    [
        ("PT Pertamina (Persero)", "pertamina", "exact"),
        ("PT Pertamina ( Persero )", "pertamina", "variant"),
        ("Pertamina", "pertamina", "exact")
    ]
);
t!(
    closing_bracket_missing_in_the_text,
    "kata PT Pertamina (Persero kemarin",
    [("PT Pertamina (Persero", "pertamina", "exact")]
);
t!(acronym_mixed_case_rejected, "Pbb or Dprk", []);
t!(no_putin_in_puting, "angin puting beliung", []);
t!(
    list_phrase_needs_some_capital,
    "batu bara dari Batu Bara, batu Bara, BATU BARA",
    [
        ("Batu Bara", "batu-bara", "exact"),
        ("batu Bara", "batu-bara", "exact"),
        ("BATU BARA", "batu-bara", "exact")
    ]
);
t!(
    one_word_list_name_needs_a_capital,
    "jakarta, JAKARTA dan Jakarta",
    [
        ("JAKARTA", "jakarta", "exact"),
        ("Jakarta", "jakarta", "exact")
    ]
);
t!(
    timnas_indonesia,
    "timnas Indonesia",
    [("Indonesia", "indonesia", "exact")]
);
t!(
    accented_letter_continues_word,
    "Putiné Rusian Rusia",
    [("Rusia", "rusia", "exact")]
);
t!(
    longest_match_wins,
    "Korea Utara dan Korea",
    [
        ("Korea Utara", "korut", "exact"),
        ("Korea", "korea", "exact")
    ]
);
t!(
    translit_ey_ei,
    "Sergey Lavrov dan Sergei Lavrov",
    [
        ("Sergey Lavrov", "lavrov", "variant"),
        ("Sergei Lavrov", "lavrov", "exact")
    ]
);
t!(
    translit_oi_oy,
    "Sergei Shoygu; Shoigu",
    [
        ("Sergei Shoygu", "shoigu", "variant"),
        ("Shoigu", "shoigu", "partial")
    ]
);
t!(
    translit_end_iy,
    "Dmitriy Peskov",
    [("Dmitriy Peskov", "peskov", "variant")]
);
t!(
    partial_tokens_need_capital,
    "Lavrov dan lavrov; Sergey",
    [
        ("Lavrov", "lavrov", "partial"),
        ("Sergey", "lavrov", "partial"),
        ("Sergey", "shoigu", "partial")
    ]
);
t!(
    demonyms,
    "Russian troops, russian, North Korean",
    [
        ("Russian", "rusia", "demonym"),
        ("North Korean", "korut", "demonym")
    ]
);
t!(
    hyphenated_alias,
    "Perserikatan Bangsa Bangsa dan PBB",
    [
        ("Perserikatan Bangsa Bangsa", "pbb", "variant"),
        ("PBB", "pbb", "exact")
    ]
);
t!(
    list_names_as_written,
    "Jakarta dan NASA, Nasa, nasa",
    [
        ("Jakarta", "jakarta", "exact"),
        ("NASA", "nasa", "exact"),
        // An all-caps list entry of four letters or more also matches in
        // title case (the acronym rule of issue 16), never in lowercase.
        ("Nasa", "nasa", "exact")
    ]
);
t!(
    multibyte_offsets,
    "Menurut café “Kim Jong–un’s” di Moskwa—Šojgú",
    [
        ("Kim Jong–un", "kim", "variant"),
        ("Moskwa", "moskow", "exact")
    ]
);

#[test]
fn engines_and_split_agree() {
    let text = "Menurut café “Kim Jong-un’s” di Moskwa, AS, timnas Indonesia, Korea Utara dan Korea; Sergey.";
    let (g, m) = shared();
    let want = tag(g, m, text);
    assert!(want.len() >= 7, "{want:?}");
    for engine in [Engine::Contiguous, Engine::Noncontiguous, Engine::Dfa] {
        for split in [false, true] {
            for (threads, word_index) in [(1, false), (2, true), (1, true)] {
                let o = MatchOptions {
                    engine,
                    split,
                    threads,
                    word_index,
                };
                let (g2, m2) = matcher(o);
                assert_eq!(tag(&g2, &m2, text), want, "{o:?}");
            }
        }
    }
}

/// A tiny plain-list loader (one name per line, type from the file
/// name), for the big shared gazetteer only.
fn load_lists(dir: &str) -> Option<Gazetteer> {
    let mut gaz = Gazetteer::default();
    for (file, etype) in [("person", Person), ("place", Place), ("organization", Org)] {
        let data = std::fs::read_to_string(format!("{dir}/{file}.txt")).ok()?;
        for name in data.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let mut e = ent(name, etype, &[name], &[], &[]);
            e.origin = Origin::List;
            gaz.entities.push(e);
        }
    }
    Some(gaz)
}

/// `cargo test --release --lib -- --ignored dbpedia`: needs the DBpedia
/// lists in `../shared/gazetteers/dbpedia-id` beside the repository (or the
/// folder named by `GAZEGRAPH_DBPEDIA`), and fails when they are absent.
#[test]
#[ignore = "needs ../shared/gazetteers/dbpedia-id (sample data outside the repository)"]
fn dbpedia_list_builds_and_matches() {
    let dir = std::env::var("GAZEGRAPH_DBPEDIA").unwrap_or_else(|_| {
        format!(
            "{}/../shared/gazetteers/dbpedia-id",
            env!("CARGO_MANIFEST_DIR")
        )
    });
    let gaz = load_lists(&dir).unwrap_or_else(|| panic!("DBpedia lists not found in {dir}"));
    let t = std::time::Instant::now();
    let m = Matcher::new(&gaz).unwrap();
    eprintln!(
        "{} names, {} keys, built in {:?}",
        gaz.entities.len(),
        m.key_count(),
        t.elapsed()
    );
    let text = "Pelatih timnas Indonesia bertemu Presiden Putin di Jakarta.";
    let names: Vec<String> = tag(&gaz, &m, text).into_iter().map(|t| t.0).collect();
    for want in ["Indonesia", "Putin", "Jakarta"] {
        assert!(names.iter().any(|n| n == want), "{want} not in {names:?}");
    }
}

#[test]
fn matcher_is_shareable_across_threads() {
    fn check<T: Send + Sync>() {}
    check::<Matcher>();
}

#[test]
fn hits_map_to_char_boundaries() {
    let (_, m) = shared();
    let text = "«Putin» Putinnya—Rusia’s 한 Korea\u{301} Utara";
    let (mut s, mut hits) = (Normalized::new(), vec![]);
    m.find(text, &mut s, &mut hits);
    assert!(!hits.is_empty());
    for h in hits {
        assert!(text.get(h.start..h.end).is_some(), "{h:?}");
    }
}

#[test]
fn generated_records_match_only_where_capitalised() {
    // A generated record ("origin": "generated") keeps its aliases and
    // demonyms, but its names count only where the text capitalises a
    // word, as plain lists do: "batu" is a stone, "Batu" the city.
    let text = concat!(
        r#"{"id": "kota-batu", "name": "Kota Batu", "type": "place", "aliases": ["Batu"], "origin": "generated"}"#,
        "\n",
        r#"{"id": "batu-hand", "name": "Batu Hand", "type": "place", "aliases": ["Hand Batu"]}"#,
        "\n"
    );
    let (g, warnings) = Gazetteer::from_jsonl("t.jsonl", text).expect("loads");
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(g.entities[0].origin, Origin::Generated);
    assert_eq!(g.entities[1].origin, Origin::Curated);
    let m = Matcher::new(&g).expect("builds");
    let found = tag(&g, &m, "batu dan kota batu, lalu Batu dan hand batu");
    assert_eq!(
        found,
        vec![
            ("Batu".to_string(), "kota-batu".to_string(), "exact"),
            ("hand batu".to_string(), "batu-hand".to_string(), "exact"),
        ]
    );
}

/// Bug: the walk after a key's first word took a state's inherited match,
/// a shorter key ending there that starts a word later, for a key starting
/// at the walk's origin: "Pasukan Pertahanan datang", with "Pasukan
/// Pertahanan Israel" and the place "Pertahanan" listed, gave the place
/// the span "Pasukan Pertahanan" (and "Institut Seni Indonesia" was a
/// mention of Indonesia, in IndoSum).
#[test]
fn regression_a_walk_reports_no_key_that_starts_a_word_later() {
    let g = Gazetteer {
        entities: vec![
            ent("idf", Org, &["Pasukan Pertahanan Israel"], &[], &[]),
            ent("pertahanan", Place, &["Pertahanan"], &[], &[]),
            ent(
                "isi",
                Org,
                &["Institut Seni Indonesia Yogyakarta"],
                &[],
                &[],
            ),
            ent("indonesia", Place, &["Indonesia"], &[], &[]),
        ],
        chunks: crate::gazetteer::ChunkWords::builtin().expect("built-in chunk words"),
        rules: vec![],
    };
    for engine in [Engine::Contiguous, Engine::Noncontiguous, Engine::Dfa] {
        for word_index in [true, false] {
            let opts = MatchOptions {
                engine,
                word_index,
                ..MatchOptions::default()
            };
            let m = Matcher::with_options(&g, opts).unwrap();
            let got = tag(
                &g,
                &m,
                "Kemarin Pasukan Pertahanan datang ke Institut Seni Indonesia.",
            );
            let want = vec![
                ("Pertahanan".to_string(), "pertahanan".to_string(), "exact"),
                ("Indonesia".to_string(), "indonesia".to_string(), "exact"),
            ];
            assert_eq!(got, want, "{engine:?}, word index {word_index}");
            // The whole key still matches from its first word.
            let got = tag(&g, &m, "Pasukan Pertahanan Israel menyerang.");
            assert_eq!(got[0].1, "idf", "{engine:?}, word index {word_index}");
        }
    }
}

/// The shortcut of `targets`: two plain strings with one key are the same
/// up to case, and a string that is not plain is never taken for plain.
#[test]
fn plain_forms_with_one_key_are_the_same_up_to_case() {
    use crate::tag::normalize::normalize_key;
    use crate::tag::variants::plain;
    let cases: &[(&str, bool)] = &[
        ("Joko Widodo", true),
        ("JOKO  widodo", true),
        ("Joko\tWidodo", true),
        ("Joko\u{a0}Widodo", true),
        ("B_2 3x", true),
        ("Jong-un", false),
        ("U.S", false),
        ("Šojgu", false),
        ("\u{212a}im", false),
        (" Joko", false),
        ("Joko ", false),
        ("", false),
        ("Pu\u{ad}tin", false),
    ];
    for &(s, want) in cases {
        assert_eq!(plain(s), want, "{s:?}");
    }
    let pairs: &[(&str, &str)] = &[
        ("Joko Widodo", "JOKO  widodo"),
        ("Joko Widodo", "joko\u{a0}widodo"),
        ("Kim Jong Un", "Kim Jong-un"),
        ("Sojgu", "Šojgú"),
        ("kim", "\u{212a}im"),
        ("Putin", "Pu\u{ad}tin"),
    ];
    for &(a, b) in pairs {
        assert_eq!(normalize_key(a), normalize_key(b), "{a:?} {b:?}");
        if plain(a) && plain(b) {
            assert!(same_up_to_case(a, b), "{a:?} {b:?}");
        }
    }
    // The shortcut holds only under the form's own key.
    use crate::tag::variants::plain_key_is;
    assert!(plain_key_is("Joko  Widodo", &normalize_key("joko widodo")));
    assert!(plain_key_is("Pertahanan", &normalize_key("PERTAHANAN")));
    assert!(!plain_key_is(
        "Pertahanan",
        &normalize_key("Pasukan Pertahanan")
    ));
    assert!(!plain_key_is("Joko Widodo", &normalize_key("Joko")));
    assert!(!plain_key_is("Joko", &normalize_key("Joko Widodo")));
    assert!(!plain_key_is("Joko", b""));
    // Where the shortcut does not apply, the char comparison decides:
    // the Kelvin sign lowers to k, a soft hyphen is kept.
    assert!(same_up_to_case("kim", "\u{212a}im"));
    assert!(!same_up_to_case("Putin", "Pu\u{ad}tin"));
}

#[test]
fn stray_marker_bytes_in_a_text_match_as_without_the_word_index() {
    // Control characters that normalise to the word markers themselves:
    // the words looked up ahead (`words`) must be the ones the loop visits.
    let (g, m) = shared();
    let (g2, m2) = matcher(MatchOptions {
        word_index: false,
        ..MatchOptions::default()
    });
    for text in [
        "di \u{1}Moskwa, AS dan Korea Utara",
        "Kim Jong-un\u{1} Moskwa \u{2}Korea Utara\u{1}",
        "\u{1}\u{1}Korea\u{2} Utara \u{2}\u{1} timnas Indonesia\u{1}",
        "Korea Utara\u{1}Moskwa\u{2}",
    ] {
        assert_eq!(tag(g, m, text), tag(&g2, &m2, text), "{text:?}");
    }
}

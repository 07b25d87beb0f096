//! Precision and recall of the extractor on the sample corpus against
//! `tests/fixtures/gold_relations.jsonl`, with stand-ins for the other
//! pipeline stages: a gazetteer built here, mentions by whole-word alias
//! search, sentences split at line ends and sentence punctuation, and the
//! publication dates as printed in the articles. The integration test on
//! the real pipeline replaces this one; it keeps the rules honest meanwhile.

use super::tests::{ent, role, Rel};
use super::*;
use crate::document::{Prepared, Sentence};
use crate::gazetteer::Gazetteer;
use crate::types::{EntityType, Mention, Via};
use std::collections::BTreeSet;

const SEEDS: [(&str, &str, &str); 5] = [
    (
        "corpus/seeds/000_a4d24f8d53168425.txt",
        include_str!("../../corpus/seeds/000_a4d24f8d53168425.txt"),
        "2023-09-25",
    ),
    (
        "corpus/seeds/001_536ced1bbd919f71.txt",
        include_str!("../../corpus/seeds/001_536ced1bbd919f71.txt"),
        "2023-10-21",
    ),
    (
        "corpus/seeds/002_59e454f0b43af36c.txt",
        include_str!("../../corpus/seeds/002_59e454f0b43af36c.txt"),
        "2023-09-17",
    ),
    (
        "corpus/seeds/003_0dc7af725f29fc38.txt",
        include_str!("../../corpus/seeds/003_0dc7af725f29fc38.txt"),
        "2025-07-12",
    ),
    (
        "corpus/seeds/004_a8f5743524ae6b21.txt",
        include_str!("../../corpus/seeds/004_a8f5743524ae6b21.txt"),
        "2023-09-14",
    ),
];
const GOLD: &str = include_str!("../../tests/fixtures/gold_relations.jsonl");

fn seed_gaz() -> Gazetteer {
    use EntityType::*;
    let (p, pl, o) = (Person, Place, Organisation);
    let fm = |of: &str, s: &str| vec![role("foreign_minister", of, Some(s), None)];
    Gazetteer {
        entities: vec![
            ent(
                "vladimir-putin",
                p,
                &["Vladimir Putin", "Putin"],
                &[],
                vec![role("president", "russia", Some("2012-05-07"), None)],
            ),
            ent(
                "kim-jong-un",
                p,
                &["Kim Jong Un", "Kim Jong-un", "Kim"],
                &[],
                vec![role("leader", "north-korea", Some("2011-12-17"), None)],
            ),
            ent(
                "sergei-lavrov",
                p,
                &["Sergei Lavrov", "Sergey Lavrov", "Lavrov"],
                &[],
                fm("russia", "2004-03-09"),
            ),
            ent(
                "sergei-shoigu",
                p,
                &["Sergei Shoigu", "Sergey Shoigu", "Shoigu"],
                &[],
                vec![role(
                    "defence_minister",
                    "russia",
                    Some("2012-11-06"),
                    Some("2024-05-11"),
                )],
            ),
            ent(
                "andrei-belousov",
                p,
                &["Andrei Belousov", "Belousov"],
                &[],
                vec![role("defence_minister", "russia", Some("2024-05-12"), None)],
            ),
            ent(
                "choe-son-hui",
                p,
                &["Choe Son Hui"],
                &[],
                fm("north-korea", "2022-06-10"),
            ),
            ent(
                "alexander-matsegora",
                p,
                &["Alexander Matsegora"],
                &[],
                vec![role("ambassador", "russia", Some("2014-01-01"), None)],
            ),
            ent("russia", pl, &["Rusia", "Russia"], &["Russian"], vec![]),
            ent(
                "north-korea",
                pl,
                &[
                    "Korea Utara",
                    "Korut",
                    "DPRK",
                    "Democratic People's Republic of Korea",
                    "Republik Demokratik Rakyat Korea",
                ],
                &["North Korean"],
                vec![],
            ),
            ent(
                "south-korea",
                pl,
                &["Korea Selatan", "Korsel"],
                &["South Korean"],
                vec![],
            ),
            ent(
                "united-states",
                pl,
                &["Amerika Serikat", "AS"],
                &["American"],
                vec![],
            ),
            ent("ukraine", pl, &["Ukraina"], &["Ukrainian"], vec![]),
            ent("china", pl, &["China"], &["Chinese"], vec![]),
            ent("moscow", pl, &["Moskow", "MOSKOW"], &[], vec![]),
            ent("pyongyang", pl, &["Pyongyang"], &[], vec![]),
            ent("wonsan", pl, &["Wonsan"], &[], vec![]),
            ent("vladivostok", pl, &["Vladivostok"], &[], vec![]),
            ent(
                "vostochny-cosmodrome",
                pl,
                &["Kosmodrom Vostochny"],
                &[],
                vec![],
            ),
            ent("kursk", pl, &["Kursk"], &[], vec![]),
            ent("kyiv", pl, &["Kyiv"], &[], vec![]),
            ent("washington", pl, &["Washington"], &[], vec![]),
            ent("korean-peninsula", pl, &["Semenanjung Korea"], &[], vec![]),
            ent("jakarta", pl, &["Jakarta"], &[], vec![]),
            ent("kremlin", o, &["Kremlin"], &[], vec![]),
            ent("kcna", o, &["KCNA"], &[], vec![]),
            ent("tass", o, &["TASS"], &[], vec![]),
            ent("ria", o, &["RIA"], &[], vec![]),
            ent("afp", o, &["AFP"], &[], vec![]),
            ent("reuters", o, &["Reuters"], &[], vec![]),
            ent("voa", o, &["VOA"], &[], vec![]),
            ent(
                "united-nations",
                o,
                &["Perserikatan Bangsa-Bangsa", "PBB"],
                &[],
                vec![],
            ),
        ],
        rules: Vec::new(),
    }
}

/// Lines, then sentence punctuation followed by a space (closing quotes kept).
pub(super) fn split_for_scratch(text: &str) -> Prepared {
    split(text)
}

fn split(text: &str) -> Prepared {
    let mut sentences = Vec::new();
    let mut start = 0;
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let c = bytes[i];
        let mut cut = None;
        if c == b'\n' {
            cut = Some((i, i + 1));
        } else if matches!(c, b'.' | b'!' | b'?') {
            let mut j = i + 1;
            while text[j..].starts_with(['"', '\u{201D}']) {
                j += text[j..].chars().next().map_or(1, char::len_utf8);
            }
            if j >= bytes.len() || bytes[j] == b' ' || bytes[j] == b'\n' {
                cut = Some((j, j));
            }
        }
        if let Some((end, next)) = cut {
            if text[start..end].trim().len() > 1 {
                sentences.push(Sentence {
                    range: start..end,
                    paragraph: 0,
                });
            }
            start = next;
            i = next.max(i + 1);
        } else {
            i += 1;
        }
    }
    if text[start..].trim().len() > 1 {
        sentences.push(Sentence {
            range: start..text.len(),
            paragraph: 0,
        });
    }
    Prepared {
        clean: text.to_string(),
        paragraphs: std::iter::once(0..text.len()).collect(),
        sentences,
        date: None,
        title: None,
    }
}

fn mentions(text: &str, gaz: &Gazetteer, prep: &Prepared) -> Vec<Mention> {
    let mut found = Vec::new();
    for (ei, e) in gaz.entities.iter().enumerate() {
        for a in &e.aliases {
            for (start, _) in text.match_indices(a.as_str()) {
                let end = start + a.len();
                let ok_before = text[..start]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric() && c != '-');
                let ok_after = text[end..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric() && c != '-');
                let Some(s) = prep
                    .sentences
                    .iter()
                    .position(|s| s.range.start <= start && end <= s.range.end)
                else {
                    continue;
                };
                if ok_before && ok_after {
                    found.push(Mention {
                        start,
                        end,
                        entity: ei as u32,
                        via: Via::Exact,
                        sentence: s as u32,
                    });
                }
            }
        }
    }
    found.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut out: Vec<Mention> = Vec::new();
    for m in found {
        if out.last().is_none_or(|l| m.start >= l.end) {
            out.push(m);
        }
    }
    out
}

fn key(doc: &str, r: Rel, symmetric: bool) -> (String, Rel) {
    let (k, a, b, m) = r;
    if symmetric && b < a {
        (doc.to_string(), (k, b, a, m))
    } else {
        (doc.to_string(), (k, a, b, m))
    }
}

#[test]
fn seeds_precision_and_recall() {
    let gaz = seed_gaz();
    let lex = Lexicon::builtin();
    let mut got = BTreeSet::new();
    for (doc, text, date) in SEEDS {
        let prep = split(text);
        let mut ms = mentions(text, &gaz, &prep);
        ms.extend(title_mentions(text, &prep, &ms, &gaz, &lex, Some(date)));
        ms.sort();
        let mut out = Vec::new();
        extract(text, &prep, &ms, &gaz, &lex, &mut out);
        for r in out {
            let id = |i: u32| gaz.entities[i as usize].id.clone();
            got.insert(key(
                doc,
                (r.kind.clone(), id(r.source), id(r.target), r.modality),
                !r.directed,
            ));
        }
    }
    let mut gold = BTreeSet::new();
    for line in GOLD.lines().filter(|l| !l.trim().is_empty()) {
        let v: serde_json::Value = serde_json::from_str(line).expect("gold line parses");
        let s = |k: &str| v[k].as_str().expect("string field").to_string();
        let modality: Modality = serde_json::from_value(v["modality"].clone()).expect("modality");
        gold.insert(key(
            &s("doc"),
            (s("kind"), s("source"), s("target"), modality),
            s("kind") == "meets",
        ));
    }
    let tp = got.intersection(&gold).count() as f64;
    let precision = tp / got.len().max(1) as f64;
    let recall = tp / gold.len().max(1) as f64;
    let fp: Vec<_> = got.difference(&gold).collect();
    let fn_: Vec<_> = gold.difference(&got).collect();
    eprintln!(
        "precision {precision:.3} recall {recall:.3}\nfalse positives: {fp:#?}\nmissed: {fn_:#?}"
    );
    assert!(
        precision >= 0.9 && recall >= 0.8,
        "precision {precision:.3} recall {recall:.3}"
    );
}

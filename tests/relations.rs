//! Typed relations end to end (issue 3): precision and recall against the
//! gold relations of the sample corpus, and negative cases through the
//! binary.
#![allow(clippy::disallowed_macros)] // test reports go to the captured output

mod common;

use common::{json_lines, run_ok, seeds};
use serde_json::Value;
use std::collections::BTreeSet;

type Key = (String, String, String, String, String);

fn key(v: &Value) -> Key {
    let s = |k: &str| v[k].as_str().unwrap_or_default().to_string();
    let (mut a, mut b) = (s("source"), s("target"));
    if s("kind") == "meets" && a > b {
        std::mem::swap(&mut a, &mut b);
    }
    let doc = s("doc").rsplit('/').next().unwrap_or_default().to_string();
    (doc, s("kind"), a, b, s("modality"))
}

fn relations_of(text: &str) -> Vec<Value> {
    common::json_lines_from_stdin(&["relations", "-"], text)
}

fn has(rels: &[Value], kind: &str, source: &str, target: &str, modality: &str) -> bool {
    rels.iter().any(|r| {
        r["kind"] == kind
            && r["source"] == source
            && r["target"] == target
            && r["modality"] == modality
    })
}

#[test]
fn gold_precision_and_recall_on_the_sample_corpus() {
    let gold_text =
        std::fs::read_to_string(common::root().join("tests/fixtures/gold_relations.jsonl"))
            .unwrap();
    let gold: BTreeSet<Key> = json_lines(&gold_text).iter().map(key).collect();
    let dir = tempfile::tempdir().unwrap();
    let out = run_ok(dir.path(), &["relations", seeds().to_str().unwrap()]);
    let lines = json_lines(&out);
    for l in &lines {
        for f in [
            "doc",
            "kind",
            "source",
            "source_name",
            "target",
            "target_name",
            "trigger",
            "modality",
            "sentence",
        ] {
            assert!(l.get(f).is_some(), "field {f} missing in {l}");
        }
    }
    // the gold covers the kinds annotated in it (issue 17's kinds are
    // scored on tests/fixtures/untuned)
    let kinds: BTreeSet<String> = gold.iter().map(|k| k.1.clone()).collect();
    let pred: BTreeSet<Key> = lines
        .iter()
        .map(key)
        .filter(|k| kinds.contains(&k.1))
        .collect();
    let tp = gold.intersection(&pred).count() as f64;
    let precision = tp / pred.len().max(1) as f64;
    let recall = tp / gold.len().max(1) as f64;
    let fp: Vec<_> = pred.difference(&gold).collect();
    let fn_: Vec<_> = gold.difference(&pred).collect();
    eprintln!("precision {precision:.3} recall {recall:.3}\nfalse positives {fp:#?}\nfalse negatives {fn_:#?}");
    assert!(
        precision >= 0.9,
        "precision {precision:.3} < 0.9; false positives: {fp:#?}"
    );
    assert!(
        recall >= 0.8,
        "recall {recall:.3} < 0.8; false negatives: {fn_:#?}"
    );
}

#[test]
fn active_and_passive_give_the_same_invitation() {
    let a = relations_of("Kim Jong Un dengan sopan mengundang Putin ke Pyongyang.");
    let p = relations_of("Putin diundang oleh Kim Jong Un untuk datang ke Pyongyang.");
    assert!(
        has(&a, "invites", "kim-jong-un", "vladimir-putin", "asserted"),
        "{a:?}"
    );
    assert!(
        has(&p, "invites", "kim-jong-un", "vladimir-putin", "asserted"),
        "{p:?}"
    );
}

#[test]
fn english_relations_and_modality() {
    let r = relations_of(
        "Russian Foreign Minister Sergei Lavrov met Kim Jong Un in Pyongyang on Friday. \
         Putin will visit North Korea next year. Shoigu did not meet Kim.",
    );
    assert!(
        has(&r, "holds_office", "sergei-lavrov", "russia", "asserted"),
        "{r:?}"
    );
    assert!(
        r.iter().any(|x| x["kind"] == "meets"
            && x["modality"] == "asserted"
            && [&x["source"], &x["target"]].contains(&&Value::from("sergei-lavrov"))),
        "{r:?}"
    );
    assert!(
        has(&r, "visits", "vladimir-putin", "north-korea", "planned"),
        "{r:?}"
    );
    assert!(
        r.iter()
            .any(|x| x["kind"] == "meets" && x["modality"] == "negated"),
        "{r:?}"
    );
}

#[test]
fn negated_relations_never_become_edges() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("neg.txt");
    std::fs::write(
        &input,
        "Putin tidak akan mengunjungi Korea Utara tahun ini.\n",
    )
    .unwrap();
    run_ok(
        dir.path(),
        &["build", input.to_str().unwrap(), "-o", "out", "--quiet"],
    );
    let g: Value =
        serde_json::from_str(&std::fs::read_to_string(dir.path().join("out/graph.json")).unwrap())
            .unwrap();
    assert!(
        !g["edges"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["kind"] == "visits"),
        "{g}"
    );
    assert!(
        g["negated"]
            .as_array()
            .unwrap()
            .iter()
            .any(|e| e["kind"] == "visits"),
        "{g}"
    );
}

#[test]
fn titles_without_a_country_resolve_to_nobody() {
    let r = relations_of(
        "Menteri Luar negeri saya bertemu Kim Jong Un kemarin. Menlu tiba di Pyongyang.",
    );
    assert!(
        !r.iter()
            .any(|x| x["source"] == "sergei-lavrov" || x["target"] == "sergei-lavrov"),
        "{r:?}"
    );
}

#[test]
fn a_pair_merely_listed_together_is_not_related() {
    let r = relations_of(
        "Korea Selatan dan Amerika Serikat mengatakan latihan gabungan akan berlanjut.",
    );
    assert!(r.is_empty(), "{r:?}");
}

#[test]
fn a_title_stands_for_its_holder_at_the_document_date() {
    let r = relations_of(
        "{\"id\": \"a\", \"date\": \"2023-07-27\", \"text\": \"Menteri Pertahanan Rusia tiba di Pyongyang.\"}\n\
         {\"id\": \"b\", \"date\": \"2024-09-13\", \"text\": \"Menteri Pertahanan Rusia tiba di Pyongyang.\"}\n",
    );
    let visitor = |doc: &str| {
        r.iter()
            .find(|x| x["doc"] == doc && x["kind"] == "visits")
            .map(|x| x["source"].as_str().unwrap().to_string())
    };
    assert_eq!(visitor("a").as_deref(), Some("sergei-shoigu"), "{r:?}");
    assert_eq!(visitor("b").as_deref(), Some("andrei-belousov"), "{r:?}");
}

#[test]
fn the_new_kinds_reach_the_graph_the_exports_and_the_queries() {
    // issue 17: signs, sanctions, criticizes, supports, attacks
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("kinds.txt");
    std::fs::write(
        &input,
        "Amerika Serikat menjatuhkan sanksi terhadap Iran. China mengecam Amerika Serikat. \
         Rusia menyerang Ukraina. China mendukung Rusia. \
         Indonesia dan China menandatangani nota kesepahaman.\n",
    )
    .unwrap();
    let r = relations_of(&std::fs::read_to_string(&input).unwrap());
    for (kind, s, t) in [
        ("sanctions", "united-states", "iran"),
        ("criticizes", "china", "united-states"),
        ("attacks", "russia", "ukraine"),
        ("supports", "china", "russia"),
    ] {
        assert!(has(&r, kind, s, t, "asserted"), "{kind}: {r:?}");
    }
    assert!(r.iter().any(|x| x["kind"] == "signs"), "{r:?}");
    run_ok(
        dir.path(),
        &["build", input.to_str().unwrap(), "-o", "out", "--quiet"],
    );
    let graph = dir.path().join("out/graph.json");
    let g = graph.to_str().unwrap();
    let dot = run_ok(
        dir.path(),
        &[
            "export", "--graph", g, "--format", "dot", "--kind", "attacks",
        ],
    );
    assert!(dot.contains("attacks"), "{dot}");
    let q = run_ok(
        dir.path(),
        &[
            "neighbors",
            "Iran",
            "--kind",
            "sanctions",
            "--graph",
            g,
            "--json",
        ],
    );
    assert!(q.contains("united-states"), "{q}");
}

//! End-to-end tests of the core pipeline (issue 2) on the sample corpus and
//! on small texts written for the traps.

mod common;

use common::{build_seeds, json_lines, run, run_ok, seeds};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// `gazegraph tag` over stdin text; returns the JSON lines.
fn tag_text(text: &str) -> Vec<Value> {
    common::json_lines_from_stdin(&["tag", "-"], text)
}

fn entities(lines: &[Value]) -> BTreeSet<String> {
    lines
        .iter()
        .map(|l| l["entity"].as_str().unwrap().to_string())
        .collect()
}

/// Mentions of the seed corpus, grouped by document file name.
fn seed_mentions() -> BTreeMap<String, Vec<Value>> {
    let dir = tempfile::tempdir().unwrap();
    let out = run_ok(dir.path(), &["tag", seeds().to_str().unwrap()]);
    let mut by_doc: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for l in json_lines(&out) {
        let doc = l["doc"].as_str().unwrap();
        let name = doc.rsplit('/').next().unwrap().to_string();
        by_doc.entry(name).or_default().push(l);
    }
    by_doc
}

#[test]
fn every_seed_entity_is_found_in_its_article() {
    let expected: &[(&str, &[&str])] = &[
        (
            "000_a4d24f8d53168425.txt",
            &[
                "kim-jong-un",
                "vladimir-putin",
                "sergei-lavrov",
                "sergei-shoigu",
                "north-korea",
                "russia",
                "moscow",
                "pyongyang",
                "ukraine",
                "south-korea",
                "united-states",
                "washington-dc",
                "tass",
            ],
        ),
        (
            "001_536ced1bbd919f71.txt",
            &[
                "kim-jong-un",
                "vladimir-putin",
                "sergei-lavrov",
                "russia",
                "north-korea",
                "pyongyang",
                "moscow",
                "ukraine",
                "korean-peninsula",
                "china",
                "united-states",
            ],
        ),
        (
            "002_59e454f0b43af36c.txt",
            &[
                "kim-jong-un",
                "sergei-shoigu",
                "russia",
                "north-korea",
                "vladivostok",
                "kcna",
                "reuters",
                "ria-novosti",
                "alexander-matsegora",
                "voa",
                "vladimir-putin",
                "ukraine",
                "south-korea",
                "united-states",
                "united-nations",
                "pyongyang",
                "moscow",
            ],
        ),
        (
            "003_0dc7af725f29fc38.txt",
            &[
                "sergei-lavrov",
                "kim-jong-un",
                "north-korea",
                "russia",
                "ukraine",
                "afp",
                "tass",
                "vladimir-putin",
                "moscow",
                "pyongyang",
                "kursk",
                "kyiv",
                "choe-son-hui",
                "wonsan",
                "russian-foreign-ministry",
                "jakarta",
            ],
        ),
        (
            "004_a8f5743524ae6b21.txt",
            &[
                "vladimir-putin",
                "kim-jong-un",
                "north-korea",
                "russia",
                "kcna",
                "afp",
                "vostochny-cosmodrome",
                "kremlin",
                "moscow",
                "pyongyang",
                "ukraine",
                "united-states",
            ],
        ),
    ];
    let by_doc = seed_mentions();
    for (doc, want) in expected {
        let got = entities(by_doc.get(*doc).map(Vec::as_slice).unwrap_or(&[]));
        let missing: Vec<_> = want.iter().filter(|e| !got.contains(**e)).collect();
        assert!(
            missing.is_empty(),
            "{doc}: missing {missing:?}; found {got:?}"
        );
    }
}

#[test]
fn mention_offsets_slice_the_original_text_as_python_does() {
    let by_doc = seed_mentions();
    for (doc, lines) in by_doc {
        let text = std::fs::read_to_string(seeds().join(&doc)).unwrap();
        let chars: Vec<char> = text.chars().collect();
        for l in lines {
            let (s, e) = (
                l["start"].as_u64().unwrap() as usize,
                l["end"].as_u64().unwrap() as usize,
            );
            let slice: String = chars[s..e].iter().collect();
            assert_eq!(slice, l["text"].as_str().unwrap(), "{doc} {l}");
        }
    }
}

#[test]
fn variants_merge_into_one_node() {
    let dir = tempfile::tempdir().unwrap();
    let g = build_seeds(dir.path());
    let node = |id: &str| -> Value {
        g["nodes"]
            .as_array()
            .unwrap()
            .iter()
            .find(|n| n["id"] == id)
            .cloned()
            .unwrap_or_else(|| panic!("no node {id}"))
    };
    let surfaces = |id: &str| -> BTreeSet<String> {
        node(id)["surface"]
            .as_object()
            .unwrap()
            .keys()
            .cloned()
            .collect()
    };
    let cases: &[(&str, &[&str])] = &[
        ("kim-jong-un", &["Kim Jong Un", "Kim Jong-un"]),
        ("sergei-lavrov", &["Sergey Lavrov", "Sergei Lavrov"]),
        ("sergei-shoigu", &["Sergey Shoigu", "Sergei Shoigu"]),
        ("north-korea", &["Korut", "Korea Utara", "DPRK"]),
        ("united-states", &["AS", "Amerika Serikat"]),
        ("united-nations", &["PBB", "Perserikatan Bangsa-Bangsa"]),
    ];
    for (id, forms) in cases {
        let s = surfaces(id);
        for f in *forms {
            assert!(s.contains(*f), "{id}: {f:?} not among {s:?}");
        }
    }
    // Exactly one node per entity: no stray duplicates of the merged names.
    let ids: Vec<&str> = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n["id"].as_str().unwrap())
        .collect();
    let unique: BTreeSet<&str> = ids.iter().copied().collect();
    assert_eq!(ids.len(), unique.len());
}

#[test]
fn later_short_forms_resolve_to_the_full_name() {
    let lines = tag_text(
        "Presiden Korea Utara Kim Jong Un tiba di Vladivostok. Kim kemudian bertemu Sergei Lavrov. \
         Lavrov dan Sergey berbicara lama.",
    );
    let kim: Vec<_> = lines.iter().filter(|l| l["text"] == "Kim").collect();
    assert_eq!(kim.len(), 1, "{lines:?}");
    assert_eq!(kim[0]["entity"], "kim-jong-un");
    assert_eq!(kim[0]["via"], "partial");
    let sergey: Vec<_> = lines.iter().filter(|l| l["text"] == "Sergey").collect();
    assert_eq!(sergey.len(), 1, "{lines:?}");
    assert_eq!(sergey[0]["entity"], "sergei-lavrov");
}

#[test]
fn a_short_form_shared_by_two_entities_stays_unresolved() {
    let lines = tag_text("Sergei Lavrov dan Sergei Shoigu tiba di Pyongyang. Sergei tersenyum.");
    assert!(!lines.iter().any(|l| l["text"] == "Sergei"), "{lines:?}");
}

#[test]
fn traps_do_not_match() {
    // No Putin in "puting", no United States in a sentence-initial "As" or
    // a lowercase "as", no acronym in lowercase.
    let lines = tag_text(
        "Angin puting beliung melanda desa. As the talks began, ministers waited as usual. \
         Warga pbb dan ria bergembira.",
    );
    assert!(lines.is_empty(), "{lines:?}");
    let lines = tag_text("AS dan PBB mengecam Korut. The U.S. and the UN agreed.");
    let got = entities(&lines);
    for e in ["united-states", "united-nations", "north-korea"] {
        assert!(got.contains(e), "{e} missing from {got:?}");
    }
}

#[test]
fn spelling_variants_and_possessives_match() {
    let lines =
        tag_text("Shoygu met Kim Jongun. Putin’s envoy and Korutnya delegation; Moskwa replied.");
    let got = entities(&lines);
    for e in [
        "sergei-shoigu",
        "kim-jong-un",
        "vladimir-putin",
        "north-korea",
        "moscow",
    ] {
        assert!(got.contains(e), "{e} missing from {got:?}");
    }
}

#[test]
fn build_writes_every_default_output_and_a_summary() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(
        dir.path(),
        &["build", seeds().to_str().unwrap(), "-o", "out"],
    );
    assert!(out.status.success(), "{out:?}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("5 documents"), "{err}");
    for f in [
        "graph.json",
        "graph.dot",
        "graph.graphml",
        "graph.gexf",
        "graph.docs.jsonl",
    ] {
        assert!(dir.path().join("out").join(f).is_file(), "{f} missing");
    }
}

#[test]
fn output_is_identical_for_any_input_order_and_thread_count() {
    let dir = tempfile::tempdir().unwrap();
    let files: Vec<String> = std::fs::read_dir(seeds())
        .unwrap()
        .map(|e| e.unwrap().path().to_str().unwrap().to_string())
        .collect();
    let mut fwd = files.clone();
    fwd.sort();
    let mut rev = fwd.clone();
    rev.reverse();
    let mut a = vec!["build", "-o", "a", "--threads", "1", "--quiet"];
    a.extend(fwd.iter().map(String::as_str));
    let mut b = vec!["build", "-o", "b", "--threads", "2", "--quiet"];
    b.extend(rev.iter().map(String::as_str));
    run_ok(dir.path(), &a);
    run_ok(dir.path(), &b);
    for f in [
        "graph.json",
        "graph.dot",
        "graph.graphml",
        "graph.gexf",
        "graph.docs.jsonl",
    ] {
        let x = std::fs::read(dir.path().join("a").join(f)).unwrap();
        let y = std::fs::read(dir.path().join("b").join(f)).unwrap();
        assert!(x == y, "{f} differs between runs");
    }
}

#[test]
fn repeated_paragraphs_are_counted_once() {
    // Seed 001 repeats its whole body: Lavrov's mentions must not double.
    let by_doc = seed_mentions();
    let lines = &by_doc["001_536ced1bbd919f71.txt"];
    let lavrov = lines
        .iter()
        .filter(|l| l["entity"] == "sergei-lavrov")
        .count();
    assert_eq!(lavrov, 4, "Lavrov mentioned {lavrov} times");
}

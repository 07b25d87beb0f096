use super::spacy::{self, LabelMap, SpacyCounts};
use super::wikidata::{self, ClassMap, Langs, WikidataCounts, WikidataOptions};
use super::*;
use crate::gazetteer::Gazetteer;
use std::collections::HashSet;
use std::io::Write;

/// Nine real dump records (tests/fixtures/wikidata/README.md).
const SAMPLE: &str = include_str!("../../../tests/fixtures/wikidata/sample.jsonl");
/// A real Query Service result.
const SPARQL: &str = include_str!("../../../tests/fixtures/wikidata/sparql-results.json");
/// A spaCy pattern file written for these tests.
const PATTERNS: &str = include_str!("../../../tests/fixtures/spacy/patterns.jsonl");

fn options() -> WikidataOptions {
    WikidataOptions {
        langs: Langs::parse("id,en"),
        types: Vec::new(),
        min_sitelinks: 0,
        classes: ClassMap::builtin().expect("built-in classes"),
        known: HashSet::new(),
        default_type: None,
    }
}

fn run(
    name: &str,
    bytes: &[u8],
    opts: &WikidataOptions,
) -> (Vec<ImportRecord>, WikidataCounts, Vec<String>) {
    let mut reader = open_reader(name, bytes).expect("open");
    let (mut out, mut counts, mut warnings) = (Vec::new(), WikidataCounts::default(), Vec::new());
    wikidata::import(
        name,
        &mut reader,
        opts,
        &mut counts,
        &mut |r| {
            out.push(r);
            Ok(())
        },
        &mut |w| warnings.push(w),
    )
    .expect("import");
    (out, counts, warnings)
}

fn find<'a>(records: &'a [ImportRecord], qid: &str) -> &'a ImportRecord {
    records
        .iter()
        .find(|r| r.qid.as_deref() == Some(qid))
        .unwrap_or_else(|| panic!("{qid} not imported: {records:?}"))
}

#[test]
fn real_dump_records_get_types_names_and_qids() {
    let (records, counts, warnings) = run("sample.jsonl", SAMPLE.as_bytes(), &options());
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(counts.read, 9);
    // Wikimedia Commons and the 1992 Olympics have no mapped class; Lobe
    // Lake has no Indonesian or English name.
    assert_eq!((counts.unmapped, counts.no_name, counts.written), (2, 1, 6));
    let club = find(&records, "Q2052");
    assert_eq!(
        (club.name.as_str(), club.etype),
        ("ACF Fiorentina", EntityType::Organisation)
    );
    assert_eq!(club.id, "acf-fiorentina-q2052");
    // The older statement layout (numeric-id, no id).
    let princeton = find(&records, "Q21578");
    assert_eq!(princeton.etype, EntityType::Organisation);
    assert!(
        princeton
            .aliases
            .contains(&"Universitas Princeton".to_string()),
        "{princeton:?}"
    );
    assert_eq!(princeton.lang, ["en", "id"]);
    assert_eq!(find(&records, "Q34692").etype, EntityType::Place);
    assert_eq!(find(&records, "Q9626").etype, EntityType::Organisation);
    assert_eq!(find(&records, "Q16529168").etype, EntityType::Person);
}

#[test]
fn lang_all_keeps_every_language() {
    let opts = WikidataOptions {
        langs: Langs::parse("all"),
        ..options()
    };
    let (records, counts, _) = run("sample.jsonl", SAMPLE.as_bytes(), &opts);
    assert_eq!(counts.no_name, 0);
    let lake = find(&records, "Q22570645");
    assert_eq!(
        (lake.name.as_str(), lake.etype),
        ("Lobe Lake", EntityType::Place)
    );
    assert_eq!(lake.lang, ["ceb", "fr", "sv"]);
}

#[test]
fn filters_count_what_they_drop() {
    let opts = WikidataOptions {
        types: vec![EntityType::Person],
        ..options()
    };
    let (records, counts, _) = run("sample.jsonl", SAMPLE.as_bytes(), &opts);
    assert_eq!((records.len(), counts.other_type), (2, 5));
    // Gavin Dunne and Jelle Cant have no sitelinks, Lobe Lake one (the
    // others 65 to 114).
    let opts = WikidataOptions {
        min_sitelinks: 40,
        ..options()
    };
    let (records, counts, _) = run("sample.jsonl", SAMPLE.as_bytes(), &opts);
    assert_eq!((records.len(), counts.few_sitelinks), (4, 3));
    let known = WikidataOptions {
        known: HashSet::from(["Q2052".to_string()]),
        ..options()
    };
    let (_, counts, _) = run("sample.jsonl", SAMPLE.as_bytes(), &known);
    assert_eq!(counts.known, 1);
}

#[test]
fn array_framing_gzip_and_bzip2_give_the_same_records() {
    let (plain, _, _) = run("sample.jsonl", SAMPLE.as_bytes(), &options());
    // As latest-all.json: `[`, entities ending in `,`, `]`.
    let lines: Vec<&str> = SAMPLE.lines().collect();
    let framed = format!("[\n{}\n]\n", lines.join(",\n"));
    let (records, _, warnings) = run("latest-all.json", framed.as_bytes(), &options());
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(records, plain);
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(framed.as_bytes()).expect("gzip");
    let gz = gz.finish().expect("gzip");
    assert_eq!(run("dump.json.gz", &gz, &options()).0, plain);
    // Standard input has no name: the magic bytes decide.
    assert_eq!(run("-", &gz, &options()).0, plain);
    let mut bz = bzip2::write::BzEncoder::new(Vec::new(), bzip2::Compression::fast());
    bz.write_all(framed.as_bytes()).expect("bzip2");
    let bz = bz.finish().expect("bzip2");
    assert_eq!(run("dump.json.bz2", &bz, &options()).0, plain);
    assert_eq!(run("-", &bz, &options()).0, plain);
}

#[test]
fn a_malformed_line_is_reported_with_its_line_and_skipped() {
    let text = format!(
        "{}\n{{\"id\": \"Q1\", \"labels\": 7}}\nnot json\n",
        SAMPLE.lines().next().unwrap_or_default()
    );
    let (_, counts, warnings) = run("bad.jsonl", text.as_bytes(), &options());
    assert_eq!(counts.malformed, 2);
    assert!(
        warnings[0].starts_with("bad.jsonl:2: not a Wikidata entity"),
        "{warnings:?}"
    );
    assert!(warnings[1].starts_with("bad.jsonl:3: "), "{warnings:?}");
}

#[test]
fn query_service_results_are_read() {
    let (records, counts, _) = run("sparql-results.json", SPARQL.as_bytes(), &options());
    // No class column: every item is unmapped unless a type is given.
    assert_eq!((counts.read, counts.unmapped, records.len()), (48, 48, 0));
    let opts = WikidataOptions {
        default_type: Some(EntityType::Person),
        ..options()
    };
    let (records, counts, _) = run("sparql-results.json", SPARQL.as_bytes(), &opts);
    assert_eq!(counts.read, 48);
    let first = find(&records, "Q5798647");
    assert_eq!(first.name, "Daniel Rojo");
    assert_eq!(first.lang, ["en"]);
    // Two rows of one item are one record.
    let ids: HashSet<&str> = records.iter().map(|r| r.id.as_str()).collect();
    assert_eq!(ids.len(), records.len());
}

#[test]
fn the_loader_accepts_imported_records() {
    let (records, _, _) = run("sample.jsonl", SAMPLE.as_bytes(), &options());
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("wikidata.jsonl");
    let text: String = records.iter().map(|r| r.to_json() + "\n").collect();
    std::fs::write(&path, text).expect("write");
    let (gaz, warnings) = Gazetteer::load_with(&[path], false).expect("loads");
    assert!(warnings.is_empty(), "{warnings:?}");
    let i = gaz
        .find_id("acf-fiorentina-q2052")
        .expect("imported entity");
    assert_eq!(gaz.entities[i].qid.as_deref(), Some("Q2052"));
}

#[test]
fn class_mapping_lines_are_checked() {
    assert!(ClassMap::builtin().expect("built-in").len() > 50);
    let mut map = ClassMap::default();
    let err = map
        .add("m.tsv", "Q5\tperson\nQ6256 place\n")
        .expect_err("malformed");
    assert!(err.to_string().starts_with("m.tsv:2: "), "{err}");
    assert!(map.add("m.tsv", "X5\tperson\n").is_err());
    assert!(map.add("m.tsv", "Q5\tthing\n").is_err());
    map.add("m.tsv", "# note\nQ5\tskip\t# not people\n")
        .expect("valid");
}

fn spacy_run(labels: &LabelMap) -> (Vec<ImportRecord>, SpacyCounts, Vec<String>) {
    let (mut counts, mut warnings) = (SpacyCounts::default(), Vec::new());
    let taken = HashSet::from(["moscow".to_string()]);
    let records = spacy::import(
        "patterns.jsonl",
        &mut PATTERNS.as_bytes(),
        labels,
        &taken,
        &mut counts,
        &mut |w| warnings.push(w),
    )
    .expect("import");
    (records, counts, warnings)
}

#[test]
fn spacy_phrase_and_token_patterns_become_records() {
    let (records, counts, warnings) = spacy_run(&LabelMap::default());
    let names: Vec<(&str, &str, EntityType, Vec<&str>)> = records
        .iter()
        .map(|r| {
            (
                r.id.as_str(),
                r.name.as_str(),
                r.etype,
                r.aliases.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    use EntityType::*;
    assert_eq!(
        names,
        vec![
            ("apple", "Apple", Organisation, vec!["apple inc."]),
            ("san-francisco", "san francisco", Place, vec!["SF"]),
            ("q56226", "Kim Jong-un", Person, vec![]),
            ("shin-tae-yong", "Shin Tae-yong", Person, vec![]),
            ("danau-toba", "Danau Toba", Place, vec![]),
            (
                "bandara-soekarno-hatta",
                "Bandara Soekarno-Hatta",
                Place,
                vec![]
            ),
            ("moscow-2", "Moscow", Organisation, vec![]),
        ]
    );
    assert_eq!(records[2].qid.as_deref(), Some("Q56226"));
    assert_eq!(counts.patterns, 17);
    assert_eq!(counts.unsupported, 5);
    assert_eq!(counts.unmapped.get("NORP"), Some(&2));
    assert_eq!(counts.unmapped.get("EVENT"), Some(&1));
    let expected = [
        "patterns.jsonl:12: unsupported token pattern: OP",
        "patterns.jsonl:13: unsupported token pattern: LOWER with IN",
        "patterns.jsonl:14: unsupported token pattern: TEXT with REGEX",
        "patterns.jsonl:15: unsupported token pattern: LEMMA",
        "patterns.jsonl:16: unsupported token pattern: POS",
    ];
    assert_eq!(warnings.len(), expected.len(), "{warnings:?}");
    for (w, e) in warnings.iter().zip(expected) {
        assert!(w.starts_with(e), "{w} / {e}");
    }
}

#[test]
fn spacy_labels_can_be_remapped_or_skipped() {
    let mut labels = LabelMap::default();
    labels.set("NORP=place").expect("valid");
    labels.set("ORG=skip").expect("valid");
    assert!(labels.set("ORG").is_err());
    assert!(labels.set("ORG=thing").is_err());
    let (records, counts, _) = spacy_run(&labels);
    assert!(records.iter().all(|r| r.etype != EntityType::Organisation));
    assert!(records.iter().any(|r| r.name == "Indonesians"));
    assert_eq!(counts.unmapped.get("ORG"), Some(&3));
}

#[test]
fn the_loader_accepts_spacy_records() {
    let (records, _, _) = spacy_run(&LabelMap::default());
    let text: String = records.iter().map(|r| r.to_json() + "\n").collect();
    let (gaz, _) = Gazetteer::from_jsonl("spacy.jsonl", &text).expect("loads");
    assert_eq!(gaz.entities.len(), records.len());
}

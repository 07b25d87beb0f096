//! Tests of the parent module.
#![allow(clippy::disallowed_macros)] // test reports go to the captured output

use super::*;
use std::fs;
use std::path::Path;

/// Every entity of the five sample articles, by id.
const SEED_IDS: &[&str] = &[
    "vladimir-putin",
    "kim-jong-un",
    "sergei-lavrov",
    "sergei-shoigu",
    "choe-son-hui",
    "alexander-matsegora",
    "rahman-asmardika",
    "russia",
    "north-korea",
    "south-korea",
    "united-states",
    "ukraine",
    "china",
    "moscow",
    "pyongyang",
    "wonsan",
    "vladivostok",
    "vostochny-cosmodrome",
    "kursk",
    "kyiv",
    "washington-dc",
    "korean-peninsula",
    "northeast-asia",
    "asia-pacific",
    "jakarta",
    "bali",
    "kremlin",
    "kcna",
    "tass",
    "ria-novosti",
    "afp",
    "reuters",
    "voa",
    "united-nations",
    "russian-foreign-ministry",
    "telegram",
    "cnn-indonesia",
];

/// Loads `files` (name, content) written into a fresh folder.
fn load_files(
    files: &[(&str, &str)],
) -> Result<(Gazetteer, Vec<GazetteerWarning>), GazetteerError> {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, text) in files {
        let path = dir.path().join(name);
        if let Some(parent) = path.parent() {
            fs::create_dir_all(parent).expect("mkdir");
        }
        fs::write(path, text).expect("write");
    }
    Gazetteer::load(&[dir.path().to_path_buf()])
}

/// `file:line:col: message` lines of errors and warnings.
fn problems(
    result: &Result<(Gazetteer, Vec<GazetteerWarning>), GazetteerError>,
) -> (Vec<String>, Vec<String>) {
    let tail = |w: &GazetteerWarning| {
        let file = w.location.rsplit(['/', '\\']).next().unwrap_or("");
        format!("{file}: {}", w.message)
    };
    match result {
        Ok((_, warnings)) => (Vec::new(), warnings.iter().map(tail).collect()),
        Err(GazetteerError::Invalid { errors, warnings }) => (
            errors.iter().map(tail).collect(),
            warnings.iter().map(tail).collect(),
        ),
        Err(e) => (vec![e.to_string()], Vec::new()),
    }
}

fn entity<'a>(gaz: &'a Gazetteer, id: &str) -> &'a Entity {
    let i = gaz.find_id(id).unwrap_or_else(|| panic!("no entity {id}"));
    &gaz.entities[i]
}

#[test]
fn builtin_loads_without_errors_or_warnings() {
    let (gaz, warnings) = Gazetteer::builtin_checked().expect("builtin loads");
    assert!(warnings.is_empty(), "{warnings:#?}");
    assert!(gaz.entities.len() >= 150, "{}", gaz.entities.len());
    assert!(gaz.rules.len() >= 10);
    // Hand-curated records, then the generated ones (gazetteer/generated/).
    let first_generated = gaz
        .entities
        .iter()
        .position(|e| e.origin == Origin::Generated)
        .expect("generated records");
    assert!(gaz.entities[..first_generated]
        .iter()
        .all(|e| e.origin == Origin::Curated));
    assert!(gaz.entities[first_generated..]
        .iter()
        .all(|e| e.origin == Origin::Generated));
    for e in &gaz.entities {
        assert_eq!(e.aliases.first(), Some(&e.name), "{}", e.id);
    }
    let offices = Offices::builtin().expect("offices load");
    let fm = offices.get("foreign_minister").expect("foreign_minister");
    assert!(fm.titles["id"].contains(&"Menlu".to_string()));
}

#[test]
fn every_seed_entity_exists() {
    let gaz = Gazetteer::builtin().expect("builtin");
    let missing: Vec<_> = SEED_IDS
        .iter()
        .filter(|id| gaz.find_id(id).is_none())
        .collect();
    assert!(missing.is_empty(), "missing {missing:?}");
}

#[test]
fn builtin_names_resolve_to_the_right_entity() {
    let gaz = Gazetteer::builtin().expect("builtin");
    let cases = [
        ("Korut", "north-korea"),
        ("DPRK", "north-korea"),
        ("Democratic People's Republic of Korea", "north-korea"),
        ("Republik Demokratik Rakyat Korea", "north-korea"),
        ("Korsel", "south-korea"),
        ("AS", "united-states"),
        ("U.S.", "united-states"),
        ("Amerika Serikat", "united-states"),
        ("PBB", "united-nations"),
        ("Perserikatan Bangsa-Bangsa", "united-nations"),
        ("Moskow", "moscow"),
        ("Moskwa", "moscow"),
        ("Tiongkok", "china"),
        ("Cina", "china"),
        ("Kiev", "kyiv"),
        ("Kim Jong-un", "kim-jong-un"),
        ("Choe Son-hui", "choe-son-hui"),
        ("Aleksandr Matsegora", "alexander-matsegora"),
        ("Kosmodrom Vostochny", "vostochny-cosmodrome"),
        ("Semenanjung Korea", "korean-peninsula"),
        ("Kementerian Luar Negeri Rusia", "russian-foreign-ministry"),
        ("Asia Timur Laut", "northeast-asia"),
        ("Asia-Pasifik", "asia-pacific"),
        ("RIA", "ria-novosti"),
        ("Uni Eropa", "european-union"),
        ("Pakta Pertahanan Atlantik Utara", "nato"),
        ("Gedung Putih", "white-house"),
    ];
    for (name, id) in cases {
        let key = name_key(name);
        let owners: Vec<&str> = gaz
            .entities
            .iter()
            .filter(|e| e.aliases.iter().any(|a| name_key(a) == key))
            .map(|e| e.id.as_str())
            .collect();
        assert!(owners.contains(&id), "{name}: {owners:?}");
        if owners.len() > 1 {
            // Shared knowingly ("PBB": the UN, or Partai Bulan Bintang):
            // the default claimant is the entity meant without context.
            let default = gaz.chunks.notes.default_for(name);
            let default = default.map(|e| gaz.entities[e as usize].id.as_str());
            assert_eq!(default, Some(id), "{name}: {owners:?}");
        }
    }
}

#[test]
fn builtin_roles_follow_the_dates() {
    let gaz = Gazetteer::builtin().expect("builtin");
    let holder = |office: &str, of: &str, day: &str| -> Vec<String> {
        gaz.entities
            .iter()
            .filter(|e| {
                e.roles.iter().any(|r| {
                    r.office == office
                        && r.of == of
                        && r.start.as_deref().is_none_or(|s| s <= day)
                        && r.end.as_deref().is_none_or(|end| day < end)
                })
            })
            .map(|e| e.id.clone())
            .collect()
    };
    assert_eq!(
        holder("defence_minister", "russia", "2023-09-17"),
        ["sergei-shoigu"]
    );
    assert_eq!(
        holder("defence_minister", "russia", "2024-06-01"),
        ["andrei-belousov"]
    );
    assert_eq!(
        holder("foreign_minister", "russia", "2025-07-12"),
        ["sergei-lavrov"]
    );
    assert_eq!(
        holder("foreign_minister", "north-korea", "2025-07-12"),
        ["choe-son-hui"]
    );
    assert_eq!(
        holder("president", "russia", "2023-09-13"),
        ["vladimir-putin"]
    );
    assert_eq!(
        holder("president", "indonesia", "2025-01-01"),
        ["prabowo-subianto"]
    );
    let shoigu = entity(&gaz, "sergei-shoigu");
    assert!(shoigu.short.contains(&"Shoigu".to_string()));
}

#[test]
fn slugs() {
    for (name, want) in [
        ("Kim Jong-un", "kim-jong-un"),
        ("  Recep Tayyip Erdoğan ", "recep-tayyip-erdogan"),
        ("Workers' Party of Korea", "workers-party-of-korea"),
        ("U.S.", "u-s"),
        ("---", ""),
        ("Tô Lâm", "to-lam"),
    ] {
        assert_eq!(slug(name), want, "{name}");
    }
}

#[test]
fn acronyms_and_name_keys() {
    assert!(is_acronym("AS") && is_acronym("U.S.") && is_acronym("NATO"));
    assert!(!is_acronym("As") && !is_acronym("ITAR-TASS") && !is_acronym("123"));
    assert_ne!(name_key("AS"), name_key("As"));
    assert_eq!(name_key("Kim Jong-un"), name_key("kim jongun"));
    assert_eq!(name_key("Erdoğan"), name_key("Erdogan"));
}

#[test]
fn record_problems_are_reported_with_their_place() {
    // (file content, expected errors, expected warnings), each as
    // substrings of `file:line:col: message`.
    let cases: &[(&str, &[&str], &[&str])] = &[
        (r#"{"id": "a", "name": }"#, &["e.jsonl:1:21: malformed JSON"], &[]),
        (r#"{"name": "A", "type": "person"}"#, &["e.jsonl:1:1: missing `id`"], &[]),
        (r#"{"id": "a", "type": "person"}"#, &["e.jsonl:1:1: missing `name`"], &[]),
        (r#"{"id": "a", "name": "Alpha"}"#, &["e.jsonl:1:1: missing `type`"], &[]),
        (
            r#"{"id": "a", "name": "Alpha", "type": "persn"}"#,
            &["e.jsonl:1:30: unknown type `persn`"],
            &[],
        ),
        (
            "{\"id\": \"a\", \"name\": \"Alpha\", \"type\": \"place\"}\n{\"id\": \"a\", \"name\": \"Beta\", \"type\": \"place\"}",
            &["e.jsonl:2:2: duplicate id `a` (first defined at ", "e.jsonl:1:2)"],
            &[],
        ),
        (
            "{\"id\": \"a\", \"name\": \"Alpha\", \"type\": \"place\", \"aliases\": [\"Shared\"]}\n{\"id\": \"b\", \"name\": \"Beta\", \"type\": \"person\", \"aliases\": [\"shared\"]}",
            &[],
            &["e.jsonl:2:", "name `shared` of `b` is also claimed by `a`"],
        ),
        (
            r#"{"id": "a", "name": "A b", "type": "place", "aliases": ["", "x", " "]}"#,
            &[],
            &[
                "empty or one-character alias \"\" of `a` skipped",
                "one-character alias \"x\"",
                // a one-space alias is shown as one, not as empty quotes
                "one-character alias \" \" of `a`",
            ],
        ),
        (
            r#"{"id": "a", "name": "Ab", "type": "person", "roles": [{"office": "president", "of": "a", "start": "2023-02-30"}]}"#,
            &["e.jsonl:1:", "bad date `2023-02-30`"],
            &[],
        ),
        (
            r#"{"id": "a", "name": "Ab", "type": "person", "roles": [{"office": "president", "of": "nowhere"}]}"#,
            &[],
            &["refers to unknown entity `nowhere`"],
        ),
        (
            r#"{"id": "a", "name": "Ab", "type": "person", "roles": [{"office": "wizard", "of": "a"}]}"#,
            &[],
            &["role office `wizard` of `a` is not in offices.jsonl"],
        ),
        (
            r#"{"id": "a", "name": "Ab", "type": "person", "alias": ["Abc"]}"#,
            &[],
            &["e.jsonl:1:45: unknown field `alias` ignored"],
        ),
        (
            r#"{"id": "a", "name": "Ab", "type": "person", "qid": "7747"}"#,
            &["bad Wikidata id `7747`"],
            &[],
        ),
        ("[1, 2]", &["e.jsonl:1:1: a record must be a JSON object"], &[]),
        // Columns count characters, not bytes.
        (r#"{"id": "é", "name": "Ééé" "type"}"#, &["e.jsonl:1:27: malformed JSON"], &[]),
        // A duplicate id is reported even when the record has other faults.
        (
            "{\"id\": \"a\", \"name\": \"Alpha\", \"type\": \"place\"}\n{\"id\": \"a\", \"type\": \"persn\"}",
            &["e.jsonl:2:1: missing `name`", "e.jsonl:2:2: duplicate id `a`"],
            &[],
        ),
        (r#"{oops"#, &["e.jsonl:1:2: malformed JSON: key must be a string"], &[]),
        // Every bad line is reported, not just the first.
        ("{\n{\"id\": \"b\"}\n", &["e.jsonl:1:", "e.jsonl:2:1: missing `name`"], &[]),
    ];
    for (text, errors, warnings) in cases {
        let result = load_files(&[("e.jsonl", text)]);
        let (got_errors, got_warnings) = problems(&result);
        let joined_e = got_errors.join("\n");
        let joined_w = got_warnings.join("\n");
        for want in *errors {
            assert!(
                joined_e.contains(want),
                "{text}\nwant error {want:?}\ngot {joined_e}"
            );
        }
        for want in *warnings {
            assert!(
                joined_w.contains(want),
                "{text}\nwant warning {want:?}\ngot {joined_w}"
            );
        }
        assert_eq!(
            errors.is_empty(),
            got_errors.is_empty(),
            "{text}: {joined_e}"
        );
        assert_eq!(
            warnings.is_empty(),
            got_warnings.is_empty(),
            "{text}: {joined_w}"
        );
    }
}

#[test]
fn plain_lists_are_typed_by_file_name_and_deduplicated() {
    let (gaz, warnings) = load_files(&[
        (
            "a.jsonl",
            r#"{"id": "jakarta", "name": "Jakarta", "type": "place"}"#,
        ),
        (
            "lists/person.txt",
            "# comment\nJakarta\n\nAri Wibowo\nAriwibowo\nari wibowo\nX\n",
        ),
        ("lists/places.txt", "jakarta\nBandung\n"),
        ("lists/dbpedia-organization.txt", "Jakarta\n"),
        ("offices.jsonl", "{\"office\": \"president\"}\n"),
        ("README.md", "not a gazetteer"),
        ("relations.jsonl", "not entities"),
        (".git/person.txt", "Hidden Name"),
    ])
    .expect("loads");
    let ids: Vec<(&str, EntityType, Origin)> = gaz
        .entities
        .iter()
        .map(|e| (e.id.as_str(), e.etype, e.origin))
        .collect();
    assert_eq!(
        ids,
        [
            ("jakarta", EntityType::Place, Origin::Curated),
            (
                "jakarta-organisation",
                EntityType::Organisation,
                Origin::List
            ),
            ("jakarta-person", EntityType::Person, Origin::List),
            ("ari-wibowo", EntityType::Person, Origin::List),
            ("bandung", EntityType::Place, Origin::List),
        ]
    );
    let shown: Vec<String> = warnings
        .iter()
        .map(|w| w.to_string().rsplit('/').next().unwrap_or("").to_string())
        .collect();
    let joined = shown.join("\n");
    for want in [
        "person.txt:7:1: one-character name `X` skipped",
        "person.txt:5:1: 2 duplicate names skipped",
        "places.txt:1:1: 1 duplicate names skipped",
        "person.txt:2:1: 1 names also claimed by an entity of another type",
    ] {
        assert!(joined.contains(want), "want {want}\ngot {joined}");
    }
}

#[test]
fn untyped_lists_and_bad_rules_are_errors() {
    let (errors, _) = problems(&load_files(&[("names.txt", "Abc\n")]));
    assert!(
        errors[0].contains("names.txt: cannot tell the entity type"),
        "{errors:?}"
    );
    let rules = "ey\tei\tany\nA\tb\nx\ty\tmiddle\noi\toy\n";
    let (errors, _) = problems(&load_files(&[("variants.tsv", rules)]));
    assert_eq!(errors.len(), 2, "{errors:?}");
    assert!(errors[0].contains("variants.tsv:2:1: rule `A`"));
    assert!(errors[1].contains("variants.tsv:3:1: unknown anchor `middle`"));
    let (gaz, _) =
        load_files(&[("variants.tsv", "ey\tei\tany\t# Sergey\niy\ty\tend\n")]).expect("rules");
    assert_eq!(
        gaz.rules,
        [
            TranslitRule {
                from: "ey".into(),
                to: "ei".into(),
                anchor: RuleAnchor::Any
            },
            TranslitRule {
                from: "iy".into(),
                to: "y".into(),
                anchor: RuleAnchor::End
            },
        ]
    );
}

#[test]
fn odd_encodings_and_line_ends() {
    let mut bytes = b"\xef\xbb\xbfJakarta\r\nBan\xffdung\r\nSurabaya".to_vec();
    bytes.extend_from_slice(b"\rXy\n");
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("place.txt");
    fs::write(&path, &bytes).expect("write");
    let (gaz, warnings) = Gazetteer::load(&[path]).expect("loads");
    let names: Vec<&str> = gaz.entities.iter().map(|e| e.name.as_str()).collect();
    // BOM stripped; CRLF, LF and a lone CR all end a line.
    assert_eq!(names, ["Jakarta", "Ban\u{fffd}dung", "Surabaya", "Xy"]);
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert!(warnings[0]
        .to_string()
        .ends_with("place.txt:2:1: invalid UTF-8, decoded with replacement characters"));
}

#[cfg(unix)]
#[test]
fn symlink_loops_are_reported() {
    let dir = tempfile::tempdir().expect("temp dir");
    std::os::unix::fs::symlink(dir.path(), dir.path().join("loop")).expect("symlink");
    let err = Gazetteer::load(&[dir.path().to_path_buf()]).unwrap_err();
    assert!(err.to_string().contains("loop"), "{err}");
}

#[test]
fn missing_path_is_an_io_error() {
    let err = Gazetteer::load(&[PathBuf::from("/nonexistent/gazetteer")]).unwrap_err();
    assert!(matches!(err, GazetteerError::Io { .. }));
    assert!(err
        .to_string()
        .contains("/nonexistent/gazetteer: cannot read"));
}

/// Needs the DBpedia lists in `../shared/gazetteers/dbpedia-id` beside the
/// repository (or the folder named by `GAZEGRAPH_DBPEDIA`); run with
/// `cargo test --lib -- --ignored dbpedia`. Fails when they are absent.
#[test]
#[ignore = "needs ../shared/gazetteers/dbpedia-id (sample data outside the repository)"]
fn dbpedia_lists_load_and_deduplicate() {
    let dir = std::env::var_os("GAZEGRAPH_DBPEDIA").map_or_else(
        || Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/gazetteers/dbpedia-id"),
        std::path::PathBuf::from,
    );
    assert!(dir.is_dir(), "DBpedia lists not found in {}", dir.display());
    let (gaz, warnings) = Gazetteer::load(&[dir]).expect("dbpedia loads");
    let n = gaz.entities.len();
    println!(
        "dbpedia-id: {n} entities after deduplication, {} warnings",
        warnings.len()
    );
    assert!((187_000..=189_781).contains(&n), "{n}");
    let mut ids: Vec<&str> = gaz.entities.iter().map(|e| e.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), n, "ids are unique");
}

// Issue 14: a list of a million one-letter names printed a million
// warnings. Past the first few of one shape per file, one line counts
// the rest.
#[test]
fn repeated_warnings_are_capped_with_a_count() {
    let letters: String = (0..5000)
        .map(|i| format!("{}\n", (b'A' + (i % 26) as u8) as char))
        .collect();
    let (_, warnings) = load_files(&[("person.txt", letters.as_str())]).expect("loads");
    let shown: Vec<String> = warnings.iter().map(ToString::to_string).collect();
    assert_eq!(shown.len(), load::MAX_SAME_WARNINGS + 1, "{shown:#?}");
    let last = shown.last().unwrap();
    assert!(
        last.contains(
            "person.txt:11:1: 4990 more warnings like \"one-character name `…` skipped\""
        ),
        "{last}"
    );
}

#[test]
fn origin_field_must_be_curated_or_generated() {
    let ok = r#"{"id": "a", "name": "Alpha", "type": "place", "origin": "curated"}"#;
    let (gaz, _) = Gazetteer::from_jsonl("t.jsonl", ok).expect("loads");
    assert_eq!(gaz.entities[0].origin, Origin::Curated);
    let bad = r#"{"id": "a", "name": "Alpha", "type": "place", "origin": "imported"}"#;
    let Err(GazetteerError::Invalid { errors, .. }) = Gazetteer::from_jsonl("t.jsonl", bad) else {
        panic!("an unknown origin must be an error");
    };
    assert_eq!(errors[0].location, "t.jsonl:1:47");
    assert!(
        errors[0].message.contains("`origin`"),
        "{}",
        errors[0].message
    );
}

/// The documented scope of the built-in gazetteer (gazetteer/README.md,
/// "Where the built-in entities come from"): one entity per name below.
#[test]
fn builtin_knows_the_world() {
    let gaz = Gazetteer::builtin().expect("builtin");
    let generated = |file_ids: &[&str]| {
        for id in file_ids {
            let e = entity(&gaz, id);
            assert_eq!(e.origin, Origin::Generated, "{id}");
        }
    };
    // Countries with Indonesian names and demonyms, provinces, regencies
    // and cities, capitals and cities over a million.
    generated(&[
        "zambia",
        "kabupaten-sleman",
        "cimahi",
        "kabupaten-bogor",
        "nairobi",
    ]);
    let count = |o: Origin| gaz.entities.iter().filter(|e| e.origin == o).count();
    assert!(
        count(Origin::Generated) >= 1200,
        "{}",
        count(Origin::Generated)
    );
    let names = |id: &str| entity(&gaz, id).aliases.clone();
    assert!(names("zambia").contains(&"Zambia".to_string()));
    assert!(names("germany").contains(&"Jerman".to_string()));
    assert!(names("kabupaten-sleman").contains(&"Sleman".to_string()));
    // Hand-curated records win: one record for Jakarta, Bogor the city keeps
    // the bare name, and no generated record repeats a curated name.
    assert!(!names("kabupaten-bogor").contains(&"Bogor".to_string()));
    // Common words are withheld: "Lima" is five, "Batu" a stone.
    for e in &gaz.entities {
        for n in e.full_names() {
            assert!(
                !["Lima", "Batu", "Male"].contains(&n.as_str()),
                "{}: {n}",
                e.id
            );
        }
    }
    for id in [
        "liverpool-fc",
        "persija-jakarta",
        "apple-inc",
        "asean",
        "droupadi-murmu",
    ] {
        assert_eq!(entity(&gaz, id).origin, Origin::Curated, "{id}");
    }
}

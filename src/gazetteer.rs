//! Gazetteer: the entities gazegraph can recognise, loaded from JSON Lines
//! records or plain name lists, plus the transliteration rules (data, not
//! code) used to generate spelling variants.
//!
//! Loading is strict about structure and lenient about content: malformed
//! records, missing fields, unknown types, duplicate ids and bad dates are
//! errors (all of them are collected and reported together), while
//! questionable content (empty or one-character names, an alias claimed by
//! two entities, a role pointing at an unknown entity) is kept or skipped
//! with a [`GazetteerWarning`]. Nothing is dropped silently. See
//! `gazetteer/README.md` for the file formats and the ambiguity policy.

use crate::types::EntityType;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::PathBuf;

mod keys;
mod lists;
mod load;
mod offices;
mod records;

pub use keys::{is_acronym, slug};
pub(crate) use keys::{name_key, name_key_into};
pub use offices::{Office, Offices};

/// The built-in entity records, embedded so the binary works anywhere.
const BUILTIN_ENTITIES: &str = include_str!("../gazetteer/entities.jsonl");
/// The built-in transliteration rules.
const BUILTIN_VARIANTS: &str = include_str!("../gazetteer/variants.tsv");
/// The built-in office titles.
const BUILTIN_OFFICES: &str = include_str!("../gazetteer/offices.jsonl");

/// One office held over a period, e.g. Russia's foreign minister from 2004.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// Office id from `gazetteer/offices.jsonl`, e.g. `foreign_minister`.
    pub office: String,
    /// Id of the country or organisation the office belongs to.
    pub of: String,
    /// First day in office (YYYY-MM-DD), if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub start: Option<String>,
    /// Last day in office (YYYY-MM-DD); `None` while in office.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub end: Option<String>,
    /// For posts held towards another entity (an ambassador's host
    /// country): that entity's id.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
}

/// Where an entity came from; curated records get variant expansion and
/// short forms, plain lists are matched as written (normalised only).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Origin {
    /// A JSON Lines record with aliases and metadata.
    Curated,
    /// A line of a plain name list.
    List,
}

/// One entity of the gazetteer.
#[derive(Clone, Debug)]
pub struct Entity {
    /// Stable slug, unique in the gazetteer.
    pub id: String,
    /// Canonical display name.
    pub name: String,
    /// Person, place or organisation.
    pub etype: EntityType,
    /// Wikidata id, where known.
    pub qid: Option<String>,
    /// Full names the entity goes by (canonical name first), any language.
    pub aliases: Vec<String>,
    /// Short forms that may stand alone (surname or known-as name such as
    /// "Putin"); resolved from context, or alone when no other entity
    /// claims them.
    pub short: Vec<String>,
    /// Adjectives and nouns of nationality ("Russian"), for places.
    pub demonyms: Vec<String>,
    /// Offices held, with dates.
    pub roles: Vec<Role>,
    /// Curated record or plain list line.
    pub origin: Origin,
}

/// Where a transliteration rule may apply inside a word.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RuleAnchor {
    /// Anywhere in the word.
    Any,
    /// Only at the start of a word.
    Start,
    /// Only at the end of a word.
    End,
}

/// A spelling rule: `from` may be written `to` (e.g. `ey` → `ei`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TranslitRule {
    /// Lowercase letters to replace.
    pub from: String,
    /// Lowercase replacement.
    pub to: String,
    /// Where in a word the rule applies.
    pub anchor: RuleAnchor,
}

/// A loaded gazetteer.
#[derive(Clone, Debug, Default)]
pub struct Gazetteer {
    /// All entities, in load order.
    pub entities: Vec<Entity>,
    /// Transliteration rules for variant generation.
    pub rules: Vec<TranslitRule>,
}

/// A problem found while loading a gazetteer, with its place in the input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GazetteerWarning {
    /// `file:line:column` (1-based; the column counts characters).
    pub location: String,
    /// What was wrong and what was done about it.
    pub message: String,
}

impl fmt::Display for GazetteerWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.location, self.message)
    }
}

/// A fatal gazetteer problem: the gazetteer is not usable as given.
#[derive(Debug, thiserror::Error)]
pub enum GazetteerError {
    /// A file or folder could not be read.
    #[error("{path}: {message}")]
    Io {
        /// The path as given.
        path: String,
        /// The reason, e.g. the OS error.
        message: String,
    },
    /// One or more records are invalid; every one is listed.
    #[error("{} gazetteer error(s):{}", errors.len(), list_problems(errors))]
    Invalid {
        /// The errors, in input order.
        errors: Vec<GazetteerWarning>,
        /// Warnings found along the way, so a checker can still show them.
        warnings: Vec<GazetteerWarning>,
    },
}

/// Formats problems one per line, indented, for an error message.
fn list_problems(problems: &[GazetteerWarning]) -> String {
    let mut out = String::new();
    for p in problems {
        out.push_str("\n  ");
        out.push_str(&p.to_string());
    }
    out
}

impl Gazetteer {
    /// The default gazetteer embedded in the binary
    /// (`gazetteer/entities.jsonl` and `gazetteer/variants.tsv`).
    ///
    /// # Errors
    /// Fails only if the embedded data is invalid (a test guards this).
    pub fn builtin() -> Result<Gazetteer, GazetteerError> {
        Gazetteer::builtin_checked().map(|(gaz, _)| gaz)
    }

    /// The default gazetteer with the warnings its data raises (none are
    /// expected; `check-gazetteer` shows them).
    ///
    /// # Errors
    /// Fails only if the embedded data is invalid.
    pub fn builtin_checked() -> Result<(Gazetteer, Vec<GazetteerWarning>), GazetteerError> {
        let mut loader = load::Loader::new();
        loader.offices_text("builtin:gazetteer/offices.jsonl", BUILTIN_OFFICES)?;
        loader.records(
            "builtin:gazetteer/entities.jsonl",
            BUILTIN_ENTITIES.as_bytes(),
        )?;
        loader.variants(
            "builtin:gazetteer/variants.tsv",
            BUILTIN_VARIANTS.as_bytes(),
        )?;
        loader.finish()
    }

    /// Loads gazetteer files and folders (folders recursively, files sorted
    /// by name). `*.jsonl` files are entity records, `variants*.tsv` files
    /// transliteration rules, `*.txt` files plain name lists typed by their
    /// file name (`person.txt`, `places.txt`, `organization.txt`, ...).
    /// `offices.jsonl`, `relations*`, `lexicon*`, `triggers*` and `*.md`
    /// are reserved for other loaders and skipped; `offices.jsonl` is used
    /// to check role office ids (the built-in offices when none is given).
    ///
    /// # Errors
    /// Fails on unreadable paths and invalid records, listing every error.
    pub fn load(paths: &[PathBuf]) -> Result<(Gazetteer, Vec<GazetteerWarning>), GazetteerError> {
        let mut loader = load::Loader::new();
        for path in paths {
            loader.path(path)?;
        }
        loader.finish()
    }

    /// [`Gazetteer::load`] of `paths`, or [`Gazetteer::builtin_checked`]
    /// when `paths` is empty (the `-g` rule of every command).
    ///
    /// # Errors
    /// As [`Gazetteer::load`].
    pub fn load_or_builtin(
        paths: &[PathBuf],
    ) -> Result<(Gazetteer, Vec<GazetteerWarning>), GazetteerError> {
        if paths.is_empty() {
            Gazetteer::builtin_checked()
        } else {
            Gazetteer::load(paths)
        }
    }

    /// The index of the entity with this id (a linear scan: build your own
    /// map for repeated lookups).
    pub fn find_id(&self, id: &str) -> Option<usize> {
        self.entities.iter().position(|e| e.id == id)
    }
}

#[cfg(test)]
mod tests {
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
        assert!(gaz.entities.iter().all(|e| e.origin == Origin::Curated));
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
            assert_eq!(owners, vec![id], "{name}");
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
                r#"{"id": "a", "name": "A b", "type": "place", "aliases": ["", "x"]}"#,
                &[],
                &["empty or one-character alias `` of `a` skipped", "one-character alias `x`"],
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

    #[test]
    fn dbpedia_lists_load_and_deduplicate() {
        // ../shared next to the repository (or next to its worktree folder).
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let Some(dir) = ["../shared", "../../shared"]
            .iter()
            .map(|up| root.join(up).join("gazetteers/dbpedia-id"))
            .find(|d| d.is_dir())
        else {
            return;
        };
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
}

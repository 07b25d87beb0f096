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

use crate::base::types::EntityType;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::PathBuf;

mod chunks;
pub mod import;
mod keys;
mod lines;
mod lists;
mod load;
mod notes;
mod offices;
mod records;

pub use chunks::{ChunkWords, BODY, CLUB, CONNECTOR, HEAD, PLACE, REGION, STOP, TITLE};
pub use keys::{is_acronym, slug};
pub(crate) use keys::{name_key, name_key_into};
pub use notes::{holds_word, RecordNotes};
pub use offices::{Office, Offices};

/// The built-in entity records, embedded so the binary works anywhere.
const BUILTIN_ENTITIES: &str = include_str!("../../gazetteer/entities.jsonl");
/// The rest of the built-in records, loaded after `entities.jsonl` in this
/// order: the hand-curated `gazetteer/world/` files, then the generated
/// `gazetteer/generated/` files (written by `scripts/gazetteer/build.py`,
/// every record `"origin": "generated"`).
const BUILTIN_RECORDS: [(&str, &str); 10] = [
    (
        "builtin:gazetteer/world/organisations.jsonl",
        include_str!("../../gazetteer/world/organisations.jsonl"),
    ),
    (
        "builtin:gazetteer/world/companies.jsonl",
        include_str!("../../gazetteer/world/companies.jsonl"),
    ),
    (
        "builtin:gazetteer/world/clubs.jsonl",
        include_str!("../../gazetteer/world/clubs.jsonl"),
    ),
    (
        "builtin:gazetteer/world/people.jsonl",
        include_str!("../../gazetteer/world/people.jsonl"),
    ),
    (
        "builtin:gazetteer/world/people-public.jsonl",
        include_str!("../../gazetteer/world/people-public.jsonl"),
    ),
    (
        "builtin:gazetteer/world/places.jsonl",
        include_str!("../../gazetteer/world/places.jsonl"),
    ),
    (
        "builtin:gazetteer/generated/countries.jsonl",
        include_str!("../../gazetteer/generated/countries.jsonl"),
    ),
    (
        "builtin:gazetteer/generated/indonesia.jsonl",
        include_str!("../../gazetteer/generated/indonesia.jsonl"),
    ),
    (
        "builtin:gazetteer/generated/cities.jsonl",
        include_str!("../../gazetteer/generated/cities.jsonl"),
    ),
    (
        "builtin:gazetteer/generated/subdivisions.jsonl",
        include_str!("../../gazetteer/generated/subdivisions.jsonl"),
    ),
];
/// The built-in transliteration rules.
const BUILTIN_VARIANTS: &str = include_str!("../../gazetteer/variants.tsv");
/// The built-in office titles.
const BUILTIN_OFFICES: &str = include_str!("../../gazetteer/offices.jsonl");
/// The built-in name-chunk words.
const BUILTIN_CHUNKS: &str = include_str!("../../gazetteer/chunks.tsv");

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
    /// A JSON Lines record marked `"origin": "generated"` (built by a
    /// script from a dataset, not reviewed name by name): matched as a
    /// curated record, but its full names only where the text capitalises
    /// some word of them, as plain lists are; a hand-curated record wins an
    /// ambiguous name over it.
    Generated,
    /// A line of a plain name list.
    List,
}

/// How the letter case of the text must look for a record's names to
/// match (the `case` field of a record, or a file's `{"case": ...}` line).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum CaseSetting {
    /// The default: acronyms (no lowercase letter, at most 6 letters) only
    /// as written; a one-word name only capitalised (it may be a common
    /// word: "Said", "The", "Antara"); longer names in any case.
    #[default]
    Auto,
    /// Letters exactly as listed, case included.
    Exact,
    /// Some word of the match capitalised, as for plain lists.
    Capitalised,
    /// Any case.
    Any,
}

impl CaseSetting {
    /// Parses `exact`, `capitalised` (or `capitalized`), `any` or `auto`.
    pub fn parse(s: &str) -> Option<CaseSetting> {
        match s.trim().to_ascii_lowercase().as_str() {
            "auto" => Some(CaseSetting::Auto),
            "exact" => Some(CaseSetting::Exact),
            "capitalised" | "capitalized" => Some(CaseSetting::Capitalised),
            "any" => Some(CaseSetting::Any),
            _ => None,
        }
    }
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
    /// Full names the entity goes by (canonical name first), any language;
    /// empty for a plain-list entry, whose one full name is `name` (see
    /// [`Entity::full_names`]).
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
    /// Letter-case policy of the names (records only; plain lists always
    /// need a capital, see `gazetteer/README.md`).
    pub case: CaseSetting,
}

impl Entity {
    /// The full names of the entity, canonical name first: its aliases, or
    /// its name alone when it has none (plain-list entries).
    pub fn full_names(&self) -> &[String] {
        if self.aliases.is_empty() {
            std::slice::from_ref(&self.name)
        } else {
            &self.aliases
        }
    }
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
    /// Name-chunk words (`chunks.tsv`, plus every word of the office
    /// titles): connectors, stop words, titles, place heads, organisation
    /// heads.
    pub chunks: ChunkWords,
}

/// Where the entities of a gazetteer came from: the file of each (files
/// hold consecutive entities) and the `lang` field of records that have
/// one.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Sources {
    /// Every file read, with the index of its first entity, in load order.
    pub files: Vec<(String, usize)>,
    /// (entity index, language codes) of the records with a `lang` field.
    pub langs: Vec<(usize, Vec<String>)>,
}

impl Sources {
    /// The file entity `index` was read from.
    pub fn file_of(&self, index: usize) -> &str {
        let at = self.files.partition_point(|(_, start)| *start <= index);
        self.files
            .get(at.wrapping_sub(1))
            .map_or("?", |(f, _)| f.as_str())
    }
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
        Gazetteer::load_with(&[], true)
    }

    /// A gazetteer of JSON Lines records given as text, with the built-in
    /// offices and chunk words and no transliteration rules; `name` is used
    /// in messages.
    ///
    /// # Errors
    /// As [`Gazetteer::load`].
    pub fn from_jsonl(
        name: &str,
        text: &str,
    ) -> Result<(Gazetteer, Vec<GazetteerWarning>), GazetteerError> {
        let mut loader = load::Loader::new();
        loader.records(name, text.as_bytes())?;
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

    /// The `-g` rule of every command: the built-in gazetteer (when
    /// `builtin`) plus the files and folders of `paths`, loaded as
    /// [`Gazetteer::load`] does. A file identical to the built-in file of its
    /// kind is skipped when the built-in gazetteer is loaded (so the old
    /// habit `-g gazetteer -g extra.jsonl` inside a checkout still works).
    ///
    /// # Errors
    /// As [`Gazetteer::load`]; an id the built-in gazetteer already defines
    /// is a duplicate, and its message points at `--no-builtin`.
    pub fn load_with(
        paths: &[PathBuf],
        builtin: bool,
    ) -> Result<(Gazetteer, Vec<GazetteerWarning>), GazetteerError> {
        Gazetteer::loader_with(paths, builtin)?.finish()
    }

    /// [`Gazetteer::load_with`], with where each entity came from (for
    /// `gazetteer stats`).
    ///
    /// # Errors
    /// As [`Gazetteer::load_with`].
    pub fn load_with_sources(
        paths: &[PathBuf],
        builtin: bool,
    ) -> Result<(Gazetteer, Vec<GazetteerWarning>, Sources), GazetteerError> {
        Gazetteer::loader_with(paths, builtin)?.finish_with_sources()
    }

    /// The loader of [`Gazetteer::load_with`], every path read.
    fn loader_with(paths: &[PathBuf], builtin: bool) -> Result<load::Loader, GazetteerError> {
        let mut loader = load::Loader::new();
        if builtin {
            loader.offices_text("builtin:gazetteer/offices.jsonl", BUILTIN_OFFICES)?;
            loader.records(
                "builtin:gazetteer/entities.jsonl",
                BUILTIN_ENTITIES.as_bytes(),
            )?;
            for (name, text) in BUILTIN_RECORDS {
                loader.records(name, text.as_bytes())?;
            }
            loader.variants(
                "builtin:gazetteer/variants.tsv",
                BUILTIN_VARIANTS.as_bytes(),
            )?;
            loader.skip_same = vec![BUILTIN_OFFICES, BUILTIN_ENTITIES, BUILTIN_VARIANTS];
            loader
                .skip_same
                .extend(BUILTIN_RECORDS.iter().map(|(_, text)| *text));
        }
        for path in paths {
            loader.path(path)?;
        }
        Ok(loader)
    }

    /// The index of the entity with this id (a linear scan: build your own
    /// map for repeated lookups).
    pub fn find_id(&self, id: &str) -> Option<usize> {
        self.entities.iter().position(|e| e.id == id)
    }
}

#[cfg(test)]
mod tests;

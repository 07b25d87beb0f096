//! Small value types shared by every stage of the pipeline.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::Arc;

/// The kind of thing an entity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityType {
    /// A human being.
    Person,
    /// A country, city, region, facility or other location.
    Place,
    /// A company, agency, news service, party or other body.
    Organisation,
}

impl EntityType {
    /// All types, in output order.
    pub const ALL: [EntityType; 3] = [
        EntityType::Person,
        EntityType::Place,
        EntityType::Organisation,
    ];

    /// The lowercase name used in files and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            EntityType::Person => "person",
            EntityType::Place => "place",
            EntityType::Organisation => "organisation",
        }
    }

    /// Parses a type name; accepts both British and American spellings and
    /// a few common synonyms (`org`, `location`, `per`).
    pub fn parse(s: &str) -> Option<EntityType> {
        match s.trim().to_ascii_lowercase().as_str() {
            "person" | "people" | "persons" | "per" => Some(EntityType::Person),
            "place" | "places" | "location" | "loc" | "gpe" => Some(EntityType::Place),
            "organisation" | "organization" | "organisations" | "organizations" | "org" => {
                Some(EntityType::Organisation)
            }
            _ => None,
        }
    }
}

impl fmt::Display for EntityType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// How a mention was tied to its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Via {
    /// The surface form is a listed name or alias, up to letter case.
    Exact,
    /// The surface form matched through normalisation (diacritics, hyphens,
    /// apostrophes, possessives) or a transliteration rule.
    Variant,
    /// A short form (surname, given name) resolved from document context.
    Partial,
    /// An office title standing for its holder at the document's date
    /// ("Menlu Rusia" = the Russian foreign minister of the day).
    Title,
    /// A demonym ("Russian") standing for its country.
    Demonym,
    /// A name found strictly inside a longer name ("Madrid" in "Real
    /// Madrid"): not a mention; shown only by `tag --all`, never in the
    /// graph.
    Nested,
}

impl Via {
    /// The lowercase name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Via::Exact => "exact",
            Via::Variant => "variant",
            Via::Partial => "partial",
            Via::Title => "title",
            Via::Demonym => "demonym",
            Via::Nested => "nested",
        }
    }
}

/// Whether a relation instance is asserted, planned or negated.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "lowercase")]
pub enum Modality {
    /// Stated as fact.
    #[default]
    Asserted,
    /// Announced, intended or expected (akan, bakal, will, plans to).
    Planned,
    /// Denied or not (yet) happened (tidak, belum, did not).
    Negated,
}

impl Modality {
    /// The lowercase name used in output.
    pub fn as_str(self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Planned => "planned",
            Modality::Negated => "negated",
        }
    }
}

/// The unit of text inside which two entities co-occur.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Window {
    /// One sentence (the default).
    #[default]
    Sentence,
    /// One paragraph.
    Paragraph,
    /// The whole document.
    Document,
}

impl Window {
    /// The lowercase name used in files and on the command line.
    pub fn as_str(self) -> &'static str {
        match self {
            Window::Sentence => "sentence",
            Window::Paragraph => "paragraph",
            Window::Document => "document",
        }
    }
}

/// One resolved mention of an entity in a document.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Mention {
    /// Start byte offset in the document's original text.
    pub start: usize,
    /// End byte offset (exclusive) in the original text.
    pub end: usize,
    /// Index into `Gazetteer::entities`.
    pub entity: u32,
    /// How the mention was resolved.
    pub via: Via,
    /// Index of the sentence (in `Prepared::sentences`) containing `start`.
    pub sentence: u32,
}

/// Metadata of one processed document.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
pub struct DocInfo {
    /// Document id.
    pub id: String,
    /// Title, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    /// Publication date (YYYY-MM-DD), if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<String>,
    /// Source URL, if known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// One sentence supporting an edge.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Evidence {
    /// Publication date of the document, if known (sorts first).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Arc<str>>,
    /// Document id.
    pub doc: Arc<str>,
    /// Index of the sentence in the document (0-based, over kept sentences).
    pub sentence: u32,
    /// The sentence text, whitespace collapsed, capped in length. Shared:
    /// one sentence is evidence for every pair of entities in it.
    pub text: Arc<str>,
    /// For relations: the trigger word or title that supports it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub trigger: Option<String>,
    /// For relations: asserted, planned or negated.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modality: Option<Modality>,
}

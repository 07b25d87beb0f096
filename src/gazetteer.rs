//! Gazetteer: the entities gazegraph can recognise, loaded from JSON Lines
//! records or plain name lists, plus the transliteration rules (data, not
//! code) used to generate spelling variants.

use crate::types::EntityType;
use serde::{Deserialize, Serialize};

/// One office held over a period, e.g. Russia's foreign minister from 2004.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
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

// TEMPORARY stubs until the loader lands.
/// A warning.
#[derive(Debug)]
pub struct GazetteerWarning {
    /// Where.
    pub location: String,
    /// What.
    pub message: String,
}
/// An error.
#[derive(Debug, thiserror::Error)]
#[error("gazetteer error")]
pub struct GazetteerError;
impl Gazetteer {
    /// Built-in.
    ///
    /// # Errors
    /// Never.
    pub fn builtin() -> Result<Gazetteer, GazetteerError> {
        unimplemented!()
    }
    /// Load.
    ///
    /// # Errors
    /// Never.
    pub fn load(
        _p: &[std::path::PathBuf],
    ) -> Result<(Gazetteer, Vec<GazetteerWarning>), GazetteerError> {
        unimplemented!()
    }
}

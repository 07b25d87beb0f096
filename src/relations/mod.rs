//! Typed relations between entities: `meets`, `visits`, `invites`,
//! `supplies`, `located_in` and `holds_office`, extracted sentence by
//! sentence from Indonesian and English text by rules kept as data
//! (`gazetteer/relations.jsonl`, `gazetteer/offices.jsonl`; format in
//! `docs/relations.md`).
//!
//! Use: load a [`Lexicon`] ([`Lexicon::builtin`] or [`Lexicon::from_path`]),
//! add [`title_mentions`] to a document's resolved mentions ("Menlu Rusia"
//! = the Russian foreign minister at the document's date), then call
//! [`extract`] to get [`RelationInstance`]s.

mod apposition;
mod args;
mod cues;
mod extract;
mod index;
mod lexicon;
mod morph;
mod sentence;
mod text;
mod titles;
mod triggers;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_titles;

pub use extract::extract;
pub use index::Extractor;
pub use lexicon::{ArgType, Lang, Lexicon, LexiconError, Office, RelationRule};
pub use morph::{analyze_en, analyze_id, Analysis, Voice};
pub use titles::title_mentions;

use crate::types::Modality;

/// The relation kind given to title appositions ("Presiden Rusia Vladimir
/// Putin" = holds_office(Putin, Russia)).
pub const HOLDS_OFFICE: &str = "holds_office";

/// One relation found in one sentence.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct RelationInstance {
    /// Relation kind (`meets`, `visits`, `invites`, `supplies`,
    /// `located_in`, `holds_office`, or any kind of a loaded lexicon).
    pub kind: String,
    /// Source entity (index into `Gazetteer::entities`): the agent.
    pub source: u32,
    /// Target entity (index into `Gazetteer::entities`).
    pub target: u32,
    /// False for symmetric kinds (`meets`), whose source and target are
    /// in text order and interchangeable.
    pub directed: bool,
    /// Index of the sentence in `Prepared::sentences`.
    pub sentence: u32,
    /// The trigger as written (a verb, noun, title, comma or preposition).
    pub trigger: String,
    /// Asserted, planned or negated; negated instances are never edges.
    pub modality: Modality,
}

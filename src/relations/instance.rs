//! What relation extraction produces: one relation found in one sentence.

use crate::base::types::Modality;
use std::collections::BTreeSet;

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
    /// Arguments that came by coreference (a pronoun or a description
    /// standing for a person named before); empty when both are names.
    pub coref: Vec<Coref>,
}

impl RelationInstance {
    /// The coreference of one side (`source`, else the target), moved to
    /// the source side: for a relation derived from this one whose source
    /// is that side's person ("a person named by a pronoun keeps its
    /// antecedent").
    pub(super) fn side_coref(&self, source: bool) -> Vec<Coref> {
        self.coref
            .iter()
            .filter(|c| c.source == source)
            .map(|c| Coref {
                source: true,
                ..c.clone()
            })
            .collect()
    }
}

/// An argument of a relation that a pronoun or a description stands for
/// ("beliau", "he", "the president", "Wakil PM Malaysia itu").
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Coref {
    /// Whether the source (else the target) came by coreference.
    pub source: bool,
    /// The pronoun or description as written.
    pub mention: String,
    /// The sentence of the antecedent (the name it stands for).
    pub antecedent_sentence: u32,
}

/// Drops, in `out[first..]`, repeats of the same relation in the same
/// sentence (the first is kept).
pub(super) fn dedupe(out: &mut Vec<RelationInstance>, first: usize) {
    let mut seen = BTreeSet::new();
    let mut i = first;
    while i < out.len() {
        let r = &out[i];
        let (a, b) = if r.directed {
            (r.source, r.target)
        } else {
            (r.source.min(r.target), r.source.max(r.target))
        };
        if seen.insert((r.kind.clone(), a, b, r.modality, r.sentence)) {
            i += 1;
        } else {
            out.remove(i);
        }
    }
}

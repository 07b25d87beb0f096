//! The type guess of `suggest`: the votes and counts of a candidate, and
//! the type they point to with its reason.

use super::shape::{acronym, brand_case};
use crate::base::types::EntityType;
use std::collections::BTreeMap;

/// Votes and counts of one candidate.
#[derive(Clone, Debug, Default)]
pub(super) struct Candidate {
    pub(super) forms: BTreeMap<String, u64>,
    pub(super) mentions: u64,
    pub(super) documents: u64,
    pub(super) last_doc: u64,
    pub(super) votes: BTreeMap<(u8, String), u64>,
    pub(super) inner: Option<(EntityType, String)>,
    pub(super) example: Option<(String, String)>,
    pub(super) words: Vec<String>,
    pub(super) initial_only: bool,
    /// Mentions that name no person, place or organisation: after a word
    /// such as "film" or "suku", or next to a model number.
    pub(super) others: u64,
    /// The first nickname word seen next to it ("julukan"), and how often.
    pub(super) nickname: Option<(String, u64)>,
    /// Its first word is a foreign article ("El Real", "Los Angeles
    /// Lakers").
    pub(super) article: Option<String>,
    /// The article is also a particle of personal names ("La"): it
    /// counts only when no cue says person.
    pub(super) article_weak: bool,
    /// Mentions joined by a hyphen to a capitalised word, by that word's
    /// key ("Oxlade" of "Oxlade - Chamberlain").
    pub(super) hyphened: BTreeMap<String, u64>,
}

/// The type of a candidate and why: a word of the name first, then the
/// context cues of its mentions (majority), then its shape.
pub(super) fn guess(c: &Candidate, name: &str) -> (EntityType, String) {
    if let Some((t, why)) = &c.inner {
        return (*t, why.clone());
    }
    if let Some((w, n)) = &c.nickname {
        return (
            EntityType::Organisation,
            format!(
                "a nickname (`{w}` next to {n} of {} mentions): a team's",
                c.mentions
            ),
        );
    }
    let (etype, why) = guess_cues(c, name);
    let person_cue = c.votes.keys().any(|(t, _)| *t == 0);
    match &c.article {
        Some(a) if etype == EntityType::Person && !(c.article_weak && person_cue) => (
            EntityType::Organisation,
            format!("starts with the article `{a}`: a club's name, not a person's"),
        ),
        _ => (etype, why),
    }
}

/// The type of a candidate from the cues of its mentions, then its shape.
fn guess_cues(c: &Candidate, name: &str) -> (EntityType, String) {
    let mut by_type = [0u64; 3];
    for ((t, _), n) in &c.votes {
        by_type[usize::from(*t)] += n;
    }
    let best = (0..3).max_by_key(|&t| (by_type[t], 3 - t)).unwrap_or(0);
    // A cue seen before a quarter of the mentions or more: a cue before
    // one mention in ten ("di Android") says little about the name.
    if by_type[best] > 0 && by_type[best] * 4 >= c.mentions {
        let types = [
            EntityType::Person,
            EntityType::Place,
            EntityType::Organisation,
        ];
        let why = c
            .votes
            .iter()
            .filter(|((t, _), _)| usize::from(*t) == best)
            .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
            .map(|((_, w), _)| w.clone())
            .unwrap_or_default();
        return (
            types[best],
            format!("{why} ({} of {} mentions)", by_type[best], c.mentions),
        );
    }
    let capitals = name.chars().filter(|c| c.is_alphabetic()).count() <= 8
        && !name.contains(' ')
        && name.chars().all(|c| !c.is_lowercase());
    if acronym(name) || capitals {
        return (EntityType::Organisation, "no cue; an acronym".into());
    }
    // Several words ending in an acronym ("Satpol PP", "Marc VDS"): a
    // body's or a team's name; a person's ends in a name, not in capitals.
    let words: Vec<&str> = name.split_whitespace().collect();
    if words.len() >= 2 && words.last().is_some_and(|w| w.len() >= 2 && acronym(w)) {
        return (
            EntityType::Organisation,
            "no cue; ends in an acronym, as bodies and teams do".into(),
        );
    }
    if brand_case(name) {
        return (
            EntityType::Organisation,
            "no cue; a capital inside a word, as brands write their names".into(),
        );
    }
    (
        EntityType::Person,
        "no cue; capitalised words shaped like a personal name".into(),
    )
}

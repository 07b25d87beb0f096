//! The shared read-only inputs of one document's extraction, and the one
//! place an instance is pushed: the types every pass below `extract` uses.

use super::cues::Cues;
use super::index::{COUNTRY, LARGER, PROVINCE};
use super::instance::{Coref, RelationInstance};
use super::lexicon::{ArgType, Lexicon};
use super::sentence::Sent;
use crate::base::types::{EntityType, Modality};
use crate::gazetteer::Gazetteer;
use std::collections::BTreeSet;

/// Shared read-only inputs of one document.
pub(super) struct Env<'a> {
    pub text: &'a str,
    pub gaz: &'a Gazetteer,
    pub lex: &'a Lexicon,
    pub countries: &'a BTreeSet<u32>,
    /// Per entity, whether it is in `countries`, in the provinces or
    /// states (`Lexicon::provinces`) or in the islands and regions that
    /// hold several provinces (no town): its bits of
    /// `Extractor::place_kinds`.
    pub place_kinds: &'a [u8],
    /// The cue filter, to skip words that cannot start a trigger.
    pub cues: Option<&'a Cues>,
    /// The document's date as (year, day number), to tell later dates.
    pub date: Option<(u32, i64)>,
    /// The finder of the words of sport reports (`Extractor::sport_words`).
    pub sport_words: Option<&'a super::index::WordFinder>,
    /// Whether the document is a sport report, found at the first ask
    /// ([`Env::sport_report`]).
    pub sport: std::cell::OnceCell<bool>,
    /// Per entity asked, whether its name or an alias names a venue
    /// ([`super::venue`]): the venue passes ask it of the same places in
    /// every sentence, and an entity may have many aliases.
    pub venue_names: std::cell::RefCell<std::collections::HashMap<u32, bool>>,
}

impl Env<'_> {
    /// Whether the document is a sport report ([`super::sport::is_report`]),
    /// read from its text at the first ask.
    pub fn sport_report(&self) -> bool {
        *self
            .sport
            .get_or_init(|| super::sport::is_report(self.sport_words, self.text))
    }

    pub fn type_ok(&self, s: &Sent, m: usize, types: &[ArgType]) -> bool {
        s.ments
            .get(m)
            .is_some_and(|ment| self.entity_type_ok(ment.entity, types))
    }

    /// Whether `entity` has one of `types`.
    pub fn entity_type_ok(&self, entity: u32, types: &[ArgType]) -> bool {
        let Some(e) = self.gaz.entities.get(entity as usize) else {
            return false;
        };
        let place = e.etype == EntityType::Place;
        // (one byte for the three sets: `countries`, `provinces`, `larger`)
        let kinds = if place {
            self.place_kinds.get(entity as usize).copied().unwrap_or(0)
        } else {
            0
        };
        let country = kinds & COUNTRY != 0;
        let province = kinds & PROVINCE != 0;
        types.iter().any(|t| match t {
            ArgType::Person => e.etype == EntityType::Person,
            ArgType::Place => place,
            ArgType::Organisation => e.etype == EntityType::Organisation,
            ArgType::Country => country,
            ArgType::City => place && !country,
            ArgType::Province => province,
            ArgType::Town => place && !country && !province && kinds & LARGER == 0,
        })
    }

    /// Whether token `k` of `s` is a word of class `class` in no mention
    /// ("from", "on", "invitation" as the rules read them; a mention's own
    /// word is a name's).
    pub fn free_word_in(&self, s: &Sent, k: usize, class: &str) -> bool {
        s.toks
            .get(k)
            .is_some_and(|w| w.word && !s.in_mention(k) && self.lex.tok_in_class(class, w))
    }

    /// Whether token `k` of `s` is a word in no mention and of no
    /// preposition, clause, list or coordination class: a plain word of a
    /// clause ("told journalists", "turut").
    pub fn plain_word(&self, s: &Sent, k: usize) -> bool {
        s.toks.get(k).is_some_and(|t| {
            t.word
                && !s.in_mention(k)
                && !["prep", "clause", "list", "coord"]
                    .iter()
                    .any(|c| self.lex.tok_in_class(c, t))
        })
    }

    pub fn span_text(&self, s: &Sent, a: usize, b: usize) -> String {
        match (s.toks.get(a), s.toks.get(b.saturating_sub(1))) {
            (Some(x), Some(y)) => self
                .text
                .get(x.range.start..y.range.end)
                .unwrap_or("")
                .to_string(),
            _ => String::new(),
        }
    }

    /// The coreference behind mention `m` on the relation's `source` side
    /// (else its target): its text and its antecedent's sentence; none
    /// when the mention is a name.
    pub(super) fn mention_coref(&self, s: &Sent, m: usize, source: bool) -> Option<Coref> {
        let mm = &s.ments[m];
        mm.coref.map(|from| Coref {
            source,
            mention: self.span_text(s, mm.toks.start, mm.toks.end),
            antecedent_sentence: from,
        })
    }
}

/// Appends one instance, unless source and target are the same entity.
pub(super) fn push(
    out: &mut Vec<RelationInstance>,
    kind: &str,
    pair: (u32, u32),
    directed: bool,
    sentence: u32,
    trigger: String,
    modality: Modality,
) {
    push_coref(
        out,
        kind,
        pair,
        directed,
        sentence,
        trigger,
        modality,
        Vec::new(),
    );
}

/// [`push`] with the arguments that came by coreference.
#[allow(clippy::too_many_arguments)]
pub(super) fn push_coref(
    out: &mut Vec<RelationInstance>,
    kind: &str,
    pair: (u32, u32),
    directed: bool,
    sentence: u32,
    trigger: String,
    modality: Modality,
    coref: Vec<Coref>,
) {
    if pair.0 != pair.1 {
        out.push(RelationInstance {
            kind: kind.to_string(),
            source: pair.0,
            target: pair.1,
            directed,
            sentence,
            trigger,
            modality,
            coref,
        });
    }
}

//! Issue 17, fortieth round, part B: a delegation told again. "A
//! delegation led by X arrived ... The delegation is scheduled to meet
//! Y", "Delegasi MPR yang dipimpin X ... Sehari sebelumnya, delegasi MPR
//! juga bertemu Y": a delegation word (class `delegation_noun`) told with
//! no leader of its own, definite (after a word of class
//! `delegation_definite`, "the", past capitalised words and words of
//! class `delegation_modifier`; or, in Indonesian, before a demonstrative
//! or a capitalised owner), stands for the leaders of the one delegation
//! the document named before with its leader (`super::delegation`), or,
//! with none, for the one person the document told visiting before ("X
//! paid an official visit to Z ... the Belizean delegation also held
//! discussions with Y"): the golds' policy that a delegation's meeting is
//! its leader's. Each leader becomes a mention over the delegation word,
//! marked `coref` (a plural reference's mentions: a trigger taking one
//! takes the others, `super::plural_ref::others`).
//!
//! Left alone: a delegation word followed by its own leader clause or a
//! word of class `delegation_leader_verb` (a new delegation, "delegasi
//! Oman dipimpin X"), one after a word of class `delegation_other` ("the
//! two delegations", "kedua delegasi", "his delegation"), and any, once
//! the document named two delegations with different leaders or two
//! visitors (which one is meant is not known).

use super::instance::RelationInstance;
use super::lexicon::Lexicon;
use super::sentence::{may_hold, Sent};
use crate::base::types::{EntityType, Modality};
use crate::gazetteer::Gazetteer;

/// Most words between the definite word and the delegation word ("the
/// visiting Belizean parliamentary delegation").
const BEFORE: usize = 3;
/// Most tokens after the delegation word that are read for its own
/// leader clause or an Indonesian owner ("delegasi MPR RI yang dipimpin").
const AFTER: usize = 5;

/// What the document has told of delegations so far.
#[derive(Default)]
pub(super) struct Led {
    /// The leaders of the delegation named with its leader, and the
    /// sentence that named them.
    leaders: Option<(Vec<u32>, u32)>,
    /// The person told visiting, and the sentence.
    visitor: Option<(u32, u32)>,
    /// Two delegations or two visitors told: no reading.
    ambiguous: bool,
    /// Two visitors told.
    visitors: bool,
}

impl Led {
    /// Notes the leaders `delegation::resolve` found in sentence `si`.
    pub(super) fn note_leaders(&mut self, leaders: &[u32], si: u32) {
        if leaders.is_empty() {
            return;
        }
        let mut l = leaders.to_vec();
        l.sort_unstable();
        l.dedup();
        match &self.leaders {
            Some((old, _)) if *old != l => self.ambiguous = true,
            _ => self.leaders = Some((l, si)),
        }
    }

    /// Notes the persons of sentence `si` told visiting (the asserted
    /// visits instances `out` holds from its first one).
    pub(super) fn note_visitors(&mut self, gaz: &Gazetteer, out: &[RelationInstance], si: u32) {
        for r in out {
            let person = gaz
                .entities
                .get(r.source as usize)
                .is_some_and(|e| e.etype == EntityType::Person);
            if r.kind != "visits"
                || r.modality != Modality::Asserted
                || !person
                || !r.coref.is_empty()
            {
                continue;
            }
            match self.visitor {
                Some((v, _)) if v != r.source => self.visitors = true,
                _ => self.visitor = Some((r.source, si)),
            }
        }
    }

    /// The persons a delegation told again stands for, and the sentence
    /// that named them.
    fn antecedent(&self) -> Option<(Vec<u32>, u32)> {
        if self.ambiguous {
            return None;
        }
        if let Some(l) = &self.leaders {
            return Some(l.clone());
        }
        self.visitor
            .filter(|_| !self.visitors)
            .map(|(v, si)| (vec![v], si))
    }
}

/// Adds, for each delegation of sentence `si` told again (see the
/// module's note), a mention of each of its leaders over its word.
pub(super) fn resolve(lex: &Lexicon, s: &mut Sent, si: u32, led: &Led) {
    if !may_hold!(s, lex, "delegation_noun") {
        return;
    }
    let Some((persons, from)) = led.antecedent() else {
        return;
    };
    if from >= si {
        return;
    }
    let mut found = Vec::new();
    for k in 0..s.toks.len() {
        let t = &s.toks[k];
        if !t.word || s.in_mention(k) || !lex.tok_in_class("delegation_noun", t) {
            continue;
        }
        if definite(lex, s, k) && !own_leader(lex, s, k) {
            found.push(k);
        }
    }
    for k in found {
        for &p in &persons {
            // (a leader named in this sentence is no antecedent here)
            if s.ments.iter().any(|m| m.entity == p) {
                continue;
            }
            super::coref::add(s, p, k..k + 1, from);
        }
    }
}

/// Whether the delegation word at `k` is definite: after a word of class
/// `delegation_definite` past capitalised words and modifiers ("the
/// Belizean delegation"), or before a demonstrative or a capitalised
/// owner ("delegasi itu", "delegasi Libya itu", "delegasi MPR").
fn definite(lex: &Lexicon, s: &Sent, k: usize) -> bool {
    let mut j = k;
    for _ in 0..=BEFORE {
        let Some(i) = j.checked_sub(1) else {
            break;
        };
        let w = &s.toks[i];
        if !w.word {
            break;
        }
        if lex.tok_in_class("delegation_other", w) {
            return false;
        }
        if lex.tok_in_class("delegation_definite", w) {
            return true;
        }
        if !(w.upper || lex.tok_in_class("delegation_modifier", w))
            || s.in_mention(i) && !upper_owner(s, i)
        {
            break;
        }
        j = i;
    }
    // Indonesian: an owner's capitalised words, then a demonstrative or not
    let mut i = k + 1;
    let mut owner = false;
    while i < s.toks.len() && i <= k + AFTER {
        let w = &s.toks[i];
        if !w.word {
            break;
        }
        if lex.tok_in_class("delegation_back", w) {
            return true;
        }
        if !w.upper && !lex.tok_in_class("delegation_owner", w) {
            break;
        }
        owner |= w.upper;
        i += 1;
    }
    owner
}

/// Whether token `i`, inside a mention, is a capitalised owner's word (a
/// place or a body, not a person).
fn upper_owner(s: &Sent, i: usize) -> bool {
    s.toks[i].upper
        && s.ments
            .iter()
            .filter(|m| m.toks.contains(&i))
            .all(|m| m.etype != EntityType::Person)
}

/// Whether the delegation word at `k` has a leader clause of its own
/// after it (a new delegation).
fn own_leader(lex: &Lexicon, s: &Sent, k: usize) -> bool {
    (k + 1..(k + 1 + AFTER).min(s.toks.len())).any(|j| {
        s.class_phrase_at(lex, "led_by", j) > 0
            || lex.tok_in_class("delegation_leader_verb", &s.toks[j])
    })
}

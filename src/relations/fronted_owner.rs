//! Issue 17, fortieth round, part C: a possessed trip in a phrase fronted
//! before its clause belongs to the clause's subject, named after it:
//! "During his visit to Italy, Albanian Prime Minister X met Y", "During
//! his nine-day visit to India X is scheduled to ...", "Dalam kunjungannya
//! ke X, Menlu Y bertemu ...". The pronoun (or the clitic on the noun)
//! points forward to the subject, not back to the last sentence's person:
//! `coref` asks this module first, and falls back on its usual reading
//! when the shape is not met.
//!
//! The fronting word is one of both classes `fronting` and
//! `met_visit_link` (during, on; dalam, selama, pada, saat, ketika), at
//! the sentence's start or right after a dateline's dash; the trip word is
//! of class `possessed_trip` (English) or the clitic's noun itself
//! (Indonesian), followed by a word of class `fronted_trip_to` (to, ke).

use std::ops::Range;

use super::appoint::punct;
use super::lexicon::Lexicon;
use super::sentence::Sent;
use crate::base::types::EntityType;

/// Most tokens from the pronoun to the subject's name.
const REACH: usize = 16;
/// Most capitalised words (a title, a demonym) between the fronted
/// phrase's comma and the subject's name.
const TITLE_WORDS: usize = 5;

/// The person a possessive pronoun (or a clitic-bearing noun) at token `k`
/// stands for when it opens a fronted trip phrase: the person named first
/// after the phrase, as the clause's subject. None when the shape is not
/// met.
pub(super) fn fronted_owner(lex: &Lexicon, s: &Sent, k: usize, clitic: bool) -> Option<u32> {
    let lead = k.checked_sub(1)?;
    let w = s.toks.get(lead)?;
    if !w.word
        || s.in_mention(lead)
        || !lex.in_class("fronting", &w.norm)
        || !lex.in_class("met_visit_link", &w.norm)
    {
        return None;
    }
    // at the sentence's start, or right after a dateline's dash
    if lead > 0 && !punct(s, lead - 1, &["-"]) {
        return None;
    }
    // the trip: the clitic's own noun, or a trip word right after the
    // pronoun (a modifier or two first: "his nine-day visit")
    // (and a word of class `fronted_trip_to` right after the trip: "to",
    // "ke"; "During his stay in X , Y" is the fronted stay's, `event_place`)
    let to = |j: usize| {
        s.toks
            .get(j + 1)
            .is_some_and(|t| t.word && lex.in_class("fronted_trip_to", &t.norm))
    };
    let trip = if clitic {
        to(k)
    } else {
        (k + 1..(k + 5).min(s.toks.len()))
            .take_while(|&j| s.is_lower(j) || !s.toks[j].word)
            .any(|j| s.toks[j].word && lex.in_class("possessed_trip", &s.toks[j].norm) && to(j))
    };
    if !trip {
        return None;
    }
    // the first person after the pronoun
    let end = (k + REACH).min(s.toks.len());
    let person = s
        .ments
        .iter()
        .filter(|m| {
            !m.nested && m.etype == EntityType::Person && m.toks.start > k && m.toks.start < end
        })
        .min_by_key(|m| m.toks.start)?;
    let j = person.toks.start;
    let commas: Vec<usize> = (k + 1..j).filter(|&p| punct(s, p, &[","])).collect();
    let other_punct = (k + 1..j).any(|p| {
        let t = &s.toks[p];
        !t.word && t.norm != "," && t.norm != "-"
    });
    if other_punct {
        return None;
    }
    let closed = match commas[..] {
        // "…, Albanian Prime Minister X": capitalised words only between
        [c] => j - c - 1 <= TITLE_WORDS && (c + 1..j).all(|p| s.toks[p].word && !s.is_lower(p)),
        // "… to India X is scheduled": the place's name, then the subject
        [] => s.ments.iter().any(|m| {
            !m.nested && m.toks.end == j && m.etype != EntityType::Person && m.toks.start > k
        }),
        _ => false,
    };
    closed.then_some(person.entity)
}

/// Resolves the possessive pronoun (`subject`: of class
/// `possessive_pronoun`) or the clitic-bearing noun (`owned`) at token
/// `k` when it opens a fronted trip phrase: the pronoun joins `found`, the
/// clitic `s.clitic`, both of sentence `si`. Whether it did.
pub(super) fn take(
    lex: &Lexicon,
    s: &mut Sent,
    k: usize,
    (subject, owned): (bool, bool),
    si: u32,
    found: &mut Vec<(u32, Range<usize>, u32)>,
) -> bool {
    let possessive = subject && lex.in_class("possessive_pronoun", &s.toks[k].norm);
    if !owned && !possessive {
        return false;
    }
    let Some(p) = fronted_owner(lex, s, k, owned) else {
        return false;
    };
    if owned {
        s.clitic.push((k, p, si));
    } else {
        found.push((p, k..k + 1, si));
    }
    true
}

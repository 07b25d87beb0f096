//! A state's body named with its state (issue 17, thirty-sixth round,
//! part A): "Juru bicara Kementerian Luar Negeri AS, X", "Kepala Otoritas
//! Pengawas Obat Pakistan X", "the Commander of the Seychelles Coast
//! Guard, X", "US State Department spokesperson X". When the gazetteer
//! knows the body, the title gives the office of the body (as the older
//! sets' golds want); the state the body's own words name is the office's
//! state too (as the newer sets' golds want: "an office of a state agency
//! or ministry with its country, the country"). Both are true: the holder
//! serves the state through its body.
//!
//! The body's mention must hold a word of class `state_body` (a ministry,
//! department, agency, authority, guard, armed force: an organ of the
//! executive, not a parliament or a council of members, whose chairs the
//! policy gives no office) and the name or demonym of exactly one country
//! ("Kemlu" alone names none, and gives the body only). The country is
//! read in the words the text wrote, never in the body's other names.

use super::env::{push_coref, Env};
use super::instance::{Coref, RelationInstance, HOLDS_OFFICE};
use super::sentence::Sent;
use super::text::fold_words;
use crate::base::types::{EntityType, Modality};
use std::ops::Range;

/// The country named inside the mention of body `of` in tokens `head` of
/// `s` (a title and its organisation), when the body is an organisation
/// whose written name holds a word of class `state_body` and the name or
/// demonym of exactly one country (other than the body itself).
pub(super) fn named_state(env: &Env, s: &Sent, head: Range<usize>, of: u32) -> Option<u32> {
    let m = s.ments.iter().find(|m| {
        m.entity == of
            && m.etype == EntityType::Organisation
            && m.toks.start >= head.start
            && m.toks.end <= head.end
    })?;
    let words = s.toks.get(m.toks.clone())?;
    // (the cheap question first: a title's body is rarely a state's organ)
    if words.len() < 2
        || !words
            .iter()
            .any(|t| t.word && env.lex.tok_in_class("state_body", t))
    {
        return None;
    }
    let norms: Vec<&str> = words.iter().map(|t| t.norm.as_str()).collect();
    let holds = |part: &[String]| {
        !part.is_empty()
            && part.len() < norms.len()
            && norms
                .windows(part.len())
                .any(|w| w.iter().zip(part).all(|(a, b)| *a == b))
    };
    // (the cheap question first: folding every name of every country cost
    // more than the rest of the rule, and a name whose first word is no
    // word of the body is not in it; an ASCII word folds to its lowercase)
    let may_hold = |n: &str| {
        n.split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .is_some_and(|first| {
                !first.is_ascii() || norms.iter().any(|m| m.eq_ignore_ascii_case(first))
            })
    };
    let mut found = env.countries.iter().copied().filter(|&c| {
        c != of
            && env.gaz.entities.get(c as usize).is_some_and(|e| {
                e.etype == EntityType::Place
                    && e.full_names()
                        .iter()
                        .chain(&e.demonyms)
                        .any(|n| may_hold(n) && holds(&fold_words(n)))
            })
    });
    let first = found.next()?;
    found.next().is_none().then_some(first)
}

/// Pushes, for sentence `si`, the office of each description by demonym
/// that stood for a person whose title named no country ("She delivered
/// to the Equatorial Guinean President", the president named before as
/// "President X"; `demonym_described::untitled_country`): the person
/// holds the office of the description's country (the policy's "demonym
/// title standing for a person named before", borderline).
pub(super) fn described_offices(
    env: &Env,
    s: &Sent,
    described: &[super::demonym_described::Described],
    si: u32,
    out: &mut Vec<RelationInstance>,
) {
    for (person, country, toks, from) in described {
        let mention = env.span_text(s, toks.start, toks.end);
        let coref = vec![Coref {
            source: true,
            mention: mention.clone(),
            antecedent_sentence: *from,
        }];
        let pair = (*person, *country);
        push_coref(
            out,
            HOLDS_OFFICE,
            pair,
            true,
            si,
            mention,
            Modality::Asserted,
            coref,
        );
    }
}

//! Issue 17, twenty-third round, part A: a visit to a country's capital
//! named after it. "arrived in Turkmenistan's capital Ashgabat", "travelled
//! to Uzbekistan's capital Tashkent", "tiba di ibu kota Turkmenistan ,
//! Ashgabat": the visit's place read first is the country (the possessor
//! or the capital's genitive); the city named with the capital noun is
//! visited as well.

use super::appoint::mention_at;
use super::env::Env;
use super::sentence::{Ment, Sent};
use crate::base::types::EntityType;

/// The city named as the capital of country mention `b`: "B 's capital
/// C", "B 's capital city , C", "the B-ian capital C" (a demonym). None
/// when no word of class `capital` follows `b` with a place after it.
pub(super) fn capital_named(env: &Env, s: &Sent, b: usize) -> Option<usize> {
    let mb = country(env, s, b)?;
    let mut k = mb.toks.end;
    if s.possessive_s_before(k + 2) {
        k += 2;
    }
    let n = s.class_phrase_at(env.lex, "capital", k);
    if n == 0 || !s.is_lower(k) {
        return None;
    }
    k += n;
    if s.toks.get(k).is_some_and(|t| t.norm == ",") {
        k += 1;
    }
    city_at(env, s, k)
}

/// "ibu kota Turkmenistan , Ashgabat", "the capital of Uzbekistan ,
/// Tashkent": the city apposed after country mention `b` when a word of
/// class `capital` (with "of" in English) stands right before `b`.
pub(super) fn capital_apposed(env: &Env, s: &Sent, b: usize) -> Option<usize> {
    let mb = country(env, s, b)?;
    let mut k = mb.toks.start;
    if k >= 1 && s.is_lower(k - 1) && s.toks[k - 1].norm == "of" {
        k -= 1;
    }
    let capital = (1..=2)
        .any(|n| k >= n && s.is_lower(k - n) && s.class_phrase_at(env.lex, "capital", k - n) == n);
    let comma = s.toks.get(mb.toks.end).is_some_and(|t| t.norm == ",");
    if !capital || !comma {
        return None;
    }
    city_at(env, s, mb.toks.end + 1)
}

/// Mention `b` when it names a country.
fn country<'s>(env: &Env, s: &'s Sent, b: usize) -> Option<&'s Ment> {
    s.ments
        .get(b)
        .filter(|m| m.etype == EntityType::Place && env.countries.contains(&m.entity))
}

/// The place that is no country starting at token `k`, outside any longer
/// mention.
fn city_at(env: &Env, s: &Sent, k: usize) -> Option<usize> {
    let c = mention_at(s, k)?;
    let mc = &s.ments[c];
    (mc.etype == EntityType::Place && !env.countries.contains(&mc.entity)).then_some(c)
}

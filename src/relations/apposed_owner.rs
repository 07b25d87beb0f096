//! The owner of a visit noun set off by commas after its title (issue 17,
//! forty-first round, part C): "the visit of the Algerian Prime Minister,
//! X, to Y", "kunjungan Presiden Senat Kerajaan Kamboja, Samdech Techo X,
//! ke Y", "kunjungan resmi Menteri Luar Negeri dan Urusan Eropa Republik
//! Kroasia, X, di Y". The readers of a noun's owner and of its target stop
//! at the comma after a title's last word, so such a visit was lost.
//!
//! The owner's phrase follows the noun (after at most two lowercase
//! modifiers, the rule's genitive preposition where it has one, and
//! determiners) and is either a person whose title the titles pass read
//! in apposition (its phrase starts there, a comma before the name), or a
//! run of capitalised words opened by a word of class `long_title_head`
//! (words of classes `long_title_link` and `coord`, places and
//! organisations inside), closed by a comma, before honorifics and the
//! name. The name is closed by a comma followed straight by one of the
//! rule's target prepositions and a place (or its venue), the visit's.

use super::appoint::honorifics;
use super::args::prep_arg;
use super::env::Env;
use super::lexicon::RelationRule;
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::EntityType;

/// Lowercase modifiers at most between the noun and its owner
/// ("kunjungan resmi", "kunjungan kerja").
const MODIFIERS: usize = 2;
/// Tokens at most in a title run before its comma.
const TITLE_TOKENS: usize = 10;

/// The owner and the place of visit noun `t` whose owner stands in
/// apposition to its title, when the sentence reads so.
pub(super) fn apposed_visit(
    env: &Env,
    s: &Sent,
    t: &Trig,
    rule: &RelationRule,
    ok_src: &dyn Fn(usize) -> bool,
    ok_tgt: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    if rule.kind != "visits" {
        return None;
    }
    let word = |k: usize, class: &str| {
        s.toks
            .get(k)
            .is_some_and(|w| w.word && env.lex.tok_in_class(class, w))
    };
    let genitive = |k: usize| s.word_in(k, &rule.genitive_preps);
    let mut k = t.end;
    let mut n = 0;
    while n < MODIFIERS
        && s.is_lower(k)
        && !s.in_mention(k)
        && !genitive(k)
        && !word(k, "prep")
        && !word(k, "clause")
    {
        k += 1;
        n += 1;
    }
    // "the visit of ...": the genitive where the rule has one
    if !rule.genitive_preps.is_empty() {
        if !genitive(k) {
            return None;
        }
        k += 1;
    }
    let mut d = 0;
    while d < MODIFIERS && s.is_lower(k) && word(k, "determiner") {
        k += 1;
        d += 1;
    }
    let p = read_apposed(env, s, k).filter(|&p| ok_src(p))?;
    // ", to Y", ", ke Y": the apposition closed right before the place's
    // preposition
    let end = s.ments[p].toks.end;
    let prep = s.word_in(end + 1, &rule.target_preps);
    if !(comma(s, end) && prep) {
        return None;
    }
    // (the place or its venue right after the preposition: "in his
    // speech to Y" is no place phrase, its pronoun a person)
    let first = s.ment_at(end + 2, env.lex, false)?;
    if s.ments[first].etype == EntityType::Person {
        return None;
    }
    let z = prep_arg(env, s, end, &rule.target_preps, ok_tgt)?;
    Some((p, z))
}

fn comma(s: &Sent, k: usize) -> bool {
    s.toks.get(k).is_some_and(|w| !w.word && w.norm == ",")
}

/// The person in apposition to a title starting at token `k`.
fn read_apposed(env: &Env, s: &Sent, k: usize) -> Option<usize> {
    let person = |m: usize| s.ments[m].free() && s.ments[m].etype == EntityType::Person;
    // the titles pass read it: the name's phrase starts at the title
    let read = (0..s.ments.len()).find(|&m| {
        let r = &s.ments[m].toks;
        person(m) && s.ments[m].ext == k && r.start > k + 1 && comma(s, r.start - 1)
    });
    if read.is_some() {
        return read;
    }
    // a title run up to its comma
    let head = s.toks.get(k).is_some_and(|w| {
        w.word && w.upper && !s.in_mention(k) && env.lex.tok_in_class("long_title_head", w)
    });
    if !head {
        return None;
    }
    let mut c = k + 1;
    while c < s.toks.len() && c - k <= TITLE_TOKENS {
        let w = &s.toks[c];
        if comma(s, c) {
            break;
        }
        let inner = s
            .ments
            .iter()
            .any(|m| m.toks.contains(&c) && m.etype != EntityType::Person);
        let link = s.is_lower(c)
            && (env.lex.tok_in_class("long_title_link", w) || env.lex.tok_in_class("coord", w));
        if !(inner || (w.word && w.upper && !s.in_mention(c)) || link) {
            return None;
        }
        c += 1;
    }
    if !comma(s, c) {
        return None;
    }
    let at = c + 1 + honorifics(env.lex, s, c + 1);
    (0..s.ments.len()).find(|&m| person(m) && s.ments[m].toks.start == at)
}

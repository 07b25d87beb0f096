//! Triggers that share their clause's subject: a verb joined by "dan" /
//! "and" ("Pyongyang mengirim pasukan ... dan memasok senjata"), and a
//! noun trigger that is the object of such a verb ("made a visit to Kyiv,
//! meeting X and pledging continued support for Ukraine": the support is
//! the visitor's, not X's).

use super::env::Env;
use super::lexicon::Lang;
use super::morph::Voice;
use super::sentence::Sent;
use super::triggers::Trig;

/// Whether the lowercase word at `k` is a verb by its form: English -ing
/// and -ed, Indonesian meN- (the active prefix with its nasal).
fn verb_form(s: &Sent, k: usize, lang: Lang) -> bool {
    let Some(t) = s.toks.get(k).filter(|t| t.word && !t.upper) else {
        return false;
    };
    let w = t.norm.as_str();
    match lang {
        Lang::En => w.len() > 5 && (w.ends_with("ing") || w.ends_with("ed")),
        Lang::Id => ["mem", "men", "meng", "meny", "mel", "mer", "mew", "mey"]
            .iter()
            .any(|p| w.len() > p.len() + 2 && w.starts_with(p)),
    }
}

/// Whether `trig` takes the first subject of its clause rather than the
/// nearest name before it: a verb right after a list word, or a noun
/// or verb trigger one or two words after a list word, the first a verb
/// ("and pledging continued support", "dan menyatakan dukungan").
pub(super) fn shares_clause_subject(env: &Env, s: &Sent, trig: &Trig) -> bool {
    let list = |k: usize| {
        s.toks
            .get(k)
            .is_some_and(|t| t.word && env.lex.in_class("list", &t.norm))
    };
    if trig.voice != Voice::Nominal && trig.start > 0 && list(trig.start - 1) {
        return true;
    }
    // "met Y , and was welcomed by Z": a passive after a list word and a
    // form of "be" (class `be`, a lowercase adverb may follow) shares the
    // clause subject too (twenty-third round)
    let be = |k: usize| {
        s.toks
            .get(k)
            .is_some_and(|t| t.word && env.lex.in_class("be", &t.norm))
    };
    if trig.voice == Voice::Passive
        && (2..=3).any(|d| {
            trig.start >= d
                && list(trig.start - d)
                && be(trig.start - d + 1)
                && (trig.start - d + 1..trig.start).all(|k| s.is_lower(k))
        })
    {
        return true;
    }
    // (an English noun trigger without a determiner reads as a verb:
    // "pledging continued support")
    let lang = env.lex.rules[trig.rule].lang;
    (2..=3).any(|d| {
        trig.start >= d
            && list(trig.start - d)
            && verb_form(s, trig.start - d + 1, lang)
            && (trig.start - d + 1..trig.start).all(|k| s.is_lower(k))
    })
}

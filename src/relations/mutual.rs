//! Issue 17, thirty-ninth round, part D: mutual support. A `supports`
//! trigger marked as mutual, by a word of class `mutual_before` right
//! before it ("mutual support", "exchanged support", "saling mendukung",
//! "saling dukung") or a phrase of class `mutual_after` right after it
//! ("support each other", "dukungan timbal balik"), gives support in both
//! directions between every two of its parties:
//!
//! - a list after a word of class `mutual_prep` ("between X and Y",
//!   "among X, Y and Z", "antara X dan Y"), and after a phrase of class
//!   `mutual_also` a second one ("between the two countries, as well as
//!   among X, Y and Z");
//! - a phrase of class `unnamed_pair` ("the two countries", "kedua
//!   negara"), after such a word or right after the trigger ("saling
//!   dukung kedua negara"): the two countries named before the trigger in
//!   its sentence, when exactly two are, else the document's two countries
//!   so far, when exactly two are ([`pair_countries`]);
//! - else the coordinated subject right before the mutual word, past
//!   words of class `mutual_aux` only ("X and Y had exchanged support",
//!   "X dan Y akan terus saling mendukung").
//!
//! The relation's own trigger reads none of these (it is directed, one
//! party each side), so the pass adds the lines after `extract::relate`.

use super::args::{coordinated_before, coordinated_group_after};
use super::env::{push, Env};
use super::instance::RelationInstance;
use super::lexicon::ArgType;
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::{Mention, Modality};

/// The kind of the triggers read.
const SUPPORTS: &str = "supports";

/// How many words of class `mutual_aux` may stand between the subject and
/// the mutual word.
const AUX_WORDS: usize = 3;

/// Pushes the lines of every mutual `supports` trigger of the sentence
/// (`before`: the document's mentions before it; `modal` gives a
/// trigger's modality).
pub(super) fn push_mutual(
    env: &Env,
    s: &Sent,
    trigs: &[Trig],
    (si, before): (u32, &[Mention]),
    modal: &dyn Fn(usize) -> Modality,
    out: &mut Vec<RelationInstance>,
) {
    for (ti, t) in trigs.iter().enumerate() {
        let Some(rule) = env.lex.rules.get(t.rule).filter(|r| r.kind == SUPPORTS) else {
            continue;
        };
        // the cheap question first: a mutual word beside the trigger
        let marked = t.start > 0 && env.free_word_in(s, t.start - 1, "mutual_before");
        let after = s.class_phrase_at(env.lex, "mutual_after", t.end);
        if (!marked && after == 0) || super::topic::topic_object(env, s, t) {
            continue;
        }
        let ok = |m: usize| env.type_ok(s, m, &rule.source);
        let mut groups = parties_after(env, s, (t, before), t.end + after, &ok);
        if groups.is_empty() {
            let open = if marked { t.start - 1 } else { t.start };
            groups.extend(subject_group(env, s, open, &ok));
        }
        let trigger = env.span_text(s, t.start, t.end);
        let modality = modal(ti);
        for group in &groups {
            for &a in group {
                for &b in group {
                    if a != b {
                        push(out, SUPPORTS, (a, b), true, si, trigger.clone(), modality);
                    }
                }
            }
        }
    }
}

/// The entity groups named after the trigger from token `k`: a
/// `mutual_prep` list or an unnamed pair, and one more after a
/// `mutual_also` phrase.
fn parties_after(
    env: &Env,
    s: &Sent,
    (t, before): (&Trig, &[Mention]),
    mut k: usize,
    ok: &dyn Fn(usize) -> bool,
) -> Vec<Vec<u32>> {
    let mut groups = Vec::new();
    // "saling dukung kedua negara": the pair right after the trigger
    let mut prep = false;
    loop {
        let n = prep_at(env, s, k);
        if n > 0 {
            k += n;
            prep = true;
        }
        let pair = s.class_phrase_at(env.lex, "unnamed_pair", k);
        let (group, end) = if pair > 0 {
            (pair_countries(env, s, t.start, before), k + pair)
        } else if let Some(x) = s.free_at(k).filter(|&x| prep && ok(x)) {
            let mut v = vec![x];
            v.extend(coordinated_group_after(env, s, x, ok));
            let end = v.iter().map(|&m| s.ments[m].toks.end).max().unwrap_or(k);
            (distinct(s, &v), end)
        } else {
            break;
        };
        // (an unnamed pair with no two countries before it names no one,
        // but a second group may still follow)
        if group.len() >= 2 {
            groups.push(group);
        }
        // "between the two countries , as well as among X , Y and Z"
        let comma = usize::from(s.toks.get(end).is_some_and(|w| w.norm == ","));
        let also = s.class_phrase_at(env.lex, "mutual_also", end + comma);
        if also == 0 || prep_at(env, s, end + comma + also) == 0 {
            break;
        }
        k = end + comma + also;
        prep = false;
    }
    groups
}

/// The words of a phrase of class `mutual_prep` at token `k` ("between",
/// "di antara"), outside any mention; 0 if none.
fn prep_at(env: &Env, s: &Sent, k: usize) -> usize {
    if s.in_mention(k) {
        0
    } else {
        s.class_phrase_at(env.lex, "mutual_prep", k)
    }
}

/// The two countries an unnamed pair before token `end` stands for: the
/// two distinct countries the sentence names before it (any mention, a
/// title's country too), else, with the countries of the document's
/// mentions `before` the sentence, the two of them all; none when not
/// exactly two.
fn pair_countries(env: &Env, s: &Sent, end: usize, before: &[Mention]) -> Vec<u32> {
    let country = |e: u32| env.entity_type_ok(e, &[ArgType::Country]);
    let mut ids: Vec<u32> = Vec::new();
    for m in s.ments.iter().filter(|m| m.toks.end <= end) {
        if country(m.entity) && !ids.contains(&m.entity) {
            ids.push(m.entity);
        }
    }
    if ids.len() == 2 {
        return ids;
    }
    // "... Laos . The minister stressed the mutual support between the two
    // countries": the document's countries so far, earlier ones first (read
    // only here, where a pair must be resolved)
    let mut all: Vec<u32> = Vec::new();
    for e in before.iter().map(|m| m.entity).chain(ids) {
        if !all.contains(&e) && country(e) {
            all.push(e);
            if all.len() > 2 {
                return Vec::new();
            }
        }
    }
    if all.len() == 2 {
        all
    } else {
        Vec::new()
    }
}

/// The coordinated subject ending right before token `open` (the mutual
/// word, or the trigger), past at most [`AUX_WORDS`] words of class
/// `mutual_aux`: two parties at least.
fn subject_group(env: &Env, s: &Sent, open: usize, ok: &dyn Fn(usize) -> bool) -> Option<Vec<u32>> {
    let mut k = open;
    while k > 0 && open - k < AUX_WORDS && env.free_word_in(s, k - 1, "mutual_aux") {
        k -= 1;
    }
    let y = s.ment_ending_at(k).filter(|&y| ok(y))?;
    let mut v = coordinated_before(env, s, y, ok);
    v.reverse();
    v.push(y);
    let ids = distinct(s, &v);
    (ids.len() >= 2).then_some(ids)
}

/// The distinct entities of mentions `ms`, in their order.
fn distinct(s: &Sent, ms: &[usize]) -> Vec<u32> {
    let mut ids: Vec<u32> = Vec::new();
    for &m in ms {
        if !ids.contains(&s.ments[m].entity) {
            ids.push(s.ments[m].entity);
        }
    }
    ids
}

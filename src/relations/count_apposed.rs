//! Issue 17, twenty-ninth round, part D: a counted group in a trigger's
//! object with its members set off by a comma right after it. "imposed
//! sanctions on X and two former prime ministers , A and B", "menjatuhkan
//! sanksi kepada dua pejabat , A dan B": each member takes the group's
//! place as the trigger's target, with the trigger's subject as source
//! and its modality. The group is a count (class `count`, or up to three
//! digits) and a few lowercase words, right after the trigger's
//! preposition's few words, or after a list word (and, dan) closing a
//! named object; the members run from the comma to the list's end
//! (`list_end`). Only the kinds of `KINDS` (a party acting on persons,
//! whose object lists are such groups) read it.

use super::args::{possessor, preceded_by_prep, subject};
use super::env::{push, Env};
use super::instance::RelationInstance;
use super::listed::list_end;
use super::morph::Voice;
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::{EntityType, Modality};

/// The kinds whose object may be a counted group with its members.
const KINDS: &[&str] = &["sanctions", "criticizes", "supports"];
/// Most words between the trigger and the count ("sanctions on").
const REACH: usize = 4;
/// Most tokens between the trigger and a list word before the count
/// ("sanctions on former Haitian president X and").
const OBJECT_REACH: usize = 10;
/// Most lowercase words of the group's noun after the count.
const NOUN_WORDS: usize = 4;

/// Adds, for each active trigger of a kind of `KINDS` in sentence `si`
/// whose object holds a counted group with its members after a comma,
/// the relation of each member.
pub(super) fn apposed_members(
    env: &Env,
    s: &Sent,
    trigs: &[Trig],
    si: u32,
    modality: &dyn Fn(usize) -> Modality,
    out: &mut Vec<RelationInstance>,
) {
    for (ti, t) in trigs.iter().enumerate() {
        let Some(rule) = env.lex.rules.get(t.rule) else {
            continue;
        };
        if t.voice == Voice::Passive || !KINDS.contains(&rule.kind.as_str()) {
            continue;
        }
        let Some(comma) = group_comma(env, s, t.end) else {
            continue;
        };
        let ok = |m: usize| env.type_ok(s, m, &rule.source);
        let Some(src) = subject(env, s, t, &ok, None, false) else {
            continue;
        };
        let source = s.ments[src].entity;
        let stop = list_end(env, s, comma + 1);
        // "on 10 officials , X said": the name is the speaker's
        if s.toks
            .get(stop)
            .is_some_and(|t| t.word && env.lex.tok_in_class("speech", t))
        {
            continue;
        }
        let trigger = env.span_text(s, t.start, t.end);
        for (m, ment) in s.ments.iter().enumerate() {
            let member = ment.free()
                && ment.ext > comma
                && ment.ext < stop
                && ment.entity != source
                && matches!(ment.etype, EntityType::Person | EntityType::Organisation)
                && env.type_ok(s, m, &rule.target)
                && !preceded_by_prep(env, s, m)
                && !possessor(s, m);
            if member {
                let pair = (source, ment.entity);
                push(
                    out,
                    &rule.kind,
                    pair,
                    !rule.symmetric,
                    si,
                    trigger.clone(),
                    modality(ti),
                );
            }
        }
    }
}

/// The comma closing a counted group in the object of the trigger ending
/// at token `end`, when a name follows it: the group's count stands in
/// the few words after the trigger, or after a list word that closes a
/// name there.
fn group_comma(env: &Env, s: &Sent, end: usize) -> Option<usize> {
    let mut named = false;
    let mut k = end;
    while k < s.toks.len() && k < end + OBJECT_REACH {
        if s.in_mention(k) {
            named = true;
            k += 1;
            continue;
        }
        if !s.toks[k].word {
            return None;
        }
        // "on two officials", "on X and two former prime ministers"
        let list = named && s.in_mention(k - 1) && env.lex.tok_in_class("list", &s.toks[k]);
        let c = if !named && k < end + REACH && count_at(env, s, k) {
            k
        } else if list && count_at(env, s, k + 1) {
            k + 1
        } else {
            k += 1;
            continue;
        };
        // the group's noun: lowercase words, then the comma and a name
        let noun_end = (c + 1..s.toks.len().min(c + 2 + NOUN_WORDS)).find(|&j| !s.is_lower(j))?;
        let comma = s.toks[noun_end].norm == ",";
        let name = s.ments.iter().any(|m| m.free() && m.ext == noun_end + 1);
        return (comma && name).then_some(noun_end);
    }
    None
}

/// Whether token `k` is a count before a lowercase word: up to three
/// digits or a word of class `count` ("two officials", "dua pejabat").
fn count_at(env: &Env, s: &Sent, k: usize) -> bool {
    let Some(t) = s.toks.get(k).filter(|t| t.word && !s.in_mention(k)) else {
        return false;
    };
    let digits = t.norm.len() <= 3 && t.norm.bytes().all(|b| b.is_ascii_digit());
    (digits || env.lex.tok_in_class("count", t)) && s.is_lower(k + 1) && !s.in_mention(k + 1)
}

/// "Keduanya adalah A , dan Komandan Y yang berpihak pada Z , B": the
/// last member of a group's list, described by a title with a relative
/// clause in it, named after the clause's comma at the sentence's end.
/// `stop` is where the list was cut (a relative word), after a list word
/// from token `from`; the person's mention, if any.
pub(super) fn clause_member(env: &Env, s: &Sent, from: usize, stop: usize) -> Option<usize> {
    let word_in = |k: usize, c: &str| s.toks[k].word && env.lex.tok_in_class(c, &s.toks[k]);
    if stop >= s.toks.len() || !word_in(stop, "relative") {
        return None;
    }
    // the clause closes the list's last member: a list word before it
    if !(from..stop).any(|k| !s.in_mention(k) && word_in(k, "list")) {
        return None;
    }
    let comma = (stop..s.toks.len()).find(|&k| !s.toks[k].word && s.toks[k].norm == ",")?;
    let m = s
        .ments
        .iter()
        .position(|m| m.free() && m.ext == comma + 1 && m.etype == EntityType::Person)?;
    let after = s.ments[m].toks.end;
    let ends = after == s.toks.len() || (after + 1 == s.toks.len() && s.toks[after].norm == ".");
    ends.then_some(m)
}

//! Issue 17, thirty-eighth round, part B: the roll of envoys of a
//! credentials ceremony, named one by one with their titles.
//!
//! News of credentials names the host once ("President X received the
//! letters of credence of four new ambassadors", "Five new envoys
//! presented their credentials to King Y") and then the envoys, each with
//! the title that makes him one, in the same sentence or in the few that
//! follow, in no fixed frame: after a colon ("...: the Ambassador of A ,
//! P , the Ambassador of B , Q"), in a sequence ("The first was the new
//! Ambassador of A , P . He was followed by the Ambassador of B , Q ,
//! then by ... . Last came ..."), as apposed titles ("P , Non-Resident
//! Ambassador of A , was followed by Q , ..."), as a chain of origins
//! ("the ambassadors of A , P , of B , Q , and of C , R"), or by origin
//! alone ("two new ambassadors , P of A and Q of B"). Each envoy so named
//! meets the host.
//!
//! A ceremony trigger (`ceremony` in the relation lexicon) sets the host:
//! the object of a word of class `ceremony_to` after it ("presented their
//! credentials to X", "menyerahkan surat kepercayaan kepada X"), or else
//! its subject when an envoy noun or a count follows it within a few
//! words ("X received the credentials of the new ambassadors"; a subject
//! with neither may be the envoy himself: "X presented his credentials").
//! The envoys are read from the trigger on in its sentence and in the
//! whole of the next few sentences, until another ceremony sets another
//! host or a sentence opens a list of the counted group ("They were",
//! "The new envoys are": `grouped.rs` reads it, and the roll ends). An envoy is a person named right after a title of class
//! `envoy_title` and its country ("the Ambassador of A , P", "Duta Besar
//! A , P", "the Ethiopian envoy , P"), or continuing such a chain ("...,
//! and of B , Q"), or right before such a title after a comma ("P , the
//! new Ambassador of A"), or right before an origin and a country that
//! close the entry, in the ceremony's own sentence or after an envoy
//! named with a title ("two new ambassadors , P of A and Q of B", "the
//! Ethiopian envoy , P , followed by Q of B"; not after a capitalised
//! word: "Prime Minister P of A" is a title's).

use super::appoint::punct;
use super::args::{prep_arg, subject};
use super::env::{push, Env};
use super::instance::RelationInstance;
use super::lexicon::{ArgType, RelationRule};
use super::morph::Voice;
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::{EntityType, Modality};

/// How many sentences after the ceremony's its envoys may be named in.
const REACH: u32 = 4;

/// How many words after a ceremony trigger its envoy noun or count, or
/// its `ceremony_to` word, may stand.
const NOUN_REACH: usize = 6;

/// How many tokens after an envoy's name the trigger that gives his
/// meeting its modality may start ("P , will be received").
const VERB_REACH: usize = 4;

/// How many modifier words may stand between a name's comma and its
/// title ("P , the newly appointed Ambassador of A").
const MODIFIERS: usize = 4;

/// The host of the last ceremony of a document.
#[derive(Clone, Copy, Debug)]
pub(super) struct Ceremony {
    /// The trigger's rule (index into `Lexicon::rules`).
    rule: usize,
    /// The host's entity.
    host: u32,
    /// The ceremony's sentence.
    si: u32,
    /// The trigger's modality.
    modality: Modality,
}

/// Adds a meeting of the host for each envoy named with a title in
/// sentence `si` (`s`, its triggers `trigs`): from the trigger on when the
/// sentence holds a ceremony with a host (kept in `last`), in the whole
/// sentence when it lies within the reach of the ceremony in `last`.
/// `modality` gives the modality of trigger `ti`.
pub(super) fn push_roll(
    env: &Env,
    s: &Sent,
    trigs: &[Trig],
    si: u32,
    last: &mut Option<Ceremony>,
    modality: &dyn Fn(usize) -> Modality,
    out: &mut Vec<RelationInstance>,
) {
    let (from, here) = match ceremony_here(env, s, trigs, si, modality) {
        Some((c, from)) => {
            *last = Some(c);
            (from, true)
        }
        None if last.is_some_and(|c| si > c.si && si <= c.si + REACH) => (0, false),
        None => return,
    };
    // "They were A , B and C", "The new envoys are A and B": a list the
    // counted group's reading (`grouped.rs`) takes; the roll ends there
    if !here
        && (s.class_phrase_at(env.lex, "group_list", 0) > 0
            || super::grouped::envoys_renamed(env, s) > 0)
    {
        *last = None;
        return;
    }
    let Some(c) = *last else {
        return;
    };
    let Some(rule) = env.lex.rules.get(c.rule) else {
        return;
    };
    for m in envoys(env, s, (from, here)) {
        let ment = &s.ments[m];
        if ment.entity == c.host || !env.type_ok(s, m, &rule.source) {
            continue;
        }
        let trigger = env.span_text(s, ment.toks.start, ment.toks.end);
        // "P , will be received by the King on Thursday": a trigger of the
        // kind right after the envoy (his verb) gives its modality
        let end = ment.toks.end;
        let later = trigs.iter().position(|t| {
            t.start >= end
                && t.start <= end + VERB_REACH
                && env
                    .lex
                    .rules
                    .get(t.rule)
                    .is_some_and(|r| r.kind == rule.kind)
        });
        let modality = match later {
            Some(ti) if from == 0 => modality(ti),
            _ => c.modality,
        };
        push(
            out,
            &rule.kind,
            (c.host, ment.entity),
            !rule.symmetric,
            si,
            trigger,
            modality,
        );
    }
}

/// The ceremony of sentence `s` with a host, and the token after its
/// trigger; `None` when no ceremony trigger of the active voice names one.
fn ceremony_here(
    env: &Env,
    s: &Sent,
    trigs: &[Trig],
    si: u32,
    modality: &dyn Fn(usize) -> Modality,
) -> Option<(Ceremony, usize)> {
    trigs.iter().enumerate().find_map(|(ti, t)| {
        let rule = env.lex.rules.get(t.rule)?;
        if !rule.ceremony || t.voice == Voice::Passive {
            return None;
        }
        let host = host_of(env, s, t, rule)?;
        let c = Ceremony {
            rule: t.rule,
            host: s.ments.get(host)?.entity,
            si,
            modality: modality(ti),
        };
        Some((c, t.end))
    })
}

/// The host of ceremony trigger `t`: the object of its `ceremony_to`
/// word, or its subject when an envoy noun or a count follows it.
fn host_of(env: &Env, s: &Sent, t: &Trig, rule: &RelationRule) -> Option<usize> {
    let lex = env.lex;
    let ok = |m: usize| env.type_ok(s, m, &rule.target) && s.ments[m].etype == EntityType::Person;
    let near = t.end..s.toks.len().min(t.end + NOUN_REACH);
    let group = |k: usize| {
        let w = &s.toks[k];
        s.class_phrase_at(lex, "envoy_noun", k) > 0
            || lex.tok_in_class("count", w)
            || (w.norm.len() <= 3 && w.norm.bytes().all(|b| b.is_ascii_digit()))
    };
    // the first of the two in the few words after the trigger: "presented
    // their credentials to X" (the host after the word), "received the
    // letters of credence of four new ambassadors accredited to Y" (the
    // subject, the envoys following as a group)
    let first = near
        .take_while(|&k| s.toks[k].word && !s.in_mention(k))
        .find(|&k| lex.tok_in_class("ceremony_to", &s.toks[k]) || group(k))?;
    if !group(first) {
        let prep = [s.toks[first].norm.clone()];
        return prep_arg(env, s, first, &prep, &ok);
    }
    let ok = |m: usize| env.type_ok(s, m, &rule.source) && s.ments[m].etype == EntityType::Person;
    subject(env, s, t, &ok, None, false)
}

/// The persons of `s` from token `from` on named as envoys with a title
/// or an origin (the module's forms), in order.
fn envoys(env: &Env, s: &Sent, (from, here): (usize, bool)) -> Vec<usize> {
    // (no `Sent::may_hold` probe: "duta besar" is a phrase the sentence's
    // word mask does not hold; the pass reads only the few sentences of a
    // ceremony)
    let mut found = Vec::new();
    // "the Ambassador of A , P , of B , Q": titles before the names
    let mut k = from;
    while k < s.toks.len() {
        let n = s.class_phrase_at(env.lex, "envoy_title", k);
        if n == 0 {
            k += 1;
            continue;
        }
        let mut at = k + n;
        let demonym = k > 0 && s.demonym.get(k - 1).copied().unwrap_or(false);
        let mut name = if demonym {
            named_after(env, s, at)
        } else {
            origin_country(env, s, at).and_then(|e| named_after(env, s, e))
        };
        while let Some(m) = name {
            if !found.contains(&m) {
                found.push(m);
            }
            at = s.ments[m].toks.end;
            // ", and of B , Q": the chain goes on
            let mut j = at;
            if punct(s, j, &[","]) {
                j += 1;
            }
            if s.toks
                .get(j)
                .is_some_and(|t| t.word && env.lex.tok_in_class("list", t))
            {
                j += 1;
            }
            name = origin_country(env, s, j).and_then(|e| named_after(env, s, e));
        }
        k = at.max(k + 1);
    }
    for (m, ment) in s.ments.iter().enumerate() {
        let a = ment.toks.start;
        if a < from || found.contains(&m) || !named(ment) {
            continue;
        }
        // (an origin alone names an envoy only in the ceremony's sentence
        // or after an envoy named with a title: "Later the envoys were P of
        // X" lists no one, "the Ethiopian envoy , P , followed by Q of Y"
        // does)
        let titled = found.iter().any(|&f: &usize| s.ments[f].toks.end <= a);
        let origin = (here || titled) && origin_after(env, s, a, ment.toks.end);
        if title_after(env, s, ment.toks.end) || origin {
            found.push(m);
        }
    }
    found
}

/// Whether mention `ment` is a person named here (no pronoun or
/// description standing for one, no name inside another's title).
fn named(ment: &super::sentence::Ment) -> bool {
    ment.free() && ment.coref.is_none() && ment.etype == EntityType::Person
}

/// The person named at token `k` after an optional comma and honorific
/// ("the Ambassador of A , Her Excellency P").
fn named_after(env: &Env, s: &Sent, k: usize) -> Option<usize> {
    let mut j = k;
    if punct(s, j, &[","]) {
        j += 1;
    }
    j += s.class_phrase_at(env.lex, "honorific", j);
    s.ments.iter().position(|m| m.toks.start == j && named(m))
}

/// The end of an origin and its country from token `k`: a word of class
/// `envoy_origin` (optional in Indonesian: "Duta Besar Jepang"), maybe a
/// determiner and a state's form ("of the Republic of Uzbekistan"), the
/// country, and maybe its posting ("to Tonga").
fn origin_country(env: &Env, s: &Sent, k: usize) -> Option<usize> {
    let lex = env.lex;
    let mut j = k;
    if s.toks
        .get(j)
        .is_some_and(|t| t.word && !s.in_mention(j) && lex.tok_in_class("envoy_origin", t))
    {
        j += 1;
    }
    let mut end = country_at(env, s, j)?;
    // "the High Commissioner of A to B , P": the posting
    let posting = s.toks.get(end).is_some_and(|t| {
        t.word
            && !s.in_mention(end)
            && (lex.tok_in_class("envoy_to", t) || lex.tok_in_class("envoy_posting", t))
    });
    if posting {
        if let Some(p) = s
            .ments
            .iter()
            .find(|m| m.toks.start == end + 1 && !m.nested)
        {
            if p.etype == EntityType::Place {
                end = p.toks.end;
            }
        }
    }
    Some(end)
}

/// The end of a country named at token `k`, maybe after a determiner and
/// a state's form with its own "of" ("the Kingdom of the Netherlands").
fn country_at(env: &Env, s: &Sent, k: usize) -> Option<usize> {
    let lex = env.lex;
    let det = |j: usize| {
        usize::from(
            s.toks
                .get(j)
                .is_some_and(|t| t.word && !s.in_mention(j) && lex.tok_in_class("determiner", t)),
        )
    };
    // ("Duta Besar Chile": the country may be a title's, nested in it)
    let country = |j: usize| {
        (0..s.ments.len())
            .find(|&m| s.ments[m].toks.start == j && env.type_ok(s, m, &[ArgType::Country]))
            .map(|m| s.ments[m].toks.end)
    };
    let mut j = k + det(k);
    if let Some(e) = country(j) {
        return Some(e);
    }
    let form = match s.toks.get(j).is_some_and(|t| t.upper && !s.in_mention(j)) {
        true => s.class_phrase_at(lex, "state_form", j),
        false => 0,
    };
    if form == 0 {
        return None;
    }
    j += form;
    if s.toks.get(j).is_some_and(|t| t.norm == "of") {
        j += 1;
        j += det(j);
    }
    country(j)
}

/// Whether a title of class `envoy_title` follows token `end` (a name's
/// end) after a comma and a few modifiers
/// ("P , the new Ambassador of A", "P , Non-Resident High Commissioner"):
/// determiners, words of class `envoy_modifier` and hyphens.
fn title_after(env: &Env, s: &Sent, end: usize) -> bool {
    if !punct(s, end, &[","]) {
        return false;
    }
    let lex = env.lex;
    for j in end + 1..s.toks.len().min(end + 2 + MODIFIERS) {
        let n = s.class_phrase_at(lex, "envoy_title", j);
        // ("P , mengucapkan ... Dubes Q": a title before another name is
        // that name's)
        if n > 0 {
            return !s
                .ments
                .iter()
                .any(|m| m.toks.start == j + n && m.etype == EntityType::Person);
        }
        let t = &s.toks[j];
        let modifier = (t.word
            && !s.in_mention(j)
            && ["determiner", "envoy_modifier"]
                .iter()
                .any(|c| lex.tok_in_class(c, t)))
            || s.unspaced(j, &["-"]);
        if !modifier {
            return false;
        }
    }
    false
}

/// Whether the person named from token `start` to `end` stands right
/// before an origin and a country that close the entry ("P of A and Q of
/// B", "P dari A ;"), not after a capitalised word (a title's: "Prime
/// Minister P of A").
fn origin_after(env: &Env, s: &Sent, start: usize, end: usize) -> bool {
    let lex = env.lex;
    let opened = start == 0
        || s.toks.get(start - 1).is_some_and(|t| {
            (!t.word && matches!(t.norm.as_str(), "," | ";" | ":")) || (t.word && !t.upper)
        });
    let origin = s
        .toks
        .get(end)
        .is_some_and(|t| t.word && lex.tok_in_class("envoy_origin", t));
    if !opened || !origin {
        return false;
    }
    let Some(e) = country_at(env, s, end + 1) else {
        return false;
    };
    e >= s.toks.len()
        || s.toks.get(e).is_some_and(|t| {
            (!t.word && matches!(t.norm.as_str(), "," | ";" | "."))
                || (t.word && lex.tok_in_class("list", t))
        })
}

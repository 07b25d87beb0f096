//! Issue 17, twentieth round: a meeting in a named city abroad. "A met
//! Finland's Minister of Defence B in Helsinki" says who travelled only by
//! data: each person's country (an office of a country, named in the same
//! document or held in the gazetteer) against the city's (the gazetteer's
//! capitals and `cities`, or the text's "City, Country"). The one whose
//! country differs visits the city; the one at home gets nothing, and so
//! does anyone whose country, or whose city's country, is not known. The
//! city is read as the reception's venue phrase ([`super::reception`]):
//! right after the meeting's arguments, before any gathering ("in Rio de
//! Janeiro on the sidelines of the G20" is a visit; "on the sidelines of
//! the UN General Assembly in New York" is none, as the gold's notes say).
//! The same data settles whose "visit" a meeting's sentence names: "A
//! held talks with B in Colombo during his official visit to Sri Lanka",
//! "A bertemu B dalam kunjungan kerjanya ke Washington DC": the pronoun is
//! the one person of the sentence away from home, when every other is
//! known to be at home there.
//! Sentence rules only note the candidates; they are settled once the
//! whole document is read, since a title may come later.

use super::env::Env;
use super::index::Extractor;
use super::instance::{dedupe, RelationInstance, HOLDS_OFFICE};
use super::morph::Voice;
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::{EntityType, Modality};
use std::collections::{BTreeMap, BTreeSet};

/// The kind of a candidate visit until [`settle`] reads the document.
pub(super) const ABROAD: &str = "visits:abroad";
/// The kind of a candidate owner of a possessed visit after a meeting
/// ([`met_owners`]) until [`settle`] reads the document.
pub(super) const OWNER: &str = "visits:owner";
/// The kind of a note that a meeting's person is named by a counterpart
/// noun after a demonym (the trigger field holds the demonym's folded
/// words): the demonym's country is the person's, and the other person's
/// is not it. Dropped by [`settle`].
const COUNTERPART: &str = "visits:counterpart";
/// The kind a settled candidate becomes.
const VISITS: &str = "visits";
/// The kind that names a city's country in the text ("Detroit, Amerika
/// Serikat").
const LOCATED_IN: &str = "located_in";

/// Notes in `out` a candidate visit of each person of a plain meeting
/// (trigger `t`, direct arguments `ab`) to the place its venue phrase
/// names. A reception (a host verb or a call) is the reception rule's:
/// who came is said there.
pub(super) fn push_met_abroad(
    env: &Env,
    s: &Sent,
    t: &Trig,
    (a, b): (usize, usize),
    (si, trigger, modality): (u32, &str, Modality),
    out: &mut Vec<RelationInstance>,
) {
    let lex = env.lex;
    if modality != Modality::Asserted {
        return;
    }
    let received = s
        .toks
        .get(t.start)
        .is_some_and(|w| lex.in_class("host_verb", &w.norm))
        || (t.start..t.end).any(|k| lex.in_class("guest_call", &s.toks[k].norm));
    let persons = [a, b]
        .iter()
        .all(|&m| s.ments[m].etype == EntityType::Person);
    if received || !persons {
        return;
    }
    // "met his Venezuelan counterpart Y": Y's country, and one the other
    // is not of (twenty-second round); a possessed visit after the
    // meeting ([`met_owners`]) reads them too
    for (m, other) in [(a, b), (b, a)] {
        if let Some(words) = super::met_place::counterpart_demonym(env, s, m) {
            out.push(RelationInstance {
                kind: COUNTERPART.to_string(),
                source: s.ments[other].entity,
                target: s.ments[m].entity,
                directed: true,
                sentence: si,
                trigger: words,
                modality,
                coref: Vec::new(),
            });
        }
    }
    let end = s.ments[a].toks.end.max(s.ments[b].toks.end).max(t.end);
    let Some(p) = super::met_place::met_place(env, s, end)
        .or_else(|| super::venue_town::before_object(env, s, t, (a, b)))
        // "A dan B membahas X dalam pertemuan JCBC di Phnom Penh": the
        // meeting's phrase further on (thirty-seventh round, part C)
        .or_else(|| super::meeting_phrase::phrase_place(env, s, t, end))
    else {
        return;
    };
    for m in [a, b] {
        push_candidate(env, s, m, p, (si, trigger, modality), out);
    }
}

/// The meeting trigger `t` and its subject `src` when the subject is a
/// person named before an active trigger of kind `meets` that is no
/// reception (a host's verb, class `host_verb`, or a call received, class
/// `guest_call`): the meeting whose subject may have travelled to it.
pub(super) fn subject_meeting<'t>(
    env: &Env,
    s: &Sent,
    t: Option<&'t Trig>,
    src: Option<usize>,
) -> Option<(&'t Trig, usize)> {
    let lex = env.lex;
    let t = t.filter(|t| lex.rules.get(t.rule).is_some_and(|r| r.kind == "meets"))?;
    let a = src.filter(|&a| s.ments[a].etype == EntityType::Person)?;
    let received = s
        .toks
        .get(t.start)
        .is_some_and(|w| lex.tok_in_class("host_verb", w))
        || (t.start..t.end).any(|k| lex.tok_in_class("guest_call", &s.toks[k]));
    (!received && t.voice == Voice::Active && s.ments[a].toks.start < t.start).then_some((t, a))
}

/// Notes in `out` a candidate visit of the subject `src` of a meeting
/// (trigger `trigs[ti]`, active, asserted) to the place named right after
/// the trigger, a time phrase maybe first (twenty-sixth round, part C):
/// "held talks in Ulaanbaatar on Tuesday with X and with Y", "bertemu di
/// Jakarta pada Senin dengan X", where no pair of the meeting, or none
/// closing before the place, carries it; one of the rule's target
/// prepositions must follow the place. A reception is the reception
/// rule's.
pub(super) fn push_subject_abroad(
    env: &Env,
    s: &Sent,
    (trigs, ti): (&[Trig], usize),
    src: Option<usize>,
    si: u32,
    out: &mut Vec<RelationInstance>,
) {
    let lex = env.lex;
    let Some((t, a)) = subject_meeting(env, s, trigs.get(ti), src) else {
        return;
    };
    let Some(p) = super::met_place::met_place(env, s, t.end) else {
        return;
    };
    // the object follows the place ("Xi berbicara di Bogor ." names none)
    let preps = &lex.rules[t.rule].target_preps;
    let object = (s.ments[p].toks.end..s.toks.len()).any(|k| {
        let w = &s.toks[k];
        w.word && !w.upper && !s.in_mention(k) && preps.contains(&w.norm)
    });
    if !object {
        return;
    }
    let modality = super::modality::modality(env, s, trigs, ti);
    if modality == Modality::Asserted {
        let trigger = env.span_text(s, t.start, t.end);
        push_candidate(env, s, a, p, (si, &trigger, modality), out);
    }
}

/// Notes in `out` a candidate visit of the person of mention `m` to the
/// place of mention `p`, settled as the meetings' candidates are (the
/// event hosted for a guest, [`super::hosted`]; twenty-third round).
pub(super) fn push_candidate(
    env: &Env,
    s: &Sent,
    m: usize,
    p: usize,
    (si, trigger, modality): (u32, &str, Modality),
    out: &mut Vec<RelationInstance>,
) {
    // an envoy in the capital he serves is at his post, whoever he meets
    // there (the reception rule's reading, twenty-eighth round, part C)
    if super::reception::envoy_at_post(env, s, m, p) {
        return;
    }
    let coref = env.mention_coref(s, m, true);
    let pair = (s.ments[m].entity, s.ments[p].entity);
    let trigger = trigger.to_string();
    super::env::push_coref(
        out,
        ABROAD,
        pair,
        true,
        si,
        trigger,
        modality,
        coref.into_iter().collect(),
    );
}

/// The countries each source is given by the instances of `kind` in `doc`
/// (one document's) whose target is a country.
pub(super) fn countries_by(
    x: &Extractor,
    doc: &[RelationInstance],
    kind: &str,
) -> BTreeMap<u32, BTreeSet<u32>> {
    let mut m: BTreeMap<u32, BTreeSet<u32>> = BTreeMap::new();
    for r in doc
        .iter()
        .filter(|r| r.kind == kind && x.countries.contains(&r.target))
    {
        m.entry(r.source).or_default().insert(r.target);
    }
    m
}

/// The one member of `set`; None when it holds none or several.
fn only(set: &BTreeSet<u32>) -> Option<u32> {
    (set.len() == 1).then(|| set.first().copied()).flatten()
}

/// Person `p`'s one country: by the document's titles (`titled`, from
/// [`countries_by`] over `holds_office`) first, by the gazetteer's roles
/// only for a person the document gives no country.
pub(super) fn person_country(
    x: &Extractor,
    titled: &BTreeMap<u32, BTreeSet<u32>>,
    p: u32,
) -> Option<u32> {
    match titled.get(&p) {
        Some(c) => only(c),
        None => only(&x.role_countries(p).collect()),
    }
}

/// Settles the candidates of `out[first..]` (one document's instances):
/// each becomes a visit when its person's one country and its city's
/// country are both known and differ, and is dropped otherwise.
pub(super) fn settle(x: &Extractor, out: &mut Vec<RelationInstance>, first: usize) {
    let Some(doc) = out.get(first..) else {
        return;
    };
    // (a counterpart note alone is dropped too)
    if !doc
        .iter()
        .any(|r| r.kind == ABROAD || r.kind == OWNER || r.kind == COUNTERPART)
    {
        return;
    }
    let titled = countries_by(x, doc, HOLDS_OFFICE);
    let located = countries_by(x, doc, LOCATED_IN);
    let person_country = |p: u32| person_country(x, &titled, p);
    let city_country = |c: u32| -> Option<u32> {
        if x.countries.contains(&c) {
            return Some(c);
        }
        located
            .get(&c)
            .and_then(only)
            .or_else(|| x.city_country.get(&c).copied())
    };
    // the counterpart notes of each sentence: (sentence, person) -> the
    // demonym's country, as the person's own (`of`) or the other's (`not_of`)
    let mut of: BTreeMap<(u32, u32), u32> = BTreeMap::new();
    let mut not_of: BTreeMap<(u32, u32), u32> = BTreeMap::new();
    for r in doc.iter().filter(|r| r.kind == COUNTERPART) {
        if let Some(c) = x.demonym_country(&r.trigger) {
            of.insert((r.sentence, r.target), c);
            not_of.insert((r.sentence, r.source), c);
        }
    }
    let away = |r: &RelationInstance| {
        let there = city_country(r.target)?;
        let key = (r.sentence, r.source);
        match person_country(r.source).or_else(|| of.get(&key).copied()) {
            Some(home) => Some(home != there),
            // "met his Venezuelan counterpart in Caracas": no Venezuelan
            None if not_of.get(&key) == Some(&there) => Some(true),
            None => None,
        }
    };
    // the owner of a possessed visit: the one candidate away, every other
    // of its sentence and place known at home
    let mut owners: BTreeMap<(u32, u32), (usize, bool)> = BTreeMap::new();
    for r in doc.iter().filter(|r| r.kind == OWNER) {
        let e = owners.entry((r.sentence, r.target)).or_insert((0, true));
        match away(r) {
            Some(true) => e.0 += 1,
            Some(false) => {}
            None => e.1 = false,
        }
    }
    let mut i = first;
    out.retain(|r| {
        i += 1;
        if i <= first {
            return true;
        }
        match r.kind.as_str() {
            ABROAD => away(r) == Some(true),
            COUNTERPART => false,
            OWNER => {
                owners.get(&(r.sentence, r.target)) == Some(&(1, true)) && away(r) == Some(true)
            }
            _ => true,
        }
    });
    for r in out.iter_mut().skip(first) {
        if r.kind == ABROAD || r.kind == OWNER {
            r.kind = VISITS.to_string();
        }
    }
    dedupe(out, first);
}

/// The persons a possessed visit noun (trigger `ti`) may belong to after a
/// meeting of its sentence: "during his official visit to Z" (an English
/// possessive pronoun), "dalam kunjungan kerjanya ke Z" (a clitic on the
/// noun or its modifier), right after a word of class `met_visit_link`,
/// with a trigger of `meets` before it. Every person named before the
/// link is a candidate (two at least); [`settle`] keeps the one away from
/// home.
pub(super) fn met_owners(env: &Env, s: &Sent, trigs: &[Trig], ti: usize) -> Option<Vec<usize>> {
    let lex = env.lex;
    let t = trigs.get(ti)?;
    // ("a working visit" may read as a verb: the link before rules it out)
    if t.voice == Voice::Passive || lex.rules.get(t.rule)?.kind != VISITS {
        return None;
    }
    let link = match super::noun_agent::owning_pronoun(env, s, t.start) {
        // "welcomed X on his first visit": the reception's guest
        Some(p) if super::reception::received_owner(env, s, p).is_some() => return None,
        Some(p) => p.checked_sub(1)?,
        // "kunjungannya", "kunjungan kerjanya": a clitic on the noun or
        // on its one modifier (resolved or not: two persons leave it open)
        None if (t.start..t.end + 1).any(|k| {
            s.toks.get(k).is_some_and(|w| {
                w.word
                    && !w.upper
                    && lex.possessive_clitics().iter().any(|c| {
                        w.norm
                            .strip_suffix(c.as_str())
                            .is_some_and(|r| r.chars().count() >= 3)
                    })
            })
        }) =>
        {
            t.start.checked_sub(1)?
        }
        // "during a working visit to Z": no owner named at all (a
        // determiner and one modifier first). A bare noun ("saat kunjungan
        // ke Z") keeps its reading: the persons of domestic news have no
        // country to settle it by, and the reading is often right there
        None => bare_link(env, s, t.start)?,
    };
    let w = s.toks.get(link)?;
    if !w.word || s.in_mention(link) || !lex.in_class("met_visit_link", &w.norm) {
        return None;
    }
    let met = trigs
        .iter()
        .any(|g| g.end <= link && lex.rules.get(g.rule).is_some_and(|r| r.kind == "meets"));
    let mut seen = BTreeSet::new();
    let persons: Vec<usize> = (0..s.ments.len())
        .filter(|&m| {
            let mm = &s.ments[m];
            mm.etype == EntityType::Person
                && !mm.nested
                && mm.toks.end <= link
                && seen.insert(mm.entity)
        })
        .collect();
    (met && persons.len() >= 2).then_some(persons)
}

/// The link word before a visit noun at `start` that names no owner:
/// before a determiner and at most one lowercase modifier.
fn bare_link(env: &Env, s: &Sent, start: usize) -> Option<usize> {
    let lex = env.lex;
    let free = |k: usize| s.toks[k].word && !s.in_mention(k) && s.is_lower(k);
    let mut k = start.checked_sub(1)?;
    if free(k) && !lex.in_class("determiner", &s.toks[k].norm) {
        k = k.checked_sub(1)?;
        // "a one-day visit": a hyphenated modifier is one (twenty-second
        // round)
        if k >= 1 && s.unspaced(k, &["-"]) && free(k - 1) {
            k = k.checked_sub(2)?;
        }
    }
    if !free(k) || !lex.in_class("determiner", &s.toks[k].norm) {
        return None;
    }
    k.checked_sub(1)
}

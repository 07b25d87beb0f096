//! Issue 17, thirty-first round, part C1: a person at an event, a stay or
//! a meeting with a group at a named place abroad. Three readings, each a
//! candidate settled by the persons' countries ([`super::abroad::settle`]:
//! a visit only for a person whose country is known and is not the
//! place's, so whoever is at home, or of no known country, gets none).
//! - A fronted stay: "Selama di Budapest , Retno bertemu ...", "While in
//!   Budapest , Retno met ...": the subject of the main clause is there.
//! - A meeting with a group named by no person: "X bertemu dengan
//!   pimpinan DPR di Gedung DPR , Jakarta", "X met with the leaders of the
//!   parliament at the Parliament Building in Y": no pair carries the
//!   meeting's venue, so the subject alone is placed.
//! - An event witnessed or attended: "A dan B menyaksikan penandatanganan
//!   dua nota kesepahaman di Istana Merdeka , Jakarta", "A and B witnessed
//!   the signing of two agreements at the X Palace in Y": each subject.

use super::env::Env;
use super::instance::RelationInstance;
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::{EntityType, Modality};

/// Most tokens of a title before the subject after a fronted stay.
const TITLE_REACH: usize = 6;
/// Most words between a subject and the verb of an event it attends
/// ("A dan B turut menyaksikan").
const SUBJECT_REACH: usize = 2;
/// Most tokens of an object (a group, an event) before its venue phrase.
const OBJECT_TOKENS: usize = 10;
/// Most tokens after a subject a cue of its clause's modality may stand
/// at ("Retno dijadwalkan bertemu").
const CUE_REACH: usize = 5;

/// Notes in `out` a candidate visit of the subject of sentence `s` (index
/// `si`) to the place of a stay fronted before it: a word of class
/// `stay_fronting` opening the sentence (after a dateline maybe), a word
/// of class `stay_copula` maybe, a preposition of class `venue_prep`, a
/// place closed by a comma, then a person within [`TITLE_REACH`] tokens
/// of no name, clause or preposition. A word of class `stay_during`
/// opens it too when the stay's noun follows ([`stay_noun_at`]). A clause
/// with a cue of a modality other than asserted takes the modality of the
/// person's trip an earlier sentence of the document (from `doc_first`)
/// told ([`told_trip`]), and gives nothing when none did.
pub(super) fn push_stay_fronted(
    env: &Env,
    s: &Sent,
    (si, doc_first): (u32, usize),
    out: &mut Vec<RelationInstance>,
) {
    let word = |k: usize, class: &str| env.free_word_in(s, k, class);
    let mut k = dateline_end(s);
    if !word(k, "stay_fronting") && !word(k, "stay_during") {
        return;
    }
    let opener = k;
    k += 1;
    // "During his stay in X , Y", "Selama kunjungannya di X , Y": the
    // stay's noun (thirty-ninth round, part C)
    let noun = stay_noun_at(env, s, k);
    if noun == 0 && !word(opener, "stay_fronting") {
        return;
    }
    k += noun;
    if word(k, "stay_copula") {
        k += 1;
    }
    if !word(k, "venue_prep") {
        return;
    }
    k += 1;
    if word(k, "place_opener") {
        k += 1;
    }
    let Some(p) = free_at(s, k).filter(|&p| s.ments[p].etype == EntityType::Place) else {
        return;
    };
    let comma = s.ments[p].toks.end;
    if s.toks.get(comma).is_none_or(|t| t.norm != ",") {
        return;
    }
    let Some(m) = (comma + 1..(comma + 1 + TITLE_REACH).min(s.toks.len()))
        .take_while(|&j| s.in_mention(j) || env.plain_word(s, j))
        .find_map(|j| free_at(s, j))
        .filter(|&m| s.ments[m].etype == EntityType::Person)
    else {
        return;
    };
    // "Selama berada di X , Y dijadwalkan bertemu ...": the stay is the
    // one an earlier sentence told, as it told it (thirty-ninth round,
    // part C); no such trip keeps the plan unread
    let modality = if modal_cue(env, s, s.ments[m].toks.end) {
        let Some(md) = told_trip(out, doc_first, s.ments[m].entity) else {
            return;
        };
        md
    } else {
        Modality::Asserted
    };
    let trigger = env.span_text(s, opener, k);
    super::abroad::push_candidate(env, s, m, p, (si, &trigger, modality), out);
}

/// Notes in `out` a candidate visit of the subject `src` of a meeting
/// (trigger `trigs[ti]`, active, asserted, no reception) whose object is
/// a group named by no person ([`object_end`], after one of the rule's
/// target prepositions maybe) to the place of the venue phrase after it
/// ([`super::met_place::met_place`]).
pub(super) fn push_group_met(
    env: &Env,
    s: &Sent,
    (trigs, ti): (&[Trig], usize),
    src: Option<usize>,
    si: u32,
    out: &mut Vec<RelationInstance>,
) {
    let lex = env.lex;
    let Some((t, a)) = super::abroad::subject_meeting(env, s, trigs.get(ti), src) else {
        return;
    };
    let rule = &lex.rules[t.rule];
    let mut k = t.end;
    if s.word_in(k, &rule.target_preps) && !s.in_mention(k) {
        k += 1;
    }
    let Some(end) = object_end(env, s, k) else {
        return;
    };
    let Some(p) = super::met_place::met_place(env, s, end) else {
        return;
    };
    if super::modality::modality(env, s, trigs, ti) == Modality::Asserted {
        let trigger = env.span_text(s, t.start, t.end);
        super::abroad::push_candidate(env, s, a, p, (si, &trigger, Modality::Asserted), out);
    }
}

/// Notes in `out` a candidate visit of each subject of an event verb
/// (class `presence_verb`) of sentence `s` (index `si`) to the place of the
/// venue phrase after its object ([`object_end`]): the person right
/// before the verb (at most [`SUBJECT_REACH`] plain words between, no
/// cue of a modality other than asserted, not after a preposition) and
/// the persons coordinated with it.
pub(super) fn push_witnessed(env: &Env, s: &Sent, si: u32, out: &mut Vec<RelationInstance>) {
    for k in 0..s.toks.len() {
        if !s.is_lower(k) || !env.free_word_in(s, k, "presence_verb") {
            continue;
        }
        let Some(y) = subject_before(env, s, k) else {
            continue;
        };
        let Some(end) = object_end(env, s, k + 1) else {
            continue;
        };
        let Some(p) = super::met_place::met_place(env, s, end) else {
            continue;
        };
        let person = |m: usize| s.ments[m].etype == EntityType::Person;
        let mut all = super::args::coordinated_before(env, s, y, &person);
        all.push(y);
        let trigger = env.span_text(s, k, k + 1);
        for m in all {
            super::abroad::push_candidate(env, s, m, p, (si, &trigger, Modality::Asserted), out);
        }
    }
}

/// The token where the object phrase starting at `from` ends before a
/// venue or time phrase (a word of class `venue_prep` or `met_time`): one
/// to [`OBJECT_TOKENS`] tokens, lowercase words of no clause, list or
/// preposition class (one of class `gathering_walk` may stand), numbers
/// and names of no person or place, one lowercase word at least. None when a person is named there, or none of those words
/// closes it.
fn object_end(env: &Env, s: &Sent, from: usize) -> Option<usize> {
    let lex = env.lex;
    let mut noun = false;
    for k in from..(from + OBJECT_TOKENS + 1).min(s.toks.len()) {
        let t = &s.toks[k];
        let free = !s.in_mention(k);
        if free
            && k > from
            && (lex.tok_in_class("venue_prep", t) || lex.tok_in_class("met_time", t))
        {
            return noun.then_some(k);
        }
        if !free {
            let named = s.ments.iter().any(|m| {
                m.toks.contains(&k) && matches!(m.etype, EntityType::Person | EntityType::Place)
            });
            if named {
                return None;
            }
            continue;
        }
        let number = t.norm.chars().all(|c| c.is_ascii_digit());
        // "peran X dalam penyelesaian konflik di Y": a preposition other
        // than one inside a group's or gathering's phrase ("of") opens a
        // topic, not the group met
        let walk = lex.tok_in_class("gathering_walk", t);
        let other = ["clause", "list", "prep"]
            .iter()
            .any(|c| lex.tok_in_class(c, t));
        if !(number || (s.is_lower(k) && (walk || !other))) {
            return None;
        }
        noun |= !number;
    }
    None
}

/// The person right before the verb at token `k`: the last free mention
/// ending before it, a person's, with at most [`SUBJECT_REACH`] plain
/// words between, itself after no preposition.
fn subject_before(env: &Env, s: &Sent, k: usize) -> Option<usize> {
    let m = (0..s.ments.len())
        .filter(|&m| s.ments[m].free() && s.ments[m].toks.end <= k)
        .max_by_key(|&m| s.ments[m].toks.end)?;
    let mm = &s.ments[m];
    let between = mm.toks.end..k;
    if mm.etype != EntityType::Person || between.len() > SUBJECT_REACH {
        return None;
    }
    if !between
        .clone()
        .all(|j| env.plain_word(s, j) && s.is_lower(j))
        || modal_cue(env, s, mm.toks.end)
    {
        return None;
    }
    let object = super::args::after_lower_prep(env, s, mm.ext);
    (!object).then_some(m)
}

/// Whether a cue of a modality other than asserted starts within
/// [`CUE_REACH`] tokens from token `from` ("dijadwalkan", "will").
fn modal_cue(env: &Env, s: &Sent, from: usize) -> bool {
    (from..(from + CUE_REACH).min(s.toks.len())).any(|j| {
        super::modality::cues_at(env.lex, s, j, s.toks.len()).any(|md| md != Modality::Asserted)
    })
}

/// How many tokens of a stay's noun stand at token `k`: a possessive
/// pronoun maybe, then a word of class `stay_noun` ("his stay", "her
/// visit"), or such a word with a possessive clitic ("kunjungannya");
/// 0 otherwise.
fn stay_noun_at(env: &Env, s: &Sent, k: usize) -> usize {
    let lex = env.lex;
    let pronoun = usize::from(env.free_word_in(s, k, "possessive_pronoun"));
    let j = k + pronoun;
    if env.free_word_in(s, j, "stay_noun") {
        return pronoun + 1;
    }
    let clitic = s.toks.get(j).is_some_and(|w| {
        w.word
            && !s.in_mention(j)
            && lex.possessive_clitics().iter().any(|c| {
                w.norm
                    .strip_suffix(c.as_str())
                    .is_some_and(|n| lex.in_class("stay_noun", n))
            })
    });
    usize::from(pronoun == 0 && clitic)
}

/// The modality of the last trip of person `person` (entity) told in
/// `out` from index `doc_first` on: a visit or a candidate visit abroad
/// of that person, asserted or planned.
fn told_trip(out: &[RelationInstance], doc_first: usize, person: u32) -> Option<Modality> {
    out.get(doc_first..)?
        .iter()
        .rev()
        .find(|r| (r.kind == "visits" || r.kind == super::abroad::ABROAD) && r.source == person)
        .map(|r| r.modality)
        .filter(|&md| md != Modality::Negated)
}

/// The free mention starting at token `k`.
fn free_at(s: &Sent, k: usize) -> Option<usize> {
    s.ments.iter().position(|m| m.free() && m.toks.start == k)
}

/// The first token after a dateline ("Budapest :") opening `s`, else 0.
fn dateline_end(s: &Sent) -> usize {
    (1..4.min(s.toks.len()))
        .find(|&j| s.toks[j].norm == ":")
        .filter(|&colon| (0..colon).all(|j| s.toks[j].word && s.toks[j].upper))
        .map_or(0, |colon| colon + 1)
}

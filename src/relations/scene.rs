//! Issue 17, thirty-sixth round, part C: the scene of a round of
//! meetings. "Retno menggelar sejumlah pertemuan bilateral di sela
//! Pertemuan Para Menteri Luar Negeri G20 di Bali . ... Retno bertemu
//! Menlu Senegal X", "Bourita held talks in Cairo with a number of his
//! Arab counterparts . Bourita met the Mauritanian Minister ...": a
//! meeting whose partners are not named, placed by its venue or its
//! gathering's phrase, sets the scene of the meetings its subject holds
//! in the sentences after it. Each person of such a later meeting (or
//! signing) is a candidate visit to the scene's place, and so is the
//! subject of the round itself; [`super::abroad::settle`] keeps only the
//! persons whose country is known and is not the place's, so the host at
//! home, or a person of no known country, gets nothing.
//!
//! A later sentence that places its own meeting (a candidate of its own,
//! or a town after a venue preposition) keeps its own place; a meeting
//! planned, or one the round's subject is no party of, takes nothing; and
//! the scene holds for [`SPAN`] sentences at most.

use super::abroad::ABROAD;
use super::env::Env;
use super::instance::RelationInstance;
use super::lexicon::ArgType;
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::{EntityType, Modality};

/// Most sentences after the round's own a scene holds for.
const SPAN: u32 = 8;
/// Most plain words between the round's subject and its trigger
/// ("menggelar sejumlah", "held a series of bilateral").
const REACH: usize = 6;
/// Most tokens after the round's place its count may stand at.
const COUNT_AFTER: usize = 6;
/// Most tokens from the trigger's end to the preposition of its place.
const WALK: usize = 16;

/// The place and the subject of a round of meetings, and its sentence.
#[derive(Clone, Copy, Debug)]
pub(super) struct Scene {
    /// The round's subject (an entity).
    person: u32,
    /// The round's place (an entity).
    place: u32,
    /// The sentence of the round.
    sentence: u32,
}

/// Reads sentence `s` (index `si`, its instances from `out[first..]`):
/// notes the candidates of a round of meetings it holds and opens its
/// scene, or else places the meetings of the open scene's subject.
pub(super) fn push_scene_visits(
    env: &Env,
    s: &Sent,
    trigs: &[Trig],
    (si, first, doc_first): (u32, usize, usize),
    scene: &mut Option<Scene>,
    out: &mut Vec<RelationInstance>,
) {
    if let Some((m, p, ti)) = round(env, s, trigs, si, first, out) {
        let t = &trigs[ti];
        let trigger = env.span_text(s, t.start, t.end);
        super::abroad::push_candidate(env, s, m, p, (si, &trigger, Modality::Asserted), out);
        *scene = Some(Scene {
            person: s.ments[m].entity,
            place: s.ments[p].entity,
            sentence: si,
        });
        return;
    }
    let Some(sc) = *scene else {
        return;
    };
    if si > sc.sentence + SPAN {
        *scene = None;
        return;
    }
    if placed(env, s, si, first, out) {
        return;
    }
    let mut add = Vec::new();
    for r in out.get(first..).unwrap_or(&[]).iter().filter(|r| {
        (r.kind == "meets" || r.kind == "signs")
            && r.sentence == si
            && r.modality == Modality::Asserted
            && (r.source == sc.person || r.target == sc.person)
    }) {
        for (person, source) in [(r.source, true), (r.target, false)] {
            // an envoy meets the host where he is posted: the envoys
            // presenting their letters after "X received 14 ambassadors at
            // the palace in Y" are at their post, no visitors
            if envoy(env, out.get(doc_first..).unwrap_or(&[]), person) {
                continue;
            }
            // a person named by a pronoun keeps its antecedent
            let coref = r.side_coref(source);
            let pair = (person, sc.place);
            let trigger = r.trigger.clone();
            super::env::push_coref(&mut add, ABROAD, pair, true, si, trigger, r.modality, coref);
        }
    }
    out.extend(add);
}

/// The subject, the place and the trigger of a round of meetings in
/// sentence `s`: an asserted trigger of kind `meets`, a verb in the active
/// or a noun ("menggelar sejumlah pertemuan", "held talks"), after a
/// person ([`subject_before`]), no person named from it to its place,
/// the place closing its venue phrase or its gathering's phrase
/// ([`super::met_place::met_place`], or after a word of class
/// `gathering_lead` or `venue_prep` within [`WALK`] tokens), and no
/// meeting of that person with anyone among the sentence's instances.
fn round(
    env: &Env,
    s: &Sent,
    trigs: &[Trig],
    si: u32,
    first: usize,
    out: &[RelationInstance],
) -> Option<(usize, usize, usize)> {
    let lex = env.lex;
    for (ti, t) in trigs.iter().enumerate() {
        if lex.rules.get(t.rule).is_none_or(|r| r.kind != "meets")
            || t.voice == super::morph::Voice::Passive
        {
            continue;
        }
        let Some(m) = subject_before(env, s, t.start) else {
            continue;
        };
        let Some(p) = place_after(env, s, t.end) else {
            continue;
        };
        // a round counts its partners ("sejumlah", "a series of", "sembilan
        // pemimpin", "negara-negara"), and envoys met where they are
        // posted ("menerima surat kepercayaan dari sebelas duta besar")
        // are no visitors
        // (the count may follow the place: "held talks in Cairo with a
        // number of his counterparts", or stand before the trigger:
        // "held a series of meetings", "menggelar sejumlah pertemuan")
        let span = s.ments[m].toks.end..(s.ments[p].toks.end + COUNT_AFTER).min(s.toks.len());
        let plural = span.clone().any(|k| {
            env.free_word_in(s, k, "count")
                || env.free_word_in(s, k, "round_count")
                || reduplicated(s, k)
        });
        let envoys = span
            .into_iter()
            .any(|k| s.class_phrase_at(lex, "envoy", k) > 0);
        if !plural || envoys {
            continue;
        }
        let e = s.ments[m].entity;
        let paired = out
            .get(first..)
            .unwrap_or(&[])
            .iter()
            .any(|r| r.sentence == si && r.kind == "meets" && (r.source == e || r.target == e));
        if paired || super::modality::modality(env, s, trigs, ti) != Modality::Asserted {
            continue;
        }
        return Some((m, p, ti));
    }
    None
}

/// The place of a meeting whose trigger ends before token `end`, its
/// partners unnamed: the venue or gathering's place right after it
/// ([`super::met_place::met_place`]), or the first found after a word of
/// class `gathering_lead` or `venue_prep` within [`WALK`] tokens, with no
/// person and no clause word on the way.
fn place_after(env: &Env, s: &Sent, end: usize) -> Option<usize> {
    let p = place_or_venue(env, s, end)?;
    // "di Istana Merdeka , Jakarta", "di Singapore Expo , Singapura": the
    // town (or city-state) after the venue
    if super::args::venue(env, s, p) {
        let end = s.ments[p].toks.end;
        let after = (s.toks.get(end).is_some_and(|t| t.norm == ","))
            .then(|| super::appoint::mention_at(s, end + 1))
            .flatten()
            .filter(|&q| s.ments[q].etype == EntityType::Place);
        return super::venue_town::town_after(env, s, p).or(after);
    }
    Some(p)
}

/// The place [`place_after`] reads, a venue maybe.
fn place_or_venue(env: &Env, s: &Sent, end: usize) -> Option<usize> {
    let lex = env.lex;
    let person = |p: usize| s.ments[p].etype == EntityType::Person;
    let found = super::met_place::met_place(env, s, end).filter(|&p| !person(p));
    if let Some(p) = found {
        let start = s.ments[p].toks.start;
        let named = s
            .ments
            .iter()
            .any(|x| x.etype == EntityType::Person && x.toks.start >= end && x.toks.end <= start);
        return (!named).then_some(p);
    }
    for k in end..(end + WALK).min(s.toks.len()) {
        let w = &s.toks[k];
        if s.in_mention(k) {
            if s.ments
                .iter()
                .any(|x| x.toks.start == k && x.etype == EntityType::Person)
            {
                return None;
            }
            continue;
        }
        if !w.word {
            continue;
        }
        if lex.tok_in_class("clause", w) {
            return None;
        }
        if !s.is_lower(k) {
            continue;
        }
        if lex.tok_in_class("gathering_lead", w) {
            if let Some(p) = super::met_place::gathering_place(env, s, k) {
                return Some(p);
            }
        }
        if lex.tok_in_class("venue_prep", w) {
            if let Some(p) = super::reception::venue_place(env, s, k) {
                return (!person(p)).then_some(p);
            }
        }
    }
    None
}

/// The person whose clause reaches the trigger at token `k`: the last
/// mention before it, a person's and no object of a preposition, a comma
/// maybe after it, then one to [`REACH`] plain lowercase words (or
/// none).
fn subject_before(env: &Env, s: &Sent, k: usize) -> Option<usize> {
    let m = s.last_before(k)?;
    let mm = &s.ments[m];
    if mm.etype != EntityType::Person {
        return None;
    }
    let mut from = mm.toks.end;
    from += usize::from(s.toks.get(from).is_some_and(|t| t.norm == ","));
    let between = from.min(k)..k;
    let plain = between.len() <= REACH
        && between
            .clone()
            .all(|j| s.is_lower(j) && (env.plain_word(s, j) || counted(env, s, j)));
    let object = super::args::after_lower_prep(env, s, mm.toks.start);
    (plain && !object).then_some(m)
}

/// Whether token `j` is a determiner, or the link of a count ("a series
/// of", "a number of": a word of class `round_link` after one of class
/// `round_count`).
fn counted(env: &Env, s: &Sent, j: usize) -> bool {
    env.free_word_in(s, j, "determiner")
        || (j > 0
            && env.free_word_in(s, j, "round_link")
            && env.free_word_in(s, j - 1, "round_count"))
}

/// Whether token `k` of `s` is a reduplicated word, the Indonesian plural
/// ("negara-negara"): one token, or two halves around an unspaced hyphen.
fn reduplicated(s: &Sent, k: usize) -> bool {
    let Some(w) = s.toks.get(k).filter(|w| w.word) else {
        return false;
    };
    let one = w
        .norm
        .split_once('-')
        .is_some_and(|(a, b)| !a.is_empty() && a == b);
    let two = k >= 1
        && s.unspaced(k, &["-"])
        && s.toks
            .get(k + 1)
            .is_some_and(|b| b.word && b.norm == s.toks[k - 1].norm);
    one || two
}

/// Whether the document's instances `doc` give `person` an office by an
/// envoy's title (its trigger a phrase of class `envoy`: "Duta Besar",
/// "Ambassador").
fn envoy(env: &Env, doc: &[RelationInstance], person: u32) -> bool {
    doc.iter().any(|r| {
        r.kind == super::instance::HOLDS_OFFICE
            && r.source == person
            && env.lex.in_class("envoy", &r.trigger.to_lowercase())
    })
}

/// Whether sentence `s` (index `si`) places a meeting of its own: a
/// candidate visit of the sentence among `out[first..]`, or a town right
/// after a word of class `venue_prep`.
fn placed(env: &Env, s: &Sent, si: u32, first: usize, out: &[RelationInstance]) -> bool {
    let own = out
        .get(first..)
        .unwrap_or(&[])
        .iter()
        .any(|r| r.sentence == si && r.kind == ABROAD);
    own || (0..s.ments.len()).any(|m| {
        let x = &s.ments[m];
        x.etype == EntityType::Place
            && x.toks.start > 0
            && env.free_word_in(s, x.toks.start - 1, "venue_prep")
            && env.type_ok(s, m, &[ArgType::Town])
    })
}

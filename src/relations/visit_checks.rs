//! Issue 17, thirtieth round, part C2: two checks on visits that no single
//! trigger can make.
//!
//! An envoy named with his posting ("Japan's new Ambassador to Malawi,
//! X", "Duta Besar RI untuk Rumania dan Republik Moldova, X") lives in
//! the country he is accredited to: his arrival there, his presentation
//! of credentials in its capital and his trips inside it are no visits
//! (the golds: "being posted in Jakarta is no visit", "an envoy's arrival
//! in the country he is accredited to gives no visit"). The titles of a
//! sentence note each envoy's postings; once the whole document is read,
//! every visit of that envoy to a posting, to the country of a posted
//! city, or to the capital of a posted country is dropped. A trip to
//! another town of that country stays a visit, as the golds give it
//! ("an envoy's visit to Surabaya").
//!
//! An English trigger after a determiner and a one-word planned cue is a
//! noun ("the coming visit of X to Y", "the upcoming visit"), planned by
//! the cue; a trigger of its kind on the cue word itself ("coming", a form
//! of "come") is the noun's adjective, no trigger of its own.

use super::index::Extractor;
use super::instance::RelationInstance;
use super::lexicon::{Lang, Lexicon};
use super::morph::Voice;
use super::sentence::{may_hold, Sent};
use super::titles::TitleMatch;
use super::triggers::Trig;
use crate::base::types::{EntityType, Modality};
use std::collections::BTreeSet;

/// The kind of a note that a person is an envoy posted to a place (until
/// [`drop_posted_visits`] reads the document).
const POSTED: &str = "visits:posted";
/// The kind of a note that a person is an envoy accredited from his seat
/// to a later state of his posting's list (thirty-eighth round, part C).
const ACCREDITED: &str = "visits:accredited";
/// The kind whose instances are checked.
const VISITS: &str = "visits";
/// Most tokens between an envoy's title and his posting's preposition
/// when the title follows the name ("X, Ambassador of India to Y").
const POSTING_REACH: usize = 8;

/// Notes in `out` the postings of the envoys of `titles` (a title whose
/// words are of class `envoy`, with a person in apposition): the places
/// after a word of class `envoy_posting` or `title_place` ("to Malawi",
/// "untuk Kuba", "di Bratislava") past the title's head, and the places
/// linked to them ("untuk Rumania dan Republik Moldova").
pub(super) fn note_postings(
    x: &Extractor,
    s: &Sent,
    titles: &[TitleMatch],
    si: u32,
    out: &mut Vec<RelationInstance>,
) {
    let lex = x.lex;
    for t in titles {
        // ("new Ambassador": the title ends with the envoy's word)
        let envoy = t
            .title
            .clone()
            .any(|k| s.class_phrase_at(lex, "envoy", k) == t.title.end - k);
        // "Kenya's special envoy to South Sudan, X, visited Juba": a
        // special or roving envoy is sent on missions, not posted there
        // (class `roving_envoy_word`, in the title or right beside it:
        // "Duta Besar Keliling";
        // thirty-second round, part C2)
        let roving = (t.title.start.saturating_sub(1)..=t.title.end).any(|k| {
            s.toks
                .get(k)
                .is_some_and(|w| w.word && lex.tok_in_class("roving_envoy_word", w))
        });
        if !envoy || roving {
            continue;
        }
        let from = t.title.end;
        let person = t.person.filter(|&m| s.ments[m].etype == EntityType::Person);
        let to = match person.map(|m| s.ments[m].toks.start) {
            Some(name) if name >= from => name,
            _ => (from + POSTING_REACH).min(s.toks.len()),
        };
        let Some(p) = (from..to).find_map(|k| posting_at(lex, s, k)) else {
            continue;
        };
        let start = s.ments[p].toks.start;
        let end = super::appoint::linked_places_end(s, p, x);
        // (thirty-first round: "Duta Besar RI untuk Takhta Suci Vatikan, X":
        // the title finds no person past its posting; the name right after
        // the posting's comma is the envoy)
        let Some(pm) = person.or_else(|| named_after_posting(s, end)) else {
            continue;
        };
        // (thirty-eighth round, part C: "untuk Australia dan Vanuatu",
        // "untuk India merangkap Bhutan": the first place is his seat, a
        // later state is accredited from it, so his trip there is a visit)
        let seat = seat_only(x, s, p);
        for q in (0..s.ments.len()).filter(|&q| {
            let m = &s.ments[q];
            m.etype == EntityType::Place && m.toks.start >= start && m.toks.end <= end
        }) {
            let pair = (s.ments[pm].entity, s.ments[q].entity);
            super::env::push(
                out,
                if seat(q) { POSTED } else { ACCREDITED },
                pair,
                true,
                si,
                String::new(),
                Modality::Asserted,
            );
        }
    }
}

/// Whether place mention `q` of an envoy's posting whose first place is
/// mention `p` is part of his seat: the first place itself, another name
/// of it, or its country ("di Bratislava, Slowakia"); a later state of the
/// list ("untuk Australia dan Vanuatu", "to Chile and Bolivia", "untuk
/// India merangkap Bhutan") is accredited from the seat, not lived in.
fn seat_only<'a>(x: &'a Extractor, s: &'a Sent, p: usize) -> impl Fn(usize) -> bool + 'a {
    let first = s.ments[p].entity;
    let home = x.city_country.get(&first).copied();
    move |q: usize| {
        let e = s.ments[q].entity;
        q == p || e == first || Some(e) == home || !x.countries.contains(&e)
    }
}

/// The person named right after the comma that closes a posting at token
/// `end` ("untuk Takhta Suci Vatikan, X": places right after it are the
/// posting's own words).
fn named_after_posting(s: &Sent, end: usize) -> Option<usize> {
    let mut end = end;
    while let Some(q) =
        super::appoint::mention_at(s, end).filter(|&q| s.ments[q].etype == EntityType::Place)
    {
        end = s.ments[q].toks.end;
    }
    if !super::appoint::punct(s, end, &[","]) {
        return None;
    }
    super::appoint::mention_at(s, end + 1).filter(|&m| s.ments[m].etype == EntityType::Person)
}

/// The place mention after a posting preposition at token `k` (one word
/// of class `filler` may come first: "to the United States").
fn posting_at(lex: &Lexicon, s: &Sent, k: usize) -> Option<usize> {
    let w = s.toks.get(k)?;
    let prep = w.word
        && !s.in_mention(k)
        && (lex.tok_in_class("envoy_posting", w) || lex.tok_in_class("title_place", w));
    if !prep {
        return None;
    }
    let filler = s.is_lower(k + 1)
        && !s.in_mention(k + 1)
        && s.toks
            .get(k + 1)
            .is_some_and(|f| lex.tok_in_class("filler", f));
    let at = k + 1 + usize::from(filler);
    s.ments
        .iter()
        .position(|m| m.toks.start == at && m.etype == EntityType::Place)
}

/// Drops from `out[first..]` (one document's instances) every visit of an
/// envoy to a place he is posted to, to the country of a posted city, or
/// to the capital of a posted country (the gazetteer's `capitals`): his
/// seat. Other towns of the country keep their visits. Drops the notes
/// too.
pub(super) fn drop_posted_visits(x: &Extractor, out: &mut Vec<RelationInstance>, first: usize) {
    let Some(doc) = out.get(first..) else {
        return;
    };
    let noted = |r: &RelationInstance| r.kind == POSTED || r.kind == ACCREDITED;
    if !doc.iter().any(noted) {
        return;
    }
    let country = |p: u32| {
        if x.countries.contains(&p) {
            Some(p)
        } else {
            x.city_country.get(&p).copied()
        }
    };
    let notes = |kind: &str| -> BTreeSet<(u32, u32)> {
        doc.iter()
            .filter(|r| r.kind == kind)
            .flat_map(|r| {
                [
                    Some((r.source, r.target)),
                    country(r.target).map(|c| (r.source, c)),
                ]
            })
            .flatten()
            .collect()
    };
    let posts = notes(POSTED);
    let accredited = notes(ACCREDITED);
    // "untuk Australia dan Vanuatu , X , berkunjung ke Vanuatu": a state
    // accredited from the seat is visited when a word of class
    // `trip_word` tells the trip; his credentials or a meeting there are
    // his post's work, as the golds read them
    let trip = |r: &RelationInstance| {
        r.trigger
            .split_whitespace()
            .next()
            .is_some_and(|w| x.lex.in_class("trip_word", &w.to_lowercase()))
    };
    // (another town of the country is a trip: the golds give an envoy's
    // visit to Surabaya or Denpasar)
    let held = |set: &BTreeSet<(u32, u32)>, r: &RelationInstance| {
        set.contains(&(r.source, r.target))
            || x.capitals
                .get(&r.target)
                .is_some_and(|&c| set.contains(&(r.source, c)))
    };
    let at_post = |r: &RelationInstance| held(&posts, r) || (held(&accredited, r) && !trip(r));
    let mut i = 0;
    out.retain(|r| {
        let keep = i < first || !(noted(r) || (r.kind == VISITS && at_post(r)));
        i += 1;
        keep
    });
}

/// "the coming visit of X to Y", "the upcoming visit": an English trigger
/// after a determiner and a one-word planned cue is a noun (the cue makes
/// it planned), and a trigger of the same kind on the cue word ("coming")
/// is that noun's adjective, no trigger of its own: it is dropped.
pub(super) fn attributive_cues(lex: &Lexicon, s: &Sent, trigs: &mut Vec<Trig>) {
    let kind = |t: &Trig| lex.rules.get(t.rule).map(|r| (r.kind.as_str(), r.lang));
    let cue = |k: usize| {
        s.is_lower(k)
            && lex
                .cues
                .iter()
                .any(|(m, c)| *m == Modality::Planned && c.len() == 1 && c[0] == s.toks[k].norm)
    };
    let mut adjectives = Vec::new();
    for g in trigs.iter_mut() {
        let english = kind(g).is_some_and(|(_, l)| l == Lang::En);
        let led = g.start >= 2
            && cue(g.start - 1)
            && s.toks[g.start - 2].word
            && lex.tok_in_class("determiner", &s.toks[g.start - 2]);
        if english && led {
            g.voice = Voice::Nominal;
            adjectives.push((g.start - 1, kind(g)));
        }
    }
    trigs.retain(|t| {
        !adjectives
            .iter()
            .any(|&(k, of)| t.start == k && t.end == k + 1 && kind(t) == of)
    });
}

/// Most lowercase words between the complementizer after a state's
/// possessive and the visit trigger ("untuk mengadakan kunjungan").
const STATE_PLAN_WORDS: usize = 2;

/// "menyampaikan keinginan negaranya untuk mengadakan kunjungan tingkat
/// tinggi ke Indonesia": a visit trigger right after a complementizer
/// (and at most [`STATE_PLAN_WORDS`] lowercase words of no mention) that
/// follows a word of class `state_owner` ("negaranya": her country's) is
/// the state's plan, carried out by whoever the state sends: the speaker
/// is no visitor, so the trigger is dropped (thirty-third round, part C2).
pub(super) fn drop_state_plans(lex: &Lexicon, s: &Sent, trigs: &mut Vec<Trig>) {
    if !may_hold!(s, lex, "state_owner") {
        return;
    }
    let word = |k: usize, class: &str| {
        s.toks[k].word && !s.in_mention(k) && lex.tok_in_class(class, &s.toks[k])
    };
    let state_plan = |t: &Trig| {
        let visit = lex.rules.get(t.rule).is_some_and(|r| r.kind == VISITS);
        visit
            && (1..=STATE_PLAN_WORDS + 1).any(|d| {
                let Some(c) = t.start.checked_sub(d) else {
                    return false;
                };
                c >= 1
                    && word(c, "complementizer")
                    // (a state pronoun may have made it a mention)
                    && s.toks[c - 1].word
                    && lex.tok_in_class("state_owner", &s.toks[c - 1])
                    && (c + 1..t.start).all(|k| s.is_lower(k) && !s.in_mention(k))
            })
    };
    trigs.retain(|t| !state_plan(t));
}

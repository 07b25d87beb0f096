//! What may stand between a title's words and its holder's name or its
//! owner (issue 17, twenty-ninth round, part A): the acronym or the body
//! after an organisation named with "of" ("the Secretary General of the
//! Organization of Islamic Cooperation (OIC), X", "the President of the
//! ECOWAS Commission, X": the commission is the organisation's body, so
//! the office is its parent's), a country after a second titled name of
//! the same office ("King A and Queen B of Sweden"), a place closing a
//! portfolio ("X, WHO Regional Director for South-East Asia,") and a
//! given name the gazetteer's name leaves out ("Presiden Afghanistan
//! Mohammad X").

use super::appoint::{bracket_acronym, mention_at, punct};
use super::index::Extractor;
use super::sentence::Sent;
use super::title_checks::{headline, name_stop};
use super::title_words::title_at;
use crate::base::types::EntityType;

/// The tokens after the mention `m` in a title's "of" phrase that still
/// belong to it: its acronym in brackets, a mention or not ("(OIC)"),
/// then, after an organisation, at most one capitalised word of class
/// `body` outside any mention ("Commission"), whose office is the
/// organisation's. A state's body is left alone: "the Speaker of the
/// Turkish Parliament" is a chamber's chair, which holds no office by the
/// golds' policy; but a country's possessive and its ruling body ("of
/// Libya's Presidential Council") belong to the title. 0 when nothing
/// follows.
pub(super) fn of_tail(s: &Sent, m: usize, x: &Extractor) -> usize {
    let k = s.ments[m].toks.end;
    let mut n = bracket_acronym(s, k);
    if n == 0 && punct(s, k, &["("]) {
        // the acronym is a mention of its own when the gazetteer has it
        if let Some(m) = mention_at(s, k + 1) {
            if punct(s, s.ments[m].toks.end, &[")"]) {
                n = s.ments[m].toks.end + 1 - k;
            }
        }
    }
    // "the head of Libya's Presidential Council, X", "the head of Chad's
    // military junta, X": a country's ruling body (class `ruling_body`)
    // after its possessive; its head heads the state (thirtieth round)
    let poss = [2, 1]
        .into_iter()
        .find(|&p| super::title_run::possessive_len(s, k + p) == p)
        .unwrap_or(0);
    let ruling = s.class_phrase_at(x.lex, "ruling_body", k + poss);
    if n == 0 && poss > 0 && ruling > 0 && x.countries.contains(&s.ments[m].entity) {
        return poss + ruling;
    }
    let org = s.ments[m].etype == EntityType::Organisation;
    let body = org
        && s.toks.get(k + n).is_some_and(|t| {
            t.word && t.upper && !s.in_mention(k + n) && x.lex.tok_in_class("body", t)
        });
    n + usize::from(body)
}

/// The place or organisation after "of" (and a determiner) at `k`: "of
/// Sweden", "of the Netherlands"; with `origin`, after a word of class
/// `origin` too ("dari Belanda").
fn of_place(s: &Sent, k: usize, origin: bool, x: &Extractor) -> Option<usize> {
    let t = s.toks.get(k).filter(|t| t.word)?;
    let of = t.norm == "of";
    if !(of || origin && x.lex.tok_in_class("origin", t)) {
        return None;
    }
    let det = of
        && s.toks
            .get(k + 1)
            .is_some_and(|t| t.word && x.lex.tok_in_class("determiner", t))
        && mention_at(s, k + 1).is_none();
    mention_at(s, k + 1 + usize::from(det)).filter(|&m| {
        matches!(
            s.ments[m].etype,
            EntityType::Place | EntityType::Organisation
        )
    })
}

/// The country or organisation of a titled name ending at `end`, holding
/// `office`: after "of" (or, with `origin`, an origin word) right after
/// the name ("Foreign Minister X of Russia", "King X of the
/// Netherlands"), or after a second name coordinated to it under a title
/// of the same office, before the name or opening it ("King A and Queen B
/// of Sweden": the couple's country is each one's). A title of another
/// office keeps it from the first ("President A and Prime Minister B of
/// Japan": B's only).
pub(super) fn country_after_name(
    s: &Sent,
    end: usize,
    office: usize,
    origin: bool,
    x: &Extractor,
) -> Option<usize> {
    if let Some(m) = of_place(s, end, origin, x) {
        return Some(m);
    }
    let coord = s
        .toks
        .get(end)
        .is_some_and(|t| t.word && x.lex.tok_in_class("coord", t));
    let (second, n, _) = title_at(s, end + 1, x).filter(|_| coord)?;
    let person = |k: usize| {
        s.ments
            .iter()
            .position(|m| !m.nested && m.toks.start == k && m.etype == EntityType::Person)
    };
    // "and Queen B" with the title outside the name, or inside it
    let p = person(end + 1 + n)
        .or_else(|| person(end + 1).filter(|&p| s.ments[p].toks.end > end + 1 + n))?;
    if second != office {
        return None;
    }
    of_place(s, s.ments[p].toks.end, origin, x)
}

/// The tokens of a portfolio after an organisation that closes with a
/// place's mention (a word of class `portfolio`, then the place):
/// "WHO Regional Director for South-East Asia", before the comma of an
/// apposition or the sentence's end. 0 otherwise.
pub(super) fn portfolio_place(s: &Sent, k: usize, x: &Extractor) -> usize {
    let lead = s.class_phrase_at(x.lex, "portfolio", k);
    let place = mention_at(s, k + lead).filter(|&m| s.ments[m].etype == EntityType::Place);
    match place {
        Some(m) if lead > 0 => {
            let end = s.ments[m].toks.end;
            let closed = end >= s.toks.len() || punct(s, end, &[",", ".", ";", ")"]);
            if closed {
                end - k
            } else {
                0
            }
        }
        _ => 0,
    }
}

/// A given name at `k` (after a title and its country's mention right
/// after it) that the gazetteer's name of the person right after it
/// leaves out ("Presiden Afghanistan Mohammad Ashraf Ghani"): one
/// capitalised word in no mention and no class a title's tail is read by
/// (honorific, rank, calendar, title), no stop or trigger word, right
/// before a person's mention of two words or more, outside a headline
/// ("Menlu Rusia Bertemu Kim Jong Un"). 1, or 0.
pub(super) fn given_name(s: &Sent, k: usize, x: &Extractor) -> usize {
    let Some(t) = s.toks.get(k) else { return 0 };
    let plain = t.word
        && !headline(s)
        && !name_stop(&t.norm, x)
        && t.upper
        && t.norm.chars().count() > 1
        && t.norm.chars().all(char::is_alphabetic)
        && !s.in_mention(k)
        && !["honorific", "rank", "calendar", "title_head", "determiner"]
            .iter()
            .any(|c| x.lex.tok_in_class(c, t))
        && title_at(s, k, x).is_none();
    let full = mention_at(s, k + 1).is_some_and(|p| {
        let m = &s.ments[p];
        m.etype == EntityType::Person && m.toks.len() >= 2
    });
    usize::from(plain && full)
}

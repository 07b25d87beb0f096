//! A plural title over coordinated holders, each with the country after
//! the name (issue 17, twenty-third round, part B): "Presidents A of X
//! and B of Y met", "Foreign Ministers A of X, B of Y and C of Z". The
//! title (one of class `plural_title`, which the office data also lists
//! as a title, so the first holder is read as for "Foreign Minister A of
//! X") gives each later holder the same office of the country after his
//! name. A plural title with no holder ("Presidents of Russia and
//! China") stands for nobody, so it is dropped.

use super::appoint::{mention_at, punct};
use super::index::Extractor;
use super::sentence::Sent;
use super::titles::TitleMatch;
use crate::base::types::EntityType;

/// Most holders after the first under one plural title.
const MORE: usize = 5;

/// Adds a title match for each further holder of a plural title, and
/// drops the plural titles that name no holder.
pub(super) fn share_plural(s: &mut Sent, titles: &mut Vec<TitleMatch>, x: &Extractor) {
    let plural = |s: &Sent, t: &TitleMatch| {
        s.class_phrase_at(x.lex, "plural_title", t.title.start) == t.title.len()
    };
    // "The new envoys are A of X, B of Y": the list after a copula
    super::copula_holders::copula_holders(s, titles, x, &plural);
    // the country of a dropped title ("European Union foreign ministers
    // decided ...") is an argument again, as it was without the title
    let mut freed = Vec::new();
    titles.retain(|t| {
        let keep = t.person.is_some() || !plural(s, t);
        if !keep {
            freed.push(t.head.clone());
        }
        keep
    });
    for head in freed {
        for m in s
            .ments
            .iter_mut()
            .filter(|m| head.start <= m.toks.start && m.toks.end <= head.end)
        {
            m.in_title = false;
        }
    }
    let mut added = Vec::new();
    for t in titles.iter() {
        let (Some(p), Some(_), true) = (t.person, t.of, plural(s, t)) else {
            continue;
        };
        // "the ambassadors of X, A, Y, B": the country before each name
        if super::paired_holders::paired_holders(s, t, p, x, &mut added) {
            continue;
        }
        // the first holder's country must follow his name after "of"
        let Some(mut c) = country_after(s, p, x) else {
            continue;
        };
        for _ in 0..MORE {
            let k = s.ments[c].toks.end;
            let and = s
                .toks
                .get(k)
                .is_some_and(|w| w.word && x.lex.in_class("list", &w.norm));
            if !and && !punct(s, k, &[","]) {
                break;
            }
            let Some(q) = mention_at(s, k + 1).filter(|&q| s.ments[q].etype == EntityType::Person)
            else {
                break;
            };
            let Some(d) = country_after(s, q, x) else {
                break;
            };
            added.push(TitleMatch {
                of: Some(s.ments[d].entity),
                person: Some(q),
                ..t.clone()
            });
            s.ments[d].in_title = true;
            c = d;
            if and {
                break;
            }
        }
    }
    if !added.is_empty() {
        titles.extend(added);
        titles.sort_by_key(|t| t.title.start);
    }
}

/// The place or organisation named right after person `p` and "of" (a
/// determiner between: "of the Netherlands").
pub(super) fn country_after(s: &Sent, p: usize, x: &Extractor) -> Option<usize> {
    let end = s.ments[p].toks.end;
    if !s.toks.get(end).is_some_and(|t| t.word && t.norm == "of") {
        return None;
    }
    let det = s
        .toks
        .get(end + 1)
        .is_some_and(|t| t.word && x.lex.tok_in_class("determiner", t))
        && mention_at(s, end + 1).is_none();
    mention_at(s, end + 1 + usize::from(det)).filter(|&c| s.ments[c].etype != EntityType::Person)
}

//! A plural title over a list of "Country, Name" pairs (issue 17,
//! thirty-fifth round, part A): "They are the ambassadors of X, A, Y, B,
//! and Z, C", "the heads of the missions of X, A, and of Y, B". The first
//! holder is read as for "the Ambassador of X, A" (the title's country,
//! a comma, the name); each later pair names its country first and its
//! holder after a comma, so the title gives each holder the office of
//! the country right before his name. The list form of
//! `plural_title.rs` ("Ambassadors A of X, B of Y") names the country
//! after the name instead.

use super::appoint::{mention_at, punct};
use super::index::Extractor;
use super::sentence::Sent;
use super::titles::TitleMatch;
use crate::base::types::EntityType;

/// Most pairs after the first under one plural title (a credentials
/// ceremony may list a dozen envoys).
const MORE: usize = 12;

/// Adds to `added` a title match for each "Country, Name" pair after the
/// first holder `p` of the plural title `t`, and marks their countries as
/// a title's; whether the first holder was read in that form ("Title of
/// X, Name": the title's country closes right before the name's comma).
pub(super) fn paired_holders(
    s: &mut Sent,
    t: &TitleMatch,
    p: usize,
    x: &Extractor,
    added: &mut Vec<TitleMatch>,
) -> bool {
    let start = s.ments[p].toks.start;
    let first = start >= 2
        && punct(s, start - 1, &[","])
        && s.ments.iter().any(|m| {
            !m.nested
                && m.toks.end == start - 1
                && m.etype == EntityType::Place
                && t.of == Some(m.entity)
        });
    if !first {
        return false;
    }
    let mut pairs = Vec::new();
    let mut k = s.ments[p].toks.end;
    for _ in 0..MORE {
        let Some((c, q, last)) = pair_at(s, k, x) else {
            break;
        };
        pairs.push((c, q));
        k = s.ments[q].toks.end;
        // "..., and Z, C": the coordination closes the list
        if last {
            break;
        }
    }
    for (c, q) in pairs {
        added.push(TitleMatch {
            of: Some(s.ments[c].entity),
            person: Some(q),
            ..t.clone()
        });
        s.ments[c].in_title = true;
    }
    true
}

/// The next "Country, Name" pair of the list at token `k` (right after
/// the previous holder's name): a comma, a coordination word or both
/// ("Y, B", ", and Y, B"), "of" and a determiner if written ("and of the
/// Y, B"), a country, a comma and a person. The country's and the
/// person's mentions, and whether a coordination word closed the list.
fn pair_at(s: &Sent, k: usize, x: &Extractor) -> Option<(usize, usize, bool)> {
    let word = |j: usize, class: &str| {
        s.toks
            .get(j)
            .is_some_and(|w| w.word && !w.upper && x.lex.in_class(class, &w.norm))
    };
    let comma = punct(s, k, &[","]);
    let mut j = k + usize::from(comma);
    let and = word(j, "list");
    if !comma && !and {
        return None;
    }
    j += usize::from(and);
    j += usize::from(s.toks.get(j).is_some_and(|w| w.word && w.norm == "of"));
    if mention_at(s, j).is_none() && word(j, "determiner") {
        j += 1;
    }
    // "and of the Republic of Austria, B": a state's form and its "of"
    // before the country (fortieth round, part A)
    j += super::appoint::state_of_before(s, j, x);
    // a country only: "the ambassadors of X, A, the Foreign Ministry, B"
    // names no pair
    let c = mention_at(s, j).filter(|&c| {
        s.ments[c].etype == EntityType::Place && x.countries.contains(&s.ments[c].entity)
    })?;
    let end = s.ments[c].toks.end;
    if !punct(s, end, &[","]) {
        return None;
    }
    let q = mention_at(s, end + 1).filter(|&q| s.ments[q].etype == EntityType::Person)?;
    Some((c, q, and))
}

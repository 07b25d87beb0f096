//! Two titled holders sharing the country written before the first title
//! (issue 17, twenty-second round): "Sri Lankan President A and Prime
//! Minister B", "Venezuela's executive vice president A and new Foreign
//! Minister B". The second title, with no country of its own, takes the
//! first one's.
//!
//! English order only (the owner before the first title, as a demonym or
//! a possessive): "Presiden Rusia A dan Menteri Luar Negeri B" is as
//! often a report of two countries' officials meeting. The second title
//! must follow the first holder's name after a coordination word (class
//! `coord`, modifiers of class `title_modifier` between), with no
//! determiner ("and the Prime Minister B" may be anyone's), the first
//! title may not follow a list's comma or list word, the second may not
//! be a consort's ("King A and Queen B"), and the
//! gazetteer must not tell otherwise: when it knows holders of the
//! second office for that country, B is one of them, and B holds no
//! known office of another country only.

use super::index::Extractor;
use super::sentence::Sent;
use super::titles::TitleMatch;

/// Gives each title right after a coordinated titled holder the country
/// of that holder's title, as described above.
pub(super) fn share_country(s: &Sent, titles: &mut [TitleMatch], x: &Extractor) {
    for i in 1..titles.len() {
        let (a, b) = (&titles[i - 1], &titles[i]);
        let (Some(pa), Some(pb), Some(of), None) = (a.person, b.person, a.of, b.of) else {
            continue;
        };
        // the owner before the first title ("Sri Lankan", "Venezuela's")
        if a.former || b.former || a.head.start >= a.title.start {
            continue;
        }
        let link = s.ments[pa].toks.end;
        let linked = s
            .toks
            .get(link)
            .is_some_and(|t| t.word && !t.upper && x.lex.in_class("coord", &t.norm));
        let opens = link + 1 + s.class_phrase_at(x.lex, "title_modifier", link + 1);
        if !linked || b.head.start != b.title.start || b.title.start != opens {
            continue;
        }
        // "met A, Estonian Minister B and President C": the first title
        // is a member of a longer list, whose members have owners of
        // their own; "King A and Queen B": a consort (class
        // `consort_title`) holds no office of the king's country
        let listed = a.head.start > 0
            && s.toks[a.head.start - 1].norm.as_str() != "-"
            && (s.toks[a.head.start - 1].norm == ","
                || x.lex.in_class("list", &s.toks[a.head.start - 1].norm));
        if listed || s.class_phrase_at(x.lex, "consort_title", b.title.start) > 0 {
            continue;
        }
        let entity = s.ments[pb].entity;
        let known = x.lex.offices.get(b.office).is_none_or(|o| {
            let who = x.holders(&o.office, of, None);
            who.is_empty() || who.contains(&entity)
        });
        let held = |h: &&super::index::Held| h.person == entity;
        let elsewhere = x.held.iter().filter(held).any(|h| h.of != of)
            && !x.held.iter().filter(held).any(|h| h.of == of);
        if known && !elsewhere {
            titles[i].of = Some(of);
        }
    }
}

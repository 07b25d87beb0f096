//! Two titles coordinated for one holder (issue 17, eighteenth round,
//! second part): "Saudi Arabia's Crown Prince and Prime Minister X",
//! "Wakil Perdana Menteri sekaligus Menteri Luar Negeri Singapura X". The
//! first title, with no name of its own, takes the second one's holder,
//! and a title with no country takes the other one's.
//!
//! Two people may be meant by "the Foreign Minister and Defence Minister
//! X" ("... met"), so the reading holds only when no determiner opens the
//! first title (a possessive country may: "Saudi Arabia's"), the word
//! between the two titles is of class `title_coord` ("and", "dan",
//! "sekaligus", "merangkap"), the second title has no country or
//! demonym before it, and nothing after the name says two or more
//! persons hold them: a word of class `plural_follow` ("are", "both",
//! "keduanya") or a list word and another person. When the gazetteer
//! knows who held an office the pair would give, the holder must be one
//! of them ("Menteri Luar Negeri Rusia dan Menteri Pertahanan X" with
//! Russia's foreign minister known and not X: two people).

use super::appoint::{mention_at, punct};
use super::index::Extractor;
use super::sentence::Sent;
use super::titles::TitleMatch;
use crate::base::types::{EntityType, Via};

/// Gives each title right before a coordinated title with a holder that
/// holder, and the countries across the pair, as described above.
pub(super) fn share_coordinated(s: &mut Sent, titles: &mut [TitleMatch], x: &Extractor) {
    for i in 1..titles.len() {
        let (a, b) = (&titles[i - 1], &titles[i]);
        let Some(p) = b.person.filter(|_| a.person.is_none()) else {
            continue;
        };
        let link = a.head.end;
        let linked = s
            .toks
            .get(link)
            .is_some_and(|t| t.word && x.lex.in_class("title_coord", &t.norm));
        // the second title opens right after the link, with no country
        // or demonym of its own before it
        if !linked || b.head.start != link + 1 || b.title.start != link + 1 {
            continue;
        }
        let of = match (a.of, b.of) {
            (Some(u), Some(v)) if u != v => continue,
            (u, v) => u.or(v),
        };
        if of.is_none() || determiner_before(s, a, x) || plural_after(s, p, x) {
            continue;
        }
        // "Menteri Luar Negeri Rusia dan Menteri Pertahanan X": when the
        // gazetteer knows other holders of an office the pair would give
        // X, the first title is that other person
        let entity = s.ments[p].entity;
        let known = |office: usize| {
            of.zip(x.lex.offices.get(office)).is_none_or(|(of, o)| {
                let who = x.holders(&o.office, of, None);
                who.is_empty() || who.contains(&entity)
            })
        };
        if !known(a.office) || (b.of.is_none() && !known(b.office)) {
            continue;
        }
        let (start, former) = (a.head.start, a.former);
        let b = &mut titles[i];
        b.of = of;
        b.former |= former;
        let a = &mut titles[i - 1];
        a.of = of;
        a.person = Some(p);
        s.ments[p].ext = s.ments[p].ext.min(start);
    }
}

/// "the Foreign Minister and ...": a determiner right before the first
/// title's phrase, unless a possessive country opens it ("the United
/// Arab Emirates' Crown Prince": the article is the country's).
fn determiner_before(s: &Sent, a: &TitleMatch, x: &Extractor) -> bool {
    let owner = a.title.start >= 2
        && a.head.start < a.title.start
        && (punct(s, a.title.start - 1, &["'", "\u{2019}"])
            || (s.toks[a.title.start - 1].norm == "s"
                && punct(s, a.title.start - 2, &["'", "\u{2019}"])));
    let det = a.head.start >= 1
        && s.toks[a.head.start - 1].word
        && x.lex.in_class("determiner", &s.toks[a.head.start - 1].norm);
    det && !owner
}

/// After the holder's name: a word of class `plural_follow`, or a list
/// word or comma and another person ("... Menteri Pertahanan Australia
/// A dan B").
fn plural_after(s: &Sent, p: usize, x: &Extractor) -> bool {
    let end = s.ments[p].toks.end;
    let Some(t) = s.toks.get(end) else {
        return false;
    };
    if t.word && x.lex.in_class("plural_follow", &t.norm) {
        return true;
    }
    let list = punct(s, end, &[","]) || (t.word && x.lex.in_class("list", &t.norm));
    list && mention_at(s, end + 1).is_some_and(|q| s.ments[q].etype == EntityType::Person)
}

/// Capitalised words the office data does not know, right before a
/// person's title or name, are a qualifier of the title (issue 17,
/// nineteenth round): "called on Senate President X", "received by
/// Foreign Affairs Cabinet Secretary X , Labour Secretary Y and ...".
/// Each such person's phrase (`ext`) opens at the first of them, so an
/// object or a list reads the title as a whole, as it reads a known one.
/// With no known title, the last of the words must be of class
/// `title_head` ("Secretary", "CEO"). At most four words, none a mention
/// or of class `calendar` ("on Monday President X" keeps "Monday" out);
/// a capitalised run going on before them (an untagged name, a heading)
/// extends nothing. No office or holder changes: only where the phrase
/// opens.
pub(super) fn qualify_titles(s: &mut Sent, x: &Extractor) {
    let plain = |s: &Sent, k: usize| {
        s.toks[k].word
            && s.toks[k].upper
            && !s.in_mention(k)
            && !x.lex.in_class("calendar", &s.toks[k].norm)
    };
    for p in 0..s.ments.len() {
        let m = &s.ments[p];
        if m.nested || m.via == Via::Title || m.etype != EntityType::Person {
            continue;
        }
        let e = m.ext;
        let titled = e < m.toks.start;
        let mut k = e;
        while k > 0 && e - k < 4 && plain(s, k - 1) {
            k -= 1;
        }
        if k == e || (k > 0 && plain(s, k - 1)) {
            continue;
        }
        if titled || x.lex.in_class("title_head", &s.toks[e - 1].norm) {
            s.ments[p].ext = k;
        }
    }
}

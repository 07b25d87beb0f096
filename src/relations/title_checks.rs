//! Checks on a title's apposed name (split from `titles.rs`): whether a
//! name after a title and a comma is its apposition, whether the
//! gazetteer's roles allow a person in an office, and the year a sentence
//! names.

use super::appoint::punct;
use super::index::Extractor;
use super::sentence::Sent;

/// The one year (`1900`..`2099`) a sentence names ("pada 2015", "in
/// 2010", "14 / 10 / 2017"); `None` when it names none or several.
pub(super) fn sentence_year(s: &Sent) -> Option<&str> {
    let mut found: Option<&str> = None;
    for t in s.toks.iter().filter(|t| t.word) {
        let w = t.norm.as_str();
        let year = w.len() == 4
            && w.bytes().all(|b| b.is_ascii_digit())
            && (w.starts_with("19") || w.starts_with("20"));
        if !year {
            continue;
        }
        match found {
            Some(f) if f != w => return None,
            _ => found = Some(w),
        }
    }
    found
}

/// "Menlu Korut, Choe Son Hui," is an apposition only if the name closes
/// the phrase (comma, bracket, end) and does not contradict the roles:
/// "pembicaraan dengan pemimpin Korea Utara, Putin bakal ..." is not.
pub(super) fn comma_apposition_ok(
    s: &Sent,
    p: usize,
    office: usize,
    of: Option<u32>,
    start: usize,
    x: &Extractor,
) -> bool {
    let end = s.ments[p].toks.end;
    let closes =
        end >= s.toks.len() || punct(s, end, &[",", "(", ")", ".", "!", "?", "\"", "'", ";", ":"]);
    // "Kabid Humas Polda X , Kombes Y dalam keterangannya": a title with
    // its organisation, its name closed by a preposition
    let preposition =
        of.is_some() && s.is_lower(end) && x.lex.in_class("apposition_close", &s.toks[end].norm);
    if closes || preposition {
        return roles_allow(s, p, office, of, x);
    }
    // "CEO Apple, Tim Cook mengunjungi Paris": a title phrase that opens
    // the sentence has no verb before it that could take the name as its
    // subject, so the name is its apposition (unless the gazetteer knows
    // the person in other offices only)
    // ("Wakil Ketua Umum X , Y mengatakan": capitalised words of class
    // `title_lead` before the title open it too; twelfth round)
    let opens = (0..start).all(|k| {
        s.toks
            .get(k)
            .is_some_and(|t| t.word && t.upper && x.lex.in_class("title_lead", &t.norm))
    });
    if opens && s.is_lower(end) {
        let entity = s.ments[p].entity;
        let holds = |h: &&super::index::Held| {
            h.person == entity
                && of.is_none_or(|of| h.of == of)
                && x.lex
                    .offices
                    .get(office)
                    .is_some_and(|o| o.office == h.office)
        };
        let other_only =
            x.held.iter().any(|h| h.person == entity) && !x.held.iter().any(|h| holds(&h));
        return !other_only && roles_allow(s, p, office, of, x);
    }
    // "Menlu Korut, Choe Son Hui bertemu ...": closed by a lowercase word
    // (a verb or a preposition) only when the gazetteer knows the holder
    let (Some(of), Some(o)) = (of, x.lex.offices.get(office)) else {
        return false;
    };
    s.is_lower(end) && x.holders(&o.office, of, None).contains(&s.ments[p].entity)
}

/// False when the gazetteer knows who held the office and `p` is not one.
pub(super) fn roles_allow(
    s: &Sent,
    p: usize,
    office: usize,
    of: Option<u32>,
    x: &Extractor,
) -> bool {
    let (Some(of), Some(o)) = (of, x.lex.offices.get(office)) else {
        return true;
    };
    let known = x.holders(&o.office, of, None);
    let entity = s.ments[p].entity;
    // a person the gazetteer knows no office of may hold this one at
    // another time ("PM Jepang, Kakuei Tanaka" in a history)
    known.is_empty() || known.contains(&entity) || !x.held.iter().any(|h| h.person == entity)
}

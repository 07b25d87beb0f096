//! Checks on a title's apposed name (split from `titles.rs`): whether a
//! name after a title and a comma is its apposition, whether the
//! gazetteer's roles allow a person in an office, the year a sentence
//! names, and whether a name the gazetteer lacks stands after a title.

use super::appoint::punct;
use super::cues::TRIGGER;
use super::index::Extractor;
use super::sentence::Sent;
use super::text::fold;
use crate::gazetteer::STOP;

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
    // "A, Minister of X, B, Minister of Y": the title is A's
    if super::office_list::between_names(s, p, start, x) {
        return false;
    }
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

/// "Iranian Foreign Minister Hossein Amir-Abdollahian": does a name the
/// gazetteer lacks stand right after the title (token `at` on: up to four
/// capitalised words, no days or months, none inside a mention) that
/// shares no word with the names of `holder`? The title then names that
/// other person, not the holder the roles give ("Perdana Menteri Malaysia
/// Ismail Sabri" still names Ismail Sabri Yaakob).
///
/// A trigger word ends the name ("Menlu Rusia Bertemu Kim Jong Un"), and
/// a headline (nine words in ten capitalised) is not checked.
pub(super) fn other_name_after(s: &Sent, at: usize, x: &Extractor, holder: u32) -> bool {
    if headline(s) {
        return false;
    }
    let mut run = Vec::new();
    for k in at..(at + 4).min(s.toks.len()) {
        let t = &s.toks[k];
        if !t.word || !t.upper || s.in_mention(k) || name_stop(&t.norm, x) {
            break;
        }
        run.push(t.norm.as_str());
    }
    if run.is_empty() {
        return false;
    }
    let Some(e) = x.gaz.entities.get(holder as usize) else {
        return false;
    };
    let names = std::iter::once(&e.name).chain(&e.aliases).chain(&e.short);
    !names
        .flat_map(|n| n.split(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .any(|w| run.iter().any(|r| fold(w) == *r))
}

/// Whether a sentence is a headline: nine words in ten capitalised.
pub(super) fn headline(s: &Sent) -> bool {
    let (words, upper) = s
        .toks
        .iter()
        .filter(|t| t.word)
        .fold((0, 0), |(w, u), t| (w + 1, u + usize::from(t.upper)));
    upper * 10 >= words * 9
}

/// Whether the word `norm` ends a name: a stop word of the name chunks
/// (days, months, openers) or a trigger word ("Bertemu").
pub(super) fn name_stop(norm: &str, x: &Extractor) -> bool {
    x.gaz.chunks.flags(norm) & STOP != 0
        || x.cues.as_ref().is_some_and(|c| c.in_word(norm, TRIGGER))
}

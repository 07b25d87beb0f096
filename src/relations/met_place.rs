//! Issue 17, twenty-second round: the place of a plain meeting beyond the
//! reception's venue phrase ([`super::reception::venue_place`]), for the
//! settling of [`super::abroad`]. A time phrase may stand between the
//! arguments and the venue ("met X on Saturday afternoon at the Miraflores
//! Palace in Caracas", "bertemu X pada Kamis di Y"), and the meeting may be
//! held on the sidelines of a gathering in a named city ("bertemu X di sela
//! Pertemuan Tingkat Menteri APEC di Detroit", "held talks with X on the
//! sidelines of the ASEAN meeting in Jakarta"): the newer golds count the
//! city as visited by whoever is away from home there (`heldout15/`,
//! `heldout16/`, `heldout17/`), and the settling still drops the person at
//! home or of no known country. Also the counterpart's demonym ("met his
//! Venezuelan counterpart Y in Caracas"): the other person is no citizen of
//! that country, so a city there is abroad for him even when no office of
//! his is known.

use super::env::Env;
use super::sentence::Sent;
use crate::base::types::{EntityType, Modality};

/// Most tokens a time phrase after a meeting's arguments may hold.
const TIME_TOKENS: usize = 7;
/// Most tokens a gathering's phrase may hold before its place (a long
/// name and its acronym in brackets: "di sela-sela pertemuan para menteri
/// luar negeri Forum Kerja Sama Asia Timur dan Amerika Latin (FEALAC) di
/// San Jose", thirty-seventh round, part C).
const GATHERING_TOKENS: usize = 24;
/// Most tokens of an acronym in brackets inside a gathering's name.
const BRACKET_TOKENS: usize = 4;
/// Most tokens between a counterpart noun and its demonym ("his North
/// Korean counterpart").
const DEMONYM_REACH: usize = 3;

/// The place of a plain meeting whose arguments end before token `end`:
/// the venue phrase right after them or after a time phrase, else the
/// city of a gathering the meeting was held at.
pub(super) fn met_place(env: &Env, s: &Sent, end: usize) -> Option<usize> {
    let k = end + after_time(env, s, end);
    super::reception::venue_place(env, s, k).or_else(|| gathering_place(env, s, k))
}

/// The number of tokens of a time phrase at token `from` ("on Saturday
/// afternoon", "pada Kamis (25/5)"): a word of class `met_time`, then
/// words of classes `calendar` and `met_time`, numbers and brackets, at
/// least one of class `calendar`, and a comma closing it. 0 when none
/// stands there.
pub(super) fn after_time(env: &Env, s: &Sent, from: usize) -> usize {
    let timeword = |k: usize| env.free_word_in(s, k, "met_time");
    if !s.is_lower(from) || !timeword(from) {
        return 0;
    }
    let mut calendar = false;
    let mut k = from + 1;
    while k < s.toks.len() && k < from + TIME_TOKENS {
        let t = &s.toks[k];
        if env.free_word_in(s, k, "calendar") {
            calendar = true;
        } else if !(timeword(k)
            || t.norm == "("
            || t.norm == ")"
            || t.norm == "/"
            || t.norm.chars().all(|c| c.is_ascii_digit()))
        {
            break;
        }
        k += 1;
    }
    if !calendar {
        return 0;
    }
    k + usize::from(s.toks.get(k).is_some_and(|t| t.norm == ",")) - from
}

/// "di sela Pertemuan ke-55 Para Menteri Ekonomi ASEAN di Semarang", "on
/// the sidelines of the APEC meeting in Detroit": after a word of class
/// `gathering_lead` at token `from` (a comma may come first), a phrase
/// of capitalised words, names of no person, determiners and lowercase
/// words that are no preposition (class `gathering_walk` aside), clause
/// word or list word, holding a word of class `gathering` and none of
/// class `un_gathering` (the golds give a meeting at the UN no visit),
/// and then a preposition of class `place_prep` and a place that ends the
/// phrase.
pub(super) fn gathering_place(env: &Env, s: &Sent, from: usize) -> Option<usize> {
    let lex = env.lex;
    let k0 = from + usize::from(s.toks.get(from)?.norm == ",");
    if !s.is_lower(k0) || !lex.in_class("gathering_lead", &s.toks[k0].norm) || s.in_mention(k0) {
        return None;
    }
    let mut gathering = false;
    let mut k = k0 + 1;
    while k < s.toks.len() && k < k0 + GATHERING_TOKENS {
        let w = &s.toks[k];
        if let Some(m) = s.ments.iter().position(|m| m.toks.start == k) {
            let mm = &s.ments[m];
            if mm.etype == EntityType::Person {
                return None;
            }
            let before = &s.toks[k - 1];
            if gathering
                && mm.free()
                && mm.etype == EntityType::Place
                && before.word
                && lex.in_class("place_prep", &before.norm)
                && !super::args::venue(env, s, m)
                && super::reception::closes(env, s, mm.toks.end)
            {
                return Some(m);
            }
            // "di sela-sela Sidang Umum AIPA ke-44 di Fairmont Hotel ,
            // Jakarta": a venue, then its town after a comma (twenty-fourth
            // round)
            if gathering
                && before.word
                && lex.in_class("place_prep", &before.norm)
                && super::args::venue(env, s, m)
            {
                if let Some(town) = super::venue_town::town_after(env, s, m) {
                    return Some(town);
                }
            }
            let words = mm.toks.start..mm.toks.end;
            if words
                .clone()
                .any(|j| lex.in_class("un_gathering", &s.toks[j].norm))
            {
                return None;
            }
            gathering |= words
                .into_iter()
                .any(|j| lex.in_class("gathering", &s.toks[j].norm));
            k = mm.toks.end.max(k + 1);
            continue;
        }
        if w.word && lex.in_class("un_gathering", &w.norm) {
            // "di sela Sidang Majelis Umum PBB di New York": a meeting at
            // the UN gives no visit, as the golds' notes say
            return None;
        } else if w.word && lex.in_class("gathering", &w.norm) {
            gathering = true;
        } else if w.word && !w.upper {
            let walk = lex.in_class("gathering_walk", &w.norm)
                || lex.in_class("determiner", &w.norm)
                || lex.in_class("place_prep", &w.norm);
            let stop = lex.in_class("prep", &w.norm)
                || lex.in_class("clause", &w.norm)
                || lex.in_class("list", &w.norm)
                || lex.in_class("coord", &w.norm);
            // "Forum Kerja Sama Asia Timur dan Amerika Latin", "Joint
            // Commission for Bilateral Cooperation": a function word
            // between two capitalised words is inside the gathering's name
            // (thirty-seventh round, part C)
            if stop && !walk && !inside_name(s, k) {
                return None;
            }
            // "KTT OKI (OKI) yang akan digelar di Gambia": a gathering to
            // come is no presence (thirty-seventh round, part C)
            if super::modality::cues_at(lex, s, k, s.toks.len()).any(|md| md != Modality::Asserted)
            {
                return None;
            }
        } else if w.norm == "(" {
            // "(AEM) ke-55", "(FEALAC)": the name's acronym in brackets
            k = acronym_close(s, k)? + 1;
            continue;
        } else if !w.word && !matches!(w.norm.as_str(), "-" | "'" | "’") {
            return None;
        }
        k += 1;
    }
    None
}

/// Whether token `k` stands between two capitalised words, inside a
/// name's words.
fn inside_name(s: &Sent, k: usize) -> bool {
    let capital = |j: usize| s.toks.get(j).is_some_and(|t| t.word && t.upper);
    k > 0 && capital(k - 1) && capital(k + 1)
}

/// The closing bracket of an acronym opened at token `open` ("( AEM )"):
/// up to [`BRACKET_TOKENS`] capitalised words, numbers or hyphens, none of
/// a person's name.
fn acronym_close(s: &Sent, open: usize) -> Option<usize> {
    let close = (open + 2..(open + 2 + BRACKET_TOKENS).min(s.toks.len()))
        .find(|&j| s.toks[j].norm == ")")?;
    (open + 1..close)
        .all(|j| {
            let t = &s.toks[j];
            let name = t.word && t.upper || t.norm.chars().all(|c| c.is_ascii_digit() || c == '-');
            name && s
                .ments
                .iter()
                .all(|m| m.etype != EntityType::Person || !m.toks.contains(&j))
        })
        .then_some(close)
}

/// The demonym's folded words before the counterpart noun right before
/// mention `m` ("his Venezuelan counterpart Y", "his Chilean counterpart ,
/// Y"): the country of Y, and one the other person of the meeting is not
/// of. None without such a noun or demonym.
pub(super) fn counterpart_demonym(env: &Env, s: &Sent, m: usize) -> Option<String> {
    let start = s.ments.get(m)?.toks.start;
    let mut k = start.checked_sub(1)?;
    if s.toks[k].norm == "," {
        k = k.checked_sub(1)?;
    }
    let noun = &s.toks[k];
    if !noun.word || s.in_mention(k) || !env.lex.in_class("counterpart", &noun.norm) {
        return None;
    }
    demonym_before(s, k, DEMONYM_REACH).map(|(_, words)| words)
}

/// The first token and the words of the demonym ending right before
/// token `end` (folded, space-separated, as
/// [`super::index::Extractor::demonym_country`] takes them), at most
/// `reach` tokens of it: None when the token before `end` is no demonym's.
pub(super) fn demonym_before(s: &Sent, end: usize, reach: usize) -> Option<(usize, String)> {
    let first = (end.saturating_sub(reach)..end)
        .rev()
        .take_while(|&j| s.demonym.get(j).copied().unwrap_or(false))
        .last()?;
    let words: Vec<&str> = (first..end).map(|j| s.toks[j].norm.as_str()).collect();
    Some((first, words.join(" ")))
}

impl super::index::Extractor<'_> {
    /// The one country whose demonym is `words` (folded, space-separated,
    /// as [`counterpart_demonym`] gives them); None when none or several.
    pub(super) fn demonym_country(&self, words: &str) -> Option<u32> {
        let first = words.split(' ').next()?;
        let mut found = self
            .demonym_index
            .get(first)?
            .iter()
            .filter_map(|&i| self.demonyms.get(i))
            .filter(|(_, w)| w.join(" ") == words)
            .map(|&(c, _)| c)
            .filter(|c| self.countries.contains(c));
        let c = found.next()?;
        found.all(|d| d == c).then_some(c)
    }
}

//! Issue 17, thirty-seventh round, part A: the envoys of a list whose
//! entries each join a name to its country, told where envoys are the
//! news, whatever opens the list. "The envoys, Sweden's A, Norway's B and
//! Oman's C, were received", "the Ethiopian envoy, D, followed by E of
//! Bangladesh, F of Mexico and G of Trinidad and Tobago", "Five new
//! ambassadors ... . They were A of the Republic of X, B of the Kingdom of
//! Y and C of Z" (a passive group the group pass leaves), "Ikut pula A
//! dari Yunani dan B dari Afrika Selatan". Each entry's person holds an
//! office of the entry's country: the sending state.
//!
//! The list must be tied to envoys: in apposition to their noun, or
//! after an opener ("They were", "followed by", "Ikut pula") where a noun
//! of class `envoy_noun` stands in the sentence or in one of the two
//! before it. An older trap stays: "The envoys were A of X and B of Y"
//! after no group, and "The new envoys met A of X and B of Y", tell no
//! office.
//!
//! An entry is a person's name then a word of class `envoy_origin` and a
//! country, maybe after a determiner and a state's form ("of the Kingdom
//! of Belgium"), or a country's possessive right before the name
//! ("Sweden's A"). Two entries at least must follow each other, joined by
//! commas, semicolons or list words only: a list of "Name of Country"
//! elsewhere ("Messi of Argentina and Ronaldo of Portugal") tells no
//! office.

use super::env::{push, Env};
use super::instance::HOLDS_OFFICE;
use super::lexicon::ArgType;
use super::sentence::Sent;
use crate::base::types::{EntityType, Modality};

/// How many sentences before a list its envoy noun may stand.
const CONTEXT_REACH: usize = 2;

/// One entry of a list: a person and the country the entry joins to them.
#[derive(Clone, Copy, Debug)]
struct Entry {
    /// The person's mention.
    person: usize,
    /// The country's mention.
    country: usize,
    /// The entry's first token.
    start: usize,
    /// The token after the entry.
    end: usize,
}

/// Adds `holds_office` for each entry of a list of envoys in sentence
/// `si` (`s`); `earlier(j)` is the text of sentence `j` of the document.
pub(super) fn push_listed_envoys<'t>(
    env: &Env,
    s: &Sent,
    si: u32,
    earlier: &dyn Fn(usize) -> &'t str,
    out: &mut Vec<super::instance::RelationInstance>,
) {
    // (two persons and two countries at least: most sentences stop here)
    if s.ments.len() < 4 {
        return;
    }
    let entries: Vec<Entry> = (0..s.ments.len())
        .filter_map(|m| entry_at(env, s, m))
        .collect();
    for e in linked(env, s, &entries, si as usize, earlier) {
        let (p, c) = (&s.ments[e.person], &s.ments[e.country]);
        let (a, b) = if e.start == p.toks.start {
            (p.toks.end, e.end)
        } else {
            (e.start, p.toks.start)
        };
        push(
            out,
            HOLDS_OFFICE,
            (p.entity, c.entity),
            true,
            si,
            env.span_text(s, a, b),
            Modality::Asserted,
        );
    }
}

/// The entry whose person is mention `m`: "A of X", "A dari X", "X's A",
/// closed by a comma, a semicolon, a list word or the sentence's end.
fn entry_at(env: &Env, s: &Sent, m: usize) -> Option<Entry> {
    let p = &s.ments[m];
    if !p.free() || p.etype != EntityType::Person || p.coref.is_some() {
        return None;
    }
    let after = country_after(env, s, p.toks.end)
        .map(|c| Entry {
            person: m,
            country: c,
            start: p.toks.start,
            end: s.ments[c].toks.end,
        })
        .or_else(|| {
            // "Sweden's A": the name right after the country's "'s", with
            // no title between (a title's own rules read those)
            let at = p.toks.start;
            if p.ext != at || !s.possessive_s_before(at) {
                return None;
            }
            let c = s.ment_ending_at(at - 2)?;
            Some(Entry {
                person: m,
                country: c,
                start: s.ments[c].ext,
                end: p.toks.end,
            })
        })?;
    let country = env.type_ok(s, after.country, &[ArgType::Country]);
    (country && closed(env, s, after.end)).then_some(after)
}

/// The country's mention after the envoy's name ending at token `end`: a
/// word of class `envoy_origin`, maybe a determiner, maybe a state's form
/// with its own "of" and determiner ("of the Republic of Korea", "dari
/// Kesultanan Oman"), then the country.
fn country_after(env: &Env, s: &Sent, end: usize) -> Option<usize> {
    let lex = env.lex;
    let word = |k: usize, class: &str| {
        s.toks
            .get(k)
            .is_some_and(|t| t.word && !s.in_mention(k) && lex.tok_in_class(class, t))
    };
    if !word(end, "envoy_origin") {
        return None;
    }
    let mut at = end + 1 + usize::from(word(end + 1, "determiner"));
    if let Some(c) = s.free_at(at) {
        return Some(c);
    }
    let form = match s.toks.get(at).is_some_and(|t| t.upper) {
        true => s.class_phrase_at(lex, "state_form", at),
        false => 0,
    };
    if form == 0 {
        return None;
    }
    at += form;
    if s.toks.get(at).is_some_and(|t| t.word && t.norm == "of") {
        at += 1 + usize::from(word(at + 1, "determiner"));
    }
    s.free_at(at)
}

/// Whether an entry ends at token `k`: a comma, a semicolon, a list word,
/// sentence punctuation or the sentence's end follows it.
fn closed(env: &Env, s: &Sent, k: usize) -> bool {
    s.toks.get(k).is_none_or(|t| {
        (!t.word && matches!(t.norm.as_str(), "," | ";" | "." | ")"))
            || (t.word && env.lex.tok_in_class("list", t))
    })
}

/// The entries that stand in a run of two or more, each joined to the
/// next by commas, semicolons and list words only, that an opener
/// ties to envoys ([`opened`]).
fn linked<'t>(
    env: &Env,
    s: &Sent,
    entries: &[Entry],
    si: usize,
    earlier: &dyn Fn(usize) -> &'t str,
) -> Vec<Entry> {
    let joined = |a: &Entry, b: &Entry| {
        b.start > a.end
            && (a.end..b.start).all(|k| {
                s.toks.get(k).is_some_and(|t| {
                    (!t.word && matches!(t.norm.as_str(), "," | ";"))
                        || (t.word && env.lex.tok_in_class("list", t))
                })
            })
    };
    let mut keep = Vec::new();
    let mut i = 0;
    while i < entries.len() {
        let mut j = i + 1;
        while j < entries.len() && joined(&entries[j - 1], &entries[j]) {
            j += 1;
        }
        if j - i >= 2 && opened(env, s, entries[i].start, si, earlier) {
            keep.extend_from_slice(&entries[i..j]);
        }
        i = j;
    }
    keep
}

/// Whether the list whose first entry starts at token `f` is one of
/// envoys: it stands in apposition to a phrase of class `envoy_noun`
/// ("The envoys, A of X and B of Y,"), or an opener ends right before it
/// (a phrase of class `group_list` or `list_next` opening the sentence,
/// "They were", "Selanjutnya"; a phrase of class `list_follow`, "followed
/// by", "Ikut pula") and envoys are the news ([`envoys_told`]). A list
/// after a plain verb ("The envoys met A of X and B of Y") or a copula
/// of a renamed group ("The envoys were A of X") is left to the group
/// and title passes, which read a counted group of envoys before it.
fn opened<'t>(
    env: &Env,
    s: &Sent,
    f: usize,
    si: usize,
    earlier: &dyn Fn(usize) -> &'t str,
) -> bool {
    let lex = env.lex;
    let apposed = f >= 2
        && s.toks[f - 1].norm == ","
        && (f.saturating_sub(4)..f - 1)
            .any(|k| s.class_phrase_at(lex, "envoy_noun", k) == f - 1 - k);
    if apposed {
        return true;
    }
    let opener = ["group_list", "list_next"]
        .iter()
        .any(|c| s.class_phrase_at(lex, c, 0) == f)
        || (f.saturating_sub(3)..f).any(|k| s.class_phrase_at(lex, "list_follow", k) == f - k);
    opener && envoys_told(env, s, si, earlier)
}

/// Whether envoys are the news: a phrase of class `envoy_noun` in
/// sentence `si` (`s`) or a word of that class in one of the two
/// sentences before it.
fn envoys_told<'t>(env: &Env, s: &Sent, si: usize, earlier: &dyn Fn(usize) -> &'t str) -> bool {
    let lex = env.lex;
    (0..s.toks.len()).any(|k| s.class_phrase_at(lex, "envoy_noun", k) > 0)
        || (si.saturating_sub(CONTEXT_REACH)..si)
            .any(|j| super::text::any_lower_word(earlier(j), |w| lex.in_class("envoy_noun", w)))
}

/// Whether a sentence no trigger or title cued may still hold a list of
/// envoys ("Ikut pula A dari X dan B dari Y"): its mentions `here` name
/// two persons and two countries at least, and a word of class
/// `envoy_noun` stands in it or in one of the two sentences before
/// (`earlier(j)`: the text of sentence `j`; `si`: this one's index).
pub(super) fn may_list<'t>(
    env: &Env,
    here: &[crate::base::types::Mention],
    si: usize,
    earlier: &dyn Fn(usize) -> &'t str,
) -> bool {
    let count = |t: ArgType| {
        here.iter()
            .filter(|m| env.entity_type_ok(m.entity, &[t]))
            .count()
    };
    here.len() >= 4
        && count(ArgType::Person) >= 2
        && count(ArgType::Country) >= 2
        && (si.saturating_sub(CONTEXT_REACH)..=si)
            .any(|j| super::text::any_lower_word(earlier(j), |w| env.lex.in_class("envoy_noun", w)))
}

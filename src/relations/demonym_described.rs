//! Issue 17, twenty-second round: a description by demonym stands for the
//! one titled person of the document it fits. "Thailand's Prime Minister
//! X held talks ... . After a luncheon, the Thai leader met Y", "The
//! Montenegrin leader also met Z", "Foreign Minister W and the visiting
//! Norwegian minister discussed ...": "the", at most one word of class
//! `described_modifier` ("visiting"), a demonym, and a head of class
//! `described_head` ("leader", "minister", "president"). The demonym's
//! country must be the country of a titled name read before in the
//! document (`Memory::titled`), and the head must fit that name's office:
//! a word of class `described_leader` ("leader", "head of state") fits
//! the offices of class `leader_office` (a head of state or government),
//! a word of class `described_diplomat` ("diplomat", thirty-third round,
//! part C1) those of class `diplomat_office` (a foreign minister, an
//! envoy), any other head an office's title (its last or first words, as
//! [`super::pair_described`] reads a pair's). Exactly one person must fit;
//! two (a president and a prime minister for "the Thai leader") give
//! none.

use super::coref::Memory;
use super::index::Extractor;
use super::sentence::Sent;
use crate::base::types::EntityType;

/// A description standing for a person whose title named no country:
/// (person, the description's country, its tokens, the antecedent's
/// sentence).
pub(super) type Described = (u32, u32, std::ops::Range<usize>, u32);

/// Most words of a description's head ("head of government").
const HEAD_WORDS: usize = 3;

/// Classes of heads that fit a class of offices, not a title: "leader"
/// any head of state or government, "diplomat" (thirty-third round, part
/// C1) a foreign minister or an envoy.
const GROUP_HEADS: [(&str, &str); 2] = [
    ("described_leader", "leader_office"),
    ("described_diplomat", "diplomat_office"),
];

/// Adds to sentence `si` a coreference mention for each description by
/// demonym that fits exactly one titled person named before (see the
/// module's note); returns (person, country, tokens, antecedent's
/// sentence) for each that fits one whose title named no country (see
/// [`untitled_country`]).
pub(super) fn resolve(x: &Extractor, s: &mut Sent, mem: &Memory) -> Vec<Described> {
    let lex = x.lex;
    let mut offices = Vec::new();
    if mem.titled().is_empty() {
        return offices;
    }
    let mut found: Vec<(std::ops::Range<usize>, u32, u32)> = Vec::new();
    majesty(x, s, mem, &mut found);
    for k in 0..s.toks.len() {
        if !s.toks[k].word || s.toks[k].norm != "the" || s.in_mention(k) {
            continue;
        }
        let mut j = k + 1;
        if s.is_lower(j) && lex.in_class("described_modifier", &s.toks[j].norm) {
            j += 1;
        }
        // the demonym: a country's mention (an alias, or the country of a
        // title "Thai leader" the title pass marked), or demonym tokens
        let country = if let Some(m) = s.ments.iter().find(|m| m.toks.start == j) {
            if m.etype != EntityType::Place || !x.countries.contains(&m.entity) {
                continue;
            }
            j = m.toks.end;
            m.entity
        } else {
            let first = j;
            while s.demonym.get(j).copied().unwrap_or(false) && !s.in_mention(j) {
                j += 1;
            }
            let words: Vec<&str> = (first..j).map(|i| s.toks[i].norm.as_str()).collect();
            match x.demonym_country(&words.join(" ")).filter(|_| j > first) {
                Some(c) => c,
                None => continue,
            }
        };
        let n = s.class_phrase_at(lex, "described_head", j);
        if n == 0 || n > HEAD_WORDS || (j..j + n).any(|i| s.in_mention(i)) {
            continue;
        }
        // a name right after the head is the description's apposition
        // ("the Thai leader Srettha"), which the title pass reads; a
        // capitalised word or "of" continues a title ("The Latvian
        // Minister of Defense X")
        let next = s.toks.get(j + n);
        let title_goes_on =
            next.is_some_and(|t| t.word && (t.upper || lex.in_class("title_link", &t.norm)));
        if title_goes_on || s.ments.iter().any(|m| m.toks.start == j + n) {
            continue;
        }
        let head: Vec<&str> = (j..j + n).map(|i| s.toks[i].norm.as_str()).collect();
        let joined = head.join(" ");
        // "the Thai leader", "the Cuban diplomat": a head that fits a
        // class of offices rather than one title
        let group = GROUP_HEADS
            .iter()
            .find(|(h, _)| lex.in_class(h, &joined))
            .map(|&(_, o)| o);
        let fits = |office: usize| {
            lex.offices.get(office).is_some_and(|o| {
                if let Some(offices) = group {
                    // (the class's words are folded: "prime_minister"
                    // reads as "prime minister")
                    lex.in_class(offices, &o.office.replace('_', " "))
                } else {
                    o.titles
                        .values()
                        .flatten()
                        .any(|t| super::pair_described::title_fits(t, &head))
                }
            })
        };
        if let Some((person, si)) =
            one_titled(mem, |office, of| of == Some(country) && fits(office))
        {
            found.push((k..j + n, person, si));
        } else if let Some((person, si)) = untitled_country(mem, country, &fits) {
            found.push((k..j + n, person, si));
            offices.push((person, country, k..j + n, si));
        }
    }
    for (toks, entity, from) in found {
        super::coref::add(s, entity, toks, from);
    }
    offices
}

/// "President X received Y ... She delivered to the Equatorial Guinean
/// President": with no titled name of the description's country, the one
/// person whose office `fits` and whose title named no country or that
/// country (thirty-sixth round, part A; a name titled with another
/// country is none: "Slovenian Foreign Minister Y" is no "Croatian
/// minister"). The description names the office's country: the caller
/// gives him the office.
fn untitled_country(
    mem: &Memory,
    country: u32,
    fits: &dyn Fn(usize) -> bool,
) -> Option<(u32, u32)> {
    one_titled(mem, |office, of| {
        (of.is_none() || of == Some(country)) && fits(office)
    })
}

/// The one person among the document's titled names (`Memory::titled`)
/// whose (office, country) `fits`, with the last sentence that titled
/// him so; None when none or several persons fit.
fn one_titled(mem: &Memory, fits: impl Fn(usize, Option<u32>) -> bool) -> Option<(u32, u32)> {
    let mut who: Option<(u32, u32)> = None;
    for &(office, of, person, si) in mem.titled() {
        if !fits(office, of) {
            continue;
        }
        match who {
            Some((p, _)) if p != person => return None,
            Some((p, at)) => who = Some((p, at.max(si))),
            None => who = Some((person, si)),
        }
    }
    who
}

/// "His Majesty welcomed X": an honorific of class `majesty` with no name
/// after it stands for the one titled person of the document whose office
/// is of class `majesty_office` (a monarch; a crown prince named between
/// is none). Pushes (tokens, person, sentence) to `found`.
fn majesty(
    x: &Extractor,
    s: &Sent,
    mem: &Memory,
    found: &mut Vec<(std::ops::Range<usize>, u32, u32)>,
) {
    let lex = x.lex;
    for k in 0..s.toks.len() {
        let n = s.class_phrase_at(lex, "majesty", k);
        if n == 0 || s.in_mention(k) {
            continue;
        }
        let named = s.toks.get(k + n).is_some_and(|t| t.word && t.upper)
            || s.ments.iter().any(|m| m.toks.start == k + n);
        if named {
            continue;
        }
        let monarch = |office: usize, _| {
            lex.offices
                .get(office)
                .is_some_and(|o| lex.in_class("majesty_office", &o.office.replace('_', " ")))
        };
        if let Some((person, si)) = one_titled(mem, monarch) {
            found.push((k..k + n, person, si));
        }
    }
}

//! Acronyms a document defines: "Papua Nugini (PNG)", "Rapid Support
//! Forces (RSF)", "Badan Nasional Penanggulangan Bencana (BNPB)". News
//! writes a name once with its acronym in brackets and the acronym alone
//! from then on; the gazetteer cannot list every acronym of every name, and
//! some it lists stand for something else ("RSF" for Reporters Without
//! Borders). A bracketed acronym right after a mention, whose letters
//! abbreviate one of the entity's names, stands for that entity in the
//! rest of the document: the bracket itself and each later occurrence
//! written the same way (whole word, same letters, same case) become
//! mentions of it (`via` partial: a short form resolved from the document).
//!
//! A later occurrence another mention already covers stays as it is, unless
//! it is the acronym itself tagged as another entity: the document's own
//! definition wins there. One a gazetteer name covers but the resolver set
//! aside (nested in a longer name: "Stasiun BNI City", "AS Terbuka") stays
//! set aside. An acronym two mentions define differently
//! defines nothing. Datelines and credits ("JAKARTA (ANTARA)", "Ankara
//! (AFP)") are not definitions: their letters abbreviate no name of the
//! place.

use crate::base::types::{Mention, Via};
use crate::gazetteer::Gazetteer;
use crate::ingest::document::Sentence;
use crate::tag::matcher::Hit;
use crate::tag::resolve::sentence_of;

/// Fewest and most letters of an acronym.
const LETTERS: std::ops::RangeInclusive<usize> = 2..=6;

/// One definition: the acronym, its entity, and where it was defined.
struct Definition<'t> {
    acronym: &'t str,
    entity: u32,
    /// Byte offset of the acronym inside its brackets.
    start: usize,
}

/// Adds the mentions of acronyms `text` defines to `out` (in text order,
/// as the resolver leaves it; kept so). `hits` are the matcher's, in text
/// order: an occurrence a gazetteer name covers was the resolver's to
/// judge (nested in a longer name, "Stasiun BNI City"), and stays so.
pub fn add_defined(
    gaz: &Gazetteer,
    text: &str,
    hits: &[Hit],
    sentences: &[Sentence],
    out: &mut Vec<Mention>,
) {
    let defs = definitions(gaz, text, out);
    if defs.is_empty() {
        return;
    }
    let mut added = Vec::new();
    // The furthest end of the hits starting before the current word: the
    // words come in text order, so one pass over the hits serves them all.
    let (mut next_hit, mut hits_end) = (0, 0);
    // The words that are a definition's acronym, in text order: each of
    // the handful of acronyms searched for, not every word of the text read.
    for (start, word) in defined_words(text, &defs) {
        let Some(def) = defs.iter().find(|d| d.acronym == word && d.start <= start) else {
            continue;
        };
        let end = start + word.len();
        while let Some(h) = hits.get(next_hit).filter(|h| h.start < end) {
            hits_end = hits_end.max(h.end);
            next_hit += 1;
        }
        let at = out.partition_point(|m| m.end <= start);
        match out.get(at).filter(|m| m.start < end) {
            Some(m) if m.start == start && m.end == end && m.entity != def.entity => {
                // The acronym tagged as another entity: the document's own
                // definition wins.
                if let Some(m) = out.get_mut(at) {
                    m.entity = def.entity;
                    m.via = Via::Partial;
                }
            }
            Some(_) => {}
            None if hits_end > start => {}
            None => added.push(Mention {
                start,
                end,
                entity: def.entity,
                via: Via::Partial,
                sentence: sentence_of(sentences, start),
            }),
        }
    }
    if !added.is_empty() {
        out.extend(added);
        out.sort_unstable();
    }
}

/// The definitions in `text`: a mention followed by "(ACRONYM)" whose
/// letters abbreviate one of its entity's names. Acronyms defined for two
/// entities are dropped.
fn definitions<'t>(gaz: &Gazetteer, text: &'t str, mentions: &[Mention]) -> Vec<Definition<'t>> {
    let mut defs: Vec<Definition<'t>> = Vec::new();
    let mut clashes: Vec<&str> = Vec::new();
    for m in mentions {
        let Some((acronym, start)) = bracketed(text, m.end) else {
            continue;
        };
        let Some(e) = gaz.entities.get(m.entity as usize) else {
            continue;
        };
        let surface = text.get(m.start..m.end).unwrap_or("");
        let names = std::iter::once(e.name.as_str())
            .chain(e.aliases.iter().map(String::as_str))
            .chain(std::iter::once(surface));
        if !names.into_iter().any(|n| abbreviates(acronym, n)) {
            continue;
        }
        match defs.iter().find(|d| d.acronym == acronym) {
            Some(d) if d.entity != m.entity => clashes.push(acronym),
            Some(_) => {}
            None => defs.push(Definition {
                acronym,
                entity: m.entity,
                start,
            }),
        }
    }
    defs.retain(|d| !clashes.contains(&d.acronym));
    defs
}

/// The acronym in brackets right after byte `end` (one space allowed
/// before the bracket and inside it, as tokenised corpora write "( PNG )"),
/// with its offset.
fn bracketed(text: &str, end: usize) -> Option<(&str, usize)> {
    let rest = text.get(end..)?;
    let rest = rest.strip_prefix(' ').unwrap_or(rest);
    let inner = rest.strip_prefix('(')?;
    let pad = usize::from(inner.starts_with(' '));
    let inner = inner.get(pad..)?;
    let close = inner.find(')')?;
    let acronym = inner.get(..close)?;
    let acronym = acronym.strip_suffix(' ').unwrap_or(acronym);
    let start = text.len() - inner.len();
    is_acronym(acronym).then_some((acronym, start))
}

/// Two to six ASCII capitals and digits, starting with a capital and
/// holding at least two ("G20" is not an acronym of a name here).
fn is_acronym(word: &str) -> bool {
    LETTERS.contains(&word.len())
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
        && word.bytes().filter(u8::is_ascii_uppercase).count() >= 2
}

/// The words of `text` that [`caps_words`] reads and some definition of
/// `defs` names, with their offsets, in text order: each acronym searched
/// for, an occurrence kept when it is a whole run of ASCII letters and
/// digits (an earlier occurrence that overlaps it would put a letter or
/// digit right before it, so none is skipped) touching no other letter.
fn defined_words<'t>(text: &'t str, defs: &[Definition<'t>]) -> Vec<(usize, &'t str)> {
    let bytes = text.as_bytes();
    let alnum = |i: usize| bytes.get(i).is_some_and(u8::is_ascii_alphanumeric);
    let mut found = Vec::new();
    for a in defs.iter().map(|d| d.acronym).filter(|a| is_acronym(a)) {
        for start in memchr::memmem::find_iter(bytes, a.as_bytes()) {
            let end = start + a.len();
            if (start > 0 && alnum(start - 1)) || alnum(end) {
                continue;
            }
            // (both ends are ASCII bytes' edges: char boundaries)
            let before = text.get(..start).and_then(|s| s.chars().next_back());
            let after = text.get(end..).and_then(|s| s.chars().next());
            if !(before.is_some_and(char::is_alphanumeric)
                || after.is_some_and(char::is_alphanumeric))
            {
                found.push((start, a));
            }
        }
    }
    found.sort_unstable();
    found
}

/// Words of `text` that could be acronyms, with their offsets: maximal runs
/// of ASCII letters and digits not touching another letter (the words
/// [`defined_words`] finds by search, read one by one).
#[cfg(test)]
fn caps_words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let bytes = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < bytes.len() {
            let start = i;
            if !bytes[i].is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            while i < bytes.len() && bytes[i].is_ascii_alphanumeric() {
                i += 1;
            }
            // A run beside a non-ASCII letter is part of a longer word.
            let before = text.get(..start).and_then(|s| s.chars().next_back());
            let after = text.get(i..).and_then(|s| s.chars().next());
            let inside = before.is_some_and(char::is_alphanumeric)
                || after.is_some_and(char::is_alphanumeric);
            let word = text.get(start..i).unwrap_or("");
            if !inside && is_acronym(word) {
                return Some((start, word));
            }
        }
        None
    })
}

/// Whether `acronym` abbreviates `name`: its letters are prefixes of the
/// name's words taken in order (mostly their initials), starting with the
/// first word, with at most one later word lending nothing ("Organisasi
/// Kerja Sama Islam" = OKI). Words written in lowercase ("of", "dan") are
/// skipped.
fn abbreviates(acronym: &str, name: &str) -> bool {
    let words: Vec<Vec<char>> = name
        .split(|c: char| c.is_whitespace() || c == '-')
        .filter(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
        .map(|w| w.chars().flat_map(char::to_lowercase).collect())
        .collect();
    // A one-word name abbreviated by its own letters ("Ankara (AFP)" in a
    // dateline) is too weak a tie; a long name's words would make the
    // search below costly for nothing.
    if !(2..=MAX_WORDS).contains(&words.len()) {
        return false;
    }
    let letters: Vec<char> = acronym.chars().map(|c| c.to_ascii_lowercase()).collect();
    prefixes(&letters, &words, true, 1)
}

/// Most words of a name an acronym is tested against.
const MAX_WORDS: usize = 12;

/// Whether `letters` split into non-empty prefixes of `words` in order, the
/// first word lending at least its initial and at most `skips` later words
/// lending nothing.
fn prefixes(letters: &[char], words: &[Vec<char>], first: bool, skips: usize) -> bool {
    let Some((word, rest)) = words.split_first() else {
        return letters.is_empty();
    };
    if letters.is_empty() {
        return words.len() <= skips;
    }
    for n in 1..=letters.len().min(word.len()) {
        if letters.get(n - 1) != word.get(n - 1) {
            break;
        }
        if prefixes(&letters[n..], rest, false, skips) {
            return true;
        }
    }
    !first && skips > 0 && prefixes(letters, rest, false, skips - 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    const RECORDS: &str = r#"
{"id": "png", "name": "Papua New Guinea", "type": "place", "aliases": ["Papua Nugini"]}
{"id": "rsf", "name": "Rapid Support Forces", "type": "organisation"}
{"id": "rwb", "name": "Reporters Without Borders", "type": "organisation", "aliases": ["Reporters Sans Frontières", "RSF"]}
{"id": "jakarta", "name": "Jakarta", "type": "place"}
{"id": "antara", "name": "Antara", "type": "organisation", "aliases": ["ANTARA"]}
{"id": "oki", "name": "Organisasi Kerja Sama Islam", "type": "organisation"}
{"id": "sby", "name": "Susilo Bambang Yudhoyono", "type": "person"}
"#;

    /// (surface, entity id) of every mention of `text`.
    fn tag(text: &str) -> Vec<(String, String)> {
        let got = crate::tag::shared_tests::mentions_of(RECORDS, text);
        got.into_iter().map(|(_, s, e)| (s, e)).collect()
    }

    #[test]
    fn a_defined_acronym_stands_for_its_entity_from_its_definition_on() {
        // (text, the acronym's entity in every occurrence from the
        // definition on, or None where none may be tagged)
        let table: &[(&str, &str, Option<&str>)] = &[
            (
                "Wapres tiba di Papua Nugini (PNG). Menlu PNG menyambutnya.",
                "PNG",
                Some("png"),
            ),
            (
                "Delegasi tiba di Papua Nugini ( PNG ) . Menlu PNG hadir .",
                "PNG",
                Some("png"),
            ),
            (
                "The Rapid Support Forces (RSF) seized the town. RSF fighters left.",
                "RSF",
                Some("rsf"),
            ),
            (
                "Sidang Organisasi Kerja Sama Islam (OKI) dibuka. OKI mengecam.",
                "OKI",
                Some("oki"),
            ),
            (
                "Susilo Bambang Yudhoyono (SBY) hadir. SBY berpidato.",
                "SBY",
                Some("sby"),
            ),
            // a dateline's credit abbreviates no name of the place
            (
                "JAKARTA (ANTARA) - Hujan turun. ANTARA melaporkan.",
                "ANTARA",
                Some("antara"),
            ),
            // no definition: a bare acronym is no mention
            ("Menlu PNG hadir di Papua Nugini.", "PNG", None),
        ];
        for (text, acronym, want) in table {
            let got = tag(text);
            let of: Vec<_> = got.iter().filter(|(s, _)| s == acronym).collect();
            match want {
                Some(id) => {
                    assert!(!of.is_empty(), "{text}: {got:?}");
                    assert!(of.iter().all(|(_, e)| e == id), "{text}: {got:?}");
                }
                None => assert!(of.is_empty(), "{text}: {got:?}"),
            }
        }
    }

    #[test]
    fn an_acronym_defined_for_two_entities_defines_nothing() {
        let got = tag(
            "Rapid Support Forces (RSF) dan Reporters Sans Frontières (RSF) bertemu. RSF hadir.",
        );
        let last = got.iter().rfind(|(s, _)| s == "RSF");
        assert_eq!(last.map(|(_, e)| e.as_str()), Some("rwb"), "{got:?}");
    }

    #[test]
    fn acronyms_abbreviate_names_by_their_words() {
        let table = [
            ("PNG", "Papua New Guinea", true),
            ("PNG", "Papua Nugini", false),
            ("RSF", "Rapid Support Forces", true),
            ("BNPB", "Badan Nasional Penanggulangan Bencana", true),
            ("OKI", "Organisasi Kerja Sama Islam", true),
            ("PBB", "Perserikatan Bangsa-Bangsa", true),
            ("SBY", "Susilo Bambang Yudhoyono", true),
            ("AFP", "Ankara", false),
            ("ANTARA", "Jakarta", false),
            ("KPK", "Komisi Pemberantasan Korupsi", true),
            ("USA", "United States of America", true),
            ("TNI", "Tentara Nasional Indonesia", true),
            ("NI", "Tentara Nasional Indonesia", false),
            ("TI", "Tentara Nasional Indonesia", true), // one word lends nothing
            ("TNIA", "Tentara Nasional Indonesia", false),
        ];
        for (acronym, name, want) in table {
            assert_eq!(abbreviates(acronym, name), want, "{acronym} of {name}");
        }
    }

    #[test]
    fn acronyms_are_short_runs_of_capitals() {
        for (word, want) in [
            ("PNG", true),
            ("G20", false),
            ("A", false),
            ("Png", false),
            ("ABCDEFG", false),
            ("B20S", true),
        ] {
            assert_eq!(is_acronym(word), want, "{word}");
        }
    }

    #[test]
    fn brackets_may_hold_spaces() {
        let text = "Papua Nugini ( PNG ) dan Papua Nugini (PNG)";
        assert_eq!(bracketed(text, 12), Some(("PNG", 15)));
        assert_eq!(bracketed(text, 37), Some(("PNG", 39)));
        assert_eq!(bracketed("Jepang (Tokyo)", 6), None);
    }

    #[test]
    fn words_beside_other_letters_are_no_acronyms() {
        let found: Vec<_> = caps_words("PNG, xPNG PNGé (PNG) ÉPNG RSF").collect();
        assert_eq!(found, vec![(0, "PNG"), (17, "PNG"), (28, "RSF")]);
    }

    // The search for the defined acronyms finds the words the reading of
    // every word finds with those letters (twenty-eighth throughput
    // round): runs inside longer ones, overlapping, beside letters past
    // ASCII, digits and underscores, at either end of the text.
    #[test]
    fn defined_words_are_the_words_read_that_a_definition_names() {
        let texts = [
            "PNG, xPNG PNGé (PNG) ÉPNG RSF",
            "PNGPNG PNG PNG2 2PNG PNG_ _PNG (PNG)PNG.PNG",
            "AAA AA A AA(AA)AAAA AA",
            "RSF dan BNPB: BNPB-RSF, RSFé éRSF RSF",
            "",
            "PNG",
        ];
        let sets: [&[&str]; 4] = [
            &["PNG"],
            &["AA", "RSF"],
            &["BNPB", "RSF", "PNG"],
            &["G20", "Ab"],
        ];
        for text in texts {
            for set in sets {
                let defs: Vec<Definition> = set
                    .iter()
                    .map(|&acronym| Definition {
                        acronym,
                        entity: 0,
                        start: 0,
                    })
                    .collect();
                let read: Vec<_> = caps_words(text).filter(|(_, w)| set.contains(w)).collect();
                assert_eq!(defined_words(text, &defs), read, "{text:?} {set:?}");
            }
        }
    }
}

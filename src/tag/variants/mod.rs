//! Pattern generation: every normalised key the matcher searches for, with
//! the entities each key may stand for.
//!
//! Curated entities (JSON Lines records) get their names and aliases
//! ([`Via::Exact`]), generated spelling variants ([`Via::Variant`]:
//! transliteration rules per word, joined name parts for persons, the
//! Indonesian possessive `-nya`), short forms and name tokens
//! ([`Via::Partial`]) and demonyms ([`Via::Demonym`]). Plain-list entities
//! are matched as written (normalised only): no variants, no short forms,
//! because a 190,000-name list would otherwise explode and collide.
//!
//! Transliteration rules are applied in both directions (`ey`↔`ei`), at most
//! [`MAX_PER_TOKEN`] spellings per word and [`MAX_PER_ALIAS`] per name.

use crate::base::types::{EntityType, Via};
use crate::gazetteer::{CaseSetting, Entity, Gazetteer, Origin, TITLE};
#[cfg(test)]
use crate::gazetteer::{RuleAnchor, TranslitRule};
use crate::tag::matcher::index::BytesHasher;
use crate::tag::normalize::{normalize_into, Normalized, WORD_END, WORD_START};
use std::collections::HashMap;
use std::hash::BuildHasherDefault;

mod order;
mod plain;
mod spell;
pub use plain::{plain, plain_key_is};
use spell::Rules;

/// Most spellings of one word produced by transliteration rules.
pub const MAX_PER_TOKEN: usize = 8;
/// Most transliteration variants of one name (cartesian product of words).
pub const MAX_PER_ALIAS: usize = 32;
/// Most words whose joinings ("Kim Jongun", "KimJongUn") are generated.
const MAX_JOIN_WORDS: usize = 4;

/// Words that are never a partial name on their own.
const PARTICLES: &[&str] = &[
    "bin", "binti", "binte", "van", "von", "de", "del", "della", "di", "du", "des", "al", "el",
    "la", "le", "der", "den", "da", "dos", "das", "ibn", "abu", "abd", "bint", "ben", "bte", "mc",
    "the", "jr", "sr", "ter", "ten", "y", "e",
];

/// How the surface form's letter case must look for a target to apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum CaseRule {
    /// Any case ("korea utara", "KOREA UTARA").
    Any,
    /// The first letter is uppercase (short forms, tokens, demonyms).
    Capitalized,
    /// Letters exactly as listed (acronyms: "AS" but not "As" or "as").
    Acronym,
    /// Some word starts with an uppercase letter (plain-list names:
    /// "Kota Cirebon", "kota Cirebon", but not "batu bara").
    SomeCapital,
    /// Letters exactly as listed, case included, in every document (a
    /// record with `"case": "exact"`).
    Exact,
    /// Letters as listed, or in title case: an all-caps plain-list entry
    /// longer than a short acronym ("ACME" matches "ACME" and "Acme", not
    /// "acme").
    AcronymOrTitle,
}

/// Most letters of a short acronym: a plain-list entry in capitals with
/// more letters than this also matches in title case ("ACME" = "Acme"),
/// one with this many or fewer only in capitals ("AS" is not "As").
pub const SHORT_ACRONYM: usize = 3;

/// One entity a key may refer to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PatternTarget {
    /// Index into `Gazetteer::entities`.
    pub entity: u32,
    /// Exact (a listed name), variant, partial or demonym.
    pub via: Via,
    /// Letter-case condition on the surface form.
    pub case: CaseRule,
    /// For partial forms: listed as a short form that may stand alone.
    pub standalone: bool,
    /// Index into [`Patterns::forms`]: the listed string the key came from
    /// (for exactness and acronym checks), trimmed like the key.
    pub form: u32,
    /// The listed string ends with a period ("U.S.", "S.H."): a period
    /// right after the match belongs to the mention.
    pub dot: bool,
    /// The form is [`plain`]: ASCII word chars in words separated by
    /// blanks. A plain surface of its key is then the form up to case,
    /// without reading the form.
    pub plain: bool,
    /// The listed string ends with a bracket it opens ("PT Pertamina
    /// (Persero)"): a closing bracket right after the match, blanks
    /// between allowed, belongs to the mention.
    pub close: bool,
}

/// All keys with their targets; `keys` are sorted and distinct.
#[derive(Clone, Debug, Default)]
pub struct Patterns {
    /// Normalised, marker-wrapped keys, sorted.
    pub keys: Vec<Vec<u8>>,
    /// Targets of each key (same index), sorted by entity.
    pub targets: Vec<Vec<PatternTarget>>,
    /// Listed strings (names, aliases, short forms, demonyms).
    pub forms: Vec<Box<str>>,
}

/// Strength order for deduplication: lower wins.
fn rank(t: &PatternTarget) -> (u8, bool) {
    let via = match t.via {
        Via::Exact => 0,
        Via::Variant => 1,
        Via::Title => 2,
        Via::Demonym => 3,
        Via::Partial => 4,
        Via::Nested => 5,
    };
    (via, !t.standalone)
}

/// True for an acronym as listed: no lowercase letter and 1 to 6 letters
/// ("AS", "PBB", "U.S.", "DPRK").
pub fn is_acronym(s: &str) -> bool {
    // ASCII is read as bytes and stops at the first lowercase letter (most
    // of the 190,000 list names' second byte); a char past ASCII sends the
    // name to the test by chars.
    let mut letters = 0usize;
    for &b in s.as_bytes() {
        if b >= 0x80 {
            return is_acronym_by_chars(s);
        }
        if b.is_ascii_lowercase() {
            return false;
        }
        letters += usize::from(b.is_ascii_uppercase());
    }
    (1..=6).contains(&letters)
}

/// [`is_acronym`] by chars, for a name past ASCII (and the test's reference).
fn is_acronym_by_chars(s: &str) -> bool {
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    (1..=6).contains(&letters) && !s.chars().any(char::is_lowercase)
}

/// Collects patterns, deduplicating `(key, entity)` pairs.
#[derive(Default)]
struct Collector {
    index: HashMap<Vec<u8>, usize, BuildHasherDefault<BytesHasher>>,
    keys: Vec<Vec<u8>>,
    targets: Vec<Vec<PatternTarget>>,
    /// Per key: a curated entity lists it as a full name (or a spelling).
    full: Vec<bool>,
    forms: Vec<Box<str>>,
    /// Reused normalisation buffer.
    scratch: Normalized,
}

impl Collector {
    fn form(&mut self, s: &str) -> u32 {
        // Stored as the key is: without leading or trailing non-word chars.
        let word = |c: char| c.is_alphanumeric() || c == '_';
        self.forms.push(s.trim_matches(|c| !word(c)).into());
        (self.forms.len() - 1) as u32
    }

    fn add(&mut self, mut key: Vec<u8>, t: PatternTarget, curated: bool) {
        // Keys start at a word and end after one: the search starts only at
        // word starts ("(AS)" is keyed as "AS", "U.S." as "U.S").
        let (Some(lo), Some(hi)) = (
            key.iter().position(|&b| b == WORD_START),
            key.iter().rposition(|&b| b == WORD_END),
        ) else {
            return;
        };
        let trimmed = lo > 0 || hi + 1 < key.len();
        key.truncate(hi + 1);
        key.drain(..lo);
        // A noisy list name whose punctuation was trimmed ("?ya", "Nya'",
        // "?e") would otherwise match an everyday short word: drop it when
        // what is left is one word of at most three bytes.
        let short_single = key.len() <= 5 && !key[1..key.len() - 1].contains(&WORD_END);
        if trimmed && !curated && short_single {
            return;
        }
        let slot = match self.index.get(&key) {
            Some(&i) => i,
            None => {
                self.index.insert(key.clone(), self.keys.len());
                self.keys.push(key);
                self.targets.push(Vec::new());
                self.full.push(false);
                self.keys.len() - 1
            }
        };
        if curated && matches!(t.via, Via::Exact | Via::Variant) {
            self.full[slot] = true;
        }
        let list = &mut self.targets[slot];
        // Keep the strongest target per entity; several exact forms of one
        // entity ("Kim Jong Un", "Kim Jong-un") are all kept, so that either
        // spelling counts as exact.
        match list.iter_mut().find(|o| o.entity == t.entity) {
            Some(old) if rank(&t) < rank(old) => {
                list.retain(|o| o.entity != t.entity);
                list.push(t);
            }
            Some(old) if old.via == Via::Exact && t.via == Via::Exact => {
                if !list
                    .iter()
                    .any(|o| o.entity == t.entity && o.form == t.form)
                {
                    list.push(t);
                }
            }
            Some(_) => {}
            None => list.push(t),
        }
    }

    fn finish(self) -> Patterns {
        let order = order::sorted(&self.keys);
        let mut keys: Vec<Option<Vec<u8>>> = self.keys.into_iter().map(Some).collect();
        let full = self.full;
        let mut targets: Vec<Option<Vec<PatternTarget>>> =
            self.targets.into_iter().map(Some).collect();
        let mut out = Patterns {
            keys: Vec::with_capacity(order.len()),
            targets: Vec::with_capacity(order.len()),
            forms: self.forms,
        };
        for i in order {
            let (Some(k), Some(mut ts)) = (keys[i].take(), targets[i].take()) else {
                continue;
            };
            // Full names win: a key that a curated entity lists as a name or
            // alias (or a spelling of one) is not a partial name of any
            // entity. Plain-list names do not suppress curated short forms
            // (a list may well contain a bare surname); both stay targets.
            if full[i] {
                ts.retain(|t| t.via != Via::Partial);
            }
            ts.sort_by_key(|t| (t.entity, rank(t), t.form));
            out.keys.push(k);
            out.targets.push(ts);
        }
        out
    }
}

/// A normalised key split into words and the separators between them.
#[derive(Clone, Debug, PartialEq, Eq)]
struct Parsed {
    /// Bytes before the first word, between words (`seps[i]` before word
    /// i), and after the last word (`seps[words.len()]`).
    seps: Vec<Vec<u8>>,
    words: Vec<Vec<u8>>,
}

fn parse(key: &[u8]) -> Parsed {
    let mut p = Parsed {
        seps: vec![Vec::new()],
        words: Vec::new(),
    };
    let mut word: Option<Vec<u8>> = None;
    for &b in key {
        match (b, word.as_mut()) {
            (WORD_START, _) => word = Some(Vec::new()),
            (WORD_END, Some(_)) => {
                p.words.extend(word.take());
                p.seps.push(Vec::new());
            }
            (_, Some(w)) => w.push(b),
            (_, None) => {
                if let Some(s) = p.seps.last_mut() {
                    s.push(b);
                }
            }
        }
    }
    p
}

/// Rebuilds a key; `join[i]` glues word i+1 onto word i when their
/// separator is empty.
fn render(p: &Parsed, words: &[&[u8]], join: u32) -> Vec<u8> {
    let mut k = Vec::new();
    for (i, w) in words.iter().enumerate() {
        // Names may have any number of words; only the first 31 gaps can be
        // joined (a 2,000-character name once overflowed this shift).
        let bit = u32::try_from(i.wrapping_sub(1))
            .ok()
            .and_then(|s| 1u32.checked_shl(s))
            .unwrap_or(0);
        let glued = i > 0 && join & bit != 0 && p.seps[i].is_empty();
        if glued {
            k.pop(); // the previous WORD_END
        } else {
            k.extend_from_slice(&p.seps[i]);
            k.push(WORD_START);
        }
        k.extend_from_slice(w);
        k.push(WORD_END);
    }
    k.extend_from_slice(&p.seps[words.len()]);
    k
}

/// Spellings of one word under the rules, prepared for this call (the
/// tests' entry; [`generate`] prepares the rules once).
#[cfg(test)]
fn word_spellings(word: &[u8], rules: &[TranslitRule]) -> Vec<Vec<u8>> {
    spell::word_spellings(word, &Rules::new(rules))
}

/// Appends the Indonesian possessive `nya` to the last word.
fn with_nya(key: &[u8]) -> Option<Vec<u8>> {
    let end = key.iter().rposition(|&b| b == WORD_END)?;
    let mut k = key[..end].to_vec();
    k.extend_from_slice(b"nya");
    k.extend_from_slice(&key[end..]);
    Some(k)
}

fn letters(s: &str) -> usize {
    s.chars().filter(|c| c.is_alphabetic()).count()
}

/// Options for generating the keys of one listed string.
struct Gen {
    entity: u32,
    via: Via,
    case: CaseRule,
    standalone: bool,
    translit: bool,
    join: bool,
    nya: bool,
    curated: bool,
}

/// Adds the key of `s` and its generated variants.
fn expand(c: &mut Collector, s: &str, g: &Gen, rules: &Rules) {
    let form = c.form(s);
    let plain = c.forms.last().is_some_and(|f| plain(f));
    normalize_into(s, &mut c.scratch);
    let key = c.scratch.bytes.clone();
    let dot = s.trim_end().ends_with('.');
    let close = s.trim_end().ends_with(')') && s.matches('(').count() == s.matches(')').count();
    let t = |via| PatternTarget {
        entity: g.entity,
        via,
        case: g.case,
        standalone: g.standalone,
        form,
        dot,
        plain,
        close,
    };
    // Generated spellings of a full name are variants; of a partial or
    // demonym they keep that via.
    let vvia = if g.via == Via::Exact {
        Via::Variant
    } else {
        g.via
    };
    let nya = g.nya && letters(s) >= 4;
    if !g.translit && !g.join {
        if nya {
            if let Some(k) = with_nya(&key) {
                c.add(k, t(vvia), g.curated);
            }
        }
        c.add(key, t(g.via), g.curated);
        return;
    }
    let p = parse(&key);
    let spelled = if g.translit {
        spell::spellings(&p.words, rules)
    } else {
        vec![p.words.clone()]
    };
    let joins = if g.join && (2..=MAX_JOIN_WORDS).contains(&p.words.len()) {
        1u32 << (p.words.len() - 1)
    } else {
        1
    };
    for (n, words) in spelled.iter().enumerate() {
        let refs: Vec<&[u8]> = words.iter().map(|w| &w[..]).collect();
        // Parts are joined, and the possessive added, in the spelling as
        // listed only ("Kim Jongun", "KimJongUn", "Kim Jong Unnya"), not in
        // every transliteration of it: the product (up to 32 spellings x 8
        // joinings x 2) made most of a person's keys, and the automaton's
        // size is most of the matcher's start-up.
        let joins = if n == 0 { joins } else { 1 };
        for join in 0..joins {
            let k = render(&p, &refs, join);
            let via = if n == 0 && join == 0 { g.via } else { vvia };
            if nya && n == 0 {
                if let Some(kn) = with_nya(&k) {
                    c.add(kn, t(vvia), g.curated);
                }
            }
            c.add(k, t(via), g.curated);
        }
    }
}

/// Keys of a record: its full names (in any case for a hand-curated
/// record, only where some word is capitalised and without spelling
/// variants for a generated one), short forms, name tokens of persons and
/// demonyms.
fn curated(c: &mut Collector, i: u32, e: &Entity, gaz: &Gazetteer, rules: &Rules) {
    let person = e.etype == EntityType::Person;
    // Generated records (thousands of places) get no spelling variants: the
    // old-spelling and romanisation rules are for the curated names, and
    // would multiply the keys of every regency and city.
    let translit =
        matches!(e.etype, EntityType::Person | EntityType::Place) && e.origin != Origin::Generated;
    let full = std::iter::once(&e.name).chain(e.aliases.iter());
    let mut names: Vec<&str> = Vec::new();
    for a in full {
        if !names.contains(&a.as_str()) {
            names.push(a);
        }
    }
    for a in &names {
        let acronym = is_acronym(a);
        let case = match e.case {
            CaseSetting::Any => CaseRule::Any,
            CaseSetting::Exact => CaseRule::Exact,
            CaseSetting::Capitalised => CaseRule::SomeCapital,
            CaseSetting::Auto if acronym => CaseRule::Acronym,
            // A generated record (thousands of places): only where some
            // word is capitalised.
            CaseSetting::Auto if e.origin == Origin::Generated => CaseRule::SomeCapital,
            // One capitalised word may be a common word too ("Said",
            // "The", "Antara"); a name listed in lowercase ("node") is
            // meant as written.
            CaseSetting::Auto
                if !a.trim().contains(char::is_whitespace)
                    && a.chars()
                        .find(|c| c.is_alphabetic())
                        .is_some_and(char::is_uppercase) =>
            {
                CaseRule::Capitalized
            }
            CaseSetting::Auto => CaseRule::Any,
        };
        // Exact names are matched as listed: no generated spellings.
        let exact = matches!(case, CaseRule::Acronym | CaseRule::Exact);
        let g = Gen {
            entity: i,
            via: Via::Exact,
            case,
            standalone: false,
            translit: translit && !exact,
            join: person && !exact,
            nya: !exact,
            curated: true,
        };
        expand(c, a, &g, rules);
    }
    for s in &e.short {
        let g = Gen {
            entity: i,
            via: Via::Partial,
            case: CaseRule::Capitalized,
            standalone: true,
            translit,
            join: person,
            nya: true,
            curated: true,
        };
        expand(c, s, &g, rules);
    }
    if person {
        // Every name token is a (non-standalone) partial: "Kim", "Lavrov".
        for a in &names {
            if is_acronym(a) {
                continue;
            }
            for tok in a.split(|ch: char| !(ch.is_alphanumeric() || ch == '_')) {
                let low = tok.to_lowercase();
                if letters(tok) < 3 || PARTICLES.contains(&low.as_str()) {
                    continue;
                }
                // An honorific in an alias ("Ibu Iriana", "King Felipe
                // VI"), a title word the record's own name lacks, is no
                // part of the name ("Hakim" of "Hakim Ziyech" is).
                if gaz.chunks.flags(tok) & TITLE != 0
                    && !e
                        .name
                        .split(|ch: char| !(ch.is_alphanumeric() || ch == '_'))
                        .any(|w| w.to_lowercase() == low)
                {
                    continue;
                }
                let g = Gen {
                    entity: i,
                    via: Via::Partial,
                    case: CaseRule::Capitalized,
                    standalone: false,
                    translit: true,
                    join: false,
                    nya: true,
                    curated: true,
                };
                expand(c, tok, &g, rules);
            }
        }
    }
    for d in &e.demonyms {
        let g = Gen {
            entity: i,
            via: Via::Demonym,
            case: CaseRule::Capitalized,
            standalone: false,
            translit: false,
            join: false,
            nya: false,
            curated: true,
        };
        expand(c, d, &g, rules);
    }
}

/// Generates every key of the gazetteer with its targets.
pub fn generate(gaz: &Gazetteer) -> Patterns {
    let mut c = Collector::default();
    c.index.reserve(gaz.entities.len());
    // Prepared once: every curated name's words are spelled under them.
    let rules = Rules::new(&gaz.rules);
    let none = Rules::new(&[]);
    for (i, e) in gaz.entities.iter().enumerate() {
        let i = i as u32;
        match e.origin {
            Origin::Curated | Origin::Generated => curated(&mut c, i, e, gaz, &rules),
            Origin::List => {
                let acronym = is_acronym(&e.name);
                // (counted only where it decides: for an acronym)
                let long = acronym && letters(&e.name) > SHORT_ACRONYM;
                // Plain lists (DBpedia titles) hold many common words and
                // phrases ("Laki", "Katanya", "Batu Bara", "Air Mata"): they
                // are names only where the text capitalises some word.
                let g = Gen {
                    entity: i,
                    via: Via::Exact,
                    case: match (acronym, long) {
                        (true, true) => CaseRule::AcronymOrTitle,
                        (true, false) => CaseRule::Acronym,
                        _ => CaseRule::SomeCapital,
                    },
                    standalone: false,
                    translit: false,
                    join: false,
                    nya: false,
                    curated: false,
                };
                expand(&mut c, &e.name, &g, &none);
            }
        }
    }
    c.finish()
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_ascii;

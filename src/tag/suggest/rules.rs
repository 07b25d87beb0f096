//! The rules of `suggest` as data (`gazetteer/suggest.tsv`): function
//! words, weekdays, months, site furniture, and the cue words of the type
//! guess, per language.

use crate::gazetteer::{GazetteerError, GazetteerWarning};
use std::collections::{HashMap, HashSet};

/// The built-in rules.
const BUILTIN: &str = include_str!("../../../gazetteer/suggest.tsv");

/// A function word (never at the edge of a suggestion, never alone).
pub const FUNCTION: u32 = 1;
/// A weekday or a month: never part of a suggestion.
pub const DATE: u32 = 2;
/// Site furniture: never part of a suggestion.
pub const FURNITURE: u32 = 4;
/// A title, honorific or speech verb before a person.
pub const PERSON_BEFORE: u32 = 8;
/// A preposition or administrative word before a place.
pub const PLACE_BEFORE: u32 = 16;
/// A word that makes a name a place.
pub const PLACE_HEAD: u32 = 32;
/// A word that makes a name an organisation.
pub const ORG_HEAD: u32 = 64;
/// A word that makes a name something else (event, law, ...).
pub const SKIP_HEAD: u32 = 128;
/// A common noun written in capitals (an abbreviation, a unit, a technical
/// term: "KTP", "GB", "USB"): never a suggestion, never part of one.
pub const COMMON: u32 = 256;
/// A word before a name that makes it an organisation ("tim", "klub",
/// "perusahaan", "club", "company").
pub const ORG_BEFORE: u32 = 512;
/// A word before a name that makes it a work, product, people or faith
/// ("film", "album", "suku", "umat"): such mentions count against it.
pub const OTHER_BEFORE: u32 = 1024;
/// A word that introduces a nickname ("julukan", "berjuluk", "nicknamed"),
/// before or after it: news give nicknames to teams, so the name is an
/// organisation's.
pub const NICKNAME: u32 = 2048;
/// A foreign article ("El", "Los", "Die", "Les"): a name of several words
/// starting with one is a club's or a place's, not a person's.
pub const ARTICLE: u32 = 4096;
/// A word that quotes a source ("dikutip", "dilansir", "melansir"): a name
/// right after it, or after it and "dari"/"from", is a medium's, an
/// organisation.
pub const SOURCE: u32 = 8192;
/// A lowercase word joining the words of a work's title ("Game of
/// Thrones", "Beauty and the Beast"), in a name with no head word.
pub const WORK_JOINER: u32 = 16384;
/// As [`OTHER_BEFORE`], but only right before the name ("tentang" before
/// the title of a law, "memerankan" before a character).
pub const OTHER_RIGHT_BEFORE: u32 = 32768;
/// A foreign article that is also a particle of personal names ("La":
/// "La Viola" is a club, "La Ode" a person): as [`ARTICLE`], but only
/// when no cue of its mentions says person.
pub const WEAK_ARTICLE: u32 = 65536;

/// The rules, by lowercase word; phrases of several words apart.
#[derive(Clone, Debug, Default)]
pub struct Rules {
    words: HashMap<String, u32>,
    /// Heads of several words (lowercase words), with their flag.
    phrases: Vec<(Vec<String>, u32)>,
    /// Legal forms, as written.
    legal: HashSet<String>,
    /// Lowercase prefixes of lines to skip.
    pub lines: Vec<String>,
    /// Lowercase endings of a word that make it an organisation's name
    /// (a web address: ".com", ".id"; "news").
    suffixes: Vec<String>,
}

impl Rules {
    /// The built-in rules.
    ///
    /// # Errors
    /// Only if the embedded file is malformed (a test guards this).
    pub fn builtin() -> Result<Rules, GazetteerError> {
        Rules::parse("builtin:gazetteer/suggest.tsv", BUILTIN)
    }

    /// Parses a rule file; `name` is used in messages.
    ///
    /// # Errors
    /// Every malformed line, as `file:line:1`.
    pub fn parse(name: &str, text: &str) -> Result<Rules, GazetteerError> {
        let mut rules = Rules::default();
        let mut errors = Vec::new();
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_start_matches('\u{feff}');
            if line.trim().is_empty() || line.trim_start().starts_with('#') {
                continue;
            }
            let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
            let word = fields.get(2).copied().unwrap_or_default();
            let flag = match fields.first().copied() {
                Some("function") => FUNCTION,
                Some("weekday" | "month") => DATE,
                Some("furniture") => FURNITURE,
                Some("person-before") => PERSON_BEFORE,
                Some("place-before") => PLACE_BEFORE,
                Some("place-head") => PLACE_HEAD,
                Some("org-head") => ORG_HEAD,
                Some("skip-head") => SKIP_HEAD,
                Some("common") => COMMON,
                Some("org-before") => ORG_BEFORE,
                Some("other-before") => OTHER_BEFORE,
                Some("nickname") => NICKNAME,
                Some("article") => ARTICLE,
                Some("source") => SOURCE,
                Some("work-joiner") => WORK_JOINER,
                Some("other-right-before") => OTHER_RIGHT_BEFORE,
                Some("weak-article") => WEAK_ARTICLE,
                Some("org-suffix") if !word.is_empty() => {
                    rules.suffixes.push(word.to_lowercase());
                    continue;
                }
                Some("legal") if !word.is_empty() => {
                    rules.legal.insert(word.to_string());
                    continue;
                }
                Some("furniture-line") if !word.is_empty() => {
                    rules.lines.push(word.to_lowercase());
                    continue;
                }
                _ => 0,
            };
            if flag == 0 || word.is_empty() {
                errors.push(GazetteerWarning {
                    location: format!("{name}:{}:1", i + 1),
                    message: "expected `kind<TAB>lang<TAB>word` (kind: function, weekday, \
                              month, furniture, furniture-line, person-before, place-before, \
                              place-head, org-head, legal, skip-head, common, org-before, other-before, nickname, article, \
                              source, work-joiner, \
                              other-right-before, weak-article or org-suffix)"
                        .into(),
                });
                continue;
            }
            let lower = word.to_lowercase();
            if lower.contains(' ') {
                let words = lower.split_whitespace().map(str::to_string).collect();
                rules.phrases.push((words, flag));
            } else {
                *rules.words.entry(lower).or_insert(0) |= flag;
            }
        }
        if errors.is_empty() {
            Ok(rules)
        } else {
            Err(GazetteerError::Invalid {
                errors,
                warnings: Vec::new(),
            })
        }
    }

    /// The flags of one word (any case). A word of hyphens set off by spaces ("Wi - Fi", see
    /// `join_spaced_hyphens`) is looked up as written without them.
    pub fn flags(&self, word: &str) -> u32 {
        let lower = word.to_lowercase();
        let lower = if lower.contains(" - ") {
            lower.replace(" - ", "-")
        } else {
            lower
        };
        self.words.get(&lower).copied().unwrap_or(0)
    }

    /// Whether `word` is a legal form (as written, a final period aside).
    pub fn legal(&self, word: &str) -> bool {
        self.legal.contains(word) || self.legal.contains(word.trim_end_matches('.'))
    }

    /// The organisation ending `word` has, if any: only a word longer
    /// than the ending, whose first letter is a capital.
    pub fn org_suffix(&self, word: &str) -> Option<&str> {
        if !word.starts_with(char::is_uppercase) {
            return None;
        }
        let lower = word.to_lowercase();
        self.suffixes
            .iter()
            .find(|x| lower.len() > x.len() && lower.ends_with(x.as_str()))
            .map(String::as_str)
    }

    /// Whether the words (lowercase) are exactly a phrase with `flag`.
    pub fn is_phrase(&self, words: &[String], flag: u32) -> bool {
        self.phrases
            .iter()
            .any(|(p, f)| f & flag != 0 && p.as_slice() == words)
    }

    /// The first head phrase of several words inside `words` (lowercase),
    /// with its flag.
    pub fn phrase_in(&self, words: &[String]) -> Option<(String, u32)> {
        self.phrases.iter().find_map(|(p, flag)| {
            words
                .windows(p.len())
                .any(|w| w == p.as_slice())
                .then(|| (p.join(" "), *flag))
        })
    }
}

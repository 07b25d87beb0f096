//! Spellings of a name's words under the transliteration rules, with the
//! rules prepared once per gazetteer.
//!
//! Each rule is tried in both directions on every spelling found so far;
//! most of a curated name's start-up went into looking for a rule's
//! letters at every place of a word that holds none of them. A word's
//! byte mask (one bit per byte value, modulo 64) is taken once per
//! spelling and a side of a rule whose bytes are not all in it is passed
//! over: it could match nowhere, so the spellings and their order are
//! those of the plain search ([`reference`], kept for the test).

use super::{MAX_PER_ALIAS, MAX_PER_TOKEN};
use crate::gazetteer::{RuleAnchor, TranslitRule};

/// Most rules a derivation tracks (the bits of its `used` mask).
const MAX_RULES: usize = 64;

/// One direction of a rule: `from` may be written `to`.
struct Side {
    /// The bytes replaced.
    from: Box<[u8]>,
    /// The bytes written instead.
    to: Box<[u8]>,
    /// Where in a word the side applies.
    anchor: RuleAnchor,
    /// The rule's bit in a derivation's `used` mask.
    bit: u64,
    /// The byte mask of `from`: every bit must be in a word's mask.
    mask: u64,
}

/// The transliteration rules, both directions of each, in the order they
/// are tried.
pub(super) struct Rules {
    /// Each rule's forward side then its backward side, rule by rule.
    sides: Vec<Side>,
}

/// One bit per byte value, modulo 64 (lowercase ASCII letters each get
/// their own bit): a byte of `bytes` sets its bit.
fn mask(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0, |m, &b| m | 1u64 << (b & 63))
}

impl Rules {
    /// Both directions of the first [`MAX_RULES`] rules.
    pub(super) fn new(rules: &[TranslitRule]) -> Self {
        let mut sides = Vec::with_capacity(2 * rules.len().min(MAX_RULES));
        for (ri, r) in rules.iter().enumerate().take(MAX_RULES) {
            for (from, to) in [(&r.from, &r.to), (&r.to, &r.from)] {
                sides.push(Side {
                    from: from.as_bytes().into(),
                    to: to.as_bytes().into(),
                    anchor: r.anchor,
                    bit: 1u64 << ri,
                    mask: mask(from.as_bytes()),
                });
            }
        }
        Rules { sides }
    }
}

/// Spellings of one word under the rules (the word itself first). Rules
/// apply in both directions, each rule at most once along a derivation (so
/// `y`→`iy` cannot feed itself), breadth first, capped at
/// [`MAX_PER_TOKEN`].
pub(super) fn word_spellings(word: &[u8], rules: &Rules) -> Vec<Vec<u8>> {
    let mut out = vec![word.to_vec()];
    // (spelling, rules used on the way), in BFS order.
    let mut queue: Vec<(Vec<u8>, u64)> = vec![(word.to_vec(), 0)];
    let mut next = 0;
    while next < queue.len() && out.len() < MAX_PER_TOKEN {
        // Each queued spelling is read once: taken, not cloned.
        let (cur, used) = std::mem::take(&mut queue[next]);
        next += 1;
        let have = mask(&cur);
        for side in &rules.sides {
            let from = &side.from[..];
            if used & side.bit != 0
                || side.mask & !have != 0
                || from.is_empty()
                || from.len() > cur.len()
            {
                continue;
            }
            // An anchored rule has one place to look; trying every
            // place was most of the built-in matcher's start-up.
            let last = cur.len() - from.len();
            let places = match side.anchor {
                RuleAnchor::Any => 0..=last,
                RuleAnchor::Start => 0..=0,
                RuleAnchor::End => last..=last,
            };
            for at in places {
                // The first byte before the slice compare: most places
                // differ there, and a compare is a library call.
                if cur.get(at) != from.first() || cur.get(at..at + from.len()) != Some(from) {
                    continue;
                }
                let mut v = cur[..at].to_vec();
                v.extend_from_slice(&side.to);
                v.extend_from_slice(&cur[at + from.len()..]);
                if !v.is_empty() && !out.contains(&v) && out.len() < MAX_PER_TOKEN {
                    out.push(v.clone());
                    queue.push((v, used | side.bit));
                }
            }
        }
    }
    out
}

/// All transliteration spellings of a name's words (the name itself
/// first): the product of each word's spellings, capped at
/// [`MAX_PER_ALIAS`].
pub(super) fn spellings(words: &[Vec<u8>], rules: &Rules) -> Vec<Vec<Vec<u8>>> {
    let mut acc: Vec<Vec<Vec<u8>>> = vec![Vec::new()];
    for w in words {
        let alts = word_spellings(w, rules);
        let mut next = Vec::new();
        'outer: for prefix in &acc {
            for a in &alts {
                if next.len() >= MAX_PER_ALIAS {
                    break 'outer;
                }
                let mut v = prefix.clone();
                v.push(a.clone());
                next.push(v);
            }
        }
        acc = next;
    }
    acc
}

/// The spellings by the plain search (every side of every rule at every
/// place), as generated before the byte masks: the test's reference.
#[cfg(test)]
pub(super) fn reference(word: &[u8], rules: &[TranslitRule]) -> Vec<Vec<u8>> {
    let mut out = vec![word.to_vec()];
    let mut queue: Vec<(Vec<u8>, u64)> = vec![(word.to_vec(), 0)];
    let mut next = 0;
    while next < queue.len() && out.len() < MAX_PER_TOKEN {
        let (cur, used) = queue[next].clone();
        next += 1;
        for (ri, r) in rules.iter().enumerate().take(MAX_RULES) {
            let bit = 1u64 << ri;
            if used & bit != 0 {
                continue;
            }
            for (from, to) in [(&r.from, &r.to), (&r.to, &r.from)] {
                let (from, to) = (from.as_bytes(), to.as_bytes());
                if from.is_empty() || from.len() > cur.len() {
                    continue;
                }
                let last = cur.len() - from.len();
                let places = match r.anchor {
                    RuleAnchor::Any => 0..=last,
                    RuleAnchor::Start => 0..=0,
                    RuleAnchor::End => last..=last,
                };
                for at in places {
                    if cur.get(at..at + from.len()) != Some(from) {
                        continue;
                    }
                    let mut v = cur[..at].to_vec();
                    v.extend_from_slice(to);
                    v.extend_from_slice(&cur[at + from.len()..]);
                    if !v.is_empty() && !out.contains(&v) && out.len() < MAX_PER_TOKEN {
                        out.push(v.clone());
                        queue.push((v, used | bit));
                    }
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::{Gazetteer, Origin};

    /// Words built from the rules' own letter groups (so that rules meet,
    /// overlap and feed one another), a letter past ASCII among them.
    fn built_words() -> Vec<Vec<u8>> {
        let parts = [
            "ey", "ei", "oi", "oy", "iy", "y", "i", "ks", "x", "kh", "h", "ya", "ia", "sky",
            "skii", "yu", "ts", "tz", "e", "a", "n", "yo", "\u{451}", "m",
        ];
        let mut words = Vec::new();
        for a in parts {
            words.push(a.as_bytes().to_vec());
            for b in parts {
                words.push([a, b].concat().into_bytes());
                for c in parts {
                    words.push([a, b, c].concat().into_bytes());
                }
            }
        }
        words
    }

    #[test]
    fn spellings_by_the_byte_masks_are_the_plain_search_s() {
        let gaz = Gazetteer::builtin().expect("builtin gazetteer");
        let mut rules = gaz.rules.clone();
        // A rule past ASCII: its bytes share mask bits with others.
        rules.push(TranslitRule {
            from: "\u{451}".into(),
            to: "yo".into(),
            anchor: RuleAnchor::Any,
        });
        let prepared = Rules::new(&rules);
        let mut words = built_words();
        // Every word of the curated names, as the generator spells them.
        for e in gaz.entities.iter().filter(|e| e.origin == Origin::Curated) {
            for name in std::iter::once(&e.name).chain(&e.aliases) {
                let low = name.to_lowercase();
                words.extend(
                    low.split(|c: char| !c.is_alphanumeric())
                        .filter(|w| !w.is_empty())
                        .map(|w| w.as_bytes().to_vec()),
                );
            }
        }
        assert!(words.len() > 10_000, "{} words", words.len());
        let mut changed = 0;
        for w in &words {
            let got = word_spellings(w, &prepared);
            assert_eq!(got, reference(w, &rules), "{}", String::from_utf8_lossy(w));
            changed += usize::from(got.len() > 1);
        }
        // The rules did apply: the comparison is no comparison of words alone.
        assert!(changed > 1_000, "{changed} words with spellings");
    }

    #[test]
    fn more_rules_than_a_derivation_tracks_are_left_as_before() {
        let r = |f: &str, t: &str| TranslitRule {
            from: f.into(),
            to: t.into(),
            anchor: RuleAnchor::Any,
        };
        // Seventy rules: the last six lie past the used mask's bits and are
        // never tried, by either search.
        let mut rules: Vec<TranslitRule> = (0..64).map(|_| r("qq", "q")).collect();
        rules.extend((0..6).map(|_| r("ab", "ba")));
        let prepared = Rules::new(&rules);
        for w in ["ab", "qqab", "abqq", "zz"] {
            let got = word_spellings(w.as_bytes(), &prepared);
            assert_eq!(got, reference(w.as_bytes(), &rules), "{w}");
        }
        assert_eq!(word_spellings(b"ab", &prepared), [b"ab".to_vec()]);
    }
}

//! The automata's match kind changes no walk: keys built under the
//! standard kind and under leftmost-longest, walked as the matcher walks
//! them, give the same candidates, and both give every key the text
//! starts with.

use super::build::{build_auto, build_auto_as, start_after, walk_from, Auto};
use super::walk::walk_matches;
use super::{Cands, Engine};
use crate::tag::normalize::{WORD_END, WORD_START};
use aho_corasick::automaton::StateID;
use aho_corasick::MatchKind;

/// A small xorshift generator: the same draws on every run.
struct Draw(u64);

impl Draw {
    /// A number below `n`.
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

/// Words of a small alphabet, so that keys are often prefixes and suffixes
/// of each other ("[a]" of "[a] [b]", "[b]" of "[a] [b]").
const WORDS: [&[u8]; 7] = [b"a", b"b", b"ab", b"ba", b"abc", b"bca", b"c"];

/// One to `most` words, each between the markers, joined directly or by a
/// space or a hyphen.
fn text(d: &mut Draw, most: usize) -> Vec<u8> {
    let mut t = Vec::new();
    for i in 0..1 + d.below(most) {
        if i > 0 {
            match d.below(4) {
                0 => t.push(b' '),
                1 => t.push(b'-'),
                _ => {}
            }
        }
        t.push(WORD_START);
        t.extend_from_slice(WORDS[d.below(WORDS.len())]);
        t.push(WORD_END);
    }
    t
}

/// The walk of one automaton from `sid` at `from` for a key starting at
/// `origin`, as the matcher's loop calls it.
fn walk(auto: &Auto, sid: StateID, hay: &[u8], from: usize, origin: usize) -> Vec<(u32, usize)> {
    let mut cands = Cands::new();
    let rest = &hay[from..];
    match auto {
        Auto::Contiguous(a) => walk_matches(a, sid, rest, from, origin, 0, &mut cands),
        Auto::Noncontiguous(a) => walk_matches(a, sid, rest, from, origin, 0, &mut cands),
        Auto::Dfa(a) => walk_matches(a, sid, rest, from, origin, 0, &mut cands),
    }
    cands.items[..cands.len].to_vec()
}

/// The state after `bytes` from the anchored start.
fn state(auto: &Auto, bytes: &[u8]) -> StateID {
    let start = match auto {
        Auto::Contiguous(a) => start_after(a, &[]),
        Auto::Noncontiguous(a) => start_after(a, &[]),
        Auto::Dfa(a) => start_after(a, &[]),
    };
    let start = start.unwrap_or_else(|e| panic!("start: {e:?}"));
    match auto {
        Auto::Contiguous(a) => walk_from(a, start, bytes),
        Auto::Noncontiguous(a) => walk_from(a, start, bytes),
        Auto::Dfa(a) => walk_from(a, start, bytes),
    }
}

/// Every key the text starts with at `origin`, shortest first (at most
/// eight, as `Cands` keeps), with the offset where each ends.
fn starts(keys: &[Vec<u8>], hay: &[u8], origin: usize) -> Vec<(u32, usize)> {
    let mut want: Vec<(u32, usize)> = (0..keys.len())
        .filter(|&k| hay[origin..].starts_with(&keys[k]))
        .map(|k| (k as u32, origin + keys[k].len()))
        .collect();
    want.sort_by_key(|w| w.1);
    want
}

/// The offset of the word end marker closing the first word at `origin`.
fn first_word_end(hay: &[u8], origin: usize) -> usize {
    origin
        + hay[origin..]
            .iter()
            .position(|&b| b == WORD_END)
            .unwrap_or(0)
}

#[test]
fn a_walk_finds_the_same_keys_under_either_match_kind() {
    let mut d = Draw(0x9e37_79b9_7f4a_7c15);
    let mut walks = 0;
    for round in 0..40 {
        let mut keys: Vec<Vec<u8>> = (0..5 + round).map(|_| text(&mut d, 3)).collect();
        keys.sort();
        keys.dedup();
        let hays: Vec<Vec<u8>> = (0..20).map(|_| text(&mut d, 6)).collect();
        for engine in [Engine::Contiguous, Engine::Noncontiguous, Engine::Dfa] {
            let build = |kind| {
                build_auto_as(&keys, engine, kind).unwrap_or_else(|e| panic!("build: {e:?}"))
            };
            let (standard, longest) = (
                build(MatchKind::Standard),
                build(MatchKind::LeftmostLongest),
            );
            for hay in &hays {
                for origin in (0..hay.len()).filter(|&i| hay[i] == WORD_START) {
                    let want = starts(&keys, hay, origin);
                    // From the start, as the walk without the first-word
                    // index and the inner walk go.
                    let got = walk(&standard, state(&standard, &[]), hay, origin, origin);
                    assert_eq!(got, want, "{engine:?} {keys:?} {hay:?} at {origin}");
                    let old = walk(&longest, state(&longest, &[]), hay, origin, origin);
                    assert_eq!(got, old, "{engine:?} {keys:?} {hay:?} at {origin}");
                    // From the state after the first word, as the walk
                    // after the first-word index goes.
                    let end = first_word_end(hay, origin);
                    let first = &hay[origin..=end];
                    let got = walk(&standard, state(&standard, first), hay, end + 1, origin);
                    let old = walk(&longest, state(&longest, first), hay, end + 1, origin);
                    assert_eq!(got, old, "{engine:?} {keys:?} {hay:?} at {origin}");
                    assert_eq!(got, want, "{engine:?} {keys:?} {hay:?} at {origin}");
                    walks += 1;
                }
            }
        }
    }
    assert!(walks > 5_000, "{walks} walks");
}

/// The walk of a part's automaton (built last key first) whose last key
/// is `last`, as the matcher's loop calls it.
fn walk_rev(
    auto: &Auto,
    sid: StateID,
    hay: &[u8],
    from: usize,
    origin: usize,
    last: u32,
) -> Vec<(u32, usize)> {
    let mut cands = Cands::new();
    let rest = &hay[from..];
    auto.walk_last(sid, rest, from, origin, last, &mut cands);
    cands.items[..cands.len].to_vec()
}

#[test]
fn keys_given_last_first_walk_to_the_same_keys() {
    let mut d = Draw(0x2545_f491_4f6c_dd1d);
    let mut walks = 0;
    for round in 0..40 {
        let mut keys: Vec<Vec<u8>> = (0..5 + round).map(|_| text(&mut d, 3)).collect();
        keys.sort();
        keys.dedup();
        let last = (keys.len() - 1) as u32;
        let hays: Vec<Vec<u8>> = (0..20).map(|_| text(&mut d, 6)).collect();
        for engine in [Engine::Contiguous, Engine::Noncontiguous, Engine::Dfa] {
            let ahead = build_auto_as(&keys, engine, MatchKind::Standard)
                .unwrap_or_else(|e| panic!("build: {e:?}"));
            let back = build_auto(&keys, engine).unwrap_or_else(|e| panic!("build: {e:?}"));
            for hay in &hays {
                for origin in (0..hay.len()).filter(|&i| hay[i] == WORD_START) {
                    let want = starts(&keys, hay, origin);
                    let got = walk_rev(&back, state(&back, &[]), hay, origin, origin, last);
                    assert_eq!(got, want, "{engine:?} {keys:?} {hay:?} at {origin}");
                    let old = walk(&ahead, state(&ahead, &[]), hay, origin, origin);
                    assert_eq!(got, old, "{engine:?} {keys:?} {hay:?} at {origin}");
                    // From the state after the first word.
                    let end = first_word_end(hay, origin);
                    let first = &hay[origin..=end];
                    let got = walk_rev(&back, state(&back, first), hay, end + 1, origin, last);
                    assert_eq!(got, want, "{engine:?} {keys:?} {hay:?} at {origin}");
                    walks += 1;
                }
            }
        }
    }
    assert!(walks > 5_000, "{walks} walks");
}

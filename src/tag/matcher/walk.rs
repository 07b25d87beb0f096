//! The anchored walk from a key's first word through an automaton.

use super::build::Auto;
use super::Cands;
use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::Anchored;

/// Walks `hay` (starting at normalised offset `at`) from `sid`, a state
/// reached by walking the key bytes from offset `origin`, collecting every
/// key that starts at `origin` (global pattern = `base` + automaton
/// pattern): an automaton built in the keys' order (the tests').
#[cfg(test)]
pub(super) fn walk_matches<A: Automaton>(
    a: &A,
    sid: StateID,
    hay: &[u8],
    at: usize,
    origin: usize,
    base: u32,
    out: &mut Cands,
) {
    walk_ids(a, sid, hay, at, origin, |p| base + p, out);
}

impl Auto {
    /// [`walk_matches`] over a part's automaton, whichever its kind, built
    /// last key first (`build::build_auto`): global pattern = `last` -
    /// automaton pattern. The matcher's three walk sites (and the tests')
    /// dispatch here once.
    #[inline]
    pub(super) fn walk_last(
        &self,
        sid: StateID,
        hay: &[u8],
        at: usize,
        origin: usize,
        last: u32,
        out: &mut Cands,
    ) {
        let id = |p: u32| last - p;
        match self {
            Auto::Contiguous(a) => walk_ids(a, sid, hay, at, origin, id, out),
            Auto::Noncontiguous(a) => walk_ids(a, sid, hay, at, origin, id, out),
            Auto::Dfa(a) => walk_ids(a, sid, hay, at, origin, id, out),
        }
    }
}

/// The walk, the global pattern of an automaton's pattern by `id`.
///
/// A state of the automaton also reports the keys that end its path as
/// suffixes (taken over from its failure state): after "[pasukan]
/// [pertahanan]", a prefix of "Pasukan Pertahanan Israel", it reports the
/// key "[pertahanan]", which starts one word later. Only a key as long as
/// the walk from `origin` starts there.
#[inline]
fn walk_ids<A: Automaton>(
    a: &A,
    mut sid: StateID,
    hay: &[u8],
    at: usize,
    origin: usize,
    id: impl Fn(u32) -> u32,
    out: &mut Cands,
) {
    let own = |sid: StateID, end: usize| {
        (0..a.match_len(sid))
            .map(|k| a.match_pattern(sid, k))
            .find(|&p| a.pattern_len(p) == end - origin)
    };
    if a.is_match(sid) {
        if let Some(p) = own(sid, at) {
            out.push((id(p.as_u32()), at));
        }
    }
    for (i, &b) in hay.iter().enumerate() {
        sid = a.next_state(Anchored::Yes, sid, b);
        if a.is_special(sid) {
            if a.is_dead(sid) {
                break;
            }
            if a.is_match(sid) {
                if let Some(p) = own(sid, at + i + 1) {
                    out.push((id(p.as_u32()), at + i + 1));
                }
            }
        }
    }
}

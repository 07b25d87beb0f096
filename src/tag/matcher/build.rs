//! Building the matcher's automata and first-word entries, in parallel.

use super::index;
use super::{Engine, MatchError, MatchOptions};
use crate::tag::normalize::{WORD_END, WORD_START};
use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::{dfa, nfa, Anchored, MatchKind, StartKind};

/// One automaton, of the kind chosen by [`Engine`].
pub(super) enum Auto {
    Contiguous(nfa::contiguous::NFA),
    Noncontiguous(nfa::noncontiguous::NFA),
    Dfa(dfa::DFA),
}

/// One automaton with the state to start walking in, after `skip` bytes of
/// the key (the marker and first byte when split).
pub(super) struct Part {
    pub auto: Auto,
    pub start: StateID,
    pub skip: usize,
    /// Global id of the part's last key: the automaton holds the part's
    /// keys last first ([`build_auto`]), so its pattern `p` is key
    /// `last - p`.
    pub last: u32,
}

/// The automata's match kind: `Standard`, as the walks need.
///
/// The walks go anchored ([`walk_from`], `walk::walk_matches`), where a
/// missing transition is the dead state whatever the kind, and keep only a
/// state's own key (as long as the walk): the kind changes no walk's
/// result. It changes the build: under a leftmost kind every state below
/// a match state (the second word of "Joko Widodo", below the partial key
/// "Joko") fails to the dead state, whose 256 transitions are a list that
/// the crate's failure fill reads up to the byte for each such state,
/// twice; that was most of the load's instructions.
const KIND: MatchKind = MatchKind::Standard;

/// The automaton of `keys` (sorted), given to the builder last key first:
/// its pattern `p` is key `keys.len() - 1 - p`.
///
/// The crate's trie keeps a state's transitions in a list sorted by byte
/// and reads it from the head, both to follow a byte and to insert one. In
/// ascending order each key's byte at a state is the largest seen there so
/// far, so every byte of every key read the state's whole list (some thirty
/// links below a first letter) and a new state was linked at its tail; in
/// descending order it is the list's head. The trie, and so every walk, is
/// the same; only the states' numbering and the patterns' ids differ.
pub(super) fn build_auto(keys: &[Vec<u8>], engine: Engine) -> Result<Auto, MatchError> {
    build_auto_from(keys.iter().rev(), engine, KIND)
}

/// The automaton of `keys` in the order given, pattern `p` key `p`, with
/// the match kind given (the tests build both kinds).
#[cfg(test)]
pub(super) fn build_auto_as(
    keys: &[Vec<u8>],
    engine: Engine,
    kind: MatchKind,
) -> Result<Auto, MatchError> {
    build_auto_from(keys.iter(), engine, kind)
}

/// The automaton of the keys in the iterator's order.
fn build_auto_from<'k>(
    keys: impl Iterator<Item = &'k Vec<u8>>,
    engine: Engine,
    kind: MatchKind,
) -> Result<Auto, MatchError> {
    let err = |e: aho_corasick::BuildError| MatchError::Build(e.to_string());
    Ok(match engine {
        Engine::Contiguous => Auto::Contiguous(
            nfa::contiguous::NFA::builder()
                .match_kind(kind)
                .prefilter(false)
                .build(keys)
                .map_err(err)?,
        ),
        Engine::Noncontiguous => Auto::Noncontiguous(
            nfa::noncontiguous::NFA::builder()
                .match_kind(kind)
                .prefilter(false)
                .build(keys)
                .map_err(err)?,
        ),
        Engine::Dfa => Auto::Dfa(
            dfa::DFA::builder()
                .match_kind(kind)
                .prefilter(false)
                .start_kind(StartKind::Anchored)
                .build(keys)
                .map_err(err)?,
        ),
    })
}

/// The state after walking `prefix` anchored from the start.
pub(super) fn start_after<A: Automaton>(a: &A, prefix: &[u8]) -> Result<StateID, MatchError> {
    let mut sid = a
        .start_state(Anchored::Yes)
        .map_err(|e| MatchError::Build(e.to_string()))?;
    for &b in prefix {
        sid = a.next_state(Anchored::Yes, sid, b);
    }
    Ok(sid)
}

/// A built part, its first-word entries (key index, end of the first word
/// in that key, entry) and the pair hashes of its keys' first two words.
pub(super) type Built = (Part, Vec<(usize, usize, index::Entry)>, Vec<u64>);

/// Builds the automaton of one group of keys, its start state and, when
/// asked, the first-word entries: for every distinct first word, the state
/// after walking `WORD_START word WORD_END`, the pattern of the word alone
/// and whether longer keys start with it.
fn build_part(
    keys: &[Vec<u8>],
    group: (usize, usize, Option<u8>),
    opts: MatchOptions,
) -> Result<Built, MatchError> {
    let (lo, hi, b) = group;
    let auto = build_auto(&keys[lo..hi], opts.engine)?;
    let (prefix, skip): (&[u8], usize) = match &b {
        Some(b) => (&[WORD_START, *b][..], 2),
        None => (&[][..], 0),
    };
    let start = match &auto {
        Auto::Contiguous(a) => start_after(a, prefix)?,
        Auto::Noncontiguous(a) => start_after(a, prefix)?,
        Auto::Dfa(a) => start_after(a, prefix)?,
    };
    let part = Part {
        auto,
        start,
        skip,
        last: (hi - 1) as u32,
    };
    let (mut words, mut pairs) = (Vec::new(), Vec::new());
    // Keys sharing a first word are adjacent (sorted, and WORD_END sorts
    // before any letter).
    let mut k = lo;
    while opts.word_index && k < hi {
        let key = &keys[k];
        let Some(end) = key.iter().position(|&b| b == WORD_END) else {
            k += 1;
            continue;
        };
        let prefix = &key[..=end];
        let n = keys[k..hi].partition_point(|x| x.starts_with(prefix));
        let walk = key.get(part.skip..=end).unwrap_or(&[]);
        let state = match &part.auto {
            Auto::Contiguous(a) => walk_from(a, part.start, walk),
            Auto::Noncontiguous(a) => walk_from(a, part.start, walk),
            Auto::Dfa(a) => walk_from(a, part.start, walk),
        };
        let alone = key.len() == end + 1;
        let mut more_other = false;
        for longer in &keys[k..k + n] {
            match longer.get(end + 1) {
                Some(&WORD_START) => {
                    let w2 = &longer[end + 2..];
                    let w2 = &w2[..w2.iter().position(|&b| b == WORD_END).unwrap_or(w2.len())];
                    pairs.push(index::pair_hash(&key[1.min(end)..end], w2));
                }
                Some(_) => more_other = true,
                None => {}
            }
        }
        let entry = index::Entry {
            pattern: alone.then_some(k as u32),
            more: n > usize::from(alone),
            more_other,
            part: 0,
            state,
        };
        words.push((k, end, entry));
        k += n.max(1);
    }
    Ok((part, words, pairs))
}

/// The state after walking `bytes` anchored from `sid`.
pub(super) fn walk_from<A: Automaton>(a: &A, mut sid: StateID, bytes: &[u8]) -> StateID {
    for &b in bytes {
        sid = a.next_state(Anchored::Yes, sid, b);
    }
    sid
}

/// Builds every group's part, on `threads` threads.
pub(super) fn build_all(
    keys: &[Vec<u8>],
    groups: &[(usize, usize, Option<u8>)],
    opts: MatchOptions,
    threads: usize,
) -> Result<Vec<Built>, MatchError> {
    if threads <= 1 {
        return groups.iter().map(|&g| build_part(keys, g, opts)).collect();
    }
    // Largest groups first, handed out by an atomic counter.
    let mut order: Vec<usize> = (0..groups.len()).collect();
    order.sort_by_key(|&g| std::cmp::Reverse(groups[g].1 - groups[g].0));
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut results: Vec<Option<Result<Built, MatchError>>> =
        (0..groups.len()).map(|_| None).collect();
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let k = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(&g) = order.get(k) else { break };
                        done.push((g, build_part(keys, groups[g], opts)));
                    }
                    done
                })
            })
            .collect();
        // A panicked thread leaves its groups as None: reported below.
        for done in handles.into_iter().filter_map(|h| h.join().ok()) {
            for (g, r) in done {
                results[g] = Some(r);
            }
        }
    });
    results
        .into_iter()
        .map(|r| r.unwrap_or_else(|| Err(MatchError::Build("a build thread panicked".into()))))
        .collect()
}

//! Fuzz target: the normaliser and the gazetteer matcher on arbitrary text.
//!
//! Invariants (a violation panics):
//! - `normalize_into`: `map.len() == bytes.len() + 1`, every map entry is a
//!   char boundary of the input (so `map` ends inside it), and the map never
//!   goes backwards; a reused buffer gives the same result as a fresh one.
//! - `Matcher::find` (built once from the builtin gazetteer): every hit has
//!   `start < end <= len`, both on char boundaries (so the mention text is
//!   exactly the original slice `&text[start..end]`), hits are in order and
//!   never overlap; a reused scratch and a dirty `out` change nothing.
//! - `Matcher::targets` does not panic and names only existing entities.
#![no_main]

use gazegraph::gazetteer::Gazetteer;
use gazegraph::tag::matcher::{Hit, Matcher, TargetMatch};
use gazegraph::tag::normalize::{normalize_into, normalize_key, Normalized};
use libfuzzer_sys::fuzz_target;
use std::cell::RefCell;
use std::sync::OnceLock;

fn state() -> &'static (Gazetteer, Matcher) {
    static STATE: OnceLock<(Gazetteer, Matcher)> = OnceLock::new();
    STATE.get_or_init(|| {
        let gaz = Gazetteer::builtin().expect("the builtin gazetteer loads");
        let matcher = Matcher::new(&gaz).expect("the builtin gazetteer compiles");
        (gaz, matcher)
    })
}

thread_local! {
    // Buffers reused across runs, as the pipeline reuses them.
    static REUSED: RefCell<(Normalized, Normalized, Vec<Hit>)> =
        RefCell::new((Normalized::new(), Normalized::new(), Vec::new()));
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    check_normalize(text);
    check_match(text);
    // Gazetteer names go through the same normaliser: must not panic.
    let _ = normalize_key(text);
});

fn check_normalize(text: &str) {
    let mut fresh = Normalized::new();
    normalize_into(text, &mut fresh);
    assert_eq!(
        fresh.map.len(),
        fresh.bytes.len() + 1,
        "map must have one entry per normalised byte plus the end"
    );
    let mut prev = 0u32;
    for (i, &m) in fresh.map.iter().enumerate() {
        assert!(
            text.is_char_boundary(m as usize),
            "map[{i}] = {m} is not a char boundary of the input (len {})",
            text.len()
        );
        assert!(m >= prev, "map[{i}] = {m} goes back from {prev}");
        prev = m;
    }
    REUSED.with(|cell| {
        let mut reused = cell.borrow_mut();
        normalize_into(text, &mut reused.0);
        assert_eq!(reused.0.bytes, fresh.bytes, "reused buffer: bytes differ");
        assert_eq!(reused.0.map, fresh.map, "reused buffer: map differs");
    });
}

fn check_match(text: &str) {
    let (gaz, matcher) = state();
    let mut scratch = Normalized::new();
    let mut hits = Vec::new();
    matcher.find(text, &mut scratch, &mut hits);
    let mut prev_end = 0;
    let mut targets: Vec<TargetMatch> = Vec::new();
    for (i, h) in hits.iter().enumerate() {
        assert!(
            h.start < h.end && h.end <= text.len(),
            "hit {i} {}..{} out of bounds (len {})",
            h.start,
            h.end,
            text.len()
        );
        assert!(
            text.is_char_boundary(h.start) && text.is_char_boundary(h.end),
            "hit {i} {}..{} not on char boundaries",
            h.start,
            h.end
        );
        assert!(
            h.start >= prev_end,
            "hit {i} {}..{} overlaps or precedes the previous hit (end {prev_end})",
            h.start,
            h.end
        );
        prev_end = h.end;
        matcher.targets(h, text, &mut targets);
        for t in &targets {
            assert!(
                (t.entity as usize) < gaz.entities.len(),
                "hit {i}: target entity {} out of range",
                t.entity
            );
        }
    }
    REUSED.with(|cell| {
        let mut reused = cell.borrow_mut();
        let (_, scratch, out) = &mut *reused;
        // A dirty output vector must be cleared by `find`.
        out.push(Hit {
            start: 0,
            end: 0,
            pattern: u32::MAX,
            lifted: true,
        });
        matcher.find(text, scratch, out);
        assert_eq!(*out, hits, "reused scratch: hits differ");
    });
}

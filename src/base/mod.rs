//! The vocabulary every stage speaks, and nothing that depends on a stage.
//!
//! In: nothing from the rest of the crate. Out: plain value types
//! ([`types`]: entity types, mentions, windows, modality, document metadata
//! and evidence), calendar dates ([`dates`]), the escapers every writer uses
//! ([`escape`]), the leading run of ASCII letters and digits of a byte
//! string ([`ascii_run`]), atomic output files ([`atomic`]), the output folder
//! committed as a set ([`outdir`]) with its manifest ([`manifest`]),
//! stderr diagnostics that never fail ([`diag`]) and allocator tuning
//! ([`memory`]).
//!
//! Invariant: this folder imports no other folder of the crate, so any
//! stage may use it.

pub mod ascii_run;
pub mod atomic;
pub mod dates;
pub mod diag;
pub mod escape;
pub mod manifest;
pub mod memory;
pub mod outdir;
pub mod outputs;
pub mod types;

/// A hash map with foldhash's fixed-seed hasher: several times faster
/// than the default SipHash on the short words the hot loops look up,
/// and, with a fixed seed, the same iteration order in every run.
pub type FastMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::FixedState>;

/// A hash set with the hasher of [`FastMap`].
pub type FastSet<T> = std::collections::HashSet<T, foldhash::fast::FixedState>;

/// Calls `f` with `word` in lowercase, as [`str::to_lowercase`] gives it,
/// without allocating for a short ASCII word or one already in lowercase.
///
/// The lookups of the hot loops (chunk words, lexicon classes) take a
/// capitalised name word per call; a heap string each time showed in the
/// profile.
pub fn with_lowercase<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    const SHORT: usize = 48;
    let b = word.as_bytes();
    if !b.iter().any(u8::is_ascii_uppercase) && word.is_ascii() {
        return f(word);
    }
    if word.is_ascii() && b.len() <= SHORT {
        let mut buf = [0u8; SHORT];
        let low = &mut buf[..b.len()];
        low.copy_from_slice(b);
        low.make_ascii_lowercase();
        // ASCII in, ASCII out: always valid UTF-8.
        if let Ok(s) = std::str::from_utf8(low) {
            return f(s);
        }
    }
    f(&word.to_lowercase())
}

#[cfg(test)]
mod tests {
    use super::with_lowercase;

    #[test]
    fn with_lowercase_matches_to_lowercase() {
        let long = "A".repeat(60);
        for w in [
            "", "jakarta", "Jakarta", "DPR", "Ünal", "ÖZIL", "Σ", "ΟΔΟΣ", &long,
        ] {
            assert_eq!(with_lowercase(w, str::to_string), w.to_lowercase(), "{w}");
        }
    }
}

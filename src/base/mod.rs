//! The vocabulary every stage speaks, and nothing that depends on a stage.
//!
//! In: nothing from the rest of the crate. Out: plain value types
//! ([`types`]: entity types, mentions, windows, modality, document metadata
//! and evidence), calendar dates ([`dates`]), the escapers every writer uses
//! ([`escape`]), atomic output files ([`atomic`]), the output folder
//! committed as a set ([`outdir`]) with its manifest ([`manifest`]),
//! stderr diagnostics that never fail ([`diag`]) and allocator tuning
//! ([`memory`]).
//!
//! Invariant: this folder imports no other folder of the crate, so any
//! stage may use it.

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

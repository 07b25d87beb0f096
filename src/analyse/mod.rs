//! One document through every per-document stage, and the driver that runs
//! a corpus through it in parallel.
//!
//! In: documents, a gazetteer, its matcher and the relation lexicon. Out:
//! [`pipeline::DocOutput`]: one document's condensed contribution to the
//! graph (entity counts, pairs, relation edges, evidence), in input order.
//!
//! Invariant: [`parallel`] hands results to its consumer in input order, so
//! the output is byte-identical for any thread count.

pub mod parallel;
pub mod pipeline;

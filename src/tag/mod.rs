//! Names found and tied to entities: the normaliser ([`normalize`]), the
//! variant rules ([`variants`]), the aho-corasick matcher ([`matcher`]) and
//! the resolver of partial names and ambiguity ([`resolve`]), and the
//! acronyms a document defines ([`acronyms`]).
//!
//! In: a [`crate::gazetteer::Gazetteer`] and prepared documents. Out:
//! [`crate::base::types::Mention`]s, each with exact character offsets into
//! the original text and the rule that made it (`via`).
//!
//! Invariants: one normaliser for names and text, so a name matches the
//! text it was written from; the automaton is built once per run and
//! shared read-only by every thread.

pub mod acronyms;
pub mod chunks;
pub mod foreign;
pub mod joined;
pub mod matcher;
pub mod misspelt;
pub mod normalize;
pub mod resolve;
pub mod suggest;
pub mod variants;

#[cfg(test)]
mod foreign_tests;
#[cfg(test)]
mod rules_tests;
#[cfg(test)]
mod shared_tests;

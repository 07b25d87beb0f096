//! gazegraph: turn news articles into an entity knowledge graph.
//!
//! The pipeline: [`gazetteer`] → [`document`] (clean, split) →
//! [`normalize`] + [`matcher`] (tag) → [`resolve`] (variants, partial
//! names) → [`graph`] (co-occurrence and relations) → [`export`].
#![deny(missing_docs)]

pub mod atomic;
pub mod boilerplate;
pub mod builder;
pub mod cli;
pub mod cmd;
pub mod dates;
pub mod document;
pub mod export;
pub mod filter;
pub mod gazetteer;
pub mod graph;
pub mod idset;
pub mod input;
pub mod ledger;
pub mod markup;
pub mod matcher;
pub mod memory;
pub mod merge;
pub mod normalize;
pub mod parallel;
pub mod pipeline;
pub mod progress;
pub mod query;
pub mod relations;
pub mod resolve;
pub mod sentences;
pub mod spool;
pub mod types;
pub mod variants;

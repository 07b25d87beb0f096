//! gazegraph: turn news articles into an entity knowledge graph.
//!
//! The pipeline: [`gazetteer`] → [`document`] (clean, split) →
//! [`normalize`] + [`matcher`] (tag) → [`resolve`] (variants, partial
//! names) → [`graph`] (co-occurrence and relations) → [`export`].
#![deny(missing_docs)]

pub mod cli;
pub mod cmd;
pub mod document;
pub mod export;
pub mod gazetteer;
pub mod graph;
pub mod input;
pub mod matcher;
pub mod normalize;
pub mod query;
pub mod types;

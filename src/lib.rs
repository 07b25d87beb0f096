//! gazegraph: turn news articles into an entity knowledge graph.
//!
//! The folders are the pipeline, listed here from the bottom up; a stage
//! imports only the stages above it in this list (`tests/architecture.rs`
//! keeps it so, and `ARCHITECTURE.md` says where new features go):
//!
//! - [`base`]: the vocabulary every stage speaks (entity types, mentions,
//!   dates, escapers, atomic files);
//! - [`ingest`]: inputs in, documents out (decoding, markup, boilerplate,
//!   paragraphs, sentences, dates);
//! - [`gazetteer`]: the names, variants and offices the tagger knows;
//! - [`tag`]: normalise, match and resolve names to entities;
//! - [`relations`]: typed relations between the tagged entities;
//! - [`analyse`]: one document through tag and relations, and the ordered
//!   parallel driver over a corpus;
//! - [`graph`]: documents' results folded into the graph, its model, merge,
//!   ledger and spools, filters;
//! - [`export`]: the graph written as DOT, GraphML, GEXF and JSON;
//! - [`query`]: neighbourhoods, paths, rankings and evidence over a saved
//!   graph;
//! - [`cmd`]: one file per subcommand; [`cli`] parses the command line into
//!   their plain configs.
#![deny(missing_docs)]

pub mod analyse;
pub mod base;
pub mod cli;
pub mod cmd;
pub mod export;
pub mod gazetteer;
pub mod graph;
pub mod ingest;
pub mod query;
pub mod relations;
pub mod tag;

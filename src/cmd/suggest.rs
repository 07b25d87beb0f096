//! `gazegraph suggest` (placeholder until the suggest stage lands).

use anyhow::Result;
use std::process::ExitCode;

/// Plain configuration of `suggest`.
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// Inputs and gazetteers.
    pub corpus: super::CorpusConfig,
    /// At most this many suggestions.
    pub top: usize,
    /// Minimum documents.
    pub min_docs: usize,
    /// JSON Lines records instead of a table.
    pub json: bool,
}

/// Lists suggestions.
///
/// # Errors
/// Not yet.
pub fn run(_config: Config) -> Result<ExitCode> {
    anyhow::bail!("suggest is not built yet")
}

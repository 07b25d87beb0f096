//! `gazegraph tag`.
use super::CorpusConfig;
use anyhow::Result;
use std::process::ExitCode;

/// Runs the tagger.
///
/// # Errors
/// Fails when the gazetteer is unusable.
pub fn run(config: CorpusConfig) -> Result<ExitCode> {
    let _ = config;
    anyhow::bail!("tag: not implemented yet")
}

//! `gazegraph build`.
use super::CorpusConfig;
use crate::types::Window;
use anyhow::Result;
use std::path::PathBuf;
use std::process::ExitCode;

/// Plain configuration of a build.
#[derive(Clone, Debug)]
pub struct Config {
    /// Inputs and gazetteers.
    pub corpus: CorpusConfig,
    /// Output folder.
    pub output: PathBuf,
    /// Co-occurrence window.
    pub window: Window,
    /// Export formats to write.
    pub formats: Vec<crate::export::Format>,
    /// Evidence sentences kept per edge (0 = all).
    pub max_evidence: usize,
}

/// Runs the build.
///
/// # Errors
/// Fails when the gazetteer or output folder is unusable.
pub fn run(config: Config) -> Result<ExitCode> {
    let _ = config;
    anyhow::bail!("build: not implemented yet")
}

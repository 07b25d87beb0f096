//! One module per subcommand, each with `run(config) -> Result<ExitCode>`.

use crate::input::InputSpec;
use std::io;
use std::path::PathBuf;
use std::process::ExitCode;

pub mod build;
pub mod check_gazetteer;
pub mod export;
pub mod merge;
pub mod tag;

/// Exit code: success.
pub const EXIT_OK: u8 = 0;
/// Exit code: the query found nothing.
pub const EXIT_NO_RESULT: u8 = 1;
/// Exit code: an error stopped the run.
pub const EXIT_ERROR: u8 = 2;

/// Inputs and gazetteers of any command that reads a corpus.
#[derive(Clone, Debug, Default)]
pub struct CorpusConfig {
    /// Files, folders or stdin.
    pub inputs: Vec<InputSpec>,
    /// Gazetteer paths; empty means the built-in gazetteer.
    pub gazetteers: Vec<PathBuf>,
    /// Turn warnings into errors.
    pub strict: bool,
    /// Count demonyms as country mentions.
    pub demonyms: bool,
    /// Worker threads; `None` means all cores.
    pub threads: Option<usize>,
    /// No progress or summary output.
    pub quiet: bool,
}

/// Turns a command's result into the process exit code, printing the error
/// chain to stderr. A broken pipe (output piped into `head`) is not an error.
pub fn finish(result: anyhow::Result<ExitCode>) -> ExitCode {
    match result {
        Ok(code) => code,
        Err(err) => {
            let broken_pipe = err.chain().any(|c| {
                c.downcast_ref::<io::Error>()
                    .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            });
            if broken_pipe {
                return ExitCode::from(EXIT_OK);
            }
            eprintln!("gazegraph: error: {err}");
            for cause in err.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            ExitCode::from(EXIT_ERROR)
        }
    }
}

/// Loads the gazetteers named in `config` (the built-in one when none),
/// printing warnings to stderr.
///
/// # Errors
/// Fails on a fatal gazetteer error, or on any warning with `--strict`.
pub fn load_gazetteer(config: &CorpusConfig) -> anyhow::Result<crate::gazetteer::Gazetteer> {
    use anyhow::Context;
    let (gaz, warnings) = crate::gazetteer::Gazetteer::load_or_builtin(&config.gazetteers)
        .context("loading the gazetteer")?;
    for w in &warnings {
        eprintln!("gazegraph: warning: {}: {}", w.location, w.message);
    }
    if config.strict && !warnings.is_empty() {
        anyhow::bail!(
            "{} gazetteer warning(s) and --strict is set",
            warnings.len()
        );
    }
    Ok(gaz)
}

/// Collects input warnings: prints each to stderr as it comes and counts
/// them for the summary and for `--strict`.
#[derive(Debug, Default)]
pub struct WarningSink {
    /// Warnings seen.
    pub count: u64,
}

impl WarningSink {
    /// Prints and counts one warning.
    pub fn warn(&mut self, w: crate::input::InputWarning) {
        self.count += 1;
        eprintln!("gazegraph: warning: {}: {}", w.location, w.message);
    }
}

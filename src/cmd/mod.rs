//! One module per subcommand, each with `run(config) -> Result<ExitCode>`.

use crate::input::InputSpec;
use std::io;
use std::path::PathBuf;
use std::process::ExitCode;

pub mod build;
pub mod evidence;
pub mod neighbors;
pub mod path;
pub mod show;
pub mod tag;
pub mod top;

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

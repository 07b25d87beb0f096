//! One module per subcommand, each with `run(config) -> Result<ExitCode>`.

use crate::input::InputSpec;
use std::io;
use std::path::PathBuf;
use std::process::ExitCode;

pub mod build;
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
    if config.gazetteers.is_empty() {
        return crate::gazetteer::Gazetteer::builtin().context("loading the built-in gazetteer");
    }
    let (gaz, warnings) =
        crate::gazetteer::Gazetteer::load(&config.gazetteers).context("loading the gazetteer")?;
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

/// A file written atomically: into a temporary file in the same folder,
/// flushed and synced, then renamed over the target by [`AtomicFile::commit`].
/// Until then (a crash, a kill, a full disk) the previous file stays intact.
pub struct AtomicFile {
    path: std::path::PathBuf,
    tmp: tempfile::NamedTempFile,
}

impl AtomicFile {
    /// Starts writing `path`.
    ///
    /// # Errors
    /// Fails if the temporary file cannot be created.
    pub fn create(path: &std::path::Path) -> io::Result<AtomicFile> {
        let dir = match path.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => std::path::Path::new("."),
        };
        // A recognisable name, so a file left by a killed run is easy to spot.
        let tmp = tempfile::Builder::new()
            .prefix(".gazegraph-")
            .suffix(".tmp")
            .tempfile_in(dir)?;
        Ok(AtomicFile {
            path: path.to_path_buf(),
            tmp,
        })
    }

    /// The temporary file, to write into.
    pub fn file(&mut self) -> &mut std::fs::File {
        self.tmp.as_file_mut()
    }

    /// Syncs the data and renames the file into place.
    ///
    /// # Errors
    /// Fails if syncing or renaming fails; the target is then untouched.
    pub fn commit(self) -> io::Result<()> {
        self.tmp.as_file().sync_all()?;
        // Temporary files are created 0600; outputs are meant to be shared.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            self.tmp
                .as_file()
                .set_permissions(std::fs::Permissions::from_mode(0o644))?;
        }
        self.tmp.persist(&self.path).map_err(|e| e.error)?;
        Ok(())
    }
}

/// Writes `path` atomically through `f` (see [`AtomicFile`]).
///
/// # Errors
/// Fails if the temporary file cannot be created, written or renamed.
pub fn write_atomic(
    path: &std::path::Path,
    f: impl FnOnce(&mut io::BufWriter<&mut std::fs::File>) -> io::Result<()>,
) -> io::Result<()> {
    use io::Write;
    let mut file = AtomicFile::create(path)?;
    {
        let mut w = io::BufWriter::new(file.file());
        f(&mut w)?;
        w.flush()?;
    }
    file.commit()
}

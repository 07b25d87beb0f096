//! gazegraph's own outputs are never read back as input: not the files a
//! build writes into its output folder (`graph.*`, the ledger, temporary
//! files), and not the `--stats` file, wherever they lie among the inputs
//! (`gazegraph build . -o .` run twice reads the same articles twice, not
//! its graph).

use crate::base::outputs::is_output_name;
use std::path::{Path, PathBuf};

/// Paths the reader skips: gazegraph's files in the output folders, and
/// single files (such as the `--stats` file).
#[derive(Clone, Debug, Default)]
pub struct Exclude {
    /// Output folders (canonical): their gazegraph-named files are skipped.
    dirs: Vec<PathBuf>,
    /// Single files (canonical, or as given when they do not exist yet).
    files: Vec<PathBuf>,
}

impl Exclude {
    /// Skips the files a build writes into `dir` (named as
    /// `base::outputs::OUTPUT_NAMES` lists them).
    pub fn output_folder(&mut self, dir: &Path) {
        self.dirs.push(canonical(dir));
    }

    /// Skips the file at `path` (created later if it does not exist yet).
    pub fn file(&mut self, path: &Path) {
        self.files.push(canonical(path));
    }

    /// Whether `path` (a file) is one of gazegraph's outputs to skip.
    pub fn skips(&self, path: &Path) -> bool {
        let Some(name) = path.file_name() else {
            return false;
        };
        let by_name = !self.dirs.is_empty() && is_output_name(&name.to_string_lossy());
        let by_file = self.files.iter().any(|f| f.file_name() == Some(name));
        if !by_name && !by_file {
            return false;
        }
        let full = canonical(path);
        (by_name
            && full
                .parent()
                .is_some_and(|p| self.dirs.iter().any(|d| d == p)))
            || self.files.contains(&full)
    }
}

/// `path` made absolute and free of symbolic links: the path itself if it
/// exists, else its canonical parent joined with its name.
fn canonical(path: &Path) -> PathBuf {
    if let Ok(p) = path.canonicalize() {
        return p;
    }
    let parent = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    match (parent.canonicalize(), path.file_name()) {
        (Ok(p), Some(name)) => p.join(name),
        _ => path.to_path_buf(),
    }
}

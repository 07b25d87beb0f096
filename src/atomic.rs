//! Atomic file output: every file gazegraph writes goes to a temporary file
//! in the same folder, is flushed and synced, then renamed over the target.
//! A crash, a kill or a full disk leaves the previous file intact, and
//! readers never see a half-written one.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// A file being written atomically; nothing is visible until
/// [`AtomicFile::commit`].
pub struct AtomicFile {
    path: PathBuf,
    tmp: tempfile::NamedTempFile,
}

impl AtomicFile {
    /// Starts writing `path`.
    ///
    /// # Errors
    /// Fails if the temporary file cannot be created in `path`'s folder.
    pub fn create(path: &Path) -> io::Result<AtomicFile> {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let mut builder = tempfile::Builder::new();
        // A recognisable name, so a file left by a killed run is easy to spot.
        builder.prefix(".gazegraph-").suffix(".tmp");
        // NamedTempFile defaults to mode 0600; an output file should get the
        // usual 0666 minus umask, like any file the user creates.
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            builder.permissions(std::fs::Permissions::from_mode(0o666));
        }
        Ok(AtomicFile {
            path: path.to_path_buf(),
            tmp: builder.tempfile_in(dir)?,
        })
    }

    /// Where the temporary file is (to read back what was written).
    pub fn temp_path(&self) -> &Path {
        self.tmp.path()
    }

    /// The open temporary file.
    pub fn file(&mut self) -> &mut File {
        self.tmp.as_file_mut()
    }

    /// Syncs the data and renames the file into place.
    ///
    /// # Errors
    /// Fails if syncing or renaming fails; the target is then untouched.
    pub fn commit(self) -> io::Result<()> {
        self.tmp.as_file().sync_all()?;
        self.tmp.persist(&self.path).map_err(|e| e.error)?;
        Ok(())
    }
}

/// Writes `path` atomically: `f` fills a buffered temporary file, which then
/// replaces `path`.
///
/// # Errors
/// Returns the error of `f`, or of creating, flushing or renaming the file;
/// `path` is then untouched.
pub fn write_file_atomic(
    path: &Path,
    f: impl FnOnce(&mut BufWriter<&mut File>) -> io::Result<()>,
) -> io::Result<()> {
    let mut file = AtomicFile::create(path)?;
    {
        let mut w = BufWriter::new(file.file());
        f(&mut w)?;
        w.flush()?;
    }
    file.commit()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atomic_write_replaces_whole_file() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.txt");
        std::fs::write(&p, "old content that is long").unwrap();
        write_file_atomic(&p, |w| w.write_all(b"new")).unwrap();
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "new");
        let err = write_file_atomic(&p, |_| Err(io::Error::other("boom")));
        assert!(err.is_err());
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "new");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            // Same mode as a file created the ordinary way (umask applies).
            let plain = dir.path().join("plain.txt");
            std::fs::write(&plain, "x").unwrap();
            let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&p), mode(&plain));
        }
    }

    #[test]
    fn an_uncommitted_file_leaves_the_target_alone() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("g.json");
        std::fs::write(&p, "good").unwrap();
        let mut f = AtomicFile::create(&p).unwrap();
        f.file().write_all(b"half").unwrap();
        drop(f);
        assert_eq!(std::fs::read_to_string(&p).unwrap(), "good");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
    }
}

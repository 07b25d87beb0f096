//! Atomic file output: every file gazegraph writes goes to a temporary file
//! in the same folder, is flushed and synced, then renamed over the target.
//! A crash, a kill or a full disk leaves the previous file intact, and
//! readers never see a half-written one.

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

/// A file being written atomically; nothing is visible until
/// [`AtomicFile::commit`].
///
/// Two cases are not renamed into place: a symbolic link is followed (its
/// target is replaced, the link stays), and an existing file that is not a
/// regular file (`/dev/stdout`, a named pipe, a terminal) is written
/// directly, since replacing it would break whatever reads it.
pub struct AtomicFile {
    path: PathBuf,
    out: Out,
}

enum Out {
    Temp(tempfile::NamedTempFile),
    Direct(File),
}

impl AtomicFile {
    /// Starts writing `path`.
    ///
    /// # Errors
    /// Fails if the temporary file cannot be created in `path`'s folder
    /// (or a special file cannot be opened for writing).
    pub fn create(path: &Path) -> io::Result<AtomicFile> {
        // Follow symbolic links: renaming over a link would replace the link.
        let path = match std::fs::symlink_metadata(path) {
            Ok(m) if m.file_type().is_symlink() => {
                std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf())
            }
            _ => path.to_path_buf(),
        };
        if let Ok(meta) = std::fs::metadata(&path) {
            if !meta.is_file() && !meta.is_dir() {
                let file = std::fs::OpenOptions::new().write(true).open(&path)?;
                return Ok(AtomicFile {
                    path,
                    out: Out::Direct(file),
                });
            }
        }
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
        let tmp = builder.tempfile_in(dir)?;
        Ok(AtomicFile {
            path,
            out: Out::Temp(tmp),
        })
    }

    /// Where the data is being written (the temporary file, or the target
    /// itself for a special file), to read back what was written.
    pub fn temp_path(&self) -> &Path {
        match &self.out {
            Out::Temp(t) => t.path(),
            Out::Direct(_) => &self.path,
        }
    }

    /// The open temporary file.
    pub fn file(&mut self) -> &mut File {
        match &mut self.out {
            Out::Temp(t) => t.as_file_mut(),
            Out::Direct(f) => f,
        }
    }

    /// Syncs the data and renames the file into place.
    ///
    /// # Errors
    /// Fails if syncing or renaming fails; the target is then untouched.
    pub fn commit(self) -> io::Result<()> {
        match self.out {
            Out::Temp(tmp) => {
                tmp.as_file().sync_all()?;
                tmp.persist(&self.path).map_err(|e| e.error)?;
            }
            // A pipe or device cannot be synced; its data is already out.
            Out::Direct(_) => {}
        }
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
        // Outputs run to hundreds of MB: a larger buffer means fewer
        // write calls.
        let mut w = BufWriter::with_capacity(1 << 18, file.file());
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

    #[cfg(unix)]
    #[test]
    fn symlinks_are_followed_and_special_files_written_in_place() {
        use std::io::Read;
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.json");
        std::fs::write(&real, "old").unwrap();
        let link = dir.path().join("link.json");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_file_atomic(&link, |w| w.write_all(b"new")).unwrap();
        assert!(std::fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink());
        assert_eq!(std::fs::read_to_string(&real).unwrap(), "new");
        // A named pipe stays a pipe, and its reader gets the data.
        let fifo = dir.path().join("fifo");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        if !made.is_ok_and(|s| s.success()) {
            return;
        }
        let reader = {
            let fifo = fifo.clone();
            std::thread::spawn(move || {
                let mut s = String::new();
                File::open(&fifo).unwrap().read_to_string(&mut s).unwrap();
                s
            })
        };
        write_file_atomic(&fifo, |w| w.write_all(b"through the pipe")).unwrap();
        assert_eq!(reader.join().unwrap(), "through the pipe");
        assert!(!std::fs::metadata(&fifo).unwrap().is_file());
    }
}

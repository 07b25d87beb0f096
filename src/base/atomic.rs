//! Atomic file output: every file gazegraph writes goes to a temporary file
//! in the same folder, is flushed and synced, then renamed over the target.
//! A crash, a kill or a full disk leaves the previous file intact, and
//! readers never see a half-written one.
//!
//! Temporary files and folders are named `.gazegraph-<pid>-<random>.tmp`,
//! with the id of the process that writes them, so that a later run can
//! tell a killed run's leftovers from a live run's files
//! ([`remove_stale_temps`]).

use std::fs::File;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::OnceLock;
use std::time::Duration;

/// Every temporary name starts with this.
pub const TEMP_PREFIX: &str = ".gazegraph-";
/// Every temporary name ends with this.
pub const TEMP_SUFFIX: &str = ".tmp";
/// A temporary without a process id (as versions before ids were added
/// named them) counts as stale once unmodified for this long.
pub const LEGACY_STALE_AFTER: Duration = Duration::from_secs(3600);

/// `.gazegraph-<pid>-`: the prefix of this process's temporary names.
fn own_prefix() -> &'static str {
    static PREFIX: OnceLock<String> = OnceLock::new();
    PREFIX.get_or_init(|| format!("{TEMP_PREFIX}{}-", std::process::id()))
}

/// A `tempfile` builder naming files `.gazegraph-<pid>-<random>.tmp`, with
/// mode 0666 minus the umask (as any file the user creates), not
/// `tempfile`'s 0600. For folders use [`temp_dir_in`].
pub fn temp_builder() -> tempfile::Builder<'static, 'static> {
    let mut builder = tempfile::Builder::new();
    builder.prefix(own_prefix()).suffix(TEMP_SUFFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o666));
    }
    builder
}

/// Creates a temporary folder `.gazegraph-<pid>-<random>.tmp/` in `dir`
/// (mode 0700: only what is renamed out of it is seen).
///
/// # Errors
/// Fails when the folder cannot be created.
pub fn temp_dir_in(dir: &Path) -> io::Result<tempfile::TempDir> {
    tempfile::Builder::new()
        .prefix(own_prefix())
        .suffix(TEMP_SUFFIX)
        .tempdir_in(dir)
}

/// A file being written atomically; nothing is visible until
/// [`AtomicFile::commit`].
///
/// A symbolic link at the target is replaced by the new file: the file it
/// points to is never written. Two exceptions are written in place: an
/// existing file that is not a regular file (a named pipe, a terminal),
/// since replacing it would break whatever reads it, and a path under
/// `/dev/` or `/proc/` (`-o /dev/stdout`). The new file is never given a
/// wider mode than the file it replaces ([`narrow_mode`]).
pub struct AtomicFile {
    path: PathBuf,
    out: Out,
}

enum Out {
    Temp(tempfile::NamedTempFile),
    Direct(File),
}

/// Whether `path` is to be written in place rather than replaced.
fn write_in_place(path: &Path) -> bool {
    let Ok(meta) = std::fs::symlink_metadata(path) else {
        return false;
    };
    if meta.file_type().is_symlink() {
        // Only the system's own links (/dev/stdout, /proc/self/fd/1)
        // are followed; any other link is replaced.
        return path.starts_with("/dev") || path.starts_with("/proc");
    }
    !meta.is_file() && !meta.is_dir()
}

/// Gives `file` (just created with the default mode) no permission that
/// the regular file now at `target` lacks: replacing a file never widens
/// its mode. A missing target, or a symbolic link, leaves the default.
///
/// # Errors
/// Fails if the mode cannot be changed.
pub fn narrow_mode(file: &Path, target: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let Ok(old) = std::fs::symlink_metadata(target) else {
            return Ok(());
        };
        if !old.is_file() {
            return Ok(());
        }
        let mine = std::fs::metadata(file)?.permissions().mode() & 0o7777;
        let narrowed = mine & old.permissions().mode();
        if narrowed != mine {
            std::fs::set_permissions(file, std::fs::Permissions::from_mode(narrowed))?;
        }
    }
    #[cfg(not(unix))]
    let _ = (file, target);
    Ok(())
}

impl AtomicFile {
    /// Starts writing `path`.
    ///
    /// # Errors
    /// Fails if the temporary file cannot be created in `path`'s folder
    /// (or a special file cannot be opened for writing).
    pub fn create(path: &Path) -> io::Result<AtomicFile> {
        if write_in_place(path) {
            let file = std::fs::OpenOptions::new().write(true).open(path)?;
            return Ok(AtomicFile {
                path: path.to_path_buf(),
                out: Out::Direct(file),
            });
        }
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        let tmp = temp_builder().tempfile_in(dir)?;
        narrow_mode(tmp.path(), path)?;
        Ok(AtomicFile {
            path: path.to_path_buf(),
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
    fill(file.file(), f)?;
    file.commit()
}

/// Runs `f` on a buffered writer over `inner`, flushes it and hands
/// `inner` back: the one body of [`write_file_atomic`] and
/// [`write_file_atomic_hashed`].
fn fill<W: Write>(inner: W, f: impl FnOnce(&mut BufWriter<W>) -> io::Result<()>) -> io::Result<W> {
    // Outputs run to hundreds of MB: a larger buffer means fewer write
    // calls. Under a `Hashing` writer the hasher sees the buffer's
    // 256 kB blocks, not every small write of the caller.
    let mut w = BufWriter::with_capacity(1 << 18, inner);
    f(&mut w)?;
    w.flush()?;
    w.into_inner().map_err(io::IntoInnerError::into_error)
}

/// [`write_file_atomic`], also returning the size and the XXH3-64 of the
/// bytes written (what [`crate::base::manifest::hash_file`] would read
/// back): the bytes are hashed on their way to the file, so a caller
/// that needs the hash does not read a file of hundreds of MB again.
///
/// # Errors
/// As [`write_file_atomic`].
pub fn write_file_atomic_hashed(
    path: &Path,
    f: impl FnOnce(&mut BufWriter<Hashing<&mut File>>) -> io::Result<()>,
) -> io::Result<(u64, u64)> {
    let mut file = AtomicFile::create(path)?;
    let digest = fill(Hashing::new(file.file()), f)?.state.digest();
    file.commit()?;
    Ok(digest)
}

/// The running XXH3-64 and byte count of a [`Hashing`] writer, kept
/// between writers of one file.
#[derive(Clone, Default)]
pub struct HashState {
    hash: xxhash_rust::xxh3::Xxh3,
    size: u64,
}

impl HashState {
    /// The size and XXH3-64 of everything hashed so far.
    pub fn digest(&self) -> (u64, u64) {
        (self.size, self.hash.digest())
    }
}

/// A writer that hashes (XXH3-64) and counts what it passes on.
pub struct Hashing<W> {
    inner: W,
    state: HashState,
}

impl<W: Write> Hashing<W> {
    /// Passes everything on to `inner`.
    pub fn new(inner: W) -> Hashing<W> {
        Hashing::resume(inner, HashState::default())
    }

    /// Goes on from `state` (the bytes an earlier writer of the same file
    /// hashed).
    pub fn resume(inner: W, state: HashState) -> Hashing<W> {
        Hashing { inner, state }
    }

    /// What was hashed, to resume from or to digest.
    pub fn into_state(self) -> HashState {
        self.state
    }
}

impl<W: Write> Write for Hashing<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        // Only what the inner writer took is hashed.
        let n = self.inner.write(buf)?;
        let done = buf.get(..n).unwrap_or(buf);
        self.state.hash.update(done);
        self.state.size += done.len() as u64;
        Ok(n)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_write_returns_what_reading_back_gives() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("out.json");
        let (size, hash) = write_file_atomic_hashed(&p, |w| {
            for k in 0..100_000u32 {
                write!(w, "{k},")?;
            }
            w.write_all(&vec![b'x'; 1 << 19])
        })
        .unwrap();
        let (size2, hex) = crate::base::manifest::hash_file(&p).unwrap();
        assert_eq!((size, format!("{hash:016x}")), (size2, hex));
        assert_eq!(size, std::fs::metadata(&p).unwrap().len());
    }

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
    fn a_symlink_at_an_output_path_is_replaced_not_followed() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim");
        std::fs::write(&victim, "secret").unwrap();
        std::fs::set_permissions(&victim, std::fs::Permissions::from_mode(0o600)).unwrap();
        let link = dir.path().join("graph.json");
        std::os::unix::fs::symlink(&victim, &link).unwrap();
        write_file_atomic(&link, |w| w.write_all(b"new")).unwrap();
        assert!(std::fs::symlink_metadata(&link).unwrap().is_file());
        assert_eq!(std::fs::read_to_string(&link).unwrap(), "new");
        assert_eq!(std::fs::read_to_string(&victim).unwrap(), "secret");
        let mode = std::fs::metadata(&victim).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600);
        // A dangling link is replaced too, not created through.
        let nowhere = dir.path().join("nowhere");
        let dangling = dir.path().join("graph.dot");
        std::os::unix::fs::symlink(&nowhere, &dangling).unwrap();
        write_file_atomic(&dangling, |w| w.write_all(b"dot")).unwrap();
        assert!(!nowhere.exists());
        assert!(std::fs::symlink_metadata(&dangling).unwrap().is_file());
    }

    #[cfg(unix)]
    #[test]
    fn replacing_a_file_never_widens_its_mode() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        let plain = dir.path().join("plain");
        std::fs::write(&plain, "x").unwrap();
        let default = mode(&plain);
        let p = dir.path().join("out.json");
        for old in [0o600, 0o640, 0o400, 0o666] {
            std::fs::write(&p, "old").unwrap();
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(old)).unwrap();
            write_file_atomic(&p, |w| w.write_all(b"new")).unwrap();
            assert_eq!(std::fs::read_to_string(&p).unwrap(), "new");
            // The old mode where narrower, never more than a new file gets.
            assert_eq!(mode(&p), old & default, "old mode {old:o}");
        }
    }

    #[cfg(unix)]
    #[test]
    fn special_files_are_written_in_place() {
        use std::io::Read;
        let dir = tempfile::tempdir().unwrap();
        // A named pipe stays a pipe, and its reader gets the data.
        let fifo = dir.path().join("fifo");
        let made = std::process::Command::new("mkfifo").arg(&fifo).status();
        assert!(made.is_ok_and(|s| s.success()), "mkfifo failed");
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
        assert!(write_in_place(Path::new("/dev/stdout")));
        assert!(write_in_place(Path::new("/dev/null")));
    }
}

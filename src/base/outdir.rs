//! An output folder written as a whole: `build` and `merge` write every
//! file into a staging folder inside it, then commit the set.
//!
//! 1. [`OutputFolder::open`] creates the folder, takes its lock file
//!    (`.gazegraph.lock`; a second run into the same folder fails at once,
//!    naming the lock and the process holding it), removes temporaries
//!    left by runs that are no longer alive ([`remove_stale_temps`]) and
//!    creates the staging folder `.gazegraph-<pid>-<random>.tmp/`.
//! 2. The writers fill the staging folder; each file is synced.
//! 3. [`OutputFolder::commit`] hashes the staged files, writes
//!    `graph.manifest.json` naming them, marked `committing`; renames each
//!    staged file into place (by name, `graph.json` last); removes the
//!    files the previous manifest named that this run did not write; and
//!    writes the manifest again, marked `complete`. Every rename replaces
//!    what is at the target (a symbolic link included: it is never
//!    followed), and a replaced file's mode is never widened.
//!
//! A kill before step 3 leaves the previous set whole (plus a staging
//! folder the next run removes); a kill during it leaves a `committing`
//! manifest, which readers refuse ([`super::manifest::verify`]).
//!
//! Test-only hook: with `GAZEGRAPH_FAULT_AFTER_FILES=N` set, the process
//! kills itself (SIGKILL) once N files are committed (manifests included;
//! 0 stops just before the first), as a crash would.

use super::atomic::{narrow_mode, temp_dir_in, TEMP_PREFIX, TEMP_SUFFIX};
use super::manifest::{self, Entry, Manifest, State, MANIFEST_FILE};
use super::outputs::{GRAPH_JSON, LOCK_FILE};
use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

/// The test-only fault hook's environment variable.
pub const FAULT_ENV: &str = "GAZEGRAPH_FAULT_AFTER_FILES";

/// Why an output folder cannot be opened or committed.
#[derive(Debug, thiserror::Error)]
pub enum OutDirError {
    /// The folder cannot be created (a file is in the way, no permission).
    #[error("cannot create output folder {dir}")]
    Create {
        /// The folder.
        dir: PathBuf,
        /// The cause.
        #[source]
        source: io::Error,
    },
    /// The folder exists but its lock or staging folder cannot be made.
    #[error("output folder {dir} is not writable")]
    Unwritable {
        /// The folder.
        dir: PathBuf,
        /// The cause.
        #[source]
        source: io::Error,
    },
    /// Another run holds the folder's lock.
    #[error("output folder {dir} is in use by another gazegraph run ({holder} holds the lock {lock}); wait for it to finish or write to another folder")]
    Busy {
        /// The folder.
        dir: PathBuf,
        /// The lock file.
        lock: PathBuf,
        /// `pid N`, or `a process` when the lock file names none.
        holder: String,
    },
    /// Hashing, renaming or writing the manifest failed.
    #[error("committing the outputs in {dir}: {what}")]
    Commit {
        /// The folder.
        dir: PathBuf,
        /// The step that failed.
        what: String,
        /// The cause.
        #[source]
        source: io::Error,
    },
}

/// An output folder being written; see the module docs.
pub struct OutputFolder {
    dir: PathBuf,
    staging: tempfile::TempDir,
    // Held (and the lock with it) until the run ends.
    _lock: File,
    removed: Vec<PathBuf>,
}

impl OutputFolder {
    /// Creates `dir` if needed, locks it, removes stale temporaries and
    /// creates the staging folder.
    ///
    /// # Errors
    /// [`OutDirError::Create`], [`OutDirError::Unwritable`], or
    /// [`OutDirError::Busy`] when another live run holds the lock.
    pub fn open(dir: &Path) -> Result<OutputFolder, OutDirError> {
        std::fs::create_dir_all(dir).map_err(|source| OutDirError::Create {
            dir: dir.to_path_buf(),
            source,
        })?;
        let unwritable = |source| OutDirError::Unwritable {
            dir: dir.to_path_buf(),
            source,
        };
        let lock = lock(dir)?;
        let removed = remove_stale_temps(dir).map_err(unwritable)?;
        let staging = temp_dir_in(dir).map_err(unwritable)?;
        Ok(OutputFolder {
            dir: dir.to_path_buf(),
            staging,
            _lock: lock,
            removed,
        })
    }

    /// Where the writers put the files.
    pub fn staging(&self) -> &Path {
        self.staging.path()
    }

    /// The stale temporaries removed on opening.
    pub fn removed(&self) -> &[PathBuf] {
        &self.removed
    }

    /// Commits every file in the staging folder (see the module docs);
    /// `caches` names those that are caches of graph.json. Returns the
    /// committed paths, the manifest last.
    ///
    /// # Errors
    /// [`OutDirError::Commit`] naming the step that failed; the folder is
    /// then the previous set (a failure before the first rename) or marked
    /// `committing`.
    pub fn commit(self, caches: &[&str]) -> Result<Vec<PathBuf>, OutDirError> {
        self.commit_known(caches, &[])
    }

    /// As [`OutputFolder::commit`], taking the size and hash of the staged
    /// files in `known` from there rather than reading them back (when the
    /// staged file has that size): a merge's ledger parts, hard links to
    /// its inputs' parts whose hash their name carries, are not read.
    ///
    /// # Errors
    /// As [`OutputFolder::commit`].
    pub fn commit_known(
        self,
        caches: &[&str],
        known: &[Entry],
    ) -> Result<Vec<PathBuf>, OutDirError> {
        let known: std::collections::HashMap<&str, &Entry> =
            known.iter().map(|e| (e.name.as_str(), e)).collect();
        let dir = self.dir.clone();
        let fail = |what: String| {
            let dir = dir.clone();
            move |source| OutDirError::Commit { dir, what, source }
        };
        let mut names = Vec::new();
        for e in
            std::fs::read_dir(self.staging()).map_err(fail("listing the staged files".into()))?
        {
            let e = e.map_err(fail("listing the staged files".into()))?;
            if let Some(n) = e.file_name().to_str() {
                names.push(n.to_string());
            }
        }
        // By name, graph.json last: a reader that knows no manifest sees a
        // new graph.json only once everything beside it is new.
        names.sort_by_key(|n| (n == GRAPH_JSON, n.clone()));
        let mut files = Vec::with_capacity(names.len());
        let mut cached = Vec::new();
        for n in &names {
            if caches.contains(&n.as_str()) {
                cached.push(n.clone());
                continue;
            }
            let path = self.staging().join(n);
            if let Some(k) = known.get(n.as_str()) {
                let size = std::fs::metadata(&path)
                    .map_err(fail(format!("reading back {n}")))?
                    .len();
                if size == k.size {
                    files.push((*k).clone());
                    continue;
                }
            }
            let (size, xxh3) =
                manifest::hash_file(&path).map_err(fail(format!("reading back {n}")))?;
            files.push(Entry {
                name: n.clone(),
                size,
                xxh3,
            });
        }
        // Best effort: an unreadable old manifest names no file to remove.
        let previous = manifest::read(&dir).ok().flatten();
        let mut faults = Faults::from_env();
        faults.step();
        let pending = Manifest::new(State::Committing, files.clone(), cached.clone());
        write_manifest(&dir, &pending).map_err(fail(format!("writing {MANIFEST_FILE}")))?;
        sync_dir(&dir);
        faults.step();
        let mut committed = Vec::with_capacity(names.len() + 1);
        for n in &names {
            let (from, to) = (self.staging().join(n), dir.join(n));
            narrow_mode(&from, &to)
                .and_then(|()| std::fs::rename(&from, &to))
                .map_err(fail(format!("renaming {n} into place")))?;
            committed.push(to);
            faults.step();
        }
        if let Some(previous) = previous {
            let old = previous.files.iter().map(|e| &e.name);
            for name in old.chain(&previous.caches) {
                if !pending.names(name) && name != MANIFEST_FILE && !name.contains('/') {
                    let _ = std::fs::remove_file(dir.join(name));
                }
            }
        }
        sync_dir(&dir);
        write_manifest(&dir, &Manifest::new(State::Complete, files, cached))
            .map_err(fail(format!("writing {MANIFEST_FILE}")))?;
        sync_dir(&dir);
        committed.push(dir.join(MANIFEST_FILE));
        faults.step();
        Ok(committed)
    }
}

/// Writes the manifest atomically (temporary file, sync, rename).
fn write_manifest(dir: &Path, m: &Manifest) -> io::Result<()> {
    super::atomic::write_file_atomic(&dir.join(MANIFEST_FILE), |w| {
        serde_json::to_writer_pretty(&mut *w, m)?;
        w.write_all(b"\n")
    })
}

/// Makes the renames in `dir` durable (best effort: some file systems
/// cannot sync a folder).
fn sync_dir(dir: &Path) {
    if let Ok(d) = File::open(dir) {
        let _ = d.sync_all();
    }
}

/// The test-only fault hook (see the module docs).
struct Faults {
    left: Option<u64>,
}

impl Faults {
    fn from_env() -> Faults {
        Faults {
            left: std::env::var(FAULT_ENV).ok().and_then(|v| v.parse().ok()),
        }
    }

    /// Called before the first commit and after each: dies when due.
    fn step(&mut self) {
        match &mut self.left {
            Some(0) => die(),
            Some(n) => *n -= 1,
            None => {}
        }
    }
}

/// Ends the process as `kill -9` would: no destructor, no cleanup.
fn die() -> ! {
    #[cfg(unix)]
    // SAFETY: kill(2) on our own process id has no memory effects.
    unsafe {
        libc::kill(libc::getpid(), libc::SIGKILL);
    }
    std::process::abort()
}

/// Opens and locks `dir`'s lock file, writing our process id into it.
fn lock(dir: &Path) -> Result<File, OutDirError> {
    let path = dir.join(LOCK_FILE);
    let unwritable = |source| OutDirError::Unwritable {
        dir: dir.to_path_buf(),
        source,
    };
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        // A link planted at the lock's name must not be followed.
        options.custom_flags(libc::O_NOFOLLOW);
    }
    // Another user's lock file in a shared folder: lock it read-only
    // (flock needs no write access), without recording our id.
    let (mut file, writable) = match options.open(&path) {
        Ok(f) => (f, true),
        Err(e) if e.kind() == io::ErrorKind::PermissionDenied => {
            (File::open(&path).map_err(|_| unwritable(e))?, false)
        }
        Err(e) => return Err(unwritable(e)),
    };
    match file.try_lock() {
        Ok(()) => {}
        Err(std::fs::TryLockError::WouldBlock) => {
            let text = std::fs::read_to_string(&path).unwrap_or_default();
            let holder = match text.trim().parse::<u32>() {
                Ok(pid) => format!("pid {pid}"),
                Err(_) => "a process".to_string(),
            };
            return Err(OutDirError::Busy {
                dir: dir.to_path_buf(),
                lock: path,
                holder,
            });
        }
        // A file system without locks: go on unlocked.
        Err(std::fs::TryLockError::Error(e)) if e.kind() == io::ErrorKind::Unsupported => {}
        Err(std::fs::TryLockError::Error(e)) => return Err(unwritable(e)),
    }
    if writable {
        file.set_len(0)
            .and_then(|()| writeln!(file, "{}", std::process::id()))
            .map_err(unwritable)?;
    }
    Ok(file)
}

/// Whose a temporary name is.
#[derive(Debug, PartialEq, Eq)]
enum Owner {
    Pid(u32),
    /// Named without a process id (by a version before ids were added).
    Unknown,
}

fn owner(name: &str) -> Option<Owner> {
    let rest = name.strip_prefix(TEMP_PREFIX)?.strip_suffix(TEMP_SUFFIX)?;
    match rest.split_once('-') {
        Some((pid, _)) if !pid.is_empty() && pid.bytes().all(|b| b.is_ascii_digit()) => {
            pid.parse().ok().map(Owner::Pid)
        }
        _ => Some(Owner::Unknown),
    }
}

/// Whether process `pid` is running; `None` when that cannot be told
/// (no `/proc`).
fn alive(pid: u32) -> Option<bool> {
    if pid == std::process::id() {
        return Some(true);
    }
    if !Path::new("/proc/self").exists() {
        return None;
    }
    Some(Path::new("/proc").join(pid.to_string()).exists())
}

/// Removes the temporary files and folders (`.gazegraph-*.tmp`) in `dir`
/// that belong to no running process: named with a process id that is not
/// running (checked in `/proc`; without `/proc` none is removed), or, for
/// names without an id, unmodified for
/// [`super::atomic::LEGACY_STALE_AFTER`]. A running process's files are
/// never removed. Returns what was removed.
///
/// # Errors
/// Fails when `dir` cannot be listed; a file that cannot be removed is
/// skipped.
pub fn remove_stale_temps(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut removed = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let Some(owner) = name.to_str().and_then(owner) else {
            continue;
        };
        let Ok(meta) = entry.path().symlink_metadata() else {
            continue;
        };
        let stale = match owner {
            Owner::Pid(pid) => alive(pid) == Some(false),
            Owner::Unknown => meta.modified().is_ok_and(|t| {
                SystemTime::now()
                    .duration_since(t)
                    .is_ok_and(|age| age >= super::atomic::LEGACY_STALE_AFTER)
            }),
        };
        if !stale {
            continue;
        }
        let path = entry.path();
        let gone = if meta.is_dir() {
            std::fs::remove_dir_all(&path)
        } else {
            std::fs::remove_file(&path)
        };
        if gone.is_ok() {
            removed.push(path);
        }
    }
    removed.sort();
    Ok(removed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temporary_names_carry_the_process_id() {
        assert_eq!(owner(".gazegraph-123-abcDEF.tmp"), Some(Owner::Pid(123)));
        assert_eq!(owner(".gazegraph-aB3xYz.tmp"), Some(Owner::Unknown));
        assert_eq!(owner(".gazegraph.lock"), None);
        assert_eq!(owner("graph.json"), None);
        let f = super::super::atomic::temp_builder()
            .tempfile_in(std::env::temp_dir())
            .unwrap();
        let name = f.path().file_name().unwrap().to_str().unwrap().to_string();
        assert_eq!(owner(&name), Some(Owner::Pid(std::process::id())));
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn stale_temporaries_go_and_live_ones_stay() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        // A process that has exited: its id is free (until reused).
        let mut child = std::process::Command::new("true").spawn().unwrap();
        let dead = child.id();
        child.wait().unwrap();
        let mine = super::super::atomic::temp_builder().tempfile_in(d).unwrap();
        let dead_file = d.join(format!(".gazegraph-{dead}-x1.tmp"));
        let dead_dir = d.join(format!(".gazegraph-{dead}-x2.tmp"));
        std::fs::write(&dead_file, "old").unwrap();
        std::fs::create_dir(&dead_dir).unwrap();
        std::fs::write(dead_dir.join("graph.json"), "{}").unwrap();
        // A live process that is not us: pid 1.
        let live = d.join(".gazegraph-1-x3.tmp");
        std::fs::write(&live, "live").unwrap();
        // Legacy names: a fresh one stays, an old one goes.
        let fresh = d.join(".gazegraph-AbC123.tmp");
        let old = d.join(".gazegraph-XyZ789.tmp");
        std::fs::write(&fresh, "").unwrap();
        let f = File::create(&old).unwrap();
        f.set_modified(SystemTime::now() - super::super::atomic::LEGACY_STALE_AFTER * 2)
            .unwrap();
        drop(f);
        std::fs::write(d.join("graph.json"), "{}").unwrap();
        let removed = remove_stale_temps(d).unwrap();
        let mut want = vec![dead_file, dead_dir, old];
        want.sort();
        assert_eq!(removed, want);
        assert!(mine.path().exists() && live.exists() && fresh.exists());
        assert!(d.join("graph.json").exists());
    }

    #[test]
    fn a_second_run_into_a_locked_folder_fails_naming_the_holder() {
        let dir = tempfile::tempdir().unwrap();
        let first = OutputFolder::open(dir.path()).unwrap();
        let err = OutputFolder::open(dir.path()).err().unwrap().to_string();
        assert!(err.contains(LOCK_FILE), "{err}");
        assert!(
            err.contains(&format!("pid {}", std::process::id())),
            "{err}"
        );
        drop(first);
        // Released with the first run.
        OutputFolder::open(dir.path()).unwrap();
    }

    #[test]
    fn commit_renames_the_set_and_writes_the_manifest_last() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        std::fs::write(d.join("graph.dot"), "stale").unwrap();
        let old = Manifest::new(
            State::Complete,
            vec![Entry {
                name: "graph.dot".into(),
                size: 5,
                xxh3: manifest::hash_file(&d.join("graph.dot")).unwrap().1,
            }],
            vec![],
        );
        write_manifest(d, &old).unwrap();
        let out = OutputFolder::open(d).unwrap();
        std::fs::write(out.staging().join("graph.json"), "{}").unwrap();
        std::fs::write(out.staging().join("graph.db"), "bin").unwrap();
        std::fs::write(out.staging().join("graph.docs.jsonl"), "").unwrap();
        let staging = out.staging().to_path_buf();
        let done = out.commit(&["graph.db"]).unwrap();
        let names: Vec<_> = done
            .iter()
            .map(|p| p.file_name().unwrap().to_str().unwrap())
            .collect();
        assert_eq!(
            names,
            ["graph.db", "graph.docs.jsonl", "graph.json", MANIFEST_FILE]
        );
        assert!(!staging.exists());
        // The old set's file this run did not write is gone.
        assert!(!d.join("graph.dot").exists());
        let m = manifest::read(d).unwrap().unwrap();
        assert_eq!(m.state, State::Complete);
        assert_eq!(m.caches, ["graph.db"]);
        assert!(m.entry("graph.db").is_none() && m.entry("graph.json").is_some());
        assert!(
            manifest::verify(&d.join("graph.json"), &["graph.docs.jsonl"], true)
                .unwrap()
                .is_some()
        );
    }
}

//! `graph.manifest.json`: which files make up one build (or merge) in an
//! output folder, so that a reader can tell a whole build from a folder
//! holding files of two builds.
//!
//! The manifest names every file the run wrote, with its size and its
//! XXH3-64 hash (the fast non-cryptographic hash of the `xxhash` family:
//! it catches a mixed or damaged folder, not deliberate tampering), and a
//! build id: the XXH3-128 hash of that list, so the same outputs give the
//! same id and the manifest is as deterministic as the files it names.
//!
//! A run commits its files in this order (see [`super::outdir`]): the
//! manifest of the new files marked `committing`, then each file, then the
//! manifest again marked `complete`. A kill at any point leaves either the
//! old complete set, the new complete set, or a manifest marked
//! `committing`, which every reader refuses ([`verify`]).

use serde::{Deserialize, Serialize};
use std::fmt;
use std::fs::File;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use xxhash_rust::xxh3::Xxh3;

pub use super::outputs::MANIFEST_FILE;

/// Version of the manifest's layout.
pub const MANIFEST_VERSION: u32 = 1;

/// Whether the files a manifest names are all in place.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum State {
    /// The files are being renamed into place: the folder mixes builds.
    Committing,
    /// Every named file is in place.
    Complete,
}

/// One file of the set.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    /// File name inside the output folder.
    pub name: String,
    /// Size in bytes.
    pub size: u64,
    /// XXH3-64 of the content, 16 lowercase hex digits.
    pub xxh3: String,
}

impl Entry {
    /// The entry of file `name` from its size and XXH3-64, as a writer that
    /// hashed the bytes on their way gives them.
    pub fn of_digest(name: &str, (size, hash): (u64, u64)) -> Entry {
        Entry {
            name: name.to_string(),
            size,
            xxh3: format!("{hash:016x}"),
        }
    }
}

/// The content of `graph.manifest.json`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Manifest {
    /// [`MANIFEST_VERSION`].
    pub gazegraph_manifest: u32,
    /// Whether the files are all in place.
    pub state: State,
    /// XXH3-128 of the file list, 32 lowercase hex digits.
    pub build: String,
    /// The hash of `files[].xxh3`: always `"xxh3-64"`.
    pub hash: String,
    /// The files, sorted by name.
    pub files: Vec<Entry>,
    /// Caches derived from graph.json that the run wrote, by name, sorted:
    /// their reader checks them against graph.json and rewrites them, so
    /// they have no size or hash here (nor a part in the build id).
    #[serde(default)]
    pub caches: Vec<String>,
}

impl Manifest {
    /// A manifest of `files` and `caches` (sorted here) in `state`.
    pub fn new(state: State, mut files: Vec<Entry>, mut caches: Vec<String>) -> Manifest {
        files.sort_by(|a, b| a.name.cmp(&b.name));
        caches.sort();
        let mut h = Xxh3::new();
        for f in &files {
            h.update(format!("{}\t{}\t{}\n", f.name, f.size, f.xxh3).as_bytes());
        }
        Manifest {
            gazegraph_manifest: MANIFEST_VERSION,
            state,
            build: format!("{:032x}", h.digest128()),
            hash: "xxh3-64".to_string(),
            files,
            caches,
        }
    }

    /// The entry for `name`.
    pub fn entry(&self, name: &str) -> Option<&Entry> {
        self.files.iter().find(|e| e.name == name)
    }

    /// Whether the manifest names `name`, as a file or a cache.
    pub fn names(&self, name: &str) -> bool {
        self.entry(name).is_some() || self.caches.iter().any(|c| c == name)
    }

    /// The build id shortened for messages.
    pub fn short_id(&self) -> &str {
        &self.build[..self.build.len().min(12)]
    }
}

/// Size and XXH3-64 (hex) of a file's content.
///
/// # Errors
/// Fails when the file cannot be read.
pub fn hash_file(path: &Path) -> io::Result<(u64, String)> {
    let (size, hash) = hash_read(&mut File::open(path)?, |_, _| {})?;
    Ok((size, format!("{hash:016x}")))
}

/// Size and XXH3-64 of everything `r` yields, in one pass of 1 MB reads;
/// `each` sees every chunk with its offset (for what else a caller takes
/// in the same pass).
///
/// # Errors
/// Fails when a read fails (an interrupted read is retried).
pub fn hash_read(r: &mut impl Read, mut each: impl FnMut(u64, &[u8])) -> io::Result<(u64, u64)> {
    let mut h = Xxh3::new();
    let mut buf = vec![0u8; 1 << 20];
    let mut size = 0u64;
    loop {
        let n = match r.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        let bytes = &buf[..n];
        h.update(bytes);
        each(size, bytes);
        size += n as u64;
    }
    Ok((size, h.digest()))
}

/// What is wrong with an output folder.
#[derive(Debug, thiserror::Error)]
pub enum ManifestError {
    /// The manifest exists but cannot be read or parsed.
    #[error("{path}: not a readable gazegraph manifest ({reason}); rebuild into this folder, or delete it to read the folder unchecked")]
    Unreadable {
        /// The manifest.
        path: PathBuf,
        /// Why.
        reason: String,
    },
    /// A run was stopped while renaming its files into place.
    #[error("{dir}: a build or merge into this folder was interrupted while committing its files ({MANIFEST_FILE} says `committing`): {detail}; run the build or merge again")]
    Interrupted {
        /// The output folder.
        dir: PathBuf,
        /// Which files are new and which are not.
        detail: String,
    },
    /// Files disagree with a complete manifest.
    #[error("{dir}: files of different builds ({MANIFEST_FILE} names build {build}): {detail}; rebuild into this folder (if you changed these files on purpose, delete {MANIFEST_FILE})")]
    Mixed {
        /// The output folder.
        dir: PathBuf,
        /// The manifest's build id (short).
        build: String,
        /// Each disagreeing file and how.
        detail: String,
    },
}

/// Reads the manifest of `dir`: `Ok(None)` when there is none (a folder
/// written by hand or by a version before manifests).
///
/// # Errors
/// [`ManifestError::Unreadable`] when it exists but is not a manifest.
pub fn read(dir: &Path) -> Result<Option<Manifest>, ManifestError> {
    let path = dir.join(MANIFEST_FILE);
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => {
            return Err(ManifestError::Unreadable {
                path,
                reason: e.to_string(),
            })
        }
    };
    serde_json::from_slice(&bytes)
        .map(Some)
        .map_err(|e| ManifestError::Unreadable {
            path,
            reason: e.to_string(),
        })
}

/// How a file on disk compares with its entry.
enum Check {
    Same,
    Missing,
    Size(u64),
    Content,
    Unreadable(String),
}

fn check(dir: &Path, e: &Entry, hash: bool) -> Check {
    let path = dir.join(&e.name);
    let size = match std::fs::metadata(&path) {
        Ok(m) => m.len(),
        Err(err) if err.kind() == io::ErrorKind::NotFound => return Check::Missing,
        Err(err) => return Check::Unreadable(err.to_string()),
    };
    if size != e.size {
        return Check::Size(size);
    }
    if !hash {
        return Check::Same;
    }
    match hash_file(&path) {
        Ok((_, h)) if h == e.xxh3 => Check::Same,
        Ok(_) => Check::Content,
        Err(err) => Check::Unreadable(err.to_string()),
    }
}

/// Checks that `graph` (a graph.json) and its siblings named in `also`
/// belong to the build its folder's manifest names: the manifest must be
/// `complete`, and each of these files that it lists must have the listed
/// size and, when `hash`, the listed content. Returns the manifest, or
/// `None` when the folder has none or it does not list `graph` (a file
/// that is not part of a build's set is not checked).
///
/// # Errors
/// [`ManifestError::Interrupted`] for a folder left mid-commit (naming the
/// files already new and those not), [`ManifestError::Mixed`] naming each
/// file that disagrees, [`ManifestError::Unreadable`] for a bad manifest.
pub fn verify(graph: &Path, also: &[&str], hash: bool) -> Result<Option<Manifest>, ManifestError> {
    let dir = match graph.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let Some(name) = graph.file_name().and_then(|n| n.to_str()) else {
        return Ok(None);
    };
    let Some(m) = read(dir)? else {
        return Ok(None);
    };
    if m.entry(name).is_none() {
        return Ok(None);
    }
    if m.state == State::Committing {
        // Rare, and worth a precise answer: compare every file in full.
        let (mut new, mut old) = (Vec::new(), Vec::new());
        for e in &m.files {
            match check(dir, e, true) {
                Check::Same => new.push(e.name.as_str()),
                _ => old.push(e.name.as_str()),
            }
        }
        let detail = match (new.is_empty(), old.is_empty()) {
            (_, true) => format!(
                "every file is from the new build ({}), but the run stopped before marking the set complete",
                new.join(", ")
            ),
            (true, false) => format!("no file is from the new build yet ({})", old.join(", ")),
            (false, false) => format!(
                "it mixes two builds: already from the new build: {}; not: {}",
                new.join(", "),
                old.join(", ")
            ),
        };
        return Err(ManifestError::Interrupted {
            dir: dir.to_path_buf(),
            detail,
        });
    }
    let mut bad = Vec::new();
    for n in std::iter::once(name).chain(also.iter().copied()) {
        let Some(e) = m.entry(n) else {
            continue;
        };
        let what = match check(dir, e, hash) {
            Check::Same => continue,
            Check::Missing => "missing".to_string(),
            Check::Size(s) => format!("{s} bytes where the manifest says {}", e.size),
            Check::Content => "content differs from the manifest (xxh3)".to_string(),
            Check::Unreadable(why) => format!("unreadable ({why})"),
        };
        bad.push(format!("{n}: {what}"));
    }
    if bad.is_empty() {
        Ok(Some(m))
    } else {
        Err(ManifestError::Mixed {
            dir: dir.to_path_buf(),
            build: m.short_id().to_string(),
            detail: bad.join("; "),
        })
    }
}

impl fmt::Display for State {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            State::Committing => "committing",
            State::Complete => "complete",
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(dir: &Path, name: &str, body: &str) -> Entry {
        std::fs::write(dir.join(name), body).unwrap();
        let (size, xxh3) = hash_file(&dir.join(name)).unwrap();
        Entry {
            name: name.to_string(),
            size,
            xxh3,
        }
    }

    fn save(dir: &Path, m: &Manifest) {
        std::fs::write(dir.join(MANIFEST_FILE), serde_json::to_vec(m).unwrap()).unwrap();
    }

    #[test]
    fn the_build_id_depends_on_the_files_only() {
        let dir = tempfile::tempdir().unwrap();
        let a = entry(dir.path(), "graph.json", "{}");
        let b = entry(dir.path(), "graph.dot", "digraph {}");
        let m1 = Manifest::new(State::Complete, vec![a.clone(), b.clone()], vec![]);
        let m2 = Manifest::new(State::Complete, vec![b, a.clone()], vec![]);
        assert_eq!(m1, m2);
        let m3 = Manifest::new(State::Complete, vec![a], vec![]);
        assert_ne!(m1.build, m3.build);
        assert_eq!(m1.build.len(), 32);
    }

    #[test]
    fn a_mixed_folder_is_refused_naming_the_files() {
        let dir = tempfile::tempdir().unwrap();
        let g = dir.path().join("graph.json");
        let files = vec![
            entry(dir.path(), "graph.json", "{\"a\": 1}"),
            entry(dir.path(), "graph.docs.jsonl", "{}\n"),
        ];
        // No manifest: not checked.
        assert!(verify(&g, &["graph.docs.jsonl"], true).unwrap().is_none());
        save(
            dir.path(),
            &Manifest::new(State::Complete, files.clone(), vec![]),
        );
        assert!(verify(&g, &["graph.docs.jsonl"], true).unwrap().is_some());
        // Same size, other content: caught by the hash only.
        std::fs::write(dir.path().join("graph.docs.jsonl"), "[]\n").unwrap();
        assert!(verify(&g, &[], true).is_ok());
        assert!(verify(&g, &["graph.docs.jsonl"], false).is_ok());
        let err = verify(&g, &["graph.docs.jsonl"], true)
            .unwrap_err()
            .to_string();
        assert!(err.contains("graph.docs.jsonl: content differs"), "{err}");
        std::fs::write(&g, "{}").unwrap();
        let err = verify(&g, &[], false).unwrap_err().to_string();
        assert!(
            err.contains("graph.json: 2 bytes where the manifest says 8"),
            "{err}"
        );
        // A committing manifest is refused whatever the files hold.
        save(dir.path(), &Manifest::new(State::Committing, files, vec![]));
        let err = verify(&g, &[], false).unwrap_err().to_string();
        assert!(err.contains("interrupted"), "{err}");
        assert!(
            err.contains("no file is from the new build yet (graph.docs.jsonl, graph.json)"),
            "{err}"
        );
        // A manifest that is not one.
        std::fs::write(dir.path().join(MANIFEST_FILE), "nope").unwrap();
        let err = verify(&g, &[], false).unwrap_err().to_string();
        assert!(err.contains("not a readable gazegraph manifest"), "{err}");
    }

    #[test]
    fn a_file_the_manifest_does_not_list_is_not_checked() {
        let dir = tempfile::tempdir().unwrap();
        let files = vec![entry(dir.path(), "graph.json", "{}")];
        save(dir.path(), &Manifest::new(State::Committing, files, vec![]));
        std::fs::write(dir.path().join("other.json"), "{}").unwrap();
        assert!(verify(&dir.path().join("other.json"), &[], true)
            .unwrap()
            .is_none());
    }
}

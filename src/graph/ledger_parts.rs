//! The ledger in parts: what lets a tree merge's root step grow with the
//! graph rather than with the corpus.
//!
//! `build` writes its ledger as one file (`graph.docs.jsonl`). `merge`
//! writes it in parts: `graph.docs.<hex>.jsonl`, `<hex>` being the part's
//! XXH3-64 (the hash the manifest lists for it), each beside its id index
//! `graph.docs.<hex>.idx`. A merge hard-links (or copies, where no link
//! can be made) every input part into its output unchanged, and rewrites
//! only a part holding a copy of a recurring id that does not count (an
//! older version, or an extra copy of the winner). Finding the recurring
//! ids reads only the indexes, merged as sorted streams (one cursor per
//! part in memory), and then each recurring copy's line at its offset. A
//! single-file ledger (a build's) is read once, to index it; its part is
//! then a link to it.
//!
//! Index format, little-endian: the 8 bytes `GGLIDX1\n`, the part's size
//! in bytes (u64), then one 24-byte entry per ledger line: the id's
//! [`id_hash`] (u128) and the line's byte offset (u64), sorted.

use crate::base::manifest::{Entry, Manifest};
use crate::base::outputs::{ledger_part_hex, LEDGER_FILE, LEDGER_PART_PREFIX};
use crate::graph::ledger::{id_hash, LedgerDoc, LedgerError};
use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, HashSet};
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use xxhash_rust::xxh3::Xxh3;

const MAGIC: &[u8; 8] = b"GGLIDX1\n";
const HEADER: u64 = 16;
const ENTRY: u64 = 24;

/// The file name of the ledger part whose XXH3-64 is `hex`.
pub fn part_name(hex: &str) -> String {
    format!("{LEDGER_PART_PREFIX}{hex}.jsonl")
}

/// The file name of the index of the part whose XXH3-64 is `hex`.
pub fn index_name(hex: &str) -> String {
    format!("{LEDGER_PART_PREFIX}{hex}.idx")
}

/// Where a graph folder's ledger is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Layout {
    /// No ledger.
    None,
    /// One file, `graph.docs.jsonl` (what `build` writes).
    Single(PathBuf),
    /// Parts (what `merge` writes).
    Parts {
        /// The graph folder.
        dir: PathBuf,
        /// The parts' hashes, sorted.
        hexes: Vec<String>,
    },
}

impl Layout {
    /// The file names the ledger consists of: parts and indexes, or the
    /// single file.
    pub fn file_names(&self) -> Vec<String> {
        match self {
            Layout::None => Vec::new(),
            Layout::Single(_) => vec![LEDGER_FILE.to_string()],
            Layout::Parts { hexes, .. } => hexes
                .iter()
                .flat_map(|h| [part_name(h), index_name(h)])
                .collect(),
        }
    }
}

/// Finds the ledger of the graph folder `dir`: as `manifest` lists it
/// (the folder's, when it has one that names its graph.json), else from
/// what the folder holds. Parts win over a single file.
///
/// # Errors
/// Fails when the folder cannot be listed.
pub fn locate(dir: &Path, manifest: Option<&Manifest>) -> io::Result<Layout> {
    let names: Vec<String> = match manifest {
        Some(m) => m.files.iter().map(|e| e.name.clone()).collect(),
        None => {
            let mut v = Vec::new();
            for e in std::fs::read_dir(dir)? {
                if let Some(n) = e?.file_name().to_str() {
                    v.push(n.to_string());
                }
            }
            v
        }
    };
    let mut hexes: Vec<String> = names
        .iter()
        .filter_map(|n| ledger_part_hex(n, false))
        .map(String::from)
        .collect();
    hexes.sort();
    hexes.dedup();
    if !hexes.is_empty() {
        return Ok(Layout::Parts {
            dir: dir.to_path_buf(),
            hexes,
        });
    }
    let single = dir.join(LEDGER_FILE);
    if names.iter().any(|n| n == LEDGER_FILE) && (manifest.is_some() || single.is_file()) {
        return Ok(Layout::Single(single));
    }
    Ok(Layout::None)
}

/// Streams every ledger line of `layout` to `f`, part by part.
///
/// # Errors
/// Fails on a read error or a malformed line (named `file:line`).
pub fn for_each_doc(layout: &Layout, mut f: impl FnMut(LedgerDoc)) -> Result<(), LedgerError> {
    let files: Vec<PathBuf> = match layout {
        Layout::None => Vec::new(),
        Layout::Single(p) => vec![p.clone()],
        Layout::Parts { dir, hexes } => hexes.iter().map(|h| dir.join(part_name(h))).collect(),
    };
    for p in files {
        let name = p.display().to_string();
        let file = File::open(&p).map_err(io_err(&name))?;
        crate::graph::ledger::for_each(BufReader::new(file), &name, &mut f)?;
    }
    Ok(())
}

fn io_err(name: &str) -> impl Fn(io::Error) -> LedgerError + '_ {
    move |source| LedgerError::Io {
        name: name.to_string(),
        source,
    }
}

fn bad_index(name: &Path, reason: impl Into<String>) -> LedgerError {
    LedgerError::Index {
        name: name.display().to_string(),
        reason: reason.into(),
    }
}

/// Only the id of a ledger line (the rest is skipped, not built).
#[derive(serde::Deserialize)]
struct IdOnly<'a> {
    #[serde(borrow)]
    id: std::borrow::Cow<'a, str>,
}

fn line_id(line: &[u8], name: &str, lineno: u64) -> Result<u128, LedgerError> {
    serde_json::from_slice::<IdOnly>(line)
        .map(|d| id_hash(&d.id))
        .map_err(|source| LedgerError::Parse {
            name: name.to_string(),
            line: lineno,
            source,
        })
}

fn blank(line: &[u8]) -> bool {
    line.iter().all(u8::is_ascii_whitespace)
}

/// Where a part's index is.
#[derive(Debug)]
enum Index {
    /// An index file beside the part.
    File(PathBuf),
    /// Made by reading a single-file ledger.
    Memory(Vec<(u128, u64)>),
}

/// One part of an input's ledger.
#[derive(Debug)]
struct Part {
    path: PathBuf,
    hex: String,
    size: u64,
    index: Index,
}

/// One merge input's ledger, ready to merge: its parts and their indexes.
#[derive(Debug, Default)]
pub struct InputLedger {
    parts: Vec<Part>,
}

impl InputLedger {
    /// Opens the ledger at `layout`. A single file is read once here
    /// (hashed and indexed); parts are not read.
    ///
    /// # Errors
    /// Fails when a file cannot be read or a single file's line is not a
    /// ledger record.
    pub fn open(layout: &Layout) -> Result<InputLedger, LedgerError> {
        let parts = match layout {
            Layout::None => Vec::new(),
            Layout::Single(path) => index_single(path)?.into_iter().collect(),
            Layout::Parts { dir, hexes } => {
                let mut parts = Vec::with_capacity(hexes.len());
                for hex in hexes {
                    let path = dir.join(part_name(hex));
                    let name = path.display().to_string();
                    let size = std::fs::metadata(&path).map_err(io_err(&name))?.len();
                    parts.push(Part {
                        path,
                        hex: hex.clone(),
                        size,
                        index: Index::File(dir.join(index_name(hex))),
                    });
                }
                parts
            }
        };
        Ok(InputLedger { parts })
    }
}

/// Reads a single-file ledger once: its hash, size and index. `None` for
/// an empty file.
fn index_single(path: &Path) -> Result<Option<Part>, LedgerError> {
    let name = path.display().to_string();
    let mut r = BufReader::new(File::open(path).map_err(io_err(&name))?);
    let mut h = Xxh3::new();
    let (mut entries, mut line, mut offset, mut lineno) = (Vec::new(), Vec::new(), 0u64, 0u64);
    loop {
        line.clear();
        let n = r.read_until(b'\n', &mut line).map_err(io_err(&name))?;
        if n == 0 {
            break;
        }
        lineno += 1;
        h.update(&line);
        if !blank(&line) {
            entries.push((line_id(&line, &name, lineno)?, offset));
        }
        offset += n as u64;
    }
    if offset == 0 {
        return Ok(None);
    }
    entries.sort_unstable();
    Ok(Some(Part {
        path: path.to_path_buf(),
        hex: format!("{:016x}", h.digest()),
        size: offset,
        index: Index::Memory(entries),
    }))
}

/// A sorted stream of one part's index entries.
enum Cursor<'a> {
    File {
        r: BufReader<File>,
        path: &'a Path,
        left: u64,
        size: u64,
    },
    Memory(std::slice::Iter<'a, (u128, u64)>),
}

impl<'a> Cursor<'a> {
    fn open(part: &'a Part) -> Result<Cursor<'a>, LedgerError> {
        match &part.index {
            Index::Memory(v) => Ok(Cursor::Memory(v.iter())),
            Index::File(path) => {
                let name = path.display().to_string();
                let f = File::open(path).map_err(io_err(&name))?;
                let len = f.metadata().map_err(io_err(&name))?.len();
                let mut r = BufReader::new(f);
                let mut head = [0u8; HEADER as usize];
                if len < HEADER || !(len - HEADER).is_multiple_of(ENTRY) {
                    return Err(bad_index(
                        path,
                        format!("{len} bytes is not a header and whole entries"),
                    ));
                }
                r.read_exact(&mut head).map_err(io_err(&name))?;
                if &head[..8] != MAGIC {
                    return Err(bad_index(path, "not a gazegraph ledger index"));
                }
                let indexed = u64::from_le_bytes(head[8..].try_into().unwrap_or_default());
                if indexed != part.size {
                    return Err(bad_index(
                        path,
                        format!(
                            "it indexes a part of {indexed} bytes, and {} has {}",
                            part.path.display(),
                            part.size
                        ),
                    ));
                }
                Ok(Cursor::File {
                    r,
                    path,
                    left: (len - HEADER) / ENTRY,
                    size: part.size,
                })
            }
        }
    }

    fn next(&mut self) -> Result<Option<(u128, u64)>, LedgerError> {
        match self {
            Cursor::Memory(it) => Ok(it.next().copied()),
            Cursor::File {
                r,
                path,
                left,
                size,
            } => {
                if *left == 0 {
                    return Ok(None);
                }
                *left -= 1;
                let mut e = [0u8; ENTRY as usize];
                r.read_exact(&mut e)
                    .map_err(io_err(&path.display().to_string()))?;
                let hash = u128::from_le_bytes(e[..16].try_into().unwrap_or_default());
                let offset = u64::from_le_bytes(e[16..].try_into().unwrap_or_default());
                if offset >= *size {
                    return Err(bad_index(path, format!("offset {offset} beyond the part")));
                }
                Ok(Some((hash, offset)))
            }
        }
    }
}

/// Where one copy of a recurring id is: input, part of its ledger, byte
/// offset of the line.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct CopyAt {
    /// Index of the input.
    pub input: usize,
    /// Index of the part in that input's ledger.
    pub part: usize,
    /// Byte offset of the ledger line.
    pub offset: u64,
}

/// The copies of every id hash found more than once over `inputs`, each
/// group in (input, part, offset) order, groups by hash. Reads only the
/// indexes, holding one entry per part besides the groups.
///
/// # Errors
/// Fails on an unreadable or malformed index.
pub fn recurring(inputs: &[InputLedger]) -> Result<Vec<Vec<CopyAt>>, LedgerError> {
    let mut cursors = Vec::new();
    let mut heap = BinaryHeap::new();
    for (input, l) in inputs.iter().enumerate() {
        for (part, p) in l.parts.iter().enumerate() {
            let mut c = Cursor::open(p)?;
            if let Some((h, offset)) = c.next()? {
                heap.push(Reverse((h, input, part, offset, cursors.len())));
            }
            cursors.push(c);
        }
    }
    let mut groups = Vec::new();
    let mut run: Vec<CopyAt> = Vec::new();
    let mut run_hash = None;
    while let Some(Reverse((h, input, part, offset, c))) = heap.pop() {
        if run_hash != Some(h) {
            if run.len() > 1 {
                groups.push(std::mem::take(&mut run));
            }
            run.clear();
            run_hash = Some(h);
        }
        run.push(CopyAt {
            input,
            part,
            offset,
        });
        if let Some((h2, o2)) = cursors[c].next()? {
            heap.push(Reverse((h2, input, part, o2, c)));
        }
    }
    if run.len() > 1 {
        groups.push(run);
    }
    Ok(groups)
}

/// The ledger line of one copy.
///
/// # Errors
/// Fails when the part cannot be read or the line is not a ledger record.
pub fn read_copy(inputs: &[InputLedger], at: CopyAt) -> Result<LedgerDoc, LedgerError> {
    let part = inputs
        .get(at.input)
        .and_then(|l| l.parts.get(at.part))
        .ok_or_else(|| LedgerError::Io {
            name: format!("input {}", at.input),
            source: io::Error::new(io::ErrorKind::NotFound, "no such ledger part"),
        })?;
    let name = part.path.display().to_string();
    let mut f = File::open(&part.path).map_err(io_err(&name))?;
    f.seek(SeekFrom::Start(at.offset)).map_err(io_err(&name))?;
    let mut line = Vec::new();
    BufReader::new(f)
        .read_until(b'\n', &mut line)
        .map_err(io_err(&name))?;
    serde_json::from_slice(&line).map_err(|source| LedgerError::At {
        name,
        offset: at.offset,
        source,
    })
}

/// Writes the merged ledger's parts into `dir` (a staging folder): every
/// input part linked in unchanged, except those holding a `dropped` copy,
/// which are rewritten without it (and left out when nothing is left).
/// Returns the parts' manifest entries (their hash is their name).
///
/// # Errors
/// Fails on read and write errors, naming the file.
pub fn write_merged(
    inputs: &[InputLedger],
    dropped: &HashSet<CopyAt>,
    dir: &Path,
) -> Result<Vec<Entry>, LedgerError> {
    let mut drops: HashMap<(usize, usize), HashSet<u64>> = HashMap::new();
    for c in dropped {
        drops.entry((c.input, c.part)).or_default().insert(c.offset);
    }
    let mut entries = Vec::new();
    for (i, l) in inputs.iter().enumerate() {
        for (j, p) in l.parts.iter().enumerate() {
            let entry = match drops.get(&(i, j)) {
                None => link_part(p, dir)?,
                Some(skip) => rewrite_part(p, skip, dir)?,
            };
            entries.extend(entry);
        }
    }
    if entries.is_empty() {
        // No document at all: an empty part still says "a ledger, empty".
        entries.extend(write_part(dir, &[], Vec::new())?);
    }
    entries.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(entries)
}

/// Links (or copies) a part and its index into `dir` unchanged.
fn link_part(p: &Part, dir: &Path) -> Result<Option<Entry>, LedgerError> {
    let name = part_name(&p.hex);
    let target = dir.join(&name);
    // The same bytes under the same name are already there (two inputs
    // holding one part): once is enough.
    if target.exists() {
        return Ok(None);
    }
    link_or_copy(&p.path, &target)?;
    let index = dir.join(index_name(&p.hex));
    match &p.index {
        Index::File(from) => link_or_copy(from, &index)?,
        Index::Memory(v) => write_index(&index, p.size, v)?,
    }
    Ok(Some(Entry {
        name,
        size: p.size,
        xxh3: p.hex.clone(),
    }))
}

fn link_or_copy(from: &Path, to: &Path) -> Result<(), LedgerError> {
    if std::fs::hard_link(from, to).is_ok() {
        return Ok(());
    }
    // Another file system, or one without links: a copy, synced as every
    // staged file is.
    let name = to.display().to_string();
    std::fs::copy(from, to)
        .and_then(|_| File::open(to)?.sync_all())
        .map_err(io_err(&name))
}

/// Rewrites part `p` without the lines at `skip` into `dir`, streaming
/// (only the kept lines' index entries are held).
fn rewrite_part(p: &Part, skip: &HashSet<u64>, dir: &Path) -> Result<Option<Entry>, LedgerError> {
    let name = p.path.display().to_string();
    let mut r = BufReader::new(File::open(&p.path).map_err(io_err(&name))?);
    let (mut index, mut line) = (Vec::new(), Vec::new());
    let (mut offset, mut lineno, mut written) = (0u64, 0u64, 0u64);
    let mut h = Xxh3::new();
    // The part's name is its hash, known at the end: a scratch name first
    // (inside the staging folder, so a crash leaves nothing behind).
    let scratch = dir.join(format!(".rewrite-{}-{}", p.hex, std::process::id()));
    let scratch_name = scratch.display().to_string();
    write_synced(&scratch, |w| {
        loop {
            line.clear();
            // A read error names the part, not the scratch file.
            let n = r.read_until(b'\n', &mut line).map_err(|source| {
                io::Error::other(LedgerError::Io {
                    name: name.clone(),
                    source,
                })
            })?;
            if n == 0 {
                break;
            }
            lineno += 1;
            if !blank(&line) && !skip.contains(&offset) {
                let id = line_id(&line, &name, lineno).map_err(io::Error::other)?;
                index.push((id, written));
                if !line.ends_with(b"\n") {
                    line.push(b'\n');
                }
                h.update(&line);
                w.write_all(&line)?;
                written += line.len() as u64;
            }
            offset += n as u64;
        }
        Ok(())
    })
    .map_err(|e| match e {
        LedgerError::Io { source, .. } => match source.downcast::<LedgerError>() {
            Ok(inner) => inner,
            Err(source) => LedgerError::Io {
                name: scratch_name.clone(),
                source,
            },
        },
        other => other,
    })?;
    if written == 0 {
        std::fs::remove_file(&scratch).map_err(io_err(&scratch_name))?;
        return Ok(None);
    }
    let hex = format!("{:016x}", h.digest());
    let path = dir.join(part_name(&hex));
    std::fs::rename(&scratch, &path).map_err(io_err(&scratch_name))?;
    index.sort_unstable();
    write_index(&dir.join(index_name(&hex)), written, &index)?;
    Ok(Some(Entry {
        name: part_name(&hex),
        size: written,
        xxh3: hex,
    }))
}

/// Writes a part holding `bytes` (small: the empty ledger), and its
/// index, into `dir`.
fn write_part(
    dir: &Path,
    bytes: &[u8],
    mut index: Vec<(u128, u64)>,
) -> Result<Option<Entry>, LedgerError> {
    let hex = format!("{:016x}", xxhash_rust::xxh3::xxh3_64(bytes));
    let name = part_name(&hex);
    let path = dir.join(&name);
    write_synced(&path, |w| w.write_all(bytes))?;
    index.sort_unstable();
    write_index(&dir.join(index_name(&hex)), bytes.len() as u64, &index)?;
    Ok(Some(Entry {
        name,
        size: bytes.len() as u64,
        xxh3: hex,
    }))
}

fn write_index(path: &Path, part_size: u64, entries: &[(u128, u64)]) -> Result<(), LedgerError> {
    write_synced(path, |w| {
        w.write_all(MAGIC)?;
        w.write_all(&part_size.to_le_bytes())?;
        for (h, o) in entries {
            w.write_all(&h.to_le_bytes())?;
            w.write_all(&o.to_le_bytes())?;
        }
        Ok(())
    })
}

fn write_synced(
    path: &Path,
    body: impl FnOnce(&mut BufWriter<&File>) -> io::Result<()>,
) -> Result<(), LedgerError> {
    let name = path.display().to_string();
    let file = File::create(path).map_err(io_err(&name))?;
    let mut w = BufWriter::new(&file);
    body(&mut w)
        .and_then(|()| w.flush())
        .map_err(io_err(&name))?;
    drop(w);
    file.sync_all().map_err(io_err(&name))
}

#[cfg(test)]
mod tests;

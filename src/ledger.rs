//! The document ledger (`graph.docs.jsonl`): one line per document with
//! what it contributed to the graph. `build` streams it to disk as it goes,
//! so it costs no memory; `merge` reads it to count a document that appears
//! in several shards exactly once.

use crate::graph::DocInfo;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::Path;

/// File name of the ledger beside graph.json.
pub const LEDGER_FILE: &str = "graph.docs.jsonl";

/// What one document contributed to one entity.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EntityShare {
    /// Entity id.
    pub id: String,
    /// Mentions in the document.
    pub mentions: u64,
    /// Surface forms with counts.
    pub surface: BTreeMap<String, u64>,
}

/// What one document contributed to one edge's weight.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct EdgeShare {
    /// Edge kind.
    pub kind: String,
    /// Source entity id (smaller id first for undirected edges).
    pub source: String,
    /// Target entity id.
    pub target: String,
    /// Windows (co-occurrence) or evidence sentences (relations).
    pub weight: u64,
}

/// One ledger line.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct LedgerDoc {
    /// Document metadata.
    #[serde(flatten)]
    pub info: DocInfo,
    /// Entity contributions, sorted by id.
    pub entities: Vec<EntityShare>,
    /// Edge contributions, sorted by (kind, source, target).
    pub edges: Vec<EdgeShare>,
}

/// Writes one ledger line.
///
/// # Errors
/// Returns write errors.
pub fn write_line(w: &mut impl Write, doc: &LedgerDoc) -> io::Result<()> {
    serde_json::to_writer(&mut *w, doc)?;
    w.write_all(b"\n")
}

/// A 128-bit hash of a document id (two independent 64-bit SipHashes with
/// fixed keys, so it is the same in every run): collisions are negligible
/// even over billions of documents.
pub fn id_hash(id: &str) -> u128 {
    use std::hash::{Hash, Hasher};
    let mut a = std::hash::DefaultHasher::new();
    id.hash(&mut a);
    let mut b = std::hash::DefaultHasher::new();
    0x9e37_79b9_7f4a_7c15u64.hash(&mut b);
    id.hash(&mut b);
    (u128::from(a.finish()) << 64) | u128::from(b.finish())
}

/// Document metadata spooled to an unnamed temporary file while a build
/// runs, so that the metadata of the documents graph.json lists can be
/// read back at the end without keeping every document's metadata in
/// memory, and without parsing the ledger again. Records are
/// length-prefixed strings; the file disappears when the spool is dropped
/// (or the process ends).
#[derive(Debug)]
pub struct MetaSpool {
    w: BufWriter<File>,
}

impl MetaSpool {
    /// A spool in `dir` (the output folder: the same file system as the
    /// outputs, not a possibly memory-backed /tmp).
    ///
    /// # Errors
    /// Fails when no temporary file can be created in `dir`.
    pub fn new(dir: &Path) -> io::Result<MetaSpool> {
        Ok(MetaSpool {
            w: BufWriter::with_capacity(1 << 16, tempfile::tempfile_in(dir)?),
        })
    }

    /// Appends one document's metadata.
    ///
    /// # Errors
    /// Returns write errors.
    pub fn push(&mut self, d: &DocInfo) -> io::Result<()> {
        put_str(&mut self.w, &d.id)?;
        for v in [&d.title, &d.date, &d.url] {
            match v {
                Some(v) => {
                    self.w.write_all(&[1])?;
                    put_str(&mut self.w, v)?;
                }
                None => self.w.write_all(&[0])?,
            }
        }
        Ok(())
    }

    /// The metadata of the documents whose id `keep` accepts, in the
    /// order they were pushed.
    ///
    /// # Errors
    /// Returns read and write errors, and `InvalidData` for a damaged file.
    pub fn read_back(self, keep: impl Fn(&str) -> bool) -> io::Result<Vec<DocInfo>> {
        let mut f = self.w.into_inner().map_err(|e| e.into_error())?;
        f.seek(SeekFrom::Start(0))?;
        let mut r = BufReader::with_capacity(1 << 16, f);
        let mut docs = Vec::new();
        while let Some(id) = get_str(&mut r, true)? {
            let mut opt = || -> io::Result<Option<String>> {
                let mut flag = [0u8; 1];
                r.read_exact(&mut flag)?;
                match flag[0] {
                    0 => Ok(None),
                    _ => get_str(&mut r, false),
                }
            };
            let (title, date, url) = (opt()?, opt()?, opt()?);
            if keep(&id) {
                docs.push(DocInfo {
                    id,
                    title,
                    date,
                    url,
                });
            }
        }
        Ok(docs)
    }
}

fn put_str(w: &mut impl Write, s: &str) -> io::Result<()> {
    let n = u32::try_from(s.len()).map_err(|_| io::Error::other("metadata field over 4 GiB"))?;
    w.write_all(&n.to_le_bytes())?;
    w.write_all(s.as_bytes())
}

/// The next string, or `None` at a clean end of file when `at_record`.
fn get_str(r: &mut impl BufRead, at_record: bool) -> io::Result<Option<String>> {
    if at_record && r.fill_buf()?.is_empty() {
        return Ok(None);
    }
    let mut n = [0u8; 4];
    r.read_exact(&mut n)?;
    let mut v = vec![0u8; u32::from_le_bytes(n) as usize];
    r.read_exact(&mut v)?;
    String::from_utf8(v)
        .map(Some)
        .map_err(|e| io::Error::new(io::ErrorKind::InvalidData, e))
}

/// Errors reading a ledger.
#[derive(Debug, thiserror::Error)]
pub enum LedgerError {
    /// The file could not be read.
    #[error("{name}: {source}")]
    Io {
        /// File name.
        name: String,
        /// The I/O error.
        source: io::Error,
    },
    /// A line is not a ledger record.
    #[error("{name}:{line}: {source}")]
    Parse {
        /// File name.
        name: String,
        /// 1-based line number.
        line: u64,
        /// The JSON error.
        source: serde_json::Error,
    },
}

/// Streams the ledger lines of `r` to `f`.
///
/// # Errors
/// Fails on a read error or a malformed line (named `name:line`).
pub fn for_each(
    r: impl BufRead,
    name: &str,
    mut f: impl FnMut(LedgerDoc),
) -> Result<(), LedgerError> {
    for (i, line) in r.lines().enumerate() {
        let line = line.map_err(|source| LedgerError::Io {
            name: name.to_string(),
            source,
        })?;
        if line.trim().is_empty() {
            continue;
        }
        let doc = serde_json::from_str(&line).map_err(|source| LedgerError::Parse {
            name: name.to_string(),
            line: i as u64 + 1,
            source,
        })?;
        f(doc);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spool_reads_back_the_kept_documents() {
        let dir = tempfile::tempdir().unwrap();
        let mut spool = MetaSpool::new(dir.path()).unwrap();
        let docs: Vec<DocInfo> = (0..5)
            .map(|i| DocInfo {
                id: format!("d{i}"),
                title: (i % 2 == 0).then(|| format!("T\u{e9}tre \"{i}\"\n")),
                date: (i == 3).then(|| "2024-01-02".to_string()),
                url: (i > 1).then(String::new),
            })
            .collect();
        for d in &docs {
            spool.push(d).unwrap();
        }
        let back = spool.read_back(|id| id != "d1").unwrap();
        let want: Vec<DocInfo> = docs.into_iter().filter(|d| d.id != "d1").collect();
        assert_eq!(back, want);
        // Unnamed: nothing is left in the folder.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn round_trips_and_names_bad_lines() {
        let doc = LedgerDoc {
            info: DocInfo {
                id: "d1".into(),
                ..DocInfo::default()
            },
            entities: vec![EntityShare {
                id: "x".into(),
                mentions: 2,
                surface: BTreeMap::new(),
            }],
            edges: vec![],
        };
        let mut buf = Vec::new();
        write_line(&mut buf, &doc).unwrap();
        buf.extend_from_slice(b"\n{oops\n");
        let mut seen = Vec::new();
        let err = for_each(&buf[..], "l.jsonl", |d| seen.push(d)).unwrap_err();
        assert_eq!(seen, vec![doc]);
        assert!(err.to_string().starts_with("l.jsonl:3:"), "{err}");
    }
}

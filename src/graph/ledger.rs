//! The document ledger (`graph.docs.jsonl`): one line per document with
//! what it contributed to the graph. `build` streams it to disk as it goes,
//! so it costs no memory; `merge` reads it to count a document that appears
//! in several shards exactly once.

use crate::graph::DocInfo;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::{self, BufRead, Write};

/// File name of the ledger beside graph.json.
pub use crate::base::outputs::LEDGER_FILE;

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
    /// Which copy of a repeated id counts: the greatest version wins
    /// (`Document::version` in `ingest`; empty in ledgers written before
    /// it existed, which sorts lowest).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub version: String,
    /// The id was made up from an unnamed standard input's position:
    /// another shard's `-:1` is another document, so `merge` refuses it.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub stdin: bool,
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
    /// The line at a byte offset of a ledger part is not a ledger record.
    #[error("{name}: the line at byte {offset}: {source}")]
    At {
        /// File name.
        name: String,
        /// Byte offset of the line.
        offset: u64,
        /// The JSON error.
        source: serde_json::Error,
    },
    /// A ledger part's index is damaged or does not match its part.
    #[error("{name}: {reason}; merge the inputs of this graph again")]
    Index {
        /// File name of the index.
        name: String,
        /// What is wrong.
        reason: String,
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
    fn round_trips_and_names_bad_lines() {
        let doc = LedgerDoc {
            info: DocInfo {
                id: "d1".into(),
                ..DocInfo::default()
            },
            version: "#00".into(),
            stdin: true,
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

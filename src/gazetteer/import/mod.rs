//! Importers: gazetteer records made from other formats, written as the
//! JSON Lines entity records the loader reads (`gazetteer/README.md`).
//!
//! In: a Wikidata JSON dump (one entity a line, with or without the `[`/`,`
//! array framing; plain, gzip or bzip2) or Query Service JSON results
//! ([`wikidata`]); spaCy EntityRuler pattern files ([`spacy`]). Out:
//! [`ImportRecord`]s handed to a callback one at a time, so a dump of any
//! size streams in constant memory. What is skipped is counted, and every
//! problem names its `file:line`. Which Wikidata classes give which type is
//! data (`gazetteer/import-wikidata.tsv`), not code.

use crate::base::types::EntityType;
use serde::Serialize;
use std::io::{BufRead, BufReader, Read};

pub mod spacy;
mod sparql;
pub mod wikidata;

/// The built-in Wikidata class mapping (`gazetteer/import-wikidata.tsv`).
pub const BUILTIN_CLASSES: &str = include_str!("../../../gazetteer/import-wikidata.tsv");

/// One entity record as the importers write it (a line of `*.jsonl`).
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ImportRecord {
    /// Stable id, unique in the output.
    pub id: String,
    /// Canonical display name.
    pub name: String,
    /// Person, place or organisation.
    #[serde(rename = "type")]
    pub etype: EntityType,
    /// Wikidata id, where known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub qid: Option<String>,
    /// Other full names (labels and aliases), the name excluded.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// The languages the names were taken from (sorted), for `gazetteer
    /// stats`; the loader ignores it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub lang: Vec<String>,
}

impl ImportRecord {
    /// The record as one line of JSON (no newline).
    pub fn to_json(&self) -> String {
        // A struct of strings always serialises.
        serde_json::to_string(self).unwrap_or_default()
    }
}

/// A problem that stops an import.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The input could not be read.
    #[error("{path}: {message}")]
    Io {
        /// The input as named.
        path: String,
        /// The reason.
        message: String,
    },
    /// The input is not in the expected format.
    #[error("{location}: {message}")]
    Format {
        /// `file:line` (or the file alone).
        location: String,
        /// What was wrong.
        message: String,
    },
    /// A mapping file (classes or labels) is malformed.
    #[error("{location}: {message}")]
    Mapping {
        /// `file:line`.
        location: String,
        /// What was wrong.
        message: String,
    },
}

/// Compression of an input, decided by its name, else by its first bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Compression {
    /// Plain text.
    None,
    /// gzip (`.gz`), any number of members.
    Gzip,
    /// bzip2 (`.bz2`), any number of streams.
    Bzip2,
}

impl Compression {
    /// By file name (`-` and other names: by content, see [`open_reader`]).
    pub fn of_name(name: &str) -> Option<Compression> {
        let lower = name.to_ascii_lowercase();
        if lower.ends_with(".gz") {
            Some(Compression::Gzip)
        } else if lower.ends_with(".bz2") {
            Some(Compression::Bzip2)
        } else {
            None
        }
    }
}

/// Wraps `reader` in the decoder its name or magic bytes call for
/// (gzip `1f 8b`, bzip2 `BZh`); a plain reader otherwise.
///
/// # Errors
/// Fails when the first bytes cannot be read.
pub fn open_reader<'a>(
    name: &str,
    reader: impl Read + 'a,
) -> std::io::Result<Box<dyn BufRead + 'a>> {
    const BUF: usize = 1 << 18;
    let mut reader = BufReader::with_capacity(BUF, reader);
    let kind = match Compression::of_name(name) {
        Some(kind) => kind,
        None => {
            let head = reader.fill_buf()?;
            if head.starts_with(&[0x1f, 0x8b]) {
                Compression::Gzip
            } else if head.starts_with(b"BZh") {
                Compression::Bzip2
            } else {
                Compression::None
            }
        }
    };
    Ok(match kind {
        Compression::None => Box::new(reader),
        Compression::Gzip => Box::new(BufReader::with_capacity(
            BUF,
            flate2::bufread::MultiGzDecoder::new(reader),
        )),
        Compression::Bzip2 => Box::new(BufReader::with_capacity(
            BUF,
            bzip2::bufread::MultiBzDecoder::new(reader),
        )),
    })
}

/// Adds `name` to `names` unless an equal name (as the loader compares
/// names: case, diacritics, spaces and punctuation aside) is there already,
/// or it has fewer than two characters. Returns whether it was added.
pub(crate) fn push_name(names: &mut Vec<String>, keys: &mut Vec<String>, name: &str) -> bool {
    let name = name.trim();
    if name.chars().count() < 2 {
        return false;
    }
    let key = super::name_key(name);
    if key.is_empty() || keys.contains(&key) {
        return false;
    }
    keys.push(key);
    names.push(name.to_string());
    true
}

#[cfg(test)]
mod tests;

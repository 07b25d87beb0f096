//! Every mention of a build, spooled to a scratch file (`build
//! --mentions`): the rows of graph.db's `mentions` table.
//!
//! A corpus holds tens of mentions per document, so they never sit in
//! memory together: each counted document's mentions are appended here
//! in input order as the build folds it, and the store writer reads them
//! back one at a time ([`MentionList::try_for_each`]). `merge` fills a
//! spool the same way from its inputs' tables.

use crate::base::types::Via;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::Path;

/// One mention as the `mentions` table holds it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MentionRecord {
    /// Document id.
    pub document: String,
    /// Order of the mention within its document (text order), from 0.
    pub position: u32,
    /// Start byte offset in the document's original text.
    pub start_byte: u64,
    /// End byte offset (exclusive).
    pub end_byte: u64,
    /// Start offset in characters (Unicode scalar values, as Python
    /// slicing counts them).
    pub start_char: u64,
    /// End offset in characters (exclusive).
    pub end_char: u64,
    /// The text between the offsets, as written.
    pub surface: String,
    /// Entity id.
    pub entity: String,
    /// How the mention was resolved.
    pub via: Via,
    /// Index of the sentence holding the mention's start.
    pub sentence: u32,
}

impl Default for MentionRecord {
    fn default() -> MentionRecord {
        MentionRecord {
            document: String::new(),
            position: 0,
            start_byte: 0,
            end_byte: 0,
            start_char: 0,
            end_char: 0,
            surface: String::new(),
            entity: String::new(),
            via: Via::Exact,
            sentence: 0,
        }
    }
}

/// The writing half: records appended to an unnamed temporary file, which
/// disappears when the spool is dropped (or the process ends).
#[derive(Debug)]
pub struct MentionSpool {
    w: BufWriter<File>,
    count: u64,
}

impl MentionSpool {
    /// A spool in `dir` (the output folder: the same file system as the
    /// outputs, not a possibly memory-backed /tmp).
    ///
    /// # Errors
    /// Fails when no temporary file can be created in `dir`.
    pub fn new(dir: &Path) -> io::Result<MentionSpool> {
        Ok(MentionSpool {
            w: BufWriter::with_capacity(1 << 16, tempfile::tempfile_in(dir)?),
            count: 0,
        })
    }

    /// Appends one record.
    ///
    /// # Errors
    /// Returns write errors.
    pub fn push(&mut self, m: &MentionRecord) -> io::Result<()> {
        put_str(&mut self.w, &m.document)?;
        self.w.write_all(&m.position.to_le_bytes())?;
        for v in [m.start_byte, m.end_byte, m.start_char, m.end_char] {
            self.w.write_all(&v.to_le_bytes())?;
        }
        put_str(&mut self.w, &m.surface)?;
        put_str(&mut self.w, &m.entity)?;
        self.w.write_all(&[via_byte(m.via)])?;
        self.w.write_all(&m.sentence.to_le_bytes())?;
        self.count += 1;
        Ok(())
    }

    /// The records written, ready to be read back.
    ///
    /// # Errors
    /// Returns the error of flushing the file.
    pub fn finish(self) -> io::Result<MentionList> {
        let file = self.w.into_inner().map_err(|e| e.into_error())?;
        Ok(MentionList {
            file,
            count: self.count,
        })
    }
}

/// The reading half: the records of a finished spool, in the order they
/// were pushed.
#[derive(Debug)]
pub struct MentionList {
    file: File,
    count: u64,
}

impl MentionList {
    /// Number of records.
    pub fn len(&self) -> u64 {
        self.count
    }

    /// True when there are none.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// Calls `f` with each record, in the order pushed, until it fails.
    /// One reader at a time (the file position is shared).
    ///
    /// # Errors
    /// Returns the first error of `f`, read errors, and `InvalidData` for
    /// a damaged file.
    pub fn try_for_each(
        &self,
        f: &mut dyn FnMut(&MentionRecord) -> io::Result<()>,
    ) -> io::Result<()> {
        let mut file = &self.file;
        file.seek(SeekFrom::Start(0))?;
        let mut r = BufReader::with_capacity(1 << 16, file);
        let mut m = MentionRecord::default();
        for _ in 0..self.count {
            get_str(&mut r, &mut m.document)?;
            m.position = u32::from_le_bytes(get(&mut r)?);
            m.start_byte = u64::from_le_bytes(get(&mut r)?);
            m.end_byte = u64::from_le_bytes(get(&mut r)?);
            m.start_char = u64::from_le_bytes(get(&mut r)?);
            m.end_char = u64::from_le_bytes(get(&mut r)?);
            get_str(&mut r, &mut m.surface)?;
            get_str(&mut r, &mut m.entity)?;
            let [v] = get(&mut r)?;
            m.via = via_from(v).ok_or_else(|| bad("unknown via"))?;
            m.sentence = u32::from_le_bytes(get(&mut r)?);
            f(&m)?;
        }
        Ok(())
    }
}

/// Every `via` a mention can have, in a fixed order (the spool's byte).
pub const VIAS: [Via; 6] = [
    Via::Exact,
    Via::Variant,
    Via::Partial,
    Via::Title,
    Via::Demonym,
    Via::Nested,
];

/// The `via` named `s` (as [`Via::as_str`] writes it).
pub fn parse_via(s: &str) -> Option<Via> {
    VIAS.into_iter().find(|v| v.as_str() == s)
}

fn via_byte(v: Via) -> u8 {
    VIAS.iter().position(|&x| x == v).unwrap_or(0) as u8
}

fn via_from(b: u8) -> Option<Via> {
    VIAS.get(b as usize).copied()
}

fn bad(what: &str) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, format!("mention spool: {what}"))
}

fn put_str(w: &mut impl Write, s: &str) -> io::Result<()> {
    let len = u32::try_from(s.len()).map_err(|_| bad("string too long"))?;
    w.write_all(&len.to_le_bytes())?;
    w.write_all(s.as_bytes())
}

fn get<const N: usize>(r: &mut impl Read) -> io::Result<[u8; N]> {
    let mut b = [0u8; N];
    r.read_exact(&mut b)?;
    Ok(b)
}

fn get_str(r: &mut impl Read, s: &mut String) -> io::Result<()> {
    let len = u32::from_le_bytes(get(r)?) as usize;
    let mut buf = std::mem::take(s).into_bytes();
    buf.clear();
    buf.resize(len, 0);
    r.read_exact(&mut buf)?;
    *s = String::from_utf8(buf).map_err(|_| bad("not UTF-8"))?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_come_back_in_push_order() {
        let dir = tempfile::tempdir().unwrap();
        let mut spool = MentionSpool::new(dir.path()).unwrap();
        let recs: Vec<MentionRecord> = (0..1000u32)
            .map(|i| MentionRecord {
                document: format!("doc{}", i / 7),
                position: i % 7,
                start_byte: u64::from(i) * 3,
                end_byte: u64::from(i) * 3 + 2,
                start_char: u64::from(i),
                end_char: u64::from(i) + 2,
                surface: "Jokowi é".repeat((i % 3) as usize),
                entity: format!("e{}", i % 11),
                via: VIAS[(i % 6) as usize],
                sentence: i / 5,
            })
            .collect();
        for r in &recs {
            spool.push(r).unwrap();
        }
        let list = spool.finish().unwrap();
        assert_eq!(list.len(), 1000);
        // Read twice: the list can be walked again.
        for _ in 0..2 {
            let mut got = Vec::new();
            list.try_for_each(&mut |m| {
                got.push(m.clone());
                Ok(())
            })
            .unwrap();
            assert_eq!(got, recs);
        }
    }

    #[test]
    fn every_via_round_trips_by_name() {
        for v in VIAS {
            assert_eq!(parse_via(v.as_str()), Some(v));
        }
        assert_eq!(parse_via("guess"), None);
    }
}

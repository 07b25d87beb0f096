//! Document metadata spooled to a scratch file while a build runs.
//!
//! graph.json lists the metadata of the documents its kept lists refer to.
//! On a large corpus that is hundreds of thousands of documents, chosen
//! only at the end: keeping every document's metadata in memory would grow
//! with the corpus, and reading it back into a list costs as much memory
//! as the graph. So `build` appends each document's metadata here, and at
//! the end makes a [`SpooledDocs`]: the referenced documents' ids, sorted,
//! with the place of their record in the file. The writers then read the
//! records one at a time ([`DocList`]).

use crate::graph::{DocInfo, DocList};
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::Path;
use std::sync::Arc;

/// The writing half: document metadata appended to an unnamed temporary
/// file. Records are length-prefixed strings; the file disappears when the
/// spool is dropped (or the process ends).
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

    /// The documents `keep` accepts, sorted by id. `keep` returns the id
    /// to hold (the string the caller's graph shares, so that the index
    /// adds no copy of it), or `None` to leave the document out. An id
    /// pushed twice is listed once.
    ///
    /// # Errors
    /// Returns read and write errors, and `InvalidData` for a damaged file.
    pub fn index(self, mut keep: impl FnMut(&str) -> Option<Arc<str>>) -> io::Result<SpooledDocs> {
        let mut f = self.w.into_inner().map_err(|e| e.into_error())?;
        f.seek(SeekFrom::Start(0))?;
        let mut r = BufReader::with_capacity(1 << 16, &mut f);
        let mut list = Vec::new();
        let (mut id, mut skip) = (Vec::new(), Vec::new());
        let mut at = 0u64;
        loop {
            let start = at;
            if !get_bytes(&mut r, &mut id, true)? {
                break;
            }
            at += 4 + id.len() as u64;
            for _ in 0..3 {
                let mut flag = [0u8; 1];
                r.read_exact(&mut flag)?;
                at += 1;
                if flag[0] != 0 {
                    get_bytes(&mut r, &mut skip, false)?;
                    at += 4 + skip.len() as u64;
                }
            }
            let id = std::str::from_utf8(&id).map_err(invalid)?;
            if let Some(id) = keep(id) {
                let len = u32::try_from(at - start).map_err(invalid)?;
                list.push(Entry { id, at: start, len });
            }
        }
        drop(r);
        list.sort_by(|a, b| a.id.cmp(&b.id));
        list.dedup_by(|a, b| a.id == b.id);
        Ok(SpooledDocs { file: f, list })
    }
}

/// One indexed record.
#[derive(Debug)]
struct Entry {
    id: Arc<str>,
    at: u64,
    len: u32,
}

/// Documents kept in a spool file, sorted by id, read back one at a time.
#[derive(Debug)]
pub struct SpooledDocs {
    file: File,
    list: Vec<Entry>,
}

impl DocList for SpooledDocs {
    fn len(&self) -> usize {
        self.list.len()
    }

    fn try_for_each(&self, f: &mut dyn FnMut(&DocInfo) -> io::Result<()>) -> io::Result<()> {
        let mut buf = Vec::new();
        let mut doc = DocInfo::default();
        for e in &self.list {
            buf.resize(e.len as usize, 0);
            read_at(&self.file, &mut buf, e.at)?;
            decode(&buf, &mut doc)?;
            f(&doc)?;
        }
        Ok(())
    }
}

/// Fills `doc` from one record, reusing its strings' buffers.
fn decode(mut rec: &[u8], doc: &mut DocInfo) -> io::Result<()> {
    let field = |rec: &mut &[u8], s: &mut String| -> io::Result<()> {
        let (n, rest) = rec.split_first_chunk::<4>().ok_or_else(short)?;
        let n = u32::from_le_bytes(*n) as usize;
        let (v, rest) = rest.split_at_checked(n).ok_or_else(short)?;
        s.clear();
        s.push_str(std::str::from_utf8(v).map_err(invalid)?);
        *rec = rest;
        Ok(())
    };
    field(&mut rec, &mut doc.id)?;
    for v in [&mut doc.title, &mut doc.date, &mut doc.url] {
        let (&flag, rest) = rec.split_first().ok_or_else(short)?;
        rec = rest;
        if flag == 0 {
            *v = None;
        } else {
            field(&mut rec, v.get_or_insert_with(String::new))?;
        }
    }
    Ok(())
}

/// Reads `buf.len()` bytes at `at` without moving a shared cursor, so that
/// writers on several threads can read the same spool.
#[cfg(unix)]
fn read_at(f: &File, buf: &mut [u8], at: u64) -> io::Result<()> {
    std::os::unix::fs::FileExt::read_exact_at(f, buf, at)
}

/// Reads `buf.len()` bytes at `at` without moving a shared cursor, so that
/// writers on several threads can read the same spool.
#[cfg(windows)]
fn read_at(f: &File, mut buf: &mut [u8], mut at: u64) -> io::Result<()> {
    while !buf.is_empty() {
        match std::os::windows::fs::FileExt::seek_read(f, buf, at)? {
            0 => return Err(short()),
            n => {
                buf = &mut buf[n..];
                at += n as u64;
            }
        }
    }
    Ok(())
}

fn put_str(w: &mut impl Write, s: &str) -> io::Result<()> {
    let n = u32::try_from(s.len()).map_err(|_| io::Error::other("metadata field over 4 GiB"))?;
    w.write_all(&n.to_le_bytes())?;
    w.write_all(s.as_bytes())
}

/// Reads the next length-prefixed string into `v`; false at a clean end
/// of file when `at_record`.
fn get_bytes(r: &mut impl io::BufRead, v: &mut Vec<u8>, at_record: bool) -> io::Result<bool> {
    if at_record && r.fill_buf()?.is_empty() {
        return Ok(false);
    }
    let mut n = [0u8; 4];
    r.read_exact(&mut n)?;
    v.resize(u32::from_le_bytes(n) as usize, 0);
    r.read_exact(v)?;
    Ok(true)
}

fn short() -> io::Error {
    io::Error::new(io::ErrorKind::UnexpectedEof, "truncated metadata record")
}

fn invalid(e: impl std::error::Error + Send + Sync + 'static) -> io::Error {
    io::Error::new(io::ErrorKind::InvalidData, e)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs() -> Vec<DocInfo> {
        (0..6)
            .rev()
            .map(|i| DocInfo {
                id: format!("d{i}"),
                title: (i % 2 == 0).then(|| format!("T\u{e9}tre \"{i}\"\n")),
                date: (i == 3).then(|| "2024-01-02".to_string()),
                url: (i > 1).then(String::new),
            })
            .collect()
    }

    fn collect(s: &SpooledDocs) -> Vec<DocInfo> {
        let mut out = Vec::new();
        s.try_for_each(&mut |d| {
            out.push(d.clone());
            Ok(())
        })
        .unwrap();
        out
    }

    #[test]
    fn spool_lists_the_kept_documents_sorted_by_id() {
        let dir = tempfile::tempdir().unwrap();
        let mut spool = MetaSpool::new(dir.path()).unwrap();
        for d in docs() {
            spool.push(&d).unwrap();
        }
        let back = spool
            .index(|id| (id != "d1").then(|| Arc::from(id)))
            .unwrap();
        let mut want: Vec<DocInfo> = docs().into_iter().filter(|d| d.id != "d1").collect();
        want.sort();
        assert_eq!(back.len(), 5);
        // Fields of one record never leak into the next (reused buffers).
        assert_eq!(collect(&back), want);
        assert_eq!(collect(&back), want, "a second pass reads the same");
        // Unnamed: nothing is left in the folder.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn a_truncated_record_is_an_error_not_a_panic() {
        let mut doc = DocInfo::default();
        let mut rec = Vec::new();
        put_str(&mut rec, "abc").unwrap();
        rec.push(1);
        put_str(&mut rec, "title").unwrap();
        for cut in 0..rec.len() {
            assert!(decode(&rec[..cut], &mut doc).is_err(), "cut at {cut}");
        }
    }
}

//! The first pass of `build`: which copy of each repeated document id
//! counts ([`crate::graph::versions`]), and the copies that let inputs be
//! read twice: of standard input ([`spool_stdin`]), and of any one-shot
//! [`DocumentSource`] ([`spool_source`], for the Python package's
//! iterables).

use crate::analyse::parallel::DocumentSource;
use crate::graph::versions::{Versions, Winners};
use crate::ingest::document::Document;
use crate::ingest::input::{Exclude, InputError, InputSpec, InputSummary, InputWarning};
use anyhow::{Context, Result};
use std::cell::RefCell;
use std::fs::File;
use std::io::{self, BufReader, BufWriter, Read, Seek, SeekFrom, Write};
use std::path::Path;

/// Copies standard input to a scratch file in the output folder (removed
/// when the returned handle drops) and reads that instead, under the same
/// name, so that it can be read twice.
pub fn spool_stdin(
    inputs: &mut [InputSpec],
    output: &Path,
) -> Result<Option<tempfile::NamedTempFile>> {
    let mut copy = None;
    for spec in inputs.iter_mut() {
        let (name, first_line) = match spec {
            InputSpec::Stdin => ("-".to_string(), 1),
            InputSpec::Stream {
                file: None,
                name,
                first_line,
            } => (name.clone(), *first_line),
            _ => continue,
        };
        let mut tmp = crate::base::atomic::temp_builder()
            .tempfile_in(output)
            .with_context(|| format!("creating a temporary file in {}", output.display()))?;
        std::io::copy(&mut std::io::stdin().lock(), tmp.as_file_mut())
            .context("copying standard input")?;
        *spec = InputSpec::Stream {
            file: Some(tmp.path().to_path_buf()),
            name,
            first_line,
        };
        copy = Some(tmp);
    }
    Ok(copy)
}

/// The first pass: which copy of each repeated id counts
/// ([`crate::graph::versions`]). Reading is cheap next to analysis, and
/// warnings are left to the second pass.
pub fn find_winners(inputs: &[InputSpec], output: &Path, stats: Option<&Path>) -> Result<Winners> {
    let mut exclude = Exclude::default();
    exclude.output_folder(output);
    if let Some(stats) = stats {
        exclude.file(stats);
    }
    let mut versions = Versions::default();
    crate::ingest::input::read_inputs_excluding(
        inputs,
        &exclude,
        |doc| {
            versions.push(&doc.id, doc.version_key());
            Ok(())
        },
        |_| {},
    )
    .map_err(|e| anyhow::anyhow!("{e}"))?;
    Ok(versions.winners())
}

/// A one-shot document source (a Python generator, say) recorded to a
/// scratch file so that it can be read twice, as [`spool_stdin`] does for
/// standard input (which is copied as bytes and parsed twice): the first
/// pass ([`spool_source`]) keeps every document and warning in order, and
/// each document's version; [`Spooled::source`] replays them for the
/// build's second pass.
#[derive(Debug)]
pub struct Spooled {
    file: tempfile::NamedTempFile,
    summary: InputSummary,
}

/// Event tags of the spool file.
const SPOOL_DOC: u8 = 0;
const SPOOL_WARNING: u8 = 1;

/// Reads `source` to the end into a scratch file in `scratch` (removed
/// when the [`Spooled`] drops) and returns it with the winners of its
/// repeated ids ([`crate::graph::versions`]).
///
/// # Errors
/// Fails when `source` stops with an error or the scratch file cannot be
/// created or written.
pub fn spool_source(source: impl DocumentSource, scratch: &Path) -> Result<(Spooled, Winners)> {
    let file = crate::base::atomic::temp_builder()
        .tempfile_in(scratch)
        .with_context(|| format!("creating a temporary file in {}", scratch.display()))?;
    let writing = || format!("writing {}", file.path().display());
    // Both callbacks write; the warning callback cannot return an error,
    // so the first write error is kept and reported at the end.
    let out = RefCell::new((BufWriter::with_capacity(1 << 16, file.as_file()), None));
    let mut versions = Versions::default();
    let read = source(
        &mut |doc: Document| {
            versions.push(&doc.id, doc.version_key());
            let (w, failed) = &mut *out.borrow_mut();
            write_doc(w, &doc).map_err(|e| {
                let message = e.to_string();
                *failed = Some(e);
                message
            })
        },
        &mut |warning: InputWarning| {
            let (w, failed) = &mut *out.borrow_mut();
            if failed.is_none() {
                *failed = write_warning(w, &warning).err();
            }
        },
    );
    let (mut w, failed): (BufWriter<&File>, Option<io::Error>) = out.into_inner();
    if let Some(e) = failed {
        return Err(e).with_context(writing);
    }
    let summary = read.map_err(|e| anyhow::anyhow!("{e}"))?;
    w.flush().with_context(writing)?;
    drop(w);
    Ok((Spooled { file, summary }, versions.winners()))
}

impl Spooled {
    /// The recorded documents and warnings, in the order first read, as a
    /// source that returns the first read's summary.
    pub fn source(self) -> impl DocumentSource {
        move |on_doc: &mut dyn FnMut(Document) -> Result<(), String>,
              on_warn: &mut dyn FnMut(InputWarning)| {
            let spool = self.file.path().display().to_string();
            let broken = |e: io::Error| InputError::Callback(format!("reading {spool}: {e}"));
            let mut file = self.file.reopen().map_err(&broken)?;
            file.seek(SeekFrom::Start(0)).map_err(&broken)?;
            let mut r = BufReader::with_capacity(1 << 16, file);
            loop {
                let mut tag = [0u8];
                match r.read_exact(&mut tag) {
                    Err(e) if e.kind() == io::ErrorKind::UnexpectedEof => break,
                    other => other.map_err(&broken)?,
                }
                if tag[0] == SPOOL_WARNING {
                    let location = read_str(&mut r).map_err(&broken)?;
                    let message = read_str(&mut r).map_err(&broken)?;
                    on_warn(InputWarning { location, message });
                    continue;
                }
                let doc = Document {
                    id: read_str(&mut r).map_err(&broken)?,
                    source: read_str(&mut r).map_err(&broken)?,
                    title: read_opt(&mut r).map_err(&broken)?,
                    date: read_opt(&mut r).map_err(&broken)?,
                    url: read_opt(&mut r).map_err(&broken)?,
                    text: read_str(&mut r).map_err(&broken)?,
                };
                on_doc(doc).map_err(InputError::Callback)?;
            }
            Ok(self.summary)
        }
    }
}

fn write_doc(w: &mut impl Write, doc: &Document) -> io::Result<()> {
    w.write_all(&[SPOOL_DOC])?;
    write_str(w, &doc.id)?;
    write_str(w, &doc.source)?;
    for field in [&doc.title, &doc.date, &doc.url] {
        match field {
            Some(v) => {
                w.write_all(&[1])?;
                write_str(w, v)?;
            }
            None => w.write_all(&[0])?,
        }
    }
    write_str(w, &doc.text)
}

fn write_warning(w: &mut impl Write, warning: &InputWarning) -> io::Result<()> {
    w.write_all(&[SPOOL_WARNING])?;
    write_str(w, &warning.location)?;
    write_str(w, &warning.message)
}

/// A string as its length (8 bytes, little-endian) and its bytes.
fn write_str(w: &mut impl Write, s: &str) -> io::Result<()> {
    w.write_all(&(s.len() as u64).to_le_bytes())?;
    w.write_all(s.as_bytes())
}

fn read_str(r: &mut impl Read) -> io::Result<String> {
    let mut len = [0u8; 8];
    r.read_exact(&mut len)?;
    let len = usize::try_from(u64::from_le_bytes(len)).map_err(io::Error::other)?;
    let mut bytes = Vec::new();
    // `take` rather than a buffer of `len` bytes: a damaged length cannot
    // allocate more than the file holds.
    r.take(len as u64).read_to_end(&mut bytes)?;
    if bytes.len() != len {
        return Err(io::ErrorKind::UnexpectedEof.into());
    }
    String::from_utf8(bytes).map_err(io::Error::other)
}

fn read_opt(r: &mut impl Read) -> io::Result<Option<String>> {
    let mut present = [0u8];
    r.read_exact(&mut present)?;
    match present[0] {
        0 => Ok(None),
        _ => read_str(r).map(Some),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(id: &str, date: Option<&str>, text: &str, n: usize) -> Document {
        Document {
            id: id.into(),
            source: format!("docs:{n}"),
            date: date.map(str::to_owned),
            title: n.is_multiple_of(2).then(|| "tïtle".to_owned()),
            text: text.into(),
            ..Document::default()
        }
    }

    /// Replays what a spool recorded, as (document or warning) events.
    fn replay(spooled: Spooled) -> (Vec<Result<Document, InputWarning>>, InputSummary) {
        let events = RefCell::new(Vec::new());
        let summary = (spooled.source())(
            &mut |d| {
                events.borrow_mut().push(Ok(d));
                Ok(())
            },
            &mut |w| events.borrow_mut().push(Err(w)),
        )
        .unwrap();
        (events.into_inner(), summary)
    }

    #[test]
    fn spool_source_replays_documents_and_warnings_in_order_and_finds_the_winners() {
        let docs = vec![
            doc("a", Some("2017-01-01"), "old text", 1),
            doc("b", None, "", 2),
            doc("a", Some("2018-03-04"), "new text ✓", 3),
        ];
        let warning = InputWarning {
            location: "docs:2".into(),
            message: "no `text` field; line skipped".into(),
        };
        let given = docs.clone();
        let w = warning.clone();
        let source = move |on_doc: &mut dyn FnMut(Document) -> Result<(), String>,
                           on_warn: &mut dyn FnMut(InputWarning)| {
            let mut it = given.into_iter();
            on_doc(it.next().unwrap()).map_err(InputError::Callback)?;
            on_warn(w);
            for d in it {
                on_doc(d).map_err(InputError::Callback)?;
            }
            Ok(InputSummary {
                documents: 3,
                bytes: 7,
                skipped: 1,
                repaired: 0,
            })
        };
        let dir = tempfile::tempdir().unwrap();
        let (spooled, winners) = spool_source(source, dir.path()).unwrap();
        assert_eq!(winners.len(), 1);
        assert!(winners.counts("a", &docs[2].version()));
        assert!(!winners.counts("a", &docs[0].version()));
        let (events, summary) = replay(spooled);
        let want = vec![
            Ok(docs[0].clone()),
            Err(warning),
            Ok(docs[1].clone()),
            Ok(docs[2].clone()),
        ];
        assert_eq!(events, want);
        assert_eq!((summary.documents, summary.skipped), (3, 1));
        // The scratch file is gone once replayed.
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }

    #[test]
    fn spool_source_passes_on_the_error_that_stopped_the_source() {
        let source = |on_doc: &mut dyn FnMut(Document) -> Result<(), String>,
                      _: &mut dyn FnMut(InputWarning)| {
            on_doc(doc("a", None, "x", 1)).map_err(InputError::Callback)?;
            Err(InputError::Callback("the generator raised".into()))
        };
        let dir = tempfile::tempdir().unwrap();
        let err = spool_source(source, dir.path()).unwrap_err();
        assert_eq!(err.to_string(), "the generator raised");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
    }
}

//! Reading inputs: files, folders, JSON Lines and stdin, streamed one
//! document at a time.
//!
//! - `.jsonl`, `.ndjson`, `.json-lines`, `.jsonlines`: one document per
//!   line (`text` required; `id`, `title`, `date`, `url` optional; other
//!   fields ignored), read line by line with a reused buffer.
//! - Any other file named on the command line is one text document.
//! - Folders are walked recursively in file-name order, following symbolic
//!   links (a loop is reported). Hidden entries (`.git`, `.DS_Store`),
//!   gazegraph's own output folders (`graph.json` beside `graph.docs.jsonl`)
//!   and files whose extension says they are not text (images, audio,
//!   video, archives, PDF, office documents, fonts, executables) are skipped
//!   silently; every other file is read, and binary content is reported.
//! - `-` is standard input: JSON Lines if its first non-space byte is `{`,
//!   else one text document.
//!
//! Empty documents (empty files, blank `text`) are passed on and counted:
//! they simply yield no mentions.
//!
//! Recoverable problems become [`InputWarning`]s and reading continues:
//! invalid UTF-8 is decoded lossily (repaired), a UTF-8 byte order mark is
//! dropped silently, UTF-16 with a byte order mark is decoded (repaired),
//! binary files, bad JSON Lines records and unreadable paths are skipped.

use crate::ingest::document::Document;
use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

mod count;
mod decode;
mod exclude;
mod jsonl;
pub use count::bytes_read;
use count::Counted;
pub use decode::{decode_text, Decoded};
pub use exclude::Exclude;
pub use jsonl::{record_document, Record};

/// One input named on the command line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InputSpec {
    /// A file or a folder (read recursively).
    Path(PathBuf),
    /// Standard input (`-`).
    Stdin,
    /// A named stream: standard input (`file` `None`) or a file read as
    /// standard input would be (sniffed, not judged by its extension), its
    /// documents named `name` (one text document) or `name:LINE` (JSON
    /// Lines records without an id), lines counted from `first_line`.
    Stream {
        /// A file holding the stream (a spooled copy of standard input);
        /// `None` reads standard input itself.
        file: Option<PathBuf>,
        /// The stream's name (`build --source NAME`; `-` by default).
        name: String,
        /// The number of the stream's first line (1 by default).
        first_line: u64,
    },
}

/// A problem with one input that does not stop the run.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct InputWarning {
    /// `path` or `path:line`.
    pub location: String,
    /// What was wrong and what was done about it.
    pub message: String,
}

/// Counts for the end-of-run summary.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct InputSummary {
    /// Documents handed to the callback.
    pub documents: u64,
    /// Bytes of document text.
    pub bytes: u64,
    /// Inputs or records skipped.
    pub skipped: u64,
    /// Documents repaired (lossy UTF-8 decoding, UTF-16 decoding).
    pub repaired: u64,
}

/// Errors that stop reading altogether.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// The callback asked to stop.
    #[error("{0}")]
    Callback(String),
}

/// The format of a file, from its extension.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    /// One JSON object per line.
    JsonLines,
    /// The whole file is one document.
    Text,
    /// Clearly not text (inside folders only): skipped silently.
    NotText,
}

/// Extensions of files that are clearly not text, skipped inside folders.
const NOT_TEXT: &[&str] = &[
    "png", "jpg", "jpeg", "gif", "webp", "bmp", "ico", "tif", "tiff", "svg", "heic", "avif", "mp3",
    "wav", "ogg", "flac", "m4a", "mp4", "m4v", "mov", "avi", "mkv", "webm", "zip", "gz", "tgz",
    "bz2", "xz", "zst", "7z", "rar", "tar", "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx",
    "odt", "ods", "epub", "woff", "woff2", "ttf", "otf", "eot", "exe", "dll", "so", "dylib", "o",
    "a", "class", "jar", "pyc", "wasm", "bin", "db", "sqlite", "parquet", "npy", "pkl", "lock",
];

/// The format of `path`, from its extension (case-insensitive).
pub fn format_of(path: &Path) -> Format {
    let ext = path
        .extension()
        .and_then(|e| e.to_str())
        .unwrap_or("")
        .to_ascii_lowercase();
    match ext.as_str() {
        "jsonl" | "ndjson" | "json-lines" | "jsonlines" => Format::JsonLines,
        e if NOT_TEXT.contains(&e) => Format::NotText,
        _ => Format::Text,
    }
}

/// Streams every document of `specs` to `on_doc`, in a deterministic order
/// (folders sorted by path), reporting recoverable problems to `on_warn`.
///
/// # Errors
/// Stops at the first error returned by `on_doc`.
pub fn read_inputs(
    specs: &[InputSpec],
    on_doc: impl FnMut(Document) -> Result<(), String>,
    on_warn: impl FnMut(InputWarning),
) -> Result<InputSummary, InputError> {
    read_inputs_excluding(specs, &Exclude::default(), on_doc, on_warn)
}

/// [`read_inputs`], never reading the files `exclude` names (gazegraph's
/// own outputs): inside folders they are skipped silently, named on the
/// command line they are skipped with a warning.
///
/// # Errors
/// Stops at the first error returned by `on_doc`.
pub fn read_inputs_excluding(
    specs: &[InputSpec],
    exclude: &Exclude,
    mut on_doc: impl FnMut(Document) -> Result<(), String>,
    mut on_warn: impl FnMut(InputWarning),
) -> Result<InputSummary, InputError> {
    let mut r = Reader {
        summary: InputSummary::default(),
        on_doc: &mut on_doc,
        on_warn: &mut on_warn,
        exclude,
    };
    for spec in specs {
        match spec {
            InputSpec::Stdin => {
                let stdin = io::stdin();
                r.stream(stdin.lock(), "-", 1)?;
            }
            InputSpec::Stream {
                file,
                name,
                first_line,
            } => match file {
                None => r.stream(io::stdin().lock(), name, *first_line)?,
                Some(p) => match File::open(p) {
                    Ok(f) => r.stream(BufReader::new(f), name, *first_line)?,
                    Err(e) => r.skip(name.as_str(), format!("cannot read: {e}")),
                },
            },
            InputSpec::Path(p) => r.path(p)?,
        }
    }
    Ok(r.summary)
}

/// Reads one stream (stdin, or anything else): JSON Lines if its first
/// non-space byte is `{`, else one text document named `name`.
///
/// # Errors
/// Stops at the first error returned by `on_doc`.
pub fn read_stream(
    reader: impl BufRead,
    name: &str,
    mut on_doc: impl FnMut(Document) -> Result<(), String>,
    mut on_warn: impl FnMut(InputWarning),
) -> Result<InputSummary, InputError> {
    let mut r = Reader {
        summary: InputSummary::default(),
        on_doc: &mut on_doc,
        on_warn: &mut on_warn,
        exclude: &Exclude::default(),
    };
    r.stream(reader, name, 1)?;
    Ok(r.summary)
}

/// Whether a stream holds JSON Lines: its first non-space byte (after an
/// optional UTF-8 byte order mark) is `{`. Consumes the leading whitespace
/// and that first byte; [`read_stream`] keeps them for the document.
///
/// # Errors
/// Fails if the stream cannot be read.
pub fn sniff_json_lines(reader: &mut impl BufRead) -> io::Result<bool> {
    sniff(reader, &mut Vec::new())
}

const BOM: [u8; 3] = [0xEF, 0xBB, 0xBF];

/// Reads the stream up to its first non-space byte (after an optional byte
/// order mark) into `head`, and tells whether that byte is `{`. The bytes
/// are kept rather than peeked at because a reader's buffer may end inside
/// the leading whitespace, or even inside the byte order mark (a pipe can
/// deliver one byte at a time): the answer and the document must not depend
/// on where it ends.
fn sniff(reader: &mut impl BufRead, head: &mut Vec<u8>) -> io::Result<bool> {
    loop {
        let buf = match reader.fill_buf() {
            Ok(b) => b,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if buf.is_empty() {
            return Ok(false);
        }
        let mut decided = None;
        let mut used = 0;
        for &b in buf {
            head.push(b);
            used += 1;
            decided = sniff_decision(head);
            if decided.is_some() {
                break;
            }
        }
        reader.consume(used);
        if let Some(json) = decided {
            return Ok(json);
        }
    }
}

/// The answer once `head` (all bytes read so far, its last byte new) holds
/// a byte that is neither whitespace nor part of a leading byte order mark.
fn sniff_decision(head: &[u8]) -> Option<bool> {
    if head.len() <= BOM.len() {
        if BOM.starts_with(head) {
            // Possibly an incomplete byte order mark: read on.
            return None;
        }
        // Short head: check it whole (it may start with part of a BOM).
        let body = head.strip_prefix(&BOM).unwrap_or(head);
        return body
            .iter()
            .find(|b| !b.is_ascii_whitespace())
            .map(|&b| b == b'{');
    }
    // Everything before the last byte was a BOM or whitespace.
    match head.last() {
        Some(b) if !b.is_ascii_whitespace() => Some(*b == b'{'),
        _ => None,
    }
}

struct Reader<'a, D, W> {
    summary: InputSummary,
    on_doc: &'a mut D,
    on_warn: &'a mut W,
    exclude: &'a Exclude,
}

impl<D, W> Reader<'_, D, W>
where
    D: FnMut(Document) -> Result<(), String>,
    W: FnMut(InputWarning),
{
    fn warn(&mut self, location: impl Into<String>, message: impl Into<String>) {
        (self.on_warn)(InputWarning {
            location: location.into(),
            message: message.into(),
        });
    }

    fn skip(&mut self, location: impl Into<String>, message: impl Into<String>) {
        self.summary.skipped += 1;
        self.warn(location, message);
    }

    fn emit(&mut self, doc: Document) -> Result<(), InputError> {
        if doc.text.len() > MAX_DOCUMENT_BYTES {
            let n = doc.text.len();
            self.skip(doc.source, too_large(n as u64));
            return Ok(());
        }
        self.summary.documents += 1;
        self.summary.bytes += doc.text.len() as u64;
        (self.on_doc)(doc).map_err(InputError::Callback)
    }

    fn path(&mut self, path: &Path) -> Result<(), InputError> {
        let shown = path.display().to_string();
        let meta = match std::fs::metadata(path) {
            Ok(m) => m,
            Err(e) => {
                self.skip(shown, format!("cannot read: {e}"));
                return Ok(());
            }
        };
        if !meta.is_dir() && !meta.is_file() {
            // A pipe or device named on the command line (`<(zcat a.jsonl.gz)`):
            // read as a stream, like stdin.
            return match File::open(path) {
                Ok(f) => self.stream(BufReader::new(f), &shown, 1),
                Err(e) => {
                    self.skip(shown, format!("cannot read: {e}"));
                    Ok(())
                }
            };
        }
        if !meta.is_dir() {
            if self.exclude.skips(path) {
                self.skip(
                    shown,
                    "an output of this build, never read as input; skipped",
                );
                return Ok(());
            }
            return self.file(path, format_of(path), &shown);
        }
        let walk = walkdir::WalkDir::new(path)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            .filter_entry(|e| {
                e.depth() == 0
                    || !(e.file_name().to_string_lossy().starts_with('.') || is_output_folder(e))
            });
        for entry in walk {
            let entry = match entry {
                Ok(e) => e,
                Err(e) => {
                    let loc = e
                        .path()
                        .map_or_else(|| shown.clone(), |p| p.display().to_string());
                    let msg = match (e.loop_ancestor(), e.io_error()) {
                        (Some(a), _) => {
                            format!("symbolic link loop (back to {}); not followed", a.display())
                        }
                        (None, Some(io)) => format!("cannot read: {io}"),
                        (None, None) => format!("cannot read: {e}"),
                    };
                    self.skip(loc, msg);
                    continue;
                }
            };
            if entry.file_type().is_dir() {
                continue;
            }
            let p = entry.path();
            if !entry.file_type().is_file() {
                // Opening a named pipe would wait for a writer forever, and a
                // device may never end: only regular files are read here.
                let why = "not a regular file (a named pipe, socket or device); skipped";
                self.skip(p.display().to_string(), why);
                continue;
            }
            if self.exclude.skips(p) {
                continue;
            }
            match format_of(p) {
                Format::NotText => {}
                f => self.file(p, f, &p.display().to_string())?,
            }
        }
        Ok(())
    }

    fn file(&mut self, path: &Path, format: Format, shown: &str) -> Result<(), InputError> {
        let file = match File::open(path) {
            Ok(f) => f,
            Err(e) => {
                self.skip(shown, format!("cannot read: {e}"));
                return Ok(());
            }
        };
        // Checked before reading, so a huge file is never loaded whole.
        if let Ok(meta) = file.metadata() {
            if format != Format::JsonLines && meta.len() > MAX_DOCUMENT_BYTES as u64 {
                self.skip(shown, too_large(meta.len()));
                return Ok(());
            }
        }
        let file = Counted(file);
        if format == Format::JsonLines {
            let mut reader = BufReader::with_capacity(1 << 16, file);
            let head = match reader.fill_buf() {
                Ok(h) => h,
                Err(e) => {
                    self.skip(shown, format!("cannot read: {e}"));
                    return Ok(());
                }
            };
            if decode::utf16_kind(head).is_some() {
                // UTF-16 JSON Lines (with a byte order mark or without):
                // decoded whole (line numbers still hold; byte offsets are
                // then those of the UTF-8 text).
                let mut bytes = Vec::new();
                if let Err(e) = reader.read_to_end(&mut bytes) {
                    self.skip(shown, format!("cannot read: {e}"));
                    return Ok(());
                }
                if let Decoded::Text { text, repair } = decode_text(bytes) {
                    if let Some(why) = repair {
                        self.summary.repaired += 1;
                        self.warn(shown, why);
                    }
                    return self.json_lines(text.as_bytes(), shown, 1);
                }
                return Ok(());
            }
            // A stray NUL in a record spoils that record only.
            if let Some(why) = decode::binary(head) {
                self.skip(shown, why);
                return Ok(());
            }
            return self.json_lines(reader, shown, 1);
        }
        let mut bytes = Vec::new();
        match BufReader::new(file).read_to_end(&mut bytes) {
            Ok(_) => self.text_doc(bytes, shown),
            Err(e) => {
                self.skip(shown, format!("cannot read: {e}"));
                Ok(())
            }
        }
    }

    fn stream(
        &mut self,
        mut reader: impl BufRead,
        name: &str,
        first_line: u64,
    ) -> Result<(), InputError> {
        let mut head = Vec::new();
        let json = match sniff(&mut reader, &mut head) {
            Ok(json) => json,
            Err(e) => {
                self.skip(name, format!("cannot read: {e}"));
                return Ok(());
            }
        };
        // The sniffed bytes go back in front: nothing is lost, and line
        // numbers and offsets count from the true start of the stream.
        let reader = io::Cursor::new(head).chain(reader);
        if json {
            return self.json_lines(reader, name, first_line);
        }
        let mut bytes = Vec::new();
        // A stream has no length to check first: stop one byte past the
        // largest document (a device like /dev/zero never ends).
        let cap = MAX_DOCUMENT_BYTES as u64 + 1;
        match reader.take(cap).read_to_end(&mut bytes) {
            Ok(_) if bytes.len() > MAX_DOCUMENT_BYTES => {
                self.skip(name, too_large(bytes.len() as u64));
                Ok(())
            }
            Ok(_) => self.text_doc(bytes, name),
            Err(e) => {
                self.skip(name, format!("cannot read: {e}"));
                Ok(())
            }
        }
    }

    fn text_doc(&mut self, bytes: Vec<u8>, name: &str) -> Result<(), InputError> {
        let text = match decode_text(bytes) {
            Decoded::Text { text, repair } => {
                if let Some(why) = repair {
                    self.summary.repaired += 1;
                    self.warn(name, why);
                }
                text
            }
            Decoded::Binary(why) => {
                self.skip(name, why);
                return Ok(());
            }
        };
        self.emit(Document {
            id: name.to_owned(),
            source: name.to_owned(),
            text,
            ..Document::default()
        })
    }
}

/// Whether a folder inside an input folder holds gazegraph's own outputs
/// (`graph.json` beside the `graph.docs.jsonl` ledger, or beside the
/// manifest of a merge, whose ledger is in parts): reading them back
/// would feed the graph into itself (`gazegraph build .` run twice).
fn is_output_folder(e: &walkdir::DirEntry) -> bool {
    use crate::base::outputs::{GRAPH_JSON, LEDGER_FILE, MANIFEST_FILE};
    e.file_type().is_dir()
        && (e.path().join(LEDGER_FILE).is_file() || e.path().join(MANIFEST_FILE).is_file())
        && e.path().join(GRAPH_JSON).is_file()
}

/// The largest document, in bytes: mention offsets are kept as `u32`.
pub const MAX_DOCUMENT_BYTES: usize = u32::MAX as usize;

/// Why a document of `bytes` bytes is skipped (more than
/// [`MAX_DOCUMENT_BYTES`]).
pub fn too_large(bytes: u64) -> String {
    format!(
        "{bytes} bytes is more than one document can hold (4 GiB); skipped (split it into several files or JSON Lines records)"
    )
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_hostile;

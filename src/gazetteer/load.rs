//! The loader state shared by the record, list and rule parsers: the
//! entities so far, every id and name claimed and by whom, and the
//! problems found. Errors are collected, not returned at the first one, so
//! that one run reports everything wrong with a gazetteer.

pub(super) use super::keys::{digest, FastMap};
use super::{Gazetteer, GazetteerError, GazetteerWarning};
use crate::base::types::EntityType;
use std::collections::BTreeSet;
use std::fs::File;
use std::io::{BufRead, BufReader};
use std::path::Path;

/// A place in an input file (line and column are 1-based; 0 = unknown).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) struct Loc {
    /// Index into `Loader::files`.
    pub file: u32,
    /// Line number.
    pub line: u32,
    /// Column, in characters.
    pub col: u32,
}

/// The first entity that claimed a name, and the types that claimed it.
#[derive(Clone, Copy, Debug)]
pub(super) struct Claim {
    /// Index into `Gazetteer::entities`.
    pub entity: u32,
    /// Where the name was claimed.
    pub loc: Loc,
    /// Bit set of the entity types that claim this name (see `type_bit`).
    pub types: u8,
}

/// A role whose `of` / `to` ids and office are checked once all files are in.
#[derive(Clone, Debug)]
pub(super) struct PendingRole {
    /// Index of the entity holding the role.
    pub entity: u32,
    /// Index of the role in that entity.
    pub role: usize,
    /// Where the role was written.
    pub loc: Loc,
}

/// Accumulates entities, rules and problems across all gazetteer files.
pub(super) struct Loader {
    /// The gazetteer being built.
    pub gaz: Gazetteer,
    /// Fatal problems.
    pub errors: Vec<GazetteerWarning>,
    /// Non-fatal problems.
    pub warnings: Vec<GazetteerWarning>,
    /// File names, indexed by `Loc::file`.
    pub files: Vec<String>,
    /// Every entity id (its [`digest`]), with where it was defined.
    pub ids: FastMap<u64, Loc>,
    /// Every full name (digest of its name key), with its first claimant.
    pub names: FastMap<u64, Claim>,
    /// Every demonym (digest of its name key), with its first claimant.
    pub demonyms: FastMap<u64, Claim>,
    /// Reused buffer for name keys.
    pub key_buf: String,
    /// Roles to check at the end.
    pub roles: Vec<PendingRole>,
    /// Office ids from `offices.jsonl` files given to the loader.
    pub offices: Option<BTreeSet<String>>,
    /// Warnings of one shape (message without its quoted parts) per file,
    /// beyond [`MAX_SAME_WARNINGS`]: how many were held back, and where the
    /// first of them was.
    pub held_back: std::collections::BTreeMap<(u32, String), (u64, Loc)>,
    /// Built-in file contents already loaded: a file with the same bytes
    /// is skipped.
    pub skip_same: Vec<&'static str>,
    /// The office titles of those files; true for one holding its body.
    pub title_words: Vec<(String, bool)>,
    /// The `case` setting of the records file being read.
    pub file_case: super::CaseSetting,
    /// Name-chunk words from `chunks*.tsv` files given to the loader.
    pub chunks: Option<super::ChunkWords>,
    /// The number of entities loaded when each file of `files` began.
    pub file_starts: Vec<usize>,
    /// The `lang` field of records that have one: (entity index, codes).
    pub langs: Vec<(usize, Vec<String>)>,
}

/// Warnings of one shape reported per file; the rest are counted, and one
/// line says how many more there were (a list of a million one-letter
/// names gives a few lines, not a million).
pub(super) const MAX_SAME_WARNINGS: usize = 10;

/// A warning's shape: its message with every `quoted` part elided.
fn shape(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    for (i, part) in message.split('`').enumerate() {
        if i % 2 == 0 {
            out.push_str(part);
        } else {
            out.push_str("`…`");
        }
    }
    out
}

/// The bit of an entity type in `Claim::types`.
pub(super) fn type_bit(t: EntityType) -> u8 {
    match t {
        EntityType::Person => 1,
        EntityType::Place => 2,
        EntityType::Organisation => 4,
    }
}

/// What a file in a gazetteer folder is for, decided by its name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum FileKind {
    /// Entity records (`*.jsonl`).
    Records,
    /// A plain name list (`*.txt`), typed by its name.
    List(EntityType),
    /// A plain list whose name gives no type.
    UntypedList,
    /// Transliteration rules (`variants*.tsv`).
    Variants,
    /// Office titles (`offices.jsonl`).
    Offices,
    /// Name-chunk words (`chunks*.tsv`).
    Chunks,
    /// Reserved for another loader or documentation: skipped.
    Reserved,
    /// Anything else.
    Unknown,
}

/// Classifies a file by its name.
fn file_kind(path: &Path) -> FileKind {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    if name == "offices.jsonl" {
        return FileKind::Offices;
    }
    let reserved = [
        "relations",
        "lexicon",
        "triggers",
        "readme",
        "license",
        "import",
        "suggest",
    ];
    if reserved.iter().any(|r| name.starts_with(r)) || name.ends_with(".md") {
        return FileKind::Reserved;
    }
    if name.ends_with(".jsonl") {
        return FileKind::Records;
    }
    if name.starts_with("chunks") && name.ends_with(".tsv") {
        return FileKind::Chunks;
    }
    if name.starts_with("variants") && name.ends_with(".tsv") {
        return FileKind::Variants;
    }
    if let Some(stem) = name.strip_suffix(".txt") {
        // `person.txt`, or a suffix after `-`, `_` or `.` (`dbpedia-person.txt`).
        let last = stem.rsplit(['-', '_', '.']).next().unwrap_or(stem);
        return EntityType::parse(stem)
            .or_else(|| EntityType::parse(last))
            .map_or(FileKind::UntypedList, FileKind::List);
    }
    FileKind::Unknown
}

impl Loader {
    /// An empty loader.
    pub fn new() -> Loader {
        Loader {
            gaz: Gazetteer::default(),
            errors: Vec::new(),
            warnings: Vec::new(),
            files: Vec::new(),
            ids: FastMap::default(),
            names: FastMap::default(),
            demonyms: FastMap::default(),
            key_buf: String::new(),
            roles: Vec::new(),
            offices: None,
            held_back: std::collections::BTreeMap::new(),
            skip_same: Vec::new(),
            title_words: Vec::new(),
            file_case: super::CaseSetting::default(),
            chunks: None,
            file_starts: Vec::new(),
            langs: Vec::new(),
        }
    }

    /// Registers a file name and returns its index for `Loc::file`.
    pub fn add_file(&mut self, name: &str) -> u32 {
        self.files.push(name.to_string());
        self.file_starts.push(self.gaz.entities.len());
        u32::try_from(self.files.len() - 1).unwrap_or(u32::MAX)
    }

    /// `file:line:col` of a location (`file` alone for line 0).
    pub fn show(&self, loc: Loc) -> String {
        let file = self
            .files
            .get(loc.file as usize)
            .map_or("?", String::as_str);
        if loc.line == 0 {
            // A problem with the file as a whole.
            return file.to_string();
        }
        format!("{file}:{}:{}", loc.line, loc.col.max(1))
    }

    /// Records a fatal problem.
    pub fn error(&mut self, loc: Loc, message: impl Into<String>) {
        let location = self.show(loc);
        self.errors.push(GazetteerWarning {
            location,
            message: message.into(),
        });
    }

    /// Records a non-fatal problem.
    pub fn warn(&mut self, loc: Loc, message: impl Into<String>) {
        let message = message.into();
        let key = (loc.file, shape(&message));
        let entry = self.held_back.entry(key).or_insert((0, loc));
        entry.0 += 1;
        if entry.0 > MAX_SAME_WARNINGS as u64 {
            if entry.0 == MAX_SAME_WARNINGS as u64 + 1 {
                entry.1 = loc;
            }
            return;
        }
        let location = self.show(loc);
        self.warnings.push(GazetteerWarning { location, message });
    }

    /// One warning per shape and file that was held back, with the count.
    fn report_held_back(&mut self) {
        let held = std::mem::take(&mut self.held_back);
        for ((_, shape), (count, first)) in held {
            let more = count.saturating_sub(MAX_SAME_WARNINGS as u64);
            if more > 0 {
                let location = self.show(first);
                self.warnings.push(GazetteerWarning {
                    location,
                    message: format!(
                        "{more} more warnings like \"{shape}\" in this file, not shown one by one (from here on)"
                    ),
                });
            }
        }
    }

    /// Loads one path given by the user: a file, or a folder read
    /// recursively in file-name order. Hidden files are skipped.
    pub fn path(&mut self, path: &Path) -> Result<(), GazetteerError> {
        let shown = path.display().to_string();
        let meta = std::fs::metadata(path).map_err(|e| GazetteerError::Io {
            path: shown.clone(),
            message: format!("cannot read: {e}"),
        })?;
        if !meta.is_dir() {
            return self.file(path, true);
        }
        let walk = walkdir::WalkDir::new(path)
            .follow_links(true)
            .sort_by_file_name()
            .into_iter()
            // Hidden files and folders (.git, editor backups) are not data.
            .filter_entry(|e| e.depth() == 0 || !e.file_name().to_string_lossy().starts_with('.'));
        for entry in walk {
            let entry = entry.map_err(|e| GazetteerError::Io {
                path: e
                    .path()
                    .map_or_else(|| shown.clone(), |p| p.display().to_string()),
                message: format!("cannot read: {e}"),
            })?;
            if entry.file_type().is_file() {
                self.file(entry.path(), false)?;
            }
        }
        Ok(())
    }

    /// Loads one file according to its kind. Files of unknown kind are an
    /// error when named directly and a warning inside a folder.
    fn file(&mut self, path: &Path, direct: bool) -> Result<(), GazetteerError> {
        let shown = path.display().to_string();
        let kind = file_kind(path);
        match kind {
            FileKind::Reserved if direct => {
                let file = self.add_file(&shown);
                let loc = Loc {
                    file,
                    line: 0,
                    col: 0,
                };
                self.warn(loc, "reserved file name (not an entity file); skipped");
                return Ok(());
            }
            FileKind::Reserved => return Ok(()),
            FileKind::Unknown | FileKind::UntypedList => {
                let file = self.add_file(&shown);
                let loc = Loc {
                    file,
                    line: 0,
                    col: 0,
                };
                let message = if kind == FileKind::UntypedList {
                    "cannot tell the entity type of a plain list from its file name \
                     (name it person.txt, place.txt or organisation.txt)"
                } else {
                    "not a gazetteer file (expected .jsonl records, .txt name lists \
                     or variants.tsv rules); skipped"
                };
                if direct || kind == FileKind::UntypedList {
                    self.error(loc, message);
                } else {
                    self.warn(loc, message);
                }
                return Ok(());
            }
            _ => {}
        }
        let io_err = |e: std::io::Error| GazetteerError::Io {
            path: shown.clone(),
            message: format!("cannot read: {e}"),
        };
        if self.is_builtin_copy(path).map_err(io_err)? {
            return Ok(());
        }
        let mut reader = BufReader::with_capacity(1 << 16, File::open(path).map_err(io_err)?);
        let head = reader.fill_buf().map_err(io_err)?;
        let utf16 = head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]);
        let binary = !utf16 && head.contains(&0);
        if utf16 || binary {
            let whole = Loc {
                file: self.add_file(&shown),
                line: 0,
                col: 0,
            };
            if binary {
                self.error(whole, "binary content (NUL bytes); not a gazetteer file");
                return Ok(());
            }
            // UTF-16 (hand-edited files saved by some Windows editors):
            // decoded whole, like an input text file.
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut reader, &mut bytes).map_err(io_err)?;
            return match crate::ingest::input::decode_text(bytes) {
                crate::ingest::input::Decoded::Text { text, repair } => {
                    if let Some(note) = repair {
                        self.warn(whole, note);
                    }
                    self.read_kind(kind, &shown, text.as_bytes())
                }
                crate::ingest::input::Decoded::Binary(why) => {
                    self.error(whole, why);
                    Ok(())
                }
            };
        }
        self.read_kind(kind, &shown, reader)
    }

    /// Whether `path` holds exactly a built-in file already loaded.
    fn is_builtin_copy(&self, path: &Path) -> std::io::Result<bool> {
        let len = std::fs::metadata(path)?.len();
        if !self.skip_same.iter().any(|t| t.len() as u64 == len) {
            return Ok(false);
        }
        let bytes = std::fs::read(path)?;
        Ok(self
            .skip_same
            .iter()
            .any(|t| t.as_bytes() == bytes.as_slice()))
    }

    /// Reads one file of a known kind.
    fn read_kind(
        &mut self,
        kind: FileKind,
        shown: &str,
        reader: impl BufRead,
    ) -> Result<(), GazetteerError> {
        let shown = shown.to_string();
        match kind {
            FileKind::Records => self.records(&shown, reader),
            FileKind::List(t) => self.list(&shown, t, reader),
            FileKind::Variants => self.variants(&shown, reader),
            FileKind::Offices => self.offices_reader(&shown, reader),
            FileKind::Chunks => self.chunks_reader(&shown, reader),
            _ => Ok(()),
        }
    }

    /// Loads office ids (for checking roles) from an `offices.jsonl`; its
    /// errors join the others.
    pub fn offices_reader(
        &mut self,
        name: &str,
        reader: impl BufRead,
    ) -> Result<(), GazetteerError> {
        match super::Offices::parse(name, reader) {
            Ok(offices) => {
                self.title_words.extend(title_words(&offices));
                let set = self.offices.get_or_insert_with(BTreeSet::new);
                set.extend(offices.offices.into_iter().map(|o| o.office));
                Ok(())
            }
            Err(GazetteerError::Invalid { errors, .. }) => {
                self.errors.extend(errors);
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// Loads name-chunk words from a `chunks*.tsv`; its errors join the
    /// others.
    pub fn chunks_reader(
        &mut self,
        name: &str,
        reader: impl BufRead,
    ) -> Result<(), GazetteerError> {
        match super::ChunkWords::parse(name, reader) {
            Ok(words) => {
                self.chunks
                    .get_or_insert_with(super::ChunkWords::default)
                    .extend(words);
                Ok(())
            }
            Err(GazetteerError::Invalid { errors, .. }) => {
                self.errors.extend(errors);
                Ok(())
            }
            Err(e) => Err(e),
        }
    }

    /// Loads office ids from embedded text.
    pub fn offices_text(&mut self, name: &str, text: &str) -> Result<(), GazetteerError> {
        self.offices_reader(name, text.as_bytes())
    }

    /// Checks role references, then returns the gazetteer and its warnings,
    /// or every error found.
    pub fn finish(self) -> Result<(Gazetteer, Vec<GazetteerWarning>), GazetteerError> {
        self.finish_with_sources()
            .map(|(gaz, warnings, _)| (gaz, warnings))
    }

    /// [`Loader::finish`], with where each entity came from.
    pub fn finish_with_sources(
        mut self,
    ) -> Result<(Gazetteer, Vec<GazetteerWarning>, super::Sources), GazetteerError> {
        let sources = super::Sources {
            files: std::mem::take(&mut self.files)
                .into_iter()
                .zip(std::mem::take(&mut self.file_starts))
                .collect(),
            langs: std::mem::take(&mut self.langs),
        };
        self.files = sources.files.iter().map(|(f, _)| f.clone()).collect();
        let offices = match self.offices.take() {
            Some(set) => set,
            None => {
                let builtin = super::Offices::builtin()?;
                self.title_words.extend(title_words(&builtin));
                builtin.offices.into_iter().map(|o| o.office).collect()
            }
        };
        let mut chunks = match self.chunks.take() {
            Some(words) => words,
            None => super::ChunkWords::builtin()?,
        };
        for (t, fused) in std::mem::take(&mut self.title_words) {
            chunks.add_title(&t, fused);
        }
        chunks.notes = std::mem::take(&mut self.gaz.chunks.notes);
        chunks.notes.index_countries(&self.gaz.entities);
        self.gaz.chunks = chunks;
        let pending = std::mem::take(&mut self.roles);
        for p in pending {
            let Some(entity) = self.gaz.entities.get(p.entity as usize) else {
                continue;
            };
            let Some(role) = entity.roles.get(p.role) else {
                continue;
            };
            let mut problems = Vec::new();
            if !offices.contains(&role.office) {
                problems.push(format!(
                    "role office `{}` of `{}` is not in offices.jsonl",
                    role.office, entity.id
                ));
            }
            for target in std::iter::once(&role.of).chain(role.to.as_ref()) {
                if !self.ids.contains_key(&digest(target)) {
                    problems.push(format!(
                        "role `{}` of `{}` refers to unknown entity `{target}`",
                        role.office, entity.id
                    ));
                }
            }
            for message in problems {
                self.warn(p.loc, message);
            }
        }
        self.report_held_back();
        if self.errors.is_empty() {
            Ok((self.gaz, self.warnings, sources))
        } else {
            Err(GazetteerError::Invalid {
                errors: self.errors,
                warnings: self.warnings,
            })
        }
    }
}

/// Every title phrase of `offices`, and whether it holds its
/// organisation's name ("Kepala Staf Angkatan Laut": see
/// [`super::ChunkWords::add_title`]).
fn title_words(offices: &super::Offices) -> Vec<(String, bool)> {
    let mut out = Vec::new();
    for o in &offices.offices {
        for t in o.titles.values().flatten() {
            out.push((t.clone(), o.fused.contains_key(t)));
        }
    }
    out
}

/// The raw bytes read but not yet returned by [`next_line`].
#[derive(Debug, Default)]
pub(super) struct RawBuf {
    bytes: Vec<u8>,
    pos: usize,
}

/// Reads the next line into `buf` (cleared first) without its line end.
/// LF, CRLF and a lone CR all end a line. Returns `Ok(false)` at the end
/// of input. Invalid UTF-8 is decoded lossily and reported through `lossy`.
pub(super) fn next_line(
    reader: &mut impl BufRead,
    raw: &mut RawBuf,
    buf: &mut String,
    lossy: &mut bool,
) -> std::io::Result<bool> {
    buf.clear();
    if raw.pos >= raw.bytes.len() {
        raw.bytes.clear();
        raw.pos = 0;
        if reader.read_until(b'\n', &mut raw.bytes)? == 0 {
            return Ok(false);
        }
    }
    let rest = raw.bytes.get(raw.pos..).unwrap_or_default();
    let end = rest
        .iter()
        .position(|&b| b == b'\n' || b == b'\r')
        .unwrap_or(rest.len());
    let line = rest.get(..end).unwrap_or_default();
    // `read_until` stops after a LF, so a CRLF pair is never split.
    let terminator = match (rest.get(end), rest.get(end + 1)) {
        (Some(b'\r'), Some(b'\n')) => 2,
        (Some(_), _) => 1,
        (None, _) => 0,
    };
    match std::str::from_utf8(line) {
        Ok(s) => {
            *lossy = false;
            buf.push_str(s);
        }
        Err(_) => {
            *lossy = true;
            buf.push_str(&String::from_utf8_lossy(line));
        }
    }
    raw.pos += end + terminator;
    Ok(true)
}

/// The 1-based character column of the first `needle` at or after byte
/// `from` in `line`, or 1.
pub(super) fn col_of(line: &str, needle: &str, from: usize) -> u32 {
    let at = line
        .get(from..)
        .and_then(|rest| rest.find(needle))
        .map_or(0, |i| i + from);
    char_col(line, at)
}

/// The 1-based character column of byte offset `byte` in `line`.
pub(super) fn char_col(line: &str, byte: usize) -> u32 {
    let chars = line.char_indices().take_while(|(i, _)| *i < byte).count();
    u32::try_from(chars + 1).unwrap_or(u32::MAX)
}

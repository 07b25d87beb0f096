//! `gazegraph tag`: one JSON line per mention.

use super::{emit_per_document, CorpusConfig};
use crate::analyse::pipeline::Scratch;
use crate::base::types::Via;
use crate::gazetteer::Gazetteer;
use crate::ingest::document::Document;
use anyhow::Result;
use serde::Serialize;
use std::process::ExitCode;

/// One output line: a mention as `tag` reports it.
#[derive(Clone, Debug, Serialize)]
pub struct Line<'a> {
    /// Document id.
    pub doc: &'a str,
    /// Start, in characters (code points) of the original text.
    pub start: usize,
    /// End (exclusive), in characters.
    pub end: usize,
    /// The text as written.
    pub text: &'a str,
    /// Entity id.
    pub entity: &'a str,
    /// Canonical name.
    pub name: &'a str,
    /// Entity type.
    #[serde(rename = "type")]
    pub etype: &'a str,
    /// How it was matched (`exact`, `variant`, `partial`, `title`, ...).
    pub via: &'a str,
    /// Sentence index in the document.
    pub sentence: u32,
}

/// The mentions of an analysed document as `tag` reports them, in text
/// order; demonyms only with `demonyms`.
pub fn lines<'a>(
    gaz: &'a Gazetteer,
    doc: &'a Document,
    scratch: &'a Scratch,
    demonyms: bool,
) -> impl Iterator<Item = Line<'a>> + 'a {
    let mut starts = CharOffsets::default();
    let mut ends = CharOffsets::default();
    scratch.mentions.iter().filter_map(move |m| {
        if m.via == Via::Demonym && !demonyms {
            return None;
        }
        let ent = gaz.entities.get(m.entity as usize)?;
        Some(Line {
            doc: &doc.id,
            start: starts.at(&doc.text, m.start),
            end: ends.at(&doc.text, m.end),
            text: doc.text.get(m.start..m.end).unwrap_or_default(),
            entity: &ent.id,
            name: &ent.name,
            etype: ent.etype.as_str(),
            via: m.via.as_str(),
            sentence: m.sentence,
        })
    })
}

/// Converts ascending byte offsets to character offsets (as Python slicing
/// counts them) in one forward pass.
#[derive(Debug, Default)]
pub struct CharOffsets {
    byte: usize,
    chars: usize,
}

impl CharOffsets {
    /// The character offset of byte offset `at` of `text`; going backwards
    /// restarts the count from the beginning.
    pub fn at(&mut self, text: &str, at: usize) -> usize {
        if at < self.byte {
            *self = CharOffsets::default();
        }
        self.chars += text.get(self.byte..at).map_or(0, |s| s.chars().count());
        self.byte = at;
        self.chars
    }
}

/// Runs the tagger.
///
/// # Errors
/// Fails when the gazetteer is unusable, on write errors, and with
/// `--strict` when an input warning was reported.
pub fn run(config: CorpusConfig) -> Result<ExitCode> {
    let demonyms = config.demonyms;
    emit_per_document(&config, |gaz, doc, scratch, out| {
        let mut n = 0;
        for line in lines(gaz, doc, scratch, demonyms) {
            serde_json::to_writer(&mut *out, &line)?;
            out.write_all(b"\n")?;
            n += 1;
        }
        Ok(n)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn char_offsets_count_code_points() {
        let text = "é😀ab";
        let mut c = CharOffsets::default();
        assert_eq!(c.at(text, 0), 0);
        assert_eq!(c.at(text, 2), 1);
        assert_eq!(c.at(text, 6), 2);
        assert_eq!(c.at(text, 8), 4);
        assert_eq!(c.at(text, 2), 1);
    }
}

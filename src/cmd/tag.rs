//! `gazegraph tag`: one JSON line per mention.

use super::{emit_per_document, CorpusConfig};
use crate::base::types::Via;
use anyhow::Result;
use serde::Serialize;
use std::process::ExitCode;

/// One output line.
#[derive(Serialize)]
struct Line<'a> {
    doc: &'a str,
    start: usize,
    end: usize,
    text: &'a str,
    entity: &'a str,
    name: &'a str,
    #[serde(rename = "type")]
    etype: &'a str,
    via: &'a str,
    sentence: u32,
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

/// `gazegraph tag` options.
#[derive(Debug)]
pub struct TagConfig {
    /// Inputs and gazetteers.
    pub corpus: CorpusConfig,
    /// Also print names dropped inside longer names (`via: "nested"`).
    pub all: bool,
}

/// Runs the tagger.
///
/// # Errors
/// Fails when the gazetteer is unusable, on write errors, and with
/// `--strict` when an input warning was reported.
pub fn run(config: TagConfig) -> Result<ExitCode> {
    let demonyms = config.corpus.demonyms;
    let all = config.all;
    let mut merged: Vec<crate::base::types::Mention> = Vec::new();
    emit_per_document(&config.corpus, |gaz, doc, scratch, out| {
        let mut starts = CharOffsets::default();
        let mut ends = CharOffsets::default();
        let mut n = 0;
        let mentions = if all && !scratch.nested().is_empty() {
            merged.clear();
            merged.extend_from_slice(&scratch.mentions);
            merged.extend_from_slice(scratch.nested());
            merged.sort_unstable();
            &merged[..]
        } else {
            &scratch.mentions[..]
        };
        for m in mentions {
            if m.via == Via::Demonym && !demonyms {
                continue;
            }
            let Some(ent) = gaz.entities.get(m.entity as usize) else {
                continue;
            };
            let line = Line {
                doc: &doc.id,
                start: starts.at(&doc.text, m.start),
                end: ends.at(&doc.text, m.end),
                text: doc.text.get(m.start..m.end).unwrap_or_default(),
                entity: &ent.id,
                name: &ent.name,
                etype: ent.etype.as_str(),
                via: m.via.as_str(),
                sentence: m.sentence,
            };
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

//! `gazegraph tag`: one JSON line per mention, or with `--html` the
//! document view (every mention highlighted, negated and planned relations
//! marked; `export::docview` writes it).

use super::{analyse_each, emit_per_document, exit_for, CorpusConfig};
use crate::analyse::pipeline::Scratch;
use crate::base::types::{Mention, Via};
use crate::export::docview::{self, DocSink, PageDoc, PageMention, PageRelation};
use crate::gazetteer::{Entity, Gazetteer};
use crate::ingest::document::Document;
use anyhow::{Context, Result};
use serde::Serialize;
use std::io::{self, BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Plain configuration of `gazegraph tag`.
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// Inputs and gazetteers.
    pub corpus: CorpusConfig,
    /// Write the HTML document view instead of JSON lines.
    pub html: bool,
    /// Where the HTML goes (atomically); `None` writes to stdout.
    pub output: Option<PathBuf>,
    /// Also print names dropped inside longer names (`via: "nested"`).
    pub all: bool,
}

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

/// One mention as `tag` reports it, offsets in code points.
struct Shown<'a> {
    start: usize,
    end: usize,
    /// Byte range in the text.
    bytes: std::ops::Range<usize>,
    entity: &'a Entity,
    via: Via,
    sentence: u32,
}

/// The mentions `tag` reports for one analysed document (the JSON lines
/// and the HTML view both come from here, so they agree mention for
/// mention): demonyms only when asked for, offsets in code points.
fn shown<'a>(
    gaz: &'a Gazetteer,
    doc: &'a Document,
    mentions: &'a [Mention],
    demonyms: bool,
) -> impl Iterator<Item = Shown<'a>> + 'a {
    let mut starts = CharOffsets::default();
    let mut ends = CharOffsets::default();
    mentions.iter().filter_map(move |m| {
        if m.via == Via::Demonym && !demonyms {
            return None;
        }
        let entity = gaz.entities.get(m.entity as usize)?;
        Some(Shown {
            start: starts.at(&doc.text, m.start),
            end: ends.at(&doc.text, m.end),
            bytes: m.start..m.end,
            entity,
            via: m.via,
            sentence: m.sentence,
        })
    })
}

/// Runs the tagger.
///
/// # Errors
/// Fails when the gazetteer is unusable, on write errors, and with
/// `--strict` when an input warning was reported.
pub fn run(config: Config) -> Result<ExitCode> {
    if config.html {
        return run_html(&config);
    }
    let (demonyms, all) = (config.corpus.demonyms, config.all);
    let mut merged: Vec<Mention> = Vec::new();
    emit_per_document(&config.corpus, |gaz, doc, scratch, out| {
        let mut n = 0;
        for line in lines(gaz, doc, scratch, demonyms, all, &mut merged) {
            serde_json::to_writer(&mut *out, &line)?;
            out.write_all(b"\n")?;
            n += 1;
        }
        Ok(n)
    })
}

/// The lines `tag` prints for an analysed document, in text order:
/// demonyms only with `demonyms`; with `all` (`--all`), the names dropped
/// inside longer names too (`via: "nested"`). `merged` is scratch space.
pub fn lines<'a>(
    gaz: &'a Gazetteer,
    doc: &'a Document,
    scratch: &'a Scratch,
    demonyms: bool,
    all: bool,
    merged: &'a mut Vec<Mention>,
) -> impl Iterator<Item = Line<'a>> + 'a {
    let mentions = if all && !scratch.nested().is_empty() {
        merged.clear();
        merged.extend_from_slice(&scratch.mentions);
        merged.extend_from_slice(scratch.nested());
        merged.sort_unstable();
        &merged[..]
    } else {
        &scratch.mentions[..]
    };
    shown(gaz, doc, mentions, demonyms).map(|m| Line {
        doc: &doc.id,
        start: m.start,
        end: m.end,
        text: doc.text.get(m.bytes).unwrap_or_default(),
        entity: &m.entity.id,
        name: &m.entity.name,
        etype: m.entity.etype.as_str(),
        via: m.via.as_str(),
        sentence: m.sentence,
    })
}

/// `tag --html`: every document read, in input order, with its mentions
/// and relations, into the document view. Exit code 1 when no document has
/// a mention (the page is written all the same).
fn run_html(config: &Config) -> Result<ExitCode> {
    let mut failure: Option<anyhow::Error> = None;
    let mut found = 0;
    let mut produce = |sink: &mut DocSink<'_>| {
        let demonyms = config.corpus.demonyms;
        let done = analyse_each(&config.corpus, |gaz, doc, scratch| {
            let page = page_doc(gaz, doc, scratch, demonyms);
            let n = page.mentions.len() as u64;
            sink(&page)?;
            Ok(n)
        });
        match done {
            Ok(n) => {
                found = n;
                Ok(())
            }
            Err(e) => {
                let msg = format!("{e:#}");
                failure = Some(e);
                Err(io::Error::other(msg))
            }
        }
    };
    let written = match &config.output {
        Some(path) => crate::base::atomic::write_file_atomic(path, |w| {
            docview::write_docs_html(w, &mut produce)
        })
        .with_context(|| format!("cannot write {}", path.display())),
        None => {
            let stdout = io::stdout();
            let mut w = BufWriter::new(stdout.lock());
            docview::write_docs_html(&mut w, &mut produce)
                .and_then(|()| w.flush())
                .context("cannot write to stdout")
        }
    };
    if let Some(e) = failure {
        return Err(e);
    }
    written?;
    Ok(exit_for(found))
}

/// One document of the view: the mentions `tag` reports and every
/// relation instance with its sentence's code-point range.
fn page_doc<'a>(
    gaz: &'a Gazetteer,
    doc: &'a Document,
    scratch: &'a Scratch,
    demonyms: bool,
) -> PageDoc<'a> {
    let mentions = shown(gaz, doc, &scratch.mentions, demonyms)
        .map(|m| PageMention {
            start: m.start,
            end: m.end,
            entity: &m.entity.id,
            name: &m.entity.name,
            etype: m.entity.etype.as_str(),
            via: m.via.as_str(),
        })
        .collect();
    let mut starts = CharOffsets::default();
    let mut ends = CharOffsets::default();
    let relations = scratch
        .relations
        .iter()
        .filter_map(|r| {
            let s = gaz.entities.get(r.source as usize)?;
            let t = gaz.entities.get(r.target as usize)?;
            let range = &scratch.prep.sentences.get(r.sentence as usize)?.range;
            Some(PageRelation {
                sentence_start: starts.at(&doc.text, range.start),
                sentence_end: ends.at(&doc.text, range.end),
                kind: &r.kind,
                modality: r.modality.as_str(),
                source_name: &s.name,
                target_name: &t.name,
                trigger: &r.trigger,
            })
        })
        .collect();
    PageDoc {
        id: &doc.id,
        title: doc.title.as_deref().or(scratch.prep.title.as_deref()),
        date: doc.date.as_deref().or(scratch.prep.date.as_deref()),
        text: &doc.text,
        mentions,
        relations,
    }
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

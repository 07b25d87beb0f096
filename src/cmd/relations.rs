//! `gazegraph relations`: one JSON line per typed relation instance.

use super::{emit_per_document, CorpusConfig};
use crate::analyse::pipeline::{sentence_text, Scratch};
use crate::gazetteer::Gazetteer;
use crate::ingest::document::Document;
use anyhow::Result;
use serde::Serialize;
use std::process::ExitCode;

/// One output line: a relation instance as `relations` reports it
/// (schema in docs/relations.md).
#[derive(Clone, Debug, Serialize)]
pub struct Line<'a> {
    /// Document id.
    pub doc: &'a str,
    /// Relation kind.
    pub kind: &'a str,
    /// Source entity id.
    pub source: &'a str,
    /// Source canonical name.
    pub source_name: &'a str,
    /// Target entity id.
    pub target: &'a str,
    /// Target canonical name.
    pub target_name: &'a str,
    /// The trigger word as written.
    pub trigger: &'a str,
    /// `asserted`, `planned` or `negated`.
    pub modality: &'a str,
    /// The sentence, whitespace collapsed and capped.
    pub sentence: String,
    /// Sentence index in the document.
    pub sentence_index: u32,
    /// The document's date.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<&'a str>,
    /// Arguments that came by coreference (pronoun or description).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub coref: Vec<CorefLine<'a>>,
}

/// An argument that a pronoun or description stood for.
#[derive(Clone, Debug, Serialize)]
pub struct CorefLine<'a> {
    /// `source` or `target`.
    pub role: &'static str,
    /// The pronoun or description as written.
    pub mention: &'a str,
    /// Sentence index of the name it stands for.
    pub antecedent_sentence: u32,
}

/// The relation instances of an analysed document as `relations` reports
/// them, negated ones included.
pub fn lines<'a>(
    gaz: &'a Gazetteer,
    doc: &'a Document,
    scratch: &'a Scratch,
) -> impl Iterator<Item = Line<'a>> + 'a {
    let date = doc.date.as_deref().or(scratch.prep.date.as_deref());
    scratch.relations.iter().filter_map(move |r| {
        let s = gaz.entities.get(r.source as usize)?;
        let t = gaz.entities.get(r.target as usize)?;
        Some(Line {
            doc: &doc.id,
            kind: &r.kind,
            source: &s.id,
            source_name: &s.name,
            target: &t.id,
            target_name: &t.name,
            trigger: &r.trigger,
            modality: r.modality.as_str(),
            sentence: sentence_text(&scratch.prep, r.sentence),
            sentence_index: r.sentence,
            date,
            coref: r
                .coref
                .iter()
                .map(|c| CorefLine {
                    role: if c.source { "source" } else { "target" },
                    mention: &c.mention,
                    antecedent_sentence: c.antecedent_sentence,
                })
                .collect(),
        })
    })
}

/// Runs the extractor.
///
/// # Errors
/// Fails when the gazetteer or lexicon is unusable, on write errors, and
/// with `--strict` when an input warning was reported.
pub fn run(config: CorpusConfig) -> Result<ExitCode> {
    emit_per_document(&config, |gaz, doc, scratch, out| {
        let mut n = 0;
        for line in lines(gaz, doc, scratch) {
            serde_json::to_writer(&mut *out, &line)?;
            out.write_all(b"\n")?;
            n += 1;
        }
        Ok(n)
    })
}

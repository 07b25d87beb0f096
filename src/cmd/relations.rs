//! `gazegraph relations`: one JSON line per typed relation instance.

use super::{emit_per_document, CorpusConfig};
use crate::analyse::pipeline::sentence_text;
use anyhow::Result;
use serde::Serialize;
use std::process::ExitCode;

/// One output line (schema in docs/relations.md).
#[derive(Serialize)]
struct Line<'a> {
    doc: &'a str,
    kind: &'a str,
    source: &'a str,
    source_name: &'a str,
    target: &'a str,
    target_name: &'a str,
    trigger: &'a str,
    modality: &'a str,
    sentence: String,
    sentence_index: u32,
    #[serde(skip_serializing_if = "Option::is_none")]
    date: Option<&'a str>,
    /// Arguments that came by coreference (pronoun or description).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    coref: Vec<CorefLine<'a>>,
}

/// An argument that a pronoun or description stood for.
#[derive(Serialize)]
struct CorefLine<'a> {
    /// `source` or `target`.
    role: &'static str,
    /// The pronoun or description as written.
    mention: &'a str,
    /// Sentence index of the name it stands for.
    antecedent_sentence: u32,
}

/// Runs the extractor.
///
/// # Errors
/// Fails when the gazetteer or lexicon is unusable, on write errors, and
/// with `--strict` when an input warning was reported.
pub fn run(config: CorpusConfig) -> Result<ExitCode> {
    emit_per_document(&config, |gaz, doc, scratch, out| {
        let date = doc.date.as_deref().or(scratch.prep.date.as_deref());
        let mut n = 0;
        for r in &scratch.relations {
            let (Some(s), Some(t)) = (
                gaz.entities.get(r.source as usize),
                gaz.entities.get(r.target as usize),
            ) else {
                continue;
            };
            let line = Line {
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
            };
            serde_json::to_writer(&mut *out, &line)?;
            out.write_all(b"\n")?;
            n += 1;
        }
        Ok(n)
    })
}

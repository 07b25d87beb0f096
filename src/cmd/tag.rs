//! `gazegraph tag`: one JSON line per mention.

use super::{load_gazetteer, CorpusConfig, WarningSink};
use crate::input::read_inputs;
use crate::matcher::Matcher;
use crate::pipeline::{Scratch, Tagger};
use crate::types::Via;
use anyhow::{Context, Result};
use serde::Serialize;
use std::io::{BufWriter, Write};
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
    /// The character offset of byte offset `at` of `text`; calls must not
    /// go backwards.
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
    let gaz = load_gazetteer(&config)?;
    let matcher = Matcher::new(&gaz).context("building the matcher")?;
    let tagger = Tagger {
        gaz: &gaz,
        matcher: &matcher,
    };
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    let mut scratch = Scratch::new();
    let mut sink = WarningSink::default();
    let mut write_err: Option<std::io::Error> = None;
    let mut found = 0u64;
    read_inputs(
        &config.inputs,
        |doc| {
            tagger.analyse(&doc, &mut scratch);
            let mut starts = CharOffsets::default();
            let mut ends = CharOffsets::default();
            for m in &scratch.mentions {
                if m.via == Via::Demonym && !config.demonyms {
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
                let res = serde_json::to_writer(&mut out, &line)
                    .map_err(std::io::Error::from)
                    .and_then(|()| out.write_all(b"\n"));
                if let Err(e) = res {
                    let msg = e.to_string();
                    write_err = Some(e);
                    return Err(msg);
                }
                found += 1;
            }
            Ok(())
        },
        |w| sink.warn(w),
    )
    .map_err(|e| match write_err.take() {
        Some(io) => anyhow::Error::from(io),
        None => anyhow::Error::from(e),
    })?;
    out.flush().context("writing to stdout")?;
    if config.strict && sink.count > 0 {
        anyhow::bail!("{} input warning(s) and --strict is set", sink.count);
    }
    Ok(ExitCode::from(if found > 0 {
        super::EXIT_OK
    } else {
        super::EXIT_NO_RESULT
    }))
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

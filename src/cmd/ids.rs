//! `gazegraph ids`: the id, version and id hash `build` gives each input
//! document, one JSON line each, without analysing anything. A job that
//! distributes a corpus (spark/gazegraph_spark.py) uses it to give records
//! without an id the ids one build would give, and to partition by a hash
//! of the id, without re-implementing either rule.

use crate::graph::ledger::id_hash;
use crate::ingest::input::{read_inputs, InputSpec};
use anyhow::{Context, Result};
use std::io::Write;
use std::process::ExitCode;

/// Plain configuration of `ids`.
#[derive(Clone, Debug)]
pub struct Config {
    /// Files, folders or standard input.
    pub inputs: Vec<InputSpec>,
}

/// One output line.
#[derive(serde::Serialize)]
struct Line<'a> {
    /// Where the document was read (`path`, `path:line`, `NAME:LINE`).
    source: &'a str,
    /// The document id.
    id: &'a str,
    /// Whether the input gave the id (false: made up from `source`).
    given: bool,
    /// Which copy of a repeated id counts (greatest wins).
    version: String,
    /// The 128-bit id hash `build` and `merge` use, as 32 hex digits.
    hash: String,
}

/// Prints one line per document.
///
/// # Errors
/// Fails when standard output cannot be written.
pub fn run(config: Config) -> Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    read_inputs(
        &config.inputs,
        |doc| {
            let line = Line {
                source: &doc.source,
                id: &doc.id,
                given: doc.id != doc.source,
                version: doc.version(),
                hash: format!("{:032x}", id_hash(&doc.id)),
            };
            serde_json::to_writer(&mut out, &line)
                .map_err(|e| e.to_string())
                .and_then(|()| out.write_all(b"\n").map_err(|e| e.to_string()))
        },
        |w| super::notice::warn(&w.location, &w.message),
    )
    .map_err(|e| anyhow::anyhow!("writing to standard output: {e}"))?;
    out.flush().context("writing to standard output")?;
    Ok(ExitCode::from(super::EXIT_OK))
}

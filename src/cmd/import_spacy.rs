//! `gazegraph gazetteer import spacy`: spaCy EntityRuler patterns in,
//! gazetteer records (JSON Lines) out.

use super::notice;
use crate::base::atomic::write_file_atomic;
use crate::gazetteer::import::spacy::{self, LabelMap, SpacyCounts};
use crate::gazetteer::Gazetteer;
use anyhow::{anyhow, Context, Result};
use std::collections::HashSet;
use std::io::{self, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Plain configuration of a spaCy pattern import.
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// Pattern files; `-` is standard input.
    pub files: Vec<String>,
    /// Output file; `None` is standard output.
    pub output: Option<PathBuf>,
    /// `LABEL=type` settings over the default label mapping.
    pub labels: Vec<String>,
    /// No summary or warnings.
    pub quiet: bool,
}

/// Runs the import; exit 1 when no record was written.
///
/// # Errors
/// Unreadable or malformed pattern files, a bad `--label`, unwritable
/// output.
pub fn run(config: Config) -> Result<ExitCode> {
    notice::set_quiet(config.quiet);
    let mut labels = LabelMap::default();
    for spec in &config.labels {
        labels.set(spec).map_err(|e| anyhow!("--label {e}"))?;
    }
    // Ids of the built-in gazetteer are taken: the output loads beside it.
    let gaz = Gazetteer::builtin().context("cannot load the built-in gazetteer")?;
    let mut taken: HashSet<String> = gaz.entities.into_iter().map(|e| e.id).collect();
    let mut counts = SpacyCounts::default();
    let mut records = Vec::new();
    for name in &config.files {
        let mut reader: Box<dyn io::BufRead> = if name == "-" {
            Box::new(io::stdin().lock())
        } else {
            let file = std::fs::File::open(name).with_context(|| format!("cannot read {name}"))?;
            Box::new(BufReader::new(file))
        };
        let found = spacy::import(name, &mut reader, &labels, &taken, &mut counts, &mut |w| {
            notice::warn_plain(&w)
        })?;
        taken.extend(found.iter().map(|r| r.id.clone()));
        records.extend(found);
    }
    let written = records.len() as u64;
    write_output(config.output.as_deref(), |out| {
        for r in &records {
            out.write_all(r.to_json().as_bytes())?;
            out.write_all(b"\n")?;
        }
        Ok(())
    })?;
    let to = config
        .output
        .as_ref()
        .map_or("standard output".to_string(), |p| p.display().to_string());
    let mut line = format!(
        "read {} patterns, wrote {written} records to {to}",
        counts.patterns
    );
    if counts.unsupported > 0 {
        line.push_str(&format!(
            "; skipped {} unsupported patterns",
            counts.unsupported
        ));
    }
    if !counts.unmapped.is_empty() {
        let list: Vec<String> = counts
            .unmapped
            .iter()
            .map(|(label, n)| format!("{n} {label}"))
            .collect();
        line.push_str(&format!(
            "; skipped labels with no type (map one with --label LABEL=type): {}",
            list.join(", ")
        ));
    }
    notice::note(&line);
    Ok(super::exit_for(written))
}

/// Runs `f` on the output: a file written atomically (untouched when `f`
/// fails), or standard output.
///
/// # Errors
/// The error of `f`, or of writing.
pub(super) fn write_output(
    output: Option<&Path>,
    f: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    match output {
        Some(path) => {
            let mut failed = None;
            let written = write_file_atomic(path, |w| {
                f(w).map_err(|e| {
                    failed = Some(e);
                    io::Error::other("import failed")
                })
            });
            if let Some(e) = failed {
                return Err(e);
            }
            written.with_context(|| format!("cannot write {}", path.display()))
        }
        None => {
            let stdout = io::stdout();
            let mut out = io::BufWriter::new(stdout.lock());
            f(&mut out)?;
            out.flush().context("cannot write to standard output")
        }
    }
}

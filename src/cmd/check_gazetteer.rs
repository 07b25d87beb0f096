//! `gazegraph check-gazetteer`: load gazetteers and report every problem.

use crate::gazetteer::{Gazetteer, GazetteerError, GazetteerWarning};
use crate::types::EntityType;
use anyhow::{Context, Result};
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Plain configuration of a gazetteer check.
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// Gazetteer files or folders; empty means the built-in gazetteer.
    pub paths: Vec<PathBuf>,
}

/// Loads the gazetteers, prints each warning and error as
/// `file:line:col: warning|error: message` on stdout, then a summary line. Exit code 0
/// when there are no errors (warnings allowed), 2 when there are errors.
///
/// # Errors
/// Fails when stdout cannot be written.
pub fn run(config: Config) -> Result<ExitCode> {
    let result = if config.paths.is_empty() {
        Gazetteer::builtin_checked()
    } else {
        Gazetteer::load(&config.paths)
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let code = report(result, &mut out).context("cannot write the report")?;
    out.flush().context("cannot write the report")?;
    Ok(ExitCode::from(code))
}

/// Writes the report of one load; returns the exit code.
fn report(
    result: Result<(Gazetteer, Vec<GazetteerWarning>), GazetteerError>,
    out: &mut impl Write,
) -> io::Result<u8> {
    match result {
        Ok((gaz, warnings)) => {
            for w in &warnings {
                writeln!(out, "{}: warning: {}", w.location, w.message)?;
            }
            let mut counts = String::new();
            for t in EntityType::ALL {
                let n = gaz.entities.iter().filter(|e| e.etype == t).count();
                counts.push_str(&format!("{n} {t}, "));
            }
            let aliases: usize = gaz.entities.iter().map(|e| e.aliases.len()).sum();
            let short: usize = gaz.entities.iter().map(|e| e.short.len()).sum();
            writeln!(
                out,
                "{} entities ({counts}{aliases} names, {short} short forms), {} rules, {} warnings, 0 errors",
                gaz.entities.len(),
                gaz.rules.len(),
                warnings.len()
            )?;
            Ok(super::EXIT_OK)
        }
        Err(GazetteerError::Invalid { errors, warnings }) => {
            let mut all: Vec<(&GazetteerWarning, &str)> = errors
                .iter()
                .map(|e| (e, "error"))
                .chain(warnings.iter().map(|w| (w, "warning")))
                .collect();
            // Input order: by file, then line (locations sort as text within a file).
            all.sort_by_key(|(p, _)| location_key(&p.location));
            for (p, kind) in all {
                writeln!(out, "{}: {kind}: {}", p.location, p.message)?;
            }
            writeln!(
                out,
                "gazetteer not loaded: {} warnings, {} errors",
                warnings.len(),
                errors.len()
            )?;
            Ok(super::EXIT_ERROR)
        }
        Err(err @ GazetteerError::Io { .. }) => {
            writeln!(out, "{err}")?;
            writeln!(out, "gazetteer not loaded: 0 warnings, 1 errors")?;
            Ok(super::EXIT_ERROR)
        }
    }
}

/// Sort key of `file:line:col`: the file, then line and column as numbers.
fn location_key(location: &str) -> (String, u64, u64) {
    let mut parts = location.rsplitn(3, ':');
    let col = parts.next().and_then(|s| s.parse().ok());
    let line = parts.next().and_then(|s| s.parse().ok());
    match (parts.next(), line, col) {
        (Some(file), Some(line), Some(col)) => (file.to_string(), line, col),
        _ => (location.to_string(), 0, 0),
    }
}

//! `gazegraph check-gazetteer`: load gazetteers and report every problem.

use crate::base::types::EntityType;
use crate::gazetteer::{Gazetteer, GazetteerError, GazetteerWarning};
use crate::relations::LexiconError;
use anyhow::{Context, Result};
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Plain configuration of a gazetteer check.
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// Gazetteer files or folders, checked with the built-in gazetteer
    /// (they add to it, as `-g` does).
    pub paths: Vec<PathBuf>,
    /// Check the paths alone (`--no-builtin`).
    pub no_builtin: bool,
}

/// Loads the gazetteers, prints each warning and error as
/// `file:line:col: warning|error: message` on stdout, then a summary line;
/// then loads the relation lexicon files among the paths (`relations*.jsonl`,
/// `offices.jsonl`) and reports the first error in them. Exit code 0 when
/// there are no errors (warnings allowed), 2 when there are errors.
///
/// # Errors
/// Fails when stdout cannot be written.
pub fn run(config: Config) -> Result<ExitCode> {
    let result = Gazetteer::load_with(&config.paths, !config.no_builtin);
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    let mut code = report(result, &mut out).context("cannot write the report")?;
    // Relation lexicon files among the paths are checked too: `build -g`
    // would refuse them.
    let corpus = super::CorpusConfig {
        gazetteers: config.paths.clone(),
        no_builtin: config.no_builtin,
        ..super::CorpusConfig::default()
    };
    if let Err(err) = super::load_lexicon(&corpus) {
        let one = |e: &LexiconError| match e {
            LexiconError::Parse {
                name,
                line,
                message,
            } => format!("{name}:{line}: error: {message}"),
            other => format!("error: {other}"),
        };
        let lines: Vec<String> = match err.root_cause().downcast_ref::<LexiconError>() {
            Some(LexiconError::Lines(all)) => all.iter().map(one).collect(),
            Some(e @ LexiconError::Parse { .. }) => vec![one(e)],
            _ => vec![format!("error: {:#}", err)],
        };
        writeln!(
            out,
            "{}\nrelation lexicon not loaded: {} errors",
            lines.join("\n"),
            lines.len()
        )
        .context("cannot write the report")?;
        code = super::EXIT_ERROR;
    }
    out.flush().context("cannot write the report")?;
    Ok(ExitCode::from(code))
}

/// Writes the report of one load; returns the exit code.
fn report(
    result: Result<(Gazetteer, Vec<GazetteerWarning>), GazetteerError>,
    out: &mut impl Write,
) -> io::Result<u8> {
    match result {
        Ok((gaz, mut warnings)) => {
            // Input order: by file, then line (role checks come last otherwise).
            warnings.sort_by_key(|w| location_key(&w.location));
            for w in &warnings {
                writeln!(out, "{}: warning: {}", w.location, w.message)?;
            }
            let mut counts = String::new();
            for t in EntityType::ALL {
                let n = gaz.entities.iter().filter(|e| e.etype == t).count();
                counts.push_str(&format!("{n} {t}, "));
            }
            let aliases: usize = gaz.entities.iter().map(|e| e.full_names().len()).sum();
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

#[cfg(test)]
mod tests {
    use super::*;

    fn run_report(paths: &[(&str, &str)]) -> (u8, String) {
        let dir = tempfile::tempdir().expect("temp dir");
        for (name, text) in paths {
            std::fs::write(dir.path().join(name), text).expect("write");
        }
        let mut out = Vec::new();
        let code = report(Gazetteer::load(&[dir.path().to_path_buf()]), &mut out).expect("write");
        let text = String::from_utf8(out).expect("utf-8");
        let prefix = format!("{}/", dir.path().display());
        (code, text.replace(&prefix, ""))
    }

    #[test]
    fn clean_and_warning_only_gazetteers_exit_zero() {
        let (code, text) = run_report(&[("place.txt", "Jakarta\nJ\n")]);
        assert_eq!(code, 0);
        assert_eq!(
            text,
            "place.txt:2:1: warning: one-character name `J` skipped\n\
             1 entities (0 person, 1 place, 0 organisation, 1 names, 0 short forms), \
             0 rules, 1 warnings, 0 errors\n"
        );
    }

    #[test]
    fn errors_exit_two_and_are_listed_in_file_order() {
        let records =
            "{\"id\": \"a\", \"name\": \"Alpha\", \"type\": \"place\", \"aliases\": [\"x\"]}\n\
                       {\"id\": \"b\", \"name\": \"Beta\", \"type\": \"thing\"}\n";
        let (code, text) = run_report(&[("e.jsonl", records)]);
        assert_eq!(code, 2);
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(lines.len(), 3, "{text}");
        assert!(lines[0].starts_with("e.jsonl:1:") && lines[0].contains(": warning: "));
        assert!(lines[1].starts_with("e.jsonl:2:") && lines[1].contains(": error: unknown type"));
        assert_eq!(lines[2], "gazetteer not loaded: 1 warnings, 1 errors");
    }

    #[test]
    fn builtin_is_clean() {
        let mut out = Vec::new();
        let code = report(Gazetteer::builtin_checked(), &mut out).expect("write");
        assert_eq!(code, 0);
        let text = String::from_utf8(out).expect("utf-8");
        assert!(text.ends_with("0 warnings, 0 errors\n"), "{text}");
        assert_eq!(text.lines().count(), 1);
    }

    #[test]
    fn locations_sort_by_number() {
        let mut locs = vec!["f:10:1", "f:9:3", "f:9:12", "e:100:1"];
        locs.sort_by_key(|l| location_key(l));
        assert_eq!(locs, ["e:100:1", "f:9:3", "f:9:12", "f:10:1"]);
    }
}

//! `gazegraph gazetteer import wikidata`: Wikidata dump or Query Service
//! results in, gazetteer records (JSON Lines) out.

use super::notice;
use crate::base::types::EntityType;
use crate::gazetteer::import::wikidata::{self, ClassMap, Langs, WikidataCounts, WikidataOptions};
use crate::gazetteer::import::{open_reader, ImportRecord};
use crate::gazetteer::Gazetteer;
use anyhow::{Context, Result};
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Plain configuration of a Wikidata import.
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// Dump files or query results; `-` is standard input.
    pub files: Vec<String>,
    /// Output file; `None` is standard output.
    pub output: Option<PathBuf>,
    /// `all` or comma-separated language codes.
    pub lang: String,
    /// Types kept (empty: all).
    pub types: Vec<EntityType>,
    /// Minimum number of sitelinks.
    pub min_sitelinks: usize,
    /// Extra class mapping files.
    pub classes: Vec<PathBuf>,
    /// Type of items with no mapped class.
    pub default_type: Option<EntityType>,
    /// Keep items whose qid the built-in gazetteer has.
    pub keep_known: bool,
    /// No summary or warnings.
    pub quiet: bool,
}

/// Runs the import; exit 1 when no record was written.
///
/// # Errors
/// Unreadable or malformed inputs and mapping files, unwritable output.
pub fn run(config: Config) -> Result<ExitCode> {
    notice::set_quiet(config.quiet);
    let mut classes = ClassMap::builtin()?;
    for path in &config.classes {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("cannot read {}", path.display()))?;
        classes.add(&path.display().to_string(), &text)?;
    }
    let known = if config.keep_known {
        Default::default()
    } else {
        let gaz = Gazetteer::builtin().context("cannot load the built-in gazetteer")?;
        gaz.entities.into_iter().filter_map(|e| e.qid).collect()
    };
    let opts = WikidataOptions {
        langs: Langs::parse(&config.lang),
        types: config.types.clone(),
        min_sitelinks: config.min_sitelinks,
        classes,
        known,
        default_type: config.default_type,
    };
    let mut counts = WikidataCounts::default();
    let import = |out: &mut dyn Write, counts: &mut WikidataCounts| -> Result<()> {
        let mut emit = |r: ImportRecord| -> io::Result<()> {
            out.write_all(r.to_json().as_bytes())?;
            out.write_all(b"\n")
        };
        for name in &config.files {
            let mut reader = if name == "-" {
                open_reader(name, io::stdin().lock())
            } else {
                std::fs::File::open(name).and_then(|f| open_reader(name, f))
            }
            .with_context(|| format!("cannot read {name}"))?;
            wikidata::import(name, &mut reader, &opts, counts, &mut emit, &mut |w| {
                notice::warn_plain(&w)
            })?;
        }
        Ok(())
    };
    super::import_spacy::write_output(config.output.as_deref(), |out| import(out, &mut counts))?;
    notice::note(&summary(&counts, config.output.as_deref(), &config.lang));
    Ok(super::exit_for(counts.written))
}

/// The closing line: what was read, written and skipped.
fn summary(c: &WikidataCounts, output: Option<&std::path::Path>, lang: &str) -> String {
    let to = output.map_or("standard output".to_string(), |p| p.display().to_string());
    let mut skipped = Vec::new();
    for (n, what) in [
        (c.unmapped, "with no mapped class".to_string()),
        (c.skipped_class, "of a class mapped to skip".to_string()),
        (c.other_type, "of other types".to_string()),
        (c.few_sitelinks, "with too few sitelinks".to_string()),
        (c.known, "already built in (same qid)".to_string()),
        (c.no_name, format!("with no name in {lang}")),
        (c.not_item, "not items".to_string()),
        (c.malformed, "malformed".to_string()),
    ] {
        if n > 0 {
            skipped.push(format!("{n} {what}"));
        }
    }
    let mut line = format!(
        "read {} entities, wrote {} records to {to}",
        c.read, c.written
    );
    if !skipped.is_empty() {
        line.push_str(&format!("; skipped {}", skipped.join(", ")));
    }
    if c.sitelinks_unknown > 0 {
        line.push_str(&format!(
            "; {} query results without a sitelinks column kept unfiltered",
            c.sitelinks_unknown
        ));
    }
    line
}

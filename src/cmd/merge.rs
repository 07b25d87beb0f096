//! `gazegraph merge`: combine shard graphs into what one build gives.

use crate::base::atomic::AtomicFile;
use crate::export::Format;
use crate::graph::ledger::{self, LEDGER_FILE};
use crate::graph::merge::{IdCounter, LedgerUnion, Merger};
use crate::graph::KnowledgeGraph;
use anyhow::{Context, Result};
use std::fs::File;
use std::io::{BufReader, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// Plain configuration of a merge.
#[derive(Clone, Debug)]
pub struct Config {
    /// graph.json files.
    pub graphs: Vec<PathBuf>,
    /// Output folder.
    pub output: PathBuf,
    /// Export formats besides graph.json.
    pub formats: Vec<Format>,
    /// No summary output.
    pub quiet: bool,
}

fn ledger_of(graph: &Path) -> PathBuf {
    graph.with_file_name(LEDGER_FILE)
}

fn manifest_of(graph: &Path) -> PathBuf {
    graph.with_file_name(crate::base::outputs::MANIFEST_FILE)
}

/// Runs the merge.
///
/// # Errors
/// Fails on unreadable inputs or ledgers, graphs built with different
/// windows, or write errors.
pub fn run(mut config: Config) -> Result<ExitCode> {
    // Argument order must not change the result.
    config.graphs.sort();
    config.graphs.dedup();
    // Each input must be one whole build: graph.json and its ledger as its
    // manifest names them (the manifests are compared again at the end,
    // so a build committing into an input meanwhile is caught too).
    let mut manifests = Vec::with_capacity(config.graphs.len());
    for path in &config.graphs {
        crate::base::manifest::verify(path, &[LEDGER_FILE], true)?;
        manifests.push(std::fs::read(manifest_of(path)).ok());
    }
    let folder = crate::base::outdir::OutputFolder::open(&config.output)?;
    let mut merger = Merger::new();
    for path in &config.graphs {
        merger
            .add(super::read_graph(path)?)
            .with_context(|| format!("merging {}", path.display()))?;
    }
    // Which document ids recur across inputs: only the ledgers list every
    // document (graph.json lists the ones its kept lists refer to).
    let mut ids = IdCounter::default();
    let mut without_ledger = Vec::new();
    for path in &config.graphs {
        let lp = ledger_of(path);
        let Ok(f) = File::open(&lp) else {
            without_ledger.push(lp);
            continue;
        };
        ledger::for_each(BufReader::new(f), &lp.display().to_string(), |d| {
            ids.add(&d.info.id)
        })?;
    }
    if !without_ledger.is_empty() && config.graphs.len() > 1 {
        super::notice::warn_plain(&format!(
            "{} input(s) without a ledger ({LEDGER_FILE}), e.g. {}: a document they share with another input would be counted twice",
            without_ledger.len(),
            without_ledger[0].display()
        ));
    }
    let shared = ids.recurring();
    if shared > 0 {
        // Subtract every extra copy once, from the first ledger listing it.
        let mut done = LedgerUnion::default();
        for path in &config.graphs {
            let lp = ledger_of(path);
            let Ok(f) = File::open(&lp) else { continue };
            let mut hits = Vec::new();
            ledger::for_each(BufReader::new(f), &lp.display().to_string(), |d| {
                let extra = ids.extra(&d.info.id);
                if extra > 0 && done.first(&d.info.id) {
                    hits.push((d, extra));
                }
            })?;
            for (d, copies) in hits {
                merger.subtract(&d, copies);
            }
        }
    }
    let graph = KnowledgeGraph::from_data(merger.finish()?).0;
    let threads = super::build::default_threads();
    super::build::write_outputs(
        &graph,
        &graph.documents,
        folder.staging(),
        &config.formats,
        threads,
    )?;
    write_ledger(&config.graphs, folder.staging())?;
    for (path, before) in config.graphs.iter().zip(&manifests) {
        if std::fs::read(manifest_of(path)).ok() != *before {
            anyhow::bail!(
                "{} changed while it was being merged (a build committed into its folder); run the merge again",
                path.display()
            );
        }
    }
    let written = super::build::commit_outputs(folder)?;
    if !config.quiet {
        super::notice::note(&format!(
            "merged {} graphs: {} documents ({} shared), {} entities, {} edges",
            config.graphs.len(),
            graph.document_count,
            shared,
            graph.node_count(),
            graph.edge_count()
        ));
        for p in written {
            super::notice::note(&format!("wrote {}", p.display()));
        }
    }
    Ok(ExitCode::from(super::EXIT_OK))
}

/// Writes the union of the inputs' ledgers, each document once.
fn write_ledger(graphs: &[PathBuf], dir: &Path) -> Result<PathBuf> {
    let path = dir.join(LEDGER_FILE);
    let mut missing = Vec::new();
    let mut file = AtomicFile::create(&path)?;
    {
        let mut w = BufWriter::new(file.file());
        let mut union = LedgerUnion::default();
        for g in graphs {
            let lp = ledger_of(g);
            let Ok(f) = File::open(&lp) else {
                missing.push(lp);
                continue;
            };
            let mut err = None;
            ledger::for_each(BufReader::new(f), &lp.display().to_string(), |d| {
                if err.is_none() && union.first(&d.info.id) {
                    err = ledger::write_line(&mut w, &d).err();
                }
            })?;
            if let Some(e) = err {
                return Err(e).context("writing the merged ledger");
            }
        }
        w.flush()?;
    }
    file.commit()
        .with_context(|| format!("writing {}", path.display()))?;
    for m in missing {
        super::notice::warn(
            &m.display().to_string(),
            "no ledger; the merged ledger lacks its documents",
        );
    }
    Ok(path)
}

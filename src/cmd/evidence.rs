//! `gazegraph evidence`: every sentence supporting the edges between two
//! entities.

use super::{EXIT_NO_RESULT, EXIT_OK};
use crate::query::paths::edges_between;
use crate::query::report::{
    edge_json, entity_json, evidence_of, resolve_pair, EdgeJson, EntityJson,
};
use crate::query::table::{write_json, Style};
use crate::query::{self, Filter, QueryGraph};
use anyhow::{Context, Result};
use serde::Serialize;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Plain configuration of `evidence`.
#[derive(Clone, Debug)]
pub struct Config {
    /// The saved graph.json.
    pub graph: PathBuf,
    /// Print JSON instead of text.
    pub json: bool,
    /// One entity (as typed).
    pub a: String,
    /// The other entity (as typed).
    pub b: String,
    /// Filters.
    pub filter: Filter,
}

/// What `evidence` reports (its `--json` output).
#[derive(Debug, Serialize)]
pub struct Report {
    a: EntityJson,
    b: EntityJson,
    edges: Vec<EdgeJson>,
}

/// Runs `evidence`.
///
/// # Errors
/// Fails when the graph cannot be loaded or output cannot be written.
pub fn run(config: Config) -> Result<ExitCode> {
    crate::base::manifest::verify(&config.graph, &[], false)?;
    let g = query::load(&config.graph)?;
    let mut out = BufWriter::new(std::io::stdout().lock());
    let Some((a, b)) = resolve_pair(&g, &config.a, &config.b, config.json, &mut out)? else {
        return Ok(ExitCode::from(EXIT_NO_RESULT));
    };
    let report = report(&g, a, b, &config.filter)?;
    let found = !report.edges.is_empty();
    if config.json {
        write_json(&mut out, &report)?;
    } else if found {
        write_text(&mut out, &report)?;
    } else {
        crate::base::diag::diag!(
            "gazegraph: no edge links {} and {}",
            report.a.name,
            report.b.name
        );
    }
    out.flush()?;
    Ok(ExitCode::from(if found { EXIT_OK } else { EXIT_NO_RESULT }))
}

/// Every edge between nodes `a` and `b` that passes `filter`, with all its
/// evidence in the filter's date range.
///
/// # Errors
/// Fails when records or evidence cannot be read from the cache.
pub fn report(g: &QueryGraph, a: u32, b: u32, filter: &Filter) -> Result<Report> {
    let ef = filter.for_graph(g);
    let mut edges = Vec::new();
    for e in edges_between(g, &ef, a, b) {
        let ev = evidence_of(g, &ef, e).context("reading evidence")?;
        edges.push(edge_json(g, e, ev)?);
    }
    Ok(Report {
        a: entity_json(g, a)?,
        b: entity_json(g, b)?,
        edges,
    })
}

fn write_text(out: &mut impl Write, r: &Report) -> std::io::Result<()> {
    let style = Style::detect();
    let name = |id: &str| {
        if id == r.a.id {
            r.a.name.as_str()
        } else {
            r.b.name.as_str()
        }
    };
    for (i, e) in r.edges.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        let link = if e.directed { "->" } else { "--" };
        let head = format!(
            "{}: {} {link} {}  (weight {}, {} sentence{} kept)",
            e.kind,
            name(&e.source),
            name(&e.target),
            e.weight,
            e.evidence.len(),
            if e.evidence.len() == 1 { "" } else { "s" }
        );
        writeln!(out, "{}", style.bold(&head))?;
        for ev in &e.evidence {
            let mut meta = format!(
                "{}  {} #{}",
                ev.date.as_deref().unwrap_or("undated"),
                ev.doc,
                ev.sentence
            );
            if let Some(t) = &ev.trigger {
                meta.push_str(&format!("  trigger: {t}"));
            }
            if let Some(m) = ev.modality {
                meta.push_str(&format!("  ({})", m.as_str()));
            }
            writeln!(out, "  {}", style.dim(&meta))?;
            writeln!(out, "    {}", ev.text)?;
        }
    }
    Ok(())
}

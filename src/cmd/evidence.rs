//! `gazegraph evidence`: every sentence supporting the edges between two
//! entities.

use super::{EXIT_NO_RESULT, EXIT_OK};
use crate::query::paths::edges_between;
use crate::query::report::{
    edge_json, entity_json, evidence_of, resolve_pair, EdgeJson, EntityJson,
};
use crate::query::table::{write_json, Style};
use crate::query::{self, Filter};
use anyhow::{Context, Result};
use serde::Serialize;
use std::io::Write;
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

#[derive(Debug, Serialize)]
struct Report {
    a: EntityJson,
    b: EntityJson,
    edges: Vec<EdgeJson>,
}

/// Runs `evidence`.
///
/// # Errors
/// Fails when the graph cannot be loaded or output cannot be written.
pub fn run(config: Config) -> Result<ExitCode> {
    super::answer_query(&config.graph, |g, out| answer(&config, g, out))
}

/// Computes the answer on `g` into `out`: what `run` prints (the JSON
/// with `json`), and the exit code.
pub fn answer(config: &Config, g: &query::QueryGraph, out: &mut Vec<u8>) -> Result<ExitCode> {
    let mut out = out;
    let Some((a, b)) = resolve_pair(g, &config.a, &config.b, config.json, &mut out)? else {
        return Ok(ExitCode::from(EXIT_NO_RESULT));
    };
    let ef = config.filter.for_graph(g);
    let mut edges = Vec::new();
    for e in edges_between(g, &ef, a, b) {
        let ev = evidence_of(g, &ef, e).context("reading evidence")?;
        edges.push(edge_json(g, e, ev)?);
    }
    let found = !edges.is_empty();
    let report = Report {
        a: entity_json(g, a)?,
        b: entity_json(g, b)?,
        edges,
    };
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

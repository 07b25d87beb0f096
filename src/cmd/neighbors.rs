//! `gazegraph neighbors`: the ranked neighbourhood of one entity.

use super::{EXIT_NO_RESULT, EXIT_OK};
use crate::graph::Evidence;
use crate::query::paths::neighborhood;
use crate::query::report::{entity_json, first_evidence, resolve, EntityJson};
use crate::query::table::{short_kind, short_type, write_json, Paint, Style, Table};
use crate::query::{self, Filter};
use anyhow::{Context, Result};
use serde::Serialize;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Plain configuration of `neighbors`.
#[derive(Clone, Debug)]
pub struct Config {
    /// The saved graph.json.
    pub graph: PathBuf,
    /// Print JSON instead of a table.
    pub json: bool,
    /// The entity as typed.
    pub entity: String,
    /// Filters.
    pub filter: Filter,
    /// Hops from the entity (at least 1).
    pub depth: usize,
    /// At most this many rows.
    pub limit: Option<usize>,
}

/// JSON output of `neighbors`.
#[derive(Debug, Serialize)]
struct Report {
    entity: EntityJson,
    depth: usize,
    total: usize,
    neighbors: Vec<Row>,
}

#[derive(Debug, Serialize)]
struct Row {
    rank: usize,
    #[serde(flatten)]
    entity: EntityJson,
    hops: usize,
    weight: u64,
    kinds: Vec<String>,
    via: Option<String>,
    #[serde(skip)]
    via_name: Option<String>,
    evidence: Option<Evidence>,
}

/// Runs `neighbors`.
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
    let Some(center) = resolve(g, &config.entity, config.json, &mut out)? else {
        return Ok(ExitCode::from(EXIT_NO_RESULT));
    };
    let ef = config.filter.for_graph(g);
    let all = neighborhood(g, &ef, center, config.depth.max(1));
    let total = all.len();
    let shown = all.iter().take(config.limit.unwrap_or(usize::MAX));
    let mut rows = Vec::new();
    for (i, n) in shown.enumerate() {
        let mut kinds: Vec<String> = n
            .edges
            .iter()
            .map(|&e| g.kind_name(&g.edges[e as usize]).to_string())
            .collect();
        kinds.sort();
        kinds.dedup();
        // The heaviest edge's first sentence; relation edges may be lighter
        // but co-occurrence sentences are the most common evidence.
        let mut evidence = None;
        for &e in &n.edges {
            evidence = first_evidence(g, &ef, e).context("reading evidence")?;
            if evidence.is_some() {
                break;
            }
        }
        let via = match n.via {
            Some(v) => Some(g.node(v)?),
            None => None,
        };
        rows.push(Row {
            rank: i + 1,
            entity: entity_json(g, n.node)?,
            hops: n.hops,
            weight: n.weight,
            kinds,
            via: via.as_ref().map(|v| v.id.clone()),
            via_name: via.map(|v| v.name.clone()),
            evidence,
        });
    }
    let found = !rows.is_empty();
    if config.json {
        let report = Report {
            entity: entity_json(g, center)?,
            depth: config.depth.max(1),
            total,
            neighbors: rows,
        };
        write_json(&mut out, &report)?;
    } else if found {
        write_table(&mut out, &rows)?;
    } else {
        crate::base::diag::diag!(
            "gazegraph: no neighbours of {} match the filters",
            g.node(center)?.name
        );
    }
    out.flush()?;
    Ok(ExitCode::from(if found { EXIT_OK } else { EXIT_NO_RESULT }))
}

fn write_table(out: &mut impl Write, rows: &[Row]) -> std::io::Result<()> {
    let style = Style::detect();
    let deep = rows.iter().any(|r| r.hops > 1);
    let mut headers = vec![">#", "name", "type", ">weight", "kinds"];
    if deep {
        headers.extend([">hops", "via"]);
    }
    headers.push("evidence");
    let mut t = Table::new(&headers).flex(headers.len() - 1).keep(1);
    for r in rows {
        let mut cells = vec![
            (r.rank.to_string(), Paint::None),
            (r.entity.name.clone(), Paint::Type(r.entity.etype)),
            (short_type(r.entity.etype).to_string(), Paint::None),
            (r.weight.to_string(), Paint::None),
            (
                r.kinds
                    .iter()
                    .map(|k| short_kind(k))
                    .collect::<Vec<_>>()
                    .join(","),
                Paint::None,
            ),
        ];
        if deep {
            let via = r.via_name.clone().unwrap_or_default();
            cells.push((r.hops.to_string(), Paint::None));
            cells.push((via, Paint::None));
        }
        let ev = r
            .evidence
            .as_ref()
            .map_or(String::new(), |e| e.text.to_string());
        cells.push((ev, Paint::Dim));
        t.row(cells);
    }
    t.write(out, &style)
}

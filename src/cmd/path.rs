//! `gazegraph path`: how two entities are connected, by fewest hops and by
//! strongest links, with the evidence for each hop.

use super::{EXIT_NO_RESULT, EXIT_OK};
use crate::graph::Evidence;
use crate::query::filter::EdgeFilter;
use crate::query::paths::{shortest_path, weighted_path, Hop};
use crate::query::report::{entity_json, first_evidence, resolve_pair, EntityJson};
use crate::query::table::{truncate, write_json, Style};
use crate::query::{self, Filter, QueryGraph};
use anyhow::{Context, Result};
use serde::Serialize;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Plain configuration of `path`.
#[derive(Clone, Debug)]
pub struct Config {
    /// The saved graph.json.
    pub graph: PathBuf,
    /// Print JSON instead of text.
    pub json: bool,
    /// From this entity (as typed).
    pub from: String,
    /// To this entity (as typed).
    pub to: String,
    /// Filters.
    pub filter: Filter,
}

#[derive(Debug, Serialize)]
struct Report {
    from: EntityJson,
    to: EntityJson,
    shortest: Option<PathJson>,
    weighted: Option<PathJson>,
}

#[derive(Debug, Serialize)]
struct PathJson {
    hops: usize,
    cost: f64,
    steps: Vec<Step>,
}

#[derive(Debug, Serialize)]
struct Step {
    from: EntityJson,
    to: EntityJson,
    kind: String,
    directed: bool,
    /// True when a directed edge points from `to` back to `from`.
    reversed: bool,
    weight: u64,
    evidence: Option<Evidence>,
}

/// Runs `path`.
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
    let Some((a, b)) = resolve_pair(g, &config.from, &config.to, config.json, &mut out)? else {
        return Ok(ExitCode::from(EXIT_NO_RESULT));
    };
    let ef = config.filter.for_graph(g);
    let shortest = match shortest_path(g, &ef, a, b) {
        Some(hops) => Some(path_json(g, &ef, &hops, None)?),
        None => None,
    };
    let weighted = match weighted_path(g, &ef, a, b) {
        Some((hops, cost)) => Some(path_json(g, &ef, &hops, Some(cost))?),
        None => None,
    };
    let found = shortest.is_some();
    let report = Report {
        from: entity_json(g, a)?,
        to: entity_json(g, b)?,
        shortest,
        weighted,
    };
    if config.json {
        write_json(&mut out, &report)?;
    } else if found {
        write_text(&mut out, &report)?;
    } else {
        crate::base::diag::diag!(
            "gazegraph: no path between {} and {}",
            report.from.name,
            report.to.name
        );
    }
    out.flush()?;
    Ok(ExitCode::from(if found { EXIT_OK } else { EXIT_NO_RESULT }))
}

fn path_json(g: &QueryGraph, ef: &EdgeFilter, hops: &[Hop], cost: Option<f64>) -> Result<PathJson> {
    let mut steps = Vec::with_capacity(hops.len());
    for h in hops {
        let e = &g.edges[h.edge as usize];
        steps.push(Step {
            from: entity_json(g, h.from)?,
            to: entity_json(g, h.to)?,
            kind: g.kind_name(e).to_string(),
            directed: e.directed,
            reversed: e.directed && e.source != h.from,
            weight: e.weight,
            evidence: first_evidence(g, ef, h.edge).context("reading evidence")?,
        });
    }
    let cost = cost.unwrap_or_else(|| {
        hops.iter()
            .map(|h| 1.0 / g.edges[h.edge as usize].weight.max(1) as f64)
            .sum()
    });
    Ok(PathJson {
        hops: steps.len(),
        cost,
        steps,
    })
}

/// Whether two paths visit the same entities in the same order.
fn same_route(a: Option<&PathJson>, b: Option<&PathJson>) -> bool {
    let ids = |p: &PathJson| -> Vec<String> { p.steps.iter().map(|s| s.to.id.clone()).collect() };
    matches!((a, b), (Some(a), Some(b)) if ids(a) == ids(b))
}

fn write_text(out: &mut impl Write, r: &Report) -> std::io::Result<()> {
    let style = Style::detect();
    let sections = [
        ("Shortest path (fewest hops)", &r.shortest),
        ("Strongest path (edge cost 1/weight)", &r.weighted),
    ];
    for (i, (title, path)) in sections.into_iter().enumerate() {
        let Some(p) = path else { continue };
        if i > 0 {
            writeln!(out)?;
            if same_route(r.shortest.as_ref(), Some(p)) {
                writeln!(out, "{}", style.bold(&format!("{title}: the same route")))?;
                continue;
            }
        }
        let head = format!(
            "{title}: {} hop{}, cost {:.3}",
            p.hops,
            if p.hops == 1 { "" } else { "s" },
            p.cost
        );
        writeln!(out, "{}", style.bold(&head))?;
        if p.steps.is_empty() {
            writeln!(out, "  {} is {}", r.from.name, r.to.name)?;
        }
        for s in &p.steps {
            let arrow = match (s.directed, s.reversed) {
                (false, _) => format!("--{}--", s.kind),
                (true, false) => format!("--{}->", s.kind),
                (true, true) => format!("<-{}--", s.kind),
            };
            writeln!(
                out,
                "  {} {} {}  (weight {})",
                style.typed(s.from.etype, &s.from.name),
                arrow,
                style.typed(s.to.etype, &s.to.name),
                s.weight
            )?;
            if let Some(ev) = &s.evidence {
                let src = format!("({}, {})", ev.doc, ev.date.as_deref().unwrap_or("undated"));
                let room = style.width.saturating_sub(src.chars().count() + 7);
                writeln!(
                    out,
                    "      \"{}\" {}",
                    truncate(&ev.text, room),
                    style.dim(&src)
                )?;
            }
        }
    }
    Ok(())
}

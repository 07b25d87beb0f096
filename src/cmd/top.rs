//! `gazegraph top`: entities ranked by degree, weight, PageRank or
//! betweenness.

use super::{EXIT_NO_RESULT, EXIT_OK};
use crate::query::rank::Measure;
use crate::query::report::{entity_json, EntityJson};
use crate::query::table::{short_type, write_json, Paint, Style, Table};
use crate::query::{self, Filter, QueryGraph};
use anyhow::Result;
use serde::Serialize;
use std::io::{BufWriter, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Plain configuration of `top`.
#[derive(Clone, Debug)]
pub struct Config {
    /// The saved graph.json.
    pub graph: PathBuf,
    /// Print JSON instead of a table.
    pub json: bool,
    /// Ranking measure.
    pub by: Measure,
    /// Filters: edge filters change the scores, the type filter only which
    /// entities are listed.
    pub filter: Filter,
    /// At most this many rows.
    pub limit: usize,
}

/// What `top` reports (its `--json` output).
#[derive(Debug, Serialize)]
pub struct Report {
    by: &'static str,
    exact: bool,
    entities: Vec<Row>,
}

#[derive(Debug, Serialize)]
struct Row {
    rank: usize,
    #[serde(flatten)]
    entity: EntityJson,
    score: f64,
}

/// Runs `top`.
///
/// # Errors
/// Fails when the graph cannot be loaded or output cannot be written.
pub fn run(config: Config) -> Result<ExitCode> {
    crate::base::manifest::verify(&config.graph, &[], false)?;
    let g = query::load(&config.graph)?;
    let mut out = BufWriter::new(std::io::stdout().lock());
    let report = report(&g, config.by, &config.filter, config.limit)?;
    let (rows, exact) = (&report.entities, report.exact);
    let found = !rows.is_empty();
    if config.json {
        write_json(&mut out, &report)?;
    } else if found {
        let style = Style::detect();
        let mut t = Table::new(&[">#", "name", "type", &format!(">{}", config.by.as_str())]);
        for r in rows {
            let score = match config.by {
                Measure::Degree | Measure::Weight => format!("{}", r.score),
                Measure::Pagerank => format!("{:.6}", r.score),
                Measure::Betweenness => format!("{:.2}", r.score),
            };
            t.row(vec![
                (r.rank.to_string(), Paint::None),
                (r.entity.name.clone(), Paint::Type(r.entity.etype)),
                (short_type(r.entity.etype).to_string(), Paint::None),
                (score, Paint::None),
            ]);
        }
        t.write(&mut out, &style)?;
        if !exact {
            writeln!(
                out,
                "{}",
                style.dim("(estimated from a sample of source nodes: the graph is large)")
            )?;
        }
    } else {
        crate::base::diag::diag!("gazegraph: no entity matches the filters");
    }
    out.flush()?;
    Ok(ExitCode::from(if found { EXIT_OK } else { EXIT_NO_RESULT }))
}

/// The `limit` entities ranked highest `by` the measure, among those that
/// pass `filter` (edge filters change the scores, the type filter only
/// which entities are listed).
///
/// # Errors
/// Fails when entity records cannot be read from the cache.
pub fn report(g: &QueryGraph, by: Measure, filter: &Filter, limit: usize) -> Result<Report> {
    let ef = filter.for_graph(g);
    let (scores, exact) = by.scores(g, &ef);
    let mut order: Vec<u32> = (0..g.node_count() as u32)
        .filter(|&n| ef.node_ok(n) && scores[n as usize] > 0.0)
        .collect();
    // Ties break by id (the node order) so the ranking is stable.
    let by_score = |a: &u32, b: &u32| {
        scores[*b as usize]
            .total_cmp(&scores[*a as usize])
            .then(a.cmp(b))
    };
    if order.len() > limit && limit > 0 {
        order.select_nth_unstable_by(limit - 1, by_score);
        order.truncate(limit);
    }
    order.sort_by(by_score);
    order.truncate(limit);
    let mut rows = Vec::with_capacity(order.len());
    for (i, &n) in order.iter().enumerate() {
        rows.push(Row {
            rank: i + 1,
            entity: entity_json(g, n)?,
            score: scores[n as usize],
        });
    }
    Ok(Report {
        by: by.as_str(),
        exact,
        entities: rows,
    })
}

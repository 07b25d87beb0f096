//! `gazegraph top`: entities ranked by degree, weight, PageRank or
//! betweenness, or the communities with their biggest members.

use super::{EXIT_NO_RESULT, EXIT_OK};
use crate::query::rank::Measure;
use crate::query::report::{entity_json, EntityJson};
use crate::query::table::{short_type, write_json, Paint, Style, Table};
use crate::query::{self, Filter};
use anyhow::Result;
use serde::Serialize;
use std::io::Write;
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

#[derive(Debug, Serialize)]
struct Report {
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

/// Members listed per community.
pub const COMMUNITY_MEMBERS: usize = 5;

#[derive(Debug, Serialize)]
struct CommunityReport {
    by: &'static str,
    communities: Vec<CommunityRow>,
}

#[derive(Debug, Serialize)]
struct CommunityRow {
    community: u32,
    size: usize,
    members: Vec<EntityJson>,
}

/// Runs `top`.
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
    let ef = config.filter.for_graph(g);
    if config.by == Measure::Community {
        return communities(config, g, &ef, &mut out);
    }
    let (scores, exact) = config.by.scores(g, &ef);
    let mut order: Vec<u32> = (0..g.node_count() as u32)
        .filter(|&n| ef.node_ok(n) && scores[n as usize] > 0.0)
        .collect();
    // Ties break by id (the node order) so the ranking is stable.
    let by_score = |a: &u32, b: &u32| {
        scores[*b as usize]
            .total_cmp(&scores[*a as usize])
            .then(a.cmp(b))
    };
    if order.len() > config.limit && config.limit > 0 {
        order.select_nth_unstable_by(config.limit - 1, by_score);
        order.truncate(config.limit);
    }
    order.sort_by(by_score);
    order.truncate(config.limit);
    let mut rows = Vec::with_capacity(order.len());
    for (i, &n) in order.iter().enumerate() {
        rows.push(Row {
            rank: i + 1,
            entity: entity_json(g, n)?,
            score: scores[n as usize],
        });
    }
    let found = !rows.is_empty();
    if config.json {
        let report = Report {
            by: config.by.as_str(),
            exact,
            entities: rows,
        };
        write_json(&mut out, &report)?;
    } else if found {
        let style = Style::detect();
        let mut t = Table::new(&[">#", "name", "type", &format!(">{}", config.by.as_str())]);
        for r in &rows {
            let score = match config.by {
                Measure::Degree | Measure::Weight => format!("{}", r.score),
                Measure::Pagerank => format!("{:.6}", r.score),
                Measure::Betweenness => format!("{:.2}", r.score),
                Measure::Community => format!("{}", r.score),
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

/// `top --by community`: communities by size (largest first), each with
/// its members of largest co-occurrence weight (ties by id); communities
/// of one entity without co-occurrence are left out.
fn communities(
    config: &Config,
    g: &query::QueryGraph,
    ef: &query::filter::EdgeFilter,
    out: &mut impl Write,
) -> Result<ExitCode> {
    let comm = crate::query::rank::communities(g, ef);
    let (weight, _) = Measure::Community.scores(g, ef);
    let k = comm.iter().map(|&c| c as usize + 1).max().unwrap_or(0);
    let mut members: Vec<Vec<u32>> = vec![Vec::new(); k];
    for (n, &c) in comm.iter().enumerate() {
        if ef.node_ok(n as u32) && weight[n] > 0.0 {
            members[c as usize].push(n as u32);
        }
    }
    let mut rows = Vec::new();
    for (c, mut m) in members.into_iter().enumerate() {
        if m.is_empty() || (config.limit > 0 && rows.len() >= config.limit) {
            continue;
        }
        m.sort_by(|a, b| {
            weight[*b as usize]
                .total_cmp(&weight[*a as usize])
                .then(a.cmp(b))
        });
        let size = m.len();
        let members = m
            .iter()
            .take(COMMUNITY_MEMBERS)
            .map(|&n| entity_json(g, n))
            .collect::<Result<Vec<_>, _>>()?;
        rows.push(CommunityRow {
            community: c as u32,
            size,
            members,
        });
    }
    let found = !rows.is_empty();
    if config.json {
        let report = CommunityReport {
            by: "community",
            communities: rows,
        };
        write_json(out, &report)?;
    } else if found {
        let style = Style::detect();
        let mut t = Table::new(&[">community", ">size", "biggest members"]).flex(2);
        for r in &rows {
            let names: Vec<&str> = r.members.iter().map(|m| m.name.as_str()).collect();
            let more = if r.size > r.members.len() {
                ", …"
            } else {
                ""
            };
            t.row(vec![
                (r.community.to_string(), Paint::None),
                (r.size.to_string(), Paint::None),
                (format!("{}{more}", names.join(", ")), Paint::None),
            ]);
        }
        t.write(out, &style)?;
    } else {
        crate::base::diag::diag!("gazegraph: no entity matches the filters");
    }
    out.flush()?;
    Ok(ExitCode::from(if found { EXIT_OK } else { EXIT_NO_RESULT }))
}

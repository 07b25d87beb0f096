//! `gazegraph show`: one entity's names, variants seen, documents and top
//! neighbours.

use super::{EXIT_NO_RESULT, EXIT_OK};
use crate::base::types::EntityType;
use crate::graph::DocInfo;
use crate::query::paths::neighborhood;
use crate::query::report::resolve;
use crate::query::table::{short_kind, short_type, write_json, Paint, Style, Table};
use crate::query::{self, Filter};
use anyhow::Result;
use serde::Serialize;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Plain configuration of `show`.
#[derive(Clone, Debug)]
pub struct Config {
    /// The saved graph.json.
    pub graph: PathBuf,
    /// Print JSON instead of text.
    pub json: bool,
    /// The entity as typed.
    pub entity: String,
    /// Neighbours listed.
    pub limit: usize,
}

#[derive(Debug, Serialize)]
struct Report {
    id: String,
    name: String,
    #[serde(rename = "type")]
    etype: EntityType,
    qid: Option<String>,
    aliases: Vec<String>,
    mentions: u64,
    documents: u64,
    surface_forms: Vec<Form>,
    docs: Vec<DocInfo>,
    first_seen: Option<String>,
    last_seen: Option<String>,
    neighbors: Vec<Neighbor>,
}

#[derive(Debug, Serialize)]
struct Form {
    form: String,
    count: u64,
}

#[derive(Debug, Serialize)]
struct Neighbor {
    id: String,
    name: String,
    #[serde(rename = "type")]
    etype: EntityType,
    weight: u64,
    kinds: Vec<String>,
}

/// Runs `show`.
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
    let Some(n) = resolve(g, &config.entity, config.json, &mut out)? else {
        return Ok(ExitCode::from(EXIT_NO_RESULT));
    };
    let node = g.node(n)?;
    let mut forms: Vec<Form> = node
        .surface
        .iter()
        .map(|(form, &count)| Form {
            form: form.clone(),
            count,
        })
        .collect();
    forms.sort_by(|a, b| b.count.cmp(&a.count).then_with(|| a.form.cmp(&b.form)));
    let mut docs: Vec<DocInfo> = node
        .docs
        .iter()
        .map(|d| {
            g.document(d).cloned().unwrap_or_else(|| DocInfo {
                id: d.to_string(),
                title: None,
                date: None,
                url: None,
            })
        })
        .collect();
    docs.sort_by(|a, b| (&a.date, &a.id).cmp(&(&b.date, &b.id)));
    let filter = Filter::default();
    let ef = filter.for_graph(g);
    let mut neighbors = Vec::new();
    for x in neighborhood(g, &ef, n, 1).into_iter().take(config.limit) {
        let other = g.node(x.node)?;
        let mut kinds: Vec<String> = x
            .edges
            .iter()
            .map(|&e| g.kind_name(&g.edges[e as usize]).to_string())
            .collect();
        kinds.sort();
        kinds.dedup();
        neighbors.push(Neighbor {
            id: other.id.clone(),
            name: other.name.clone(),
            etype: other.etype,
            weight: x.weight,
            kinds,
        });
    }
    let report = Report {
        id: node.id.clone(),
        name: node.name.clone(),
        etype: node.etype,
        qid: node.qid.clone(),
        aliases: node.aliases.clone(),
        mentions: node.mentions,
        documents: node.documents,
        surface_forms: forms,
        docs,
        first_seen: node.first_seen.clone(),
        last_seen: node.last_seen.clone(),
        neighbors,
    };
    if config.json {
        write_json(&mut out, &report)?;
    } else {
        write_text(&mut out, &report)?;
    }
    out.flush()?;
    Ok(ExitCode::from(EXIT_OK))
}

fn write_text(out: &mut impl Write, r: &Report) -> std::io::Result<()> {
    let style = Style::detect();
    let title = format!("{}  ({})", r.name, r.etype);
    writeln!(out, "{}", style.typed(r.etype, &style.bold(&title)))?;
    let mut facts = vec![("id", r.id.clone())];
    if let Some(q) = &r.qid {
        facts.push(("wikidata", q.clone()));
    }
    if !r.aliases.is_empty() {
        facts.push(("aliases", r.aliases.join(", ")));
    }
    facts.push((
        "mentions",
        format!("{} in {} documents", r.mentions, r.documents),
    ));
    if let (Some(a), Some(b)) = (&r.first_seen, &r.last_seen) {
        facts.push(("seen", format!("{a} .. {b}")));
    }
    for (k, v) in facts {
        writeln!(out, "  {:<10}  {v}", style.dim(k))?;
    }
    if !r.surface_forms.is_empty() {
        writeln!(out, "\n{}", style.bold("Forms seen"))?;
        let mut t = Table::new(&["form", ">count"]);
        for f in &r.surface_forms {
            t.row(vec![
                (f.form.clone(), Paint::None),
                (f.count.to_string(), Paint::None),
            ]);
        }
        t.write(out, &style)?;
    }
    if !r.docs.is_empty() {
        writeln!(out, "\n{}", style.bold("Documents"))?;
        let mut t = Table::new(&["date", "document", "title"]).flex(2);
        for d in &r.docs {
            t.row(vec![
                (d.date.clone().unwrap_or_default(), Paint::None),
                (d.id.clone(), Paint::None),
                (d.title.clone().unwrap_or_default(), Paint::Dim),
            ]);
        }
        t.write(out, &style)?;
    }
    if !r.neighbors.is_empty() {
        writeln!(out, "\n{}", style.bold("Top neighbours"))?;
        let mut t = Table::new(&["name", "type", ">weight", "kinds"]).flex(3);
        for x in &r.neighbors {
            t.row(vec![
                (x.name.clone(), Paint::Type(x.etype)),
                (short_type(x.etype).to_string(), Paint::None),
                (x.weight.to_string(), Paint::None),
                (
                    x.kinds
                        .iter()
                        .map(|k| short_kind(k))
                        .collect::<Vec<_>>()
                        .join(","),
                    Paint::None,
                ),
            ]);
        }
        t.write(out, &style)?;
    }
    Ok(())
}

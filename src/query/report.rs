//! Pieces shared by the query commands: resolving a name the user typed
//! (printing candidates or suggestions when that fails), the JSON shapes
//! of entities and edges, and picking an evidence sentence.

use super::filter::EdgeFilter;
use super::lookup::{describe, lookup, Lookup};
use super::{QueryError, QueryGraph};
use crate::base::types::EntityType;
use crate::graph::Evidence;
use serde::Serialize;
use std::io::Write;

/// An entity in JSON output.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EntityJson {
    /// Entity id.
    pub id: String,
    /// Canonical name.
    pub name: String,
    /// Entity type.
    #[serde(rename = "type")]
    pub etype: EntityType,
    /// Number of mentions.
    pub mentions: u64,
}

/// The JSON shape of node `n`.
///
/// # Errors
/// Fails when the entity record cannot be read from graph.db.
pub fn entity_json(g: &QueryGraph, n: u32) -> Result<EntityJson, QueryError> {
    let node = g.node(n)?;
    Ok(EntityJson {
        id: node.id.clone(),
        name: node.name.clone(),
        etype: node.etype,
        mentions: node.mentions,
    })
}

/// An edge in JSON output.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct EdgeJson {
    /// `cooccurrence` or a relation kind.
    pub kind: String,
    /// Source entity id.
    pub source: String,
    /// Target entity id.
    pub target: String,
    /// Whether the edge is directed.
    pub directed: bool,
    /// Edge weight.
    pub weight: u64,
    /// Evidence sentences (all, or the first only, depending on the command).
    pub evidence: Vec<Evidence>,
}

/// The JSON shape of edge `e` with the given evidence.
///
/// # Errors
/// Fails when an entity record cannot be read from graph.db.
pub fn edge_json(g: &QueryGraph, e: u32, evidence: Vec<Evidence>) -> Result<EdgeJson, QueryError> {
    let edge = &g.edges[e as usize];
    Ok(EdgeJson {
        kind: g.kind_name(edge).to_string(),
        source: g.node(edge.source)?.id.clone(),
        target: g.node(edge.target)?.id.clone(),
        directed: edge.directed,
        weight: edge.weight,
        evidence,
    })
}

/// The evidence of edge `e` that passes the date filter.
///
/// # Errors
/// Fails when evidence cannot be read from graph.db.
pub fn evidence_of(g: &QueryGraph, ef: &EdgeFilter, e: u32) -> Result<Vec<Evidence>, QueryError> {
    let mut ev = g.evidence(e)?;
    ev.retain(|x| ef.filter().evidence_ok(x));
    Ok(ev)
}

/// The first evidence sentence of edge `e` passing the date filter.
///
/// # Errors
/// Fails when evidence cannot be read from graph.db.
pub fn first_evidence(
    g: &QueryGraph,
    ef: &EdgeFilter,
    e: u32,
) -> Result<Option<Evidence>, QueryError> {
    Ok(evidence_of(g, ef, e)?.into_iter().next())
}

/// The JSON written on stdout (with `--json`) when a name cannot be
/// resolved.
#[derive(Debug, Serialize)]
struct LookupFailure<'a> {
    /// `unknown_entity` or `ambiguous_entity`.
    error: &'static str,
    /// The name as typed.
    query: &'a str,
    /// Candidates (ambiguous) or suggestions (unknown), best first.
    candidates: Vec<EntityJson>,
}

/// Resolves two entity names (see [`resolve`]); `None` as soon as one of
/// them is unknown or ambiguous (already reported).
///
/// # Errors
/// As [`resolve`].
pub fn resolve_pair(
    g: &QueryGraph,
    a: &str,
    b: &str,
    json: bool,
    out: &mut impl Write,
) -> anyhow::Result<Option<(u32, u32)>> {
    let Some(x) = resolve(g, a, json, out)? else {
        return Ok(None);
    };
    let Some(y) = resolve(g, b, json, out)? else {
        return Ok(None);
    };
    Ok(Some((x, y)))
}

/// Why a typed name names no single node.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unresolved {
    /// `unknown_entity` or `ambiguous_entity`.
    pub error: &'static str,
    /// Candidates (ambiguous) or suggestions (unknown), best first.
    pub candidates: Vec<u32>,
    /// The explanation shown to the user ("unknown entity 'x'; did you
    /// mean: ...?", or the candidates of an ambiguous name).
    pub message: String,
}

/// Resolves a typed name to a node, or explains why it names none.
///
/// # Errors
/// Fails when entity records cannot be read.
pub fn explain(g: &QueryGraph, query: &str) -> Result<Result<u32, Unresolved>, QueryError> {
    let (error, candidates, message) = match lookup(g, query)? {
        Lookup::Found(n) => return Ok(Ok(n)),
        Lookup::Ambiguous(c) => {
            let mut m = format!(
                "ambiguous: '{query}' matches {} entities; name one by its id:",
                c.len()
            );
            for &n in &c {
                m.push_str("\n  ");
                m.push_str(&describe(g, n)?);
            }
            ("ambiguous_entity", c, m)
        }
        Lookup::Unknown(s) => {
            let mut m = format!("unknown entity '{query}'");
            if !s.is_empty() {
                let mut names = Vec::new();
                for &n in &s {
                    let node = g.node(n)?;
                    names.push(format!("{} ({})", node.name, node.id));
                }
                m.push_str(&format!("; did you mean: {}?", names.join(", ")));
            }
            ("unknown_entity", s, m)
        }
    };
    Ok(Err(Unresolved {
        error,
        candidates,
        message,
    }))
}

/// Resolves a typed name to a node. When the name is unknown or
/// ambiguous, explains why on stderr (and, with `json`, as a JSON document
/// on `out`) and returns `None`: the caller exits with "no result".
///
/// # Errors
/// Fails when writing fails or entity records cannot be read.
pub fn resolve(
    g: &QueryGraph,
    query: &str,
    json: bool,
    out: &mut impl Write,
) -> anyhow::Result<Option<u32>> {
    let Unresolved {
        error,
        candidates,
        message,
    } = match explain(g, query)? {
        Ok(n) => return Ok(Some(n)),
        Err(u) => u,
    };
    if json {
        let failure = LookupFailure {
            error,
            query,
            candidates: candidates
                .iter()
                .map(|&n| entity_json(g, n))
                .collect::<Result<_, _>>()?,
        };
        super::table::write_json(out, &failure)?;
        out.flush()?;
    }
    crate::base::diag::diag!("gazegraph: {message}");
    Ok(None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::tests::tiny;

    #[test]
    fn resolve_reports_unknown_names() {
        let g = tiny();
        let mut out = Vec::new();
        assert_eq!(resolve(&g, "c", false, &mut out).unwrap(), Some(2));
        assert!(out.is_empty());
        assert_eq!(resolve(&g, "zzz", true, &mut out).unwrap(), None);
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        assert_eq!(v["error"], "unknown_entity");
        assert_eq!(v["query"], "zzz");
    }
}

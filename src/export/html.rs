//! The interactive HTML view (`--format html`): one self-contained page that
//! opens from disk with no network access.
//!
//! The page is `assets/viewer/viewer.html` with its markers filled in one
//! pass: the style (`viewer.css`), the vendored libraries (sigma,
//! graphology, graphology-layout-forceatlas2; `assets/viewer/vendor/`), the
//! page's script (`viewer.js`, which documents the data schema) and the
//! data, all embedded in the binary with `include_str!`.
//!
//! The data is graph.json's nodes (plus `degree`) and edges, the documents
//! they cite, a `meta` block (title, and the cut when one was made) and a
//! `lookup` table of search keys: for every entity's id, name, aliases and
//! surface forms, the words of gazegraph's normaliser joined by one space
//! ("Korut" gives `korut`, "Kim Jong-un" gives `kim jong un`), so the page
//! finds names by the same rules as the rest of gazegraph. Node and edge
//! fields added to the graph model later (communities, PageRank, per-date
//! weights) reach the page unchanged.
//!
//! Safety: the JSON sits in `<script type="application/json">` with `<`, `>`,
//! `&`, U+2028 and U+2029 written as `\u003c`-style escapes, so no name or
//! sentence can end the element; the page builds text with `textContent`.
//!
//! The cut: a page stays usable up to a few thousand entities, so by default
//! only the [`DEFAULT_LIMIT`] entities of largest weighted degree are kept
//! (the rule of `--top`), and the page says so.

use super::page::{fill, write_script_json};
use crate::graph::filter::{self, FilterSpec};
use crate::graph::{DocInfo, DocList, Edge, KnowledgeGraph, Node};
use crate::tag::normalize::{normalize_key, WORD_END, WORD_START};
use serde::Serialize;
use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap, HashSet};
use std::io::{self, Write};

const TEMPLATE: &str = include_str!("../../assets/viewer/viewer.html");
const CSS: &str = include_str!("../../assets/viewer/viewer.css");
const APP: &str = include_str!("../../assets/viewer/viewer.js");
/// The vendored libraries, in load order (sigma needs graphology first).
const VENDOR: [&str; 3] = [
    include_str!("../../assets/viewer/vendor/graphology.umd.min.js"),
    include_str!("../../assets/viewer/vendor/sigma.min.js"),
    include_str!("../../assets/viewer/vendor/graphology-layout-forceatlas2.min.js"),
];

/// How many entities the page keeps when no other limit is given.
pub const DEFAULT_LIMIT: usize = 2000;

/// How many entities the page keeps.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Cut {
    /// The [`DEFAULT_LIMIT`] most connected entities.
    #[default]
    Default,
    /// The N most connected entities (`--top N`).
    Top(usize),
    /// Every entity (`--all`).
    All,
}

impl Cut {
    /// The entity limit, `None` for no limit.
    pub fn limit(self) -> Option<usize> {
        match self {
            Cut::Default => Some(DEFAULT_LIMIT),
            Cut::Top(n) => Some(n),
            Cut::All => None,
        }
    }
}

#[derive(Serialize)]
struct CutInfo {
    kept_nodes: usize,
    total_nodes: usize,
    limit: usize,
}

#[derive(Serialize)]
struct Meta {
    title: String,
    cut: Option<CutInfo>,
}

#[derive(Serialize)]
struct ViewNode<'a> {
    #[serde(flatten)]
    node: &'a Node,
    degree: usize,
}

/// An edge of the page: graph.json's edge (every field, including any the
/// model gains later) with each evidence item's `text` replaced by its
/// index in the page's `texts` table.
struct ViewEdge<'a> {
    source: &'a str,
    target: &'a str,
    edge: &'a Edge,
    pool: &'a HashMap<&'a str, usize>,
}

impl Serialize for ViewEdge<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{Error, SerializeMap};
        use serde_json::Value;
        let Value::Object(mut fields) =
            serde_json::to_value(self.edge).map_err(S::Error::custom)?
        else {
            return Err(S::Error::custom("an edge is not a JSON object"));
        };
        if let Some(Value::Array(items)) = fields.get_mut("evidence") {
            for item in items {
                if let Some(text) = item.get_mut("text") {
                    let at = text.as_str().and_then(|t| self.pool.get(t)).copied();
                    let at = at.ok_or_else(|| S::Error::custom("evidence text not pooled"))?;
                    *text = Value::from(at);
                }
            }
        }
        let mut map = s.serialize_map(Some(fields.len() + 2))?;
        map.serialize_entry("source", self.source)?;
        map.serialize_entry("target", self.target)?;
        for (k, v) in &fields {
            map.serialize_entry(k, v)?;
        }
        map.end()
    }
}

#[derive(Serialize)]
struct View<'a> {
    format: &'static str,
    meta: Meta,
    documents: Vec<DocInfo>,
    nodes: Vec<ViewNode<'a>>,
    edges: Vec<ViewEdge<'a>>,
    texts: Vec<&'a str>,
    lookup: Vec<(String, &'a str)>,
}

/// Writes the HTML view of `graph`, cut to the most connected entities as
/// `cut` says, with the titles and dates of `graph.documents`.
///
/// # Errors
/// Returns write and serialisation errors.
pub fn write_html<W: Write>(graph: &KnowledgeGraph, cut: Cut, w: &mut W) -> io::Result<()> {
    write_html_with(graph, &graph.documents, cut, w)
}

/// [`write_html`] with the documents from `docs` (a build streams them
/// instead of keeping them in the graph).
///
/// # Errors
/// Returns write, serialisation and document-reading errors.
pub fn write_html_with<W: Write>(
    graph: &KnowledgeGraph,
    docs: &dyn DocList,
    cut: Cut,
    w: &mut W,
) -> io::Result<()> {
    let total = graph.graph.node_count();
    let (shown, cut_info) = match cut.limit() {
        Some(limit) if limit < total => {
            let spec = FilterSpec {
                top: Some(limit),
                ..FilterSpec::default()
            };
            let kept = filter::apply(graph, &spec).map_err(io::Error::other)?;
            let info = CutInfo {
                kept_nodes: kept.graph.node_count(),
                total_nodes: total,
                limit,
            };
            (Cow::Owned(kept), Some(info))
        }
        _ => (Cow::Borrowed(graph), None),
    };
    let mut cut_info = Some(cut_info);
    fill(TEMPLATE, w, &mut |name, w| {
        match name {
            "CSS" => w.write_all(CSS.as_bytes())?,
            "APP" => w.write_all(APP.as_bytes())?,
            "VENDOR" => {
                for (i, lib) in VENDOR.iter().enumerate() {
                    if i > 0 {
                        w.write_all(b";\n")?;
                    }
                    w.write_all(lib.as_bytes())?;
                }
            }
            "DATA" => write_view_json(&shown, docs, cut_info.take().flatten(), w)?,
            _ => return Ok(false),
        }
        Ok(true)
    })
}

/// Writes the page's data as JSON escaped to sit inside a `<script>`,
/// streaming (the JSON is never held whole in memory).
fn write_view_json<W: Write>(
    graph: &KnowledgeGraph,
    docs: &dyn DocList,
    cut: Option<CutInfo>,
    w: &mut W,
) -> io::Result<()> {
    let g = &graph.graph;
    let mut degree = vec![0usize; g.node_count()];
    for e in g.raw_edges() {
        degree[e.source().index()] += 1;
        degree[e.target().index()] += 1;
    }
    let nodes: Vec<ViewNode<'_>> = g
        .raw_nodes()
        .iter()
        .zip(&degree)
        .map(|(n, &degree)| ViewNode {
            node: &n.weight,
            degree,
        })
        .collect();
    // A sentence is evidence for every pair of entities in it: the page
    // holds each text once, in order of first citation, and evidence items
    // give its index.
    let mut texts: Vec<&str> = Vec::new();
    let mut pool: HashMap<&str, usize> = HashMap::new();
    for e in g.edge_weights() {
        for ev in &e.evidence {
            pool.entry(&ev.text).or_insert_with(|| {
                texts.push(&ev.text);
                texts.len() - 1
            });
        }
    }
    let raw = g.raw_nodes();
    let edges: Vec<ViewEdge<'_>> = g
        .raw_edges()
        .iter()
        .map(|e| ViewEdge {
            source: &raw[e.source().index()].weight.id,
            target: &raw[e.target().index()].weight.id,
            edge: &e.weight,
            pool: &pool,
        })
        .collect();
    // Only the documents the page can cite.
    let mut cited: HashSet<&str> = HashSet::new();
    for n in g.node_weights() {
        cited.extend(n.docs.iter().map(|d| &**d));
    }
    for e in g.edge_weights() {
        cited.extend(e.evidence.iter().map(|ev| &*ev.doc));
    }
    let mut documents = Vec::new();
    docs.try_for_each(&mut |d| {
        if cited.contains(d.id.as_str()) {
            documents.push(d.clone());
        }
        Ok(())
    })?;
    let mut lookup: BTreeSet<(String, &str)> = BTreeSet::new();
    for n in g.node_weights() {
        let names = [n.id.as_str(), n.name.as_str()]
            .into_iter()
            .chain(n.aliases.iter().map(String::as_str))
            .chain(n.surface.keys().map(String::as_str));
        for name in names {
            let key = lookup_key(name);
            if !key.is_empty() {
                lookup.insert((key, n.id.as_str()));
            }
        }
    }
    let view = View {
        format: "gazegraph-view/1",
        meta: Meta {
            title: title(graph),
            cut,
        },
        documents,
        nodes,
        edges,
        texts,
        lookup: lookup.into_iter().collect(),
    };
    write_script_json(w, &view)
}

fn title(graph: &KnowledgeGraph) -> String {
    match graph.document_count {
        1 => "Entity graph of 1 document".to_string(),
        n => format!("Entity graph of {n} documents"),
    }
}

/// A search key: the words of gazegraph's normaliser joined by one space
/// (lowercase, no diacritics, hyphens and spaces alike, punctuation
/// between words dropped). The page normalises a query to the same form.
pub fn lookup_key(name: &str) -> String {
    let bytes = normalize_key(name);
    let mut out: Vec<u8> = Vec::with_capacity(bytes.len());
    let mut word: Option<usize> = None;
    for &b in &bytes {
        match b {
            WORD_START => {
                if !out.is_empty() {
                    out.push(b' ');
                }
                word = Some(out.len());
            }
            WORD_END => word = None,
            _ if word.is_some() => out.push(b),
            _ => {}
        }
    }
    // Only whole UTF-8 words were copied; a lossy conversion never changes them.
    String::from_utf8_lossy(&out).trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lookup_keys_follow_the_normaliser() {
        let cases = [
            ("Korut", "korut"),
            ("Kim Jong-un", "kim jong un"),
            ("Kim  Jong\nUn", "kim jong un"),
            ("Šojgú", "sojgu"),
            ("Straße", "strasse"),
            ("Putin’s", "putin s"),
            ("U.S.", "u s"),
            (
                "Democratic People's Republic of Korea",
                "democratic people s republic of korea",
            ),
            ("north-korea", "north korea"),
            ("  ", ""),
            ("<>&", ""),
        ];
        for (name, key) in cases {
            assert_eq!(lookup_key(name), key, "{name:?}");
        }
    }

    #[test]
    fn assets_are_safe_to_inline() {
        for (name, text) in [("viewer.css", CSS), ("viewer.js", APP)]
            .into_iter()
            .chain(VENDOR.iter().map(|v| ("vendor", *v)))
        {
            let lower = text.to_lowercase();
            assert!(!lower.contains("</script"), "{name}");
            assert!(!lower.contains("<!--"), "{name}");
            assert!(!text.contains("@@GAZEGRAPH_"), "{name}");
        }
    }
}

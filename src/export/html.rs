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

use crate::graph::filter::{self, FilterSpec};
use crate::graph::{DocInfo, DocList, Edge, KnowledgeGraph, Node};
use crate::tag::normalize::{normalize_key, WORD_END, WORD_START};
use serde::Serialize;
use std::borrow::Cow;
use std::collections::{BTreeSet, HashSet};
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

#[derive(Serialize)]
struct ViewEdge<'a> {
    source: &'a str,
    target: &'a str,
    #[serde(flatten)]
    edge: &'a Edge,
}

#[derive(Serialize)]
struct View<'a> {
    format: &'static str,
    meta: Meta,
    documents: Vec<DocInfo>,
    nodes: Vec<ViewNode<'a>>,
    edges: Vec<ViewEdge<'a>>,
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
    let raw = g.raw_nodes();
    let edges: Vec<ViewEdge<'_>> = g
        .raw_edges()
        .iter()
        .map(|e| ViewEdge {
            source: &raw[e.source().index()].weight.id,
            target: &raw[e.target().index()].weight.id,
            edge: &e.weight,
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
        lookup: lookup.into_iter().collect(),
    };
    let mut out = io::BufWriter::with_capacity(1 << 16, ScriptJson::new(w));
    serde_json::to_writer(&mut out, &view).map_err(io::Error::other)?;
    out.into_inner().map_err(|e| e.into_error())?.finish()
}

/// A writer that applies [`escape_script_json`] to the (UTF-8) bytes
/// passing through, whatever the chunking: U+2028 and U+2029 may arrive
/// split across writes.
struct ScriptJson<'a, W: Write> {
    inner: &'a mut W,
    /// How many bytes of a possible E2 80 A8/A9 sequence are held back.
    held: u8,
    out: Vec<u8>,
}

impl<'a, W: Write> ScriptJson<'a, W> {
    fn new(inner: &'a mut W) -> Self {
        ScriptJson {
            inner,
            held: 0,
            out: Vec::new(),
        }
    }

    /// Writes any held-back bytes (they were not a line separator).
    fn finish(mut self) -> io::Result<()> {
        let held: &[u8] = match self.held {
            1 => &[0xE2],
            2 => &[0xE2, 0x80],
            _ => &[],
        };
        self.held = 0;
        self.inner.write_all(held)
    }
}

impl<W: Write> Write for ScriptJson<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.clear();
        for &b in buf {
            match (self.held, b) {
                (0, 0xE2) | (1, 0x80) => {
                    self.held += 1;
                    continue;
                }
                (2, 0xA8) | (2, 0xA9) => {
                    let esc: &[u8] = if b == 0xA8 { b"\\u2028" } else { b"\\u2029" };
                    self.out.extend_from_slice(esc);
                    self.held = 0;
                    continue;
                }
                _ => {}
            }
            if self.held >= 1 {
                self.out.push(0xE2);
            }
            if self.held == 2 {
                self.out.push(0x80);
            }
            self.held = 0;
            match b {
                0xE2 => self.held = 1,
                b'<' => self.out.extend_from_slice(b"\\u003c"),
                b'>' => self.out.extend_from_slice(b"\\u003e"),
                b'&' => self.out.extend_from_slice(b"\\u0026"),
                _ => self.out.push(b),
            }
        }
        self.inner.write_all(&self.out)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
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

/// Escapes JSON text for a `<script>` element: `<`, `>` and `&` (which only
/// occur inside strings) and the line separators U+2028/U+2029 become
/// `\uXXXX` escapes, which JSON reads back as the same characters.
pub fn escape_script_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + json.len() / 16);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// Writes `template` with each `@@GAZEGRAPH_NAME@@` marker replaced by what
/// `part(NAME, w)` writes (it returns false for an unknown name), in one
/// pass: inserted text is never scanned for markers.
fn fill<W: Write>(
    template: &str,
    w: &mut W,
    part: &mut dyn FnMut(&str, &mut W) -> io::Result<bool>,
) -> io::Result<()> {
    const OPEN: &str = "@@GAZEGRAPH_";
    let mut rest = template;
    while let Some(at) = rest.find(OPEN) {
        w.write_all(&rest.as_bytes()[..at])?;
        let after = &rest[at + OPEN.len()..];
        let end = after
            .find("@@")
            .ok_or_else(|| io::Error::other("viewer template: unclosed marker"))?;
        let name = &after[..end];
        if !part(name, w)? {
            return Err(io::Error::other(format!(
                "viewer template: unknown marker {name}"
            )));
        }
        rest = &after[end + 2..];
    }
    w.write_all(rest.as_bytes())
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
    fn script_json_cannot_end_the_element() {
        let s = escape_script_json(r#"{"n":"</script><!-- & \u2028"}"#);
        assert!(!s.contains('<') && !s.contains('>') && !s.contains('&'));
        let v: serde_json::Value = serde_json::from_str(&escape_script_json(
            &serde_json::json!({"n": "</script>&\u{2028}\u{2029}"}).to_string(),
        ))
        .unwrap();
        assert_eq!(v["n"], "</script>&\u{2028}\u{2029}");
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

    fn parts(name: &str, w: &mut Vec<u8>) -> io::Result<bool> {
        let text = match name {
            "X" => "@@GAZEGRAPH_Y@@",
            "Y" => "2",
            "CSS" | "VENDOR" | "APP" => "",
            "DATA" => "{}",
            _ => return Ok(false),
        };
        w.extend_from_slice(text.as_bytes());
        Ok(true)
    }

    #[test]
    fn fill_replaces_every_marker_once() {
        let mut out = Vec::new();
        fill("a@@GAZEGRAPH_X@@b@@GAZEGRAPH_Y@@c", &mut out, &mut parts).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "a@@GAZEGRAPH_Y@@b2c");
        assert!(fill("@@GAZEGRAPH_Z@@", &mut Vec::new(), &mut parts).is_err());
        let mut page = Vec::new();
        fill(TEMPLATE, &mut page, &mut parts).unwrap();
        assert!(!String::from_utf8(page).unwrap().contains("@@GAZEGRAPH_"));
    }

    #[test]
    fn streaming_escape_equals_the_string_escape_for_any_chunking() {
        let text =
            "a<b>&c\u{2028}d\u{2029}e\u{2027}\u{20AC}\u{E2}\u{2028}\u{2028}x\u{1F680}<\u{2029}";
        let want = escape_script_json(text);
        for chunk in 1..=text.len() {
            let mut out = Vec::new();
            let mut sj = ScriptJson::new(&mut out);
            for piece in text.as_bytes().chunks(chunk) {
                sj.write_all(piece).unwrap();
            }
            sj.finish().unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), want, "chunks of {chunk}");
        }
        let mut out = Vec::new();
        let mut sj = ScriptJson::new(&mut out);
        sj.write_all("\u{2020}".as_bytes()).unwrap(); // E2 80 A0: held, then released
        sj.finish().unwrap();
        assert_eq!(out, "\u{2020}".as_bytes());
    }
}

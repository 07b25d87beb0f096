//! Exporters: graph.json, DOT, GraphML, GEXF 1.3, networkx node-link JSON,
//! Cytoscape.js JSON and the interactive HTML view ([`html`]), each writing to any `W: Write` through the
//! escaping adapters of [`escape`]; SVG and PNG through Graphviz `dot`. The
//! document view of `tag --html` ([`docview`]) is an export of tagged
//! documents; both pages share [`page`].
//!
//! Every exporter is deterministic: it walks nodes in id order and edges in
//! (kind, source, target) order (the [`KnowledgeGraph`] invariants), never a
//! hash map, and formats numbers with fixed rules, so the same graph always
//! gives byte-identical output.

use crate::base::types::EntityType;
use crate::graph::KnowledgeGraph;
use std::io::{self, Read, Write};
use std::process::{Command, Stdio};

pub mod docview;
pub mod dot;
pub mod gexf;
pub mod graphml;
pub mod html;
pub mod json;
pub mod page;

/// An export format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    /// graph.json, the native format.
    Json,
    /// Graphviz DOT.
    Dot,
    /// GraphML.
    Graphml,
    /// GEXF 1.3.
    Gexf,
    /// networkx node-link JSON.
    NodeLink,
    /// Cytoscape.js elements JSON.
    Cytoscape,
    /// SVG through Graphviz `dot`.
    Svg,
    /// PNG through Graphviz `dot`.
    Png,
    /// The interactive, self-contained HTML view.
    Html,
}

impl Format {
    /// File name extension, e.g. `graphml`.
    pub fn extension(self) -> &'static str {
        match self {
            Format::Json => "json",
            Format::Dot => "dot",
            Format::Graphml => "graphml",
            Format::Gexf => "gexf",
            Format::NodeLink => "nodelink.json",
            Format::Cytoscape => "cytoscape.json",
            Format::Svg => "svg",
            Format::Png => "png",
            Format::Html => "html",
        }
    }
}

/// Options that only some formats use.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// GEXF: write a dynamic graph (spells from publication dates).
    pub dynamic: bool,
    /// DOT, SVG, PNG: write every entity, not the default cut of the
    /// [`DRAW_CUT`] of largest weighted degree.
    pub all: bool,
    /// SVG, PNG: the Graphviz layout engine (`None`: [`Engine::auto`]).
    pub layout: Option<Engine>,
    /// HTML: how many entities the page keeps.
    pub html_cut: html::Cut,
}

impl Options {
    /// Options from the `export` flags: `--dynamic`, and `--all` (every
    /// entity: no DOT/SVG/PNG cut, and the HTML page keeps every entity
    /// instead of the 2,000 most connected).
    pub fn new(dynamic: bool, all_entities: bool) -> Options {
        Options {
            dynamic,
            all: all_entities,
            layout: None,
            html_cut: if all_entities {
                html::Cut::All
            } else {
                html::Cut::Default
            },
        }
    }
}

/// DOT, SVG and PNG keep at most this many entities unless
/// [`Options::all`]: the ones of largest weighted degree (ties by id), so
/// that every Graphviz engine lays the picture out in seconds.
pub const DRAW_CUT: usize = 300;

/// The exchange formats `build` and `merge` write by default beside
/// graph.json and graph.db, when the graph is small enough for them
/// (see [`default_formats`]).
pub const EXCHANGE: [Format; 3] = [Format::Dot, Format::Graphml, Format::Gexf];

/// The most evidence rows a graph may keep for `build` and `merge` to
/// write [`EXCHANGE`] without being asked. Those files carry every
/// evidence sentence, so their size and cost grow with the corpus (on 64
/// MB of news, 135 MB of the 330 MB a build wrote), while graph.db answers
/// the same questions and `gazegraph export` writes them later from it.
pub const EXCHANGE_MAX_EVIDENCE: usize = 20_000;

/// The formats written besides graph.json when none were asked for:
/// [`EXCHANGE`] for a graph of at most [`EXCHANGE_MAX_EVIDENCE`] evidence
/// rows, none above.
pub fn default_formats(evidence_rows: usize) -> &'static [Format] {
    if evidence_rows <= EXCHANGE_MAX_EVIDENCE {
        &EXCHANGE
    } else {
        &[]
    }
}

/// A Graphviz layout engine.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Engine {
    /// Layered (hierarchies).
    Dot,
    /// Spring model (stress majorisation): best for small graphs.
    Neato,
    /// Force-directed.
    Fdp,
    /// Multiscale force-directed: for large graphs.
    Sfdp,
    /// Circular.
    Circo,
    /// Radial.
    Twopi,
}

impl Engine {
    /// The engine's program name.
    pub fn as_str(self) -> &'static str {
        match self {
            Engine::Dot => "dot",
            Engine::Neato => "neato",
            Engine::Fdp => "fdp",
            Engine::Sfdp => "sfdp",
            Engine::Circo => "circo",
            Engine::Twopi => "twopi",
        }
    }

    /// The engine of this program name.
    pub fn from_name(name: &str) -> Option<Engine> {
        [
            Engine::Dot,
            Engine::Neato,
            Engine::Fdp,
            Engine::Sfdp,
            Engine::Circo,
            Engine::Twopi,
        ]
        .into_iter()
        .find(|e| e.as_str() == name)
    }

    /// The default for a graph of `nodes` entities: neato up to
    /// [`DRAW_CUT`], sfdp above (after `--all`).
    pub fn auto(nodes: usize) -> Engine {
        if nodes <= DRAW_CUT {
            Engine::Neato
        } else {
            Engine::Sfdp
        }
    }
}

/// Writes `graph` in `format` to `w` with default [`Options`].
///
/// # Errors
/// Returns write errors, and an error for SVG/PNG when Graphviz is missing.
pub fn write<W: Write>(graph: &KnowledgeGraph, format: Format, w: W) -> io::Result<()> {
    write_with(graph, format, &Options::default(), w)
}

/// Writes `graph` in `format` to `w`.
///
/// # Errors
/// Returns write errors; for SVG/PNG an error of kind `NotFound` when
/// Graphviz `dot` is not on PATH, or `Other` when `dot` fails.
pub fn write_with<W: Write>(
    graph: &KnowledgeGraph,
    format: Format,
    options: &Options,
    mut w: W,
) -> io::Result<()> {
    let drawn;
    let mut cut = None;
    let graph = match format {
        Format::Dot | Format::Svg | Format::Png
            if !options.all && graph.node_count() > DRAW_CUT =>
        {
            let spec = crate::graph::filter::FilterSpec {
                top: Some(DRAW_CUT),
                ..Default::default()
            };
            drawn = crate::graph::filter::apply(graph, &spec).map_err(io::Error::other)?;
            cut = Some(graph.node_count());
            &drawn
        }
        _ => graph,
    };
    let engine = options
        .layout
        .unwrap_or_else(|| Engine::auto(graph.node_count()));
    match format {
        Format::Json => json::write_graph_json(graph, &mut w)?,
        Format::Dot => dot::write_dot_noted(graph, cut, &mut w)?,
        Format::Graphml => graphml::write_graphml(graph, &mut w)?,
        Format::Gexf => gexf::write_gexf(graph, &mut w, options.dynamic)?,
        Format::NodeLink => json::write_node_link(graph, &mut w)?,
        Format::Cytoscape => json::write_cytoscape(graph, &mut w)?,
        Format::Svg => render(graph, cut, engine, "svg", &mut w)?,
        Format::Png => render(graph, cut, engine, "png", &mut w)?,
        Format::Html => html::write_html(graph, options.html_cut, &mut w)?,
    }
    w.flush()
}

/// The message of the error returned when Graphviz is missing.
pub const GRAPHVIZ_MISSING: &str = "Graphviz `dot` not found on PATH: install graphviz";

/// Renders the DOT export through `dot -K<engine> -T<kind>` into `w`.
fn render<W: Write>(
    graph: &KnowledgeGraph,
    cut: Option<usize>,
    engine: Engine,
    kind: &str,
    w: &mut W,
) -> io::Result<()> {
    let mut src = Vec::new();
    dot::write_dot_noted(graph, cut, &mut src)?;
    let mut child = Command::new("dot")
        .arg(format!("-K{}", engine.as_str()))
        .arg(format!("-T{kind}"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| match e.kind() {
            io::ErrorKind::NotFound => io::Error::new(io::ErrorKind::NotFound, GRAPHVIZ_MISSING),
            _ => io::Error::new(e.kind(), format!("cannot run Graphviz `dot`: {e}")),
        })?;
    // Feed stdin from a thread: dot may fill its stdout pipe before it has
    // read all of its input, and a single thread would then deadlock.
    let mut stdin = child
        .stdin
        .take()
        .ok_or_else(|| io::Error::other("dot: no stdin"))?;
    let feeder = std::thread::spawn(move || stdin.write_all(&src));
    let mut stdout = child
        .stdout
        .take()
        .ok_or_else(|| io::Error::other("dot: no stdout"))?;
    let mut stderr = child
        .stderr
        .take()
        .ok_or_else(|| io::Error::other("dot: no stderr"))?;
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stderr.read_to_end(&mut buf);
        buf
    });
    let mut out = Vec::new();
    stdout.read_to_end(&mut out)?;
    let fed = feeder
        .join()
        .map_err(|_| io::Error::other("dot: writer thread panicked"))?;
    let err = err_reader.join().unwrap_or_default();
    let status = child.wait()?;
    if !status.success() {
        return Err(io::Error::other(format!(
            "Graphviz `dot -K{} -T{kind}` failed ({status}): {}",
            engine.as_str(),
            String::from_utf8_lossy(&err).trim()
        )));
    }
    fed?;
    w.write_all(&out)
}

/// Fill colour of an entity type, as `(r, g, b)` (Tableau 10 palette).
pub fn type_rgb(t: EntityType) -> (u8, u8, u8) {
    match t {
        EntityType::Person => (0x4E, 0x79, 0xA7),
        EntityType::Place => (0x59, 0xA1, 0x4F),
        EntityType::Organisation => (0xF2, 0x8E, 0x2B),
    }
}

/// Colour of an edge kind, as `(r, g, b)`: grey for co-occurrence, a fixed
/// colour per known relation, and a stable palette pick for other kinds.
pub fn kind_rgb(kind: &str) -> (u8, u8, u8) {
    const PALETTE: [(u8, u8, u8); 6] = [
        (0xE1, 0x57, 0x59),
        (0x76, 0xB7, 0xB2),
        (0xB0, 0x7A, 0xA1),
        (0xED, 0xC9, 0x48),
        (0x9C, 0x75, 0x5F),
        (0xFF, 0x9D, 0xA7),
    ];
    match kind {
        crate::graph::COOCCURRENCE => (0x9E, 0x9E, 0x9E),
        "meets" => PALETTE[0],
        "visits" => PALETTE[1],
        "invites" => PALETTE[2],
        "holds_office" => PALETTE[3],
        "located_in" => PALETTE[4],
        "supplies" => PALETTE[5],
        other => {
            // A byte sum, not a hasher: stable across runs and platforms.
            let sum: usize = other.bytes().map(usize::from).sum();
            PALETTE[sum % PALETTE.len()]
        }
    }
}

/// Relative luminance of an sRGB colour (WCAG 2).
pub fn luminance(rgb: (u8, u8, u8)) -> f64 {
    let lin = |c: u8| {
        let c = f64::from(c) / 255.0;
        if c <= 0.03928 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(rgb.0) + 0.7152 * lin(rgb.1) + 0.0722 * lin(rgb.2)
}

/// WCAG contrast ratio of two colours (1 to 21).
pub fn contrast(a: (u8, u8, u8), b: (u8, u8, u8)) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// White.
pub const WHITE: (u8, u8, u8) = (0xFF, 0xFF, 0xFF);
/// Near-black, for text.
pub const INK: (u8, u8, u8) = (0x1A, 0x1A, 0x1A);

/// The text colour for a label on `bg`: white or near-black, whichever
/// contrasts more (both type colours give at least 4.5:1).
pub fn label_on(bg: (u8, u8, u8)) -> (u8, u8, u8) {
    if contrast(WHITE, bg) >= contrast(INK, bg) {
        WHITE
    } else {
        INK
    }
}

/// `rgb` darkened just enough to be read on white at 4.5:1 (WCAG AA), so
/// a relation label keeps its kind's hue.
pub fn readable_on_white(rgb: (u8, u8, u8)) -> (u8, u8, u8) {
    let mut f = 1.0f64;
    loop {
        let c = (
            (f64::from(rgb.0) * f).round() as u8,
            (f64::from(rgb.1) * f).round() as u8,
            (f64::from(rgb.2) * f).round() as u8,
        );
        if contrast(c, WHITE) >= 4.5 || f <= 0.0 {
            return c;
        }
        f -= 0.02;
    }
}

/// `#RRGGBB` form of a colour.
pub fn hex(rgb: (u8, u8, u8)) -> String {
    format!("#{:02X}{:02X}{:02X}", rgb.0, rgb.1, rgb.2)
}

/// Node size from its mention count: `10 + 4·ln(1 + mentions)`, 2 decimals.
pub fn node_size(mentions: u64) -> f64 {
    round2(10.0 + 4.0 * (1.0 + mentions as f64).ln())
}

/// Edge thickness from its weight: `1 + ln(weight)`, capped at 8, 2 decimals.
pub fn edge_width(weight: u64) -> f64 {
    round2((1.0 + (weight.max(1) as f64).ln()).min(8.0))
}

fn round2(x: f64) -> f64 {
    (x * 100.0).round() / 100.0
}

/// How many evidence sentences the XML and DOT exports carry per edge.
pub const EVIDENCE_CAP: usize = 10;

/// Evidence of an edge as a JSON array string, capped at [`EVIDENCE_CAP`]
/// items (the JSON exports carry all of it).
pub fn evidence_json(e: &crate::graph::Edge) -> String {
    let mut buf = Vec::new();
    evidence_json_into(e, &mut buf);
    String::from_utf8(buf).unwrap_or_else(|_| "[]".to_string())
}

/// [`evidence_json`] into a reusable buffer (cleared first).
pub fn evidence_json_into(e: &crate::graph::Edge, buf: &mut Vec<u8>) {
    buf.clear();
    let n = e.evidence.len().min(EVIDENCE_CAP);
    if serde_json::to_writer(&mut *buf, &e.evidence[..n]).is_err() {
        buf.clear();
        buf.extend_from_slice(b"[]");
    }
}

/// Writes the decimal form of `n`.
///
/// # Errors
/// Returns write errors.
pub fn write_u64<W: Write + ?Sized>(w: &mut W, n: u64) -> io::Result<()> {
    w.write_all(itoa::Buffer::new().format(n).as_bytes())
}

/// Writes `x` as `Display` formats it, through a reusable buffer.
fn write_f64<W: Write + ?Sized>(w: &mut W, buf: &mut String, x: f64) -> io::Result<()> {
    use std::fmt::Write as _;
    buf.clear();
    let _ = write!(buf, "{x}");
    w.write_all(buf.as_bytes())
}

/// Earliest and latest dates of an edge (exact: from its per-date
/// counts, see [`crate::graph::Edge::date_range`]).
pub fn date_range(e: &crate::graph::Edge) -> (Option<&str>, Option<&str>) {
    e.date_range()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scales_and_colours() {
        assert_eq!(edge_width(1), 1.0);
        assert!(edge_width(10) > edge_width(2));
        assert_eq!(edge_width(u64::MAX), 8.0);
        assert_eq!(node_size(0), 10.0);
        assert_eq!(hex(type_rgb(EntityType::Person)), "#4E79A7");
        assert_eq!(kind_rgb("foo"), kind_rgb("foo"));
        assert_ne!(kind_rgb("cooccurrence"), kind_rgb("meets"));
    }

    // The input reader skips gazegraph's own outputs by these names: a new
    // format must be listed there too.
    #[test]
    fn every_export_file_name_is_a_known_output_name() {
        use Format::*;
        // A new variant makes this match fail to compile: list it below.
        let _every = |f: Format| match f {
            Json | Dot | Graphml | Gexf | NodeLink | Cytoscape | Svg | Png | Html => (),
        };
        for f in [
            Json, Dot, Graphml, Gexf, NodeLink, Cytoscape, Svg, Png, Html,
        ] {
            let name = format!("graph.{}", f.extension());
            assert!(crate::base::outputs::is_output_name(&name), "{name}");
        }
    }

    #[test]
    fn labels_meet_wcag_aa_contrast() {
        // The ratios WCAG publishes: white on black 21, white on white 1.
        assert!((contrast(WHITE, (0, 0, 0)) - 21.0).abs() < 1e-9);
        assert!((contrast(WHITE, WHITE) - 1.0).abs() < 1e-9);
        // White on the organisation orange fails: that is why labels pick.
        assert!(contrast(WHITE, type_rgb(EntityType::Organisation)) < 3.0);
        for t in [
            EntityType::Person,
            EntityType::Place,
            EntityType::Organisation,
        ] {
            let bg = type_rgb(t);
            assert!(contrast(label_on(bg), bg) >= 4.5, "{t:?}");
        }
        for k in [
            "cooccurrence",
            "meets",
            "visits",
            "invites",
            "holds_office",
            "located_in",
            "supplies",
            "x",
            "yy",
            "zzz",
            "abcd",
            "other",
        ] {
            let c = readable_on_white(kind_rgb(k));
            assert!(contrast(c, WHITE) >= 4.5, "{k}");
        }
    }
}

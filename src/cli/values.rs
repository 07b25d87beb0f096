//! Small value types of the command line (window, entity type, ranking
//! measure) and their plain equivalents, and what "no INPUT" means.

use crate::base::types::{EntityType, Window};
use crate::ingest::input::InputSpec;
use anyhow::{bail, Result};
use clap::ValueEnum;

/// Co-occurrence window names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum WindowArg {
    /// One sentence.
    Sentence,
    /// One paragraph.
    Paragraph,
    /// The whole document.
    Document,
}

/// Entity type names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TypeArg {
    /// People.
    Person,
    /// Places.
    Place,
    /// Organisations.
    #[value(alias = "organization")]
    Organisation,
}

/// Ranking measures.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RankArg {
    /// Number of distinct neighbours.
    Degree,
    /// Sum of edge weights.
    Weight,
    /// PageRank over weighted edges.
    Pagerank,
    /// Betweenness centrality.
    Betweenness,
    /// Communities (Louvain on co-occurrence) with their biggest members.
    Community,
}

impl From<WindowArg> for Window {
    fn from(w: WindowArg) -> Window {
        match w {
            WindowArg::Sentence => Window::Sentence,
            WindowArg::Paragraph => Window::Paragraph,
            WindowArg::Document => Window::Document,
        }
    }
}

impl From<TypeArg> for EntityType {
    fn from(t: TypeArg) -> EntityType {
        match t {
            TypeArg::Person => EntityType::Person,
            TypeArg::Place => EntityType::Place,
            TypeArg::Organisation => EntityType::Organisation,
        }
    }
}

/// No INPUT: standard input when it is piped or redirected; on a terminal,
/// a usage error naming the choices (never a guess at a folder).
///
/// # Errors
/// Fails when there is no input and standard input is a terminal.
pub(super) fn no_input_means_stdin(inputs: &[String]) -> Result<Vec<InputSpec>> {
    use std::io::IsTerminal;
    if !inputs.is_empty() {
        return Ok(Vec::new());
    }
    if std::io::stdin().is_terminal() {
        bail!(
            "no input given. Name files or folders (gazegraph build corpus/ -o output), \
             `-` for standard input, or pipe text into gazegraph \
             (cat article.txt | gazegraph tag)"
        );
    }
    Ok(vec![InputSpec::Stdin])
}

/// Export formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// graph.json (the native format).
    Json,
    /// Graphviz DOT.
    Dot,
    /// GraphML.
    Graphml,
    /// GEXF 1.3 (Gephi).
    Gexf,
    /// networkx node-link JSON.
    NodeLink,
    /// Cytoscape.js elements JSON.
    Cytoscape,
    /// SVG rendered by Graphviz.
    Svg,
    /// PNG rendered by Graphviz.
    Png,
    /// One self-contained, interactive HTML page.
    Html,
}

impl FormatArg {
    /// The export format.
    pub fn format(self) -> crate::export::Format {
        use crate::export::Format;
        match self {
            FormatArg::Json => Format::Json,
            FormatArg::Dot => Format::Dot,
            FormatArg::Graphml => Format::Graphml,
            FormatArg::Gexf => Format::Gexf,
            FormatArg::NodeLink => Format::NodeLink,
            FormatArg::Cytoscape => Format::Cytoscape,
            FormatArg::Svg => Format::Svg,
            FormatArg::Png => Format::Png,
            FormatArg::Html => Format::Html,
        }
    }
}

/// The formats of a repeatable `--format`, in order without repeats;
/// `None` when none was given (the default set).
pub fn chosen_formats(args: &[FormatArg]) -> Option<Vec<crate::export::Format>> {
    let mut formats: Vec<_> = Vec::new();
    for f in args.iter().map(|f| f.format()) {
        if !formats.contains(&f) {
            formats.push(f);
        }
    }
    (!formats.is_empty()).then_some(formats)
}

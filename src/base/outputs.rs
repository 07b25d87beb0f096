//! The names of the files a build writes into its output folder, known to
//! every stage: the writers use them, and the input reader uses them to
//! never read a graph back as articles.

/// The graph every later command reads.
pub const GRAPH_JSON: &str = "graph.json";

/// The per-document ledger beside graph.json, read by `merge`.
pub const LEDGER_FILE: &str = "graph.docs.jsonl";

/// The manifest naming the files of one build, written last
/// (`base::manifest`).
pub const MANIFEST_FILE: &str = "graph.manifest.json";

/// The lock file that keeps two runs from writing one output folder at
/// once (`base::outdir`); it stays in the folder.
pub const LOCK_FILE: &str = ".gazegraph.lock";

/// Every file name a build may write into its output folder: graph.json,
/// its query cache, the ledger and every export format (`graph.<ext>`, as
/// `export::Format::extension` names them). Temporary files are named
/// `.gazegraph-*.tmp`; the lock file is hidden too. A test in `export` checks that every format is here.
pub const OUTPUT_NAMES: &[&str] = &[
    GRAPH_JSON,
    LEDGER_FILE,
    "graph.bin",
    "graph.dot",
    "graph.graphml",
    "graph.gexf",
    "graph.nodelink.json",
    "graph.cytoscape.json",
    "graph.svg",
    "graph.png",
    "graph.html",
    MANIFEST_FILE,
];

/// Whether `name` is a file a build writes into its output folder (one
/// of [`OUTPUT_NAMES`], or a `.gazegraph-*.tmp` temporary file).
pub fn is_output_name(name: &str) -> bool {
    OUTPUT_NAMES.contains(&name) || (name.starts_with(".gazegraph-") && name.ends_with(".tmp"))
}

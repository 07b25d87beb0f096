//! The names of the files a build writes into its output folder, known to
//! every stage: the writers use them, and the input reader uses them to
//! never read a graph back as articles.

/// The graph every later command reads.
pub const GRAPH_JSON: &str = "graph.json";

/// The per-document ledger beside graph.json, read by `merge`.
pub const LEDGER_FILE: &str = "graph.docs.jsonl";

/// What the name of every ledger part starts with: a merge writes its
/// ledger in parts, `graph.docs.<16 hex digits>.jsonl`, each beside its
/// id index `graph.docs.<same digits>.idx` (`graph::ledger_parts`); the
/// digits are the part's XXH3-64, as the manifest lists it.
pub const LEDGER_PART_PREFIX: &str = "graph.docs.";

/// The 16 hex digits of a ledger part's name (`graph.docs.<hex>.jsonl`),
/// or of its index's when `index`; `None` for any other name.
pub fn ledger_part_hex(name: &str, index: bool) -> Option<&str> {
    let ext = if index { ".idx" } else { ".jsonl" };
    let hex = name.strip_prefix(LEDGER_PART_PREFIX)?.strip_suffix(ext)?;
    (hex.len() == 16 && hex.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))).then_some(hex)
}

/// The manifest naming the files of one build, written last
/// (`base::manifest`).
pub const MANIFEST_FILE: &str = "graph.manifest.json";

/// The lock file that keeps two runs from writing one output folder at
/// once (`base::outdir`); it stays in the folder.
pub const LOCK_FILE: &str = ".gazegraph.lock";

/// Every file name a build may write into its output folder: graph.json,
/// its SQLite store, the ledger and every export format (`graph.<ext>`, as
/// `export::Format::extension` names them). Temporary files are named
/// `.gazegraph-*.tmp`; the lock file is hidden too. A test in `export` checks that every format is here.
pub const OUTPUT_NAMES: &[&str] = &[
    GRAPH_JSON,
    LEDGER_FILE,
    "graph.db",
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
/// of [`OUTPUT_NAMES`], a ledger part or its index, or a
/// `.gazegraph-*.tmp` temporary file).
pub fn is_output_name(name: &str) -> bool {
    OUTPUT_NAMES.contains(&name)
        || (name.starts_with(".gazegraph-") && name.ends_with(".tmp"))
        || ledger_part_hex(name, false).is_some()
        || ledger_part_hex(name, true).is_some()
}

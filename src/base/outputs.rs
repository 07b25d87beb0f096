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

//! `merge` equals one build over all the shards, byte for byte (graph.json),
//! for disjoint and overlapping shards, in any argument order and grouping;
//! and the thread count never changes graph.json.
//!
//! Kept fast: the builtin gazetteer, `--format json`, small corpora.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;

const BIN: &str = env!("CARGO_BIN_EXE_gazegraph");

fn seeds() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("corpus/seeds");
    let mut v: Vec<PathBuf> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    v.sort();
    assert!(v.len() >= 5, "sample corpus missing");
    v
}

/// Sentences of the sample corpus, to make more documents from.
fn sentences() -> Vec<String> {
    let mut out = Vec::new();
    for p in seeds() {
        let text = fs::read_to_string(p).unwrap();
        for s in text.split(['.', '\n']) {
            let s = s.trim();
            if s.split_whitespace().count() >= 4 {
                out.push(format!("{s}."));
            }
        }
    }
    out
}

/// `n` JSON Lines documents `{prefix}{i}`, each a few sample sentences
/// picked by a fixed pseudo-random function of `i` (so a document has the
/// same text in every file that holds it), some dated.
fn jsonl(path: &Path, prefix: &str, range: std::ops::Range<usize>) {
    let sents = sentences();
    let mut lines = String::new();
    for i in range {
        let x = (i as u64 ^ 0x2545_f491_4f6c_dd1d)
            .wrapping_mul(6_364_136_223_846_793_005)
            .rotate_left(17)
            .wrapping_mul(0x9e37_79b9_7f4a_7c15);
        let k = 2 + (x >> 60) as usize % 4;
        let text: Vec<&str> = (0..k)
            .map(|j| sents[((x >> 20) as usize + j * 7 + i) % sents.len()].as_str())
            .collect();
        let date = if i % 3 == 0 {
            format!(",\"date\":\"2023-0{}-1{}\"", 1 + i % 9, i % 10)
        } else {
            String::new()
        };
        let doc = format!(
            "{{\"id\":\"{prefix}{i}\",\"text\":{}{date}}}\n",
            serde_json::to_string(&text.join(" ")).unwrap()
        );
        lines.push_str(&doc);
    }
    fs::write(path, lines).unwrap();
}

fn run(args: &[&str]) {
    let out = Command::new(BIN).args(args).output().unwrap();
    assert!(
        out.status.success(),
        "gazegraph {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Builds `inputs` into `dir` (small evidence cap, so the caps are
/// exercised) and returns graph.json's path.
fn build(dir: &Path, inputs: &[&Path], threads: usize) -> PathBuf {
    let mut args = vec![
        "build",
        "--quiet",
        "--format",
        "json",
        "--max-evidence",
        "2",
    ];
    let t = threads.to_string();
    args.extend(["--threads", t.as_str(), "-o", s(dir)]);
    args.extend(inputs.iter().map(|p| s(p)));
    run(&args);
    dir.join("graph.json")
}

fn merge(dir: &Path, graphs: &[&Path]) -> PathBuf {
    let mut args = vec!["merge", "-o", s(dir)];
    args.extend(graphs.iter().map(|p| s(p)));
    run(&args);
    dir.join("graph.json")
}

fn bytes(p: &Path) -> String {
    fs::read_to_string(p).unwrap()
}

/// The ledger files beside graph.json `p`: a build's single file, or a
/// merge's parts (`graph.docs.<16 hex>.jsonl`).
fn ledger_files(p: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = fs::read_dir(p.parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|f| {
            let n = f.file_name().unwrap().to_str().unwrap();
            n == "graph.docs.jsonl"
                || n.strip_prefix("graph.docs.")
                    .and_then(|r| r.strip_suffix(".jsonl"))
                    .is_some_and(|h| h.len() == 16)
        })
        .collect();
    v.sort();
    v
}

/// Every ledger line beside graph.json `p`, sorted.
fn ledger_lines(p: &Path) -> Vec<String> {
    let mut v: Vec<String> = ledger_files(p)
        .iter()
        .flat_map(|f| bytes(f).lines().map(String::from).collect::<Vec<_>>())
        .collect();
    v.sort();
    v
}

struct Shards {
    _tmp: tempfile::TempDir,
    root: PathBuf,
    a: Vec<PathBuf>,
    b: Vec<PathBuf>,
    c: Vec<PathBuf>,
}

/// Three shards; with `overlap`, shard b shares a text file with a and a
/// JSON Lines document with c.
fn shards(overlap: bool) -> Shards {
    let tmp = tempfile::tempdir().unwrap();
    let root = tmp.path().to_path_buf();
    let seeds = seeds();
    let (j1, j2, j3) = (
        root.join("j1.jsonl"),
        root.join("j2.jsonl"),
        root.join("j3.jsonl"),
    );
    jsonl(&j1, "d", 0..20);
    jsonl(&j2, "d", if overlap { 15..40 } else { 20..40 });
    jsonl(&j3, "d", 40..60);
    let mut b = vec![seeds[2].clone(), seeds[3].clone(), j2];
    if overlap {
        b.push(seeds[1].clone());
    }
    Shards {
        a: vec![seeds[0].clone(), seeds[1].clone(), j1],
        b,
        c: vec![seeds[4].clone(), j3],
        _tmp: tmp,
        root,
    }
}

fn refs(v: &[PathBuf]) -> Vec<&Path> {
    v.iter().map(PathBuf::as_path).collect()
}

fn check(overlap: bool) {
    let sh = shards(overlap);
    let r = &sh.root;
    let ga = build(&r.join("a"), &refs(&sh.a), 1);
    let gb = build(&r.join("b"), &refs(&sh.b), 1);
    let gc = build(&r.join("c"), &refs(&sh.c), 1);
    let mut all: Vec<PathBuf> = sh.a.iter().chain(&sh.b).chain(&sh.c).cloned().collect();
    all.sort();
    all.dedup();
    let single = bytes(&build(&r.join("all"), &refs(&all), 1));
    assert!(single.contains("\"document_count\":"));

    let abc = merge(&r.join("abc"), &[&ga, &gb, &gc]);
    assert_eq!(bytes(&abc), single, "merge(a, b, c) != build(a+b+c)");
    let cba = merge(&r.join("cba"), &[&gc, &gb, &ga]);
    assert_eq!(bytes(&cba), single, "argument order changed the merge");

    let ab = merge(&r.join("ab"), &[&ga, &gb]);
    let ba = merge(&r.join("ba"), &[&gb, &ga]);
    assert_eq!(bytes(&ab), bytes(&ba), "merge is not commutative");
    let ab_c = merge(&r.join("ab_c"), &[&ab, &gc]);
    let bc = merge(&r.join("bc"), &[&gb, &gc]);
    let a_bc = merge(&r.join("a_bc"), &[&ga, &bc]);
    assert_eq!(bytes(&ab_c), bytes(&a_bc), "merge is not associative");
    assert_eq!(
        bytes(&ab_c),
        single,
        "merge(merge(a, b), c) != build(a+b+c)"
    );
    // Merging a graph with itself changes nothing: every document recurs.
    let aa = merge(&r.join("aa"), &[&ga, &ab.with_file_name("graph.json")]);
    let aab = bytes(&aa);
    assert_eq!(aab, bytes(&ab), "merge(a, merge(a, b)) != merge(a, b)");
}

#[test]
fn merge_of_disjoint_shards_equals_one_build() {
    check(false);
}

#[test]
fn merge_of_overlapping_shards_equals_one_build() {
    check(true);
}

#[test]
fn thread_count_does_not_change_the_graph() {
    let tmp = tempfile::tempdir().unwrap();
    let corpus = tmp.path().join("gen.jsonl");
    jsonl(&corpus, "g", 0..300);
    let one = bytes(&build(&tmp.path().join("t1"), &[&corpus], 1));
    let two = bytes(&build(&tmp.path().join("t2"), &[&corpus], 2));
    assert!(one.len() > 1000, "the generated corpus tags nothing");
    assert_eq!(one, two, "--threads 2 differs from --threads 1");
}

/// Regression: node document lists fill up (200 documents) only on larger
/// corpora, so the shards above never exercised which documents a full
/// list keeps. Each shard's full lists must merge into the one build's.
#[test]
fn merge_of_full_node_document_lists_equals_one_build() {
    let tmp = tempfile::tempdir().unwrap();
    let r = tmp.path();
    let (j1, j2, j3) = (r.join("j1.jsonl"), r.join("j2.jsonl"), r.join("j3.jsonl"));
    jsonl(&j1, "g", 0..250);
    jsonl(&j2, "g", 200..450);
    jsonl(&j3, "g", 450..600);
    let ga = build(&r.join("a"), &[&j1], 1);
    let gb = build(&r.join("b"), &[&j2], 1);
    let gc = build(&r.join("c"), &[&j3], 1);
    let single = bytes(&build(&r.join("all"), &[&j1, &j2, &j3], 1));
    let g: serde_json::Value = serde_json::from_str(&single).unwrap();
    let full = g["nodes"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|n| {
            n["docs"].as_array().unwrap().len() == 200 && n["documents"].as_u64() > Some(200)
        })
        .count();
    assert!(full > 0, "no node document list is full");
    let merged = merge(&r.join("abc"), &[&gc, &ga, &gb]);
    assert_eq!(bytes(&merged), single, "merge(c, a, b) != build(a+b+c)");
}

/// A small deterministic generator (the tests must not depend on a seed
/// that changes between runs).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((self.0 >> 33) % n as u64) as usize
    }
}

/// Lines of a corpus in which ids recur: `r3` twice, far apart, with
/// different text and dates (an updated article), `r7` twice identical,
/// `r9` three times with different text and no date (the hash decides).
fn repeated_corpus() -> Vec<String> {
    let sents = sentences();
    let line = |id: &str, i: usize, extra: &str| {
        let text: Vec<&str> = (0..4)
            .map(|k| sents[(i * 7 + k * 13) % sents.len()].as_str())
            .collect();
        format!(
            "{{\"id\":\"{id}\",\"text\":{}{extra}}}\n",
            serde_json::to_string(&text.join(" ")).unwrap()
        )
    };
    let mut v: Vec<String> = (0..30).map(|i| line(&format!("r{i}"), i, "")).collect();
    v[3] = line("r3", 3, ",\"date\":\"2024-01-02\"");
    v.push(line("r3", 40, ",\"date\":\"2024-03-04\""));
    v.push(v[7].clone());
    v.insert(1, line("r9", 50, ""));
    v.push(line("r9", 51, ""));
    v
}

fn build_lines(dir: &Path, lines: &[String]) -> PathBuf {
    build_lines_capped(dir, lines, 0)
}

/// [`build_lines`] keeping at most `max_evidence` sentences an edge.
fn build_lines_capped(dir: &Path, lines: &[String], max_evidence: usize) -> PathBuf {
    let max_evidence = max_evidence.to_string();
    fs::create_dir_all(dir).unwrap();
    let input = dir.join("in.jsonl");
    fs::write(&input, lines.concat()).unwrap();
    let out = dir.join("g");
    run(&[
        "build",
        "--quiet",
        "--format",
        "json",
        "--max-evidence",
        &max_evidence,
        "-o",
        s(&out),
        s(&input),
    ]);
    out.join("graph.json")
}

/// Merges `graphs` in a random tree: random groups of 2-3, intermediate
/// steps `--partial`, until one is left.
fn tree_merge(dir: &Path, mut graphs: Vec<PathBuf>, rng: &mut Lcg) -> PathBuf {
    let mut step = 0;
    while graphs.len() > 1 {
        let k = (2 + rng.next(2)).min(graphs.len());
        let mut group = Vec::new();
        for _ in 0..k {
            group.push(graphs.remove(rng.next(graphs.len())));
        }
        step += 1;
        let out = dir.join(format!("m{step}"));
        let mut args = vec!["merge", "-o", s(&out)];
        if !graphs.is_empty() {
            args.push("--partial");
        }
        args.extend(group.iter().map(|p| s(p)));
        run(&args);
        graphs.push(out.join("graph.json"));
    }
    graphs.remove(0)
}

#[test]
fn any_split_order_and_tree_shape_of_repeated_ids_equals_one_build() {
    let tmp = tempfile::tempdir().unwrap();
    let lines = repeated_corpus();
    let one = build_lines(&tmp.path().join("one"), &lines);
    // Input order does not decide which copy counts.
    let mut reversed = lines.clone();
    reversed.reverse();
    let rev = build_lines(&tmp.path().join("rev"), &reversed);
    assert_eq!(bytes(&rev), bytes(&one), "build depends on input order");
    let mut rng = Lcg(20);
    for trial in 0..3 {
        let dir = tmp.path().join(format!("t{trial}"));
        let shards = 2 + rng.next(3);
        let mut parts = vec![Vec::new(); shards];
        let mut order = lines.clone();
        for i in (1..order.len()).rev() {
            order.swap(i, rng.next(i + 1));
        }
        for l in order {
            parts[rng.next(shards)].push(l);
        }
        let graphs: Vec<PathBuf> = parts
            .iter()
            .enumerate()
            .filter(|(_, p)| !p.is_empty())
            .map(|(i, p)| build_lines(&dir.join(format!("s{i}")), p))
            .collect();
        let merged = tree_merge(&dir, graphs, &mut rng);
        assert_eq!(
            bytes(&merged),
            bytes(&one),
            "trial {trial}: {shards} shards"
        );
        // The same ledger lines (a merged ledger lists them part by part).
        assert_eq!(
            ledger_lines(&merged),
            ledger_lines(&one),
            "trial {trial}: ledger"
        );
    }
}

/// A 3-level tree of merges keeps its ledger in parts: the root's parts
/// are the leaves' ledgers, linked (not rewritten) where no copy of a
/// recurring id was dropped, and the root equals one build.
#[test]
fn three_level_tree_keeps_the_ledger_in_parts_and_equals_one_build() {
    let tmp = tempfile::tempdir().unwrap();
    let lines = repeated_corpus();
    let one = build_lines(&tmp.path().join("one"), &lines);
    // Four contiguous leaves, merged ((0 1) 2) 3 with --partial inside.
    let n = lines.len().div_ceil(4);
    let leaves: Vec<PathBuf> = lines
        .chunks(n)
        .enumerate()
        .map(|(i, c)| build_lines(&tmp.path().join(format!("s{i}")), c))
        .collect();
    let step = |name: &str, inputs: &[&Path], partial: bool| {
        let out = tmp.path().join(name);
        let mut args = vec!["merge", "-o", s(&out)];
        if partial {
            args.push("--partial");
        }
        args.extend(inputs.iter().map(|p| s(p)));
        run(&args);
        out.join("graph.json")
    };
    let m1 = step("m1", &[&leaves[0], &leaves[1]], true);
    let m2 = step("m2", &[&m1, &leaves[2]], true);
    let root = step("root", &[&m2, &leaves[3]], false);
    assert_eq!(bytes(&root), bytes(&one));
    assert_eq!(ledger_lines(&root), ledger_lines(&one));
    let parts = ledger_files(&root);
    assert!(parts.len() >= 2, "{parts:?}");
    assert!(!root.with_file_name("graph.docs.jsonl").exists());
    // Every part has its index, and the manifest lists both.
    let manifest = bytes(&root.with_file_name("graph.manifest.json"));
    for p in &parts {
        let name = p.file_name().unwrap().to_str().unwrap();
        assert!(p.with_extension("idx").is_file(), "{name}");
        assert!(manifest.contains(name), "{name}");
    }
    // A leaf holding no dropped copy reaches the root as the same file.
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        let inode = |p: &Path| fs::metadata(p).unwrap().ino();
        let leaf_inodes: Vec<u64> = leaves
            .iter()
            .map(|l| inode(&l.with_file_name("graph.docs.jsonl")))
            .collect();
        let linked = parts
            .iter()
            .filter(|p| leaf_inodes.contains(&inode(p)))
            .count();
        assert!(linked >= 1, "no part was linked from a leaf");
    }
    // Merging the root again with nothing new changes nothing.
    let again = step("again", &[&root], true);
    assert_eq!(bytes(&again), bytes(&one));
    assert_eq!(ledger_lines(&again), ledger_lines(&one));
}

/// Regression (issue 20): two shards built from standard input both gave
/// their record the id `-:1`, and merge counted them as one document.
#[test]
fn merge_refuses_ids_made_up_from_unnamed_stdin() {
    let tmp = tempfile::tempdir().unwrap();
    let stdin_build = |name: &str, source: Option<&str>, text: &str| {
        let out = tmp.path().join(name);
        let mut args = vec!["build", "--quiet", "--format", "json", "-o", s(&out)];
        if let Some(src) = source {
            args.extend(["--source", src]);
        }
        args.push("-");
        let mut child = Command::new(BIN)
            .args(&args)
            .stdin(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        use std::io::Write;
        child
            .stdin
            .take()
            .unwrap()
            .write_all(format!("{{\"text\":\"{text}\"}}\n").as_bytes())
            .unwrap();
        assert!(child.wait().unwrap().success());
        out.join("graph.json")
    };
    let a = stdin_build("a", None, "Vladimir Putin bertemu Kim Jong Un.");
    let b = stdin_build("b", None, "Sergei Lavrov tiba di Pyongyang.");
    let out = Command::new(BIN)
        .args(["merge", "-o", s(&tmp.path().join("m")), s(&a), s(&b)])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("\"-:1\"") && err.contains("--source"), "{err}");
    // Named streams do not clash.
    let a = stdin_build("na", Some("feed-a"), "Vladimir Putin bertemu Kim Jong Un.");
    let b = stdin_build("nb", Some("feed-b"), "Sergei Lavrov tiba di Pyongyang.");
    let m = merge(&tmp.path().join("nm"), &[&a, &b]);
    let g: serde_json::Value = serde_json::from_str(&bytes(&m)).unwrap();
    assert_eq!(g["document_count"], 2);
    let ids: Vec<&str> = g["documents"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["feed-a:1", "feed-b:1"]);
}

/// An older copy in a full capped list cannot be taken out exactly: merge
/// says so instead of writing a graph that differs from one build.
#[test]
fn merge_refuses_an_older_copy_it_cannot_take_out_exactly() {
    let tmp = tempfile::tempdir().unwrap();
    let lines = repeated_corpus();
    let split = lines.len() / 2;
    let build_capped =
        |name: &str, part: &[String]| build_lines_capped(&tmp.path().join(name), part, 1);
    let a = build_capped("a", &lines[..split]);
    let b = build_capped("b", &lines[split..]);
    let out = Command::new(BIN)
        .args(["merge", "-o", s(&tmp.path().join("m")), s(&a), s(&b)])
        .output()
        .unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{err}");
    assert!(err.contains("cannot merge exactly"), "{err}");
}

//! The folders are the architecture: a stage never imports a stage
//! downstream of it, and inside `relations/` and `ingest/` the files flow
//! one way. This test reads the `crate::` paths of every source file (code,
//! not comments) and fails on a back-import, so the layering cannot rot
//! quietly. ARCHITECTURE.md explains the order.

use std::fs;
use std::path::{Path, PathBuf};

/// The stages of `src/`, from the bottom up: each may use only those
/// before it (and itself). A new folder must be placed here.
const STAGES: &[&str] = &[
    "base",
    "ingest",
    "gazetteer",
    "tag",
    "relations",
    "analyse",
    "graph",
    "export",
    "query",
    "cmd",
    "cli",
];

/// Inside a folder, the files that must flow one way, from the bottom up
/// (files not listed are free, but may not be imported by listed ones
/// that come earlier).
const INNER: &[(&str, &[&str])] = &[
    (
        "relations",
        &[
            "text",
            "word_ids",
            "morph",
            "lexicon",
            "instance",
            "cues",
            "sentence",
            "when",
            "index",
            "env",
            "appoint",
            "title_of",
            "titles",
            "long_title",
            "owned_trip",
            "coref",
            "triggers",
            "plural_ref",
            "couple",
            "args",
            "apposition",
            "dated_holder",
            "guest_apposition",
            "guest_place",
            "coguest",
            "host_guest",
            "event_place",
            "visit_checks",
            "invited_return",
            "state_act",
            "handed",
            "not_met",
            "tour_legs",
            "visit_venue",
            "extract",
            "driver",
        ],
    ),
    (
        "ingest",
        &[
            "words",
            "markup",
            "sentences",
            "boilerplate",
            "document",
            "input",
        ],
    ),
];

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "rs") {
            out.push(p);
        }
    }
}

/// The source without comments (line and block) and string literals, so a
/// doc link or a message naming a module is not an import.
fn code_only(s: &str) -> String {
    let b = s.as_bytes();
    let mut out = String::with_capacity(s.len());
    let mut i = 0;
    while i < b.len() {
        if b[i..].starts_with(b"//") {
            while i < b.len() && b[i] != b'\n' {
                i += 1;
            }
        } else if b[i..].starts_with(b"/*") {
            i += 2;
            while i < b.len() && !b[i..].starts_with(b"*/") {
                i += 1;
            }
            i += 2;
        } else if b[i] == b'"' {
            i += 1;
            while i < b.len() && b[i] != b'"' {
                i += if b[i] == b'\\' { 2 } else { 1 };
            }
            i += 1;
            out.push_str("\"\"");
        } else if b[i] == b'\'' && i + 2 < b.len() && (b[i + 2] == b'\'' || b[i + 1] == b'\\') {
            // a char literal ('"', '\n'), not a lifetime
            let end = s[i + 1..].find('\'').map_or(b.len(), |k| i + 2 + k);
            i = end;
        } else {
            let c = s[i..].chars().next().unwrap();
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// The module paths a file refers to: `crate::a::b` and the groups of
/// `use crate::{a, b::c}`.
fn crate_paths(code: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(k) = rest.find("crate::") {
        let before = rest[..k].chars().last();
        rest = &rest[k + "crate::".len()..];
        if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
            continue;
        }
        if let Some(group) = rest.strip_prefix('{') {
            let end = group.find('}').unwrap_or(group.len());
            for item in group[..end].split(',') {
                let path: Vec<String> = item
                    .trim()
                    .split("::")
                    .map(|p| p.trim().to_string())
                    .filter(|p| !p.is_empty())
                    .collect();
                if !path.is_empty() {
                    out.push(path);
                }
            }
            continue;
        }
        let path: Vec<String> = rest
            .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .next()
            .unwrap_or("")
            .split("::")
            .filter(|p| !p.is_empty())
            .map(str::to_string)
            .collect();
        out.push(path);
    }
    out
}

/// `super::x` references of a file directly inside a folder (its siblings).
fn sibling_refs(code: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = code;
    while let Some(k) = rest.find("super::") {
        rest = &rest[k + "super::".len()..];
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        out.push(name);
    }
    out
}

/// The stage a file belongs to: its top-level folder, or its file stem.
fn stage_of(rel: &Path) -> String {
    let first = rel
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_string()
}

fn rank(stage: &str) -> Option<usize> {
    STAGES.iter().position(|s| *s == stage)
}

/// Every violation of the stage order in the tree at `root`.
fn violations(root: &Path) -> Vec<String> {
    let mut files = Vec::new();
    rust_files(root, &mut files);
    let mut bad = Vec::new();
    for f in &files {
        let rel = f.strip_prefix(root).unwrap();
        let stage = stage_of(rel);
        if matches!(stage.as_str(), "lib" | "main") {
            continue;
        }
        let Some(own) = rank(&stage) else {
            bad.push(format!(
                "{}: folder `{stage}` is not in tests/architecture.rs STAGES",
                rel.display()
            ));
            continue;
        };
        let code = code_only(&fs::read_to_string(f).unwrap());
        for path in crate_paths(&code) {
            let target = path[0].as_str();
            match rank(target) {
                Some(r) if r > own => bad.push(format!(
                    "{}: `{stage}` imports `crate::{}`, a later stage",
                    rel.display(),
                    path.join("::")
                )),
                Some(_) => {}
                None if matches!(target, "self" | "super" | "") => {}
                None => bad.push(format!(
                    "{}: `crate::{target}` is not a known stage",
                    rel.display()
                )),
            }
            // Inside a folder's one-way files, `crate::folder::file` counts too.
            if let (Some((_, order)), Some(file)) =
                (INNER.iter().find(|(d, _)| *d == stage), path.get(1))
            {
                check_inner(rel, order, file, &mut bad);
            }
        }
        if let Some((_, order)) = INNER.iter().find(|(d, _)| *d == stage) {
            // `super::` names a sibling from `folder/file.rs` and from
            // `folder/file/mod.rs`.
            let depth = rel.components().count();
            let is_mod = rel.file_name().is_some_and(|n| n == "mod.rs");
            if (depth == 2 && !is_mod) || (depth == 3 && is_mod) {
                for name in sibling_refs(&code) {
                    check_inner(rel, order, &name, &mut bad);
                }
            }
        }
    }
    bad
}

fn check_inner(rel: &Path, order: &[&str], target: &str, bad: &mut Vec<String>) {
    // `folder/file/mod.rs` is the file `file`.
    let me = if rel.file_name().is_some_and(|n| n == "mod.rs") {
        rel.parent()
            .and_then(Path::file_name)
            .unwrap()
            .to_string_lossy()
    } else {
        rel.file_stem().unwrap().to_string_lossy()
    };
    let (Some(a), Some(b)) = (
        order.iter().position(|x| *x == me),
        order.iter().position(|x| *x == target),
    ) else {
        return;
    };
    if b > a {
        bad.push(format!(
            "{}: `{me}` imports `{target}`, which comes after it",
            rel.display()
        ));
    }
}

#[test]
fn no_stage_imports_a_later_stage() {
    let bad = violations(&src());
    assert!(bad.is_empty(), "layering violations:\n{}", bad.join("\n"));
}

#[test]
fn every_stage_folder_is_known_and_documented() {
    for stage in STAGES.iter().filter(|s| **s != "cli") {
        let m = src().join(stage).join("mod.rs");
        let text = fs::read_to_string(&m).unwrap_or_else(|e| panic!("{}: {e}", m.display()));
        assert!(
            text.starts_with("//!"),
            "{} opens without a doc comment",
            m.display()
        );
    }
}

#[test]
fn a_back_import_is_caught() {
    // A copy of src/ with one deliberate back-import must fail the check.
    let tmp = tempfile::tempdir().unwrap();
    copy_tree(&src(), tmp.path());
    let victim = tmp.path().join("tag").join("normalize.rs");
    let mut text = fs::read_to_string(&victim).unwrap();
    text.push_str("\n#[allow(unused_imports)]\nuse crate::graph::KnowledgeGraph;\n");
    fs::write(&victim, text).unwrap();
    let inner = tmp.path().join("relations").join("text.rs");
    let mut text = fs::read_to_string(&inner).unwrap();
    text.push_str("\n#[allow(unused_imports)]\nuse super::extract::extract;\n");
    fs::write(&inner, text).unwrap();
    let words = tmp.path().join("ingest").join("markup").join("mod.rs");
    let mut text = fs::read_to_string(&words).unwrap();
    text.push_str("\n#[allow(unused_imports)]\nuse super::document::Document;\n");
    fs::write(&words, text).unwrap();
    let bad = violations(tmp.path());
    assert!(
        bad.iter()
            .any(|b| b.contains("`tag` imports `crate::graph::KnowledgeGraph`")),
        "{bad:?}"
    );
    assert!(
        bad.iter().any(|b| b.contains("`text` imports `extract`")),
        "{bad:?}"
    );
    assert!(
        bad.iter()
            .any(|b| b.contains("`markup` imports `document`")),
        "{bad:?}"
    );
}

fn copy_tree(from: &Path, to: &Path) {
    for e in fs::read_dir(from).unwrap() {
        let p = e.unwrap().path();
        let dest = to.join(p.file_name().unwrap());
        if p.is_dir() {
            fs::create_dir_all(&dest).unwrap();
            copy_tree(&p, &dest);
        } else {
            fs::copy(&p, &dest).unwrap();
        }
    }
}

#[test]
fn source_files_stay_readable_in_size() {
    // Files allowed above the limit, each with its reason (none today).
    const EXEMPT: &[(&str, &str)] = &[];
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mut long = Vec::new();
    for f in files {
        let rel = f
            .strip_prefix(src())
            .unwrap()
            .to_string_lossy()
            .replace('\\', "/");
        let lines = fs::read_to_string(&f).unwrap().lines().count();
        if lines > 620 && !EXEMPT.iter().any(|(p, _)| *p == rel) {
            long.push(format!("{rel}: {lines} lines"));
        }
    }
    assert!(
        long.is_empty(),
        "files above 620 lines:\n{}",
        long.join("\n")
    );
}

/// Every text file of the repository under `dir` (no build products, no
/// version control, no fixtures of news text), into `out`.
fn repo_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let p = e.path();
        let name = e.file_name().to_string_lossy().to_string();
        if p.is_dir() {
            if !matches!(
                name.as_str(),
                "target" | ".git" | "output" | "node_modules" | ".venv" | "__pycache__"
            ) {
                repo_files(&p, out);
            }
        } else {
            out.push(p);
        }
    }
}

/// Top folders of home and work directories on common machines, written
/// without their slashes so that this file names no absolute path itself.
const MACHINE_FOLDERS: &[&str] = &["work", "home", "root", "Users", "mnt/c"];

/// The absolute path `/{folder}/{rest}`.
fn absolute(folder: &str, rest: &str) -> String {
    format!("/{folder}/{rest}")
}

/// The absolute paths of one machine found in `text`: a folder of
/// [`MACHINE_FOLDERS`] where a path starts (not inside one, as in
/// "$d/root/").
fn machine_paths(text: &str) -> Vec<String> {
    let mut found = Vec::new();
    for folder in MACHINE_FOLDERS {
        let root = absolute(folder, "");
        for (i, _) in text.match_indices(&root) {
            let before = text[..i].chars().next_back();
            let starts = before.is_none_or(|c| !(c.is_alphanumeric() || "$}_-./~".contains(c)));
            if starts {
                let end = text[i..]
                    .find(|c: char| c.is_whitespace() || "`'\")]".contains(c))
                    .map_or(text.len(), |n| i + n);
                found.push(text[i..end].to_string());
            }
        }
    }
    found
}

// A fresh clone on another machine finds every file it names: no absolute
// path of this one in the code, scripts, docs or data (commands name
// ../shared beside the checkout instead).
#[test]
fn no_absolute_machine_path_in_the_repository() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    repo_files(root, &mut files);
    let mut bad = Vec::new();
    for f in files {
        let Ok(text) = fs::read_to_string(&f) else {
            continue; // not UTF-8 text (a database, an image)
        };
        for p in machine_paths(&text) {
            bad.push(format!("{}: {p}", f.strip_prefix(root).unwrap().display()));
        }
    }
    assert!(bad.is_empty(), "machine paths:\n{}", bad.join("\n"));
}

// The detector itself: paths that start a path are caught, folders named
// "root" inside a path are not.
#[test]
fn machine_paths_are_told_from_folder_names() {
    let (shared, home) = (absolute("work", "shared/x.jsonl"), absolute("home", "u/y"));
    assert_eq!(
        machine_paths(&format!("run `cat {shared}` or ({home})")),
        [shared.as_str(), home.as_str()]
    );
    let inside = format!(
        "cmp $d{} ../shared/x ~{}",
        absolute("root", "graph.json"),
        absolute("work", "y")
    );
    assert!(machine_paths(&inside).is_empty());
}

//! Matcher benchmark: build time and scan throughput over JSON Lines text.
//!
//! usage: cargo run --release --example matchbench -- GAZ_DIR CORPUS.jsonl...
//!
//! GAZ_DIR holds plain name lists (one name per line, type from the file
//! name, e.g. ../shared/gazetteers/dbpedia-id). Environment knobs for
//! experiments: MATCH_ENGINE=contiguous|noncontiguous|dfa, MATCH_SPLIT=0|1,
//! MATCH_THREADS=N (build threads), MATCH_INDEX=0|1 (first-word index), MATCH_REPS=N (scan repetitions),
//! MATCH_UNANCHORED=1 (also time one unanchored automaton over the keys).
#![allow(clippy::disallowed_macros)] // a developer benchmark, not on a user's path

use aho_corasick::{AhoCorasick, AhoCorasickKind, MatchKind};
use gazegraph::base::types::EntityType;
use gazegraph::gazetteer::{Entity, Gazetteer, Origin};
use gazegraph::tag::matcher::{Engine, Hit, MatchOptions, Matcher, TargetMatch};
use gazegraph::tag::normalize::{normalize_into, Normalized};
use std::io::BufRead;
use std::time::Instant;

fn load_lists(dir: &str) -> std::io::Result<Gazetteer> {
    let mut files: Vec<_> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut gaz = Gazetteer::default();
    for f in files {
        let stem = f.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let Some(etype) = EntityType::parse(stem) else {
            continue;
        };
        for (n, line) in std::fs::read_to_string(&f)?.lines().enumerate() {
            let name = line.trim();
            if name.is_empty() {
                continue;
            }
            gaz.entities.push(Entity {
                id: format!("{stem}:{n}"),
                name: name.to_string(),
                etype,
                qid: None,
                aliases: vec![],
                short: vec![],
                demonyms: vec![],
                roles: vec![],
                origin: Origin::List,
                case: gazegraph::gazetteer::CaseSetting::default(),
            });
        }
    }
    Ok(gaz)
}

/// On-CPU nanoseconds of this thread (Linux schedstat), so numbers stay
/// comparable on a machine shared with other jobs; 0 elsewhere.
fn cpu_ns() -> u64 {
    std::fs::read_to_string("/proc/thread-self/schedstat")
        .ok()
        .and_then(|s| s.split_whitespace().next()?.parse().ok())
        .unwrap_or(0)
}

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.is_empty())
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (Some(dir), corpora) = (args.first(), &args[1.min(args.len())..]) else {
        eprintln!("usage: matchbench GAZ_DIR CORPUS.jsonl...");
        std::process::exit(2);
    };
    let engine = match env("MATCH_ENGINE").as_deref() {
        Some("noncontiguous") => Engine::Noncontiguous,
        Some("dfa") => Engine::Dfa,
        _ => Engine::Contiguous,
    };
    let opts = MatchOptions {
        engine,
        split: env("MATCH_SPLIT").as_deref() != Some("0"),
        threads: env("MATCH_THREADS")
            .and_then(|v| v.parse().ok())
            .unwrap_or(0),
        word_index: env("MATCH_INDEX").as_deref() != Some("0"),
    };
    let reps: usize = env("MATCH_REPS").and_then(|v| v.parse().ok()).unwrap_or(3);

    let t0 = Instant::now();
    let gaz = load_lists(dir)?;
    let read_s = t0.elapsed().as_secs_f64();
    let t1 = Instant::now();
    let pats = gazegraph::tag::variants::generate(&gaz);
    let gen_s = t1.elapsed().as_secs_f64();
    let keys = pats.keys.clone();
    let t2 = Instant::now();
    let m = Matcher::from_patterns(pats, opts)?;
    let build_s = t2.elapsed().as_secs_f64();
    let load_cpu = cpu_ns() as f64 / 1e9;
    println!(
        "gazetteer: {} names read in {:.3}s; {} keys generated in {:.3}s; {:?} built in {:.3}s ({} MB); load total {:.3}s (main thread cpu {:.3}s)",
        gaz.entities.len(),
        read_s,
        m.key_count(),
        gen_s,
        opts,
        build_s,
        m.memory_usage() >> 20,
        read_s + gen_s + build_s,
        load_cpu
    );

    // End to end, like `limit`'s process_s: read, parse JSON, normalise,
    // match, check targets.
    let mut texts = Vec::new();
    let (mut scratch, mut hits, mut ts): (Normalized, Vec<Hit>, Vec<TargetMatch>) =
        (Normalized::new(), Vec::new(), Vec::new());
    for rep in 0..reps {
        let (t, c) = (Instant::now(), cpu_ns());
        let (mut bytes, mut docs, mut mentions, mut accepted) = (0usize, 0usize, 0usize, 0usize);
        for path in corpora {
            let rd = std::io::BufReader::with_capacity(1 << 20, std::fs::File::open(path)?);
            for line in rd.lines() {
                let line = line?;
                if line.trim().is_empty() {
                    continue;
                }
                let v: serde_json::Value = serde_json::from_str(&line)?;
                let Some(text) = v["text"].as_str() else {
                    continue;
                };
                bytes += text.len();
                docs += 1;
                m.find(text, &mut scratch, &mut hits);
                mentions += hits.len();
                for h in &hits {
                    m.targets(h, text, &mut ts);
                    accepted += ts.len();
                }
                if rep == 0 {
                    texts.push(text.to_string());
                }
            }
        }
        let s = t.elapsed().as_secs_f64();
        let cpu = (cpu_ns() - c) as f64 / 1e9;
        let mb = bytes as f64 / 1048576.0;
        println!(
            "end to end: {docs} docs, {mb:.2} MB, {mentions} hits, {accepted} targets, wall {s:.3}s = {:.1} MB/s, cpu {cpu:.3}s = {:.1} MB/s",
            mb / s,
            mb / cpu
        );
    }

    // Breakdown over texts in memory.
    let total: usize = texts.iter().map(String::len).sum();
    let mb = total as f64 / 1048576.0;
    // Throughput by on-CPU time (wall time is unreliable on a busy machine).
    let time = |f: &mut dyn FnMut()| {
        let c = cpu_ns();
        for _ in 0..reps {
            f();
        }
        mb * reps as f64 / ((cpu_ns() - c) as f64 / 1e9)
    };
    let norm = time(&mut || {
        for text in &texts {
            normalize_into(text, &mut scratch);
        }
    });
    let find = time(&mut || {
        for text in &texts {
            m.find(text, &mut scratch, &mut hits);
        }
    });
    println!("in memory (cpu time): normalise {norm:.1} MB/s; normalise + find {find:.1} MB/s");

    if env("MATCH_UNANCHORED").is_some() {
        // One unanchored automaton over all keys, scanned with find_iter
        // (the unanchored DFA would need ~1.5 GB: not tried here).
        let t = Instant::now();
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build(&keys)?;
        let b = t.elapsed().as_secs_f64();
        let mut n = 0usize;
        let speed = time(&mut || {
            for text in &texts {
                normalize_into(text, &mut scratch);
                n += ac.find_iter(&scratch.bytes).count();
            }
        });
        println!(
            "unanchored single ContiguousNFA: built in {b:.3}s, normalise + find_iter {speed:.1} MB/s ({} hits/rep)",
            n / reps.max(1)
        );
    }
    Ok(())
}

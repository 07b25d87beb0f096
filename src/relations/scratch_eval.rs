//! A manual check, not a test (ignored): print every relation the
//! extractor finds in a JSON Lines corpus, with its sentence, to read for
//! false positives. Mentions come from a naive case-sensitive search of the
//! entities' names, aliases and short forms in a JSON Lines gazetteer.
//!
//! `GAZ=gazetteer/entities.jsonl CORPUS=corpus.jsonl N=200 cargo test --lib
//! relations::scratch_eval -- --ignored --nocapture`

use super::seeds_eval::split_for_scratch as split;
use super::*;
use crate::gazetteer::{Entity, Gazetteer, Origin, Role};
use crate::types::{EntityType, Mention, Via};

#[test]
#[ignore]
fn scratch_corpus() {
    let gpath = std::env::var("GAZ").unwrap();
    let cpath = std::env::var("CORPUS").unwrap();
    let mut g = Gazetteer::default();
    for line in std::fs::read_to_string(gpath).unwrap().lines() {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let strs = |k: &str| -> Vec<String> {
            v[k].as_array()
                .map(|a| {
                    a.iter()
                        .filter_map(|x| x.as_str().map(String::from))
                        .collect()
                })
                .unwrap_or_default()
        };
        let mut aliases = vec![v["name"].as_str().unwrap().to_string()];
        aliases.extend(strs("aliases"));
        aliases.extend(strs("short"));
        let roles: Vec<Role> = v["roles"]
            .as_array()
            .map(|a| {
                a.iter()
                    .filter_map(|r| {
                        Some(Role {
                            office: r["office"].as_str()?.into(),
                            of: r["of"].as_str()?.into(),
                            start: r["start"].as_str().map(Into::into),
                            end: r["end"].as_str().map(Into::into),
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        g.entities.push(Entity {
            id: v["id"].as_str().unwrap().into(),
            name: aliases[0].clone(),
            etype: EntityType::parse(v["type"].as_str().unwrap()).unwrap(),
            qid: None,
            aliases,
            short: vec![],
            demonyms: strs("demonyms"),
            roles,
            origin: Origin::Curated,
        });
    }
    let lex = Lexicon::builtin();
    let x = Extractor::new(&g, &lex);
    let n: usize = std::env::var("N")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(200);
    for line in std::fs::read_to_string(cpath).unwrap().lines().take(n) {
        let v: serde_json::Value = serde_json::from_str(line).unwrap();
        let text = v["text"].as_str().unwrap();
        let prep = split(text);
        let mut ms: Vec<Mention> = Vec::new();
        for (ei, e) in g.entities.iter().enumerate() {
            for a in &e.aliases {
                if a.len() < 3 {
                    continue;
                }
                for (start, _) in text.match_indices(a.as_str()) {
                    let end = start + a.len();
                    let b = text[..start]
                        .chars()
                        .next_back()
                        .is_none_or(|c| !c.is_alphanumeric());
                    let af = text[end..]
                        .chars()
                        .next()
                        .is_none_or(|c| !c.is_alphanumeric());
                    if b && af {
                        ms.push(Mention {
                            start,
                            end,
                            entity: ei as u32,
                            via: Via::Exact,
                            sentence: 0,
                        });
                    }
                }
            }
        }
        ms.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
        let mut keep: Vec<Mention> = Vec::new();
        for m in ms {
            if keep.last().is_none_or(|l| m.start >= l.end) {
                keep.push(m);
            }
        }
        keep.extend(x.title_mentions(text, &prep, &keep, Some("2017-06-01")));
        let mut out = Vec::new();
        x.extract(text, &prep, &keep, &mut out);
        for r in out {
            let s = &prep.sentences[r.sentence as usize];
            println!(
                "{} {} -> {} [{}] {:?}\n    {}",
                r.kind,
                g.entities[r.source as usize].id,
                g.entities[r.target as usize].id,
                r.trigger,
                r.modality,
                text[s.range.clone()].trim()
            );
        }
    }
}

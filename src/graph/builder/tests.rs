use super::*;
use crate::graph::{DocInfo, Evidence};

#[test]
fn capped_lists_keep_the_smallest_distinct_items() {
    let offers = [9u32, 3, 7, 3, 1, 8, 2, 6, 5, 4, 0, 11, 10, 1, 12, 0];
    for n in [1, 2, 3, 5, 25] {
        let mut v: Capped<u32> = Capped::default();
        let mut refused = 0;
        for x in offers {
            if !v.offer(n, n / 2, |b| *b < x, || x) {
                refused += 1;
            }
            let limit = n + (n / 2).max(1);
            assert!(v.items.len() < limit && v.items.capacity() <= limit.max(4));
        }
        let mut want: Vec<u32> = (0..13).collect();
        want.truncate(n);
        assert_eq!(v.into_vec(n), want, "cap {n}");
        // Small caps refuse items above the bound without building them.
        if n <= 3 {
            assert!(refused > 0, "cap {n}");
        }
    }
}

use crate::analyse::pipeline::{EntityCount, Pair};
use crate::graph::ledger::{EdgeShare, EntityShare, LedgerDoc};

fn doc(id: &str, date: Option<&str>, ents: &[u32], pairs: &[(u32, u32, u32)]) -> DocOutput {
    let mut d = DocOutput {
        info: DocInfo {
            id: id.into(),
            title: Some(format!("T\u{e9}tre \"{id}\"")),
            date: date.map(str::to_string),
            url: None,
        },
        ..DocOutput::default()
    };
    d.id = Arc::from(id);
    d.date = date.map(Arc::from);
    for &e in ents {
        let surface = [(format!("S{e}\t\u{1}"), 2), ("x".to_string(), 1)].into();
        d.entities.insert(
            e,
            EntityCount {
                mentions: 3,
                surface,
            },
        );
    }
    for &(a, b, sentence) in pairs {
        d.pairs.push(Pair { a, b, sentence });
        d.sentences
            .insert(sentence, Arc::from(format!("sentence {sentence} of {id}")));
    }
    d
}

/// The ledger line the builder wrote before it wrote lines itself.
fn old_line(gaz: &Gazetteer, d: &DocOutput) -> Vec<u8> {
    let id = |e: u32| gaz.entities[e as usize].id.clone();
    let mut entities: Vec<EntityShare> = d
        .entities
        .iter()
        .map(|(&e, c)| EntityShare {
            id: id(e),
            mentions: c.mentions,
            surface: c.surface.clone(),
        })
        .collect();
    entities.sort_by(|a, b| a.id.cmp(&b.id));
    let mut shares: BTreeMap<(String, String, String), u64> = BTreeMap::new();
    for p in &d.pairs {
        let (a, b) = (id(p.a), id(p.b));
        let (s, t) = if a <= b { (a, b) } else { (b, a) };
        *shares.entry((COOCCURRENCE.into(), s, t)).or_insert(0) += 1;
    }
    for r in &d.relations {
        *shares
            .entry((r.kind.clone(), id(r.source), id(r.target)))
            .or_insert(0) += 1;
    }
    let line = LedgerDoc {
        info: d.info.clone(),
        version: d.version.clone(),
        stdin: d.stdin_id,
        entities,
        edges: shares
            .into_iter()
            .map(|((kind, source, target), weight)| EdgeShare {
                kind,
                source,
                target,
                weight,
            })
            .collect(),
    };
    let mut buf = Vec::new();
    crate::graph::ledger::write_line(&mut buf, &line).unwrap();
    buf
}

#[test]
fn ledger_lines_and_capped_evidence_match_the_plain_definitions() {
    let gaz = Gazetteer::builtin().unwrap();
    // Entities whose index order differs from their id order.
    let mut by_id: Vec<u32> = (0..12).collect();
    by_id.sort_by(|&a, &b| {
        gaz.entities[b as usize]
            .id
            .cmp(&gaz.entities[a as usize].id)
    });
    let e = |i: usize| by_id[i];
    let mut docs = Vec::new();
    for k in 0..9u32 {
        let ents = [e(0), e(1), e(2), e((3 + k as usize) % 12)];
        let pairs = [
            (e(0), e(1), k % 3),
            (e(1), e(2), 4),
            (e(0), e(1), 5),
            (e(2), e((3 + k as usize) % 12), 6),
        ];
        let date = (k % 2 == 0).then_some("2024-05-0".to_string() + &(k % 4 + 1).to_string());
        let mut d = doc(&format!("d{}", (k * 5) % 9), date.as_deref(), &ents, &pairs);
        let mut ev = d.evidence(4);
        ev.trigger = Some(format!("t{k}"));
        ev.modality = Some(Modality::Asserted);
        d.relations.push(RelationEdge {
            kind: if k % 2 == 0 { "meets" } else { "a_kind" }.into(),
            source: e(2),
            target: e(0),
            directed: true,
            evidence: ev,
        });
        docs.push(d);
    }
    let build = |order: &[usize]| {
        let mut b = GraphBuilder::new(&gaz, Window::Sentence, 2);
        for &i in order {
            let line = b.add(&docs[i]).unwrap().to_vec();
            assert_eq!(
                String::from_utf8(line).unwrap(),
                String::from_utf8(old_line(&gaz, &docs[i])).unwrap()
            );
            assert!(b.add(&docs[i]).is_none());
        }
        let infos = docs.iter().map(|d| d.info.clone()).collect();
        b.finish(infos).to_data()
    };
    let forward: Vec<usize> = (0..docs.len()).collect();
    let backward: Vec<usize> = forward.iter().rev().copied().collect();
    let g = build(&forward);
    assert_eq!(g, build(&backward));
    // Each edge keeps its 2 smallest evidence items of all offered.
    for rec in &g.edges {
        let mut all: Vec<Evidence> = Vec::new();
        for d in &docs {
            let ends = |a: u32, b: u32| {
                let (x, y) = (&gaz.entities[a as usize].id, &gaz.entities[b as usize].id);
                (x == &rec.source && y == &rec.target) || (y == &rec.source && x == &rec.target)
            };
            if rec.edge.kind == COOCCURRENCE {
                all.extend(
                    d.pairs
                        .iter()
                        .filter(|p| ends(p.a, p.b))
                        .map(|p| d.evidence(p.sentence)),
                );
            } else {
                all.extend(
                    d.relations
                        .iter()
                        .filter(|r| r.kind == rec.edge.kind && ends(r.source, r.target))
                        .map(|r| r.evidence.clone()),
                );
            }
        }
        cap(&mut all, 2);
        assert_eq!(
            rec.edge.evidence, all,
            "{} {} {}",
            rec.edge.kind, rec.source, rec.target
        );
    }
    assert!(g.edges.iter().any(|r| r.edge.kind == "meets"));
    // Node document lists (cap 200) refer to every document here.
    assert_eq!(g.documents.len(), docs.len());
}

#[test]
fn node_document_lists_keep_the_earliest_documents_listed_by_id() {
    let gaz = Gazetteer::builtin().unwrap();
    let n = MAX_NODE_DOCS + 60;
    // Dates out of order, some undated, several per day.
    let docs: Vec<DocOutput> = (0..n)
        .map(|k| {
            let date = (k % 7 != 0).then(|| format!("2024-{:02}-{:02}", 1 + k % 12, 1 + k % 28));
            doc(&format!("doc{k:03}"), date.as_deref(), &[0, 1], &[])
        })
        .collect();
    let key = |d: &DocOutput| NodeDocKey::of(&d.info.id, d.info.date.as_deref());
    let mut want: Vec<&DocOutput> = docs.iter().collect();
    want.sort_by_key(|d| key(d));
    let mut want: Vec<String> = want[..MAX_NODE_DOCS]
        .iter()
        .map(|d| d.info.id.clone())
        .collect();
    want.sort();
    // Earliest first: no undated document is needed to fill the list.
    assert!(want.iter().all(|id| docs
        .iter()
        .any(|d| &d.info.id == id && d.info.date.is_some())));
    for order in [false, true] {
        let mut b = GraphBuilder::new(&gaz, Window::Sentence, 2);
        let mut idx: Vec<usize> = (0..n).collect();
        if order {
            idx.reverse();
        }
        for &i in &idx {
            b.add(&docs[i]).unwrap();
        }
        let infos = docs.iter().map(|d| d.info.clone()).collect();
        let g = b.finish(infos);
        for node in g.graph.node_weights() {
            let got: Vec<&str> = node.docs.iter().map(|d| &**d).collect();
            assert_eq!(got, want, "{}", node.id);
            assert_eq!(node.documents, n as u64);
        }
        // graph.json lists exactly the documents the lists name.
        let listed: Vec<&str> = g.documents.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(listed, want);
    }
}

#[test]
fn dates_pack_in_string_order() {
    assert_eq!(pack_date("2024-05-07"), Some(20240507));
    for bad in ["2024-5-07", "2024/05/07", "20240507", "2024-05-0x", ""] {
        assert_eq!(pack_date(bad), None, "{bad}");
    }
    let undated = NodeDocKey::of("a", None);
    assert!(NodeDocKey::of("a", Some("2099-12-31")) < undated);
    assert!(NodeDocKey::of("z", Some("2001-01-01")) < NodeDocKey::of("a", Some("2001-01-02")));
}

#[test]
fn cap_keeps_the_smallest_distinct_items() {
    let mut v = vec![5, 1, 4, 1, 3];
    cap(&mut v, 3);
    assert_eq!(v, vec![1, 3, 4]);
}

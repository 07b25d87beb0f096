use super::*;
use crate::graph::ledger::write_line;
use crate::graph::DocInfo;

fn doc(id: &str, version: &str) -> LedgerDoc {
    LedgerDoc {
        info: DocInfo {
            id: id.into(),
            ..DocInfo::default()
        },
        version: version.into(),
        ..LedgerDoc::default()
    }
}

fn single(dir: &Path, docs: &[LedgerDoc]) -> Layout {
    std::fs::create_dir_all(dir).unwrap();
    let mut buf = Vec::new();
    for d in docs {
        write_line(&mut buf, d).unwrap();
    }
    std::fs::write(dir.join(LEDGER_FILE), buf).unwrap();
    locate(dir, None).unwrap()
}

fn ids(layout: &Layout) -> Vec<String> {
    let mut v = Vec::new();
    for_each_doc(layout, |d| v.push(format!("{}@{}", d.info.id, d.version))).unwrap();
    v.sort();
    v
}

#[test]
fn recurring_ids_are_found_from_the_indexes_and_read_at_their_offsets() {
    let tmp = tempfile::tempdir().unwrap();
    let a = single(
        &tmp.path().join("a"),
        &[doc("x", "1"), doc("y", "1"), doc("z", "1")],
    );
    let b = single(&tmp.path().join("b"), &[doc("w", "1"), doc("y", "2")]);
    let inputs = [
        InputLedger::open(&a).unwrap(),
        InputLedger::open(&b).unwrap(),
    ];
    let groups = recurring(&inputs).unwrap();
    assert_eq!(groups.len(), 1);
    let copies: Vec<LedgerDoc> = groups[0]
        .iter()
        .map(|&c| read_copy(&inputs, c).unwrap())
        .collect();
    assert_eq!(copies, vec![doc("y", "1"), doc("y", "2")]);

    // Merged without the older copy: a's part is rewritten, b's linked.
    let out = tmp.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let drop: HashSet<CopyAt> = [groups[0][0]].into_iter().collect();
    let entries = write_merged(&inputs, &drop, &out).unwrap();
    assert_eq!(entries.len(), 2);
    for e in &entries {
        let (size, hex) = crate::base::manifest::hash_file(&out.join(&e.name)).unwrap();
        assert_eq!((size, &hex), (e.size, &e.xxh3), "{}", e.name);
        assert_eq!(ledger_part_hex(&e.name, false), Some(hex.as_str()));
    }
    let merged = locate(&out, None).unwrap();
    assert_eq!(ids(&merged), ["w@1", "x@1", "y@2", "z@1"]);
    // b's part is a link to (or copy of) b's ledger, byte for byte.
    let b_hex = crate::base::manifest::hash_file(&tmp.path().join("b").join(LEDGER_FILE))
        .unwrap()
        .1;
    assert!(out.join(part_name(&b_hex)).is_file());

    // The merged parts merge again: their indexes find the same ids.
    let c = single(&tmp.path().join("c"), &[doc("x", "1"), doc("v", "1")]);
    let again = [
        InputLedger::open(&merged).unwrap(),
        InputLedger::open(&c).unwrap(),
    ];
    let groups = recurring(&again).unwrap();
    assert_eq!(groups.len(), 1);
    assert_eq!(read_copy(&again, groups[0][1]).unwrap(), doc("x", "1"));
}

#[test]
fn a_part_left_empty_is_dropped_and_an_empty_merge_keeps_an_empty_part() {
    let tmp = tempfile::tempdir().unwrap();
    let a = single(&tmp.path().join("a"), &[doc("x", "1")]);
    let inputs = [InputLedger::open(&a).unwrap()];
    let out = tmp.path().join("out");
    std::fs::create_dir(&out).unwrap();
    let all: HashSet<CopyAt> = [CopyAt {
        input: 0,
        part: 0,
        offset: 0,
    }]
    .into_iter()
    .collect();
    let entries = write_merged(&inputs, &all, &out).unwrap();
    assert_eq!(entries.len(), 1);
    assert_eq!(entries[0].size, 0);
    let layout = locate(&out, None).unwrap();
    assert!(matches!(layout, Layout::Parts { .. }));
    assert!(ids(&layout).is_empty());
    assert!(recurring(&[InputLedger::open(&layout).unwrap()])
        .unwrap()
        .is_empty());
}

#[test]
fn a_damaged_index_is_named_not_trusted() {
    let tmp = tempfile::tempdir().unwrap();
    let a = single(&tmp.path().join("a"), &[doc("x", "1"), doc("y", "1")]);
    let out = tmp.path().join("out");
    std::fs::create_dir(&out).unwrap();
    write_merged(&[InputLedger::open(&a).unwrap()], &HashSet::new(), &out).unwrap();
    let layout = locate(&out, None).unwrap();
    let Layout::Parts { hexes, .. } = &layout else {
        panic!("{layout:?}")
    };
    let idx = out.join(index_name(&hexes[0]));
    let good = std::fs::read(&idx).unwrap();
    let check = |bytes: &[u8], want: &str| {
        std::fs::write(&idx, bytes).unwrap();
        let inputs = [InputLedger::open(&layout).unwrap()];
        let err = recurring(&inputs).unwrap_err().to_string();
        assert!(err.contains(&*idx.display().to_string()), "{err}");
        assert!(err.contains(want), "{err}");
    };
    check(&good[..good.len() - 1], "is not a header and whole entries");
    let mut other = good.clone();
    other[0] = b'X';
    check(&other, "not a gazegraph ledger index");
    let mut size = good.clone();
    size[8] ^= 1;
    check(&size, "it indexes a part of");
    let mut offset = good.clone();
    let at = offset.len() - 8;
    offset[at..].copy_from_slice(&u64::MAX.to_le_bytes());
    check(&offset, "beyond the part");
}

#[test]
fn a_bad_line_in_a_single_ledger_is_named_by_line() {
    let tmp = tempfile::tempdir().unwrap();
    let dir = tmp.path().join("a");
    single(&dir, &[doc("x", "1")]);
    let p = dir.join(LEDGER_FILE);
    let mut bytes = std::fs::read(&p).unwrap();
    bytes.extend_from_slice(b"\n{\"no\": 1}\n");
    std::fs::write(&p, bytes).unwrap();
    let err = InputLedger::open(&Layout::Single(p.clone()))
        .unwrap_err()
        .to_string();
    assert!(err.starts_with(&format!("{}:3:", p.display())), "{err}");
}

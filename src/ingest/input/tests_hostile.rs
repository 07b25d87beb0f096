//! Hostile inputs of issue 14: stray NUL bytes, UTF-16 without a byte
//! order mark, numeric ids, duplicate keys, lone surrogates, numeric dates,
//! gazegraph's own outputs among the inputs.

use super::*;
use std::fs;

/// Documents and warnings of one path.
fn read_one(p: &Path) -> (Vec<Document>, Vec<InputWarning>) {
    read_with(p, &Exclude::default())
}

fn read_with(p: &Path, exclude: &Exclude) -> (Vec<Document>, Vec<InputWarning>) {
    let (mut docs, mut warns) = (Vec::new(), Vec::new());
    read_inputs_excluding(
        &[InputSpec::Path(p.to_path_buf())],
        exclude,
        |d| {
            docs.push(d);
            Ok(())
        },
        |w| warns.push(w),
    )
    .unwrap();
    (docs, warns)
}

fn jsonl(body: &[u8]) -> (Vec<Document>, Vec<InputWarning>, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("a.jsonl");
    fs::write(&p, body).unwrap();
    let (d, w) = read_one(&p);
    (d, w, dir)
}

#[test]
fn one_nul_byte_in_a_json_lines_file_loses_its_line_only() {
    let (docs, warns, _d) =
        jsonl(b"{\"id\":\"a\",\"text\":\"x\0y\"}\n{\"id\":\"b\",\"text\":\"Dua\"}\n{\"id\":\"c\",\"text\":\"Tiga\"}\n");
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["b", "c"]);
    assert_eq!(warns.len(), 1, "{warns:?}");
    assert!(warns[0].location.contains("a.jsonl:1:"), "{warns:?}");
    assert!(warns[0].message.contains("control character"), "{warns:?}");
    assert!(warns[0].message.contains("line skipped"), "{warns:?}");
}

#[test]
fn a_text_file_with_a_stray_nul_is_text_and_a_binary_one_is_not() {
    assert_eq!(decode::binary(b"Kim Jong Un\0 tiba di Moskow."), None);
    let mut long = "Putin bertemu Kim. ".repeat(100).into_bytes();
    long[500] = 0;
    long[900] = 0;
    assert_eq!(decode::binary(&long), None);
    let zip = b"PK\x03\x04\x14\x00\x00\x00\x08\x00binary\x00\x01\x02";
    assert!(decode::binary(zip).is_some_and(|w| w.contains("control bytes")));
    let elf: Vec<u8> = (0..4096u32).map(|i| (i * 7 % 256) as u8).collect();
    assert!(decode::binary(&elf).is_some());
}

#[test]
fn utf16_json_lines_without_a_byte_order_mark_is_read() {
    let text = "{\"id\":\"a\",\"text\":\"Kim Jong Un\"}\n{\"id\":\"b\",\"text\":\"Putin\"}\n";
    for le in [true, false] {
        let bytes: Vec<u8> = text
            .encode_utf16()
            .flat_map(|u| if le { u.to_le_bytes() } else { u.to_be_bytes() })
            .collect();
        let (docs, warns, _d) = jsonl(&bytes);
        let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["a", "b"], "{warns:?}");
        assert!(
            warns[0].message.contains("decoded from UTF-16"),
            "{warns:?}"
        );
    }
}

#[test]
fn numeric_ids_keep_their_text_as_written() {
    let (docs, warns, _d) = jsonl(
        concat!(
            "{\"id\":123456789012345678901234567890,\"text\":\"a\"}\n",
            "{\"id\":123456789012345678901234567891,\"text\":\"b\"}\n",
            "{\"id\":1.0,\"text\":\"c\"}\n",
            "{\"id\":1.00,\"text\":\"d\"}\n",
            "{\"id\":\"1.0\",\"text\":\"e\"}\n",
            "{\"id\":-0,\"text\":\"f\"}\n",
            "{\"id\":1e3,\"text\":\"g\"}\n",
            "{\"id\":true,\"text\":\"h\"}\n",
        )
        .as_bytes(),
    );
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    let eighth = format!("{}:8", docs[7].source.rsplit_once(':').unwrap().0);
    assert_eq!(
        ids,
        [
            "123456789012345678901234567890",
            "123456789012345678901234567891",
            "1.0",
            "1.00",
            // a string id equal to a number's text is the same id
            "1.0",
            "-0",
            "1e3",
            eighth.as_str(),
        ]
    );
    assert_eq!(warns.len(), 1, "{warns:?}");
    assert!(warns[0].message.contains("`id` is a boolean"), "{warns:?}");
}

#[test]
fn messages_name_the_real_problem() {
    let (docs, warns, _d) = jsonl(
        concat!(
            "{\"text\":\"a\",\"text\":\"b\"}\n",
            "{\"text\":\"x \\ud800 y\"}\n",
            "{\"text\":\"x \\udc00 y\"}\n",
            "{\"text\":\"ok \\ud83d\\ude00\",\"date\":20240712}\n",
            "[\"not\", \"an object\"]\n",
        )
        .as_bytes(),
    );
    assert_eq!(docs.len(), 1);
    assert_eq!(docs[0].text, "ok 😀");
    assert_eq!(docs[0].date, None);
    let shown: Vec<String> = warns
        .iter()
        .map(|w| format!("{}: {}", w.location.rsplit('/').next().unwrap(), w.message))
        .collect();
    let want = [
        "a.jsonl:1:",
        "duplicate key \"text\"",
        "a.jsonl:2:12: ",
        "lone surrogate `\\ud800`",
        "a.jsonl:3:12: ",
        "lone surrogate `\\udc00`",
        "a.jsonl:4: ",
        "`date` is a number (20240712), not a string",
        "a.jsonl:5: ",
        "not a JSON object",
    ];
    assert_eq!(shown.len(), want.len() / 2, "{shown:#?}");
    for (got, w) in shown.iter().zip(want.chunks(2)) {
        assert!(
            got.starts_with(w[0]) && got.contains(w[1]),
            "want {w:?}, got {got}"
        );
    }
}

// Issue 14: `gazegraph build . -o .` read its own graph files back.
#[test]
fn outputs_in_the_output_folder_and_the_stats_file_are_never_read() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("article.txt"), "Kim Jong Un tiba.").unwrap();
    for name in crate::base::outputs::OUTPUT_NAMES {
        fs::write(d.join(name), "{\"text\":\"Kim Jong Un\"}\n").unwrap();
    }
    // A merge's ledger parts are outputs too.
    fs::write(
        d.join("graph.docs.0123456789abcdef.jsonl"),
        "{\"text\":\"Kim Jong Un\"}\n",
    )
    .unwrap();
    fs::write(d.join("st.json"), "{\"docs\": 1}").unwrap();
    let mut exclude = Exclude::default();
    exclude.output_folder(d);
    exclude.file(&d.join("st.json"));
    let (docs, warns) = read_with(d, &exclude);
    let names: Vec<&str> = docs
        .iter()
        .map(|d| d.source.rsplit('/').next().unwrap())
        .collect();
    assert_eq!(names, ["article.txt"], "{warns:?}");
    // Named on the command line, an output is skipped with a warning.
    let (docs, warns) = read_with(&d.join("graph.docs.jsonl"), &exclude);
    assert!(docs.is_empty());
    assert!(
        warns[0].message.contains("output of this build"),
        "{warns:?}"
    );
    // The same files elsewhere are ordinary inputs.
    let (docs, _) = read_with(d, &Exclude::default());
    assert!(docs.len() > 1);
}

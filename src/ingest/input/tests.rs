use super::*;
use std::fs;
use std::io::Cursor;

#[derive(Default)]
struct Got {
    docs: Vec<Document>,
    warns: Vec<InputWarning>,
    summary: InputSummary,
}

fn read(specs: &[InputSpec]) -> Got {
    let mut g = Got::default();
    let mut warns = Vec::new();
    g.summary = read_inputs(
        specs,
        |d| {
            g.docs.push(d);
            Ok(())
        },
        |w| warns.push(w),
    )
    .unwrap();
    g.warns = warns;
    g
}

fn read_path(p: &Path) -> Got {
    read(&[InputSpec::Path(p.to_path_buf())])
}

fn stream(bytes: &[u8]) -> Got {
    let mut g = Got::default();
    let mut warns = Vec::new();
    g.summary = read_stream(
        Cursor::new(bytes.to_vec()),
        "-",
        |d| {
            g.docs.push(d);
            Ok(())
        },
        |w| warns.push(w),
    )
    .unwrap();
    g.warns = warns;
    g
}

#[test]
fn text_file_is_one_document() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("a.md");
    fs::write(&p, "Judul\n\nIsi berita.\r\nBaris dua.\rBaris tiga.").unwrap();
    let g = read_path(&p);
    assert_eq!(g.docs.len(), 1);
    assert_eq!(g.docs[0].id, p.display().to_string());
    assert_eq!(g.docs[0].source, g.docs[0].id);
    assert!(g.docs[0].text.contains("\r\nBaris dua.\rBaris"));
    assert!(g.warns.is_empty());
    assert_eq!(g.summary.documents, 1);
    assert_eq!(g.summary.bytes, g.docs[0].text.len() as u64);
}

#[test]
fn folder_order_is_sorted_and_skips_non_text() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir_all(d.join("sub")).unwrap();
    fs::create_dir_all(d.join(".git")).unwrap();
    fs::write(d.join("b.txt"), "B").unwrap();
    fs::write(d.join("a.txt"), "A").unwrap();
    fs::write(d.join("sub/c.text"), "C").unwrap();
    fs::write(d.join("photo.PNG"), [0x89, b'P', b'N', b'G', 0, 0]).unwrap();
    fs::write(d.join(".hidden.txt"), "H").unwrap();
    fs::write(d.join(".git/config"), "x").unwrap();
    fs::write(d.join("notes.html"), "<p>D</p>").unwrap();
    let g = read_path(d);
    let texts: Vec<&str> = g.docs.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(texts, ["A", "B", "<p>D</p>", "C"]);
    assert!(g.warns.is_empty(), "{:?}", g.warns);
    // Deterministic across runs.
    let again = read_path(d);
    assert_eq!(again.docs, g.docs);
    assert_eq!(
        g.docs[3].id,
        d.join("sub").join("c.text").display().to_string()
    );
}

#[test]
fn named_file_is_read_whatever_its_extension() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("article.png");
    fs::write(&p, "Really text").unwrap();
    assert_eq!(read_path(&p).docs.len(), 1);
}

#[test]
fn json_lines_records() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("c.jsonl");
    let body = concat!(
        "{\"id\": 7, \"text\": \"Satu\", \"title\": \"T\", \"date\": \"2023-09-25T08:10:00Z\", \"url\": \"http://x\", \"extra\": [1]}\r\n",
        "\r\n",
        "{\"text\": \"Dua\"}\n",
        "{\"id\": \"abc\", \"text\": \"Tiga\", \"date\": \"Mon, 25 Sep 2023 08:10:00 +0000\"}\r",
        "{\"id\": \"x\"}\n",
        "{\"text\": 5}\n",
        "{\"text\": \"broken\n",
        "[1, 2]\n",
        "{\"id\": \"z\", \"text\": \"Empat\", \"date\": \"kemarin\"}",
    );
    fs::write(&p, body).unwrap();
    let g = read_path(&p);
    let shown = p.display().to_string();
    let ids: Vec<&str> = g.docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["7", &format!("{shown}:3"), "abc", "z"]);
    assert_eq!(g.docs[0].title.as_deref(), Some("T"));
    assert_eq!(g.docs[0].date.as_deref(), Some("2023-09-25"));
    assert_eq!(g.docs[0].url.as_deref(), Some("http://x"));
    assert_eq!(g.docs[0].source, format!("{shown}:1"));
    assert_eq!(g.docs[1].date, None);
    assert_eq!(g.docs[2].date.as_deref(), Some("2023-09-25"));
    assert_eq!(g.docs[2].source, format!("{shown}:4"));
    let locs: Vec<&str> = g.warns.iter().map(|w| w.location.as_str()).collect();
    // A syntax error also gets its column (of the last character, at EOF).
    let want: Vec<String> = ["5", "6", "7:16", "8", "9"]
        .iter()
        .map(|n| format!("{shown}:{n}"))
        .collect();
    assert_eq!(locs, want);
    assert!(g.warns[0].message.contains("no `text`"));
    assert!(g.warns[1].message.contains("a number"));
    assert!(g.warns[2]
        .message
        .contains("malformed JSON: EOF while parsing"));
    assert!(!g.warns[2].message.contains("line 1"));
    assert!(g.warns[3].message.contains("not a JSON object"));
    assert!(g.warns[4].message.contains("not a date"));
    assert_eq!(g.summary.skipped, 4);
    assert_eq!(g.summary.documents, 4);
}

#[test]
fn invalid_utf8_is_repaired_with_offset() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("bad.txt");
    fs::write(&p, b"Putin tiba \xff\xfe di Moskow").unwrap();
    let g = read_path(&p);
    assert_eq!(g.docs.len(), 1);
    // Not UTF-8: decoded from the guessed legacy encoding (issue 15).
    assert!(g.docs[0].text.starts_with("Putin tiba "), "{:?}", g.docs);
    assert!(g.docs[0].text.ends_with(" di Moskow"), "{:?}", g.docs);
    assert!(!g.docs[0].text.contains('\u{FFFD}'), "{:?}", g.docs);
    assert_eq!(g.warns.len(), 1);
    assert!(
        g.warns[0]
            .message
            .contains("invalid byte at 11); decoded as "),
        "{:?}",
        g.warns
    );
    assert_eq!(g.summary.repaired, 1);

    let j = dir.path().join("bad.jsonl");
    fs::write(&j, b"{\"text\": \"ok\"}\n{\"text\": \"a\xffb\"}\n").unwrap();
    let g = read_path(&j);
    assert_eq!(g.docs.len(), 2);
    assert_eq!(g.docs[1].text, "a\u{FFFD}b");
    assert_eq!(g.warns[0].location, format!("{}:2", j.display()));
    assert!(g.warns[0].message.contains("byte 26"), "{:?}", g.warns);
    assert_eq!(g.summary.repaired, 1);
}

#[test]
fn byte_order_marks() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("a.txt"), b"\xEF\xBB\xBFKim").unwrap();
    let mut le = vec![0xFF, 0xFE];
    let mut be = vec![0xFE, 0xFF];
    for u in "Kim “Jong” Un".encode_utf16() {
        le.extend(u.to_le_bytes());
        be.extend(u.to_be_bytes());
    }
    fs::write(d.join("b.txt"), &le).unwrap();
    fs::write(d.join("c.txt"), &be).unwrap();
    fs::write(d.join("d.jsonl"), b"\xEF\xBB\xBF{\"text\": \"x\"}\n").unwrap();
    let g = read_path(d);
    let texts: Vec<&str> = g.docs.iter().map(|d| d.text.as_str()).collect();
    assert_eq!(texts, ["Kim", "Kim “Jong” Un", "Kim “Jong” Un", "x"]);
    assert_eq!(g.summary.repaired, 2);
    assert_eq!(g.warns.len(), 2);
    assert!(g.warns[0].message.contains("UTF-16LE"));
}

#[test]
fn utf16_without_bom_is_detected() {
    let le: Vec<u8> = "Kim Jong Un"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    assert_eq!(
        decode_text(le),
        Decoded::Text {
            text: "Kim Jong Un".into(),
            repair: Some("decoded from UTF-16LE".into())
        }
    );
}

#[test]
fn binary_files_are_skipped() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::write(d.join("a.txt"), "good").unwrap();
    fs::write(d.join("blob.dat"), [1u8, 2, 0, 0, 0, 7, 0, 9, 200]).unwrap();
    let g = read_path(d);
    assert_eq!(g.docs.len(), 1);
    assert_eq!(g.warns.len(), 1);
    assert!(g.warns[0].location.ends_with("blob.dat"));
    assert!(g.warns[0].message.contains("binary"));
    assert_eq!(g.summary.skipped, 1);
}

#[test]
fn empty_files_are_documents() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("empty.txt");
    fs::write(&p, "").unwrap();
    let g = read_path(&p);
    assert_eq!(g.docs.len(), 1);
    assert!(g.docs[0].text.is_empty());
    assert!(g.warns.is_empty());
    let j = dir.path().join("empty.jsonl");
    fs::write(&j, "").unwrap();
    let g = read_path(&j);
    assert!(g.docs.is_empty() && g.warns.is_empty());
}

#[test]
fn bad_paths_warn_and_continue() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("g.txt");
    fs::write(&good, "ok").unwrap();
    let missing = dir.path().join("missing.txt");
    let g = read(&[InputSpec::Path(missing.clone()), InputSpec::Path(good)]);
    assert_eq!(g.docs.len(), 1);
    assert_eq!(g.warns[0].location, missing.display().to_string());
    assert!(g.warns[0].message.contains("No such file"), "{:?}", g.warns);
    assert_eq!(g.summary.skipped, 1);
}

#[cfg(unix)]
#[test]
fn permission_denied_warns() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("secret.txt");
    fs::write(&p, "x").unwrap();
    fs::set_permissions(&p, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&p).is_ok() {
        return; // running as root: permissions are not enforced
    }
    let g = read_path(dir.path());
    assert!(g.docs.is_empty());
    assert!(
        g.warns[0].message.contains("ermission denied"),
        "{:?}",
        g.warns
    );
}

#[cfg(unix)]
#[test]
fn symlink_loop_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    fs::create_dir_all(d.join("sub")).unwrap();
    fs::write(d.join("sub/a.txt"), "A").unwrap();
    std::os::unix::fs::symlink(d, d.join("sub/loop")).unwrap();
    let g = read_path(d);
    assert_eq!(g.docs.len(), 1);
    assert_eq!(g.warns.len(), 1, "{:?}", g.warns);
    assert!(g.warns[0].message.contains("loop"));
    assert!(g.warns[0].location.ends_with("loop"));
}

#[test]
fn stdin_detection() {
    let mut c = Cursor::new(b"  \n {\"text\": 1}".to_vec());
    assert!(sniff_json_lines(&mut c).unwrap());
    let mut c = Cursor::new(b"\xEF\xBB\xBF{".to_vec());
    assert!(sniff_json_lines(&mut c).unwrap());
    let mut c = Cursor::new(b"  Kim {".to_vec());
    assert!(!sniff_json_lines(&mut c).unwrap());
    assert!(!sniff_json_lines(&mut Cursor::new(Vec::new())).unwrap());

    let g = stream(b"\n{\"text\": \"A\"}\n{\"id\": 2, \"text\": \"B\"}\n");
    let ids: Vec<&str> = g.docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["-:2", "2"]);
    let g = stream(b"Putin tiba.\n");
    assert_eq!(g.docs.len(), 1);
    assert_eq!(g.docs[0].id, "-");
    assert_eq!(g.docs[0].text, "Putin tiba.\n");
}

#[test]
fn callback_error_stops() {
    let r = read_stream(
        Cursor::new(b"{\"text\": \"A\"}\n{\"text\": \"B\"}\n".to_vec()),
        "-",
        |_| Err("stop".into()),
        |_| {},
    );
    assert!(matches!(r, Err(InputError::Callback(m)) if m == "stop"));
}

#[test]
fn long_single_line() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("big.txt");
    let line = "Kim bertemu Putin di Moskow. ".repeat(400_000); // ~11 MB
    fs::write(&p, &line).unwrap();
    let g = read_path(&p);
    assert_eq!(g.docs[0].text.len(), line.len());
    let j = dir.path().join("big.jsonl");
    fs::write(&j, format!("{{\"text\": \"{line}\"}}\n")).unwrap();
    let g = read_path(&j);
    assert_eq!(g.docs[0].text.len(), line.len());
}

/// Reads `bytes` as a stream through a buffer of `capacity` bytes.
fn stream_with_capacity(bytes: &[u8], capacity: usize) -> Got {
    let mut g = Got::default();
    let mut warns = Vec::new();
    g.summary = read_stream(
        io::BufReader::with_capacity(capacity, bytes),
        "-",
        |d| {
            g.docs.push(d);
            Ok(())
        },
        |w| warns.push(w),
    )
    .unwrap();
    g.warns = warns;
    g
}

// Found by the `document` fuzz target: a text stream lost its leading
// whitespace (shifting every offset) when the reader's buffer ended inside it.
#[test]
fn stream_leading_whitespace_lost_at_buffer_end() {
    let text = b"\r \n\tPutin tiba.\n";
    for capacity in [1, 2, 3, 4, 8192] {
        let g = stream_with_capacity(text, capacity);
        assert_eq!(g.docs.len(), 1, "capacity {capacity}");
        assert_eq!(g.docs[0].text.as_bytes(), text, "capacity {capacity}");
    }
}

// A byte order mark split across reads was not recognised, so a JSON Lines
// stream was read as one text document.
#[test]
fn stream_bom_split_across_reads() {
    let bytes = b"\xEF\xBB\xBF{\"text\": \"A\"}\n";
    for capacity in [1, 2, 3, 4, 8192] {
        let g = stream_with_capacity(bytes, capacity);
        assert_eq!(g.docs.len(), 1, "capacity {capacity}");
        assert_eq!(g.docs[0].text, "A", "capacity {capacity}");
        assert!(g.warns.is_empty(), "capacity {capacity}: {:?}", g.warns);
    }
}

// Line numbers (and so default ids) depended on the buffer size when lone
// CRs came before the first record.
#[test]
fn stream_line_numbers_with_leading_lone_cr() {
    let bytes = b"\r\r{\"text\": \"A\"}\n";
    for capacity in [1, 2, 8192] {
        let g = stream_with_capacity(bytes, capacity);
        assert_eq!(g.docs.len(), 1, "capacity {capacity}");
        assert_eq!(g.docs[0].id, "-:3", "capacity {capacity}");
    }
}

// A byte order mark on a blank first line was parsed as a record and
// reported as malformed JSON.
#[test]
fn bom_on_blank_first_line_is_no_record() {
    let g = stream(b"\xEF\xBB\xBF  \n{\"text\": \"A\"}\n");
    assert_eq!(g.docs.len(), 1);
    assert_eq!(g.docs[0].id, "-:2");
    assert!(g.warns.is_empty(), "{:?}", g.warns);
}

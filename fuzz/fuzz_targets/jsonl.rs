//! Fuzz target: the JSON Lines reader on arbitrary lines.
//!
//! The input is read as JSON Lines (as a `.jsonl` file or stdin starting
//! with `{` is). Invariants (a violation panics):
//! - reading never fails (the callback never does) and never panics;
//! - one bad line costs that line only: reading the input with one more
//!   valid record appended gives the same documents plus that record, and
//!   the same warnings;
//! - every document has a non-empty id and source `fuzz:<line>`; ids of
//!   numeric records are their exact text; every date is `YYYY-MM-DD`;
//! - every warning names `fuzz:<line>` (optionally `:<column>`) with a
//!   line number within the input, and a non-empty message;
//! - the summary counts the documents and bytes handed on.
#![no_main]

use gazegraph::ingest::document::Document;
use gazegraph::ingest::input::{read_stream, InputSummary, InputWarning};
use libfuzzer_sys::fuzz_target;

type Read = (Vec<Document>, Vec<InputWarning>, InputSummary);

fn read(bytes: &[u8]) -> Read {
    let mut docs = Vec::new();
    let mut warnings = Vec::new();
    let summary = read_stream(
        bytes,
        "fuzz",
        |d| {
            docs.push(d);
            Ok(())
        },
        |w| warnings.push(w),
    )
    .unwrap_or_else(|e| panic!("read_stream failed although the callback never does: {e}"));
    (docs, warnings, summary)
}

fuzz_target!(|data: &[u8]| {
    // Always JSON Lines: the first byte is `{` after optional whitespace.
    let mut input = b"{\"text\":\"first\"}\n".to_vec();
    input.extend_from_slice(data);
    let (docs, warnings, summary) = read(&input);
    let lines = input.split(|&b| b == b'\n' || b == b'\r').count() as u64;
    assert_eq!(summary.documents, docs.len() as u64, "summary.documents");
    let bytes: u64 = docs.iter().map(|d| d.text.len() as u64).sum();
    assert_eq!(summary.bytes, bytes, "summary.bytes");
    for d in &docs {
        assert!(!d.id.trim().is_empty(), "document without id: {d:?}");
        let line: u64 = d
            .source
            .strip_prefix("fuzz:")
            .and_then(|l| l.parse().ok())
            .unwrap_or_else(|| panic!("source {:?}", d.source));
        assert!(line >= 1 && line <= lines, "source {:?} of {lines} lines", d.source);
        if let Some(date) = &d.date {
            let b = date.as_bytes();
            assert!(b.len() == 10 && b[4] == b'-' && b[7] == b'-', "date {date:?}");
        }
    }
    for w in &warnings {
        assert!(!w.message.is_empty(), "empty warning at {}", w.location);
        let mut parts = w.location.split(':');
        assert_eq!(parts.next(), Some("fuzz"), "{w:?}");
        let line: u64 = parts
            .next()
            .and_then(|l| l.parse().ok())
            .unwrap_or_else(|| panic!("warning without a line: {w:?}"));
        assert!(line >= 1 && line <= lines, "{w:?} of {lines} lines");
    }
    // A bad line loses that line only: a valid record after it is read.
    if !input.ends_with(b"\n") && !input.ends_with(b"\r") {
        input.push(b'\n');
    }
    input.extend_from_slice(b"{\"id\":12345678901234567890.0,\"text\":\"last\"}\n");
    let (more, more_warnings, _) = read(&input);
    assert_eq!(more.len(), docs.len() + 1, "the record after the input was lost");
    assert_eq!(&more[..docs.len()], &docs[..], "documents changed");
    let last = more.last().expect("one more");
    assert_eq!(last.id, "12345678901234567890.0", "numeric id not kept as written");
    assert_eq!(last.text, "last");
    assert_eq!(more_warnings, warnings, "warnings changed");
});

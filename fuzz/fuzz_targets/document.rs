//! Fuzz target: document preparation, date parsing and the JSON Lines
//! reader, over arbitrary bytes.
//!
//! Invariants (a violation panics, which libFuzzer reports as a crash):
//! - `prepare_into` keeps the byte length and every line end of the text
//!   (adding only the newlines of block-level HTML tags); its paragraphs
//!   and sentences are non-empty, ordered, non-overlapping, inside the text
//!   and on char boundaries; each sentence lies inside its own paragraph,
//!   is trimmed and holds a letter or digit; outside the paragraphs the
//!   cleaned text is blank; lone CR line ends give the same result as LF;
//!   a reused `Prepared` gives the same result as a fresh one.
//! - `parse_date`, `find_date` and `find_paren_date` return only real
//!   calendar dates as `YYYY-MM-DD`; `find_date`'s range is a slice of the
//!   input on char boundaries.
//! - `read_stream` never panics on any bytes; every document it hands on
//!   has a valid date (if any), its summary counts what it handed on, and
//!   the result does not depend on the reader's buffer size.
#![no_main]

use gazegraph::base::dates::{find_date, find_paren_date, parse_date};
use gazegraph::ingest::document::Document;
use gazegraph::ingest::document::{prepare_into, Prepared};
use gazegraph::ingest::input::{read_stream, InputSummary, InputWarning};
use libfuzzer_sys::fuzz_target;
use std::cell::RefCell;
use std::io::{BufRead, BufReader};
use std::ops::Range;

thread_local! {
    // Reused across runs, like the pipeline reuses its buffers: stale state
    // from an earlier input must never leak into the next result.
    static REUSED: RefCell<Prepared> = RefCell::new(Prepared::default());
}

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    check_prepare(&text);
    check_dates(&text);
    check_read_stream(data);
});

/// True for `YYYY-MM-DD` naming a real day of the Gregorian calendar.
fn is_valid_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return false;
    }
    let digits = |r: Range<usize>| -> Option<u32> {
        let part = &s[r];
        part.bytes()
            .all(|c| c.is_ascii_digit())
            .then(|| part.parse().ok())
            .flatten()
    };
    let (Some(y), Some(m), Some(d)) = (digits(0..4), digits(5..7), digits(8..10)) else {
        return false;
    };
    let leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    let days = match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if leap => 29,
        2 => 28,
        _ => return false,
    };
    y > 0 && (1..=days).contains(&d)
}

fn check_range(text: &str, r: &Range<usize>, what: &str) {
    assert!(
        r.start <= r.end && r.end <= text.len(),
        "{what} {r:?} out of bounds (len {})",
        text.len()
    );
    assert!(
        text.is_char_boundary(r.start) && text.is_char_boundary(r.end),
        "{what} {r:?} not on char boundaries"
    );
}

fn check_prepare(text: &str) {
    let mut fresh = Prepared::default();
    prepare_into(text, &mut fresh);
    let p = &fresh;

    assert_eq!(p.clean.len(), text.len(), "clean text changed length");
    // Line ends are kept; the only new line breaks are block-level HTML
    // tags (`<p>`, `<br>`, ...), whose `<` becomes a newline.
    for (i, (a, b)) in text.bytes().zip(p.clean.bytes()).enumerate() {
        let kept = match a {
            b'\n' | b'\r' => b == a,
            b'<' => true,
            _ => b != b'\n' && b != b'\r',
        };
        assert!(
            kept,
            "line end changed at byte {i}: text {a:#04x}, clean {b:#04x}"
        );
    }

    let mut prev_end = 0;
    for (i, para) in p.paragraphs.iter().enumerate() {
        check_range(text, para, "paragraph");
        assert!(para.start < para.end, "paragraph {i} {para:?} is empty");
        assert!(
            para.start >= prev_end,
            "paragraph {i} {para:?} overlaps or precedes the previous one (end {prev_end})"
        );
        prev_end = para.end;
    }

    // What is not in a paragraph was removed, so it is blank.
    let mut from = 0;
    for para in p
        .paragraphs
        .iter()
        .chain(std::iter::once(&(text.len()..text.len())))
    {
        let gap = &p.clean[from..para.start];
        assert!(
            gap.chars().all(char::is_whitespace),
            "text outside paragraphs at {from}..{}: {gap:?}",
            para.start
        );
        from = para.end;
    }

    let mut prev_end = 0;
    let mut prev_para = 0;
    for (i, s) in p.sentences.iter().enumerate() {
        check_range(text, &s.range, "sentence");
        assert!(
            s.range.start < s.range.end,
            "sentence {i} {:?} is empty",
            s.range
        );
        assert!(
            s.range.start >= prev_end,
            "sentence {i} {:?} overlaps or precedes the previous one (end {prev_end})",
            s.range
        );
        assert!(
            s.paragraph >= prev_para,
            "sentence {i}: paragraph index went back"
        );
        let para = p
            .paragraphs
            .get(s.paragraph as usize)
            .unwrap_or_else(|| panic!("sentence {i}: paragraph {} missing", s.paragraph));
        assert!(
            para.start <= s.range.start && s.range.end <= para.end,
            "sentence {i} {:?} outside its paragraph {para:?}",
            s.range
        );
        // Sentences are trimmed and hold a letter or digit.
        let body = &p.clean[s.range.clone()];
        assert_eq!(
            body.trim(),
            body,
            "sentence {i} {:?} is not trimmed",
            s.range
        );
        assert!(
            body.chars().any(char::is_alphanumeric),
            "sentence {i} {:?} has no letter or digit",
            s.range
        );
        prev_end = s.range.end;
        prev_para = s.paragraph;
    }

    if let Some(d) = &p.date {
        assert!(is_valid_date(d), "prepared date {d:?} is not YYYY-MM-DD");
    }
    if let Some(t) = &p.title {
        assert!(!t.trim().is_empty(), "empty title {t:?}");
    }

    check_line_end_styles(text, p);

    REUSED.with(|cell| {
        let mut reused = cell.borrow_mut();
        prepare_into(text, &mut reused);
        assert_eq!(reused.clean, p.clean, "reused buffer: clean differs");
        assert_eq!(
            reused.paragraphs, p.paragraphs,
            "reused buffer: paragraphs differ"
        );
        assert_eq!(
            reused.sentences, p.sentences,
            "reused buffer: sentences differ"
        );
        assert_eq!(reused.date, p.date, "reused buffer: date differs");
        assert_eq!(reused.title, p.title, "reused buffer: title differs");
    });
}

/// Lone CR line ends (old Mac text) give the same document as LF ones.
/// Skipped for text holding CR already (CRLF would become two line ends)
/// or `<` (a block tag's newline right after a CR would join it as CRLF).
fn check_line_end_styles(text: &str, p: &Prepared) {
    if text.contains(['\r', '<']) {
        return;
    }
    let cr = text.replace('\n', "\r");
    let mut q = Prepared::default();
    prepare_into(&cr, &mut q);
    assert_eq!(
        q.clean,
        p.clean.replace('\n', "\r"),
        "CR line ends: clean differs"
    );
    assert_eq!(
        q.paragraphs, p.paragraphs,
        "CR line ends: paragraphs differ"
    );
    assert_eq!(q.sentences, p.sentences, "CR line ends: sentences differ");
    assert_eq!(q.date, p.date, "CR line ends: date differs");
    assert_eq!(q.title, p.title, "CR line ends: title differs");
}

fn check_dates(text: &str) {
    if let Some(d) = parse_date(text) {
        assert!(is_valid_date(&d), "parse_date gave {d:?}");
    }
    if let Some((r, d)) = find_date(text) {
        check_range(text, &r, "find_date range");
        assert!(r.start < r.end, "find_date: empty range {r:?}");
        assert!(is_valid_date(&d), "find_date gave {d:?}");
        // The date stated in that slice alone is the same date.
        assert_eq!(
            parse_date(&text[r.clone()]).as_deref(),
            Some(d.as_str()),
            "find_date range {r:?} does not hold its date"
        );
    }
    if let Some(d) = find_paren_date(text) {
        assert!(is_valid_date(&d), "find_paren_date gave {d:?}");
    }
}

/// Everything `read_stream` reports for one input.
type StreamResult = (Vec<Document>, Vec<InputWarning>, InputSummary);

fn read_all(reader: impl BufRead) -> StreamResult {
    let mut docs = Vec::new();
    let mut warnings = Vec::new();
    let summary = read_stream(
        reader,
        "fuzz",
        |doc| {
            docs.push(doc);
            Ok(())
        },
        |warn| warnings.push(warn),
    )
    .unwrap_or_else(|e| panic!("read_stream failed although the callback never does: {e}"));
    (docs, warnings, summary)
}

fn check_read_stream(data: &[u8]) {
    let (docs, warnings, summary) = read_all(data);
    for doc in &docs {
        if let Some(d) = &doc.date {
            assert!(is_valid_date(d), "read_stream date {d:?}");
        }
        assert!(!doc.id.is_empty(), "document without id");
    }
    for w in &warnings {
        assert!(!w.message.is_empty(), "empty warning at {}", w.location);
    }
    assert_eq!(summary.documents, docs.len() as u64, "summary.documents");
    let bytes: u64 = docs.iter().map(|d| d.text.len() as u64).sum();
    assert_eq!(summary.bytes, bytes, "summary.bytes");
    // Where the reader's buffer happens to end must not change anything:
    // stdin and files are read through buffers of different sizes.
    let tiny = read_all(BufReader::with_capacity(1, data));
    assert_eq!(tiny.0, docs, "1-byte buffer: documents differ");
    assert_eq!(tiny.1, warnings, "1-byte buffer: warnings differ");
    assert_eq!(tiny.2, summary, "1-byte buffer: summary differs");
}

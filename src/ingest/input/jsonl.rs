//! JSON Lines records: one document per line, a bad line skipped with
//! its `file:line` (and column), never the whole file.
//!
//! Ids: a string id is used as it is; a numeric id is the exact text it
//! was written with (`1.0` and `1.00` are different ids, `1.0` and `"1.0"`
//! the same one), so that no two documents collide unless their ids are
//! really equal.

use super::{InputError, Reader, BOM};
use crate::base::dates::parse_date;
use crate::ingest::document::Document;
use serde::Deserialize;
use serde_json::value::RawValue;
use serde_json::Value;
use std::io::{self, BufRead};

/// The fields of one record: a JSON Lines line, or any other source of
/// records (the Python package's dicts). Other fields are ignored.
#[derive(Debug, Default, Deserialize)]
pub struct Record<'a> {
    /// The text (required, a string).
    pub text: Option<Value>,
    /// The id as written (a string or a number; else the location stands
    /// for it).
    #[serde(borrow)]
    pub id: Option<&'a RawValue>,
    /// The title.
    pub title: Option<Value>,
    /// The publication date, a string in any format [`parse_date`] reads.
    pub date: Option<Value>,
    /// The source URL.
    pub url: Option<Value>,
}

/// The parts of a line between lone carriage returns, as
/// `body.split(|&b| b == b'\r')` gives them (one part when there is
/// none, an empty part after a CR that ends the line), found with
/// `memchr` instead of a test per byte: most lines hold no CR.
pub(super) fn cr_parts(body: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut rest = Some(body);
    std::iter::from_fn(move || {
        let r = rest?;
        match memchr::memchr(b'\r', r) {
            Some(k) => {
                rest = r.get(k + 1..);
                r.get(..k)
            }
            None => {
                rest = None;
                Some(r)
            }
        }
    })
}

impl<D, W> Reader<'_, D, W>
where
    D: FnMut(Document) -> Result<(), String>,
    W: FnMut(super::InputWarning),
{
    pub(super) fn json_lines(
        &mut self,
        mut reader: impl BufRead,
        name: &str,
        first_line: u64,
    ) -> Result<(), InputError> {
        let mut number = first_line.saturating_sub(1);
        let mut offset = 0u64;
        let mut line = Vec::new();
        loop {
            line.clear();
            let n = match reader.read_until(b'\n', &mut line) {
                Ok(0) => return Ok(()),
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    self.skip(
                        format!("{name}:{}", number + 1),
                        format!("cannot read: {e}"),
                    );
                    return Ok(());
                }
            };
            let mut body = line.as_slice();
            if let Some(b) = body.strip_suffix(b"\n") {
                body = b;
            }
            if let Some(b) = body.strip_suffix(b"\r") {
                body = b;
            }
            // A lone CR also ends a line (JSON strings cannot hold a raw CR).
            let mut pos = 0u64;
            for part in cr_parts(body) {
                number += 1;
                let part_offset = offset + pos;
                pos += part.len() as u64 + 1;
                // A byte order mark alone on a blank first line is no record.
                let bare = part.strip_prefix(&BOM).unwrap_or(part);
                if bare.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                self.record(part, name, number, part_offset)?;
            }
            offset += n as u64;
        }
    }

    fn record(
        &mut self,
        raw: &[u8],
        name: &str,
        number: u64,
        offset: u64,
    ) -> Result<(), InputError> {
        let loc = format!("{name}:{number}");
        let raw = raw.strip_prefix(&BOM).unwrap_or(raw);
        let (json, repaired) = match std::str::from_utf8(raw) {
            Ok(s) => (std::borrow::Cow::Borrowed(s), false),
            Err(e) => {
                let at = offset + e.valid_up_to() as u64;
                self.warn(
                    loc.clone(),
                    format!("invalid UTF-8 at byte {at}; decoded with replacement characters"),
                );
                (String::from_utf8_lossy(raw), true)
            }
        };
        let rec: Record = match serde_json::from_str(&json) {
            Ok(r) => r,
            Err(e) => {
                let (col, why) = parse_problem(&json, &e);
                let at = col.map_or_else(|| loc.clone(), |c| format!("{loc}:{c}"));
                self.skip(at, format!("{why}; line skipped"));
                return Ok(());
            }
        };
        let doc = match record_document(rec, &loc, |m| self.warn(loc.clone(), m)) {
            Ok(doc) => doc,
            Err(why) => {
                self.skip(loc, why);
                return Ok(());
            }
        };
        if repaired {
            self.summary.repaired += 1;
        }
        self.emit(doc)
    }
}

/// Turns a record read at `loc` (`file:line`) into a document, with the
/// rules of JSON Lines input: `warn` hears what was repaired or ignored
/// (a bad `id` or `date`); `Err` says why the record is skipped.
///
/// # Errors
/// The reason to skip the record: no `text`, or a `text` that is no
/// string.
pub fn record_document(
    rec: Record<'_>,
    loc: &str,
    mut warn: impl FnMut(String),
) -> Result<Document, String> {
    let text = match rec.text {
        Some(Value::String(s)) => s,
        Some(other) => {
            let kind = value_kind(&other);
            return Err(format!("`text` is {kind}, not a string; line skipped"));
        }
        None => return Err("no `text` field; line skipped".to_string()),
    };
    let id = match rec.id.map(id_text) {
        Some(Ok(id)) if !id.trim().is_empty() => id,
        None | Some(Ok(_)) => loc.to_owned(),
        Some(Err(kind)) => {
            warn(format!("`id` is {kind}; using {loc} instead"));
            loc.to_owned()
        }
    };
    let date = match rec.date {
        Some(Value::String(d)) if !d.trim().is_empty() => {
            let parsed = parse_date(&d);
            if parsed.is_none() {
                warn(format!("`date` {d:?} is not a date; ignored"));
            }
            parsed
        }
        None | Some(Value::Null) | Some(Value::String(_)) => None,
        Some(other) => {
            let kind = value_kind(&other);
            warn(format!(
                "`date` is {kind} ({other}), not a string such as \"2024-07-12\"; ignored"
            ));
            None
        }
    };
    Ok(Document {
        id,
        title: string_field(rec.title),
        date,
        url: string_field(rec.url),
        source: loc.to_owned(),
        text,
    })
}

/// A document id from its raw JSON: a string's content, or a number's text
/// exactly as written; otherwise the kind of value it is.
fn id_text(raw: &RawValue) -> Result<String, &'static str> {
    let text = raw.get();
    match text.as_bytes().first() {
        Some(b'"') => serde_json::from_str::<String>(text).map_err(|_| "a string"),
        Some(b'-' | b'0'..=b'9') => Ok(text.to_string()),
        Some(b't' | b'f') => Err("a boolean"),
        Some(b'[') => Err("an array"),
        Some(b'{') => Err("an object"),
        _ => Err("null"),
    }
}

/// Where (column, in characters) and why a record could not be read.
fn parse_problem(json: &str, e: &serde_json::Error) -> (Option<usize>, String) {
    // serde_json says "... at line 1 column 9" of the record: report it as
    // file:line:column instead.
    let text = e.to_string();
    let reason = text
        .rsplit_once(" at line ")
        .map_or(text.as_str(), |(r, _)| r);
    let col = json
        .get(..e.column().saturating_sub(1))
        .map_or(e.column(), |p| p.chars().count() + 1);
    if e.is_data() {
        if let Some(field) = reason
            .strip_prefix("duplicate field `")
            .and_then(|f| f.strip_suffix('`'))
        {
            return (
                Some(col),
                format!("duplicate key \"{field}\" in one record"),
            );
        }
        if !json.trim_start().starts_with('{') {
            // Valid JSON, but an array, a string or a number.
            return (None, "not a JSON object".to_string());
        }
        return (Some(col), format!("unusable record: {reason}"));
    }
    if reason.contains("hex escape") {
        if let Some((at, escape)) = lone_surrogate(json) {
            let col = json.get(..at).map_or(col, |p| p.chars().count() + 1);
            return (
                Some(col),
                format!(
                    "malformed JSON: lone surrogate `{escape}` (half of a UTF-16 pair, \
                     not a character)"
                ),
            );
        }
    }
    (Some(col), format!("malformed JSON: {reason}"))
}

/// The first `\uD800`-`\uDFFF` escape not paired as high then low
/// surrogate: its byte offset and text.
fn lone_surrogate(json: &str) -> Option<(usize, &str)> {
    let b = json.as_bytes();
    let unit = |i: usize| -> Option<u16> {
        if b.get(i) != Some(&b'\\') || b.get(i + 1) != Some(&b'u') {
            return None;
        }
        u16::from_str_radix(json.get(i + 2..i + 6)?, 16).ok()
    };
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'\\' {
            if let Some(u) = unit(i) {
                let high = (0xD800..0xDC00).contains(&u);
                let low = (0xDC00..0xE000).contains(&u);
                let paired = high && unit(i + 6).is_some_and(|v| (0xDC00..0xE000).contains(&v));
                if (high && !paired) || low {
                    return json.get(i..i + 6).map(|s| (i, s));
                }
                i += if paired { 12 } else { 6 };
                continue;
            }
            i += 2;
            continue;
        }
        i += 1;
    }
    None
}

fn string_field(v: Option<Value>) -> Option<String> {
    match v {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s),
        _ => None,
    }
}

fn value_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

#[cfg(test)]
mod tests {
    use super::cr_parts;

    // The parts found with memchr are those of a split by byte.
    #[test]
    fn cr_parts_are_the_split_by_byte() {
        let lines: [&[u8]; 9] = [
            b"",
            b"\r",
            b"\r\r",
            b"{}",
            b"{}\r",
            b"\r{}",
            b"{\"a\":1}\r{\"b\":2}\r\r{\"c\":3}",
            b" \r \r",
            "\u{feff}{\"text\":\"\u{e9}\"}\r".as_bytes(),
        ];
        for line in lines {
            let got: Vec<&[u8]> = cr_parts(line).collect();
            let want: Vec<&[u8]> = line.split(|&b| b == b'\r').collect();
            assert_eq!(got, want, "{line:?}");
        }
    }
}

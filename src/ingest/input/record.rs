//! One record (a JSON Lines line, or a Python dict) made a [`Document`],
//! with the rules every record source shares.

use crate::base::dates::parse_date;
use crate::ingest::document::Document;
use serde::Deserialize;
use serde_json::Value;

/// The fields of one record: a JSON Lines line, or any other source of
/// records (the Python package's dicts). Other fields are ignored.
#[derive(Debug, Default, Deserialize)]
pub struct Record {
    /// The text (required, a string).
    pub text: Option<Value>,
    /// The id (a string or a number; else the location stands for it).
    pub id: Option<Value>,
    /// The title.
    pub title: Option<Value>,
    /// The publication date, in any format [`parse_date`] reads.
    pub date: Option<Value>,
    /// The source URL.
    pub url: Option<Value>,
}

/// Turns a record read at `loc` (`file:line`) into a document, with the
/// rules of JSON Lines input: `warn` hears what was repaired or ignored
/// (a bad `id` or `date`); `Err` says why the record is skipped.
///
/// # Errors
/// The reason to skip the record: no `text`, or a `text` that is no
/// string.
pub fn record_document(
    rec: Record,
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
    let id = match rec.id {
        Some(Value::String(s)) if !s.trim().is_empty() => s,
        Some(Value::Number(n)) => n.to_string(),
        None | Some(Value::Null) => loc.to_owned(),
        Some(other) => {
            let kind = value_kind(&other);
            warn(format!("`id` is {kind}; using {loc} instead"));
            loc.to_owned()
        }
    };
    let date = match string_field(rec.date) {
        Some(d) => {
            let parsed = parse_date(&d);
            if parsed.is_none() {
                warn(format!("`date` {d:?} is not a date; ignored"));
            }
            parsed
        }
        None => None,
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

pub(super) fn string_field(v: Option<Value>) -> Option<String> {
    match v {
        Some(Value::String(s)) if !s.trim().is_empty() => Some(s),
        _ => None,
    }
}

pub(super) fn value_kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

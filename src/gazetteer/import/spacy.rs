//! spaCy EntityRuler patterns (`patterns.jsonl`): one pattern a line,
//! `{"label": "ORG", "pattern": "Apple", "id": "apple"}`, the pattern a
//! phrase (a string) or a list of token dicts. Token dicts that gazegraph
//! can express are those with one attribute among `LOWER`, `ORTH` and
//! `TEXT` whose value is a plain string; anything else (`OP`, `IN`, `REGEX`,
//! `POS`, `LEMMA`, ...) is reported as `file:line: unsupported …` and the
//! pattern skipped. Patterns sharing an `id` become one entity (the first
//! pattern is its name, the others aliases); labels map to types through
//! [`LabelMap`].

use super::{push_name, ImportError, ImportRecord};
use crate::base::types::EntityType;
use crate::gazetteer::slug;
use serde::Serialize;
use serde_json::Value;
use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::BufRead;

/// Entity label → type (`None`: skipped).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LabelMap {
    map: BTreeMap<String, Option<EntityType>>,
}

impl Default for LabelMap {
    /// PERSON, PER → person; GPE, LOC, FAC → place; ORG → organisation.
    fn default() -> LabelMap {
        let mut map = BTreeMap::new();
        for (label, t) in [
            ("PERSON", EntityType::Person),
            ("PER", EntityType::Person),
            ("GPE", EntityType::Place),
            ("LOC", EntityType::Place),
            ("FAC", EntityType::Place),
            ("ORG", EntityType::Organisation),
        ] {
            map.insert(label.to_string(), Some(t));
        }
        LabelMap { map }
    }
}

impl LabelMap {
    /// Applies `LABEL=type` (`type` is person, place, organisation or
    /// `skip`).
    ///
    /// # Errors
    /// A malformed setting.
    pub fn set(&mut self, spec: &str) -> Result<(), String> {
        let (label, kind) = spec
            .split_once('=')
            .ok_or_else(|| format!("`{spec}`: expected LABEL=type"))?;
        let label = label.trim();
        let etype = match kind.trim() {
            "skip" => None,
            other => Some(EntityType::parse(other).ok_or_else(|| {
                format!("`{spec}`: unknown type `{other}` (person, place, organisation or skip)")
            })?),
        };
        if label.is_empty() {
            return Err(format!("`{spec}`: empty label"));
        }
        self.map.insert(label.to_string(), etype);
        Ok(())
    }

    fn get(&self, label: &str) -> Option<EntityType> {
        self.map.get(label).copied().flatten()
    }
}

/// What was read, written and skipped.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct SpacyCounts {
    /// Pattern lines read.
    pub patterns: u64,
    /// Entity records written.
    pub written: u64,
    /// Patterns gazegraph cannot express (each reported).
    pub unsupported: u64,
    /// Patterns skipped for their label, by label.
    pub unmapped: BTreeMap<String, u64>,
}

/// One entity being gathered from its patterns.
struct Group {
    record: ImportRecord,
    keys: Vec<String>,
    names: Vec<String>,
    label: String,
    line: u64,
}

/// Reads a pattern file and returns its records in order of first
/// appearance. `taken` holds ids already used (the built-in gazetteer's):
/// a record id that collides gets `-2`, `-3`, ...
///
/// # Errors
/// Read failures and lines that are not JSON objects with a string
/// `label` and a `pattern`.
pub fn import(
    name: &str,
    reader: &mut dyn BufRead,
    labels: &LabelMap,
    taken: &HashSet<String>,
    counts: &mut SpacyCounts,
    warn: &mut dyn FnMut(String),
) -> Result<Vec<ImportRecord>, ImportError> {
    let mut groups: Vec<Group> = Vec::new();
    let mut by_key: HashMap<String, usize> = HashMap::new();
    let mut used: HashSet<String> = HashSet::new();
    let mut line_no = 0u64;
    for line in reader.lines() {
        let line = line.map_err(|e| ImportError::Io {
            path: name.to_string(),
            message: e.to_string(),
        })?;
        line_no += 1;
        let text = line.trim().trim_start_matches('\u{feff}');
        if text.is_empty() || text.starts_with('#') {
            continue;
        }
        let at = format!("{name}:{line_no}");
        let bad = |message: String| ImportError::Format {
            location: at.clone(),
            message,
        };
        let value: Value =
            serde_json::from_str(text).map_err(|e| bad(format!("malformed JSON: {e}")))?;
        let Value::Object(obj) = value else {
            return Err(bad("a pattern must be a JSON object".into()));
        };
        counts.patterns += 1;
        let label = match obj.get("label") {
            Some(Value::String(l)) => l.clone(),
            _ => return Err(bad("a pattern needs a string `label`".into())),
        };
        let phrase = match obj.get("pattern") {
            Some(Value::String(p)) => Ok(p.trim().to_string()),
            Some(Value::Array(tokens)) => token_phrase(tokens),
            _ => {
                return Err(bad(
                    "a pattern needs a `pattern` (string or token list)".into()
                ))
            }
        };
        let phrase = match phrase {
            Ok(p) if p.chars().count() >= 2 => p,
            Ok(p) => {
                counts.unsupported += 1;
                warn(format!(
                    "{at}: unsupported pattern `{p}`: shorter than two characters; skipped"
                ));
                continue;
            }
            Err(why) => {
                counts.unsupported += 1;
                warn(format!("{at}: unsupported {why}; skipped"));
                continue;
            }
        };
        let Some(etype) = labels.get(&label) else {
            *counts.unmapped.entry(label).or_default() += 1;
            continue;
        };
        let spacy_id = match obj.get("id") {
            Some(Value::String(s)) if !s.trim().is_empty() => Some(s.trim().to_string()),
            Some(Value::Number(n)) => Some(n.to_string()),
            _ => None,
        };
        let key = match &spacy_id {
            Some(id) => format!("id\u{1}{id}"),
            None => format!(
                "name\u{1}{label}\u{1}{}",
                crate::gazetteer::name_key(&phrase)
            ),
        };
        if let Some(&i) = by_key.get(&key) {
            let g = &mut groups[i];
            if g.record.etype != etype {
                warn(format!(
                    "{at}: label {label} differs from {} at line {} for the same id; kept {}",
                    g.label, g.line, g.label
                ));
            }
            push_name(&mut g.names, &mut g.keys, &phrase);
            continue;
        }
        let base = spacy_id.clone().unwrap_or_else(|| phrase.clone());
        let mut id = slug(&base);
        if id.is_empty() {
            id = "spacy-entity".to_string();
        }
        let stem = id.clone();
        let mut n = 1;
        while taken.contains(&id) || used.contains(&id) {
            n += 1;
            id = format!("{stem}-{n}");
        }
        used.insert(id.clone());
        let qid = spacy_id.filter(|s| {
            s.len() > 1 && s.starts_with('Q') && s[1..].bytes().all(|b| b.is_ascii_digit())
        });
        let (mut names, mut keys) = (Vec::new(), Vec::new());
        push_name(&mut names, &mut keys, &phrase);
        by_key.insert(key, groups.len());
        groups.push(Group {
            record: ImportRecord {
                id,
                name: phrase,
                etype,
                qid,
                aliases: Vec::new(),
                lang: Vec::new(),
            },
            keys,
            names,
            label,
            line: line_no,
        });
    }
    let out: Vec<ImportRecord> = groups
        .into_iter()
        .map(|mut g| {
            g.record.aliases = g.names.into_iter().skip(1).collect();
            g.record
        })
        .collect();
    counts.written = out.len() as u64;
    Ok(out)
}

/// The phrase a token pattern matches, or why it cannot be expressed.
fn token_phrase(tokens: &[Value]) -> Result<String, String> {
    if tokens.is_empty() {
        return Err("token pattern: empty".into());
    }
    let mut words: Vec<String> = Vec::new();
    for token in tokens {
        let Value::Object(attrs) = token else {
            return Err("token pattern: a token is not an object".into());
        };
        let mut text = None;
        for (attr, value) in attrs {
            let upper = attr.to_ascii_uppercase();
            match (upper.as_str(), value) {
                ("LOWER" | "ORTH" | "TEXT", Value::String(s)) if text.is_none() => {
                    text = Some(s.clone());
                }
                ("LOWER" | "ORTH" | "TEXT", Value::Object(ops)) => {
                    let op = ops.keys().next().map_or("{}", String::as_str);
                    return Err(format!("token pattern: {upper} with {op}"));
                }
                _ => return Err(format!("token pattern: {upper}")),
            }
        }
        match text {
            Some(t) if !t.trim().is_empty() => words.push(t.trim().to_string()),
            _ => return Err("token pattern: a token without LOWER, ORTH or TEXT".into()),
        }
    }
    Ok(join_tokens(&words))
}

/// Joins tokens as text: punctuation tokens ("-", ".", "'s") attach to the
/// word before, and the word after a hyphen attaches to it
/// (["Kim", "Jong", "-", "un"] → "Kim Jong-un").
fn join_tokens(words: &[String]) -> String {
    let mut out = String::new();
    let mut glue_next = false;
    for w in words {
        let punct = !w.chars().any(char::is_alphanumeric);
        let clitic = w.starts_with('\'') || w.starts_with('\u{2019}');
        if !out.is_empty() && !punct && !clitic && !glue_next {
            out.push(' ');
        }
        out.push_str(w);
        glue_next = w == "-" || w == "/";
    }
    out
}

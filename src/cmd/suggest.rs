//! `gazegraph suggest`: names of a corpus no gazetteer entry covers, ranked
//! by documents, as a table or as ready-to-edit gazetteer records.

use crate::base::types::EntityType;
use crate::gazetteer::slug;
use crate::query::table::{Paint, Style, Table};
use crate::tag::suggest::rules::Rules;
use crate::tag::suggest::{Suggester, Suggestion};
use anyhow::{Context, Result};
use serde::Serialize;
use std::collections::{BTreeMap, HashSet};
use std::io::{self, Write};
use std::process::ExitCode;

/// Plain configuration of `suggest`.
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// Inputs and gazetteers.
    pub corpus: super::CorpusConfig,
    /// At most this many suggestions.
    pub top: usize,
    /// Minimum documents.
    pub min_docs: usize,
    /// JSON Lines records instead of a table.
    pub json: bool,
}

/// A suggestion as a gazetteer record with its evidence.
#[derive(Serialize)]
struct Record<'a> {
    id: String,
    name: &'a str,
    #[serde(rename = "type")]
    etype: EntityType,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    aliases: Vec<&'a str>,
    evidence: Evidence<'a>,
}

#[derive(Serialize)]
struct Evidence<'a> {
    reason: &'a str,
    mentions: u64,
    documents: u64,
    forms: &'a BTreeMap<String, u64>,
    doc: &'a str,
    sentence: &'a str,
}

/// Runs `suggest`; exit 1 when there is no suggestion.
///
/// # Errors
/// Gazetteer and input errors; stdout that cannot be written.
pub fn run(config: Config) -> Result<ExitCode> {
    let rules = Rules::builtin().context("the built-in suggest rules")?;
    let mut suggester: Option<Suggester> = None;
    let mut ids: HashSet<String> = HashSet::new();
    super::analyse_each(&config.corpus, |gaz, doc, scratch| {
        let s = suggester.get_or_insert_with(|| {
            ids = gaz.entities.iter().map(|e| e.id.clone()).collect();
            Suggester::new(gaz, rules.clone())
        });
        s.add(&doc.id, &scratch.prep, &scratch.mentions, scratch.nested());
        Ok(0)
    })?;
    let list = match suggester {
        Some(s) => s.finish(config.min_docs as u64, config.top),
        None => Vec::new(),
    };
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if config.json {
        for s in &list {
            write_record(&mut out, s, &mut ids)?;
        }
    } else if !list.is_empty() {
        table(&list).write(&mut out, &Style::detect())?;
    }
    out.flush().context("cannot write to standard output")?;
    Ok(super::exit_for(list.len() as u64))
}

/// One record line; its id is the name's slug, made unique.
fn write_record(out: &mut impl Write, s: &Suggestion, ids: &mut HashSet<String>) -> io::Result<()> {
    let stem = slug(&s.name);
    let mut id = stem.clone();
    let mut n = 1;
    while ids.contains(&id) || id.is_empty() {
        n += 1;
        id = format!("{stem}-{n}");
    }
    ids.insert(id.clone());
    let mut seen = vec![crate::gazetteer::name_key(&s.name)];
    let mut aliases = Vec::new();
    for form in s.forms.keys() {
        let key = crate::gazetteer::name_key(form);
        if !seen.contains(&key) {
            seen.push(key);
            aliases.push(form.as_str());
        }
    }
    let record = Record {
        id,
        name: &s.name,
        etype: s.etype,
        aliases,
        evidence: Evidence {
            reason: &s.reason,
            mentions: s.mentions,
            documents: s.documents,
            forms: &s.forms,
            doc: &s.example.0,
            sentence: &s.example.1,
        },
    };
    serde_json::to_writer(&mut *out, &record)?;
    out.write_all(b"\n")
}

/// The table: rank, name, type, documents, mentions, reason, other forms,
/// example.
fn table(list: &[Suggestion]) -> Table {
    let mut t = Table::new(&[
        "#",
        "name",
        "type",
        ">docs",
        ">mentions",
        "why",
        "forms",
        "example",
    ])
    .keep(1)
    .flex(7);
    for (i, s) in list.iter().enumerate() {
        let forms: Vec<&str> = s
            .forms
            .keys()
            .filter(|f| **f != s.name)
            .map(String::as_str)
            .collect();
        t.row(vec![
            ((i + 1).to_string(), Paint::Dim),
            (s.name.clone(), Paint::Type(s.etype)),
            (s.etype.as_str().to_string(), Paint::None),
            (s.documents.to_string(), Paint::None),
            (s.mentions.to_string(), Paint::None),
            (s.reason.clone(), Paint::None),
            (forms.join("; "), Paint::None),
            (format!("{}: {}", s.example.0, s.example.1), Paint::Dim),
        ]);
    }
    t
}

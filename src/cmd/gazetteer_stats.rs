//! `gazegraph gazetteer stats`: how many entities a gazetteer has, by type,
//! by language (the `lang` field the importers write) and by source file.

use crate::base::types::EntityType;
use crate::gazetteer::Gazetteer;
use crate::query::table::{write_json, Paint, Style, Table};
use anyhow::{Context, Result};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::{self, Write};
use std::path::PathBuf;
use std::process::ExitCode;

/// Plain configuration of `gazetteer stats`.
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// Gazetteer files or folders, added to the built-in gazetteer.
    pub paths: Vec<PathBuf>,
    /// Count the paths alone.
    pub no_builtin: bool,
    /// JSON instead of tables.
    pub json: bool,
}

/// Counts of one gazetteer.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Stats {
    /// Entities in all.
    pub entities: usize,
    /// Full names in all (canonical names and aliases).
    pub names: usize,
    /// Entities and names by type.
    pub types: BTreeMap<String, TypeCount>,
    /// Entities by language of their names (`-`: not given).
    pub languages: BTreeMap<String, usize>,
    /// Entities by source file, in load order.
    pub sources: Vec<SourceCount>,
}

/// Entities and names of one type.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct TypeCount {
    /// Entities.
    pub entities: usize,
    /// Full names.
    pub names: usize,
}

/// Entities of one source file, by type.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct SourceCount {
    /// The file as named (`builtin:` for the embedded ones).
    pub file: String,
    /// Entities.
    pub entities: usize,
    /// By type.
    pub types: BTreeMap<String, usize>,
}

/// Loads the gazetteer and counts it.
///
/// # Errors
/// An unusable gazetteer (its errors listed, as `gazetteer check` does).
pub fn stats(paths: &[PathBuf], builtin: bool) -> Result<Stats> {
    let (gaz, _, sources) =
        Gazetteer::load_with_sources(paths, builtin).context("cannot load the gazetteer")?;
    let mut s = Stats {
        entities: gaz.entities.len(),
        ..Stats::default()
    };
    let mut langs: Vec<&[String]> = vec![&[]; gaz.entities.len()];
    for (i, l) in &sources.langs {
        if let Some(slot) = langs.get_mut(*i) {
            *slot = l;
        }
    }
    let mut by_file: BTreeMap<usize, SourceCount> = BTreeMap::new();
    for (i, e) in gaz.entities.iter().enumerate() {
        let names = e.full_names().len();
        s.names += names;
        let t = s.types.entry(e.etype.as_str().to_string()).or_default();
        t.entities += 1;
        t.names += names;
        match langs[i] {
            [] => *s.languages.entry("-".to_string()).or_default() += 1,
            list => {
                for l in list {
                    *s.languages.entry(l.clone()).or_default() += 1;
                }
            }
        }
        let file = sources.file_of(i);
        let at = sources
            .files
            .iter()
            .position(|(f, _)| f == file)
            .unwrap_or(usize::MAX);
        let src = by_file.entry(at).or_insert_with(|| SourceCount {
            file: file.to_string(),
            ..SourceCount::default()
        });
        src.entities += 1;
        *src.types.entry(e.etype.as_str().to_string()).or_default() += 1;
    }
    s.sources = by_file.into_values().collect();
    Ok(s)
}

/// Prints the counts as three tables (or JSON).
///
/// # Errors
/// An unusable gazetteer, or stdout that cannot be written.
pub fn run(config: Config) -> Result<ExitCode> {
    let s = stats(&config.paths, !config.no_builtin)?;
    let stdout = io::stdout();
    let mut out = io::BufWriter::new(stdout.lock());
    if config.json {
        write_json(&mut out, &s)?;
    } else {
        write_tables(&s, &mut out, &Style::detect())?;
    }
    out.flush().context("cannot write to standard output")?;
    Ok(super::exit_for(s.entities as u64))
}

/// The three tables: by type, by language, by source.
fn write_tables(s: &Stats, out: &mut impl Write, style: &Style) -> io::Result<()> {
    let plain = |v: String| (v, Paint::None);
    let mut types = Table::new(&["type", ">entities", ">names"]);
    for t in EntityType::ALL {
        let c = s.types.get(t.as_str()).cloned().unwrap_or_default();
        types.row(vec![
            (t.as_str().to_string(), Paint::Type(t)),
            plain(c.entities.to_string()),
            plain(c.names.to_string()),
        ]);
    }
    types.row(vec![
        ("all".to_string(), Paint::Bold),
        plain(s.entities.to_string()),
        plain(s.names.to_string()),
    ]);
    types.write(out, style)?;
    writeln!(out)?;
    let mut langs = Table::new(&["language", ">entities"]);
    let mut sorted: Vec<(&String, &usize)> = s.languages.iter().collect();
    sorted.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (l, n) in sorted {
        langs.row(vec![plain(l.clone()), plain(n.to_string())]);
    }
    langs.write(out, style)?;
    writeln!(out)?;
    let mut sources =
        Table::new(&["source", ">entities", ">person", ">place", ">organisation"]).flex(0);
    for src in &s.sources {
        let n = |t: EntityType| src.types.get(t.as_str()).copied().unwrap_or(0).to_string();
        sources.row(vec![
            plain(src.file.clone()),
            plain(src.entities.to_string()),
            plain(n(EntityType::Person)),
            plain(n(EntityType::Place)),
            plain(n(EntityType::Organisation)),
        ]);
    }
    sources.write(out, style)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_by_type_language_and_source() {
        let dir = tempfile::tempdir().expect("temp dir");
        let records = dir.path().join("wd.jsonl");
        std::fs::write(
            &records,
            "{\"id\": \"a-q1\", \"name\": \"Alpha Town\", \"type\": \"place\", \"qid\": \"Q1\", \"lang\": [\"en\", \"id\"]}\n\
             {\"id\": \"b-q2\", \"name\": \"Beta Corp\", \"type\": \"organisation\", \"aliases\": [\"Beta\"], \"lang\": [\"en\"]}\n",
        )
        .expect("write");
        let list = dir.path().join("person.txt");
        std::fs::write(&list, "Gamma Person\n").expect("write");
        let s = stats(&[records, list], false).expect("stats");
        assert_eq!((s.entities, s.names), (3, 4));
        assert_eq!(s.types["place"].entities, 1);
        assert_eq!(s.types["organisation"].names, 2);
        assert_eq!(s.languages["en"], 2);
        assert_eq!(s.languages["id"], 1);
        assert_eq!(s.languages["-"], 1);
        assert_eq!(s.sources.len(), 2);
        assert!(s.sources[0].file.ends_with("wd.jsonl"));
        assert_eq!(s.sources[0].entities, 2);
        assert_eq!(s.sources[1].types["person"], 1);
        let mut out = Vec::new();
        write_tables(&s, &mut out, &Style::plain(100)).expect("write");
        let text = String::from_utf8(out).expect("utf-8");
        assert!(text.contains("organisation"), "{text}");
    }

    #[test]
    fn builtin_entities_come_from_the_builtin_file() {
        let s = stats(&[], true).expect("stats");
        assert_eq!(s.sources[0].file, "builtin:gazetteer/entities.jsonl");
        assert!(s.sources.iter().all(|src| src.file.starts_with("builtin:")));
        let sum: usize = s.sources.iter().map(|src| src.entities).sum();
        assert_eq!(sum, s.entities);
    }
}

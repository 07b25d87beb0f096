//! Wikidata importer: the JSON dump format (`latest-all.json`: one entity
//! object a line, inside a `[` ... `]` array whose lines end in `,`; the
//! framing may be absent) and Query Service JSON results
//! (`application/sparql-results+json`).
//!
//! A dump is read one line at a time into a reused buffer and each entity
//! is parsed for the few fields used (labels, aliases, P31, the number of
//! sitelinks); claims other than P31 are skipped by the parser without
//! being built, so memory stays flat on a dump of any size. Both statement
//! layouts met in the wild are read (entity values with `id`, and older ones
//! with `numeric-id` only), and `[]` for an empty map, as PHP wrote it.

use super::{push_name, ImportError, ImportRecord};
use crate::base::types::EntityType;
use crate::gazetteer::{name_key, slug};
use serde::de::{Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt;
use std::io::{self, BufRead};

/// The languages whose labels and aliases are kept.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Langs {
    /// Every language.
    All,
    /// These language codes, in order of preference for the display name.
    List(Vec<String>),
}

impl Langs {
    /// `all`, or a comma-separated list of codes (`id,en`).
    pub fn parse(spec: &str) -> Langs {
        if spec.trim().eq_ignore_ascii_case("all") {
            return Langs::All;
        }
        let mut list: Vec<String> = Vec::new();
        for code in spec.split(',').map(|c| c.trim().to_ascii_lowercase()) {
            if !code.is_empty() && !list.contains(&code) {
                list.push(code);
            }
        }
        Langs::List(list)
    }

    /// Whether names in `lang` are kept; `mul` (Wikidata's label for every
    /// language) always is.
    pub fn wants(&self, lang: &str) -> bool {
        match self {
            Langs::All => true,
            Langs::List(list) => lang == "mul" || list.iter().any(|l| l == lang),
        }
    }

    /// Whether `en` is among the languages.
    fn has_en(&self) -> bool {
        self.wants("en")
    }
}

/// Which Wikidata class gives which type (`None`: never imported).
#[derive(Clone, Debug, Default)]
pub struct ClassMap {
    map: HashMap<String, Option<EntityType>>,
}

impl ClassMap {
    /// The built-in mapping (`gazetteer/import-wikidata.tsv`).
    ///
    /// # Errors
    /// Only if the embedded file is malformed (a test guards this).
    pub fn builtin() -> Result<ClassMap, ImportError> {
        let mut map = ClassMap::default();
        map.add(
            "builtin:gazetteer/import-wikidata.tsv",
            super::BUILTIN_CLASSES,
        )?;
        Ok(map)
    }

    /// Adds the lines of a mapping file (`class<TAB>type[<TAB># note]`; a
    /// later line for the same class wins).
    ///
    /// # Errors
    /// A malformed line, named `file:line`.
    pub fn add(&mut self, name: &str, text: &str) -> Result<(), ImportError> {
        for (i, line) in text.lines().enumerate() {
            let line = line.trim_start_matches('\u{feff}').trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let mut fields = line.split('\t').map(str::trim);
            let class = fields.next().unwrap_or_default();
            let kind = fields.next().unwrap_or_default();
            let rest_ok = fields.all(|f| f.is_empty() || f.starts_with('#'));
            let etype = match kind {
                "skip" => Some(None),
                other => EntityType::parse(other).map(Some),
            };
            match etype {
                Some(etype) if is_qid(class) && rest_ok => {
                    self.map.insert(class.to_string(), etype);
                }
                _ => {
                    return Err(ImportError::Mapping {
                        location: format!("{name}:{}", i + 1),
                        message: "expected `Q-id<TAB>person|place|organisation|skip`".into(),
                    })
                }
            }
        }
        Ok(())
    }

    /// The type of a class: `Some(None)` for a class never imported.
    fn get(&self, class: &str) -> Option<Option<EntityType>> {
        self.map.get(class).copied()
    }

    /// Number of classes listed.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// True when no class is listed.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

/// `Q` and digits.
pub(super) fn is_qid(s: &str) -> bool {
    s.len() > 1 && s.starts_with('Q') && s[1..].bytes().all(|b| b.is_ascii_digit())
}

/// What to import.
#[derive(Clone, Debug)]
pub struct WikidataOptions {
    /// Languages of the names kept.
    pub langs: Langs,
    /// Keep only these types (empty: all).
    pub types: Vec<EntityType>,
    /// Keep only items with at least this many sitelinks.
    pub min_sitelinks: usize,
    /// Class → type.
    pub classes: ClassMap,
    /// Items to leave out because the gazetteer has them already (by qid).
    pub known: HashSet<String>,
    /// The type of items with no mapped class (None: they are skipped).
    pub default_type: Option<EntityType>,
}

/// What an import read, wrote and skipped.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct WikidataCounts {
    /// Entities read.
    pub read: u64,
    /// Records written.
    pub written: u64,
    /// Not items (properties, lexemes).
    pub not_item: u64,
    /// No P31 class in the mapping.
    pub unmapped: u64,
    /// A class mapped to `skip`.
    pub skipped_class: u64,
    /// A type left out by `--types`.
    pub other_type: u64,
    /// Fewer sitelinks than `--min-sitelinks`.
    pub few_sitelinks: u64,
    /// Already in the gazetteer (same qid).
    pub known: u64,
    /// No label or alias in the chosen languages.
    pub no_name: u64,
    /// Lines that are not an entity object (reported each).
    pub malformed: u64,
    /// Query results whose sitelinks are unknown (not filtered by
    /// `--min-sitelinks`).
    pub sitelinks_unknown: u64,
}

/// A label or alias: `{"language": "en", "value": "Moscow"}`.
#[derive(Deserialize)]
struct Term {
    value: String,
}

/// An entity of the dump, the fields used only.
#[derive(Deserialize)]
struct RawEntity {
    #[serde(default)]
    id: Option<String>,
    #[serde(rename = "type", default)]
    kind: Option<String>,
    #[serde(default, deserialize_with = "map_or_empty")]
    labels: BTreeMap<String, Term>,
    #[serde(default, deserialize_with = "map_or_empty")]
    aliases: BTreeMap<String, Vec<Term>>,
    #[serde(default)]
    claims: P31,
    #[serde(default)]
    sitelinks: Count,
}

/// A map, or `[]` for an empty one (PHP's JSON writes empty maps so).
fn map_or_empty<'de, D, T>(d: D) -> Result<BTreeMap<String, T>, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de>,
{
    struct V<T>(std::marker::PhantomData<T>);
    impl<'de, T: Deserialize<'de>> Visitor<'de> for V<T> {
        type Value = BTreeMap<String, T>;
        fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
            f.write_str("a map or an empty list")
        }
        fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Self::Value, A::Error> {
            let mut out = BTreeMap::new();
            while let Some((k, v)) = m.next_entry::<String, T>()? {
                out.insert(k, v);
            }
            Ok(out)
        }
        fn visit_seq<A: SeqAccess<'de>>(self, mut s: A) -> Result<Self::Value, A::Error> {
            while s.next_element::<IgnoredAny>()?.is_some() {}
            Ok(BTreeMap::new())
        }
    }
    d.deserialize_any(V(std::marker::PhantomData))
}

/// The P31 values of `claims`, in statement order; other claims are
/// skipped unbuilt.
#[derive(Default)]
struct P31(Vec<String>);

impl<'de> Deserialize<'de> for P31 {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<P31, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = P31;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map of claims")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<P31, A::Error> {
                let mut out = Vec::new();
                while let Some(key) = m.next_key::<std::borrow::Cow<'de, str>>()? {
                    if key == "P31" {
                        let statements: Vec<Statement> = m.next_value()?;
                        out.extend(statements.into_iter().filter_map(Statement::class));
                    } else {
                        m.next_value::<IgnoredAny>()?;
                    }
                }
                Ok(P31(out))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut s: A) -> Result<P31, A::Error> {
                while s.next_element::<IgnoredAny>()?.is_some() {}
                Ok(P31::default())
            }
        }
        d.deserialize_any(V)
    }
}

/// One statement: its main value and rank.
#[derive(Deserialize)]
struct Statement {
    mainsnak: Snak,
    #[serde(default)]
    rank: Option<String>,
}

#[derive(Deserialize)]
struct Snak {
    #[serde(default)]
    datavalue: Option<DataValue>,
}

#[derive(Deserialize)]
struct DataValue {
    value: serde_json::Value,
}

impl Statement {
    /// The class named, `Q…` (from `id`, or `numeric-id` in the older
    /// layout); none for deprecated statements and missing values.
    fn class(self) -> Option<String> {
        if self.rank.as_deref() == Some("deprecated") {
            return None;
        }
        let value = self.mainsnak.datavalue?.value;
        if let Some(id) = value.get("id").and_then(|v| v.as_str()) {
            return Some(id.to_string());
        }
        value
            .get("numeric-id")
            .and_then(|v| v.as_u64())
            .map(|n| format!("Q{n}"))
    }
}

/// The number of entries of a map (or `[]`), entries unbuilt.
#[derive(Default)]
struct Count(usize);

impl<'de> Deserialize<'de> for Count {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Count, D::Error> {
        struct V;
        impl<'de> Visitor<'de> for V {
            type Value = Count;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut m: A) -> Result<Count, A::Error> {
                let mut n = 0;
                while m.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {
                    n += 1;
                }
                Ok(Count(n))
            }
            fn visit_seq<A: SeqAccess<'de>>(self, mut s: A) -> Result<Count, A::Error> {
                while s.next_element::<IgnoredAny>()?.is_some() {}
                Ok(Count(0))
            }
        }
        d.deserialize_any(V)
    }
}

/// Names of one item gathered by language, before the record is made.
pub(super) struct Names {
    /// (language, label, aliases), languages sorted.
    pub by_lang: Vec<(String, Option<String>, Vec<String>)>,
}

/// Where one entity is read from, for messages.
pub(super) struct Importer<'a> {
    pub name: &'a str,
    pub opts: &'a WikidataOptions,
    pub counts: &'a mut WikidataCounts,
}

impl Importer<'_> {
    /// Decides one item and makes its record (None: skipped and counted).
    pub fn record(
        &mut self,
        qid: &str,
        classes: &[String],
        sitelinks: Option<usize>,
        names: Names,
    ) -> Option<ImportRecord> {
        let opts = self.opts;
        let mut etype = None;
        for class in classes {
            match opts.classes.get(class) {
                Some(Some(t)) => {
                    etype = Some(t);
                    break;
                }
                Some(None) => {
                    self.counts.skipped_class += 1;
                    return None;
                }
                None => {}
            }
        }
        let Some(etype) = etype.or(opts.default_type) else {
            self.counts.unmapped += 1;
            return None;
        };
        if !opts.types.is_empty() && !opts.types.contains(&etype) {
            self.counts.other_type += 1;
            return None;
        }
        match sitelinks {
            Some(n) if n < opts.min_sitelinks => {
                self.counts.few_sitelinks += 1;
                return None;
            }
            None if opts.min_sitelinks > 0 => self.counts.sitelinks_unknown += 1,
            _ => {}
        }
        if opts.known.contains(qid) {
            self.counts.known += 1;
            return None;
        }
        let Some(record) = make_record(qid, etype, names, &opts.langs) else {
            self.counts.no_name += 1;
            return None;
        };
        self.counts.written += 1;
        Some(record)
    }
}

/// The record of an item from its names in the chosen languages: the
/// display name is the English label when English is chosen, else the
/// label of the first chosen language that has one (`mul` last), else the
/// first alias.
fn make_record(qid: &str, etype: EntityType, names: Names, langs: &Langs) -> Option<ImportRecord> {
    let rank = |lang: &str| -> usize {
        match langs {
            Langs::List(list) => list.iter().position(|l| l == lang).unwrap_or(list.len()),
            Langs::All => usize::from(lang != "en") + usize::from(lang == "mul"),
        }
    };
    let mut by_lang = names.by_lang;
    // Stable: languages of equal rank keep their (sorted) order.
    by_lang.sort_by_key(|(lang, _, _)| rank(lang));
    let preferred = if langs.has_en() {
        by_lang
            .iter()
            .find(|(l, label, _)| l == "en" && label.is_some())
            .and_then(|(_, label, _)| label.clone())
    } else {
        None
    };
    let first_label = by_lang.iter().find_map(|(_, label, _)| label.clone());
    let first_alias = by_lang.iter().find_map(|(_, _, a)| a.first().cloned());
    let name = preferred.or(first_label).or(first_alias)?;
    let (mut all, mut keys) = (Vec::new(), Vec::new());
    if !push_name(&mut all, &mut keys, &name) {
        return None;
    }
    let mut used: BTreeSet<String> = BTreeSet::new();
    for (lang, label, aliases) in &by_lang {
        let mut any = false;
        for n in label.iter().chain(aliases) {
            any |= push_name(&mut all, &mut keys, n) || name_key(n) == keys[0];
        }
        if any {
            used.insert(lang.clone());
        }
    }
    let slugged = slug(&name);
    let lower = qid.to_ascii_lowercase();
    let id = if slugged.is_empty() {
        lower
    } else {
        format!("{slugged}-{lower}")
    };
    all.remove(0);
    Some(ImportRecord {
        id,
        name: name.trim().to_string(),
        etype,
        qid: Some(qid.to_string()),
        aliases: all,
        lang: used.into_iter().collect(),
    })
}

/// Imports every entity of `reader` (a dump, framed or not, or Query
/// Service results), handing each record to `emit` in input order and each
/// skipped malformed line to `warn` as `file:line: message`.
///
/// # Errors
/// Read failures, input that is neither format, and the errors of `emit`
/// (as [`ImportError::Io`] on `name`).
pub fn import(
    name: &str,
    reader: &mut dyn BufRead,
    opts: &WikidataOptions,
    counts: &mut WikidataCounts,
    emit: &mut dyn FnMut(ImportRecord) -> io::Result<()>,
    warn: &mut dyn FnMut(String),
) -> Result<(), ImportError> {
    let io_err = |e: io::Error| ImportError::Io {
        path: name.to_string(),
        message: e.to_string(),
    };
    let mut imp = Importer { name, opts, counts };
    let mut line: Vec<u8> = Vec::with_capacity(1 << 16);
    let mut line_no = 0u64;
    let mut first = true;
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line).map_err(io_err)? == 0 {
            return Ok(());
        }
        line_no += 1;
        let mut text: &[u8] = trim(&line);
        if line_no == 1 {
            text = text.strip_prefix(b"\xef\xbb\xbf").unwrap_or(text);
        }
        if text.is_empty() || text == b"[" || text == b"]" {
            continue;
        }
        let text = text.strip_suffix(b",").unwrap_or(text);
        if first {
            first = false;
            // Query Service results: one JSON document, usually over many
            // lines; read whole (the service caps their size).
            let whole_line: Option<serde_json::Value> = serde_json::from_slice(text).ok();
            let is_results = match &whole_line {
                Some(v) => v.get("head").is_some() && v.get("results").is_some(),
                None => true,
            };
            if is_results {
                let mut rest = line.clone();
                reader.read_to_end(&mut rest).map_err(io_err)?;
                return super::sparql::import(&mut imp, &rest, emit);
            }
        }
        match serde_json::from_slice::<RawEntity>(text) {
            Ok(entity) => {
                if let Some(record) = imp.entity(entity) {
                    emit(record).map_err(io_err)?;
                }
            }
            Err(e) => {
                imp.counts.malformed += 1;
                warn(format!(
                    "{}:{line_no}: not a Wikidata entity ({e}); skipped",
                    imp.name
                ));
            }
        }
    }
}

impl Importer<'_> {
    /// One dump entity.
    fn entity(&mut self, entity: RawEntity) -> Option<ImportRecord> {
        self.counts.read += 1;
        let id = entity.id.unwrap_or_default();
        if entity.kind.as_deref().is_some_and(|k| k != "item") || !is_qid(&id) {
            self.counts.not_item += 1;
            return None;
        }
        let langs = &self.opts.langs;
        let mut by_lang: BTreeMap<String, (Option<String>, Vec<String>)> = BTreeMap::new();
        for (lang, term) in entity.labels {
            if langs.wants(&lang) {
                by_lang.entry(lang).or_default().0 = Some(term.value);
            }
        }
        for (lang, terms) in entity.aliases {
            if langs.wants(&lang) {
                let slot = &mut by_lang.entry(lang).or_default().1;
                slot.extend(terms.into_iter().map(|t| t.value));
            }
        }
        let names = Names {
            by_lang: by_lang.into_iter().map(|(l, (a, b))| (l, a, b)).collect(),
        };
        self.record(&id, &entity.claims.0, Some(entity.sitelinks.0), names)
    }
}

/// Whitespace trimmed off both ends.
fn trim(mut s: &[u8]) -> &[u8] {
    while let [first, rest @ ..] = s {
        if first.is_ascii_whitespace() {
            s = rest;
        } else {
            break;
        }
    }
    while let [rest @ .., last] = s {
        if last.is_ascii_whitespace() {
            s = rest;
        } else {
            break;
        }
    }
    s
}

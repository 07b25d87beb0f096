//! Curated entity records: one JSON object per line (`*.jsonl`).

use super::keys::word_split;
use super::load::{col_of, digest, next_line, type_bit, Claim, Loader, Loc, PendingRole, RawBuf};
use super::{name_key, CaseSetting, Entity, GazetteerError, Origin, Role};
use crate::base::types::EntityType;
use serde_json::{Map, Value};
use std::io::BufRead;

/// Fields of a record besides the known ones that are accepted as free
/// extras and ignored.
const EXTRA_FIELDS: &[&str] = &[
    "description",
    "note",
    "notes",
    "comment",
    "wikipedia",
    "url",
    "lang",
    "tags",
    "sources",
    "evidence",
];

/// Known record fields.
const FIELDS: &[&str] = &[
    "id", "name", "type", "qid", "aliases", "short", "demonyms", "roles", "origin", "case",
];

/// Is `key` a known record field (here or in [`super::notes`])?
fn known_field(key: &str) -> bool {
    FIELDS.contains(&key) || super::notes::NOTE_FIELDS.contains(&key) || EXTRA_FIELDS.contains(&key)
}

impl Loader {
    /// Loads entity records from JSON Lines. Blank lines and lines starting
    /// with `#` are skipped.
    pub fn records(&mut self, name: &str, mut reader: impl BufRead) -> Result<(), GazetteerError> {
        let file = self.add_file(name);
        // The file's `{"case": ...}` line, for the records after it.
        self.file_case = CaseSetting::default();
        let (mut raw, mut buf, mut lossy) = (RawBuf::default(), String::new(), false);
        let mut line_no = 0u32;
        loop {
            let more = next_line(&mut reader, &mut raw, &mut buf, &mut lossy).map_err(|e| {
                GazetteerError::Io {
                    path: name.to_string(),
                    message: format!("cannot read: {e}"),
                }
            })?;
            if !more {
                return Ok(());
            }
            line_no = line_no.saturating_add(1);
            let loc = Loc {
                file,
                line: line_no,
                col: 1,
            };
            if lossy {
                self.warn(loc, "invalid UTF-8, decoded with replacement characters");
            }
            let line = buf.trim_start_matches('\u{feff}');
            let trimmed = line.trim();
            if trimmed.is_empty() || trimmed.starts_with('#') {
                continue;
            }
            let line = line.to_string();
            self.record(&line, loc);
        }
    }

    /// Parses and checks one record line.
    fn record(&mut self, line: &str, loc: Loc) {
        let at = |col: u32| Loc { col, ..loc };
        let obj = match serde_json::from_str::<Value>(line) {
            Ok(Value::Object(obj)) => obj,
            Ok(_) => return self.error(loc, "a record must be a JSON object"),
            Err(e) => {
                // serde_json counts the column in bytes; report characters.
                let col = super::load::char_col(line, e.column().saturating_sub(1));
                return self.error(at(col), format!("malformed JSON: {}", json_reason(&e)));
            }
        };
        let field_col = |key: &str| col_of(line, &format!("\"{key}\""), 0);
        let case = match obj.get("case") {
            None => Some(self.file_case),
            Some(Value::String(c)) => CaseSetting::parse(c),
            Some(_) => None,
        };
        let Some(case) = case else {
            return self.error(
                at(field_col("case")),
                "field `case` must be \"exact\", \"capitalised\", \"any\" or \"auto\"",
            );
        };
        if obj.len() == 1 && obj.contains_key("case") {
            // A file setting: the default of the records that follow.
            self.file_case = case;
            return;
        }
        for key in obj.keys() {
            if !known_field(key) {
                self.warn(at(field_col(key)), format!("unknown field `{key}` ignored"));
            }
        }
        let mut ok = true;
        let id = self.string_field(&obj, "id", line, loc, &mut ok);
        let name = self.string_field(&obj, "name", line, loc, &mut ok);
        let etype = self.string_field(&obj, "type", line, loc, &mut ok);
        let qid = optional_string(&obj, "qid");
        let lists = ["aliases", "short", "demonyms"].map(|k| self.list_field(&obj, k, line, loc));
        let roles = self.roles_field(&obj, line, loc);
        let origin = match optional_string(&obj, "origin") {
            Ok(None) => Origin::Curated,
            Ok(Some(o)) if o == "curated" => Origin::Curated,
            Ok(Some(o)) if o == "generated" => Origin::Generated,
            _ => {
                self.error(
                    at(field_col("origin")),
                    "field `origin` must be \"curated\" or \"generated\"",
                );
                ok = false;
                Origin::Curated
            }
        };
        if let Some(id) = &id {
            // Checked first so a duplicate is reported even in a bad record.
            let key = digest(id);
            if let Some(first) = self.ids.get(&key).copied() {
                let shown = self.show(first);
                let hint = if shown.starts_with("builtin:") {
                    "; -g adds to the built-in gazetteer: pass --no-builtin to replace it"
                } else {
                    ""
                };
                let message = format!("duplicate id `{id}` (first defined at {shown}){hint}");
                self.error(at(field_col("id")), message);
                return;
            }
            self.ids.insert(key, at(field_col("id")));
        }
        let (Some(id), Some(name), Some(etype)) = (id, name, etype) else {
            return;
        };
        if id.chars().any(|c| c.is_whitespace() || c.is_control()) {
            self.error(
                at(field_col("id")),
                format!("id `{id}` contains whitespace"),
            );
            ok = false;
        }
        let Some(etype) = EntityType::parse(&etype) else {
            let message =
                format!("unknown type `{etype}` (expected person, place or organisation)");
            return self.error(at(field_col("type")), message);
        };
        match qid {
            Ok(Some(ref q)) if !is_qid(q) => {
                self.error(
                    at(field_col("qid")),
                    format!("bad Wikidata id `{q}` (expected Q and digits)"),
                );
                ok = false;
            }
            Err(()) => {
                self.error(at(field_col("qid")), "field `qid` must be a string");
                ok = false;
            }
            _ => {}
        }
        let [aliases, short, demonyms] = lists;
        let (Some(aliases), Some(short), Some(demonyms), Some(roles)) =
            (aliases, short, demonyms, roles)
        else {
            return;
        };
        if !ok {
            return;
        }
        let index = u32::try_from(self.gaz.entities.len()).unwrap_or(u32::MAX);
        let mut entity = Entity {
            id,
            name: name.trim().to_string(),
            etype,
            qid: qid.ok().flatten(),
            aliases: Vec::new(),
            short: Vec::new(),
            demonyms: Vec::new(),
            roles: Vec::new(),
            origin,
            case,
        };
        let names: Vec<String> = std::iter::once(name.clone()).chain(aliases).collect();
        // Notes first: a name this record takes by default is shared knowingly.
        self.record_notes(&obj, (index, &entity.id, &names), line, loc);
        entity.aliases = self.names_of(&entity, index, names, "alias", line, loc, true);
        entity.short = self.names_of(&entity, index, short, "short form", line, loc, false);
        entity.demonyms = self.names_of(&entity, index, demonyms, "demonym", line, loc, false);
        let roles_loc = at(field_col("roles"));
        for (i, role) in roles.into_iter().enumerate() {
            self.roles.push(PendingRole {
                entity: index,
                role: i,
                loc: roles_loc,
            });
            entity.roles.push(role);
        }
        let langs: Vec<String> = match obj.get("lang") {
            Some(Value::String(l)) => vec![l.clone()],
            Some(Value::Array(list)) => list
                .iter()
                .filter_map(|l| l.as_str().map(str::to_string))
                .collect(),
            _ => Vec::new(),
        };
        if !langs.is_empty() {
            self.langs.push((self.gaz.entities.len(), langs));
        }
        self.gaz.entities.push(entity);
    }

    /// Checks a list of names of one record: empty and one-character names
    /// are skipped with a warning, repeats within the record are merged.
    /// Full names (`claim`) and demonyms are checked against other entities.
    #[allow(clippy::too_many_arguments)]
    fn names_of(
        &mut self,
        entity: &Entity,
        index: u32,
        names: impl IntoIterator<Item = String>,
        what: &str,
        line: &str,
        loc: Loc,
        claim: bool,
    ) -> Vec<String> {
        let mut out: Vec<String> = Vec::new();
        let mut keys: Vec<String> = Vec::new();
        for raw in names {
            let name = raw.trim();
            let json = serde_json::to_string(&raw).unwrap_or_default();
            let here = Loc {
                col: col_of(line, &json, 0),
                ..loc
            };
            if name.chars().count() <= 1 {
                // Quoted as JSON, so that " " or "\t" is visible.
                self.warn(
                    here,
                    format!(
                        "empty or one-character {what} {json} of `{}` skipped",
                        entity.id
                    ),
                );
                continue;
            }
            let key = name_key(name);
            if key.is_empty() || key == "\u{1}" {
                self.warn(
                    here,
                    format!(
                        "{what} `{name}` of `{}` has no letters or digits; skipped",
                        entity.id
                    ),
                );
                continue;
            }
            // A repeat is merged, but for other words of the same letters
            // ("Hasyim Asy'ari" beside "Hasyim Asyari", "Go-Jek" beside
            // "Gojek"), which the matcher reads otherwise: kept, claimed once.
            // The words are compared only on a repeat (rare), not per name.
            if keys.contains(&key) {
                let split = word_split(name);
                let same = |o: &String| name_key(o) == key && word_split(o) == split;
                if !out.iter().any(same) {
                    out.push(name.to_string());
                }
                continue;
            }
            out.push(name.to_string());
            keys.push(key.clone());
            if claim || what == "demonym" {
                self.claim(entity, index, name, digest(&key), here, what == "demonym");
            }
        }
        out
    }

    /// Registers a full name or demonym of a curated entity; a name already
    /// claimed by another entity is kept for both, with a warning, and is
    /// left to document context by the resolver.
    fn claim(
        &mut self,
        entity: &Entity,
        index: u32,
        name: &str,
        key: u64,
        here: Loc,
        demonym: bool,
    ) {
        let bit = type_bit(entity.etype);
        let map = if demonym {
            &mut self.demonyms
        } else {
            &mut self.names
        };
        match map.get_mut(&key) {
            None => {
                map.insert(
                    key,
                    Claim {
                        entity: index,
                        loc: here,
                        types: bit,
                    },
                );
            }
            Some(claim) => {
                claim.types |= bit;
                let first = *claim;
                let other = self
                    .gaz
                    .entities
                    .get(first.entity as usize)
                    .map_or_else(String::new, |e| e.id.clone());
                // A name with a declared default claimant is shared knowingly.
                let known = !demonym && self.gaz.chunks.notes.default_for(name).is_some();
                if other != entity.id && !known {
                    let what = if demonym { "demonym" } else { "name" };
                    let message = format!(
                        "{what} `{name}` of `{}` is also claimed by `{other}` ({}); \
                         both kept, ambiguous unless document context decides",
                        entity.id,
                        self.show(first.loc)
                    );
                    self.warn(here, message);
                }
            }
        }
    }

    /// A required string field; reports it missing or mistyped.
    fn string_field(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        line: &str,
        loc: Loc,
        ok: &mut bool,
    ) -> Option<String> {
        match obj.get(key) {
            Some(Value::String(s)) if !s.trim().is_empty() => Some(s.clone()),
            Some(Value::String(_)) => {
                let col = col_of(line, &format!("\"{key}\""), 0);
                self.error(Loc { col, ..loc }, format!("empty `{key}`"));
                *ok = false;
                None
            }
            Some(_) => {
                let col = col_of(line, &format!("\"{key}\""), 0);
                self.error(
                    Loc { col, ..loc },
                    format!("field `{key}` must be a string"),
                );
                *ok = false;
                None
            }
            None => {
                self.error(loc, format!("missing `{key}`"));
                *ok = false;
                None
            }
        }
    }

    /// An optional list of strings; `None` (with an error) if mistyped.
    pub(super) fn list_field(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        line: &str,
        loc: Loc,
    ) -> Option<Vec<String>> {
        match obj.get(key) {
            None | Some(Value::Null) => Some(Vec::new()),
            Some(Value::Array(items)) if items.iter().all(Value::is_string) => Some(
                items
                    .iter()
                    .filter_map(|v| v.as_str().map(str::to_string))
                    .collect(),
            ),
            Some(_) => {
                let col = col_of(line, &format!("\"{key}\""), 0);
                self.error(
                    Loc { col, ..loc },
                    format!("field `{key}` must be a list of strings"),
                );
                None
            }
        }
    }

    /// The `roles` list, each role checked for its fields and dates.
    fn roles_field(&mut self, obj: &Map<String, Value>, line: &str, loc: Loc) -> Option<Vec<Role>> {
        let col = col_of(line, "\"roles\"", 0);
        let here = Loc { col, ..loc };
        let items = match obj.get("roles") {
            None | Some(Value::Null) => return Some(Vec::new()),
            Some(Value::Array(items)) => items,
            Some(_) => {
                self.error(here, "field `roles` must be a list of objects");
                return None;
            }
        };
        let mut roles = Vec::new();
        let mut ok = true;
        for (i, item) in items.iter().enumerate() {
            let n = i + 1;
            let role: Role = match serde_json::from_value(item.clone()) {
                Ok(role) => role,
                Err(e) => {
                    self.error(here, format!("role {n}: {e}"));
                    ok = false;
                    continue;
                }
            };
            if role.office.trim().is_empty() || role.of.trim().is_empty() {
                self.error(here, format!("role {n}: empty `office` or `of`"));
                ok = false;
            }
            for date in [&role.start, &role.end].into_iter().flatten() {
                if !valid_date(date) {
                    let at = Loc {
                        col: col_of(line, &format!("\"{date}\""), col as usize),
                        ..loc
                    };
                    self.error(
                        at,
                        format!("role {n}: bad date `{date}` (expected YYYY-MM-DD)"),
                    );
                    ok = false;
                }
            }
            if let (Some(s), Some(e)) = (&role.start, &role.end) {
                if valid_date(s) && valid_date(e) && s > e {
                    self.error(here, format!("role {n}: ends ({e}) before it starts ({s})"));
                    ok = false;
                }
            }
            roles.push(role);
        }
        ok.then_some(roles)
    }
}

/// An optional string field: `Err` if present with another type.
fn optional_string(obj: &Map<String, Value>, key: &str) -> Result<Option<String>, ()> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(()),
    }
}

/// A serde_json error without its " at line L column C" suffix (the
/// location is reported separately, per file line).
pub(super) fn json_reason(e: &serde_json::Error) -> String {
    let text = e.to_string();
    let end = text.rfind(" at line ").unwrap_or(text.len());
    text.get(..end).unwrap_or(&text).to_string()
}

/// `Q` followed by digits.
fn is_qid(s: &str) -> bool {
    s.strip_prefix('Q')
        .is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()))
}

/// A real calendar day written YYYY-MM-DD.
pub(super) fn valid_date(s: &str) -> bool {
    crate::base::dates::is_iso_date(s)
}

//! Plain name lists (`person.txt`, ...) and transliteration rules
//! (`variants.tsv`).

use super::lines::{is_data, tsv_fields, Lines};
use super::load::{digest, type_bit, Claim, Loader, Loc};
use super::{name_key_into, slug, Entity, GazetteerError, Origin, RuleAnchor, TranslitRule};
use crate::base::types::EntityType;
use std::io::BufRead;

/// The first example of a skipped group of list lines, and how many.
#[derive(Default)]
struct Tally {
    count: u64,
    first: Option<(u32, String)>,
}

impl Tally {
    fn add(&mut self, line: u32, name: &str) {
        self.count += 1;
        if self.first.is_none() {
            self.first = Some((line, name.to_string()));
        }
    }
}

impl Loader {
    /// Loads a plain list, one name per line, all of type `etype`. Blank
    /// lines and `#` comments are skipped; a name already listed for the
    /// same type (compared by name key: case, diacritics and punctuation
    /// ignored) is a duplicate, skipped, first wins. Duplicates and names
    /// also claimed by an entity of another type are reported once per file
    /// with a count; one-character names are reported line by line.
    pub fn list(
        &mut self,
        name: &str,
        etype: EntityType,
        reader: impl BufRead,
    ) -> Result<(), GazetteerError> {
        let file = self.add_file(name);
        let bit = type_bit(etype);
        let (mut dups, mut shared) = (Tally::default(), Tally::default());
        let mut lines = Lines::new(name, reader);
        while let Some((line_no, line, lossy)) = lines.next_line()? {
            let loc = Loc {
                file,
                line: line_no,
                col: 1,
            };
            if lossy {
                self.warn(loc, "invalid UTF-8, decoded with replacement characters");
            }
            let entry = line.trim();
            if !is_data(entry) {
                continue;
            }
            let mut chars = entry.chars();
            if chars.next().is_some() && chars.next().is_none() {
                self.warn(loc, format!("one-character name `{entry}` skipped"));
                continue;
            }
            let mut key_buf = std::mem::take(&mut self.key_buf);
            name_key_into(entry, &mut key_buf);
            let key = digest(&key_buf);
            let empty = key_buf.is_empty() || key_buf == "\u{1}";
            self.key_buf = key_buf;
            if empty {
                self.warn(
                    loc,
                    format!("name `{entry}` has no letters or digits; skipped"),
                );
                continue;
            }
            let index = u32::try_from(self.gaz.entities.len()).unwrap_or(u32::MAX);
            match self.names.get_mut(&key) {
                Some(claim) if claim.types & bit != 0 => {
                    dups.add(line_no, entry);
                    continue;
                }
                Some(claim) => {
                    claim.types |= bit;
                    shared.add(line_no, entry);
                }
                None => {
                    self.names.insert(
                        key,
                        Claim {
                            entity: index,
                            loc,
                            types: bit,
                        },
                    );
                }
            }
            let id = self.unique_id(entry, etype, loc);
            self.gaz.entities.push(Entity {
                id,
                name: entry.to_string(),
                etype,
                qid: None,
                // The name is the only one: an empty list saves a copy per
                // entry (millions of bytes for a large list).
                aliases: Vec::new(),
                short: Vec::new(),
                demonyms: Vec::new(),
                roles: Vec::new(),
                origin: Origin::List,
                case: crate::gazetteer::CaseSetting::default(),
            });
        }
        for (tally, what) in [
            (dups, "duplicate names skipped (same name listed before for this type; first wins)"),
            (shared, "names also claimed by an entity of another type; both kept, ambiguous unless document context decides"),
        ] {
            if let Some((line, example)) = tally.first {
                let loc = Loc { file, line, col: 1 };
                self.warn(loc, format!("{} {what}, first `{example}`", tally.count));
            }
        }
        Ok(())
    }

    /// A fresh id for a list entry: its slug, or on collision the slug plus
    /// the type, then plus a counter (deterministic in load order).
    fn unique_id(&mut self, name: &str, etype: EntityType, loc: Loc) -> String {
        let mut id = slug(name);
        if id.is_empty() {
            id = etype.as_str().to_string();
        }
        if self.ids.contains_key(&digest(&id)) {
            let base = format!("{id}-{}", etype.as_str());
            id.clone_from(&base);
            let mut n = 2u32;
            while self.ids.contains_key(&digest(&id)) {
                id = format!("{base}-{n}");
                n += 1;
            }
        }
        self.ids.insert(digest(&id), loc);
        id
    }

    /// Loads transliteration rules: `from<TAB>to[<TAB>anchor][<TAB># note]`,
    /// lowercase, anchor `any` (default), `start` or `end`.
    pub fn variants(&mut self, name: &str, reader: impl BufRead) -> Result<(), GazetteerError> {
        let file = self.add_file(name);
        let mut lines = Lines::new(name, reader);
        while let Some((line_no, line, _)) = lines.next_line()? {
            let loc = Loc {
                file,
                line: line_no,
                col: 1,
            };
            if !is_data(line) {
                continue;
            }
            let (fields, note_ok) = tsv_fields(line);
            let (from, to) = match fields.as_slice() {
                [from, to, ..] if note_ok => (*from, *to),
                _ => {
                    self.error(
                        loc,
                        "expected `from<TAB>to<TAB>anchor` (anchor: any, start or end)",
                    );
                    continue;
                }
            };
            let anchor = match fields.get(2).copied().unwrap_or("") {
                "" | "any" => RuleAnchor::Any,
                "start" => RuleAnchor::Start,
                "end" => RuleAnchor::End,
                other => {
                    self.error(
                        loc,
                        format!("unknown anchor `{other}` (expected any, start or end)"),
                    );
                    continue;
                }
            };
            let letters = |s: &str| {
                !s.is_empty() && s.chars().all(|c| c.is_alphabetic() && !c.is_uppercase())
            };
            if !letters(from) || !letters(to) {
                self.error(
                    loc,
                    format!("rule `{from}` → `{to}`: both sides must be lowercase letters"),
                );
                continue;
            }
            if from == to {
                self.warn(
                    loc,
                    format!("rule `{from}` → `{to}` changes nothing; skipped"),
                );
                continue;
            }
            self.gaz.rules.push(TranslitRule {
                from: from.to_string(),
                to: to.to_string(),
                anchor,
            });
        }
        Ok(())
    }
}

//! What a record says about itself beyond its names: which shared names it
//! takes by default (`default_for`), the words that show a document is
//! about it (`context`), and its kind (`kind`: a `company` or a `league`
//! takes a place written right after its name as its branch, edition or
//! country: "Facebook Indonesia", "Ligue 1 Prancis").
//! Read by the resolver and the chunk rules; see `gazetteer/README.md`.

use super::load::{col_of, Loader, Loc};
use super::name_key;
use serde_json::{Map, Value};
use std::collections::{HashMap, HashSet};

/// The record kinds `kind` accepts.
const KINDS: &[&str] = &["company", "league"];

/// The notes of every record that has some, by entity index.
///
/// Kept inside [`super::ChunkWords`] (as `notes`) so that a
/// [`super::Gazetteer`] written out field by field stays valid.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RecordNotes {
    /// Name key ([`name_key`]) of a shared name -> its default claimant.
    defaults: HashMap<String, u32>,
    /// Entity -> its context words, as written.
    context: HashMap<u32, Vec<String>>,
    /// Entities of a kind that takes a following place as its branch
    /// (`company`, `league`).
    branched: HashSet<u32>,
    /// Name key of every full name of a country (a place with demonyms)
    /// -> the country, filled when loading ends.
    countries: HashMap<String, u32>,
}

impl RecordNotes {
    /// The entity a record names as the default claimant of `name`.
    pub fn default_for(&self, name: &str) -> Option<u32> {
        if self.defaults.is_empty() {
            return None;
        }
        self.defaults.get(&name_key(name)).copied()
    }

    /// The context words of `entity` (empty when it has none).
    pub fn context(&self, entity: u32) -> &[String] {
        self.context.get(&entity).map_or(&[], Vec::as_slice)
    }

    /// Does any record have context words?
    pub fn has_context(&self) -> bool {
        !self.context.is_empty()
    }

    /// Does a place right after `entity`'s name name its branch, edition
    /// or country (`"kind": "company"` or `"league"`)?
    pub fn takes_branch(&self, entity: u32) -> bool {
        self.branched.contains(&entity)
    }

    /// The country whose full name has name key `key`, if any.
    pub fn country(&self, key: &str) -> Option<u32> {
        self.countries.get(key).copied()
    }

    /// Records every full name of every country among `entities` (places
    /// with demonyms) for [`RecordNotes::country`].
    pub(super) fn index_countries(&mut self, entities: &[super::Entity]) {
        self.countries.clear();
        for (i, e) in entities.iter().enumerate() {
            if e.etype == super::EntityType::Place && !e.demonyms.is_empty() {
                for name in e.full_names() {
                    self.countries.entry(name_key(name)).or_insert(i as u32);
                }
            }
        }
    }
}

/// The record fields read here.
pub(super) const NOTE_FIELDS: &[&str] = &["default_for", "context", "kind"];

impl Loader {
    /// Reads and checks the note fields of the record of entity `index`
    /// (`names`: its full names; `id`: its id). Every problem is an error
    /// at the field's `file:line:col`.
    pub(super) fn record_notes(
        &mut self,
        obj: &Map<String, Value>,
        (index, id, names): (u32, &str, &[String]),
        line: &str,
        loc: Loc,
    ) {
        let at = |key: &str| Loc {
            col: col_of(line, &format!("\"{key}\""), 0),
            ..loc
        };
        match obj.get("kind") {
            None | Some(Value::Null) => {}
            Some(Value::String(k)) if KINDS.contains(&k.as_str()) => {
                self.gaz.chunks.notes.branched.insert(index);
            }
            Some(_) => self.error(
                at("kind"),
                format!("field `kind` must be one of: {}", KINDS.join(", ")),
            ),
        }
        let keys: Vec<String> = names.iter().map(|n| name_key(n)).collect();
        for name in self.note_list(obj, "default_for", line, loc) {
            let key = name_key(&name);
            if !keys.contains(&key) {
                let message = format!(
                    "`default_for` name `{name}` is not a name of `{id}` (name or aliases)"
                );
                self.error(at("default_for"), message);
                continue;
            }
            let notes = &mut self.gaz.chunks.notes;
            match notes.defaults.get(&key).copied() {
                Some(first) if first != index => {
                    let other = self
                        .gaz
                        .entities
                        .get(first as usize)
                        .map_or("?", |e| e.id.as_str());
                    let message = format!(
                        "`default_for` name `{name}` of `{id}` is already the default of \
                         `{other}`: a name has one default claimant"
                    );
                    self.error(at("default_for"), message);
                }
                _ => {
                    notes.defaults.insert(key, index);
                }
            }
        }
        let mut words = Vec::new();
        for word in self.note_list(obj, "context", line, loc) {
            let word = word.trim();
            if word.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
                let message = format!("context word `{word}` of `{id}` has fewer than 2 letters");
                self.error(at("context"), message);
            } else if !words.iter().any(|w| w == word) {
                words.push(word.to_string());
            }
        }
        if !words.is_empty() {
            self.gaz.chunks.notes.context.insert(index, words);
        }
    }

    /// An optional list of strings; an error (and nothing) if mistyped.
    fn note_list(
        &mut self,
        obj: &Map<String, Value>,
        key: &str,
        line: &str,
        loc: Loc,
    ) -> Vec<String> {
        self.list_field(obj, key, line, loc).unwrap_or_default()
    }
}

/// Does `text` hold `word` as a whole word (or words)? A word written in
/// lowercase matches in any case ("diusung", "Diusung"); one with a capital
/// matches as written ("Clinton", not "clinton").
pub fn holds_word(text: &str, word: &str) -> bool {
    let boundary = |c: Option<char>| !c.is_some_and(char::is_alphanumeric);
    let whole = |hay: &str, i: usize, len: usize| {
        boundary(hay[..i].chars().next_back()) && boundary(hay[i + len..].chars().next())
    };
    if word.chars().any(char::is_uppercase) {
        return text
            .match_indices(word)
            .any(|(i, m)| whole(text, i, m.len()));
    }
    // Lowercase the text only where it starts like the word, in either case.
    let Some(first) = word.chars().next() else {
        return false;
    };
    let upper: String = first.to_uppercase().collect();
    let rest = &word[first.len_utf8()..];
    [first.to_string(), upper].iter().any(|f| {
        text.match_indices(f.as_str()).any(|(i, _)| {
            let tail = &text[i + f.len()..];
            tail.get(..rest.len())
                .is_some_and(|t| t.eq_ignore_ascii_case(rest) || t.to_lowercase() == rest)
                && whole(text, i, f.len() + rest.len())
        })
    })
}

#[cfg(test)]
mod tests {
    use super::super::{Gazetteer, GazetteerError};

    /// Every problem of `text` as `file:line:col: message`, errors first.
    fn problems(text: &str) -> (Vec<String>, Vec<String>) {
        let show = |w: &super::super::GazetteerWarning| w.to_string();
        match Gazetteer::from_jsonl("n.jsonl", text) {
            Ok((_, warnings)) => (Vec::new(), warnings.iter().map(show).collect()),
            Err(GazetteerError::Invalid { errors, warnings }) => (
                errors.iter().map(show).collect(),
                warnings.iter().map(show).collect(),
            ),
            Err(e) => (vec![e.to_string()], Vec::new()),
        }
    }

    #[test]
    fn note_fields_are_checked_with_their_place() {
        let un = r#"{"id": "un", "name": "United Nations", "type": "organisation", "aliases": ["PBB"], "default_for": ["PBB"]}"#;
        // (file, expected errors as substrings, expected warnings).
        let cases: &[(String, &[&str], &[&str])] = &[
            (un.to_string(), &[], &[]),
            (
                r#"{"id": "a", "name": "Alpha", "type": "place", "default_for": ["Beta"]}"#.into(),
                &["n.jsonl:1:47: `default_for` name `Beta` is not a name of `a`"],
                &[],
            ),
            (
                format!(
                    "{un}\n{}",
                    r#"{"id": "p", "name": "Partai Bulan Bintang", "type": "organisation", "aliases": ["PBB"], "default_for": ["PBB"]}"#
                ),
                &["n.jsonl:2:89: `default_for` name `PBB` of `p` is already the default of `un`"],
                &[],
            ),
            (
                r#"{"id": "a", "name": "Alpha", "type": "place", "default_for": "Alpha"}"#.into(),
                &["n.jsonl:1:47: field `default_for` must be a list of strings"],
                &[],
            ),
            (
                r#"{"id": "a", "name": "Alpha", "type": "place", "context": ["x", "pemilu"]}"#.into(),
                &["n.jsonl:1:47: context word `x` of `a` has fewer than 2 letters"],
                &[],
            ),
            (
                r#"{"id": "a", "name": "Alpha", "type": "place", "kind": "state"}"#.into(),
                &["n.jsonl:1:47: field `kind` must be one of: company, league"],
                &[],
            ),
            // A shared name with a declared default is shared knowingly: no
            // warning, whichever record comes first; without one, a warning.
            (
                format!(
                    "{}\n{un}",
                    r#"{"id": "p", "name": "Partai Bulan Bintang", "type": "organisation", "aliases": ["PBB"]}"#
                ),
                &[],
                &[],
            ),
            (
                format!(
                    "{un}\n{}",
                    r#"{"id": "p", "name": "Partai Bulan Bintang", "type": "organisation", "aliases": ["PBB"]}"#
                ),
                &[],
                &[],
            ),
            (
                "{\"id\": \"a\", \"name\": \"Alpha\", \"type\": \"place\", \"aliases\": [\"AB\"]}\n{\"id\": \"b\", \"name\": \"Beta\", \"type\": \"place\", \"aliases\": [\"AB\"]}".into(),
                &[],
                &["n.jsonl:2:", "name `AB` of `b` is also claimed by `a`"],
            ),
        ];
        for (text, want_errors, want_warnings) in cases {
            let (errors, warnings) = problems(text);
            for (want, got) in [(want_errors, &errors), (want_warnings, &warnings)] {
                if want.is_empty() {
                    assert!(got.is_empty(), "{text}: {got:?}");
                }
                for w in *want {
                    assert!(
                        got.iter().any(|g| g.contains(w)),
                        "{text}: want {w:?} in {got:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn notes_reach_the_gazetteer() {
        let text = r#"{"id": "un", "name": "United Nations", "type": "organisation", "aliases": ["PBB"], "default_for": ["PBB", "PBB"], "context": ["Sekjen", "Sekjen"]}
{"id": "fb", "name": "Facebook", "type": "organisation", "kind": "company"}"#;
        let (gaz, _) = Gazetteer::from_jsonl("n.jsonl", text).expect("loads");
        let notes = &gaz.chunks.notes;
        assert_eq!(notes.default_for("PBB"), Some(0));
        assert_eq!(notes.default_for("United Nations"), None);
        // Acronyms keep their case in name keys: "Pbb" is another name.
        assert_eq!(notes.default_for("Pbb"), None);
        assert_eq!(notes.context(0), ["Sekjen".to_string()]);
        assert!(notes.takes_branch(1) && !notes.takes_branch(0));
    }

    #[test]
    fn context_words_are_whole_words() {
        use super::holds_word;
        let cases = [
            ("calon yang diusung partai", "diusung", true),
            ("Diusung oleh partai", "diusung", true),
            ("calon yang diusungnya", "diusung", false),
            ("Hillary Clinton kalah", "Hillary Clinton", true),
            ("hillary clinton kalah", "Hillary Clinton", false),
            ("sejumlah parpol ; PBB", "parpol", true),
            ("tanpa kata itu", "parpol", false),
        ];
        for (text, word, want) in cases {
            assert_eq!(holds_word(text, word), want, "{word:?} in {text:?}");
        }
    }
}

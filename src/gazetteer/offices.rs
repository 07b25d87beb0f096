//! Office titles (`gazetteer/offices.jsonl`): the phrases, per language,
//! that name an office ("Menteri Luar Negeri", "Foreign Minister"). Role
//! records refer to offices by id; relation extraction reads the titles.

use super::lines::{is_data, Lines};
use super::load::char_col;
use super::{GazetteerError, GazetteerWarning};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::io::BufRead;

/// One office and its title phrases.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Office {
    /// Office id, e.g. `foreign_minister`.
    pub office: String,
    /// Title phrases by language code (`id`, `en`), as written in news.
    #[serde(default)]
    pub titles: BTreeMap<String, Vec<String>>,
    /// Titles that hold their organisation's name ("Kapolri" → "Polri",
    /// "Kepala Staf Angkatan Laut" → "TNI AL"), read by relation
    /// extraction; here so that their inner words ("Laut", the sea) count
    /// as title words of the name chunks only inside the whole title.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub fused: BTreeMap<String, String>,
}

/// All offices, in file order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Offices {
    /// The offices.
    pub offices: Vec<Office>,
}

impl Offices {
    /// The built-in offices (`gazetteer/offices.jsonl`, embedded).
    ///
    /// # Errors
    /// Fails only if the embedded data is invalid (a test guards this).
    pub fn builtin() -> Result<Offices, GazetteerError> {
        Offices::parse(
            "builtin:gazetteer/offices.jsonl",
            super::BUILTIN_OFFICES.as_bytes(),
        )
    }

    /// Parses office records, one JSON object per line; blank lines and `#`
    /// comments are skipped. `name` is used in messages.
    ///
    /// # Errors
    /// Reports every malformed line, empty office id and duplicate id
    /// (`file:line:col: reason`), and read failures.
    pub fn parse(name: &str, reader: impl BufRead) -> Result<Offices, GazetteerError> {
        let mut offices = Offices::default();
        let mut seen = BTreeSet::new();
        let mut errors = Vec::new();
        let mut lines = Lines::new(name, reader);
        while let Some((line_no, line, _)) = lines.next_line()? {
            if !is_data(line) {
                continue;
            }
            let mut problem = |col: u32, message: String| {
                errors.push(GazetteerWarning {
                    location: format!("{name}:{line_no}:{col}"),
                    message,
                });
            };
            match serde_json::from_str::<Office>(line) {
                Ok(office) if office.office.trim().is_empty() => {
                    problem(1, "empty `office` id".to_string());
                }
                Ok(office) => {
                    if seen.insert(office.office.clone()) {
                        offices.offices.push(office);
                    } else {
                        problem(1, format!("duplicate office `{}`", office.office));
                    }
                }
                Err(e) => {
                    let col = char_col(line, e.column().saturating_sub(1));
                    problem(
                        col,
                        format!(
                            "malformed office record: {}",
                            super::records::json_reason(&e)
                        ),
                    );
                }
            }
        }
        if errors.is_empty() {
            Ok(offices)
        } else {
            Err(GazetteerError::Invalid {
                errors,
                warnings: Vec::new(),
            })
        }
    }

    /// The office with this id.
    pub fn get(&self, office: &str) -> Option<&Office> {
        self.offices.iter().find(|o| o.office == office)
    }
}

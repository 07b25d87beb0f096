//! Wikidata Query Service results (`application/sparql-results+json`):
//! the first variable holding Wikidata entities is the item, other entity
//! variables are its classes, `…Label` literals its labels and `…AltLabel`
//! literals its aliases. Results are read whole (the service caps their
//! size).

use super::wikidata::{is_qid, Importer, Names};
use super::{ImportError, ImportRecord};
use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::io;

/// One value of a result binding.
#[derive(Deserialize)]
struct Binding {
    #[serde(rename = "type")]
    kind: String,
    value: String,
    #[serde(rename = "xml:lang", default)]
    lang: Option<String>,
}

#[derive(Deserialize)]
struct Results {
    head: Head,
    results: Bindings,
}

#[derive(Deserialize)]
struct Head {
    #[serde(default)]
    vars: Vec<String>,
}

#[derive(Deserialize)]
struct Bindings {
    bindings: Vec<BTreeMap<String, Binding>>,
}

/// The Q-id of a Wikidata entity URI.
fn entity_qid(b: &Binding) -> Option<&str> {
    if b.kind != "uri" {
        return None;
    }
    let q = b.value.rsplit('/').next()?;
    (b.value.contains("wikidata.org/entity/") && is_qid(q)).then_some(q)
}

/// One item gathered from several result rows.
#[derive(Default)]
struct Gathered {
    classes: Vec<String>,
    sitelinks: Option<usize>,
    by_lang: BTreeMap<String, (Option<String>, Vec<String>)>,
}

/// Query Service results: the first variable holding Wikidata entities is
/// the item; other entity variables are its classes; `…Label` literals its
/// labels, `…AltLabel` its aliases (", "-separated, as the label service
/// writes them), `sitelinks` its number of sitelinks. Rows of one item are
/// merged; items come out in order of first appearance.
pub(super) fn import(
    imp: &mut Importer<'_>,
    text: &[u8],
    emit: &mut dyn FnMut(ImportRecord) -> io::Result<()>,
) -> Result<(), ImportError> {
    let results: Results = serde_json::from_slice(text).map_err(|e| ImportError::Format {
        location: format!("{}:{}", imp.name, e.line()),
        message: format!("neither a Wikidata JSON dump nor Query Service JSON results ({e})"),
    })?;
    let rows = results.results.bindings;
    let item_var = results
        .head
        .vars
        .iter()
        .find(|v| {
            rows.iter()
                .any(|r| r.get(*v).and_then(entity_qid).is_some())
        })
        .cloned()
        .ok_or_else(|| ImportError::Format {
            location: imp.name.to_string(),
            message: "no variable of the results holds Wikidata items".into(),
        })?;
    let mut order: Vec<String> = Vec::new();
    let mut items: HashMap<String, Gathered> = HashMap::new();
    let langs = imp.opts.langs.clone();
    for row in &rows {
        let Some(qid) = row.get(&item_var).and_then(entity_qid) else {
            continue;
        };
        let item = items.entry(qid.to_string()).or_insert_with(|| {
            order.push(qid.to_string());
            Gathered::default()
        });
        for (var, b) in row {
            if *var == item_var {
                continue;
            }
            if let Some(class) = entity_qid(b) {
                if !item.classes.iter().any(|c| c == class) {
                    item.classes.push(class.to_string());
                }
                continue;
            }
            if b.kind != "literal" {
                continue;
            }
            let lang = b.lang.clone().unwrap_or_default();
            if var.eq_ignore_ascii_case("sitelinks") {
                item.sitelinks = b.value.trim().parse().ok();
            } else if var.ends_with("AltLabel") {
                if langs.wants(&lang) {
                    let slot = &mut item.by_lang.entry(lang).or_default().1;
                    for alias in b.value.split(", ") {
                        if !slot.iter().any(|a| a == alias) {
                            slot.push(alias.to_string());
                        }
                    }
                }
            } else if var.ends_with("Label") && langs.wants(&lang) && b.value != qid {
                let slot = &mut item.by_lang.entry(lang).or_default().0;
                slot.get_or_insert_with(|| b.value.clone());
            }
        }
    }
    for qid in order {
        let Some(item) = items.remove(&qid) else {
            continue;
        };
        imp.counts.read += 1;
        let names = Names {
            by_lang: item
                .by_lang
                .into_iter()
                .map(|(l, (a, b))| (l, a, b))
                .collect(),
        };
        if let Some(record) = imp.record(&qid, &item.classes, item.sitelinks, names) {
            emit(record).map_err(|e| ImportError::Io {
                path: imp.name.to_string(),
                message: e.to_string(),
            })?;
        }
    }
    Ok(())
}

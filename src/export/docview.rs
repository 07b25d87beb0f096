//! The document view (`gazegraph tag --html`): one self-contained page that
//! shows tagged documents with every mention highlighted in its type's
//! colour and the sentences of negated or planned relations marked.
//!
//! The page is `assets/viewer/docs.html` filled, like the graph view, with
//! its style (`docs.css`), its script (`docs.js`, which documents the data
//! schema) and the data, through [`super::page`]: the same one-pass marker
//! filler and the same `<script>`-safe JSON writer. The documents stream
//! into the page one at a time, so memory does not grow with the corpus.
//!
//! The data is plain: the cmd layer hands over each document's text with
//! its mentions and relations, offsets already in code points (as
//! `gazegraph tag` reports them).

use super::page::{fill, ScriptJson};
use serde::Serialize;
use std::io::{self, Write};

const TEMPLATE: &str = include_str!("../../assets/viewer/docs.html");
const CSS: &str = include_str!("../../assets/viewer/docs.css");
const APP: &str = include_str!("../../assets/viewer/docs.js");

/// One highlighted mention.
#[derive(Clone, Debug, Serialize)]
pub struct PageMention<'a> {
    /// Start, in code points of the document text.
    pub start: usize,
    /// End (exclusive), in code points.
    pub end: usize,
    /// Entity id.
    pub entity: &'a str,
    /// Canonical name.
    pub name: &'a str,
    /// Entity type (`person`, `place`, `organisation`).
    #[serde(rename = "type")]
    pub etype: &'a str,
    /// How it was matched (`exact`, `variant`, `partial`, `title`, ...).
    pub via: &'a str,
}

/// One relation instance and the sentence that states it.
#[derive(Clone, Debug, Serialize)]
pub struct PageRelation<'a> {
    /// Sentence start, in code points of the document text.
    pub sentence_start: usize,
    /// Sentence end (exclusive), in code points.
    pub sentence_end: usize,
    /// Relation kind.
    pub kind: &'a str,
    /// `asserted`, `negated` or `planned`.
    pub modality: &'a str,
    /// Canonical name of the source entity.
    pub source_name: &'a str,
    /// Canonical name of the target entity.
    pub target_name: &'a str,
    /// The trigger word or title.
    pub trigger: &'a str,
}

/// One document of the page.
#[derive(Clone, Debug, Serialize)]
pub struct PageDoc<'a> {
    /// Document id.
    pub id: &'a str,
    /// Title, if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<&'a str>,
    /// Publication date (YYYY-MM-DD), if known.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub date: Option<&'a str>,
    /// The original text.
    pub text: &'a str,
    /// Its mentions.
    pub mentions: Vec<PageMention<'a>>,
    /// Its relation instances.
    pub relations: Vec<PageRelation<'a>>,
}

#[derive(Serialize)]
struct Meta {
    title: String,
}

/// Something that hands documents to the page, one at a time.
pub type DocSink<'s> = dyn FnMut(&PageDoc<'_>) -> io::Result<()> + 's;

/// Writes the document view: `produce` is called once with a sink, and
/// passes each document to it in the order they should appear.
///
/// # Errors
/// Returns write and serialisation errors, and whatever `produce` returns.
pub fn write_docs_html<W: Write>(
    w: &mut W,
    produce: &mut dyn FnMut(&mut DocSink<'_>) -> io::Result<()>,
) -> io::Result<()> {
    fill(TEMPLATE, w, &mut |name, w| {
        match name {
            "CSS" => w.write_all(CSS.as_bytes())?,
            "APP" => w.write_all(APP.as_bytes())?,
            "DATA" => write_data(w, produce)?,
            _ => return Ok(false),
        }
        Ok(true)
    })
}

/// The data JSON, streamed through the `<script>`-safe escaping writer.
/// `meta` comes after `docs` (the title counts the documents).
fn write_data<W: Write>(
    w: &mut W,
    produce: &mut dyn FnMut(&mut DocSink<'_>) -> io::Result<()>,
) -> io::Result<()> {
    let mut out = io::BufWriter::with_capacity(1 << 16, ScriptJson::new(w));
    out.write_all(br#"{"format":"gazegraph-docs/1","docs":["#)?;
    let mut n = 0u64;
    produce(&mut |doc| {
        if n > 0 {
            out.write_all(b",")?;
        }
        serde_json::to_writer(&mut out, doc).map_err(io::Error::other)?;
        n += 1;
        Ok(())
    })?;
    let meta = Meta {
        title: match n {
            1 => "Mentions in 1 document".to_string(),
            n => format!("Mentions in {n} documents"),
        },
    };
    out.write_all(br#"],"meta":"#)?;
    serde_json::to_writer(&mut out, &meta).map_err(io::Error::other)?;
    out.write_all(b"}")?;
    out.into_inner().map_err(|e| e.into_error())?.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(docs: &[PageDoc<'_>]) -> String {
        let mut out = Vec::new();
        write_docs_html(&mut out, &mut |sink| docs.iter().try_for_each(&mut *sink)).unwrap();
        String::from_utf8(out).unwrap()
    }

    fn data(page: &str) -> serde_json::Value {
        let open = r#"<script type="application/json" id="gazegraph-data">"#;
        let at = page.find(open).unwrap() + open.len();
        let end = at + page[at..].find("</script>").unwrap();
        serde_json::from_str(&page[at..end]).unwrap()
    }

    #[test]
    fn documents_stream_into_the_data_in_order() {
        let m = PageMention {
            start: 0,
            end: 5,
            entity: "putin",
            name: "Vladimir Putin",
            etype: "person",
            via: "partial",
        };
        let docs = [
            PageDoc {
                id: "b",
                title: Some("T"),
                date: Some("2024-06-19"),
                text: "Putin tiba.",
                mentions: vec![m],
                relations: vec![],
            },
            PageDoc {
                id: "a",
                title: None,
                date: None,
                text: "",
                mentions: vec![],
                relations: vec![],
            },
        ];
        let v = data(&page(&docs));
        assert_eq!(v["format"], "gazegraph-docs/1");
        assert_eq!(v["meta"]["title"], "Mentions in 2 documents");
        assert_eq!(v["docs"][0]["id"], "b");
        assert_eq!(v["docs"][0]["mentions"][0]["type"], "person");
        assert_eq!(v["docs"][1]["id"], "a");
        assert!(v["docs"][1].get("title").is_none());
        assert_eq!(data(&page(&[]))["docs"], serde_json::json!([]));
    }

    #[test]
    fn hostile_text_cannot_end_the_data_element() {
        let text = "</script><script>window.pwned=1</script><!-- \u{2028}&amp;";
        let docs = [PageDoc {
            id: text,
            title: Some(text),
            date: None,
            text,
            mentions: vec![],
            relations: vec![],
        }];
        let html = page(&docs);
        assert_eq!(html.matches("</script>").count(), 2, "only the page's own");
        assert!(!html.contains('\u{2028}'));
        assert_eq!(data(&html)["docs"][0]["text"], text);
    }

    #[test]
    fn assets_are_safe_to_inline() {
        for (name, text) in [("docs.css", CSS), ("docs.js", APP)] {
            let lower = text.to_lowercase();
            assert!(!lower.contains("</script"), "{name}");
            assert!(!lower.contains("<!--"), "{name}");
            assert!(!text.contains("@@GAZEGRAPH_"), "{name}");
        }
    }
}

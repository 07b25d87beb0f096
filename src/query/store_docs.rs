//! The `documents` rows of graph.db and the numbers other tables use to
//! refer to them.
//!
//! `entity_documents` and `sentences` name a document by its number
//! (`documents.ix`), not by its id: ids are file paths or `file:line`
//! strings of 40-80 bytes, repeated on about 300,000 rows at 64 MB of
//! news, which made a third of the file in schema 4 (56.5 MB, now 38.1;
//! the time to write it did not measurably change, docs/scale.md). The listed documents (those graph.json lists, in id order)
//! come first; a document the graph names without listing it (a merged
//! graph's, see [`crate::graph::GraphData`]) gets the next number when
//! it is first named, in the fixed order the rows are written, and a row
//! with `listed = 0` and no metadata.

use super::digest::digest_doc;
use super::store::Fail;
use super::store_batch::{int, shared, text, text_or_null, Cell, Inserter};
use super::QueryError;
use crate::graph::DocList;
use rusqlite::Transaction;
use std::path::PathBuf;
use std::sync::Arc;
use xxhash_rust::xxh3::Xxh3;

/// Document ids to their `documents.ix`.
pub(super) struct DocNumbers {
    /// By the 128-bit XXH3 of the id: a key compared in place, where a
    /// string key costs a cache miss on every lookup (about 600,000 at 64
    /// MB). Two ids of one graph sharing a 128-bit hash is not a risk
    /// worth a string compare.
    ix: foldhash::HashMap<u128, i64>,
    /// Listed documents (numbered `0..listed`).
    listed: i64,
    /// Documents named but not listed, in number order after the listed.
    unlisted: Vec<Arc<str>>,
}

impl DocNumbers {
    /// Writes the rows of the listed documents, in id order, feeding each
    /// to `digest` (the `documents_checksum`), and numbers them.
    ///
    /// # Errors
    /// SQLite's (a duplicate id included), or the document list's.
    pub(super) fn write_listed(
        tx: &Transaction<'_>,
        docs: &dyn DocList,
        digest: &mut Xxh3,
    ) -> Result<DocNumbers, Fail> {
        let mut ix = foldhash::HashMap::default();
        ix.reserve(docs.len());
        let mut next = 0i64;
        let mut ins = Inserter::new(tx, "documents", 6);
        let mut failed = None;
        let r = docs.try_for_each(&mut |d| {
            digest_doc(digest, d);
            let row = [
                int(next),
                text(&d.id),
                text_or_null(d.title.as_deref()),
                text_or_null(d.date.as_deref()),
                text_or_null(d.url.as_deref()),
                int(1),
            ];
            ix.insert(key(&d.id), next);
            next += 1;
            if let Err(e) = ins.row(row) {
                failed = Some(e);
                return Err(std::io::Error::other("insert failed"));
            }
            Ok(())
        });
        if let Some(e) = failed {
            return Err(e.into());
        }
        r.map_err(|source| QueryError::Io {
            path: PathBuf::from("documents"),
            source,
        })?;
        ins.finish()?;
        Ok(DocNumbers {
            ix,
            listed: next,
            unlisted: Vec::new(),
        })
    }

    /// The number of document `id`, numbering it when it is not listed.
    pub(super) fn get(&mut self, id: &Arc<str>) -> i64 {
        self.get_keyed(key(id), id)
    }

    /// [`DocNumbers::get`] when the caller has the id's [`key`].
    pub(super) fn get_keyed(&mut self, k: u128, id: &Arc<str>) -> i64 {
        if let Some(&n) = self.ix.get(&k) {
            return n;
        }
        let n = self.listed + self.unlisted.len() as i64;
        self.ix.insert(k, n);
        self.unlisted.push(Arc::clone(id));
        n
    }

    /// Writes a row for each document named but not listed.
    ///
    /// # Errors
    /// SQLite's.
    pub(super) fn write_unlisted(self, tx: &Transaction<'_>) -> rusqlite::Result<()> {
        let mut ins = Inserter::new(tx, "documents", 6);
        for (k, id) in self.unlisted.iter().enumerate() {
            let n = self.listed + k as i64;
            ins.row([
                int(n),
                shared(id),
                Cell::Null,
                Cell::Null,
                Cell::Null,
                int(0),
            ])?;
        }
        ins.finish()
    }
}

/// The map key of a document id.
pub(super) fn key(id: &str) -> u128 {
    xxhash_rust::xxh3::xxh3_128(id.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::graph::DocInfo;
    use rusqlite::Connection;

    fn doc(id: &str) -> DocInfo {
        DocInfo {
            id: id.to_string(),
            title: Some(format!("title of {id}")),
            date: None,
            url: None,
        }
    }

    #[test]
    fn listed_documents_come_first_and_unlisted_ones_are_numbered_on_first_use() {
        let mut c = Connection::open_in_memory().unwrap();
        c.execute_batch(
            "CREATE TABLE documents(ix INTEGER PRIMARY KEY, id TEXT NOT NULL, title TEXT,
             date TEXT, url TEXT, listed INTEGER NOT NULL)",
        )
        .unwrap();
        let tx = c.transaction().unwrap();
        let listed = vec![doc("a.txt"), doc("b.txt")];
        let mut h = Xxh3::new();
        let Ok(mut n) = DocNumbers::write_listed(&tx, &listed, &mut h) else {
            panic!("write_listed failed");
        };
        let z: Arc<str> = Arc::from("z.txt");
        let b: Arc<str> = Arc::from("b.txt");
        let y: Arc<str> = Arc::from("y.txt");
        assert_eq!([n.get(&z), n.get(&b), n.get(&y), n.get(&z)], [2, 1, 3, 2]);
        n.write_unlisted(&tx).unwrap();
        tx.commit().unwrap();
        let rows: Vec<(i64, String, Option<String>, i64)> = c
            .prepare("SELECT ix, id, title, listed FROM documents ORDER BY ix")
            .unwrap()
            .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
            .unwrap()
            .map(Result::unwrap)
            .collect();
        let t = |s: &str| Some(format!("title of {s}"));
        assert_eq!(
            rows,
            vec![
                (0, "a.txt".into(), t("a.txt"), 1),
                (1, "b.txt".into(), t("b.txt"), 1),
                (2, "z.txt".into(), None, 0),
                (3, "y.txt".into(), None, 0),
            ]
        );
    }
}

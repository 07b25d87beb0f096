//! Bulk inserts into graph.db: rows go to SQLite [`BATCH`] at a time
//! through one multi-row `INSERT`, bound by position.
//!
//! A statement per row costs SQLite a full VDBE run and rusqlite a
//! parameter check for each; on the 64 MB benchmark corpus graph.db has
//! about 700,000 rows, and one statement per row was most of the store's
//! write time. Rows are kept as owned values until their batch runs, since
//! the evidence lists they come from may be read (and dropped) one edge at
//! a time; a text the graph already holds in an `Arc` is kept by a
//! reference count, not copied.

use rusqlite::types::{ToSqlOutput, ValueRef};
use rusqlite::{Statement, ToSql, Transaction};
use std::sync::Arc;

/// Rows per multi-row statement (8 columns × 64 rows stays far under
/// SQLite's limit of 32,766 parameters).
pub(crate) const BATCH: usize = 64;

/// An `INSERT INTO table VALUES (...), (...), ...` fed one row at a time.
pub(crate) struct Inserter<'t> {
    tx: &'t Transaction<'t>,
    table: &'static str,
    columns: usize,
    /// The statement for a full batch, prepared on first use.
    full: Option<Statement<'t>>,
    pending: Vec<Cell>,
}

/// One value of a pending row.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Cell {
    /// SQL NULL.
    Null,
    /// An integer.
    Int(i64),
    /// A text made for the row.
    Text(String),
    /// A text shared with the graph (evidence sentences, document ids).
    Shared(Arc<str>),
    /// A constant text (kinds, labels).
    Static(&'static str),
}

impl ToSql for Cell {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::Borrowed(match self {
            Cell::Null => ValueRef::Null,
            Cell::Int(n) => ValueRef::Integer(*n),
            Cell::Text(s) => ValueRef::Text(s.as_bytes()),
            Cell::Shared(s) => ValueRef::Text(s.as_bytes()),
            Cell::Static(s) => ValueRef::Text(s.as_bytes()),
        }))
    }
}

impl<'t> Inserter<'t> {
    /// An inserter of rows of `columns` values into `table`.
    pub(crate) fn new(tx: &'t Transaction<'t>, table: &'static str, columns: usize) -> Self {
        Inserter {
            tx,
            table,
            columns,
            full: None,
            pending: Vec::with_capacity(columns * BATCH),
        }
    }

    /// Adds one row (exactly `columns` values, in column order).
    ///
    /// # Errors
    /// SQLite's, when a full batch is written.
    pub(crate) fn row<const N: usize>(&mut self, values: [Cell; N]) -> rusqlite::Result<()> {
        debug_assert_eq!(N, self.columns, "{}: wrong column count", self.table);
        self.pending.extend(values);
        if self.pending.len() >= self.columns * BATCH {
            if self.full.is_none() {
                self.full = Some(
                    self.tx
                        .prepare(&insert_sql(self.table, self.columns, BATCH))?,
                );
            }
            if let Some(st) = self.full.as_mut() {
                run(st, &self.pending)?;
            }
            self.pending.clear();
        }
        Ok(())
    }

    /// Writes the rows of the last, partial batch.
    ///
    /// # Errors
    /// SQLite's.
    pub(crate) fn finish(self) -> rusqlite::Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let rows = self.pending.len() / self.columns;
        let mut st = self
            .tx
            .prepare(&insert_sql(self.table, self.columns, rows))?;
        run(&mut st, &self.pending)
    }
}

/// Binds `values` in order and runs `st` once.
fn run(st: &mut Statement<'_>, values: &[Cell]) -> rusqlite::Result<()> {
    for (k, v) in values.iter().enumerate() {
        st.raw_bind_parameter(k + 1, v)?;
    }
    st.raw_execute().map(drop)
}

/// `INSERT INTO table VALUES (?,…),…` with `rows` groups of `columns`.
fn insert_sql(table: &str, columns: usize, rows: usize) -> String {
    let group = format!("({})", vec!["?"; columns].join(","));
    format!("INSERT INTO {table} VALUES {}", vec![group; rows].join(","))
}

/// An optional text value.
pub(crate) fn text_or_null(s: Option<&str>) -> Cell {
    s.map_or(Cell::Null, |s| Cell::Text(s.to_owned()))
}

/// A text value.
pub(crate) fn text(s: &str) -> Cell {
    Cell::Text(s.to_owned())
}

/// A text the graph holds in an `Arc`: shared, not copied.
pub(crate) fn shared(s: &Arc<str>) -> Cell {
    Cell::Shared(Arc::clone(s))
}

/// An optional shared text.
pub(crate) fn shared_or_null(s: Option<&Arc<str>>) -> Cell {
    s.map_or(Cell::Null, shared)
}

/// Appends `[a,b,…]`, a JSON array of integers, to `out` (the packed
/// lists of graph.db, read back through `json_each`).
pub(crate) fn json_ints(out: &mut String, values: impl Iterator<Item = i64>) {
    use std::fmt::Write;
    out.push('[');
    for (k, v) in values.enumerate() {
        if k > 0 {
            out.push(',');
        }
        // Writing to a String cannot fail.
        let _ = write!(out, "{v}");
    }
    out.push(']');
}

/// An integer value.
pub(crate) fn int(n: impl TryInto<i64>) -> Cell {
    // Counts and offsets fit i64 (files are smaller than 2^63 bytes).
    Cell::Int(n.try_into().unwrap_or(i64::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;
    use rusqlite::Connection;

    #[test]
    fn json_ints_writes_a_json_array() {
        for (values, want) in [
            (vec![], "[]"),
            (vec![7], "[7]"),
            (vec![0, -3, i64::MAX], "[0,-3,9223372036854775807]"),
        ] {
            let mut out = String::from("x");
            json_ints(&mut out, values.into_iter());
            assert_eq!(out, format!("x{want}"));
        }
    }

    #[test]
    fn every_row_goes_in_once_in_order_for_any_count() {
        for n in [0, 1, BATCH - 1, BATCH, BATCH + 1, 3 * BATCH + 5] {
            let mut c = Connection::open_in_memory().unwrap();
            c.execute_batch("CREATE TABLE t(a INTEGER, b TEXT, c TEXT)")
                .unwrap();
            let tx = c.transaction().unwrap();
            {
                let mut ins = Inserter::new(&tx, "t", 3);
                for i in 0..n {
                    let c = (i % 3 == 0).then(|| format!("c{i}"));
                    ins.row([int(i), text(&format!("b{i}")), text_or_null(c.as_deref())])
                        .unwrap();
                }
                ins.finish().unwrap();
            }
            tx.commit().unwrap();
            let rows: Vec<(i64, String, Option<String>)> = c
                .prepare("SELECT a, b, c FROM t ORDER BY rowid")
                .unwrap()
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .unwrap()
                .map(Result::unwrap)
                .collect();
            assert_eq!(rows.len(), n, "n = {n}");
            for (i, (a, b, c)) in rows.into_iter().enumerate() {
                assert_eq!(a, i as i64);
                assert_eq!(b, format!("b{i}"));
                assert_eq!(c, (i % 3 == 0).then(|| format!("c{i}")));
            }
        }
    }
}

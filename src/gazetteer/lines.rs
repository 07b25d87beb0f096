//! The lines of the gazetteer's line-based data files (lists, variant
//! rules, chunk words, offices): numbered, a byte order mark dropped, blank
//! lines and `#` comments told apart, and the tab-separated fields of TSV
//! rows with their trailing `# note`.

use super::load::{next_line, RawBuf};
use super::GazetteerError;
use std::io::BufRead;

/// A data file read line by line ([`next_line`]: LF, CRLF and lone CR end
/// a line; invalid UTF-8 is decoded lossily and said so).
pub(super) struct Lines<R> {
    name: String,
    reader: R,
    raw: RawBuf,
    buf: String,
    lossy: bool,
    line_no: u32,
}

impl<R: BufRead> Lines<R> {
    /// Reads `reader`; `name` names it in read errors.
    pub(super) fn new(name: &str, reader: R) -> Lines<R> {
        Lines {
            name: name.to_string(),
            reader,
            raw: RawBuf::default(),
            buf: String::new(),
            lossy: false,
            line_no: 0,
        }
    }

    /// The next line: its 1-based number, its text without a leading byte
    /// order mark, and whether invalid UTF-8 was replaced in it; `None` at
    /// the end.
    ///
    /// # Errors
    /// A read failure, naming the file.
    pub(super) fn next_line(&mut self) -> Result<Option<(u32, &str, bool)>, GazetteerError> {
        let more = next_line(
            &mut self.reader,
            &mut self.raw,
            &mut self.buf,
            &mut self.lossy,
        )
        .map_err(|e| GazetteerError::Io {
            path: self.name.clone(),
            message: format!("cannot read: {e}"),
        })?;
        if !more {
            return Ok(None);
        }
        self.line_no = self.line_no.saturating_add(1);
        let line = self.buf.trim_start_matches('\u{feff}');
        Ok(Some((self.line_no, line, self.lossy)))
    }
}

/// Whether a line holds data: not blank and not a `#` comment.
pub(super) fn is_data(line: &str) -> bool {
    let t = line.trim_start();
    !t.is_empty() && !t.starts_with('#')
}

/// The trimmed tab-separated fields of a TSV row, and whether every field
/// after the first three is empty or a `# note` (the row's shape is right).
pub(super) fn tsv_fields(line: &str) -> (Vec<&str>, bool) {
    let fields: Vec<&str> = line.split('\t').map(str::trim).collect();
    let note_ok = fields
        .iter()
        .skip(3)
        .all(|f| f.is_empty() || f.starts_with('#'));
    (fields, note_ok)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_numbered_with_bom_dropped_and_comments_told_apart() {
        let text: &[u8] = b"\xef\xbb\xbf# comment\r\n\nKim\tKim Jong Un\t# note\rx\t\xff\n";
        let mut lines = Lines::new("t.tsv", text);
        let mut seen = Vec::new();
        while let Some((n, line, _)) = lines.next_line().expect("in memory") {
            seen.push((n, line.to_string(), is_data(line)));
        }
        assert_eq!(
            seen,
            [
                (1, "# comment".to_string(), false),
                (2, String::new(), false),
                (3, "Kim\tKim Jong Un\t# note".to_string(), true),
                (4, "x\t\u{fffd}".to_string(), true),
            ]
        );
        assert_eq!(
            tsv_fields("a\t b \tc\t# n"),
            (vec!["a", "b", "c", "# n"], true)
        );
        assert!(!tsv_fields("a\tb\tc\td").1);
    }
}

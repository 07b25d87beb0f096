//! Terminal output: aligned tables truncated to the terminal width, with
//! ANSI colour only when stdout is a terminal and `NO_COLOR` is unset.

use crate::base::types::EntityType;
use std::io::{self, IsTerminal, Write};

/// Width used when `COLUMNS` is unset or invalid.
pub const DEFAULT_WIDTH: usize = 100;
/// Narrowest a flexible column is squeezed to.
const MIN_FLEX: usize = 30;
/// Narrowest the kept column is squeezed to before the flexible one.
const KEEP_FLOOR: usize = 24;

/// How to render: colour or not, and the line width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Style {
    /// Emit ANSI colour and bold.
    pub color: bool,
    /// Maximum line width in characters.
    pub width: usize,
}

impl Style {
    /// Colour when stdout is a terminal and `NO_COLOR` is not set (to any
    /// value); width from `COLUMNS`, else [`DEFAULT_WIDTH`].
    pub fn detect() -> Style {
        let color = io::stdout().is_terminal() && std::env::var_os("NO_COLOR").is_none();
        let width = std::env::var("COLUMNS")
            .ok()
            .and_then(|c| c.trim().parse().ok())
            .filter(|&w: &usize| w >= 20)
            .unwrap_or(DEFAULT_WIDTH);
        Style { color, width }
    }

    /// Plain style of a given width (no colour).
    pub fn plain(width: usize) -> Style {
        Style {
            color: false,
            width,
        }
    }

    fn paint(&self, code: &str, s: &str) -> String {
        if self.color && !s.is_empty() {
            format!("\x1b[{code}m{s}\x1b[0m")
        } else {
            s.to_string()
        }
    }

    /// Bold text.
    pub fn bold(&self, s: &str) -> String {
        self.paint("1", s)
    }

    /// Dim text.
    pub fn dim(&self, s: &str) -> String {
        self.paint("2", s)
    }

    /// Text coloured by entity type.
    pub fn typed(&self, t: EntityType, s: &str) -> String {
        self.paint(type_code(t), s)
    }
}

/// ANSI colour of an entity type.
fn type_code(t: EntityType) -> &'static str {
    match t {
        EntityType::Person => "36",
        EntityType::Place => "32",
        EntityType::Organisation => "33",
    }
}

/// A short type name for table cells.
pub fn short_type(t: EntityType) -> &'static str {
    match t {
        EntityType::Organisation => "org",
        other => other.as_str(),
    }
}

/// A short kind name for table cells ("co" for co-occurrence).
pub fn short_kind(kind: &str) -> &str {
    if kind == crate::graph::COOCCURRENCE {
        "co"
    } else {
        kind
    }
}

/// How a cell is coloured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Paint {
    /// Not at all.
    None,
    /// Bold.
    Bold,
    /// Dim.
    Dim,
    /// By entity type.
    Type(EntityType),
}

/// Cuts `s` to at most `max` characters, ending in "…" when cut.
pub fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        return s.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out: String = s.chars().take(max - 1).collect();
    out.push('…');
    out
}

/// A table with a header row; one column may be flexible (squeezed first
/// when the table is wider than the line).
#[derive(Clone, Debug)]
pub struct Table {
    headers: Vec<String>,
    right: Vec<bool>,
    rows: Vec<Vec<(String, Paint)>>,
    flex: Option<usize>,
    keep: Option<usize>,
}

impl Table {
    /// A table with these column headers; a header starting with '>' is
    /// right-aligned (the '>' is not printed).
    pub fn new(headers: &[&str]) -> Table {
        Table {
            headers: headers
                .iter()
                .map(|h| h.trim_start_matches('>').to_string())
                .collect(),
            right: headers.iter().map(|h| h.starts_with('>')).collect(),
            rows: Vec::new(),
            flex: None,
            keep: None,
        }
    }

    /// Makes column `i` the flexible one.
    pub fn flex(mut self, i: usize) -> Table {
        self.flex = Some(i);
        self
    }

    /// Makes column `i` the one squeezed last (names stay readable).
    pub fn keep(mut self, i: usize) -> Table {
        self.keep = Some(i);
        self
    }

    /// Appends a row (missing cells are empty; newlines become spaces).
    pub fn row(&mut self, cells: Vec<(String, Paint)>) {
        let cells = cells
            .into_iter()
            .map(|(s, p)| (s.split_whitespace().collect::<Vec<_>>().join(" "), p))
            .collect();
        self.rows.push(cells);
    }

    /// Writes the table, each line at most `style.width` characters.
    ///
    /// # Errors
    /// Fails when writing fails.
    pub fn write(&self, out: &mut impl Write, style: &Style) -> io::Result<()> {
        let n = self.headers.len();
        let mut widths: Vec<usize> = self.headers.iter().map(|h| h.chars().count()).collect();
        for r in &self.rows {
            for (i, (s, _)) in r.iter().enumerate().take(n) {
                widths[i] = widths[i].max(s.chars().count());
            }
        }
        let total = |w: &[usize]| w.iter().sum::<usize>() + 2 * w.len().saturating_sub(1);
        if total(&widths) > style.width {
            // Squeeze the flexible column first, then the widest ones.
            if let Some(f) = self.flex.filter(|&f| f < n) {
                let excess = total(&widths) - style.width;
                widths[f] = widths[f]
                    .saturating_sub(excess)
                    .max(MIN_FLEX.min(widths[f]));
            }
            // Then the widest other column, down to a floor; the flexible
            // column only when nothing else can give.
            while total(&widths) > style.width {
                let widest = widths
                    .iter()
                    .enumerate()
                    .filter(|(i, w)| {
                        let floor = if Some(*i) == self.keep { KEEP_FLOOR } else { 8 };
                        Some(*i) != self.flex && **w > floor
                    })
                    .max_by_key(|(_, w)| **w)
                    .map(|(i, _)| i);
                match widest.or(self.flex.filter(|&f| widths.get(f).is_some_and(|&w| w > 4))) {
                    Some(i) => widths[i] -= 1,
                    None => break,
                }
            }
        }
        let header: Vec<(String, Paint)> = self
            .headers
            .iter()
            .map(|h| (h.clone(), Paint::Bold))
            .collect();
        self.line(out, style, &widths, &header)?;
        for r in &self.rows {
            self.line(out, style, &widths, r)?;
        }
        Ok(())
    }

    fn line(
        &self,
        out: &mut impl Write,
        style: &Style,
        widths: &[usize],
        cells: &[(String, Paint)],
    ) -> io::Result<()> {
        let mut line = String::new();
        let last = widths.len().saturating_sub(1);
        for (i, &w) in widths.iter().enumerate() {
            let (text, paint) = cells
                .get(i)
                .map_or((String::new(), Paint::None), |(s, p)| (truncate(s, w), *p));
            let pad = " ".repeat(w.saturating_sub(text.chars().count()));
            let painted = match paint {
                Paint::None => text,
                Paint::Bold => style.bold(&text),
                Paint::Dim => style.dim(&text),
                Paint::Type(t) => style.typed(t, &text),
            };
            let right = self.right.get(i).copied().unwrap_or(false);
            if right {
                line.push_str(&pad);
                line.push_str(&painted);
            } else {
                line.push_str(&painted);
                if i < last {
                    line.push_str(&pad);
                }
            }
            if i < last {
                line.push_str("  ");
            }
        }
        writeln!(out, "{}", line.trim_end())
    }
}

/// Writes one pretty-printed JSON document and a newline.
///
/// # Errors
/// Fails when writing fails (the I/O error kind is kept, so a broken pipe
/// stays recognisable).
pub fn write_json<T: serde::Serialize>(out: &mut impl Write, value: &T) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(io::Error::from)?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn truncation() {
        for (s, max, want) in [
            ("hello", 10, "hello"),
            ("hello world", 5, "hell…"),
            ("Ĳssel", 3, "Ĳs…"),
            ("abc", 0, ""),
        ] {
            assert_eq!(truncate(s, max), want);
        }
    }

    #[test]
    fn tables_align_and_fit_the_width() {
        let mut t = Table::new(&["#", "name", ">weight", "evidence"]).flex(3);
        t.row(vec![
            ("1".into(), Paint::None),
            ("Vladimir Putin".into(), Paint::Type(EntityType::Person)),
            ("12".into(), Paint::None),
            ("a very long sentence ".repeat(10), Paint::Dim),
        ]);
        let mut out = Vec::new();
        t.write(&mut out, &Style::plain(60)).unwrap();
        let s = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines.len(), 2);
        assert!(lines.iter().all(|l| l.chars().count() <= 60), "{s}");
        assert!(
            lines[0].starts_with("#  name            weight  evidence"),
            "{s}"
        );
        assert!(lines[1].contains("Vladimir Putin      12  a very"), "{s}");
        assert!(!s.contains('\x1b'));
        let mut out = Vec::new();
        let color = Style {
            color: true,
            width: 60,
        };
        t.write(&mut out, &color).unwrap();
        assert!(String::from_utf8(out)
            .unwrap()
            .contains("\x1b[36mVladimir Putin"));
    }
}

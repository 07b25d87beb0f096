//! Terminal output: tables laid out by comfy-table for the line width
//! (the real terminal width on a terminal), with widths counted in
//! terminal columns (unicode-width: CJK and emoji are two columns), and
//! ANSI colour by `--color` (`auto`: when stdout is a terminal and
//! `NO_COLOR` is unset or empty).
//!
//! Piped output is stable: no colour, and the width is `COLUMNS` when set
//! (at least 20), else [`DEFAULT_WIDTH`], whatever terminal the pipe came
//! from.

use crate::base::types::EntityType;
use comfy_table::{
    Attribute, Cell, CellAlignment, Color, ColumnConstraint, ContentArrangement, Row, Width,
};
use std::io::{self, IsTerminal, Write};
use std::sync::atomic::{AtomicU8, Ordering};
use unicode_width::UnicodeWidthStr;

/// Width used off a terminal when `COLUMNS` is unset or invalid.
pub const DEFAULT_WIDTH: usize = 100;
/// Narrowest the kept column (names) is squeezed to, room permitting.
const KEEP_FLOOR: usize = 16;
/// Narrowest the flexible column is squeezed to, room permitting.
const MIN_FLEX: usize = 12;
/// Columns this narrow are never squeezed.
const SMALL: usize = 8;
/// Room left at least for each other squeezed column.
const SQUEEZED: usize = 4;

fn to_u16(n: usize) -> u16 {
    u16::try_from(n).unwrap_or(u16::MAX)
}

/// When to colour (`--color`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColorChoice {
    /// When stdout is a terminal and `NO_COLOR` is unset or empty.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

static COLOR: AtomicU8 = AtomicU8::new(0);

/// Sets the process-wide colour choice (from `--color`).
pub fn set_color(choice: ColorChoice) {
    let v = match choice {
        ColorChoice::Auto => 0,
        ColorChoice::Always => 1,
        ColorChoice::Never => 2,
    };
    COLOR.store(v, Ordering::Relaxed);
}

/// The process-wide colour choice.
pub fn color_choice() -> ColorChoice {
    match COLOR.load(Ordering::Relaxed) {
        1 => ColorChoice::Always,
        2 => ColorChoice::Never,
        _ => ColorChoice::Auto,
    }
}

/// Whether `auto` colours: on a terminal, unless `NO_COLOR` holds a
/// non-empty value (the no-color convention: an empty one does not count).
pub fn auto_color(terminal: bool, no_color: Option<&std::ffi::OsStr>) -> bool {
    terminal && no_color.is_none_or(|v| v.is_empty())
}

/// The width of `s` in terminal columns.
pub fn width(s: &str) -> usize {
    UnicodeWidthStr::width(s)
}

/// How to render: colour or not, and the line width.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Style {
    /// Emit ANSI colour and bold.
    pub color: bool,
    /// Maximum line width in terminal columns.
    pub width: usize,
}

impl Style {
    /// Colour by [`color_choice`]; on a terminal its real width, else
    /// `COLUMNS`, else [`DEFAULT_WIDTH`].
    pub fn detect() -> Style {
        let stdout = io::stdout();
        let terminal = stdout.is_terminal();
        let color = match color_choice() {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => auto_color(terminal, std::env::var_os("NO_COLOR").as_deref()),
        };
        let real = terminal
            .then(|| terminal_size::terminal_size_of(&stdout))
            .flatten()
            .map(|(w, _)| usize::from(w.0));
        let width = real
            .or_else(|| {
                std::env::var("COLUMNS")
                    .ok()
                    .and_then(|c| c.trim().parse().ok())
            })
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

/// Cuts `s` to at most `max` terminal columns, ending in "…" when cut.
pub fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    if max == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in s.chars() {
        let w = unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
        if used + w > max - 1 {
            break;
        }
        used += w;
        out.push(c);
    }
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

    /// Writes the table, each line at most `style.width` columns: comfy-table
    /// lays it out (columns that fit keep their width, the rest share what
    /// is left; the kept column keeps at least 16), and a cell too wide for
    /// its column is cut to one line ending in "…".
    ///
    /// # Errors
    /// Fails when writing fails.
    pub fn write(&self, out: &mut impl Write, style: &Style) -> io::Result<()> {
        let n = self.headers.len();
        let mut t = comfy_table::Table::new();
        t.load_preset(comfy_table::presets::NOTHING)
            .force_no_tty()
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(u16::try_from(style.width).unwrap_or(u16::MAX))
            .set_truncation_indicator("…");
        if style.color {
            t.enforce_styling();
        }
        let mut header = Row::from(
            self.headers
                .iter()
                .map(|h| paint(Cell::new(h), Paint::Bold)),
        );
        header.max_height(1);
        t.set_header(header);
        for r in &self.rows {
            let mut row = Row::from((0..n).map(|i| {
                r.get(i)
                    .map_or_else(|| Cell::new(""), |(s, p)| paint(Cell::new(s), *p))
            }));
            row.max_height(1);
            t.add_row(row);
        }
        let widths: Vec<usize> = (0..n)
            .map(|i| {
                self.rows
                    .iter()
                    .filter_map(|r| r.get(i).map(|(s, _)| width(s)))
                    .chain(std::iter::once(width(&self.headers[i])))
                    .max()
                    .unwrap_or(0)
            })
            .collect();
        // The flexible column (evidence, titles) gives way first: when every
        // other column fits at its content width, it gets the rest of the
        // line; otherwise it keeps MIN_FLEX columns and comfy-table shares
        // the rest among the wide columns (the kept one, names, keeps at
        // least KEEP_FLOOR).
        let flex = self.flex.filter(|&f| f < n);
        let padding = 2 * n.saturating_sub(1);
        let others: usize = (0..n).filter(|&i| Some(i) != flex).map(|i| widths[i]).sum();
        let fits = others + padding + flex.map_or(0, |f| widths[f].min(MIN_FLEX)) <= style.width;
        // When it does not fit: what the flexible and the kept column get,
        // leaving every other wide column at least SQUEEZED columns.
        let small = |i: usize| Some(i) != flex && Some(i) != self.keep && widths[i] <= SMALL;
        let small_total: usize = (0..n).filter(|&i| small(i)).map(|i| widths[i]).sum();
        let squeezed = (0..n)
            .filter(|&i| !small(i) && Some(i) != flex && Some(i) != self.keep)
            .count();
        let budget = style
            .width
            .saturating_sub(padding + small_total + squeezed * SQUEEZED);
        let keep_w = self.keep.map_or(0, |k| {
            widths
                .get(k)
                .map_or(0, |&w| w.min(KEEP_FLOOR).min(budget / 2).max(1))
        });
        let flex_w = flex.map_or(0, |f| {
            widths[f]
                .min(MIN_FLEX)
                .min(budget.saturating_sub(keep_w))
                .max(1)
        });
        for (i, col) in t.column_iter_mut().enumerate() {
            // Two spaces between columns, none at the edges.
            let left = u16::from(i > 0);
            let right = u16::from(i + 1 < n);
            col.set_padding((left, right));
            if self.right.get(i).copied().unwrap_or(false) {
                col.set_cell_alignment(CellAlignment::Right);
            }
            // comfy-table's absolute widths include the padding.
            let absolute =
                |w: usize| ColumnConstraint::Absolute(Width::Fixed(to_u16(w) + left + right));
            let constraint = if fits || small(i) {
                // Numbers, types and short codes are never squeezed.
                (Some(i) != flex).then_some(ColumnConstraint::ContentWidth)
            } else if Some(i) == flex {
                Some(absolute(flex_w))
            } else if Some(i) == self.keep {
                Some(absolute(keep_w))
            } else {
                None
            };
            if let Some(c) = constraint {
                col.set_constraint(c);
            }
        }
        for line in t.lines() {
            writeln!(out, "{}", line.trim_end())?;
        }
        Ok(())
    }
}

/// Applies a cell's paint.
fn paint(cell: Cell, p: Paint) -> Cell {
    match p {
        Paint::None => cell,
        Paint::Bold => cell.add_attribute(Attribute::Bold),
        Paint::Dim => cell.add_attribute(Attribute::Dim),
        Paint::Type(t) => cell.fg(type_color(t)),
    }
}

/// Terminal colour of an entity type (as [`type_code`]).
fn type_color(t: EntityType) -> Color {
    match t {
        EntityType::Person => Color::DarkCyan,
        EntityType::Place => Color::DarkGreen,
        EntityType::Organisation => Color::DarkYellow,
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
        assert_eq!(lines.len(), 2, "{s}");
        assert!(lines.iter().all(|l| width(l) <= 60), "{s}");
        assert!(
            lines[0].starts_with("#  name            weight  evidence"),
            "{s}"
        );
        assert!(lines[1].contains("Vladimir Putin      12  a very"), "{s}");
        assert!(lines[1].ends_with('…'), "{s}");
        assert!(!s.contains('\x1b'));
        let mut out = Vec::new();
        let color = Style {
            color: true,
            width: 60,
        };
        t.write(&mut out, &color).unwrap();
        let s = String::from_utf8(out).unwrap();
        assert!(s.contains("\x1b[") && s.contains("Vladimir Putin"), "{s:?}");
    }

    /// Regression (issue 15): widths counted `char`s, so rows holding CJK
    /// or emoji (two terminal columns each) were misaligned.
    #[test]
    fn wide_characters_align_by_terminal_columns() {
        let mut t = Table::new(&["name", ">weight", "evidence"]).flex(2);
        for name in ["東京都庁", "Tokyo", "🇯🇵 Japan"] {
            t.row(vec![
                (name.into(), Paint::None),
                ("3".into(), Paint::None),
                ("北京で会談した。 ".repeat(8), Paint::None),
            ]);
        }
        let mut out = Vec::new();
        t.write(&mut out, &Style::plain(40)).unwrap();
        let s = String::from_utf8(out).unwrap();
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines.len(), 4, "{s}");
        // The weight column ends at the same terminal column on every line.
        let end_of_weight = |l: &str| {
            let i = l.find(['3', 't']).unwrap();
            width(&l[..i])
        };
        let ends: Vec<usize> = lines.iter().map(|l| end_of_weight(l)).collect();
        assert!(ends.windows(2).all(|w| w[0] == w[1]), "{ends:?}\n{s}");
        assert!(lines.iter().all(|l| width(l) <= 40), "{s}");
    }

    #[test]
    fn truncation_counts_terminal_columns() {
        assert_eq!(truncate("東京都庁", 5), "東京…");
        assert_eq!(width(&truncate("東京都庁", 5)), 5);
    }

    /// Regression (issue 15): `NO_COLOR=` (empty) turned colour off; the
    /// no-color convention says only a non-empty value does.
    #[test]
    fn an_empty_no_color_does_not_disable_colour() {
        use std::ffi::OsStr;
        assert!(auto_color(true, None));
        assert!(auto_color(true, Some(OsStr::new(""))));
        assert!(!auto_color(true, Some(OsStr::new("1"))));
        assert!(!auto_color(false, None));
    }
}

//! Escaping adapters for the text exporters, in the spirit of petgraph's
//! `Escaper<W>`: each wraps a `&str` and escapes it as it is formatted, so
//! exporters write `write!(w, "<data>{}</data>", Xml(name))` and never
//! build escaped copies by hand.
//!
//! - [`Xml`]: XML 1.0 text *and* attribute values. `& < > " '` become
//!   entity references; tab, newline and carriage return become character
//!   references (`&#9;` `&#10;` `&#13;`) so attribute-value normalisation and
//!   line-end normalisation cannot change them. Characters XML 1.0 forbids
//!   even as references (U+0000–U+0008, U+000B, U+000C, U+000E–U+001F,
//!   U+FFFE, U+FFFF) are **replaced visibly by U+FFFD** (the replacement
//!   character): a reader sees that something was there instead of silently
//!   losing it. (Lone surrogates cannot occur in a Rust `str`.)
//! - [`Dot`]: the inside of a Graphviz quoted string. `\` → `\\` (so a literal
//!   `\N`, `\l`, `\G`, `\E`, `\T`, `\H` in a name stays literal), `"` → `\"`,
//!   any newline (`\r\n`, `\r`, `\n`) → the escape `\n`, tab → space, every
//!   other control character (C0, DEL, C1) removed.
//! - [`DotId`]: a DOT id. Every id is written quoted, which is the simplest
//!   robust rule: keywords in any case (`node`, `Graph`, `STRICT`, ...),
//!   leading digits (`3M`), spaces and non-ASCII all stay plain data.
//! - [`xml_id`]: NMTOKEN-safe element ids (`n0`, `e0`, `k0`); user strings
//!   never go into GraphML/GEXF ids.

use std::fmt;

/// True if `c` may appear in an XML 1.0 document (raw or as a reference).
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Formats a string escaped for XML 1.0 text or attribute values.
#[derive(Clone, Copy, Debug)]
pub struct Xml<'a>(pub &'a str);

impl fmt::Display for Xml<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.0;
        let mut start = 0;
        for (i, c) in s.char_indices() {
            let rep = match c {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&apos;",
                '\t' => "&#9;",
                '\n' => "&#10;",
                '\r' => "&#13;",
                c if !is_xml_char(c) => "\u{FFFD}",
                _ => continue,
            };
            f.write_str(&s[start..i])?;
            f.write_str(rep)?;
            start = i + c.len_utf8();
        }
        f.write_str(&s[start..])
    }
}

/// Formats a string as the inside of a Graphviz quoted string.
#[derive(Clone, Copy, Debug)]
pub struct Dot<'a>(pub &'a str);

impl fmt::Display for Dot<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.0;
        let mut start = 0;
        let mut prev_cr = false;
        for (i, c) in s.char_indices() {
            let rep = match c {
                '\\' => "\\\\",
                '"' => "\\\"",
                // \r\n is one newline: the \r already wrote it.
                '\n' if prev_cr => "",
                '\n' | '\r' => "\\n",
                '\t' => " ",
                c if c.is_control() => "",
                _ => {
                    prev_cr = false;
                    continue;
                }
            };
            prev_cr = c == '\r';
            f.write_str(&s[start..i])?;
            f.write_str(rep)?;
            start = i + c.len_utf8();
        }
        f.write_str(&s[start..])
    }
}

/// Formats a DOT id: always a quoted, escaped string.
#[derive(Clone, Copy, Debug)]
pub struct DotId<'a>(pub &'a str);

impl fmt::Display for DotId<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "\"{}\"", Dot(self.0))
    }
}

/// True if [`Dot`] would lose information on `s` (it holds control
/// characters), so `s` cannot serve as a unique DOT id.
pub fn dot_lossy(s: &str) -> bool {
    s.chars().any(|c| c.is_control())
}

/// An NMTOKEN-safe element id: `prefix` followed by `index` (`n0`, `e12`).
pub fn xml_id(prefix: char, index: usize) -> String {
    format!("{prefix}{index}")
}

/// Cuts `s` to at most `max` characters, adding `…` when it was longer.
pub fn truncate_chars(s: &str, max: usize) -> std::borrow::Cow<'_, str> {
    match s.char_indices().nth(max) {
        None => std::borrow::Cow::Borrowed(s),
        Some((cut, _)) => {
            let keep = s[..cut].char_indices().nth(max.saturating_sub(1));
            let end = keep.map_or(cut, |(i, _)| i);
            std::borrow::Cow::Owned(format!("{}…", &s[..end]))
        }
    }
}

/// True for a valid `xs:date` without time zone: `YYYY-MM-DD` naming a real
/// calendar day (Gephi and the GEXF schema reject 2024-02-30).
pub fn is_xsd_date(s: &str) -> bool {
    crate::dates::is_iso_date(s)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escapes_every_hostile_case() {
        let cases: &[(&str, &str)] = &[
            ("plain", "plain"),
            ("a & b", "a &amp; b"),
            ("<tag>", "&lt;tag&gt;"),
            ("x]]>y", "x]]&gt;y"),
            ("say \"hi\" 'you'", "say &quot;hi&quot; &apos;you&apos;"),
            ("back\\slash\\", "back\\slash\\"),
            ("a\tb\nc\rd", "a&#9;b&#10;c&#13;d"),
            (
                "nul\u{0}bell\u{7}vt\u{B}ff\u{C}esc\u{1B}",
                "nul\u{FFFD}bell\u{FFFD}vt\u{FFFD}ff\u{FFFD}esc\u{FFFD}",
            ),
            ("bom\u{FFFE}\u{FFFF}", "bom\u{FFFD}\u{FFFD}"),
            (
                "ok\u{FFFD}\u{1F600}\u{10FFFF}",
                "ok\u{FFFD}\u{1F600}\u{10FFFF}",
            ),
            ("עברית مرحبا", "עברית مرحبا"),
            ("\u{7F}\u{85}", "\u{7F}\u{85}"),
            ("", ""),
        ];
        for (input, want) in cases {
            assert_eq!(Xml(input).to_string(), *want, "input {input:?}");
        }
    }

    #[test]
    fn xml_char_classes() {
        for c in [
            '\u{0}', '\u{8}', '\u{B}', '\u{C}', '\u{E}', '\u{1F}', '\u{FFFE}', '\u{FFFF}',
        ] {
            assert!(!is_xml_char(c), "{c:?}");
        }
        for c in [
            '\t',
            '\n',
            '\r',
            ' ',
            '\u{D7FF}',
            '\u{E000}',
            '\u{FFFD}',
            '\u{10000}',
        ] {
            assert!(is_xml_char(c), "{c:?}");
        }
    }

    #[test]
    fn dot_escapes_every_hostile_case() {
        let cases: &[(&str, &str)] = &[
            ("plain", "plain"),
            ("say \"hi\"", "say \\\"hi\\\""),
            ("trailing\\", "trailing\\\\"),
            (
                "\\N \\l \\G \\E \\T \\H \\L \\r",
                "\\\\N \\\\l \\\\G \\\\E \\\\T \\\\H \\\\L \\\\r",
            ),
            ("a\nb", "a\\nb"),
            ("a\r\nb\rc", "a\\nb\\nc"),
            ("a\tb", "a b"),
            ("nul\u{0}bell\u{7}del\u{7F}c1\u{85}", "nulbelldelc1"),
            ("<b>&amp;</b> ]]>", "<b>&amp;</b> ]]>"),
            ("\u{1F600} עברית", "\u{1F600} עברית"),
            ("", ""),
        ];
        for (input, want) in cases {
            assert_eq!(Dot(input).to_string(), *want, "input {input:?}");
        }
    }

    #[test]
    fn dot_ids_are_always_quoted() {
        for (input, want) in [
            ("node", "\"node\""),
            ("GRAPH", "\"GRAPH\""),
            ("Strict", "\"Strict\""),
            ("subgraph", "\"subgraph\""),
            ("3M", "\"3M\""),
            ("a b", "\"a b\""),
            ("x\"y\\", "\"x\\\"y\\\\\""),
            ("", "\"\""),
        ] {
            assert_eq!(DotId(input).to_string(), want);
        }
        assert!(dot_lossy("a\u{1}b"));
        assert!(!dot_lossy("a \"b\" \\"));
    }

    #[test]
    fn ids_truncation_and_dates() {
        assert_eq!(xml_id('n', 0), "n0");
        assert_eq!(xml_id('e', 42), "e42");
        assert_eq!(truncate_chars("abcdef", 10), "abcdef");
        assert_eq!(truncate_chars("abcdef", 6), "abcdef");
        assert_eq!(truncate_chars("abcdef", 4), "abc…");
        assert_eq!(truncate_chars("ééééé", 3), "éé…");
        for ok in ["2024-06-19", "2024-02-29", "2000-02-29", "1999-12-31"] {
            assert!(is_xsd_date(ok), "{ok}");
        }
        for bad in [
            "2023-02-29",
            "1900-02-29",
            "2024-13-01",
            "2024-04-31",
            "2024-6-19",
            "2024-06-19T00",
            "",
            "0000-01-01",
            "２０２４-01-01",
        ] {
            assert!(!is_xsd_date(bad), "{bad}");
        }
    }
}

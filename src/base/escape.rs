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
//!   other control character (C0, DEL, C1) removed, and so are U+FFFE and
//!   U+FFFF: Graphviz copies labels into SVG, which is XML, so nothing XML
//!   forbids may pass (the XML escapers replace the same characters).
//! - [`DotId`]: a DOT id. Every id is written quoted, which is the simplest
//!   robust rule: keywords in any case (`node`, `Graph`, `STRICT`, ...),
//!   leading digits (`3M`), spaces and non-ASCII all stay plain data.
//! - [`xml_id`]: NMTOKEN-safe element ids (`n0`, `e0`, `k0`); user strings
//!   never go into GraphML/GEXF ids.

use std::fmt;
use std::io;

mod clean;

/// True if `c` may appear in an XML 1.0 document (raw or as a reference).
pub fn is_xml_char(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// Formats a string escaped for XML 1.0 text or attribute values.
#[derive(Clone, Copy, Debug)]
pub struct Xml<'a>(pub &'a str);

impl fmt::Display for Xml<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Pieces of a str cut at char boundaries are UTF-8.
        xml_pieces(self.0.as_bytes(), |p| {
            f.write_str(std::str::from_utf8(p).unwrap_or_default())
        })
    }
}

/// Bytes that [`Xml`] may have to replace: markup, C0 controls and 0xEF,
/// the lead byte of U+FFFE and U+FFFF. Every other byte is copied as is.
const XML_SPECIAL: [bool; 256] = {
    let mut t = [false; 256];
    let mut i = 0;
    while i < 0x20 {
        t[i] = true;
        i += 1;
    }
    t[b'&' as usize] = true;
    t[b'<' as usize] = true;
    t[b'>' as usize] = true;
    t[b'"' as usize] = true;
    t[b'\'' as usize] = true;
    t[0xEF] = true;
    t
};

/// Calls `put` with the pieces of the UTF-8 text `b` escaped by the rules
/// of [`Xml`]: runs of plain text borrowed from `b`, and replacements. A
/// byte scan, not a char scan: every byte that needs a look is ASCII or
/// 0xEF, so pieces are cut at char boundaries.
fn xml_pieces<E>(b: &[u8], mut put: impl FnMut(&[u8]) -> Result<(), E>) -> Result<(), E> {
    let (mut start, mut i) = (0, 0);
    while let Some(&c) = b.get(i) {
        if !XML_SPECIAL[c as usize] {
            i += 1;
            continue;
        }
        let (rep, len): (&[u8], usize) = match c {
            b'&' => (b"&amp;", 1),
            b'<' => (b"&lt;", 1),
            b'>' => (b"&gt;", 1),
            b'"' => (b"&quot;", 1),
            b'\'' => (b"&apos;", 1),
            b'\t' => (b"&#9;", 1),
            b'\n' => (b"&#10;", 1),
            b'\r' => (b"&#13;", 1),
            // U+FFFE and U+FFFF are EF BF BE and EF BF BF.
            0xEF => match (b.get(i + 1), b.get(i + 2)) {
                (Some(0xBF), Some(0xBE | 0xBF)) => ("\u{FFFD}".as_bytes(), 3),
                _ => {
                    i += 1;
                    continue;
                }
            },
            _ => ("\u{FFFD}".as_bytes(), 1),
        };
        put(b.get(start..i).unwrap_or_default())?;
        put(rep)?;
        i += len;
        start = i;
    }
    put(b.get(start..).unwrap_or_default())
}

/// Writes `s` escaped for XML 1.0 text or attribute values (the rules of
/// [`Xml`]) straight to `w`, without the `fmt` machinery.
///
/// # Errors
/// Returns write errors.
pub fn write_xml<W: io::Write + ?Sized>(w: &mut W, s: &str) -> io::Result<()> {
    xml_pieces(s.as_bytes(), |p| w.write_all(p))
}

/// [`write_xml`] for text already in a byte buffer (which must hold
/// UTF-8, such as serde_json output).
///
/// # Errors
/// Returns write errors.
pub fn write_xml_bytes<W: io::Write + ?Sized>(w: &mut W, b: &[u8]) -> io::Result<()> {
    xml_pieces(b, |p| w.write_all(p))
}

/// Formats a string as the inside of a Graphviz quoted string.
#[derive(Clone, Copy, Debug)]
pub struct Dot<'a>(pub &'a str);

impl fmt::Display for Dot<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        dot_pieces(self.0, |p| f.write_str(p))
    }
}

/// Calls `put` with the pieces of `s` escaped by the rules of [`Dot`]. A
/// byte scan: control characters are C0, DEL (ASCII) and C1 (C2 80 to
/// C2 9F in UTF-8).
fn dot_pieces<E>(s: &str, mut put: impl FnMut(&str) -> Result<(), E>) -> Result<(), E> {
    let b = s.as_bytes();
    let (mut start, mut i) = (0, 0);
    let mut prev_cr = false;
    while let Some(&c) = b.get(i) {
        let (rep, len) = match c {
            b'\\' => ("\\\\", 1),
            b'"' => ("\\\"", 1),
            // \r\n is one newline: the \r already wrote it.
            b'\n' if prev_cr => ("", 1),
            b'\n' | b'\r' => ("\\n", 1),
            b'\t' => (" ", 1),
            0..=0x1F | 0x7F => ("", 1),
            0xC2 if matches!(b.get(i + 1), Some(0x80..=0x9F)) => ("", 2),
            // U+FFFE and U+FFFF (EF BF BE, EF BF BF): Graphviz copies them
            // into SVG, where XML forbids them.
            0xEF if b.get(i + 1) == Some(&0xBF) && matches!(b.get(i + 2), Some(0xBE | 0xBF)) => {
                ("", 3)
            }
            _ => {
                prev_cr = false;
                i += 1;
                continue;
            }
        };
        prev_cr = c == b'\r';
        // Pieces end before an ASCII byte or a whole C1 character: char
        // boundaries.
        put(s.get(start..i).unwrap_or_default())?;
        put(rep)?;
        i += len;
        start = i;
    }
    put(s.get(start..).unwrap_or_default())
}

/// Writes `s` as the inside of a Graphviz quoted string (the rules of
/// [`Dot`]) straight to `w`.
///
/// # Errors
/// Returns write errors.
pub fn write_dot_str<W: io::Write + ?Sized>(w: &mut W, s: &str) -> io::Result<()> {
    dot_pieces(s, |p| w.write_all(p.as_bytes()))
}

/// Writes `s` as a quoted DOT id (the rules of [`DotId`]) straight to `w`.
///
/// # Errors
/// Returns write errors.
pub fn write_dot_id<W: io::Write + ?Sized>(w: &mut W, s: &str) -> io::Result<()> {
    w.write_all(b"\"")?;
    write_dot_str(w, s)?;
    w.write_all(b"\"")
}

/// Appends `s` as a JSON string, escaped exactly as serde_json escapes it
/// (`\"`, `\\`, `\b \f \n \r \t`, other C0 controls as `\u00xx`
/// with lowercase hex; nothing else), so hand-written JSON matches
/// serde-written JSON byte for byte.
pub fn json_str(out: &mut Vec<u8>, s: &str) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let b = s.as_bytes();
    out.reserve(b.len() + 2);
    out.push(b'"');
    // (most strings need no escape: found so sixteen bytes at a time, they
    // are copied whole; the others are escaped from their first chunk that
    // may need it)
    let mut i = clean::clean_prefix(b);
    if i == b.len() {
        out.extend_from_slice(b);
        out.push(b'"');
        return;
    }
    let mut start = 0;
    while i < b.len() {
        // Eight bytes at a time while none needs escaping: sentences of
        // graph.json seldom hold one, and a byte loop was most of the time
        // of writing them (docs/scale.md, "Throughput, ninth round").
        if let Some(chunk) = b.get(i..i + 8) {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            if !needs_escape(u64::from_le_bytes(word)) {
                i += 8;
                continue;
            }
        }
        let c = b[i];
        i += 1;
        let esc: &[u8] = match c {
            b'"' => b"\\\"",
            b'\\' => b"\\\\",
            0x08 => b"\\b",
            0x0C => b"\\f",
            b'\n' => b"\\n",
            b'\r' => b"\\r",
            b'\t' => b"\\t",
            0..=0x1F => {
                out.extend_from_slice(b.get(start..i - 1).unwrap_or_default());
                out.extend_from_slice(&[
                    b'\\',
                    b'u',
                    b'0',
                    b'0',
                    HEX[usize::from(c >> 4)],
                    HEX[usize::from(c & 0xF)],
                ]);
                start = i;
                continue;
            }
            _ => continue,
        };
        out.extend_from_slice(b.get(start..i - 1).unwrap_or_default());
        out.extend_from_slice(esc);
        start = i;
    }
    out.extend_from_slice(b.get(start..).unwrap_or_default());
    out.push(b'"');
}

/// Whether any of the eight bytes of `w` is a C0 control, `"` or `\\`
/// (the bytes [`json_str`] escapes). Exact: the classic zero-byte test
/// may flag a wrong lane, never a clean word; bytes from 0x80 up (UTF-8
/// continuations) never count.
fn needs_escape(w: u64) -> bool {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let zero = |v: u64| v.wrapping_sub(ONES) & !v & HIGH;
    let control = w.wrapping_sub(ONES * 0x20) & !w & HIGH;
    (control | zero(w ^ (ONES * u64::from(b'"'))) | zero(w ^ (ONES * u64::from(b'\\')))) != 0
}

/// Appends the decimal form of `n`.
pub fn push_u64(out: &mut Vec<u8>, n: u64) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
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
    s.chars()
        .any(|c| c.is_control() || matches!(c, '\u{FFFE}' | '\u{FFFF}'))
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
    crate::base::dates::is_iso_date(s)
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

    /// The char-by-char escapers these byte scanners replaced, as oracles.
    fn xml_by_chars(s: &str) -> String {
        let mut out = String::new();
        for c in s.chars() {
            match c {
                '&' => out.push_str("&amp;"),
                '<' => out.push_str("&lt;"),
                '>' => out.push_str("&gt;"),
                '"' => out.push_str("&quot;"),
                '\'' => out.push_str("&apos;"),
                '\t' => out.push_str("&#9;"),
                '\n' => out.push_str("&#10;"),
                '\r' => out.push_str("&#13;"),
                c if !is_xml_char(c) => out.push('\u{FFFD}'),
                c => out.push(c),
            }
        }
        out
    }

    fn dot_by_chars(s: &str) -> String {
        let mut out = String::new();
        let mut prev_cr = false;
        for c in s.chars() {
            match c {
                '\\' => out.push_str("\\\\"),
                '"' => out.push_str("\\\""),
                '\n' if prev_cr => {}
                '\n' | '\r' => out.push_str("\\n"),
                '\t' => out.push(' '),
                c if c.is_control() || matches!(c, '\u{FFFE}' | '\u{FFFF}') => {}
                c => {
                    out.push(c);
                    prev_cr = false;
                    continue;
                }
            }
            prev_cr = c == '\r';
        }
        out
    }

    /// Every char up to U+0800, the specials around U+FFFD..U+FFFF and
    /// some astral ones, alone and mixed with text.
    fn hostile_strings() -> Vec<String> {
        let mut chars: Vec<char> = (0u32..0x800).filter_map(char::from_u32).collect();
        chars.extend([
            '\u{D7FF}', '\u{E000}', '\u{FFFC}', '\u{FFFD}', '\u{FFFE}', '\u{FFFF}',
        ]);
        chars.extend([
            '\u{10000}',
            '\u{1F600}',
            '\u{10FFFF}',
            '\u{EFBF}',
            '\u{2028}',
        ]);
        let mut v: Vec<String> = chars.iter().map(|c| c.to_string()).collect();
        v.extend(chars.iter().map(|c| format!("a{c}b\r\n{c}\r{c}\u{FFFE}é")));
        v.push(chars.iter().collect());
        v.push("\r\n\r\r\n\n\t\r\u{85}\n".to_string());
        v
    }

    #[test]
    fn byte_scanners_match_the_char_oracles() {
        for s in hostile_strings() {
            assert_eq!(Xml(&s).to_string(), xml_by_chars(&s), "{s:?}");
            let mut w = Vec::new();
            write_xml(&mut w, &s).unwrap();
            assert_eq!(String::from_utf8(w).unwrap(), xml_by_chars(&s), "{s:?}");
            assert_eq!(Dot(&s).to_string(), dot_by_chars(&s), "{s:?}");
            let mut w = Vec::new();
            write_dot_str(&mut w, &s).unwrap();
            assert_eq!(String::from_utf8(w).unwrap(), dot_by_chars(&s), "{s:?}");
            let mut w = Vec::new();
            write_dot_id(&mut w, &s).unwrap();
            assert_eq!(String::from_utf8(w).unwrap(), DotId(&s).to_string());
        }
    }

    #[test]
    fn json_str_matches_serde_json() {
        for s in hostile_strings() {
            let mut out = b"x".to_vec();
            json_str(&mut out, &s);
            let want = format!("x{}", serde_json::to_string(&s).unwrap());
            assert_eq!(String::from_utf8(out).unwrap(), want, "{s:?}");
        }
        let mut out = Vec::new();
        for n in [0, 7, 10, 99, 12345, u64::MAX] {
            push_u64(&mut out, n);
            out.push(b',');
        }
        assert_eq!(out, b"0,7,10,99,12345,18446744073709551615,");
    }

    #[test]
    fn json_str_finds_every_escape_at_every_offset_of_a_word() {
        // Every ASCII byte, and a two-byte char, at each offset of runs
        // that span two words and a tail, among clean and high bytes.
        let fills = ["a", "é", "~", " "];
        for fill in fills {
            for len in [7, 8, 9, 16, 17, 23] {
                for at in 0..len {
                    for c in (0u8..0x80).map(char::from).chain(['é', '\u{7F}', '\u{80}']) {
                        let mut s: Vec<String> = (0..len).map(|_| fill.to_string()).collect();
                        s[at] = c.to_string();
                        let s: String = s.concat();
                        let mut out = Vec::new();
                        json_str(&mut out, &s);
                        let want = serde_json::to_string(&s).unwrap();
                        assert_eq!(String::from_utf8(out).unwrap(), want, "{s:?}");
                    }
                }
            }
        }
        for w in 0u64..=0xFFFF {
            let w = (w * 0x0001_0001_0001_0001) ^ 0x6161_6161_0000_0000;
            let slow = w
                .to_le_bytes()
                .iter()
                .any(|&b| b < 0x20 || b == b'"' || b == b'\\');
            assert_eq!(needs_escape(w), slow, "{w:#x}");
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
            ("bom\u{FFFE}\u{FFFF}\u{FFFD}\u{FFFC}", "bom\u{FFFD}\u{FFFC}"),
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

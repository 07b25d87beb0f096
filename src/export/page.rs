//! What every self-contained page shares: the template filler and the
//! writer that makes JSON safe to sit inside a `<script>` element. Used by
//! the graph view ([`super::html`]) and the document view
//! ([`super::docview`]).

use std::io::{self, Write};

/// Writes `value` as JSON escaped for a `<script>` element (see
/// [`escape_script_json`]), streaming: the JSON is never held whole.
///
/// # Errors
/// Returns write and serialisation errors.
pub fn write_script_json<W: Write + ?Sized, T: serde::Serialize + ?Sized>(
    w: &mut W,
    value: &T,
) -> io::Result<()> {
    let mut out = io::BufWriter::with_capacity(1 << 16, ScriptJson::new(w));
    serde_json::to_writer(&mut out, value).map_err(io::Error::other)?;
    out.into_inner().map_err(|e| e.into_error())?.finish()
}

/// A writer that applies [`escape_script_json`] to the (UTF-8) bytes
/// passing through, whatever the chunking: U+2028 and U+2029 may arrive
/// split across writes.
pub struct ScriptJson<'a, W: Write + ?Sized> {
    inner: &'a mut W,
    /// How many bytes of a possible E2 80 A8/A9 sequence are held back.
    held: u8,
    out: Vec<u8>,
}

impl<'a, W: Write + ?Sized> ScriptJson<'a, W> {
    /// A writer escaping into `inner`; call [`ScriptJson::finish`] at the end.
    pub fn new(inner: &'a mut W) -> Self {
        ScriptJson {
            inner,
            held: 0,
            out: Vec::new(),
        }
    }

    /// Writes any held-back bytes (they were not a line separator).
    pub fn finish(mut self) -> io::Result<()> {
        let held: &[u8] = match self.held {
            1 => &[0xE2],
            2 => &[0xE2, 0x80],
            _ => &[],
        };
        self.held = 0;
        self.inner.write_all(held)
    }
}

impl<W: Write + ?Sized> Write for ScriptJson<'_, W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.clear();
        for &b in buf {
            match (self.held, b) {
                (0, 0xE2) | (1, 0x80) => {
                    self.held += 1;
                    continue;
                }
                (2, 0xA8) | (2, 0xA9) => {
                    let esc: &[u8] = if b == 0xA8 { b"\\u2028" } else { b"\\u2029" };
                    self.out.extend_from_slice(esc);
                    self.held = 0;
                    continue;
                }
                _ => {}
            }
            if self.held >= 1 {
                self.out.push(0xE2);
            }
            if self.held == 2 {
                self.out.push(0x80);
            }
            self.held = 0;
            match b {
                0xE2 => self.held = 1,
                b'<' => self.out.extend_from_slice(b"\\u003c"),
                b'>' => self.out.extend_from_slice(b"\\u003e"),
                b'&' => self.out.extend_from_slice(b"\\u0026"),
                _ => self.out.push(b),
            }
        }
        self.inner.write_all(&self.out)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        self.inner.flush()
    }
}

/// Escapes JSON text for a `<script>` element: `<`, `>` and `&` (which only
/// occur inside strings) and the line separators U+2028/U+2029 become
/// `\uXXXX` escapes, which JSON reads back as the same characters.
pub fn escape_script_json(json: &str) -> String {
    let mut out = String::with_capacity(json.len() + json.len() / 16);
    for c in json.chars() {
        match c {
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '&' => out.push_str("\\u0026"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out
}

/// Writes `template` with each `@@GAZEGRAPH_NAME@@` marker replaced by what
/// `part(NAME, w)` writes (it returns false for an unknown name), in one
/// pass: inserted text is never scanned for markers.
pub fn fill<W: Write>(
    template: &str,
    w: &mut W,
    part: &mut dyn FnMut(&str, &mut W) -> io::Result<bool>,
) -> io::Result<()> {
    const OPEN: &str = "@@GAZEGRAPH_";
    let mut rest = template;
    while let Some(at) = rest.find(OPEN) {
        w.write_all(&rest.as_bytes()[..at])?;
        let after = &rest[at + OPEN.len()..];
        let end = after
            .find("@@")
            .ok_or_else(|| io::Error::other("viewer template: unclosed marker"))?;
        let name = &after[..end];
        if !part(name, w)? {
            return Err(io::Error::other(format!(
                "viewer template: unknown marker {name}"
            )));
        }
        rest = &after[end + 2..];
    }
    w.write_all(rest.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn script_json_cannot_end_the_element() {
        let s = escape_script_json(r#"{"n":"</script><!-- & \u2028"}"#);
        assert!(!s.contains('<') && !s.contains('>') && !s.contains('&'));
        let v: serde_json::Value = serde_json::from_str(&escape_script_json(
            &serde_json::json!({"n": "</script>&\u{2028}\u{2029}"}).to_string(),
        ))
        .unwrap();
        assert_eq!(v["n"], "</script>&\u{2028}\u{2029}");
    }

    fn parts(name: &str, w: &mut Vec<u8>) -> io::Result<bool> {
        let text = match name {
            "X" => "@@GAZEGRAPH_Y@@",
            "Y" => "2",
            "CSS" | "VENDOR" | "APP" => "",
            "DATA" => "{}",
            _ => return Ok(false),
        };
        w.extend_from_slice(text.as_bytes());
        Ok(true)
    }

    #[test]
    fn fill_replaces_every_marker_once() {
        let mut out = Vec::new();
        fill("a@@GAZEGRAPH_X@@b@@GAZEGRAPH_Y@@c", &mut out, &mut parts).unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "a@@GAZEGRAPH_Y@@b2c");
        assert!(fill("@@GAZEGRAPH_Z@@", &mut Vec::new(), &mut parts).is_err());
        for template in [
            include_str!("../../assets/viewer/viewer.html"),
            include_str!("../../assets/viewer/docs.html"),
        ] {
            let mut page = Vec::new();
            fill(template, &mut page, &mut parts).unwrap();
            assert!(!String::from_utf8(page).unwrap().contains("@@GAZEGRAPH_"));
        }
    }

    #[test]
    fn streaming_escape_equals_the_string_escape_for_any_chunking() {
        let text =
            "a<b>&c\u{2028}d\u{2029}e\u{2027}\u{20AC}\u{E2}\u{2028}\u{2028}x\u{1F680}<\u{2029}";
        let want = escape_script_json(text);
        for chunk in 1..=text.len() {
            let mut out = Vec::new();
            let mut sj = ScriptJson::new(&mut out);
            for piece in text.as_bytes().chunks(chunk) {
                sj.write_all(piece).unwrap();
            }
            sj.finish().unwrap();
            assert_eq!(String::from_utf8(out).unwrap(), want, "chunks of {chunk}");
        }
        let mut out = Vec::new();
        let mut sj = ScriptJson::new(&mut out);
        sj.write_all("\u{2020}".as_bytes()).unwrap(); // E2 80 A0: held, then released
        sj.finish().unwrap();
        assert_eq!(out, "\u{2020}".as_bytes());
    }
}

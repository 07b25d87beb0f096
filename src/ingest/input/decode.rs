//! Turning the bytes of a text file into a `String`: byte order marks,
//! UTF-16, legacy encodings (Windows-1252, ISO-8859-x, ...) and binary
//! content.

/// How far into a file binary content is looked for.
const SNIFF: usize = 8192;

/// The result of decoding a text file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Decoded {
    /// Text, with a note when it had to be repaired.
    Text {
        /// The decoded text (without byte order mark).
        text: String,
        /// What was repaired (lossy decoding, UTF-16), if anything.
        repair: Option<String>,
    },
    /// Not text; the reason it was judged binary.
    Binary(String),
}

/// Decodes a whole text file. A UTF-8 byte order mark is dropped; UTF-16
/// with a byte order mark (or, without one, with the tell-tale NUL bytes of
/// mostly-ASCII UTF-16) is decoded; bytes that are not UTF-8 are decoded
/// from the legacy encoding chardetng guesses (see `utf8`), the note naming
/// it and the offset of the first non-UTF-8 byte; other content with
/// control bytes throughout its first 8 KiB is binary (see [`binary`]).
pub fn decode_text(mut bytes: Vec<u8>) -> Decoded {
    if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) {
        bytes.drain(..3);
        return utf8(bytes, 3);
    }
    if let Some((le, bom)) = utf16_kind(&bytes) {
        let body = bytes.get(bom..).unwrap_or(&[]);
        let units = body.chunks_exact(2).map(|c| match c {
            [a, b] if le => u16::from_le_bytes([*a, *b]),
            [a, b] => u16::from_be_bytes([*a, *b]),
            _ => 0xFFFD,
        });
        let mut bad = 0usize;
        let text: String = char::decode_utf16(units)
            .map(|r| {
                r.unwrap_or_else(|_| {
                    bad += 1;
                    char::REPLACEMENT_CHARACTER
                })
            })
            .collect();
        let name = if le { "UTF-16LE" } else { "UTF-16BE" };
        let mut note = format!("decoded from {name}");
        if bad > 0 || body.len() % 2 == 1 {
            note.push_str(" (with replacement characters for invalid code units)");
        }
        return Decoded::Text {
            text,
            repair: Some(note),
        };
    }
    if let Some(why) = binary(&bytes) {
        return Decoded::Binary(why);
    }
    utf8(bytes, 0)
}

/// UTF-8 as it is; anything else is a legacy encoding (old news archives:
/// Windows-1252, ISO-8859-x, KOI8, Shift_JIS, ...), guessed by chardetng
/// from the whole file and decoded by encoding_rs, the note naming the
/// encoding. Offsets stay those of the decoded text.
fn utf8(bytes: Vec<u8>, base: usize) -> Decoded {
    match String::from_utf8(bytes) {
        Ok(text) => Decoded::Text { text, repair: None },
        Err(e) => {
            let at = base + e.utf8_error().valid_up_to();
            let bytes = e.into_bytes();
            let mut detector = chardetng::EncodingDetector::new();
            detector.feed(&bytes, true);
            // UTF-8 is ruled out: these bytes are not valid UTF-8.
            let encoding = detector.guess(None, false);
            let (text, _, lossy) = encoding.decode(&bytes);
            let mut note = format!(
                "not UTF-8 (invalid byte at {at}); decoded as {} (guessed)",
                encoding.name()
            );
            if lossy {
                note.push_str(", with replacement characters for bytes it does not define");
            }
            Decoded::Text {
                text: text.into_owned(),
                repair: Some(note),
            }
        }
    }
}

/// The rule that calls a file binary, applied to its first 8 KiB once
/// UTF-16 is ruled out: binary when at least 2 bytes, and more than 1 in
/// 32, are NUL or another control byte that text does not use (C0 controls
/// other than tab, line feed, form feed, carriage return and escape; DEL).
/// A stray NUL in a text file does not trip it; executables, images and
/// archives, full of NULs and control bytes, do. Returns why, for the
/// warning.
pub fn binary(bytes: &[u8]) -> Option<String> {
    let head = bytes.get(..SNIFF.min(bytes.len())).unwrap_or(&[]);
    let control = |b: &u8| matches!(b, 0..=8 | 0x0B | 0x0E..=0x1A | 0x1C..=0x1F | 0x7F);
    let count = head.iter().filter(|b| control(b)).count();
    if count < 2 || count * 32 <= head.len() {
        return None;
    }
    let first = head.iter().position(control).unwrap_or(0);
    Some(format!(
        "binary content ({count} control bytes in the first {} bytes, the first at offset {first}); skipped",
        head.len()
    ))
}

/// `(little_endian, bom_length)` if the bytes are UTF-16.
pub(super) fn utf16_kind(bytes: &[u8]) -> Option<(bool, usize)> {
    if bytes.starts_with(&[0xFF, 0xFE]) {
        return Some((true, 2));
    }
    if bytes.starts_with(&[0xFE, 0xFF]) {
        return Some((false, 2));
    }
    // Without a byte order mark: mostly-ASCII UTF-16 has a NUL in almost
    // every other byte and none in the other half.
    let head = bytes.get(..SNIFF.min(bytes.len()) & !1)?;
    if head.len() < 4 {
        return None;
    }
    let pairs = head.len() / 2;
    let even = head.iter().step_by(2).filter(|&&b| b == 0).count();
    let odd = head.iter().skip(1).step_by(2).filter(|&&b| b == 0).count();
    if odd * 10 >= pairs * 9 && even == 0 {
        Some((true, 0))
    } else if even * 10 >= pairs * 9 && odd == 0 {
        Some((false, 0))
    } else {
        None
    }
}

#[cfg(test)]
mod encoding_tests;

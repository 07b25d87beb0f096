//! Text normalisation for matching (STUB: interface only, to be implemented).
//!
//! Text and gazetteer names go through the same function. The normalised
//! form is lowercase, without diacritics, and wraps every word in the marker
//! bytes [`WORD_START`] and [`WORD_END`], so a pattern can only match whole
//! words and the leftmost-longest search never has to be checked afterwards.

use std::ops::Range;

/// Marker byte written before every word.
pub const WORD_START: u8 = 0x01;
/// Marker byte written after every word.
pub const WORD_END: u8 = 0x02;

/// A normalised text with a map back to the original byte offsets.
#[derive(Clone, Debug, Default)]
pub struct Normalized {
    /// Normalised bytes (UTF-8 plus marker bytes).
    pub bytes: Vec<u8>,
    /// For each normalised byte, an offset into the original text.
    pub map: Vec<u32>,
}

impl Normalized {
    /// An empty buffer, to be reused across documents.
    pub fn new() -> Normalized {
        Normalized::default()
    }

    /// The original byte range of a match `[start, end)` of the normalised
    /// bytes that begins at a [`WORD_START`] and ends after a [`WORD_END`].
    pub fn original_range(&self, start: usize, end: usize) -> Range<usize> {
        let _ = (start, end);
        unimplemented!()
    }
}

/// Normalises `text` into `out`, reusing its buffers.
pub fn normalize_into(text: &str, out: &mut Normalized) {
    let _ = (text, out);
    unimplemented!()
}

/// Normalises a gazetteer name into a pattern key.
pub fn normalize_key(name: &str) -> Vec<u8> {
    let _ = name;
    unimplemented!()
}

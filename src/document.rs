//! Documents: cleaning, paragraph and sentence splitting, dates
//! (STUB: interface only, to be implemented).

use std::ops::Range;

/// One article as read from the input.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Document {
    /// JSON Lines `id`, else the file path (`path:line` for JSON Lines
    /// records without an id, `-` for stdin).
    pub id: String,
    /// Title, from JSON Lines or the first text line.
    pub title: Option<String>,
    /// Publication date as YYYY-MM-DD, from JSON Lines or the text.
    pub date: Option<String>,
    /// Source URL, if given.
    pub url: Option<String>,
    /// Where it was read: file path, `path:line`, or `-`.
    pub source: String,
    /// The original text; every offset refers to it.
    pub text: String,
}

/// One sentence: a byte range of the original text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Sentence {
    /// Byte range in the original text (and in `Prepared::clean`).
    pub range: Range<usize>,
    /// Index of the paragraph it belongs to.
    pub paragraph: u32,
}

/// A document made ready for tagging.
#[derive(Clone, Debug, Default)]
pub struct Prepared {
    /// Same byte length as the original text; markup, boilerplate lines and
    /// repeated paragraphs are replaced by spaces, entities decoded and padded.
    pub clean: String,
    /// Kept paragraphs, as byte ranges.
    pub paragraphs: Vec<Range<usize>>,
    /// Kept sentences, in order.
    pub sentences: Vec<Sentence>,
    /// Publication date found in the text (YYYY-MM-DD).
    pub date: Option<String>,
    /// Title: the first kept line, if it looks like a headline.
    pub title: Option<String>,
}

/// Cleans and splits `text` into `out`, reusing its buffers.
pub fn prepare_into(text: &str, out: &mut Prepared) {
    let _ = (text, out);
    unimplemented!()
}

//! Documents: cleaning (markup, boilerplate, repeats), paragraph and
//! sentence splitting, title and publication date.
//!
//! The cleaned text keeps the byte length and offsets of the original:
//! whatever is removed becomes ASCII spaces (line ends are kept), HTML
//! entities are decoded in place and padded with spaces. So an offset found
//! in [`Prepared::clean`] is an offset in [`Document::text`].

use crate::markup::{line_end, next_line};
use crate::{boilerplate, dates, markup, sentences};
use std::collections::hash_map::DefaultHasher;
use std::hash::{Hash, Hasher};
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

impl Document {
    /// Fills `title` and `date` from the prepared text where the input gave
    /// none (JSON Lines fields take precedence over what the text states).
    pub fn complete_from(&mut self, prepared: &Prepared) {
        if self.title.is_none() {
            self.title.clone_from(&prepared.title);
        }
        if self.date.is_none() {
            self.date.clone_from(&prepared.date);
        }
    }
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

/// How many kept lines from the top count as the header, where the
/// publication date is looked for first.
const HEADER_LINES: usize = 15;

/// One non-blank line of the cleaned text (trimmed byte range).
#[derive(Clone, Debug)]
struct Line {
    range: Range<usize>,
    /// A blank line (or the start of the text) comes before it.
    after_blank: bool,
    /// The original line is a Markdown heading, list item, quote or table
    /// row: a paragraph of its own even in hard-wrapped text.
    block: bool,
    /// It was removed (blanked) after the first pass.
    gone: bool,
}

/// Cleans and splits `text` into `out`, reusing its buffers.
pub fn prepare_into(text: &str, out: &mut Prepared) {
    out.paragraphs.clear();
    out.sentences.clear();
    out.date = None;
    out.title = None;
    let mut buf = std::mem::take(&mut out.clean).into_bytes();
    buf.clear();
    buf.extend_from_slice(text.as_bytes());
    markup::clean_markup(&mut buf);
    let mut lines = Vec::new();
    collect_lines(text, &mut buf, &mut lines);

    let title_line = lines
        .first()
        .filter(|l| looks_like_title(str_of(&buf, &l.range)));
    out.title = title_line.map(|l| collapse_spaces(str_of(&buf, &l.range)));
    if let Some(first) = title_line.map(|l| l.range.clone()) {
        // A headline repeated verbatim further down (scrapers often keep
        // both the page title and the article heading) is dropped.
        for line in lines.iter_mut().skip(1) {
            if same_words(str_of(&buf, &first), str_of(&buf, &line.range)) {
                line.gone = true;
            }
        }
    }
    out.date = find_date(&buf, &mut lines, out.title.is_some());
    drop_footer(text, &buf, &mut lines);
    for line in lines.iter().filter(|l| l.gone) {
        blank(&mut buf, line.range.clone());
    }
    lines.retain(|l| !l.gone);

    group_paragraphs(&buf, &lines, &mut out.paragraphs);
    drop_repeats(&mut buf, &mut out.paragraphs);

    out.clean = match String::from_utf8(buf) {
        Ok(s) => s,
        // Unreachable by construction (every pass keeps UTF-8 valid); fall
        // back to the uncleaned text rather than lose the document.
        Err(_) => text.to_owned(),
    };
    let mut ranges = Vec::new();
    for (p, para) in out.paragraphs.iter().enumerate() {
        ranges.clear();
        sentences::split(&out.clean, para.clone(), &mut ranges);
        let paragraph = u32::try_from(p).unwrap_or(u32::MAX);
        out.sentences
            .extend(ranges.drain(..).map(|range| Sentence { range, paragraph }));
    }
}

fn str_of<'a>(buf: &'a [u8], r: &Range<usize>) -> &'a str {
    buf.get(r.clone())
        .and_then(|b| std::str::from_utf8(b).ok())
        .unwrap_or("")
}

fn blank(buf: &mut [u8], r: Range<usize>) {
    if let Some(s) = buf.get_mut(r) {
        for b in s.iter_mut().filter(|b| **b != b'\n' && **b != b'\r') {
            *b = b' ';
        }
    }
}

/// Blanks boilerplate lines and collects the other non-blank lines.
fn collect_lines(text: &str, buf: &mut [u8], lines: &mut Vec<Line>) {
    let mut start = 0;
    let mut after_blank = true;
    while start < buf.len() {
        let end = line_end(buf, start);
        let raw = str_of(buf, &(start..end));
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            after_blank = true;
        } else if boilerplate::is_boilerplate(trimmed) {
            blank(buf, start..end);
            after_blank = true;
        } else {
            let s = start + (raw.len() - raw.trim_start().len());
            lines.push(Line {
                range: s..s + trimmed.len(),
                after_blank,
                block: text.get(start..end).is_some_and(is_block_markup),
                gone: false,
            });
            after_blank = false;
        }
        start = next_line(buf, end);
    }
}

fn is_block_markup(raw: &str) -> bool {
    let t = raw.trim_start();
    let digits = t.bytes().take_while(u8::is_ascii_digit).count();
    t.starts_with(['#', '>', '|'])
        || t.starts_with("- ")
        || t.starts_with("* ")
        || t.starts_with("+ ")
        || t.starts_with("• ")
        || (1..=3).contains(&digits)
            && t.get(digits..)
                .is_some_and(|r| r.starts_with(". ") || r.starts_with(") "))
}

fn ends_sentence(s: &str) -> bool {
    s.trim_end_matches(['"', '\'', '”', '’', ')', ']'])
        .ends_with(['.', '!', '?', '…'])
}

fn is_dateline(s: &str) -> bool {
    s.ends_with(['-', '–', '—']) && s.split_whitespace().count() <= 6
}

fn looks_like_title(s: &str) -> bool {
    !s.ends_with('.')
        && s.len() < 200
        && s.split_whitespace().count() >= 2
        && s.chars().any(char::is_alphabetic)
        && !is_dateline(s)
}

fn collapse_spaces(s: &str) -> String {
    let mut t = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !t.is_empty() {
            t.push(' ');
        }
        t.push_str(w);
    }
    t
}

fn same_words(a: &str, b: &str) -> bool {
    a.split_whitespace().eq(b.split_whitespace())
}

/// A line of running text: ends like a sentence and has some length.
fn is_prose(s: &str) -> bool {
    ends_sentence(s) && s.split_whitespace().count() >= 8
}

/// The publication date, in order of preference: the first date in a
/// header line (above the first line of prose, at most [`HEADER_LINES`]);
/// a date in the dateline of the first prose line ("Jakarta, 25 September
/// 2023 - ..."); the first `(d/m/yyyy)` dateline form in the body. A header
/// line that is only a date stamp or byline is marked gone.
fn find_date(buf: &[u8], lines: &mut [Line], has_title: bool) -> Option<String> {
    let first = usize::from(has_title);
    let mut first_prose = None;
    for (n, line) in lines.iter_mut().enumerate().take(HEADER_LINES) {
        let s = str_of(buf, &line.range);
        if line.gone {
            continue;
        }
        if is_prose(s) {
            first_prose = Some(n);
            break;
        }
        if let Some((_, date)) = dates::find_date(s) {
            if n >= first && s.split_whitespace().count() <= 20 && !ends_sentence(s) {
                line.gone = true;
            }
            return Some(date);
        }
    }
    let dateline = first_prose.and_then(|n| {
        let s = str_of(buf, &lines.get(n)?.range);
        let head = s.get(..s.char_indices().nth(120).map_or(s.len(), |(i, _)| i))?;
        let dash = head.find(" - ").or_else(|| head.find(" – "))?;
        dates::find_date(head.get(..dash)?).map(|(_, d)| d)
    });
    dateline.or_else(|| {
        lines
            .iter()
            .filter(|l| !l.gone)
            .find_map(|l| dates::find_paren_date(str_of(buf, &l.range)))
    })
}

/// Short lines after the last line of prose that begin with a letter
/// (promotions, "related" teasers) are page footer.
fn drop_footer(text: &str, buf: &[u8], lines: &mut [Line]) {
    let Some(last) = lines
        .iter()
        .rposition(|l| !l.gone && is_prose(str_of(buf, &l.range)))
    else {
        return;
    };
    for line in lines.iter_mut().skip(last + 1) {
        let s = str_of(buf, &line.range);
        // The original line must start with a letter: table rows and list
        // items at the end of a Markdown file are content.
        let line_start = text
            .get(..line.range.start)
            .and_then(|t| t.rfind(['\n', '\r']))
            .map_or(0, |p| p + 1);
        let starts_letter = text
            .get(line_start..)
            .and_then(|t| t.trim_start().chars().next())
            .is_some_and(char::is_alphabetic);
        if starts_letter && s.split_whitespace().count() <= 8 && !ends_sentence(s) {
            line.gone = true;
        }
    }
}

/// Whether a line break is "soft" (a hard-wrapped paragraph continues):
/// the next line starts in lowercase, or the line ends with a comma.
fn soft_break(prev: &str, next: &str) -> bool {
    prev.ends_with([',', ';']) || next.chars().next().is_some_and(char::is_lowercase)
}

/// Groups lines into paragraphs. Blank lines always separate paragraphs.
/// When most single line breaks of the document are hard (scraped text that
/// puts one paragraph on each line), every line is its own paragraph;
/// otherwise consecutive lines form one (hard-wrapped) paragraph. A dateline
/// alone on its line ("Jakarta -") joins the paragraph that follows.
fn group_paragraphs(buf: &[u8], lines: &[Line], out: &mut Vec<Range<usize>>) {
    let (mut soft, mut total) = (0usize, 0usize);
    for w in lines.windows(2) {
        if let [a, b] = w {
            // Breaks around Markdown blocks say nothing about wrapping.
            if !b.after_blank && !a.block && !b.block {
                total += 1;
                soft += usize::from(soft_break(str_of(buf, &a.range), str_of(buf, &b.range)));
            }
        }
    }
    let per_line = soft * 2 < total || total == 0;
    let mut current: Option<Range<usize>> = None;
    let mut dateline: Option<Range<usize>> = None;
    let mut prev_block = false;
    for line in lines {
        let new_para = per_line || line.after_blank || line.block || prev_block;
        prev_block = line.block;
        match current.as_mut() {
            Some(cur) if !new_para => cur.end = line.range.end,
            _ => {
                if let Some(done) = current.take() {
                    push_para(buf, done, &mut dateline, out);
                }
                current = Some(line.range.clone());
            }
        }
    }
    if let Some(done) = current {
        push_para(buf, done, &mut dateline, out);
    }
    if let Some(d) = dateline {
        // A dateline with nothing after it stays as its own paragraph, all
        // of it (a hard-wrapped one spans several lines).
        out.push(d);
    }
}

fn push_para(
    buf: &[u8],
    r: Range<usize>,
    dateline: &mut Option<Range<usize>>,
    out: &mut Vec<Range<usize>>,
) {
    if is_dateline(str_of(buf, &r)) && dateline.is_none() {
        *dateline = Some(r);
        return;
    }
    let start = dateline.take().map_or(r.start, |d| d.start);
    out.push(start..r.end);
}

/// Drops (blanks) paragraphs that repeat an earlier paragraph of the
/// document (same words, whitespace ignored; four words or more) or
/// contain no letter or digit.
fn drop_repeats(buf: &mut [u8], paragraphs: &mut Vec<Range<usize>>) {
    let mut seen: Vec<(u64, Range<usize>)> = Vec::with_capacity(paragraphs.len());
    let mut kept = Vec::with_capacity(paragraphs.len());
    for p in paragraphs.drain(..) {
        let s = str_of(buf, &p);
        let mut h = DefaultHasher::new();
        for w in s.split_whitespace() {
            w.hash(&mut h);
        }
        let key = h.finish();
        let repeat = seen
            .iter()
            .any(|(k, r)| *k == key && same_words(str_of(buf, r), s));
        // Short lines (table cells, list items, names) may well repeat.
        let repeat = repeat && s.split_whitespace().nth(3).is_some();
        let empty = !s.chars().any(char::is_alphanumeric);
        if repeat || empty {
            blank(buf, p);
        } else {
            seen.push((key, p.clone()));
            kept.push(p);
        }
    }
    *paragraphs = kept;
}

#[cfg(test)]
#[path = "document_tests.rs"]
mod tests;

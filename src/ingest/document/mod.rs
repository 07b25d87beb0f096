//! Documents: cleaning (markup, boilerplate, repeats), paragraph and
//! sentence splitting, title and publication date.
//!
//! The cleaned text keeps the byte length and offsets of the original:
//! whatever is removed becomes ASCII spaces (line ends are kept), HTML
//! entities are decoded in place and padded with spaces. So an offset found
//! in [`Prepared::clean`] is an offset in [`Document::text`].

pub use super::words::words;
use super::words::{first_word, last_word, more_words_than, word_scan, WordStats};
use super::{boilerplate, markup, sentences};
use crate::base::{dates, FastMap};
use crate::ingest::markup::{line_end, next_line};
use std::ops::Range;

/// The version string of a version key: `YYYYMMDD#` and 32 hex digits,
/// so that strings sort as the keys do.
pub fn version_string((date, hash): (u32, u128)) -> String {
    format!("{date:08}#{hash:032x}")
}

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
    /// Which copy of a repeated document id counts, as a string that sorts
    /// like the rule: the copy with the latest input `date` wins (undated
    /// lowest), ties broken by a 128-bit hash (XXH3) of its title, URL and
    /// text. `build` and `merge` both keep the copy with the greatest
    /// version, so the result does not depend on input order or on how the
    /// input was split. Equal versions are the same document.
    pub fn version(&self) -> String {
        version_string(self.version_key())
    }

    /// [`Document::version`] as numbers: the input date as `YYYYMMDD` (0
    /// when undated) and the hash.
    pub fn version_key(&self) -> (u32, u128) {
        let mut h = xxhash_rust::xxh3::Xxh3::new();
        for field in [&self.title, &self.url] {
            match field {
                Some(v) => {
                    h.update(&[1]);
                    h.update(&(v.len() as u64).to_le_bytes());
                    h.update(v.as_bytes());
                }
                None => h.update(&[0]),
            }
        }
        h.update(self.text.as_bytes());
        let date = self.date.as_deref().map_or(0, |d| {
            d.bytes()
                .filter(u8::is_ascii_digit)
                .take(8)
                .fold(0u32, |n, c| n * 10 + u32::from(c - b'0'))
        });
        (date, h.digest128())
    }

    /// Whether the id was made up from an unnamed standard input's
    /// position (`-`, `-:LINE`): two processes reading their own standard
    /// input give such ids to different documents, so `merge` refuses
    /// shards that share one (`--source NAME` names the stream).
    pub fn id_from_unnamed_stdin(&self) -> bool {
        self.id == self.source && (self.source == "-" || self.source.starts_with("-:"))
    }

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
    // Every pass keeps the buffer valid UTF-8, so it is validated once here
    // and read as `str` from then on (not line by line); the lines to blank
    // are collected and blanked together afterwards.
    let mut clean = to_string(buf, text);
    let mut lines = Vec::new();
    let mut blanks = Vec::new();
    collect_lines(text, &clean, &mut lines, &mut blanks);

    let title_line = lines
        .first()
        .filter(|l| looks_like_title(sub(&clean, &l.range)));
    out.title = title_line.map(|l| collapse_spaces(sub(&clean, &l.range)));
    if let Some(first) = title_line.map(|l| sub(&clean, &l.range)) {
        // A headline repeated verbatim further down (scrapers often keep
        // both the page title and the article heading) is dropped.
        for line in lines.iter_mut().skip(1) {
            if same_words(first, sub(&clean, &line.range)) {
                line.gone = true;
            }
        }
    }
    out.date = find_date(&clean, &mut lines, out.title.is_some());
    drop_footer(text, &clean, &mut lines);
    blanks.extend(lines.iter().filter(|l| l.gone).map(|l| l.range.clone()));
    clean = blank_all(clean, &blanks, text);
    lines.retain(|l| !l.gone);

    group_paragraphs(&clean, &lines, &mut out.paragraphs);
    blanks.clear();
    drop_repeats(&clean, &mut out.paragraphs, &mut blanks);
    out.clean = blank_all(clean, &blanks, text);

    for (p, para) in out.paragraphs.iter().enumerate() {
        let paragraph = u32::try_from(p).unwrap_or(u32::MAX);
        sentences::split_with(&out.clean, para.clone(), |range| {
            out.sentences.push(Sentence { range, paragraph });
        });
    }
}

/// `buf` as a `String`; the uncleaned text if it is not valid UTF-8
/// (unreachable by construction: every pass keeps UTF-8 valid; better the
/// uncleaned text than a lost document).
fn to_string(buf: Vec<u8>, text: &str) -> String {
    String::from_utf8(buf).unwrap_or_else(|_| text.to_owned())
}

/// `clean` with every range of `ranges` blanked.
fn blank_all(clean: String, ranges: &[Range<usize>], text: &str) -> String {
    if ranges.is_empty() {
        return clean;
    }
    let mut buf = clean.into_bytes();
    for r in ranges {
        blank(&mut buf, r.clone());
    }
    to_string(buf, text)
}

fn sub<'a>(s: &'a str, r: &Range<usize>) -> &'a str {
    s.get(r.clone()).unwrap_or("")
}

fn blank(buf: &mut [u8], r: Range<usize>) {
    if let Some(s) = buf.get_mut(r) {
        for b in s.iter_mut().filter(|b| **b != b'\n' && **b != b'\r') {
            *b = b' ';
        }
    }
}

/// Blanks boilerplate lines (their ranges go to `blanks`) and collects the
/// other non-blank lines.
fn collect_lines(text: &str, clean: &str, lines: &mut Vec<Line>, blanks: &mut Vec<Range<usize>>) {
    let buf = clean.as_bytes();
    let mut start = 0;
    let mut after_blank = true;
    while start < buf.len() {
        let end = line_end(buf, start);
        let raw = sub(clean, &(start..end));
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            after_blank = true;
        } else if boilerplate::is_boilerplate(trimmed) {
            blanks.push(start..end);
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
    s.ends_with(['-', '–', '—']) && !more_words_than(s, 6)
}

fn looks_like_title(s: &str) -> bool {
    !s.ends_with('.')
        && s.len() < 200
        && more_words_than(s, 1)
        && s.chars().any(char::is_alphabetic)
        && !is_dateline(s)
}

fn collapse_spaces(s: &str) -> String {
    let mut t = String::with_capacity(s.len());
    for w in words(s) {
        if !t.is_empty() {
            t.push(' ');
        }
        t.push_str(w);
    }
    t
}

fn same_words(a: &str, b: &str) -> bool {
    words(a).eq(words(b))
}

/// A line of running text: ends like a sentence and has some length.
fn is_prose(s: &str) -> bool {
    ends_sentence(s) && more_words_than(s, 7)
}

/// The publication date, in order of preference: the first date in a
/// header line (above the first line of prose, at most [`HEADER_LINES`]);
/// a date in the dateline of the first prose line ("Jakarta, 25 September
/// 2023 - ..."); the first `(d/m/yyyy)` dateline form in the body. A header
/// line that is only a date stamp or byline is marked gone.
fn find_date(clean: &str, lines: &mut [Line], has_title: bool) -> Option<String> {
    let first = usize::from(has_title);
    let mut first_prose = None;
    for (n, line) in lines.iter_mut().enumerate().take(HEADER_LINES) {
        let s = sub(clean, &line.range);
        if line.gone {
            continue;
        }
        if is_prose(s) {
            first_prose = Some(n);
            break;
        }
        if let Some((_, date)) = dates::find_date(s) {
            if n >= first && !more_words_than(s, 20) && !ends_sentence(s) {
                line.gone = true;
            }
            return Some(date);
        }
    }
    let dateline = first_prose.and_then(|n| {
        let s = sub(clean, &lines.get(n)?.range);
        let head = s.get(..s.char_indices().nth(120).map_or(s.len(), |(i, _)| i))?;
        let dash = head.find(" - ").or_else(|| head.find(" – "))?;
        dates::find_date(head.get(..dash)?).map(|(_, d)| d)
    });
    dateline.or_else(|| {
        let mut toks = dates::Toks::default();
        lines
            .iter()
            .filter(|l| !l.gone)
            .find_map(|l| dates::find_paren_date_with(sub(clean, &l.range), &mut toks))
    })
}

/// Short lines after the last line of prose that begin with a letter
/// (promotions, "related" teasers) are page footer.
fn drop_footer(text: &str, clean: &str, lines: &mut [Line]) {
    let Some(last) = lines
        .iter()
        .rposition(|l| !l.gone && is_prose(sub(clean, &l.range)))
    else {
        return;
    };
    for line in lines.iter_mut().skip(last + 1) {
        let s = sub(clean, &line.range);
        // The original line must start with a letter: table rows and list
        // items at the end of a Markdown file are content.
        let line_start = text
            .as_bytes()
            .get(..line.range.start)
            .and_then(|t| memchr::memrchr2(b'\n', b'\r', t))
            .map_or(0, |p| p + 1);
        let starts_letter = text
            .get(line_start..)
            .and_then(|t| t.trim_start().chars().next())
            .is_some_and(char::is_alphabetic);
        if starts_letter && !more_words_than(s, 8) && !ends_sentence(s) {
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
fn group_paragraphs(clean: &str, lines: &[Line], out: &mut Vec<Range<usize>>) {
    let (mut soft, mut total) = (0usize, 0usize);
    for w in lines.windows(2) {
        if let [a, b] = w {
            // Breaks around Markdown blocks say nothing about wrapping.
            if !b.after_blank && !a.block && !b.block {
                total += 1;
                soft += usize::from(soft_break(sub(clean, &a.range), sub(clean, &b.range)));
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
                    push_para(clean, done, &mut dateline, out);
                }
                current = Some(line.range.clone());
            }
        }
    }
    if let Some(done) = current {
        push_para(clean, done, &mut dateline, out);
    }
    if let Some(d) = dateline {
        // A dateline with nothing after it stays as its own paragraph, all
        // of it (a hard-wrapped one spans several lines).
        out.push(d);
    }
}

fn push_para(
    clean: &str,
    r: Range<usize>,
    dateline: &mut Option<Range<usize>>,
    out: &mut Vec<Range<usize>>,
) {
    if is_dateline(sub(clean, &r)) && dateline.is_none() {
        *dateline = Some(r);
        return;
    }
    let start = dateline.take().map_or(r.start, |d| d.start);
    out.push(start..r.end);
}

/// Drops paragraphs that repeat an earlier paragraph of the document (same
/// words, whitespace ignored; four words or more) or contain no letter or
/// digit; their ranges go to `blanks`.
fn drop_repeats(clean: &str, paragraphs: &mut Vec<Range<usize>>, blanks: &mut Vec<Range<usize>>) {
    // Paragraphs with the same words share their first and last word (found
    // at once) and their first eight words; only then are the word count and
    // the non-space bytes compared (one pass each, done once per paragraph),
    // and only then all the words. No paragraph is read whole unless it may
    // repeat, and many paragraphs that differ only late cost one pass each.
    // The earlier long paragraphs, by their first and last word: a
    // paragraph is compared only with those that share both (a scan of
    // all of them made a long document quadratic).
    struct Seen {
        range: Range<usize>,
        stats: Option<WordStats>,
    }
    let mut seen: FastMap<(&str, &str), Vec<Seen>> = FastMap::default();
    let stats = |s: &str| word_scan(s, usize::MAX, true);
    paragraphs.retain(|p| {
        let s = sub(clean, p);
        // Short lines (table cells, list items, names) may well repeat.
        let long = more_words_than(s, 3);
        let (first, last) = (first_word(s), last_word(s));
        let mut own: Option<WordStats> = None;
        let repeat = long
            && seen.get_mut(&(first, last)).is_some_and(|same| {
                same.iter_mut().any(|e| {
                    let theirs_s = sub(clean, &e.range);
                    if !words(theirs_s).zip(words(s)).take(8).all(|(a, b)| a == b) {
                        return false;
                    }
                    let theirs = *e.stats.get_or_insert_with(|| stats(sub(clean, &e.range)));
                    *own.get_or_insert_with(|| stats(s)) == theirs
                        && same_words(sub(clean, &e.range), s)
                })
            });
        let empty = !s.chars().any(char::is_alphanumeric);
        if repeat || empty {
            blanks.push(p.clone());
            false
        } else {
            // A short paragraph never has the words of a long one.
            if long {
                seen.entry((first, last)).or_default().push(Seen {
                    range: p.clone(),
                    stats: own,
                });
            }
            true
        }
    });
}

#[cfg(test)]
mod tests;

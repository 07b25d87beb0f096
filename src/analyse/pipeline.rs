//! The per-document pipeline: clean and split, tag, resolve, and condense
//! the result into a [`DocOutput`] that the graph builder folds in.
//!
//! `DocOutput` owns its data so that documents can be analysed on worker
//! threads and folded in input order on one thread.

use crate::base::types::{DocInfo, Evidence};
use crate::base::types::{Mention, Via, Window};
use crate::gazetteer::Gazetteer;
use crate::ingest::document::{prepare_into, Document, Prepared};
use crate::relations::{Extractor, Lexicon, RelationInstance};
use crate::tag::matcher::{Hit, Matcher};
use crate::tag::normalize::Normalized;
use crate::tag::resolve::Resolver;
use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// Longest evidence sentence kept, in characters.
pub const MAX_SENTENCE_CHARS: usize = 300;

/// Options of the analysis.
#[derive(Clone, Copy, Debug, Default)]
pub struct Options {
    /// Co-occurrence window.
    pub window: Window,
    /// Count demonyms as mentions of their country.
    pub demonyms: bool,
    /// Keep every counted mention in [`DocOutput::mentions`] (`build
    /// --mentions`).
    pub mentions: bool,
}

/// Time spent in each stage of the per-document analysis (`--stats`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct StageTimes {
    /// Cleaning and splitting.
    pub prepare: Duration,
    /// Normalising, matching and resolving names.
    pub tag: Duration,
    /// Office titles standing for their holders.
    pub titles: Duration,
    /// Typed relation extraction.
    pub relations: Duration,
    /// Condensing the document into a [`DocOutput`].
    pub condense: Duration,
}

impl StageTimes {
    /// Adds `other` to these times.
    pub fn add(&mut self, other: &StageTimes) {
        self.prepare += other.prepare;
        self.tag += other.tag;
        self.titles += other.titles;
        self.relations += other.relations;
        self.condense += other.condense;
    }
}

/// Reusable buffers for one worker.
#[derive(Debug, Default)]
pub struct Scratch {
    norm: Normalized,
    /// The prepared (cleaned, split) document.
    pub prep: Prepared,
    hits: Vec<Hit>,
    resolver: Resolver,
    /// The resolved mentions, in text order.
    pub mentions: Vec<Mention>,
    /// Typed relation instances, negated ones included.
    pub relations: Vec<RelationInstance>,
    /// Per sentence: may it hold a trigger or a title?
    cues: Vec<u8>,
    /// Stage times of the last document analysed.
    pub times: StageTimes,
    /// The last document was written without capitals (or almost): the
    /// capitalisation rules were lifted for it.
    pub lowercase: bool,
}

impl Scratch {
    /// Empty buffers.
    pub fn new() -> Scratch {
        Scratch::default()
    }

    /// The names of the last document dropped because they lie strictly
    /// inside a longer name (`via: Nested`); never counted as mentions.
    pub fn nested(&self) -> &[Mention] {
        &self.resolver.nested
    }
}

/// The gazetteer, its compiled matcher and the relation extractor: built
/// once, shared by every worker.
pub struct Tagger<'g> {
    /// The gazetteer.
    pub gaz: &'g Gazetteer,
    /// Its matcher.
    pub matcher: &'g Matcher,
    /// The relation extractor (title mentions and typed relations).
    pub extractor: Extractor<'g>,
}

impl<'g> Tagger<'g> {
    /// A tagger over a gazetteer, its matcher and a relation lexicon.
    pub fn new(gaz: &'g Gazetteer, matcher: &'g Matcher, lex: &'g Lexicon) -> Tagger<'g> {
        Tagger {
            gaz,
            matcher,
            extractor: Extractor::new(gaz, lex),
        }
    }

    /// Prepares `doc` and fills `s.prep`, `s.mentions` (names, then titles
    /// standing for their holder at the document's date) and `s.relations`.
    pub fn analyse(&self, doc: &Document, s: &mut Scratch) {
        // A clock read costs tens of nanoseconds; a document takes hundreds
        // of microseconds.
        let t0 = Instant::now();
        prepare_into(&doc.text, &mut s.prep);
        let t1 = Instant::now();
        s.lowercase = self.matcher.find(&s.prep.clean, &mut s.norm, &mut s.hits);
        s.resolver.resolve(
            self.gaz,
            self.matcher,
            &s.prep.clean,
            &s.hits,
            &s.prep.sentences,
            &mut s.mentions,
        );
        let t2 = Instant::now();
        let flags = self
            .extractor
            .scan_cues(&s.norm, &s.prep.sentences, &mut s.cues);
        let date = doc.date.as_deref().or(s.prep.date.as_deref());
        let titles =
            self.extractor
                .title_mentions(&s.prep.clean, &s.prep, &s.mentions, date, flags);
        if !titles.is_empty() {
            s.mentions.extend(titles);
            s.mentions.sort_unstable();
        }
        let t3 = Instant::now();
        s.relations.clear();
        self.extractor.extract(
            &s.prep.clean,
            &s.prep,
            &s.mentions,
            flags,
            date,
            &mut s.relations,
        );
        s.times = StageTimes {
            prepare: t1 - t0,
            tag: t2 - t1,
            titles: t3 - t2,
            relations: t3.elapsed(),
            condense: Duration::ZERO,
        };
    }
}

/// Per-entity totals of one document.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct EntityCount {
    /// Mentions in the document.
    pub mentions: u64,
    /// Surface forms as written, with counts.
    pub surface: BTreeMap<String, u64>,
}

/// One co-occurrence: an unordered pair of entity indexes (a < b) in one
/// window, with the sentence that shows it.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pair {
    /// Smaller entity index.
    pub a: u32,
    /// Larger entity index.
    pub b: u32,
    /// Sentence index of the evidence.
    pub sentence: u32,
}

/// Everything the graph needs from one document.
#[derive(Clone, Debug, Default)]
pub struct DocOutput {
    /// Document metadata (date from the input, else from the text).
    pub info: DocInfo,
    /// Mentions per entity index.
    pub entities: BTreeMap<u32, EntityCount>,
    /// Co-occurrences, one per window and pair.
    pub pairs: Vec<Pair>,
    /// Text of every sentence referenced by `pairs` (and relations).
    pub sentences: BTreeMap<u32, Arc<str>>,
    /// Typed relation instances, with their evidence.
    pub relations: Vec<RelationEdge>,
    /// `info.id`, shared by every evidence item of the document.
    pub id: Arc<str>,
    /// `info.date`, shared likewise.
    pub date: Option<Arc<str>>,
    /// Time spent analysing the document.
    pub times: StageTimes,
    /// Written without capitals (or almost): the capitalisation rules were
    /// lifted for it.
    pub lowercase: bool,
    /// Which copy of a repeated id counts ([`Document::version`]).
    pub version: String,
    /// The id was made up from an unnamed standard input's position
    /// ([`Document::id_from_unnamed_stdin`]).
    pub stdin_id: bool,
    /// Every counted mention, in text order, when [`Options::mentions`]
    /// asks for them (else empty).
    pub mentions: Vec<MentionRow>,
}

/// One counted mention with its character offsets and its text, as
/// `build --mentions` records it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MentionRow {
    /// The mention (byte offsets, entity, `via`, sentence).
    pub mention: Mention,
    /// Start offset in characters (as Python slicing counts them).
    pub start_char: usize,
    /// End offset in characters (exclusive).
    pub end_char: usize,
    /// The text between the offsets, as written.
    pub surface: String,
}

impl DocOutput {
    /// Evidence for sentence `sentence` of this document.
    pub fn evidence(&self, sentence: u32) -> Evidence {
        Evidence {
            date: self.date.clone(),
            doc: self.id.clone(),
            sentence,
            text: self
                .sentences
                .get(&sentence)
                .cloned()
                .unwrap_or_else(|| Arc::from("")),
            trigger: None,
            modality: None,
        }
    }
}

/// Condenses an analysed document into a [`DocOutput`].
pub fn condense(doc: &Document, s: &Scratch, opts: Options) -> DocOutput {
    let started = Instant::now();
    let prep = &s.prep;
    let mut out = DocOutput {
        info: DocInfo {
            id: doc.id.clone(),
            title: doc.title.clone().or_else(|| prep.title.clone()),
            date: doc.date.clone().or_else(|| prep.date.clone()),
            url: doc.url.clone(),
        },
        lowercase: s.lowercase,
        version: doc.version(),
        stdin_id: doc.id_from_unnamed_stdin(),
        ..DocOutput::default()
    };
    out.id = Arc::from(out.info.id.as_str());
    out.date = out.info.date.as_deref().map(Arc::from);
    let counted = |m: &&Mention| opts.demonyms || m.via != Via::Demonym;
    for m in s.mentions.iter().filter(counted) {
        let e = out.entities.entry(m.entity).or_default();
        e.mentions += 1;
        let surface = collapse_ws(doc.text.get(m.start..m.end).unwrap_or_default(), usize::MAX);
        *e.surface.entry(surface).or_insert(0) += 1;
    }
    if opts.mentions {
        mention_rows(
            &doc.text,
            s.mentions.iter().filter(counted),
            &mut out.mentions,
        );
    }
    // Group mentions by window; remember each entity's first sentence in it.
    let window_of = |m: &Mention| -> u32 {
        match opts.window {
            Window::Sentence => m.sentence,
            Window::Paragraph => prep
                .sentences
                .get(m.sentence as usize)
                .map_or(0, |s| s.paragraph),
            Window::Document => 0,
        }
    };
    let mut windows: BTreeMap<u32, BTreeMap<u32, u32>> = BTreeMap::new();
    for m in s.mentions.iter().filter(counted) {
        windows
            .entry(window_of(m))
            .or_default()
            .entry(m.entity)
            .or_insert(m.sentence);
    }
    for ents in windows.values() {
        let list: Vec<(u32, u32)> = ents.iter().map(|(&e, &s)| (e, s)).collect();
        for (i, &(a, sa)) in list.iter().enumerate() {
            for &(b, sb) in &list[i + 1..] {
                // The sentence where the pair is first complete.
                out.pairs.push(Pair {
                    a,
                    b,
                    sentence: sa.max(sb),
                });
            }
        }
    }
    for r in &s.relations {
        if r.source == r.target {
            continue;
        }
        let mut ev = out.evidence(r.sentence);
        ev.text = Arc::from(sentence_text(prep, r.sentence));
        ev.trigger = Some(r.trigger.clone());
        ev.modality = Some(r.modality);
        out.relations.push(RelationEdge {
            kind: r.kind.clone(),
            source: r.source,
            target: r.target,
            directed: r.directed,
            evidence: ev,
        });
    }
    for p in &out.pairs {
        out.sentences
            .entry(p.sentence)
            .or_insert_with(|| Arc::from(sentence_text(prep, p.sentence)));
    }
    out.times = StageTimes {
        condense: started.elapsed(),
        ..s.times
    };
    out
}

/// The rows of `mentions` (in text order) in `text`, with their
/// character offsets: counted by one walk through the text, back to the
/// start only for an offset before the last one.
fn mention_rows<'m>(
    text: &str,
    mentions: impl Iterator<Item = &'m Mention>,
    out: &mut Vec<MentionRow>,
) {
    let bytes = text.as_bytes();
    // (byte, char) of the last offset counted.
    let mut at = (0usize, 0usize);
    let mut chars = |b: usize| -> usize {
        let b = b.min(bytes.len());
        if b < at.0 {
            at = (0, 0);
        }
        // Every byte but a UTF-8 continuation byte starts a character.
        let n = bytes[at.0..b]
            .iter()
            .filter(|&&x| (x as i8) >= -0x40)
            .count();
        at = (b, at.1 + n);
        at.1
    };
    for m in mentions {
        let start_char = chars(m.start);
        let end_char = chars(m.end);
        out.push(MentionRow {
            mention: *m,
            start_char,
            end_char,
            surface: text.get(m.start..m.end).unwrap_or_default().to_string(),
        });
    }
}

/// The text of sentence `i`, whitespace collapsed and capped.
pub fn sentence_text(prep: &Prepared, i: u32) -> String {
    prep.sentences
        .get(i as usize)
        .and_then(|s| prep.clean.get(s.range.clone()))
        .map(|t| collapse_ws(t, MAX_SENTENCE_CHARS))
        .unwrap_or_default()
}

/// Collapses runs of whitespace into one space, trims, and caps the result
/// at `max` characters (an ellipsis marks the cut).
pub fn collapse_ws(s: &str, max: usize) -> String {
    if s.is_ascii() {
        let mut out = String::with_capacity(s.len().min(max.saturating_mul(4)));
        collapse_ascii(s, max, &mut out);
        return out;
    }
    collapse_chars(s, max)
}

/// [`collapse_ws`] by chars.
fn collapse_chars(s: &str, max: usize) -> String {
    let mut out = String::with_capacity(s.len().min(max.saturating_mul(4)));
    let mut n = 0usize;
    for word in s.split_whitespace() {
        if n > 0 {
            out.push(' ');
            n += 1;
        }
        out.push_str(word);
        n += word.chars().count();
        if n > max {
            break;
        }
    }
    if n > max {
        let cut = out
            .char_indices()
            .nth(max.saturating_sub(1))
            .map_or(out.len(), |(i, _)| i);
        out.truncate(cut);
        out.push('…');
    }
    out
}

/// [`collapse_ws`] of an ASCII text, into `out` (empty): a char is a
/// byte, so the words are found by byte and counted by their length.
fn collapse_ascii(s: &str, max: usize, out: &mut String) {
    // `char::is_whitespace` of an ASCII char (with the vertical tab, which
    // `u8::is_ascii_whitespace` leaves out).
    let ws = |b: u8| matches!(b, b'\t' | b'\n' | 0x0b | 0x0c | b'\r' | b' ');
    let b = s.as_bytes();
    // Most sentences are already collapsed: single spaces between words,
    // none at either end. Such a text is its own collapsed form (cut at
    // `max` as the word loop cuts it), copied whole instead of word by
    // word.
    let spaced =
        |(k, &c): (usize, &u8)| !ws(c) || (c == b' ' && k > 0 && k + 1 < b.len() && !ws(b[k - 1]));
    if b.iter().enumerate().all(spaced) {
        if b.len() <= max {
            out.push_str(s);
        } else {
            out.push_str(&s[..max.saturating_sub(1)]);
            out.push('…');
        }
        return;
    }
    let mut i = 0;
    while out.len() <= max {
        while i < b.len() && ws(b[i]) {
            i += 1;
        }
        if i == b.len() {
            break;
        }
        let start = i;
        while i < b.len() && !ws(b[i]) {
            i += 1;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(&s[start..i]);
    }
    if out.len() > max {
        out.truncate(max.saturating_sub(1));
        out.push('…');
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collapse_ws_collapses_and_caps() {
        assert_eq!(collapse_ws("  a \n\n b\tc ", 100), "a b c");
        assert_eq!(collapse_ws("abcdef", 4), "abc…");
        assert_eq!(collapse_ws("abcd", 4), "abcd");
        assert_eq!(collapse_ws("ab cd", 4), "ab …");
        assert_eq!(collapse_ws("", 4), "");
        assert_eq!(collapse_ws("a\u{b}b", 0), "…");
        assert_eq!(collapse_ws("é  b", 2), "é…");
    }

    // The ASCII path gives what the path by chars gives.
    #[test]
    fn collapse_ws_of_ascii_is_the_char_path() {
        let texts = [
            "",
            " ",
            "a",
            " a\u{b}b\u{c}c\r\nd\t ",
            "ab  cd ef",
            "x\u{1f}y z ",
            "ab cd",
            "ab cd ef gh",
            "abcdef",
            " ab",
            "ab ",
            "a  b",
            "a \tb",
        ];
        for s in texts {
            for max in [0, 1, 2, 3, 4, 5, 8, 100, usize::MAX] {
                let mut got = String::new();
                collapse_ascii(s, max, &mut got);
                assert_eq!(got, collapse_chars(s, max), "{s:?} {max}");
            }
        }
    }

    #[test]
    fn mention_rows_count_characters_as_python_does() {
        let text = "Présiden Joko Widodo bertemu Kim Jong-un di Pyongyang — lagi: Joko";
        let at = |s: &str, nth: usize| text.match_indices(s).nth(nth).unwrap().0;
        let m = |s: &str, nth: usize, e: u32| Mention {
            start: at(s, nth),
            end: at(s, nth) + s.len(),
            entity: e,
            via: Via::Exact,
            sentence: 0,
        };
        // Out of text order on purpose: the count starts again.
        let ms = [
            m("Joko Widodo", 0, 1),
            m("Pyongyang", 0, 2),
            m("Kim Jong-un", 0, 3),
            m("Joko", 1, 1),
        ];
        let mut rows = Vec::new();
        mention_rows(text, ms.iter(), &mut rows);
        let chars: Vec<char> = text.chars().collect();
        for r in &rows {
            let by_chars: String = chars[r.start_char..r.end_char].iter().collect();
            assert_eq!(by_chars, r.surface);
            assert_eq!(&text[r.mention.start..r.mention.end], r.surface);
        }
        assert_eq!(rows[0].start_char, 9);
        assert_eq!(rows[3].surface, "Joko");
        assert_eq!(rows[3].start_char, text.chars().count() - 4);
    }
}

/// One typed relation instance, ready to become evidence on an edge.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct RelationEdge {
    /// Relation kind (`meets`, `visits`, ...).
    pub kind: String,
    /// Source entity index.
    pub source: u32,
    /// Target entity index.
    pub target: u32,
    /// False for symmetric kinds.
    pub directed: bool,
    /// Supporting sentence, trigger and modality.
    pub evidence: Evidence,
}

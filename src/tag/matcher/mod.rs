//! The gazetteer matcher: aho-corasick over normalised, word-marked text.
//!
//! Every key starts with [`WORD_START`] and ends with
//! [`WORD_END`](crate::tag::normalize::WORD_END) (see
//! [`crate::tag::normalize`]), so every match is a whole-word match by
//! construction, and a match can only start where a word starts. The search
//! therefore runs the automaton *anchored* from word starts and keeps the
//! longest match there (leftmost-longest); failure transitions are never
//! followed.
//!
//! Design, measured with `examples/matchbench.rs` on the 189,781-name
//! dbpedia-id list:
//! - the keys are split by their first byte into one automaton per byte,
//!   built in parallel: one automaton over all names spends its build time
//!   in the fan-out of the first trie levels, which the split removes;
//! - a first-word index (a small hash table behind a bitmap filter) maps the
//!   first word of every key to the automaton state after it, so a word of
//!   text costs one hash probe instead of a cache miss per letter, and a
//!   pair filter skips the walk when no key continues with the next word;
//! - every word of a text is looked up in that index first (`words`), in a
//!   loop whose rounds do not wait for each other, so that the probes'
//!   cache misses overlap instead of each waiting for the last word's walk;
//! - the longest candidate whose case rule accepts the surface wins, so a
//!   longer key written in the wrong case never hides a shorter valid one.

use crate::base::types::Via;
use crate::gazetteer::Gazetteer;
use crate::tag::normalize::{normalize_into, Normalized, WORD_START};
use crate::tag::variants::{self, CaseRule, PatternTarget};
use aho_corasick::automaton::Automaton;
use build::{build_all, Auto, Part};
use index::WordIndex;
use words::Looked;

mod build;
pub(crate) mod index;
mod inner;
mod lowercase;
mod walk;
mod words;
pub use lowercase::{lowercase_document, LOWERCASE_MIN_WORDS, LOWERCASE_PER_MILLE};

/// Errors building a matcher.
#[derive(Debug, thiserror::Error)]
pub enum MatchError {
    /// The automaton could not be built.
    #[error("cannot build the matcher: {0}")]
    Build(String),
}

/// A whole-word match of one pattern, in original byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Start byte offset in the original text.
    pub start: usize,
    /// End byte offset (exclusive) in the original text.
    pub end: usize,
    /// Pattern id, for [`Matcher::targets`].
    pub pattern: u32,
    /// Found in a document written without capitals (or almost), where
    /// the capitalisation rules are lifted ([`lowercase_document`]).
    pub lifted: bool,
}

/// One entity a hit may refer to, after case rules are checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TargetMatch {
    /// Index into `Gazetteer::entities`.
    pub entity: u32,
    /// Exact, variant, partial (a short form) or demonym.
    pub via: Via,
    /// For partial forms: may resolve without an earlier full mention when
    /// no other entity claims it.
    pub standalone: bool,
}

/// The aho-corasick automaton kind used for the anchored walks.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Engine {
    /// Contiguous NFA: compact and fast (the default).
    #[default]
    Contiguous,
    /// Non-contiguous NFA: cheapest to build, slowest to search.
    Noncontiguous,
    /// DFA: fastest transitions, but slow to build and large.
    Dfa,
}

/// Build options (the defaults are what [`Matcher::new`] uses).
#[derive(Clone, Copy, Debug)]
pub struct MatchOptions {
    /// Automaton kind.
    pub engine: Engine,
    /// One automaton per first key byte (true) or a single one (false).
    pub split: bool,
    /// Threads for building; 0 means all cores.
    pub threads: usize,
    /// Look each key's first word up in a hash index instead of walking it
    /// letter by letter (fewer cache misses on big gazetteers).
    pub word_index: bool,
}

impl Default for MatchOptions {
    fn default() -> Self {
        MatchOptions {
            engine: Engine::Contiguous,
            split: true,
            threads: 0,
            word_index: true,
        }
    }
}

/// A compiled gazetteer: aho-corasick automata over every normalised name and
/// variant, with the targets of each key.
pub struct Matcher {
    parts: Vec<Part>,
    /// Part index for the first byte after a word start; `u16::MAX` = none.
    route: Box<[u16; 256]>,
    /// First word of every key → (part, state after that word's WORD_END);
    /// `None` when [`MatchOptions::word_index`] is off.
    first: Option<WordIndex>,
    targets: Vec<Box<[PatternTarget]>>,
    forms: Vec<Box<str>>,
    keys: usize,
}

impl std::fmt::Debug for Matcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Matcher")
            .field("keys", &self.keys)
            .field("automata", &self.parts.len())
            .finish()
    }
}

/// Match candidates at one word start, shortest first: (global pattern,
/// end offset in the normalised bytes). At most [`Cands::N`] are kept (the
/// longest ones).
struct Cands {
    items: [(u32, usize); Cands::N],
    len: usize,
}

impl Cands {
    const N: usize = 8;

    fn new() -> Cands {
        Cands {
            items: [(0, 0); Cands::N],
            len: 0,
        }
    }

    #[inline]
    fn push(&mut self, c: (u32, usize)) {
        if self.len == Cands::N {
            self.items.copy_within(1.., 0);
            self.len -= 1;
        }
        self.items[self.len] = c;
        self.len += 1;
    }
}

impl Matcher {
    /// Compiles the gazetteer's names, aliases, generated variants and short
    /// forms.
    ///
    /// # Errors
    /// Fails if the automaton cannot be built (too many patterns).
    pub fn new(gaz: &Gazetteer) -> Result<Matcher, MatchError> {
        Matcher::with_options(gaz, MatchOptions::default())
    }

    /// Like [`Matcher::new`], with explicit options.
    ///
    /// # Errors
    /// Fails if an automaton cannot be built (too many patterns).
    pub fn with_options(gaz: &Gazetteer, opts: MatchOptions) -> Result<Matcher, MatchError> {
        let pats = variants::generate(gaz);
        Matcher::from_patterns(pats, opts)
    }

    /// Builds from generated patterns (keys sorted and distinct).
    ///
    /// # Errors
    /// Fails if an automaton cannot be built (too many patterns).
    pub fn from_patterns(
        pats: variants::Patterns,
        opts: MatchOptions,
    ) -> Result<Matcher, MatchError> {
        let keys = &pats.keys;
        // Ranges of keys sharing their first word byte (keys are sorted and
        // all start with WORD_START).
        let mut groups: Vec<(usize, usize, Option<u8>)> = Vec::new();
        if opts.split {
            let mut i = 0;
            while i < keys.len() {
                let b = keys[i].get(1).copied();
                let j = i + keys[i..].partition_point(|k| k.get(1).copied() == b);
                groups.push((i, j, b));
                i = j;
            }
        } else if !keys.is_empty() {
            groups.push((0, keys.len(), None));
        }
        let threads = match opts.threads {
            0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
            n => n,
        }
        .min(groups.len().max(1));
        let built = build_all(keys, &groups, opts, threads)?;
        let mut route = Box::new([u16::MAX; 256]);
        let mut parts = Vec::with_capacity(built.len());
        let mut first = opts
            .word_index
            .then(|| WordIndex::with_capacity(built.iter().map(|b| b.1.len()).sum()));
        for (&(_, _, b), (part, words, pairs)) in groups.iter().zip(built) {
            let idx = parts.len() as u16;
            match b {
                Some(b) => route[usize::from(b)] = idx,
                None => route.fill(idx),
            }
            if let Some(index) = first.as_mut() {
                for (k, end, mut entry) in words {
                    entry.part = idx;
                    index.insert(&keys[k][1.min(end)..end], entry);
                }
                for h in pairs {
                    index.insert_pair(h);
                }
            }
            parts.push(part);
        }
        // A target is `plain` for the shortcut of `targets` only under its
        // form's own key: some keys hold an exact target whose form is
        // another string (the key "Pasukan Pertahanan" of the place
        // "Pertahanan"), and a surface of such a key is no form.
        let mut pats = pats;
        for (key, list) in pats.keys.iter().zip(pats.targets.iter_mut()) {
            for t in list.iter_mut().filter(|t| t.plain) {
                t.plain = pats
                    .forms
                    .get(t.form as usize)
                    .is_some_and(|f| variants::plain_key_is(f, key));
            }
        }
        Ok(Matcher {
            parts,
            route,
            first,
            keys: pats.keys.len(),
            targets: pats
                .targets
                .into_iter()
                .map(Vec::into_boxed_slice)
                .collect(),
            forms: pats.forms,
        })
    }

    /// Number of distinct keys (names, aliases and variants).
    pub fn key_count(&self) -> usize {
        self.keys
    }

    /// Heap bytes used by the automata and the first-word index.
    pub fn memory_usage(&self) -> usize {
        self.first.as_ref().map_or(0, WordIndex::memory_usage)
            + self
                .parts
                .iter()
                .map(|p| match &p.auto {
                    Auto::Contiguous(a) => a.memory_usage(),
                    Auto::Noncontiguous(a) => a.memory_usage(),
                    Auto::Dfa(a) => a.memory_usage(),
                })
                .sum::<usize>()
    }

    /// Finds the leftmost-longest whole-word hits in `text`, in order.
    /// `scratch` is reused between calls; `out` is cleared first. Returns
    /// whether `text` counted as written without capitals
    /// ([`lowercase_document`]), so that callers need not scan it again.
    pub fn find(&self, text: &str, scratch: &mut Normalized, out: &mut Vec<Hit>) -> bool {
        out.clear();
        normalize_into(text, scratch);
        let lifted = lowercase_document(text);
        let Some(first) = &self.first else {
            self.find_walking(text, scratch, out, lifted);
            return lifted;
        };
        let hay = &scratch.bytes[..];
        let mut scratch_words = words::Scratch::take(hay.len() / 8);
        let words = &mut scratch_words.0;
        words::look_up_spans(first, hay, &scratch.words, words);
        let mut j = 0;
        let mut pos = 0;
        while let Some(off) = hay[pos..].iter().position(|&b| b == WORD_START) {
            let s = pos + off;
            while words.get(j).is_some_and(|w| w.start < s) {
                j += 1;
            }
            if words.get(j).is_none_or(|w| w.start != s) {
                // A hit ended where no word of the list starts (a stray
                // marker byte): the words from here on, as this loop finds
                // them.
                words::look_up(first, hay, s, words);
                j = 0;
            }
            let Some(&Looked {
                after, entry, walk, ..
            }) = words.get(j)
            else {
                break;
            };
            pos = after;
            let Some(entry) = entry else {
                continue;
            };
            let mut cands = Cands::new();
            match (walk, self.parts.get(usize::from(entry.part))) {
                (true, Some(part)) => {
                    let rest = &hay[after..];
                    let (st, b) = (entry.state, part.last);
                    part.auto.walk_last(st, rest, after, s, b, &mut cands);
                }
                _ => {
                    if let Some(p) = entry.pattern {
                        cands.push((p, after));
                    }
                }
            }
            let picked = self.pick(text, scratch, s, &cands, lifted);
            if let Some(hit) = picked.map(|h| self.inner_longer(text, scratch, s, h, lifted)) {
                pos = hit.1;
                out.push(hit.0);
            }
        }
        lifted
    }

    /// [`Matcher::find`] without the first-word index: walks every word
    /// start through the automaton of its first byte.
    fn find_walking(&self, text: &str, scratch: &Normalized, out: &mut Vec<Hit>, lifted: bool) {
        let hay = &scratch.bytes[..];
        let mut pos = 0;
        while let Some(off) = hay[pos..].iter().position(|&b| b == WORD_START) {
            let s = pos + off;
            pos = s + 1;
            let Some(&first) = hay.get(s + 1) else {
                break;
            };
            let Some(part) = self.parts.get(usize::from(self.route[usize::from(first)])) else {
                continue;
            };
            let from = s + part.skip;
            let rest = &hay[from..];
            let mut cands = Cands::new();
            let (st, b) = (part.start, part.last);
            part.auto.walk_last(st, rest, from, s, b, &mut cands);
            let picked = self.pick(text, scratch, s, &cands, lifted);
            if let Some(hit) = picked.map(|h| self.inner_longer(text, scratch, s, h, lifted)) {
                pos = hit.1;
                out.push(hit.0);
            }
        }
    }

    /// The longest candidate whose surface some target accepts (a longer
    /// key written in the wrong case must not hide a shorter valid one), as
    /// a hit and its normalised end.
    fn pick(
        &self,
        text: &str,
        scratch: &Normalized,
        s: usize,
        cands: &Cands,
        lifted: bool,
    ) -> Option<(Hit, usize)> {
        for &(pattern, e) in cands.items[..cands.len].iter().rev() {
            let r = scratch.original_range(s, e);
            let Some(surface) = text.get(r.clone()) else {
                continue;
            };
            let list = self
                .targets
                .get(pattern as usize)
                .map_or(&[][..], |l| &l[..]);
            if list.iter().any(|t| self.case_ok(t, surface, lifted)) {
                // "U.S." keeps its final period, even at a sentence's end.
                let dot = text.as_bytes().get(r.end) == Some(&b'.')
                    && list
                        .iter()
                        .any(|t| t.dot && self.case_ok(t, surface, lifted));
                // "PT Pertamina (Persero)", "PT Pertamina ( Persero )":
                // the key ends after the last word, the name after its
                // bracket.
                let rest = text.get(r.end..).unwrap_or("");
                let gap = rest.len() - rest.trim_start_matches([' ', '\t']).len();
                let close = !dot
                    && rest[gap..].starts_with(')')
                    && list
                        .iter()
                        .any(|t| t.close && self.case_ok(t, surface, lifted));
                let end = r.end + usize::from(dot) + if close { gap + 1 } else { 0 };
                if inside_initials(text, r.start, end) {
                    // "M.U.S.T": the letters of a longer abbreviation.
                    return None;
                }
                let hit = Hit {
                    start: r.start,
                    end,
                    pattern,
                    lifted,
                };
                return Some((hit, e));
            }
        }
        None
    }

    fn form(&self, t: &PatternTarget) -> &str {
        self.forms.get(t.form as usize).map_or("", |f| &f[..])
    }

    fn case_ok(&self, t: &PatternTarget, surface: &str, lifted: bool) -> bool {
        if lifted && t.case != CaseRule::Exact && surface.chars().all(|c| !c.is_uppercase()) {
            // A document without capitals: only a two-letter acronym
            // ("as", "us", "un" are words) still needs its capitals.
            return !matches!(t.case, CaseRule::Acronym | CaseRule::AcronymOrTitle)
                || self.form(t).chars().filter(|c| c.is_alphabetic()).count() > 2;
        }
        match t.case {
            CaseRule::Any => true,
            CaseRule::Capitalized => first_upper(surface),
            CaseRule::Acronym | CaseRule::Exact => same_letters(surface, self.form(t)),
            CaseRule::SomeCapital => some_word_upper(surface),
            CaseRule::AcronymOrTitle => same_letters(surface, self.form(t)) || title_case(surface),
        }
    }

    /// The entities a hit may refer to whose case rule accepts the surface
    /// form `&text[hit.start..hit.end]`, with `via` refined against it: an
    /// exact name written other than as listed (up to letter case) is a
    /// variant. One target per entity, strongest first.
    pub fn targets(&self, hit: &Hit, text: &str, out: &mut Vec<TargetMatch>) {
        out.clear();
        let (Some(surface), Some(list)) = (
            text.get(hit.start..hit.end),
            self.targets.get(hit.pattern as usize),
        ) else {
            return;
        };
        // A kept final period ("U.S.") or closing bracket ("(Persero)")
        // is not part of the listed form, which is trimmed like the key.
        let bare = surface.strip_suffix('.').unwrap_or(surface);
        let bare = bare.strip_suffix(')').map_or(bare, str::trim_end);
        // A plain surface of a plain form's own key is that form up to
        // case (both normalise to the key): no need to read the form, a
        // cache miss per target. Other surfaces are compared char by char.
        let mut plain_bare: Option<bool> = None;
        // Targets are sorted by (entity, strength); an entity may list the
        // key under several forms ("Kim Jong Un", "Kim Jong-un").
        for group in list.chunk_by(|a, b| a.entity == b.entity) {
            let Some(best) = group.iter().find(|t| self.case_ok(t, surface, hit.lifted)) else {
                continue;
            };
            let via = if best.via == Via::Exact {
                let plain_bare = *plain_bare.get_or_insert_with(|| variants::plain(bare));
                let exact = group.iter().any(|t| {
                    t.via == Via::Exact
                        && self.case_ok(t, surface, hit.lifted)
                        && ((t.plain && plain_bare) || same_up_to_case(bare, self.form(t)))
                });
                if exact {
                    Via::Exact
                } else {
                    Via::Variant
                }
            } else {
                best.via
            };
            out.push(TargetMatch {
                entity: best.entity,
                via,
                standalone: best.standalone,
            });
        }
    }
}

/// Whether a dotted match (`start..end` in `text`, "U.S.") is a piece of
/// a longer chain of initials: a single-letter initial right before it
/// ("M.U.S.") or a letter right after its last period ("U.S.T"). Such a
/// chain is another abbreviation, not this name.
fn inside_initials(text: &str, start: usize, end: usize) -> bool {
    let Some(surface) = text.get(start..end) else {
        return false;
    };
    if !surface.contains('.') {
        return false;
    }
    let mut before = text[..start].chars().rev();
    let initial_before = before.next() == Some('.')
        && before.next().is_some_and(char::is_alphabetic)
        && before.next().is_none_or(|c| !c.is_alphanumeric());
    let letter_after =
        surface.ends_with('.') && text[end..].chars().next().is_some_and(char::is_alphabetic);
    initial_before || letter_after
}

/// The first letter or digit of `s` is uppercase.
fn first_upper(s: &str) -> bool {
    s.chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(char::is_uppercase)
}

/// Every word (maximal alphanumeric run) is capitalised and the rest of
/// its letters are lowercase ("Acme", "Acme Holdings").
fn title_case(s: &str) -> bool {
    let mut start = true;
    let mut any = false;
    for c in s.chars() {
        if c.is_alphanumeric() {
            if start && c.is_lowercase() || !start && c.is_uppercase() {
                return false;
            }
            any = true;
            start = false;
        } else {
            start = true;
        }
    }
    any
}

/// Some word (maximal alphanumeric run) starts with an uppercase letter.
fn some_word_upper(s: &str) -> bool {
    let mut start = true;
    for c in s.chars() {
        if c.is_alphanumeric() {
            if start && c.is_uppercase() {
                return true;
            }
            start = false;
        } else {
            start = true;
        }
    }
    false
}

/// Same letters and digits, exactly (case included): the acronym check.
fn same_letters(surface: &str, form: &str) -> bool {
    surface
        .chars()
        .filter(|c| c.is_alphanumeric())
        .eq(form.chars().filter(|c| c.is_alphanumeric()))
}

/// Equal up to letter case, any whitespace run counting as one space.
fn same_up_to_case(a: &str, b: &str) -> bool {
    fn chars(s: &str) -> impl Iterator<Item = char> + '_ {
        let mut prev_space = false;
        s.chars()
            .flat_map(char::to_lowercase)
            .filter(move |c| {
                let space = c.is_whitespace();
                let keep = !(space && prev_space);
                prev_space = space;
                keep
            })
            .map(|c| if c.is_whitespace() { ' ' } else { c })
    }
    chars(a).eq(chars(b))
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_kind;

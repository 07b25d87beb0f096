//! A cheap filter that says, per sentence, whether any trigger word or
//! office title *could* be in it, so the rules tokenise and analyse only
//! those sentences.
//!
//! Tokenising a sentence and taking every word's affixes apart costs far
//! more than one automaton pass over the text the matcher has already
//! normalised, and in news most sentences hold neither a trigger nor a
//! title. The filter must never hide a sentence the rules would use, so its
//! patterns are substrings every matching word is guaranteed to contain:
//! - a title's first word, as written in the lexicon;
//! - an Indonesian trigger stem, plus its nasal form when the stem starts
//!   with k, p, t or s (me- and pe- replace that letter: temu → *nemu*i,
//!   kunjung → me*ngunjung*i, pasok → me*masok*, sambut → me*nyambut*);
//!   every other affix the morphology strips leaves the stem in the word;
//! - an English trigger stem without a final e or y (the analysis restores
//!   them: invit*ed*, suppl*ies*), plus the irregular forms of its lemma
//!   (met → meet).
//!
//! The patterns are searched in the matcher's normalisation (lowercase, no
//! diacritics), which folds ASCII letters exactly as the tokeniser does.
//! For a lexicon with a non-ASCII pattern the two foldings could differ, so
//! no filter is built and every sentence is analysed.

use super::lexicon::{Lang, Lexicon};
use crate::ingest::document::Sentence;
use crate::tag::normalize::Normalized;
use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchKind, StartKind};
use std::collections::BTreeMap;

/// The sentence may hold a trigger word.
pub const TRIGGER: u8 = 1;
/// The sentence may hold an office title.
pub const TITLE: u8 = 2;

/// Whether sentence `si` may hold a cue of `kind` (`TRIGGER`, `TITLE` or
/// both), per `flags` from a scan; without flags every sentence may.
pub(crate) fn cued(flags: Option<&[u8]>, si: usize, kind: u8) -> bool {
    flags.is_none_or(|f| f.get(si).is_none_or(|&b| b & kind != 0))
}

/// The substring filter over trigger and title cues.
#[derive(Clone, Debug)]
pub struct Cues {
    /// Unanchored, standard (overlapping) semantics.
    automaton: DFA,
    start: StateID,
    /// `TRIGGER`/`TITLE` bits per pattern.
    kinds: Vec<u8>,
    /// The bits of all patterns together: a sentence that has them all
    /// can learn nothing more from the scan.
    all: u8,
    /// Bytes in the longest pattern.
    longest: usize,
}

/// The Indonesian nasal that replaces a stem's first letter after me-/pe-.
fn nasal(first: char) -> Option<&'static str> {
    match first {
        'k' => Some("ng"),
        'p' => Some("m"),
        't' => Some("n"),
        's' => Some("ny"),
        _ => None,
    }
}

impl Cues {
    /// The filter for `lex`, or `None` when it cannot be exact (a non-ASCII
    /// pattern) or there is nothing to look for.
    pub fn new(lex: &Lexicon) -> Option<Cues> {
        let mut pats: BTreeMap<String, u8> = BTreeMap::new();
        let mut add = |p: String, kind: u8| {
            if !p.is_empty() {
                *pats.entry(p).or_insert(0) |= kind;
            }
        };
        for (lang, stem) in lex.trigger_first_stems() {
            match lang {
                Lang::Id => {
                    let mut chars = stem.chars();
                    if let Some(n) = chars.next().and_then(nasal) {
                        add(format!("{n}{}", chars.as_str()), TRIGGER);
                    }
                    add(stem.to_string(), TRIGGER);
                }
                Lang::En => {
                    let core = stem.strip_suffix(['e', 'y']).unwrap_or(stem);
                    add(core.to_string(), TRIGGER);
                    for (form, _) in lex
                        .irregular
                        .iter()
                        .filter(|(_, lemma)| lemma.as_str() == stem)
                    {
                        add(form.clone(), TRIGGER);
                    }
                }
            }
        }
        for (_, _, words) in &lex.titles {
            if let Some(first) = words.first() {
                add(first.clone(), TITLE);
            }
        }
        // a sanction's sequel verb names its targets in a sentence that
        // may hold no trigger ("The action targets A and B", thirty-first
        // round, part D)
        for w in lex
            .classes
            .get("sanction_sequel_verb")
            .into_iter()
            .flatten()
        {
            add(w.clone(), TRIGGER);
        }
        if pats.is_empty() || pats.keys().any(|p| !p.is_ascii()) {
            return None;
        }
        // A few hundred short patterns make a small DFA: one table lookup
        // per byte, several times faster than the NFA the crate picks by
        // default for this many patterns.
        let automaton = DFA::builder()
            .match_kind(MatchKind::Standard)
            .start_kind(StartKind::Unanchored)
            .build(pats.keys())
            .ok()?;
        let start = automaton.start_state(Anchored::No).ok()?;
        let longest = pats.keys().map(String::len).max().unwrap_or(0);
        let kinds: Vec<u8> = pats.into_values().collect();
        Some(Cues {
            automaton,
            start,
            all: kinds.iter().fold(0, |a, &k| a | k),
            kinds,
            longest,
        })
    }

    /// Whether the folded word `word` contains a cue of kind `kind`: a
    /// plain walk of the DFA, without the set-up of a search, which costs
    /// more than a word.
    pub fn in_word(&self, word: &str, kind: u8) -> bool {
        let a = &self.automaton;
        let mut sid = self.start;
        for &b in word.as_bytes() {
            sid = a.next_state(Anchored::No, sid, b);
            // (a start state is special too when the DFA has a prefilter,
            // and it is no match state)
            if a.is_special(sid)
                && a.is_match(sid)
                && (0..a.match_len(sid)).any(|k| {
                    let pid = a.match_pattern(sid, k);
                    self.kinds
                        .get(pid.as_usize())
                        .is_some_and(|&x| x & kind != 0)
                })
            {
                return true;
            }
        }
        false
    }

    /// Fills `out` with the `TRIGGER`/`TITLE` bits of every sentence of a
    /// document, from its normalised text (as [`crate::tag::matcher::Matcher`]
    /// leaves it).
    pub fn scan(&self, norm: &Normalized, sentences: &[Sentence], out: &mut Vec<u8>) {
        out.clear();
        out.resize(sentences.len(), 0);
        // Matches come in order of their end, which is nearly the order of
        // their start: the sentence of the last match is tried first, and
        // a binary search finds it otherwise. A plain walk of the DFA, as
        // `in_word` makes: the crate's overlapping search keeps its state
        // in memory between bytes and checks more per byte, and its
        // prefilter (were there one) has little to skip when hundreds of
        // short patterns start with most letters.
        let a = &self.automaton;
        let hay = &norm.bytes[..];
        let mut i = 0;
        let mut sid = self.start;
        let mut pos = 0;
        while let Some(&b) = hay.get(pos) {
            pos += 1;
            sid = a.next_state(Anchored::No, sid, b);
            // (a start state is special too when the DFA has a prefilter,
            // and it is no match state)
            if !(a.is_special(sid) && a.is_match(sid)) {
                continue;
            }
            // every pattern that ends here, as the overlapping search
            // reports them
            for k in 0..a.match_len(sid) {
                let pid = a.match_pattern(sid, k);
                let start = pos.checked_sub(a.pattern_len(pid));
                let Some(&at) = start.and_then(|m| norm.map.get(m)) else {
                    continue;
                };
                let at = at as usize;
                if !sentences.get(i).is_some_and(|s| s.range.contains(&at)) {
                    i = sentences.partition_point(|s| s.range.end <= at);
                }
                let (Some(s), Some(bits)) = (sentences.get(i), out.get_mut(i)) else {
                    continue;
                };
                if s.range.start > at {
                    continue;
                }
                *bits |= self.kinds.get(pid.as_usize()).copied().unwrap_or(0);
                if *bits == self.all {
                    if let Some(next) = self.skip_to(norm, sentences, i, pos) {
                        pos = next;
                        sid = self.start;
                        i += 1;
                        break;
                    }
                }
            }
        }
    }

    /// Where the scan may go on once sentence `i` has every bit, after a
    /// match that ends at normalised byte `end`: the first byte of the
    /// next sentence, when every match not yet reported that starts
    /// before it would fall in sentence `i` or between the two (and so
    /// add nothing). Such a match ends at `end` or later, so it starts at
    /// `end - longest` or later: enough when that byte is in sentence `i`
    /// already (the map is in text order). Most of a sentence that names
    /// an office and a trigger early is then not searched.
    fn skip_to(
        &self,
        norm: &Normalized,
        sentences: &[Sentence],
        i: usize,
        end: usize,
    ) -> Option<usize> {
        let (s, next) = (sentences.get(i)?, sentences.get(i + 1)?);
        let back = *norm.map.get(end.checked_sub(self.longest)?)? as usize;
        if next.range.start < s.range.end || back < s.range.start {
            return None;
        }
        let p = norm
            .map
            .partition_point(|&o| (o as usize) < next.range.start)
            .min(norm.bytes.len());
        (p > end).then_some(p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tag::normalize::normalize_into;
    use aho_corasick::Input;

    fn flags(text: &str) -> Vec<u8> {
        let lex = Lexicon::builtin();
        let cues = Cues::new(&lex).expect("the builtin lexicon is ASCII");
        let mut norm = Normalized::new();
        normalize_into(text, &mut norm);
        // one sentence per line
        let mut sentences = Vec::new();
        let mut start = 0;
        for line in text.split_inclusive('\n') {
            sentences.push(Sentence {
                range: start..start + line.len(),
                paragraph: 0,
            });
            start += line.len();
        }
        let mut out = Vec::new();
        cues.scan(&norm, &sentences, &mut out);
        out
    }

    // A lexicon of one trigger gives a DFA with a prefilter, whose start
    // state is special without being a match state: the word check read
    // the match list of that state and panicked (index out of bounds).
    #[test]
    fn regression_a_word_check_with_a_one_trigger_lexicon_does_not_panic() {
        let data = r#"{"kind": "sanctions", "lang": "id", "source": ["place"], "target": ["place"], "triggers": ["sanksi"]}"#;
        let lex = Lexicon::from_reader(data.as_bytes(), "extra.jsonl").expect("parses");
        let cues = Cues::new(&lex).expect("ASCII");
        for w in ["", "x", "menjatuhkan", "kepada", "iran", "sanks"] {
            assert!(!cues.in_word(w, TRIGGER), "{w}");
        }
        assert!(cues.in_word("sanksi", TRIGGER));
        assert!(cues.in_word("bersanksinya", TRIGGER));
        assert!(!cues.in_word("sanksi", TITLE));
    }

    // The scan that skips the rest of a sentence with every bit gives
    // the flags of the whole search, whose every match is attributed.
    #[test]
    fn skipping_a_full_sentence_changes_no_flag() {
        let lex = Lexicon::builtin();
        let cues = Cues::new(&lex).expect("ASCII");
        let whole = |norm: &Normalized, sentences: &[Sentence]| -> Vec<u8> {
            let mut out = vec![0u8; sentences.len()];
            let input = Input::new(&norm.bytes[..]);
            for m in cues
                .automaton
                .try_find_overlapping_iter(input)
                .expect("no fail")
            {
                let at = norm.map[m.start()] as usize;
                if let Some(i) = sentences.iter().position(|s| s.range.contains(&at)) {
                    out[i] |= cues.kinds[m.pattern().as_usize()];
                }
            }
            out
        };
        let parts = [
            "Presiden Rusia menemui Kim di Moskwa dan bertemu Menteri Luar Negeri.",
            "Semua orang makan.",
            "presidenmenemuipresiden",
            "The president met the prime minister and visited Hanoi.",
            "menteri",
            "x",
            "",
            "Kunjungan Presiden.",
        ];
        let mut norm = Normalized::new();
        for a in parts {
            for b in parts {
                for c in parts {
                    // sentences with and without a gap, and one split
                    // inside a word
                    for gap in ["", " ", "\n"] {
                        let text = format!("{a}{gap}{b}{gap}{c}");
                        normalize_into(&text, &mut norm);
                        let (x, y) = (a.len(), a.len() + gap.len() + b.len());
                        let sentences = [
                            Sentence {
                                range: 0..x,
                                paragraph: 0,
                            },
                            Sentence {
                                range: x + gap.len()..y,
                                paragraph: 0,
                            },
                            Sentence {
                                range: y + gap.len()..text.len(),
                                paragraph: 0,
                            },
                        ];
                        let mut out = Vec::new();
                        cues.scan(&norm, &sentences, &mut out);
                        assert_eq!(out, whole(&norm, &sentences), "{text:?}");
                        let half = (0..=text.len() / 2)
                            .rev()
                            .find(|&h| text.is_char_boundary(h));
                        let h = half.unwrap_or(0);
                        let split = [
                            Sentence {
                                range: 0..h,
                                paragraph: 0,
                            },
                            Sentence {
                                range: h..text.len(),
                                paragraph: 0,
                            },
                        ];
                        cues.scan(&norm, &split, &mut out);
                        assert_eq!(out, whole(&norm, &split), "{text:?} at {h}");
                    }
                }
            }
        }
    }

    #[test]
    fn affixed_and_inflected_forms_are_seen() {
        let text = "Putin menemui Kim.\nMereka akan mengunjungi Hanoi.\n\
                    He was invited by Xi.\nThey met in Moscow.\nChina memasok senjata.\n\
                    Presiden Rusia datang.\nSemua orang makan.\nThe weather was fine.\n";
        let t = TRIGGER;
        assert_eq!(flags(text), [t, t, t, t, t, t | TITLE, 0, 0]);
    }

    #[test]
    fn words_with_a_trigger_cue() {
        let cues = Cues::new(&Lexicon::builtin()).expect("ASCII");
        for w in [
            "menemui",
            "pertemuan",
            "kunjungannya",
            "invitation",
            "met",
            "supplied",
        ] {
            assert!(cues.in_word(w, TRIGGER), "{w}");
        }
        for w in ["semua", "presiden", "makan"] {
            assert!(!cues.in_word(w, TRIGGER), "{w}");
        }
        assert!(cues.in_word("presiden", TITLE));
    }

    #[test]
    fn diacritics_and_case_are_folded() {
        assert_eq!(flags("PRÉSIDEN tiba.\n"), [TRIGGER | TITLE]);
    }
}

//! Trigger words of a sentence: every word's candidate stems are looked
//! up in the lexicon's index of first stems, phrases are checked word by
//! word, and the voice of the first word is kept (refined by context for
//! English).

use super::env::Env;
use super::lexicon::{Lang, Lexicon};
use super::morph::{analyze_en, analyze_id, Analysis, Voice};
use super::sentence::Sent;
use super::titles::TitleMatch;
use crate::base::FastMap;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::rc::Rc;

/// A trigger found in a sentence.
#[derive(Clone, Debug)]
pub(super) struct Trig {
    /// Index into `Lexicon::rules`.
    pub rule: usize,
    /// First token.
    pub start: usize,
    /// One past the last token.
    pub end: usize,
    /// Voice of the first word.
    pub voice: Voice,
}

/// Indonesian and English analyses of one word.
struct Analyses {
    /// The analyses per language (Indonesian, English).
    lists: [Vec<Analysis>; 2],
    /// Per language, the places in `lists` of the analyses whose stem
    /// starts some trigger phrase, in list order: found once per distinct
    /// word, so that a word's use does not hash every candidate stem
    /// again (most start nothing).
    starts: [Vec<usize>; 2],
}

/// Distinct words cached per thread before the cache is emptied.
const MAX_CACHED_WORDS: usize = 100_000;

thread_local! {
    // Words repeat heavily across a corpus, and their analysis (affix
    // stripping, allocation-heavy) depends only on the word and the
    // lexicon's irregular forms: memoise it per thread. The cache belongs to
    // one lexicon (by address) and is emptied when another is used.
    static ANALYSES: RefCell<(usize, FastMap<String, Rc<Analyses>>)> =
        RefCell::new((0, FastMap::default()));
}

fn analyses(lex: &super::lexicon::Lexicon, word: &str) -> Rc<Analyses> {
    ANALYSES.with(|cell| {
        let mut cache = cell.borrow_mut();
        let owner = lex as *const super::lexicon::Lexicon as usize;
        if cache.0 != owner || cache.1.len() >= MAX_CACHED_WORDS {
            cache.1.clear();
            cache.0 = owner;
        }
        if let Some(a) = cache.1.get(word) {
            return Rc::clone(a);
        }
        let (mut id, mut en) = (Vec::new(), Vec::new());
        analyze_id(word, &mut id);
        analyze_en(word, &lex.irregular, &mut en);
        let starting = |lang: Lang, list: &[Analysis]| -> Vec<usize> {
            (0..list.len())
                .filter(|&i| lex.phrases_starting(lang, &list[i].stem).is_some())
                .collect()
        };
        let starts = [starting(Lang::Id, &id), starting(Lang::En, &en)];
        let a = Rc::new(Analyses {
            lists: [id, en],
            starts,
        });
        cache.1.insert(word.to_string(), Rc::clone(&a));
        a
    })
}

pub(super) fn find_triggers(env: &Env, s: &Sent, titles: &[TitleMatch]) -> Vec<Trig> {
    let lex = env.lex;
    let mut in_title = vec![false; s.toks.len()];
    for t in titles {
        for f in in_title.get_mut(t.title.clone()).into_iter().flatten() {
            *f = true;
        }
    }
    let blocked = |k: usize| {
        !s.toks[k].word
            || s.in_mention(k)
            || lex.tok_in_class("not_trigger", &s.toks[k])
            || in_title.get(k).copied().unwrap_or(false)
            // a word a sport report uses in another sense (`sport.rs`)
            || (lex.tok_in_class("sport_sense", &s.toks[k]) && env.sport_report())
            // reduplication (undang-undang, kunjung-mengunjungi) is not a trigger
            || (k + 2 < s.toks.len() && s.toks[k + 1].norm == "-" && s.toks[k + 2].word)
            || (k >= 2
                && s.toks[k - 1].norm == "-"
                && s.toks[k - 2].word
                && !plural_reduplication(lex, s, k))
    };
    // Analyses (memoised per distinct word and thread) are needed for the
    // words that may start a trigger (those with a cue, per the filter) and
    // the words after them that a phrase may cover; never for blocked words.
    let n = s.toks.len();
    // The cue test first: most words hold no cue, and it is cheaper than
    // the class probe `blocked` makes (a word of a mention, which
    // `blocked` refuses, is not walked at all).
    let first: Vec<bool> = (0..n)
        .map(|k| {
            s.toks[k].word
                && !s.in_mention(k)
                && env
                    .cues
                    .is_none_or(|c| c.in_word(&s.toks[k].norm, super::cues::TRIGGER))
                && !blocked(k)
        })
        .collect();
    let reach = lex.longest_trigger.saturating_sub(1);
    let need: Vec<bool> = (0..n)
        .map(|k| first[k] || ((k.saturating_sub(reach)..k).any(|i| first[i]) && !blocked(k)))
        .collect();
    let anal: Vec<Option<Rc<Analyses>>> = (0..n)
        .map(|k| need[k].then(|| analyses(lex, &s.toks[k].norm)))
        .collect();
    let find = |k: usize, lang: Lang, stem: &str| -> Option<Voice> {
        let list = &anal.get(k)?.as_ref()?.lists[usize::from(lang == Lang::En)];
        list.iter().find(|a| a.stem == stem).map(|a| a.voice)
    };
    let mut out: Vec<Trig> = Vec::new();
    let mut best: BTreeMap<usize, (usize, Voice)> = BTreeMap::new();
    for (k, lists) in anal.iter().enumerate() {
        best.clear();
        let Some(lists) = lists else { continue };
        for (li, lang) in [(0, Lang::Id), (1, Lang::En)] {
            // (the analyses of no phrase's first stem add nothing: only
            // the others are looked up)
            for a in lists.starts[li]
                .iter()
                .filter_map(|&i| lists.lists[li].get(i))
            {
                let Some(cands) = lex.phrases_starting(lang, &a.stem) else {
                    continue;
                };
                for &(ri, pi) in cands {
                    let phrase = &lex.triggers[ri][pi];
                    let Some(voice) = find(k, lang, &phrase[0]) else {
                        continue;
                    };
                    let rest = phrase
                        .iter()
                        .enumerate()
                        .skip(1)
                        .all(|(j, w)| find(k + j, lang, w).is_some());
                    if rest && best.get(&ri).is_none_or(|(n, _)| phrase.len() > *n) {
                        best.insert(ri, (phrase.len(), voice));
                    }
                }
            }
        }
        for (&ri, &(n, voice)) in &best {
            let rule = &lex.rules[ri];
            // Triggers are found in token order and span at most
            // `longest_trigger` tokens: only the last few can cover `k`.
            if out
                .iter()
                .rev()
                .take_while(|t| t.start + lex.longest_trigger > k)
                .any(|t| lex.rules[t.rule].kind == rule.kind && t.start <= k && k < t.end)
            {
                continue;
            }
            // "mengecam aksi bom bunuh diri di X": a bare trigger after a
            // word of class `noun_lead` is a noun
            let led = k > 0 && s.toks[k - 1].word && lex.tok_in_class("noun_lead", &s.toks[k - 1]);
            let voice = if rule.lang == Lang::En {
                english_voice(s, k, voice, lex)
            } else if led {
                Voice::Nominal
            } else if rule.bare_noun
                && lex.triggers[ri]
                    .iter()
                    .any(|p| p.len() == n && p[0] == s.toks[k].norm)
            {
                // "sanksi PBB terhadap Pyongyang": the bare noun
                Voice::Nominal
            } else {
                voice
            };
            out.push(Trig {
                rule: ri,
                start: k,
                end: k + n,
                voice,
            });
        }
    }
    out
}

/// Whether token `k` closes the full reduplication of a noun of class
/// `plural_reduplication` ("surat-surat kepercayaan"): a plural that
/// still heads its trigger phrase (thirty-sixth round, part B).
fn plural_reduplication(lex: &Lexicon, s: &Sent, k: usize) -> bool {
    s.toks[k - 2].norm == s.toks[k].norm && lex.tok_in_class("plural_reduplication", &s.toks[k])
}

/// English voice from context: "was invited" is passive, "the visit" and
/// "Putin's visit" are nouns.
pub(super) fn english_voice(s: &Sent, k: usize, voice: Voice, lex: &Lexicon) -> Voice {
    let w = &s.toks[k].norm;
    let participle = w.ends_with("ed") || lex.irregular.get(w).is_some_and(|l| l != w);
    let prev = |d: usize| k.checked_sub(d).and_then(|i| s.toks.get(i));
    let be = |d: usize| prev(d).is_some_and(|t| lex.tok_in_class("be", t));
    if participle && (be(1) || be(2)) {
        return Voice::Passive;
    }
    let det = prev(1).is_some_and(|t| lex.tok_in_class("determiner", t));
    let poss = s.possessive_s_before(k);
    // "Australia's budget support": a possessor across one modifier
    let poss = poss || (!participle && super::noun_agent::modified_start(lex, s, k) < k);
    if det || poss || modified_noun(s, k, participle, lex) {
        Voice::Nominal
    } else {
        voice
    }
}

/// "the double attack by X", "a deadly strike on Y" (thirty-fourth round,
/// part D): a determiner, one modifier of an act (class
/// `possessed_modifier`: "double", "deadly", "military"), then a trigger
/// in its base form is a noun, whose agent is its own "by" phrase, never
/// the clause subject. Only that class: "a working visit ... received by
/// Y", "the coalition supporting X" keep their readings.
fn modified_noun(s: &Sent, k: usize, participle: bool, lex: &Lexicon) -> bool {
    let w = &s.toks[k].norm;
    // "attacks", "strikes": a plural noun or a verb's third person alike
    let base = !participle && !w.ends_with('s') && !w.ends_with("ing");
    base && k >= 2
        && s.is_lower(k - 1)
        && !s.in_mention(k - 1)
        && lex.tok_in_class("possessed_modifier", &s.toks[k - 1])
        && lex.tok_in_class("determiner", &s.toks[k - 2])
}

/// A passive trigger of class `reciprocal` ("dipertemukan"), with no
/// agent after it.
pub(super) fn reciprocal(env: &Env, s: &Sent, t: &Trig) -> bool {
    t.voice == Voice::Passive
        && (t.start..t.end).any(|k| env.lex.tok_in_class("reciprocal", &s.toks[k]))
}

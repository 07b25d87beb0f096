//! Issue 17, thirty-third round, part C1: plural references to persons
//! named before, and a coordinated person introduced by a title phrase.
//!
//! - A plural subject pronoun opening its sentence (class
//!   `plural_pronoun`: they; mereka) stands for the two persons of the
//!   sentence right before, when that sentence named exactly two, not as
//!   one party (`Memory::pair`), as the subject of a passive with its
//!   agent: "X and his wife, Y, arrived . They were welcomed by Z". Each becomes a
//!   mention over the pronoun (see [`resolve`]).
//! - A counted description (a count of class `count_3` .. `count_6`
//!   after "the", or one of class `definite_count` alone: "the three
//!   prime ministers", "ketiga menteri") stands for the persons shown before with an office whose
//!   title its other words name (or any titled person, for words of class
//!   `pair_generic`: "leaders"), when exactly as many fit. Two are
//!   `pair_described`'s.
//! - A pair description right after a lowercase word ("pertemuan
//!   bilateral kedua kepala negara") and a plural possessive (class
//!   `plural_possessive`: "after their talks", "pertemuan mereka") stand
//!   for the pair: the two persons named before it in its sentence, or,
//!   with none there but one of them, the two of the last sentence
//!   (`Memory::pair`). Their mentions are nested and marked `Via::Nested`
//!   (a clitic's reader leaves them): only a symmetric noun trigger right
//!   before or after them reads them, as its two parties
//!   ([`genitive_pair`]), as it reads a pair description's.
//!
//! The mentions of one plural reference share their tokens; a trigger
//! that takes one as an argument, with another argument of its own, takes
//! every other ([`others`]); a plural is never paired within itself there
//! (a pair description's reading).
//! Unresolved (no count that fits, two sentences back, three persons
//! before a "they") leaves the words alone.

use super::coref::Memory;
use super::env::Env;
use super::lexicon::Lexicon;
use super::morph::Voice;
use super::sentence::{may_hold, ClassKey, Ment, Sent};
use super::triggers::Trig;
use crate::base::types::{EntityType, Via};

/// Most auxiliaries between a plural pronoun and its passive verb.
const GAP: usize = 3;

/// Most words of a counted description's head ("heads of state").
const HEAD_WORDS: usize = 3;

/// The counts a counted description may have, with their classes.
const COUNTS: [(usize, &str); 4] = [
    (3, "count_3"),
    (4, "count_4"),
    (5, "count_5"),
    (6, "count_6"),
];

/// The classes of [`COUNTS`], their bits read once per word table.
static COUNT_KEYS: [ClassKey; 4] = [
    ClassKey::new(COUNTS[0].1),
    ClassKey::new(COUNTS[1].1),
    ClassKey::new(COUNTS[2].1),
    ClassKey::new(COUNTS[3].1),
];

/// Most tokens of a title phrase before a coordinated person's comma.
const TITLE_TOKENS: usize = 12;

/// Word classes a lowercase word of a title phrase may belong to (a
/// guest's apposition reads the same, `guest_apposition`).
pub(super) const TITLE_WORDS: [&str; 6] = [
    "determiner",
    "title_link",
    "long_title_link",
    "title_lead",
    "title_modifier",
    "former",
];

/// Adds the plural references of sentence `si` that resolve (see the
/// module's note).
pub(super) fn resolve(lex: &Lexicon, s: &mut Sent, mem: &Memory, si: u32) {
    let mut found: Vec<(std::ops::Range<usize>, Vec<u32>, u32, bool)> = Vec::new();
    let last_si = mem.last_sentence();
    // (the class mask answers for the whole sentence: most hold no plural
    // pronoun, and the passive after one is read only where one stands)
    let pronouns = may_hold!(s, lex, "plural_pronoun");
    // (and so for a count and a plural possessive: a sentence with no
    // word of those classes, most of them, asks no token; throughput,
    // thirty-first round)
    let counts = COUNT_KEYS.iter().any(|key| s.may_hold_key(lex, key));
    let possessives = may_hold!(s, lex, "plural_possessive");
    for k in 0..s.toks.len() {
        let t = &s.toks[k];
        if !t.word || s.in_mention(k) {
            continue;
        }
        // "They were welcomed by Z": the two persons of the sentence right
        // before, from a pronoun opening its own (not one party: "X ,
        // accompanied by Y . They discussed ... with Z" is no meeting of X
        // and Y)
        if pronouns && lex.tok_in_class("plural_pronoun", t) && (0..k).all(|j| !s.toks[j].word) {
            let pair = mem
                .pair(si)
                .filter(|_| last_si + 1 == si && passive_after(lex, s, k + 1));
            if let Some((p, from)) = pair {
                found.push((k..k + 1, p.to_vec(), from, false));
            }
            continue;
        }
        if let Some((n, persons, from)) = counts.then(|| counted(lex, s, mem, k)).flatten() {
            found.push((k..k + n, persons, from, false));
            continue;
        }
        // a lowercase word before: the owner of a noun ("pertemuan
        // bilateral kedua kepala negara", "pertemuan mereka")
        let after_noun = k > 0 && s.is_lower(k - 1) && !s.in_mention(k - 1);
        let possessive = possessives && lex.tok_in_class("plural_possessive", t);
        // (the phrase is looked up only where it could count)
        let n = if after_noun || possessive {
            s.class_phrase_at(lex, "pair_description", k)
        } else {
            0
        };
        if (n > 0 && after_noun) || possessive {
            let n = n.max(1);
            if s.ments.iter().any(|m| m.nested && m.toks.start == k) {
                continue;
            }
            let here = persons_before(s, k);
            // (the persons before may be one of the pair, named again:
            // "kepada wartawan bersama Y seusai pertemuan kedua kepala
            // negara")
            let pair = match here[..] {
                [a, b] => Some((vec![a, b], si)),
                _ => mem
                    .pair(si)
                    .filter(|(p, _)| here.iter().all(|x| p.contains(x)))
                    .map(|(p, from)| (p.to_vec(), from)),
            };
            if let Some((p, from)) = pair {
                found.push((k..k + n, p, from, true));
            }
        }
    }
    for (toks, persons, from, nested) in found {
        for c in s.covered.get_mut(toks.clone()).into_iter().flatten() {
            *c = !nested || *c;
        }
        for entity in persons {
            s.ments.push(Ment {
                entity,
                etype: EntityType::Person,
                ext: toks.start,
                toks: toks.clone(),
                // (an owner's pair is marked, so that no clitic reader
                // takes it for its one owner: "dukungan mereka")
                via: if nested { Via::Nested } else { Via::Partial },
                nested,
                in_title: false,
                coref: Some(from),
            });
        }
    }
}

/// Whether a passive with its agent follows token `k`: at most
/// [`GAP`] words of class `pair_gap`, one word and a word of class
/// `plural_agent` ("were welcomed by", "disambut oleh"). A plural pronoun
/// is read only there: as the subject of anything else it may stand for
/// a group or two states ("Mereka berharap negosiasi ...").
fn passive_after(lex: &Lexicon, s: &Sent, k: usize) -> bool {
    let gap = (k..(k + GAP).min(s.toks.len()))
        .take_while(|&j| s.is_lower(j) && lex.tok_in_class("pair_gap", &s.toks[j]))
        .count();
    let verb = k + gap;
    s.is_lower(verb)
        && s.toks
            .get(verb + 1)
            .is_some_and(|t| t.word && lex.tok_in_class("plural_agent", t))
}

/// The distinct persons named (not nested) before token `k`, in order.
fn persons_before(s: &Sent, k: usize) -> Vec<u32> {
    let mut v: Vec<u32> = Vec::new();
    for m in &s.ments {
        if m.etype == EntityType::Person && !m.nested && m.toks.end <= k && !v.contains(&m.entity) {
            v.push(m.entity);
        }
    }
    v
}

/// A counted description at token `k` ("the three prime ministers",
/// "ketiga menteri"): its length, the persons it stands for and the last
/// sentence that titled one of them.
fn counted(lex: &Lexicon, s: &Sent, mem: &Memory, k: usize) -> Option<(usize, Vec<u32>, u32)> {
    let the = usize::from(s.toks[k].norm == "the");
    let c = k + the;
    let w = s.toks.get(c).filter(|t| t.word && !s.in_mention(c))?;
    // a bare count follows "the" ("three ministers" may be any three),
    // unless definite itself ("ketiga menteri": the three ministers);
    // asked first, as most words are neither
    if the == 0 && !lex.tok_in_class("definite_count", w) {
        return None;
    }
    let &(count, _) = COUNTS
        .iter()
        .find(|(_, class)| lex.in_class(class, &w.norm))?;
    let head_end = (c + 1..(c + 1 + HEAD_WORDS).min(s.toks.len()))
        .take_while(|&j| s.toks[j].word && !s.in_mention(j))
        .last()?
        + 1;
    // the longest head that fits, shortest last ("prime ministers will")
    for end in (c + 2..=head_end).rev() {
        let rest: Vec<&str> = (c + 1..end).map(|j| s.toks[j].norm.as_str()).collect();
        // a name or a title going on after the head is another reading
        let next = s.toks.get(end);
        if next.is_some_and(|t| t.word && t.upper) || s.free_at(end).is_some() {
            continue;
        }
        let generic = rest.iter().all(|w| lex.in_class("pair_generic", w));
        let fits = |office: usize| {
            generic
                || lex.offices.get(office).is_some_and(|o| {
                    o.titles
                        .values()
                        .flatten()
                        .any(|t| super::pair_described::title_fits(t, &rest))
                })
        };
        let mut persons: Vec<u32> = Vec::new();
        let mut from = 0;
        for &(office, _, person, si) in mem.titled() {
            if fits(office) {
                from = from.max(si);
                if !persons.contains(&person) {
                    persons.push(person);
                }
            }
        }
        if !persons.is_empty() {
            return (persons.len() == count).then_some((end - k, persons, from));
        }
    }
    None
}

/// The other mentions of the plural reference mention `m` belongs to
/// (the same tokens, resolved by coreference) that pass `ok`.
pub(super) fn others(s: &Sent, m: usize, ok: &dyn Fn(usize) -> bool) -> Vec<usize> {
    let a = &s.ments[m];
    if a.coref.is_none() || a.nested {
        return Vec::new();
    }
    (0..s.ments.len())
        .filter(|&b| {
            let x = &s.ments[b];
            b != m
                && !x.nested
                && x.coref.is_some()
                && x.toks == a.toks
                && x.entity != a.entity
                && ok(b)
        })
        .collect()
}

/// The two nested mentions of a pair that owns the noun trigger `t`: right
/// after it, past at most one lowercase modifier ("pertemuan bilateral
/// kedua kepala negara", "pertemuan mereka"), or right before it ("after
/// their talks").
pub(super) fn genitive_pair(env: &Env, s: &Sent, t: &Trig) -> Option<(usize, usize)> {
    // ("their talks": a possessive makes a noun of any form)
    let nominal = t.voice == Voice::Nominal;
    let modifier = nominal
        && s.is_lower(t.end)
        && s.toks.get(t.end).is_some_and(|w| {
            !["prep", "clause", "list", "coord"]
                .iter()
                .any(|c| env.lex.tok_in_class(c, w))
        });
    let at = |m: &Ment| {
        (nominal && m.toks.start == t.end)
            || (modifier && m.toks.start == t.end + 1)
            || (m.toks.end == t.start
                && env
                    .lex
                    .tok_in_class("plural_possessive", &s.toks[m.toks.start]))
    };
    let a = (0..s.ments.len()).find(|&a| {
        let m = &s.ments[a];
        m.nested && m.coref.is_some() && m.etype == EntityType::Person && at(m)
    })?;
    let b = (a + 1..s.ments.len()).find(|&b| {
        let m = &s.ments[b];
        m.nested && m.coref.is_some() && m.toks == s.ments[a].toks && m.entity != s.ments[a].entity
    })?;
    Some((a, b))
}

/// The start of the phrase (`Ment::ext`) of a person introduced by a
/// title phrase and a comma at token `k`, right after a list word, when
/// the name closes its clause: "and the deputy speaker of Parliament , Y
/// ;", "and the Ambassador of X to Y , Z .". The phrase names no person,
/// holds no clause or list word, and its lowercase words are title words
/// (classes [`TITLE_WORDS`], a preposition of no class `venue_prep`, a
/// word of an office's title). The name's phrase may start inside it
/// (the title pass reads "speaker of Parliament , Y" as Y's title).
pub(super) fn titled_conjunct(env: &Env, s: &Sent, k: usize) -> Option<usize> {
    let lex = env.lex;
    // (a word of some office's title as written, ignoring ASCII case)
    let office_word = |w: &str| lex.words.in_title(w);
    let mut titled = false;
    let end = (k + TITLE_TOKENS).min(s.toks.len());
    let mut j = k;
    while j < end {
        let t = &s.toks[j];
        if t.norm == "," {
            break;
        }
        if let Some(m) = s.ments.iter().find(|m| m.toks.contains(&j) && !m.nested) {
            if m.etype == EntityType::Person {
                return None;
            }
            j = m.toks.end.max(j + 1);
            continue;
        }
        let possessive = t.norm == "'" || (t.norm == "s" && j > k && s.toks[j - 1].norm == "'");
        if possessive {
            // "China 's Vice Minister"
        } else if !t.word || lex.tok_in_class("clause", t) || lex.tok_in_class("list", t) {
            return None;
        } else if t.upper || office_word(&t.norm) {
            titled = true;
        } else if !(TITLE_WORDS.iter().any(|c| lex.tok_in_class(c, t))
            || (lex.tok_in_class("prep", t) && !lex.tok_in_class("venue_prep", t)))
        {
            return None;
        }
        j += 1;
    }
    if j == k || j >= end || !titled {
        return None;
    }
    let p = s.ments.iter().find(|m| {
        m.free() && m.etype == EntityType::Person && m.toks.start == j + 1 && m.ext >= k
    })?;
    // the name closes its clause
    let close = p.toks.end;
    (close >= s.toks.len() || !s.toks[close].word).then_some(p.ext)
}

//! A plural description standing for the two persons just named (issue
//! 17, eighteenth round, second part): "X met Y in Z . The two leaders
//! discussed trade", "Keduanya membahas ...". When the last sentence that
//! named a person (one of the two sentences right before) named exactly
//! two, a phrase of class `pair_description` ("the two leaders", "both
//! leaders", "kedua pemimpin", "keduanya") with no person before it in
//! its sentence stands for both: two nested mentions on its words, which
//! only the subject slot of a symmetric trigger (meets, signs) reads, and
//! only when the trigger follows it with at most four auxiliaries or
//! adverbs between (class `pair_gap`: "are scheduled to hold talks"),
//! finds no other argument, has no direct object ("Both leaders visited
//! Jakarta" is no meeting) and is no visit of a person (a `verb_only`
//! rule: "Keduanya mengunjungi ..." is a visit to a third party).

use super::env::Env;
use super::lexicon::Lexicon;
use super::morph::Voice;
use super::sentence::{Ment, Sent};
use super::triggers::Trig;
use crate::base::types::{EntityType, Via};

/// How many words may stand between the description and its trigger.
const GAP: usize = 4;

/// The description's class.
const CLASS: &str = "pair_description";

/// Whether the words of sentence `text` may hold a pair description
/// (one probe per word): a sentence naming no one is read only then.
pub(super) fn may_describe(lex: &Lexicon, text: &str) -> bool {
    super::text::any_lower_word(text, |w| {
        lex.phrases_from(w).iter().any(|(c, _)| c == CLASS)
    })
}

/// The first pair description of `s` (start, length), when no person is
/// named before it in its sentence.
fn description_at(lex: &Lexicon, s: &Sent) -> Option<(usize, usize)> {
    for k in 0..s.toks.len() {
        let n = s.class_phrase_at(lex, CLASS, k);
        if n == 0 || (k..k + n).any(|j| s.in_mention(j)) {
            continue;
        }
        let person_before = s
            .ments
            .iter()
            .any(|m| m.etype == EntityType::Person && !m.nested && m.toks.start < k);
        return (!person_before).then_some((k, n));
    }
    None
}

/// Adds the first pair description of `s` with no person before it as
/// two nested mentions of `pair`, named in sentence `from`.
pub(super) fn describe(lex: &Lexicon, s: &mut Sent, pair: [u32; 2], from: u32) {
    if let Some((k, n)) = description_at(lex, s) {
        push_pair(s, k..k + n, pair, from);
    }
}

fn push_pair(s: &mut Sent, toks: std::ops::Range<usize>, pair: [u32; 2], from: u32) {
    for entity in pair {
        s.ments.push(Ment {
            entity,
            etype: EntityType::Person,
            ext: toks.start,
            toks: toks.clone(),
            via: Via::Partial,
            nested: true,
            in_title: false,
            coref: Some(from),
        });
    }
}

/// Twenty-first round: a pair description that no sentence just before
/// settles ("Kunjungan ini yang pertama bagi Menlu Y . Kedua menlu
/// menandatangani ...": the last sentence named one) stands for the two
/// titled persons of the document it fits, when exactly two fit and
/// their offices belong to two different countries (or bodies). The
/// words of the description beyond its count (class `pair_count`: "the
/// two", "kedua") are an office's title ("menlu", "prime ministers",
/// "menteri" the head of "Menteri Luar Negeri", "ministers" the head of
/// "Foreign Minister") or all generic (class `pair_generic`: "leaders",
/// "pemimpin", "keduanya"), which fits every titled person.
/// `titled` is the document's (office, country, person, sentence).
pub(super) fn describe_fitting(
    lex: &Lexicon,
    s: &mut Sent,
    titled: &[(usize, Option<u32>, u32, u32)],
) {
    let Some((k, n)) = description_at(lex, s) else {
        return;
    };
    let rest: Vec<&str> = (k..k + n)
        .map(|j| s.toks[j].norm.as_str())
        .filter(|w| !lex.in_class("pair_count", w))
        .collect();
    let generic = rest.iter().all(|w| lex.in_class("pair_generic", w));
    let fits = |office: usize| {
        generic
            || lex
                .offices
                .get(office)
                .is_some_and(|o| o.titles.values().flatten().any(|t| title_fits(t, &rest)))
    };
    // the first titled mention of each fitting person, in text order
    let mut found: Vec<(u32, u32, u32)> = Vec::new();
    for &(office, of, person, si) in titled {
        let Some(of) = of else { continue };
        if found.iter().any(|f| f.0 == person) || !fits(office) {
            continue;
        }
        found.push((person, of, si));
        if found.len() > 2 {
            return;
        }
    }
    if let [(a, ca, sa), (b, cb, sb)] = found[..] {
        if ca != cb {
            push_pair(s, k..k + n, [a, b], sa.max(sb));
        }
    }
}

/// Whether the description's words `rest` name title `t`: its head, the
/// last words (English: "ministers" for "Foreign Minister") or the first
/// ("menteri" for "Menteri Luar Negeri"), a plural's "s" aside.
pub(super) fn title_fits(t: &str, rest: &[&str]) -> bool {
    let words: Vec<String> = t.split_whitespace().map(str::to_lowercase).collect();
    let same = |w: &str, r: &str| w == r || r.strip_suffix('s') == Some(w);
    let n = rest.len();
    n > 0
        && words.len() >= n
        && (words[words.len() - n..]
            .iter()
            .zip(rest)
            .all(|(w, r)| same(w, r))
            || words[..n].iter().zip(rest).all(|(w, r)| same(w, r)))
}

/// The two mentions of a pair description that is the subject of the
/// active trigger `t` (see the module's note).
pub(super) fn described_pair(env: &Env, s: &Sent, t: &Trig) -> Option<(usize, usize)> {
    if t.voice != Voice::Active {
        return None;
    }
    let twin = |a: usize| {
        let m = &s.ments[a];
        (m.nested && m.coref.is_some() && m.toks.end <= t.start)
            .then(|| {
                (a + 1..s.ments.len())
                    .find(|&b| s.ments[b].nested && s.ments[b].toks == m.toks)
                    .map(|b| (a, b))
            })
            .flatten()
    };
    let (a, b) = (0..s.ments.len()).find_map(twin)?;
    let end = s.ments[a].toks.end;
    // only auxiliaries and adverbs between (class `pair_gap`): "akan
    // serah terima jabatan" is a handover, no meeting of the two
    let between =
        (end..t.start).all(|k| s.is_lower(k) && env.lex.in_class("pair_gap", &s.toks[k].norm));
    let rule = env.lex.rules.get(t.rule)?;
    // "Both leaders visited Jakarta": a direct object of another type
    // reads the trigger in another sense (a visit, not a meeting)
    let object = super::appoint::mention_at(s, t.end).is_some();
    // "Keduanya mengunjungi ...": visiting (a verb-only rule) is done to
    // a third party, never between the two
    (between && !object && !rule.verb_only && t.start - end <= GAP).then_some((a, b))
}

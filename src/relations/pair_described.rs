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
    super::text::lower_words(text).any(|w| lex.phrases_from(&w).iter().any(|(c, _)| c == CLASS))
}

/// Adds the first pair description of `s` with no person before it as
/// two nested mentions of `pair`, named in sentence `from`.
pub(super) fn describe(lex: &Lexicon, s: &mut Sent, pair: [u32; 2], from: u32) {
    for k in 0..s.toks.len() {
        let n = s.class_phrase_at(lex, CLASS, k);
        if n == 0 || (k..k + n).any(|j| s.in_mention(j)) {
            continue;
        }
        let person_before = s
            .ments
            .iter()
            .any(|m| m.etype == EntityType::Person && !m.nested && m.toks.start < k);
        if person_before {
            return;
        }
        for entity in pair {
            s.ments.push(Ment {
                entity,
                etype: EntityType::Person,
                ext: k,
                toks: k..k + n,
                via: Via::Partial,
                nested: true,
                in_title: false,
                coref: Some(from),
            });
        }
        return;
    }
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

//! Issue 17, twenty-ninth round, part C2: a possessive clitic on the word
//! that modifies an event noun, "kunjungan pertamanya ke Indonesia" (his
//! first visit), "kunjungan kerjanya di Arab Saudi" (her working visit),
//! owns the noun as "kunjungannya" does: `coref` resolves its owner and
//! the noun trigger takes it as its agent. The modifiers are lexicon data
//! (class `owned_modifier`: pertama, terakhir, perdana, kerja, resmi);
//! the noun is an event noun of the clitic's shape (-an, as for
//! "kunjungannya").

use super::lexicon::Lexicon;
use super::sentence::Sent;

/// Whether token `k` is a modifier of class `owned_modifier` carrying a
/// possessive clitic ("pertamanya") right after an event noun of at
/// least six letters ending in -an ("kunjungan"), neither in a mention.
pub(super) fn modifier_clitic(lex: &Lexicon, s: &Sent, k: usize) -> bool {
    let Some(noun) = k.checked_sub(1).and_then(|j| s.toks.get(j)) else {
        return false;
    };
    // (the same event-noun shape as the clitic on the noun itself)
    let event = noun.word && event_noun(&noun.norm);
    let word = &s.toks[k].norm;
    event
        && !s.in_mention(k - 1)
        && s.is_lower(k - 1)
        && lex.possessive_clitics().iter().any(|c| {
            word.strip_suffix(c.as_str())
                .is_some_and(|m| lex.in_class("owned_modifier", m))
        })
}

/// Whether `word` has the shape of an Indonesian event noun that a
/// possessive clitic may own: at least six letters ending in -an
/// ("kunjungan", "pertemuan"), on the noun itself (`coref`) or before its
/// modifier (here).
pub(super) fn event_noun(word: &str) -> bool {
    word.ends_with("an") && word.chars().count() >= 6
}

/// Whether token `k` is a pronoun both possessive and object ("her")
/// right before a word of class `possessed_trip` ("her visit", "her first
/// trip"), neither in a mention: the possessive reading, which stands for
/// a person as "his" does (thirtieth round, part C2); "welcomed her to
/// X" keeps the object's.
pub(super) fn possessive_her(lex: &Lexicon, s: &Sent, k: usize) -> bool {
    let (Some(w), Some(next)) = (s.toks.get(k), s.toks.get(k + 1)) else {
        return false;
    };
    lex.tok_in_class("pronoun_object", w)
        && lex.tok_in_class("possessive_pronoun", w)
        && next.word
        && s.is_lower(k + 1)
        && !s.in_mention(k + 1)
        && lex.tok_in_class("possessed_trip", next)
}

/// Whether a genitive "'s" closes a description a possessive pronoun
/// opens, in no mention, before the noun trigger at `start` (one
/// lowercase modifier maybe between): "his defence minister's visit to
/// X", "her husband's visit" (thirty-first round, part C2). The owner is
/// one related to the pronoun's person, not that person, nor the clause
/// subject; "the Mexican leader's first visit" keeps its reading (a
/// description of the subject).
pub(super) fn pronoun_related_owner(lex: &Lexicon, s: &Sent, start: usize) -> bool {
    let k = super::noun_agent::modified_start(lex, s, start);
    if !s.possessive_s_before(k) {
        return false;
    }
    let pronoun = |p: usize| s.toks[p].word && lex.tok_in_class("possessive_pronoun", &s.toks[p]);
    let word = |j: usize| s.is_lower(j) && !s.in_mention(j) && !pronoun(j);
    // the description's one or two words end at k - 3, after the pronoun
    (4..=5).any(|d| {
        k.checked_sub(d)
            .is_some_and(|p| pronoun(p) && (p + 1..k - 2).all(word))
    })
}

//! Issue 17, twenty-fourth round, part C: the targets of a sanction named
//! in a sentence after it by a verb whose subject stands for the
//! sanctioner. "The United States imposed sanctions on two officials and a
//! bank . The Treasury Department said it had blacklisted A , B and C";
//! "AS menjatuhkan sanksi terhadap empat perusahaan . Departemen Keuangan
//! AS menyasar perusahaan A dan B yang dikendalikan X , serta C". The
//! verb is an active `sanctions` trigger or a word of class
//! `sanction_sequel_verb` (menyasar, targeted); its subject is the
//! sanctioner itself (its last word: the body's country, "Departemen
//! Keuangan AS") or a pronoun of class `sanction_sequel_subject` (it,
//! pihaknya), after words of class `sanction_sequel_aux` (had, also;
//! telah, juga). The sentence must come within the reach of an earlier
//! sanction (`listed.rs`), with no trigger of another kind between.
//!
//! Such a list may run past a relative clause of one of its members: a
//! comma and a list word after the clause ("yang dikendalikan komandan X ,
//! serta C") resume it, and the clause's own names are skipped.

use super::env::Env;
use super::lexicon::Lang;
use super::listed::list_end;
use super::morph::Voice;
use super::sentence::Sent;
use super::triggers::Trig;
use std::ops::Range;

/// The kind of the sanction's triggers.
const SANCTIONS: &str = "sanctions";

/// The token after the verb of a later sentence naming the targets of the
/// earlier sanction of `sanctioner`, when its subject stands for it.
pub(super) fn sequel_verb(env: &Env, s: &Sent, trigs: &[Trig], sanctioner: u32) -> Option<usize> {
    // the first verb of the sentence: a sanction's own trigger or a verb
    // of targeting
    let trig = trigs
        .iter()
        .filter(|t| t.voice != Voice::Passive)
        .find(|t| {
            env.lex
                .rules
                .get(t.rule)
                .is_some_and(|r| r.kind == SANCTIONS)
        })
        .map(|t| (t.start, t.end));
    let word = (0..s.toks.len()).find_map(|k| {
        let n = s.class_phrase_at(env.lex, "sanction_sequel_verb", k);
        // "Tiga orang lainnya adalah A , B serta C", "The others are A
        // and B": a copula (class `sanction_sequel_copula`) after a word
        // of class `sanction_sequel_others` (thirty-fourth round, part D)
        // "They are A , B and C": the same copula after a pronoun of class
        // `sanction_sequel_subject` opening the sentence (thirty-seventh
        // round, part D)
        let opens = k == 1 && env.free_word_in(s, 0, "sanction_sequel_subject");
        let n =
            if n == 0 && k > 0 && (opens || env.free_word_in(s, k - 1, "sanction_sequel_others")) {
                s.class_phrase_at(env.lex, "sanction_sequel_copula", k)
            } else {
                n
            };
        (n > 0 && !s.in_mention(k)).then_some((k, k + n))
    });
    let (start, end) = match (trig, word) {
        (Some(a), Some(b)) => a.min(b),
        (a, b) => a.or(b)?,
    };
    // back over auxiliaries to the subject
    let mut k = start;
    while k > 0
        && s.toks[k - 1].word
        && env.lex.in_class("sanction_sequel_aux", &s.toks[k - 1].norm)
    {
        k -= 1;
    }
    let k = k.checked_sub(1)?;
    let pronoun = (s.toks[k].word
        && !s.in_mention(k)
        && env.lex.in_class("sanction_sequel_subject", &s.toks[k].norm))
        || sanction_act(env, s, k)
        || env.free_word_in(s, k, "sanction_sequel_others");
    // "Departemen Keuangan AS menyasar": the sanctioner ends the subject
    // (nested in a body's name or not)
    let itself = s
        .ments
        .iter()
        .any(|m| m.toks.end == k + 1 && m.entity == sanctioner);
    // "Russia's ministry said it had blacklisted X": a name of another
    // party before the verb is the subject's antecedent
    let alone = s
        .ments
        .iter()
        .all(|m| m.toks.start >= start || m.entity == sanctioner);
    ((pronoun || itself) && alone).then_some(end)
}

/// Whether the subject ending at token `k` is the sanction itself named
/// by a noun of class `sanction_act` with a determiner before it ("The
/// action targets A and B") or a demonstrative after it ("Langkah itu
/// menyasar A"): it stands for the act of the sanctioner named before
/// (thirty-first round, part D).
fn sanction_act(env: &Env, s: &Sent, k: usize) -> bool {
    let act = |j: usize| env.free_word_in(s, j, "sanction_act");
    (k > 0 && act(k) && env.free_word_in(s, k - 1, "determiner"))
        || (k > 0 && env.free_word_in(s, k, "demonstrative") && act(k - 1))
}

/// The spans of a list starting at token `from`. With `across`, a
/// relative clause of a member ends the span and a comma with a list word
/// after the clause opens the next one ("A yang dikendalikan X , serta
/// B").
pub(super) fn list_spans(env: &Env, s: &Sent, from: usize, across: bool) -> Vec<Range<usize>> {
    let mut spans = Vec::new();
    let mut a = from;
    loop {
        let mut b = list_end(env, s, a);
        // "Tradive General Trading L.L.C": a stop inside a name ends no
        // list
        while across && b < s.toks.len() && s.in_mention(b) {
            b = list_end(env, s, b + 1);
        }
        spans.push(a..b);
        let relative = s
            .toks
            .get(b)
            .is_some_and(|t| t.word && env.lex.in_class("relative", &t.norm));
        if !across || !relative {
            return spans;
        }
        // the clause ends at the next comma; a list word must follow it
        let Some(comma) = (b..s.toks.len()).find(|&k| s.toks[k].norm == ",") else {
            return spans;
        };
        let n = s.class_phrase_at(env.lex, "list", comma + 1);
        if n == 0 {
            return spans;
        }
        a = comma + 1 + n;
    }
}

/// Whether the lowercase words right before token `ext` (after `from`)
/// open with a noun of class `firm_noun` ("perusahaan senjata X"): the
/// name after it is the firm, not its owner.
pub(super) fn firm_named(env: &Env, s: &Sent, ext: usize, from: usize, lang: Lang) -> bool {
    if lang != Lang::Id {
        return false;
    }
    let mut k = ext;
    while k > from && s.is_lower(k - 1) && ext - k < 3 {
        k -= 1;
        if env.lex.in_class("firm_noun", &s.toks[k].norm) {
            return true;
        }
    }
    false
}

/// Whether a phrase of class `attribution` ("menurut", "according to")
/// stands before token `ext` with no comma between: the name is the
/// report's source, no party of the act.
pub(super) fn attributed(env: &Env, s: &Sent, ext: usize) -> bool {
    let comma = (0..ext).rev().find(|&k| s.toks[k].norm == ",").unwrap_or(0);
    (comma..ext).any(|k| s.class_phrase_at(env.lex, "attribution", k) > 0)
}

/// Whether a sentence tells of a sanction itself (a `sanctions` trigger
/// of any voice): "The 27 member states said the targets were sanctioned
/// for actions that undermine X" holds a trigger of another kind but
/// still tells of the sanction, so its list may follow (twenty-fourth
/// round, part C).
pub(super) fn sanction_told(env: &Env, trigs: &[Trig]) -> bool {
    trigs.iter().any(|t| {
        env.lex
            .rules
            .get(t.rule)
            .is_some_and(|r| r.kind == SANCTIONS)
    })
}

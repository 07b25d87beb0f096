//! Issue 17, thirty-third round, part B: the guest a host's verb receives
//! when the guest's name does not follow the verb at once.
//!
//! - "received the visiting Vice President X", "welcomed the visiting Y":
//!   a guest named after determiners and words of class `guest_modifier`
//!   (visiting), which the plain object reading stops at
//!   ([`modified_guest`]).
//! - "was to host yet another prime minister in Oslo , X": a guest
//!   described by a lowercase noun phrase whose head is a word of class
//!   `person_noun` (minister, president, counterpart), maybe with a place
//!   phrase after it, and named in an apposition after a comma
//!   ([`described_guest`]).
//!
//! Both read only an active verb of class `host_verb` (received,
//! welcomed, hosted, greeted; menerima, menyambut, menjamu).

use super::env::Env;
use super::morph::Voice;
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::EntityType;

/// Most words of a guest's description between the host's verb and the
/// comma before the guest's name ("yet another prime minister in Oslo").
const DESCRIPTION_WORDS: usize = 8;

/// Whether trigger `t` is an active verb of class `host_verb`.
fn host_verb(env: &Env, s: &Sent, t: &Trig) -> bool {
    t.voice == Voice::Active && env.free_word_in(s, t.start, "host_verb")
}

/// "X menerima kunjungan tiga duta besar di Y", "X received a visit from
/// the envoys": the subject of a host's verb (class `host_verb`) right
/// before a noun trigger of a directed rule, one determiner maybe
/// between, hosts what the noun names and is not its agent
/// (thirty-seventh round, part B).
pub(super) fn hosted_noun(env: &Env, s: &Sent, t: &Trig) -> bool {
    let directed = env.lex.rules.get(t.rule).is_some_and(|r| !r.symmetric);
    let det = usize::from(t.start > 0 && env.free_word_in(s, t.start - 1, "determiner"));
    directed
        && t.voice == Voice::Nominal
        && t.start > det
        && env.free_word_in(s, t.start - 1 - det, "host_verb")
}

/// "received the visiting Vice President X": the guest named after the
/// host's active verb `t` past determiners and at least one word of class
/// `guest_modifier`, a mention of a person starting right after them.
pub(super) fn modified_guest(env: &Env, s: &Sent, t: &Trig) -> Option<usize> {
    if !host_verb(env, s, t) {
        return None;
    }
    let lex = env.lex;
    let mut k = t.end;
    let mut modified = false;
    while let Some(w) = s
        .toks
        .get(k)
        .filter(|w| w.word && !w.upper && !s.in_mention(k))
    {
        if lex.tok_in_class("guest_modifier", w) {
            modified = true;
        } else if !lex.tok_in_class("determiner", w) {
            return None;
        }
        k += 1;
    }
    let m = s.free_at(k).filter(|_| modified)?;
    (s.ments[m].etype == EntityType::Person).then_some(m)
}

/// "was to host yet another prime minister in Oslo , X": the guest of the
/// host's active verb `t` named after a comma that closes a lowercase
/// description of at most [`DESCRIPTION_WORDS`] words. The description
/// holds a word of class `person_noun`, no mention but places after a
/// preposition, no preposition but before such a place, no other
/// trigger, and no word of a clause, a list or a coordination; the
/// guest's name ends the sentence or is followed by punctuation or a
/// preposition ("X of Macedonia"), not by a verb ("X said"). A title
/// apposed to the name after such words ("host another prime minister ,
/// X") is the guest's description too.
pub(super) fn described_guest(
    env: &Env,
    s: &Sent,
    (trigs, t): (&[Trig], &Trig),
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    if !host_verb(env, s, t) {
        return None;
    }
    // "received the letters of credence of the new High Commissioner , X":
    // a description holding another trigger is that trigger's object
    let guest = described(env, s, t, ok)?;
    let between = trigs
        .iter()
        .any(|g| g.start >= t.end && g.start < s.ments[guest].ext);
    (!between).then_some(guest)
}

/// The guest of [`described_guest`], read past the description.
fn described(env: &Env, s: &Sent, t: &Trig, ok: &dyn Fn(usize) -> bool) -> Option<usize> {
    let lex = env.lex;
    let mut k = t.end;
    let mut noun = false;
    let mut words = 0;
    while s.toks.get(k).is_some_and(|w| w.norm != ",") {
        let w = &s.toks[k];
        if let Some(p) = s.free_at(k) {
            // "host another prime minister , X": the title apposed to the
            // guest's name opens the guest's mention
            let apposed = s.ments[p].etype == EntityType::Person
                && k > t.end
                && (k..s.ments[p].toks.start).any(|j| s.toks[j].norm == ",");
            // ("menerima pejabat merangkap Menteri ... , X": a noun of
            // people before the title is another noun, the title joined
            // to it no description of the guest)
            if apposed {
                return closed_guest(env, s, p, ok).filter(|_| !noun);
            }
            // a place after a preposition ("in Oslo") describes the guest
            let placed = s.ments[p].etype == EntityType::Place
                && k > t.end
                && lex.tok_in_class("prep", &s.toks[k - 1]);
            if !placed {
                return None;
            }
            k = s.ments[p].toks.end;
            continue;
        }
        let plain = w.word
            && !w.upper
            && !s.in_mention(k)
            && !["clause", "relative", "list", "coord", "speech"]
                .iter()
                .any(|c| lex.tok_in_class(c, w));
        if !plain {
            return None;
        }
        // ("the letters of credence of the new High Commissioner , X": a
        // preposition opens only a place phrase, not another noun's
        // complement)
        let place_next = s
            .free_at(k + 1)
            .is_some_and(|p| s.ments[p].etype == EntityType::Place);
        if lex.tok_in_class("prep", w) && !place_next {
            return None;
        }
        noun |= lex.tok_in_class("person_noun", w);
        words += 1;
        if words > DESCRIPTION_WORDS {
            return None;
        }
        k += 1;
    }
    let m = s.free_at(k + 1).filter(|_| noun)?;
    closed_guest(env, s, m, ok)
}

/// Mention `m` when it is a person of the verb's target (`ok`) whose name
/// ends the sentence or is followed by punctuation or a preposition ("X
/// of Macedonia"), not by a verb ("X said").
fn closed_guest(env: &Env, s: &Sent, m: usize, ok: &dyn Fn(usize) -> bool) -> Option<usize> {
    let ment = &s.ments[m];
    let closed = s
        .toks
        .get(ment.toks.end)
        .is_none_or(|w| !w.word || (!w.upper && env.lex.tok_in_class("prep", w)));
    (ment.etype == EntityType::Person && closed && ok(m)).then_some(m)
}

//! Issue 17, thirty-seventh round, part C: the place of a meeting told by
//! the meeting's own phrase further on in its sentence. "A dan B membahas
//! konflik di Myanmar dalam pertemuan JCBC di Phnom Penh , Kamboja", "A
//! dan B sepakat mendorong kerja sama dalam pertemuan bilateral di
//! sela-sela pertemuan para menteri FEALAC di San Jose", "A discussed
//! relations with B at a meeting in Tokyo": the meeting's place is not
//! right after its arguments, where [`super::met_place::met_place`] reads
//! it, but in a phrase opened by a word of class `gathering_lead` (dalam,
//! pada, at, during) whose noun is a word of class `gathering` (pertemuan,
//! meeting, summit), read as a gathering's phrase
//! ([`super::met_place::gathering_place`]: its place closes it, and a
//! gathering of the UN gives none). The candidates are settled as every
//! meeting's ([`super::abroad::settle`]): only a person whose country is
//! known and is not the place's visits it.

use super::env::Env;
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::EntityType;

/// Most tokens from the end of a meeting's arguments to the lead word of
/// its phrase.
const PHRASE_REACH: usize = 14;
/// Most determiners between the lead word and the gathering's noun ("at
/// a", "during their").
const DETERMINERS: usize = 2;

/// The place named by the phrase of the meeting or signing of trigger `t`
/// whose arguments end before token `end`: the trigger itself after a
/// lead word ("dalam pertemuan bilateral di X"), else the first phrase of
/// a lead word and a gathering's noun within [`PHRASE_REACH`] tokens after
/// `end`, before any person's name or a semicolon.
pub(super) fn phrase_place(env: &Env, s: &Sent, t: &Trig, end: usize) -> Option<usize> {
    let kind = env.lex.rules.get(t.rule)?.kind.as_str();
    if kind != "meets" && kind != "signs" {
        return None;
    }
    // "dalam pertemuan bilateral di X": the trigger is the phrase's noun
    if let Some(p) = noun_lead(env, s, t).and_then(|j| super::met_place::gathering_place(env, s, j))
    {
        return Some(p);
    }
    for j in end..(end + PHRASE_REACH).min(s.toks.len()) {
        let person = s
            .ments
            .iter()
            .any(|m| m.toks.start == j && m.etype == EntityType::Person);
        if person || s.toks[j].norm == ";" {
            return None;
        }
        if opens_phrase(env, s, j) {
            if let Some(p) = super::met_place::gathering_place(env, s, j) {
                return Some(p);
            }
        }
    }
    None
}

/// Whether the noun trigger `t` is the noun of its own phrase, after a
/// lead word ("dalam pertemuan", "at a meeting").
pub(super) fn noun_opens(env: &Env, s: &Sent, t: &Trig) -> bool {
    noun_lead(env, s, t).is_some()
}

/// The lead word opening the phrase whose noun is trigger `t`, before
/// [`DETERMINERS`] determiners at most: a lowercase word of class
/// `gathering_lead` ("during their talks at X", "dalam pembicaraan di X";
/// the trigger is a meeting's noun, of class `gathering` or not).
fn noun_lead(env: &Env, s: &Sent, t: &Trig) -> Option<usize> {
    (t.start.saturating_sub(1 + DETERMINERS)..t.start)
        .rev()
        .find(|&j| !env.free_word_in(s, j, "determiner"))
        .filter(|&j| s.is_lower(j) && env.free_word_in(s, j, "gathering_lead"))
}

/// Whether token `k` is a lowercase lead word of class `gathering_lead`
/// followed, after [`DETERMINERS`] determiners at most, by a free word of
/// class `gathering` ("dalam pertemuan", "at a meeting").
fn opens_phrase(env: &Env, s: &Sent, k: usize) -> bool {
    if !s.is_lower(k) || !env.free_word_in(s, k, "gathering_lead") {
        return false;
    }
    (k + 1..(k + 2 + DETERMINERS).min(s.toks.len()))
        .find(|&j| !env.free_word_in(s, j, "determiner"))
        .is_some_and(|j| env.free_word_in(s, j, "gathering"))
}

//! Issue 17, thirty-ninth round, part B: the agent of a passive reception
//! past the adjuncts between the verb and its agent. "He was warmly
//! welcomed on his arrival at X International Airport yesterday by Y",
//! "was met on arrival at the Presidential Wing of the X Airport by Y",
//! "had been received on his arrival that morning by Y", "was received at
//! the Doha airport on Wednesday night by his counterpart Y", "disambut
//! setibanya di Bandara X pada Senin malam oleh Y". The older readers take
//! the agent within five words of the verb (`args::prep_arg`) or past one
//! place phrase right after it (`reception::agent_past_venue`); a time
//! phrase, an arrival phrase or a lowercase venue in front kept the agent
//! out of reach. The adjuncts must tell an arrival, a venue or a day (a
//! word of class `arrival`, `venue`, `calendar` or `time_word`, or a
//! venue's name): "was met at the end of the long X Week by Y" is no
//! reception's agent (an older test's trap). The walk crosses the words
//! of one clause only: it stops
//! at a comma, a word of the classes `clause` ("that" only before a word
//! of class `fronted_time` and of no class `determiner`: "that morning",
//! not "that the architects built"), `list` and `relative`, and at
//! a person's name (a person between the verb and the agent is the
//! object of another phrase: "was received with Y by Z" is none of this;
//! an owner's pronoun, "on his arrival", is crossed).

use super::env::Env;
use super::morph::Voice;
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::EntityType;

/// Most tokens between a passive reception and the preposition of its
/// agent ("on his arrival at the Presidential Wing of the X Airport").
const REACH: usize = 16;

/// The agent of the passive trigger `t` of a symmetric rule after the
/// adjuncts that follow it (see the module's note): the person the agent
/// preposition `preps` introduces (read as `args::prep_arg` reads it,
/// titles, honorifics and counterparts included) that passes `ok`. None
/// when the walk meets a word that ends the clause first, or when the
/// agent is within the older readers' reach (no adjunct to cross).
pub(super) fn agent_past_adjuncts(
    env: &Env,
    s: &Sent,
    t: &Trig,
    symmetric: bool,
    preps: &[String],
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    if !symmetric || t.voice != Voice::Passive {
        return None;
    }
    let end = s.toks.len().min(t.end + REACH);
    let mut k = t.end;
    // at least one preposition opens an adjunct before the agent, and the
    // adjuncts tell an arrival, a venue or a day ("at the end of the long
    // Jubilee Week by Y" tells none: an older test's trap)
    let mut adjunct = false;
    let mut anchored = false;
    while k < end {
        if let Some(i) = s.ments.iter().position(|m| m.toks.start == k) {
            let m = &s.ments[i];
            // ("on his arrival": an owner's pronoun is no party here)
            let owner = m.coref.is_some()
                && m.toks.len() == 1
                && env.lex.tok_in_class("determiner", &s.toks[k]);
            if m.etype == EntityType::Person && m.free() && !owner {
                return None;
            }
            anchored |= m.free() && super::args::venue(env, s, i);
            k = m.toks.end.max(k + 1);
            continue;
        }
        let w = &s.toks[k];
        if !w.word {
            // ("Al-Thani's", "VIP-lounge": marks inside a phrase; a
            // number of a date: "on 2 June 2023")
            let inner = s.unspaced(k, &["-", "'"]) || w.norm.chars().all(|c| c.is_ascii_digit());
            if !inner {
                return None;
            }
            k += 1;
            continue;
        }
        if preps.contains(&w.norm) && !s.in_mention(k) {
            if !(adjunct && anchored) {
                return None;
            }
            return super::args::prep_arg(env, s, k, preps, ok)
                .filter(|&m| s.ments[m].etype == EntityType::Person);
        }
        let class = |c: &str| env.free_word_in(s, k, c);
        // "that morning": a demonstrative before a word of time
        // ("that the architects built": the next word no determiner)
        let time_that = class("determiner")
            && env.free_word_in(s, k + 1, "fronted_time")
            && !env.free_word_in(s, k + 1, "determiner");
        if (class("clause") && !time_that) || class("list") || class("relative") {
            return None;
        }
        adjunct |= class("prep") || class("venue_prep");
        anchored |= ["venue", "arrival", "calendar", "time_word"]
            .iter()
            .any(|c| class(c));
        k += 1;
    }
    None
}

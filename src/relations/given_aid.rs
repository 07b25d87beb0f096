//! Issue 17, forty-first round, part D: aid told in a relative clause
//! after its noun. "thanked him for the budgetary support Australia had
//! provided to X", "the financial support Mauritius extended to X", "the
//! assistance it has given X", "bantuan yang telah diberikan Indonesia
//! kepada X": the name in the clause is the giver and the receiver comes
//! after the clause's verb, so the noun's own reading (the name right
//! after it as the party supported) and the verb's (`supplies`) are both
//! wrong; the pass gives `supports` from the giver to the receiver.
//!
//! The clause, after a `supports` noun:
//!
//! - English: an optional word of class `given_link` ("that", "which"),
//!   the giver (a name), at most two words of class `given_aux` ("had",
//!   "has"), a verb of class `given_verb` ("provided", "extended",
//!   "given", "sent");
//! - Indonesian: at most three lowercase modifiers ("kemanusiaan"), a
//!   `given_link` word ("yang"), at most two `given_aux` words ("telah"),
//!   a passive verb of class `given_verb` ("diberikan", "dikirimkan"),
//!   optionally "oleh" (an agent preposition of the rule), the giver.
//!
//! A noun asked for (a word of class `given_request` right before it:
//! "permintaan bantuan yang dikirimkan X", "a request for assistance
//! that X sent") has no giver clause: what was sent is the request.
//!
//! The receiver: right after the verb (English "given X") or after a
//! target preposition of the rule ("to X", "kepada X"), past English
//! "provided to"; none when it is the giver itself. A clause with no
//! receiver still takes the noun's and the verb's readings away.

use super::env::{push, Env};
use super::instance::RelationInstance;
use super::lexicon::Lang;
use super::morph::Voice;
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::Modality;

/// The kind of the nouns read.
const SUPPORTS: &str = "supports";

/// How many words of class `given_aux` may stand before the verb.
const AUX_WORDS: usize = 2;

/// How many lowercase modifiers an Indonesian noun may take before
/// "yang".
const MODIFIERS: usize = 3;

/// The giver clause after `supports` noun trigger `t`: the giver's
/// mention and the clause's verb token; None if the noun has none.
pub(super) fn giver_clause(env: &Env, s: &Sent, t: &Trig) -> Option<(usize, usize)> {
    let rule = env
        .lex
        .rules
        .get(t.rule)
        .filter(|r| r.kind == SUPPORTS && t.voice != Voice::Passive)?;
    // ("support" reads as a verb too: the clause after it tells it a noun)
    if rule.lang == Lang::Id && t.voice != Voice::Nominal {
        return None;
    }
    // "permintaan bantuan yang dikirimkan X": the request was sent, not aid
    if (t.start.saturating_sub(2)..t.start).any(|k| env.free_word_in(s, k, "given_request")) {
        return None;
    }
    let ok = |m: usize| env.type_ok(s, m, &rule.source);
    if rule.lang == Lang::En {
        let k = t.end + usize::from(env.free_word_in(s, t.end, "given_link"));
        let x = s.free_at(k).filter(|&x| ok(x))?;
        let v = past_aux(env, s, s.ments[x].toks.end);
        env.free_word_in(s, v, "given_verb").then_some((x, v))
    } else {
        let mut k = t.end;
        while k < t.end + MODIFIERS && s.is_lower(k) && env.plain_word(s, k) {
            if env.free_word_in(s, k, "given_link") {
                break;
            }
            k += 1;
        }
        if !env.free_word_in(s, k, "given_link") {
            return None;
        }
        let v = past_aux(env, s, k + 1);
        if !env.free_word_in(s, v, "given_verb") {
            return None;
        }
        let by = s.word_in(v + 1, &rule.agent_preps);
        let x = s.free_at(v + 1 + usize::from(by)).filter(|&x| ok(x))?;
        Some((x, v))
    }
}

/// The token after at most [`AUX_WORDS`] words of class `given_aux` from
/// token `k`.
fn past_aux(env: &Env, s: &Sent, mut k: usize) -> usize {
    let open = k;
    while k < open + AUX_WORDS && env.free_word_in(s, k, "given_aux") {
        k += 1;
    }
    k
}

/// Whether trigger `ti` is read by a giver clause: a `supports` noun with
/// one, or the verb of another trigger's clause ("provided" in "the
/// support X had provided to Y").
pub(super) fn in_giver_clause(env: &Env, s: &Sent, trigs: &[Trig], ti: usize) -> bool {
    let t = &trigs[ti];
    if giver_clause(env, s, t).is_some() {
        return true;
    }
    // (the clause's noun comes before its verb)
    trigs[..ti]
        .iter()
        .filter(|g| g.end < t.start)
        .any(|g| giver_clause(env, s, g).is_some_and(|(_, v)| v == t.start))
}

/// Pushes `supports` from the giver to the receiver of every giver clause
/// of the sentence (`modal` gives a trigger's modality).
pub(super) fn push_given_aid(
    env: &Env,
    s: &Sent,
    trigs: &[Trig],
    si: u32,
    modal: &dyn Fn(usize) -> Modality,
    out: &mut Vec<RelationInstance>,
) {
    for (ti, t) in trigs.iter().enumerate() {
        let Some((x, v)) = giver_clause(env, s, t) else {
            continue;
        };
        let Some(rule) = env.lex.rules.get(t.rule) else {
            continue;
        };
        // the giver's own words end the clause in Indonesian: the receiver
        // comes after the giver there, after the verb in English
        let after = if rule.lang == Lang::En {
            v + 1
        } else {
            s.ments[x].toks.end
        };
        let prep = s.word_in(after, &rule.target_preps) && !s.in_mention(after);
        if !prep && rule.lang != Lang::En {
            continue;
        }
        let Some(y) = s
            .ment_at(after + usize::from(prep), env.lex, false)
            .filter(|&y| env.type_ok(s, y, &rule.target))
            .filter(|&y| s.ments[y].entity != s.ments[x].entity)
        else {
            continue;
        };
        let trigger = env.span_text(s, t.start, t.end);
        let pair = (s.ments[x].entity, s.ments[y].entity);
        push(out, SUPPORTS, pair, true, si, trigger, modal(ti));
    }
}

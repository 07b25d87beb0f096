//! Issue 17, twenty-third round, part A: an event hosted for a guest.
//! "X hosted a welcome ceremony in Hanoi on Friday morning for Y", "X
//! hosted a state banquet for his Lao counterpart Y": hosting an event for
//! a guest is a meeting of host and guest (`heldout12/`, `heldout17/` and
//! `heldout18/` count it so). The guest stands after "for", past the
//! event's noun phrase, its place and its time, further than a
//! preposition's object is looked for ([`super::args::prep_arg`]). The
//! place of the event stands between the event's noun and the guest,
//! where the reception's venue phrase ([`super::reception::venue_place`],
//! read after both arguments) does not look: the guest visits it when the
//! settling of [`super::abroad`] finds him away from home there (the host
//! at home, or a guest of no known country, gets nothing).

use super::env::Env;
use super::instance::RelationInstance;
use super::morph::Voice;
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::{EntityType, Modality};

/// Most lowercase words of the event's noun phrase after its determiner
/// ("an official welcoming ceremony").
const EVENT_WORDS: usize = 4;
/// Most tokens from the host verb to the "for" before the guest.
const FOR_REACH: usize = 16;
/// Most tokens between "for" and the guest's phrase ("for Thailand 's
/// Prime Minister X": the owner of the title).
const GUEST_REACH: usize = 4;

/// The event after an active host verb `t` (class `host_verb`): the token
/// after its noun phrase (a determiner, then one to [`EVENT_WORDS`]
/// lowercase words that are no preposition), and the "for" before the
/// guest with the guest's mention. None when the verb's object is no
/// such phrase or no person follows "for" in the clause.
fn event(env: &Env, s: &Sent, t: &Trig, ok: &dyn Fn(usize) -> bool) -> Option<(usize, usize)> {
    let lex = env.lex;
    let host = lex.in_class("host_verb", &s.toks.get(t.start)?.norm);
    let det = s.is_lower(t.end) && lex.in_class("determiner", &s.toks[t.end].norm);
    if !host || t.voice != Voice::Active || !det {
        return None;
    }
    let free = |k: usize| {
        s.is_lower(k)
            && !s.in_mention(k)
            && !lex.in_class("prep", &s.toks[k].norm)
            && !lex.in_class("venue_prep", &s.toks[k].norm)
    };
    let mut k = t.end + 1;
    while k < t.end + 1 + EVENT_WORDS && free(k) {
        k += 1;
    }
    if k == t.end + 1 {
        return None;
    }
    let after = k;
    // the "for" of the guest, in the clause: no person, clause word or
    // punctuation but a possessive's before it
    while k < s.toks.len() && k < t.end + FOR_REACH {
        let w = &s.toks[k];
        if s.ments
            .iter()
            .any(|m| m.toks.start == k && m.etype == EntityType::Person)
        {
            return None;
        }
        if !w.word && !matches!(w.norm.as_str(), "'" | "\u{2019}" | "-") {
            return None;
        }
        if w.word && !w.upper && lex.in_class("clause", &w.norm) {
            return None;
        }
        if s.is_lower(k) && !s.in_mention(k) && w.norm == "for" {
            return guest_after(env, s, k + 1, ok).map(|g| (after, g));
        }
        k += 1;
    }
    None
}

/// The guest named at token `k`: "his Lao counterpart Y", or the first
/// person whose phrase starts within [`GUEST_REACH`] tokens with only
/// names, a possessive, determiners and words of class `guest_modifier`
/// before it ("Thailand 's Prime Minister Y", "the visiting Y").
fn guest_after(env: &Env, s: &Sent, k: usize, ok: &dyn Fn(usize) -> bool) -> Option<usize> {
    if let Some(m) = super::counterpart::counterpart_apposed(env, s, k).filter(|&m| ok(m)) {
        return Some(m);
    }
    let m = (0..s.ments.len())
        .filter(|&m| {
            let mm = &s.ments[m];
            mm.free() && mm.etype == EntityType::Person && mm.ext >= k && mm.ext <= k + GUEST_REACH
        })
        .min_by_key(|&m| s.ments[m].ext)?;
    let plain = (k..s.ments[m].ext).all(|j| {
        let w = &s.toks[j];
        s.in_mention(j)
            || matches!(w.norm.as_str(), "'" | "\u{2019}" | "s")
            || (w.word && env.lex.in_class("determiner", &w.norm))
            // "for visiting Prime Minister Y" (twenty-fifth round)
            || (w.word && !w.upper && env.lex.in_class("guest_modifier", &w.norm))
    });
    (plain && ok(m)).then_some(m)
}

/// The guest of an event hosted by active host verb `t` ("hosted a
/// welcome ceremony ... for Y"), as the verb's target.
pub(super) fn event_guest(
    env: &Env,
    s: &Sent,
    t: &Trig,
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    event(env, s, t, ok).map(|(_, g)| g)
}

/// Pushes to `out` a candidate visit (settled by [`super::abroad::settle`])
/// of the guest `b` of an event hosted by `t` to the place named between
/// the event's noun phrase and the "for" before the guest. Only an
/// asserted event gives one.
pub(super) fn push_hosted_visit(
    env: &Env,
    s: &Sent,
    t: &Trig,
    (_, b): (usize, usize),
    (si, trigger, modality): (u32, &str, Modality),
    out: &mut Vec<RelationInstance>,
) {
    if modality != Modality::Asserted {
        return;
    }
    let Some((after, g)) = event(env, s, t, &|m| m == b) else {
        return;
    };
    let Some(p) = super::met_place::met_place(env, s, after) else {
        return;
    };
    if s.ments[p].toks.end <= s.ments[g].ext {
        super::abroad::push_candidate(env, s, g, p, (si, trigger, modality), out);
    }
}

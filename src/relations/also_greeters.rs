//! Issue 17, thirty-seventh round, part B: more greeters of a guest
//! received in the sentence before, told by an inverted clause with no
//! subject: "Di ujung barisan kehormatan , turut menyambut A dan B",
//! "Also welcoming the visitor was A", "Also present to receive the guest
//! were A and B". An active host verb (class `host_verb`) of a symmetric
//! rule, a word of class `also_greeter` (turut, ikut; also) a few
//! lowercase words before it and no person before that word: the persons
//! after the verb (past a few lowercase words: "the visitor was") and
//! their conjuncts meet the guest of the sentence before. That guest is
//! the one party shared by two meetings or more of that sentence, or, of
//! its one meeting, the party who made a visit told so far.

use super::args::coordinated_group_after;
use super::env::{push, Env};
use super::instance::RelationInstance;
use super::morph::Voice;
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::{EntityType, Modality};

/// Most lowercase words between the marker and the host verb ("present
/// to").
const MARK_REACH: usize = 3;

/// Most lowercase words between the host verb and the first greeter
/// ("the visitor was").
const HOST_REACH: usize = 4;

/// Adds the meetings of the greeters of sentence `si` (`s`, its triggers
/// `trigs`) with the guest of the sentence before (see the module's
/// note); `modality` gives the modality of trigger `ti`.
pub(super) fn push_greeters(
    env: &Env,
    s: &Sent,
    trigs: &[Trig],
    si: u32,
    modality: &dyn Fn(usize) -> Modality,
    out: &mut Vec<RelationInstance>,
) {
    for (ti, t) in trigs.iter().enumerate() {
        let Some(rule) = env.lex.rules.get(t.rule) else {
            continue;
        };
        if !rule.symmetric || t.voice != Voice::Active || !env.free_word_in(s, t.start, "host_verb")
        {
            continue;
        }
        let Some(k) = (t.start.saturating_sub(MARK_REACH + 1)..t.start)
            .rev()
            .find(|&k| env.free_word_in(s, k, "also_greeter"))
        else {
            continue;
        };
        let lower = |j: usize| s.toks[j].word && s.is_lower(j) && !s.in_mention(j);
        // ("A juga turut menyambut B": a subject of its own)
        let subject = s
            .ments
            .iter()
            .any(|m| m.toks.start < k && m.etype == EntityType::Person);
        if subject || !(k + 1..t.start).all(lower) {
            continue;
        }
        let mut h = t.end;
        while h < s.toks.len().min(t.end + HOST_REACH) && lower(h) {
            h += 1;
        }
        let person =
            |m: usize| s.ments[m].etype == EntityType::Person && env.type_ok(s, m, &rule.target);
        let Some(first) = s.ment_at(h, env.lex, false).filter(|&m| person(m)) else {
            continue;
        };
        let Some(guest) = last_guest(out, si, &rule.kind) else {
            continue;
        };
        let trigger = env.span_text(s, t.start, t.end);
        let mut hosts = vec![first];
        hosts.extend(coordinated_group_after(env, s, first, &person));
        for m in hosts {
            let e = s.ments[m].entity;
            if e != guest {
                push(
                    out,
                    &rule.kind,
                    (e, guest),
                    false,
                    si,
                    trigger.clone(),
                    modality(ti),
                );
            }
        }
    }
}

/// The guest of the asserted meetings of kind `kind` of the sentence
/// before `si`: the one party all of two or more share, or, of one
/// meeting, the party that is the source of a visit told before `si`.
fn last_guest(out: &[RelationInstance], si: u32, kind: &str) -> Option<u32> {
    let prev: Vec<&RelationInstance> = out
        .iter()
        .filter(|r| r.sentence + 1 == si && r.kind == kind && r.modality == Modality::Asserted)
        .collect();
    let first = prev.first()?;
    let shared = |e: u32| prev.iter().all(|r| r.source == e || r.target == e);
    if prev.len() >= 2 {
        let both = [first.source, first.target];
        let mut shared_parties = both.into_iter().filter(|&e| shared(e));
        let g = shared_parties.next()?;
        return shared_parties.next().is_none().then_some(g);
    }
    let visitor = |e: u32| {
        out.iter()
            .any(|r| r.sentence < si && r.kind == "visits" && r.source == e)
    };
    match (visitor(first.source), visitor(first.target)) {
        (true, false) => Some(first.source),
        (false, true) => Some(first.target),
        _ => None,
    }
}

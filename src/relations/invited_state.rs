//! Issue 17, thirty-ninth round, part D: a state invited. The `invites`
//! rules relate persons ("mengundang X untuk berkunjung", "invited X to
//! visit"), yet a state is invited as often, to take part in an event or
//! to talks: "Aljazair mengundang Indonesia untuk berpartisipasi",
//! "Prabowo mengundang Kroasia untuk turut berpartisipasi", "X invited
//! Singapore to Bern for a next round of consultations". An active
//! `invites` trigger whose direct object is a country (a name right after
//! it, a filler word at most between: strict, so "mengundang investasi
//! Indonesia" and "invited investors from X" name no state invited) gives
//! the invitation from the trigger's subject, a person, a country or an
//! organisation, to that country and to the countries coordinated with
//! it.
//!
//! A call to cooperate or invest (class `invite_purpose_none`, right
//! after the country or after one word: "mengundang Norwegia untuk bekerja
//! sama", "invited Chile to invest") is no invitation, as the golds read
//! it.
//!
//! Only the direct object is read: a country after a preposition is the
//! place of the invited act ("the invitation to visit X", "mengundang Y
//! untuk datang ke X"), not the one invited, and the person rules read the
//! persons as before.

use super::args::{coordinated_group_after, subject};
use super::env::{push_coref, Env};
use super::instance::{Coref, RelationInstance};
use super::lexicon::ArgType;
use super::morph::Voice;
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::Modality;

/// The kind of the triggers read.
const INVITES: &str = "invites";

/// The types an inviter may have.
const INVITER: [ArgType; 3] = [ArgType::Person, ArgType::Country, ArgType::Organisation];

/// Pushes the invitations of states named as the direct object of the
/// sentence's active `invites` triggers (`modal` gives a trigger's
/// modality).
pub(super) fn push_invited_states(
    env: &Env,
    s: &Sent,
    trigs: &[Trig],
    si: u32,
    modal: &dyn Fn(usize) -> Modality,
    out: &mut Vec<RelationInstance>,
) {
    for (ti, t) in trigs.iter().enumerate() {
        let invites = env.lex.rules.get(t.rule).is_some_and(|r| r.kind == INVITES);
        if !invites || t.voice != Voice::Active {
            continue;
        }
        let country = |m: usize| env.type_ok(s, m, &[ArgType::Country]);
        // the cheap question first: a country right after the verb
        let Some(x) = s.ment_at(t.end, env.lex, false).filter(|&m| country(m)) else {
            continue;
        };
        let ok_src = |m: usize| env.type_ok(s, m, &INVITER);
        let Some(a) = subject(env, s, t, &ok_src, Some(x), true) else {
            continue;
        };
        let mut invited = vec![x];
        invited.extend(coordinated_group_after(env, s, x, &country));
        // "mengundang Norwegia untuk bekerja sama dengan X": a call to
        // cooperate or invest is no invitation (class `invite_purpose_none`)
        let end = invited
            .iter()
            .map(|&m| s.ments[m].toks.end)
            .max()
            .unwrap_or(t.end);
        let purpose = |k: usize| s.class_phrase_at(env.lex, "invite_purpose_none", k) > 0;
        if purpose(end) || (s.is_lower(end) && purpose(end + 1)) {
            continue;
        }
        let trigger = env.span_text(s, t.start, t.end);
        let modality = modal(ti);
        let from = s.ments[a].entity;
        // "Ia mengundang X": the inviter by a pronoun keeps its antecedent
        let coref: Vec<Coref> = env.mention_coref(s, a, true).into_iter().collect();
        for m in invited {
            let pair = (from, s.ments[m].entity);
            let (w, c) = (trigger.clone(), coref.clone());
            push_coref(out, INVITES, pair, true, si, w, modality, c);
        }
    }
}

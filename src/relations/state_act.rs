//! Acts of states and their parties (issue 17, thirtieth round, part D):
//! a state's department named as an entity stands for the state as a
//! sanctioner ("The Treasury Department announced new sanctions on X"),
//! nationals named by a plural demonym are no state sanctioned ("sanctions
//! on Venezuelans"), an act noun blocked by its subject has no agent
//! ("attempts to blockade aid for X"), the speaker of a verb of saying is
//! no party of a noun in what is said ("X mengatakan sanksi AS ..."), and
//! a preposition's phrase inside a relative clause of the object belongs
//! to the clause ("sanksi kepada individu yang bertanggung jawab atas
//! penindasan rakyat X"). The words are lexicon classes.

use super::env::Env;
use super::index::Extractor;
use super::instance::{dedupe, RelationInstance};
use super::sentence::Sent;
use super::text::fold_words;
use super::triggers::Trig;
use crate::base::types::{EntityType, Via};

/// Most words between a blocking verb and the act noun it blocks
/// ("blockade international humanitarian aid").
const MAX_BLOCKED_GAP: usize = 2;

/// The one country whose name an organisation's name holds beside a word
/// of class `named_organ` ("United States Department of the Treasury",
/// "Departemen Keuangan AS"); none for any other organisation, or when
/// its names hold two countries.
fn organ_state(x: &Extractor, entity: u32) -> Option<u32> {
    let e = x.gaz.entities.get(entity as usize)?;
    if e.etype != EntityType::Organisation {
        return None;
    }
    let names: Vec<Vec<String>> = e.full_names().iter().map(|n| fold_words(n)).collect();
    let organ = names
        .iter()
        .any(|n| n.iter().any(|w| x.lex.in_class("named_organ", w)));
    if !organ {
        return None;
    }
    let holds = |name: &[String], part: &[String]| {
        !part.is_empty() && name.windows(part.len()).any(|w| w == part)
    };
    let mut found = x.countries.iter().filter(|&&c| {
        x.gaz.entities.get(c as usize).is_some_and(|ce| {
            ce.full_names().iter().any(|cn| {
                let part = fold_words(cn);
                names.iter().any(|n| holds(n, &part))
            })
        })
    });
    let first = *found.next()?;
    found.next().is_none().then_some(first)
}

/// Replaces, in `out[first..]` (one document's instances), a state's
/// department as the source of a kind of class `organ_state_kind` by the
/// state its name holds; an instance that then repeats another of its
/// sentence is dropped.
pub(super) fn organs_as_states(x: &Extractor, out: &mut Vec<RelationInstance>, first: usize) {
    let mut changed = false;
    for r in out.iter_mut().skip(first) {
        if !x.lex.in_class("organ_state_kind", &r.kind) {
            continue;
        }
        if let Some(state) = organ_state(x, r.source).filter(|&c| c != r.target) {
            r.source = state;
            changed = true;
        }
    }
    if changed {
        dedupe(out, first);
    }
}

/// Whether mention `m` is a plural demonym naming nationals ("Venezuelans"):
/// its last word less a final "s" is a demonym of its entity too.
fn nationals(env: &Env, s: &Sent, m: usize) -> bool {
    let ment = &s.ments[m];
    let Some(last) = ment.toks.end.checked_sub(1).and_then(|k| s.toks.get(k)) else {
        return false;
    };
    let Some(single) = last.norm.strip_suffix('s') else {
        return false;
    };
    ment.via == Via::Demonym
        && env.gaz.entities.get(ment.entity as usize).is_some_and(|e| {
            e.demonyms
                .iter()
                .any(|d| fold_words(d).last().is_some_and(|w| w == single))
        })
}

/// Drops, from `out[first..]` (the instances of sentence `s`), those of
/// a kind of class `nationals_kind` whose target the sentence names only
/// by plural demonyms ("new sanctions on Venezuelans connected to ...":
/// persons of the country, not the state).
pub(super) fn drop_nationals(env: &Env, s: &Sent, first: usize, out: &mut Vec<RelationInstance>) {
    let only_nationals = |entity: u32| {
        let mut of =
            (0..s.ments.len()).filter(|&m| s.ments[m].entity == entity && s.ments[m].free());
        let Some(m) = of.next() else {
            return false;
        };
        nationals(env, s, m) && of.all(|m| nationals(env, s, m))
    };
    let mut i = 0;
    out.retain(|r| {
        i += 1;
        i <= first || !env.lex.in_class("nationals_kind", &r.kind) || !only_nationals(r.target)
    });
}

/// Whether act trigger `t` is the object of a blocking verb (class
/// `obstruct`: "attempts to blockade international aid", "menghalangi
/// bantuan"): the blocker is no agent of the act.
pub(super) fn obstructed(env: &Env, s: &Sent, t: &Trig) -> bool {
    (1..=MAX_BLOCKED_GAP + 1)
        .map_while(|d| t.start.checked_sub(d))
        .take_while(|&k| s.toks[k].word && !s.in_mention(k))
        .any(|k| env.lex.tok_in_class("obstruct", &s.toks[k]))
}

/// Whether a verb of saying (class `state_said`) stands between mention
/// `m` and token `at`: "Bolton mengatakan sanksi AS juga menyasar ...",
/// the speaker is no party of the noun in what is said.
pub(super) fn said_between(env: &Env, s: &Sent, m: usize, at: usize) -> bool {
    (s.ments[m].toks.end..at).any(|k| env.free_word_in(s, k, "state_said"))
}

/// Whether target `m` of act trigger `t` (a kind of `capital_kinds`) is
/// reached through a relative clause of the object: after a preposition
/// of `preps` whose object names no entity, a relative word (class
/// `relative`) before `m` ("sanksi kepada individu yang bertanggung
/// jawab atas penindasan rakyat X", "sanctions on officials who ... in
/// X"). The clause's party is not the act's.
pub(super) fn relative_object(env: &Env, s: &Sent, t: &Trig, m: usize, preps: &[String]) -> bool {
    let Some(rule) = env.lex.rules.get(t.rule) else {
        return false;
    };
    if !env.lex.capital_kinds.contains(&rule.kind) {
        return false;
    }
    let end = s.ments[m].ext.min(s.toks.len());
    let Some(p) = (t.end..end)
        .find(|&k| s.toks[k].word && !s.in_mention(k) && preps.contains(&s.toks[k].norm))
    else {
        return false;
    };
    p + 1 < end
        && s.ment_at(p + 1, env.lex, false).is_none()
        && (p + 1..end).any(|k| env.free_word_in(s, k, "relative"))
}

/// Whether a relative word (class `relative`) after a lowercase word in
/// no mention stands between mention `m` and token `at` (thirty-first
/// round, part D): "Presiden X menandatangani perintah yang mengakhiri
/// program sanksi Y": the noun stands in a clause of a common noun, whose
/// head, not the main clause's subject, is its party. A relative after a
/// name ("Rusia , yang dikenai sanksi") leaves the name its party.
pub(super) fn relative_between(env: &Env, s: &Sent, m: usize, at: usize) -> bool {
    (s.ments[m].toks.end.max(1)..at)
        .any(|k| env.free_word_in(s, k, "relative") && s.is_lower(k - 1) && !s.in_mention(k - 1))
}

//! Issue 17, thirty-first round, part C2: an invitation to come back.
//!
//! "Ia juga mengundang X untuk kembali berkunjung ke Indonesia", "She
//! invited him to come back to China": when the document has already told
//! the invitee's visit to that place, the invitation asks for a return
//! the host hopes for, no visit planned (the golds: "an invitation to come
//! back" is `invites` only, "a call to return is no plan"). An invitation
//! to visit again a place the document never tells the invitee visiting
//! stays a planned visit ("the invitation for X to visit Tokyo again").

use super::env::Env;
use super::instance::RelationInstance;
use super::lexicon::Lexicon;
use super::sentence::Sent;
use super::triggers::Trig;

/// The kind whose instances are dropped.
const VISITS: &str = "visits";
/// The kind that names the invitee.
const INVITES: &str = "invites";

/// "untuk kembali berkunjung ke X": a trigger on a word of class
/// `return_cue` right before a trigger of the same kind is that verb's
/// adverb ("again"), no trigger of its own; it is dropped, so the verb
/// reads its modality past it (an invited visit is planned, where the
/// verb stopped at the adverb's trigger and read the visit as made).
pub(super) fn drop_return_adverbs(lex: &Lexicon, s: &Sent, trigs: &mut Vec<Trig>) {
    let kind = |t: &Trig| lex.rules.get(t.rule).map(|r| r.kind.as_str());
    let adverbs: Vec<usize> = trigs
        .iter()
        .filter(|t| {
            t.end == t.start + 1
                && s.is_lower(t.start)
                && lex.tok_in_class("return_cue", &s.toks[t.start])
                && trigs.iter().any(|g| g.start == t.end && kind(g) == kind(t))
        })
        .map(|t| t.start)
        .collect();
    trigs.retain(|t| !(t.end == t.start + 1 && adverbs.contains(&t.start)));
}

/// Drops from `out[first..]` (the instances of sentence `s`) each visit
/// whose visitor this sentence invites, when a word of class `return_cue`
/// ("kembali", "lagi"; "again", "back") follows the invitee's mention and
/// an asserted visit of the same person to the same place stands in
/// `out[doc_first..first]` (the document's earlier sentences).
pub(super) fn drop_invited_returns(
    env: &Env,
    s: &Sent,
    (doc_first, first): (usize, usize),
    out: &mut Vec<RelationInstance>,
) {
    let Some(here) = out.get(first..) else {
        return;
    };
    let invitees: Vec<u32> = here
        .iter()
        .filter(|r| r.kind == INVITES)
        .map(|r| r.target)
        .collect();
    if invitees.is_empty() {
        return;
    }
    // (the cue after the invitee: "menegaskan kembali dukungan ... dan
    // mengundang X untuk berkunjung" reaffirms, it asks for no return)
    let returning = |p: u32| {
        s.ments.iter().find(|m| m.entity == p).is_some_and(|m| {
            (m.toks.end..s.toks.len()).any(|k| env.free_word_in(s, k, "return_cue"))
        })
    };
    let told = |r: &RelationInstance| {
        out[doc_first..first].iter().any(|e| {
            e.kind == VISITS
                && e.modality == crate::base::types::Modality::Asserted
                && (e.source, e.target) == (r.source, r.target)
        })
    };
    let drop: Vec<bool> = here
        .iter()
        .map(|r| r.kind == VISITS && invitees.contains(&r.source) && returning(r.source) && told(r))
        .collect();
    let mut i = 0;
    out.retain(|_| {
        let keep = i < first || !drop[i - first];
        i += 1;
        keep
    });
}

//! Criticism phrased as a judgement: "menilai X sudah tak layak",
//! "menyebut X gagal", "called X a failure". The judging verbs are the
//! triggers of a rule with `judgement` set; the negative verdicts are
//! lexicon data (class `verdict`). The party judged is the target only
//! when a verdict follows it (issue 17, eleventh round).
//!
//! A complaint to the police is an accusation (twelfth round): a verb of
//! class `complaint_verb` ("melaporkan", "reported") among the triggers
//! of such a rule takes the party a phrase of class `complaint_to`
//! ("ke polisi", "ke Polres", "to the police") follows, across an
//! apposition set off by commas ("melaporkan X , putra Y , ke Polres");
//! without one the verb is news reporting and reads nothing.

use super::env::Env;
use super::sentence::Sent;

/// How many lowercase words may stand between the verb and the party
/// ("menilai dari sudut etika X").
const LEAD_WORDS: usize = 4;
/// How many lowercase words may stand between the party and the verdict
/// ("X sudah tak layak", "X as a failure").
const GAP_WORDS: usize = 3;
/// How many tokens an apposition after the reported party may span
/// ("X , putra Presiden Y , ke Polres").
const APPOSITION_TOKENS: usize = 8;

/// The mention judged by a verdict after token `from` (the end of the
/// judging verb), when it passes `ok`: the first free mention after at
/// most [`LEAD_WORDS`] lowercase words, followed after at most
/// [`GAP_WORDS`] lowercase words (no preposition, clause word or
/// subordinator) by a phrase of class `verdict`.
pub(super) fn judged_party(
    env: &Env,
    s: &Sent,
    from: usize,
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let plain = |k: usize| s.is_lower(k) && !s.in_mention(k);
    let mut k = from;
    let m = loop {
        if let Some(m) = s.ments.iter().position(|m| m.free() && m.ext == k) {
            break m;
        }
        if k >= from + LEAD_WORDS || !plain(k) {
            return None;
        }
        k += 1;
    };
    if !ok(m) {
        return None;
    }
    let end = s.ments[m].toks.end;
    // "melaporkan X ke polisi": a complaint verb right before `from`
    let complaint = from
        .checked_sub(1)
        .and_then(|v| s.toks.get(v))
        .is_some_and(|t| t.word && env.lex.in_class("complaint_verb", &t.norm));
    if complaint {
        return complained_to(env, s, end).then_some(m);
    }
    // "called X after the plan failed": a preposition, a clause word or
    // a subordinator opens another phrase
    // ("described X as unfit": an appointment word may stand)
    let gap = |k: usize| {
        // The judged party may close the sentence ("menilai X" at the end
        // of a text with no full stop): no gap word after it.
        let Some(w) = s.toks.get(k).map(|t| &t.norm) else {
            return false;
        };
        plain(k)
            && (env.lex.in_class("appointment", w)
                || ["prep", "clause", "fronting"]
                    .iter()
                    .all(|c| !env.lex.in_class(c, w)))
    };
    (end..=end + GAP_WORDS)
        .take_while(|&j| j == end || gap(j - 1))
        .any(|j| s.class_phrase_at(env.lex, "verdict", j) > 0)
        .then_some(m)
}

/// Whether a phrase of class `complaint_to` stands at token `end` (right
/// after the reported party) or right after an apposition opening there
/// with a comma and closing with one within [`APPOSITION_TOKENS`] tokens.
/// Every token is read with `get`: the party may close the text.
fn complained_to(env: &Env, s: &Sent, end: usize) -> bool {
    let comma = |k: usize| s.toks.get(k).is_some_and(|t| !t.word && t.norm == ",");
    let at = if comma(end) {
        let close = (end + 1..=end + APPOSITION_TOKENS).find(|&k| comma(k));
        // a full stop or a clause word ends the apposition unclosed
        let open = |k: usize| {
            s.toks.get(k).is_some_and(|t| {
                t.word && !env.lex.in_class("clause", &t.norm) || t.norm == "(" || t.norm == ")"
            })
        };
        match close {
            Some(c) if (end + 1..c).all(open) => c + 1,
            _ => return false,
        }
    } else {
        end
    };
    s.class_phrase_at(env.lex, "complaint_to", at) > 0
}

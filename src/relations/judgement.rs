//! Criticism phrased as a judgement: "menilai X sudah tak layak",
//! "menyebut X gagal", "called X a failure". The judging verbs are the
//! triggers of a rule with `judgement` set; the negative verdicts are
//! lexicon data (class `verdict`). The party judged is the target only
//! when a verdict follows it (issue 17, eleventh round).

use super::env::Env;
use super::sentence::Sent;

/// How many lowercase words may stand between the verb and the party
/// ("menilai dari sudut etika X").
const LEAD_WORDS: usize = 4;
/// How many lowercase words may stand between the party and the verdict
/// ("X sudah tak layak", "X as a failure").
const GAP_WORDS: usize = 3;

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
    let end = s.ments[m].toks.end;
    (end..=end + GAP_WORDS)
        .take_while(|&j| j == end || gap(j - 1))
        .any(|j| s.class_phrase_at(env.lex, "verdict", j) > 0)
        .then_some(m)
}

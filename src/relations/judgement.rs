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
//!
//! Thirteenth round: a phrase of class `complaint_ground` ("atas dugaan",
//! "for alleged") serves as the police phrase does; a passive complaint
//! (class `complaint_passive`: "X dilaporkan Y ke polisi", "X was
//! reported to the police by Y") has the agent as the complainant and the
//! subject as the party reported; a word of class `verdict_not` ("tidak",
//! "not") between the party and the verdict negates it ("menilai X tidak
//! melanggar hukum" reads nothing); the party may be the agent of the
//! thing judged (class `judged_by`: "menilai operasi yang dilakukan X
//! ilegal"), coordinated ("menilai X dan Y gagal"), and a time phrase of
//! class `verdict_gap` may stand before the verdict ("X selama ini
//! ilegal").
//!
//! An accusation of a wrongdoing (thirteenth round): a noun trigger of a
//! judgement rule ("penyalahgunaan", "penyimpangan", "abuse of power",
//! "misconduct") whose agent a phrase of class `judged_by` names ("upaya
//! penyalahgunaan kekuasaan yang dilakukan X") has the clause's subject
//! accusing that agent.

use super::appoint::punct;
use super::args::{coordinated_group_after, subject};
use super::env::Env;
use super::morph::Voice;
use super::sentence::Sent;
use super::triggers::Trig;

/// How many lowercase words may stand between the verb and the party
/// ("menilai dari sudut etika X").
const LEAD_WORDS: usize = 4;
/// How many lowercase words may stand between the party and the verdict
/// ("X sudah tak layak", "X as a failure").
const GAP_WORDS: usize = 3;
/// How many tokens an apposition after the reported party may span
/// ("X , putra Presiden Y , ke Polres").
const APPOSITION_TOKENS: usize = 8;
/// How many lowercase words may stand between a wrongdoing noun and the
/// phrase naming its agent ("penyalahgunaan kekuasaan yang dilakukan X").
const OBJECT_WORDS: usize = 2;

/// The mention judged by a verdict after token `from` (the end of the
/// judging verb), when it passes `ok`: the first free mention after at
/// most [`LEAD_WORDS`] lowercase words, or right after a phrase of class
/// `judged_by` opening within them ("menilai operasi yang dilakukan X",
/// "called the strikes carried out by X"), followed, after the mentions
/// coordinated with it ("X dan Y"), within at most [`GAP_WORDS`]
/// lowercase words (no preposition, clause word, subordinator or word of
/// class `verdict_not`; a phrase of class `verdict_gap`, "selama ini",
/// "so far", may stand) by a phrase of class `verdict`.
pub(super) fn judged_party(
    env: &Env,
    s: &Sent,
    from: usize,
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let plain = |k: usize| s.is_lower(k) && !s.in_mention(k);
    let mut k = from;
    let m = loop {
        if let Some(m) = s.free_at(k) {
            break m;
        }
        if !plain(k) {
            return None;
        }
        // "operasi yang dilakukan X": the agent of the thing judged
        let n = s.class_phrase_at(env.lex, "judged_by", k);
        if let Some(m) = (n > 0).then(|| s.free_at(k + n)).flatten() {
            break m;
        }
        if k >= from + LEAD_WORDS {
            return None;
        }
        k += 1;
    };
    if !ok(m) {
        return None;
    }
    // "melaporkan X ke polisi": a complaint verb right before `from`
    let complaint = from
        .checked_sub(1)
        .and_then(|v| s.toks.get(v))
        .is_some_and(|t| t.word && env.lex.in_class("complaint_verb", &t.norm));
    if complaint {
        return complained_to(env, s, s.ments[m].toks.end).then_some(m);
    }
    // "menilai X dan Y gagal": the verdict follows the last conjunct
    let end = coordinated_group_after(env, s, m, ok)
        .last()
        .map_or(s.ments[m].toks.end, |&y| s.ments[y].toks.end);
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
            && !env.lex.in_class("verdict_not", w)
            && (env.lex.in_class("appointment", w)
                || ["prep", "clause", "fronting"]
                    .iter()
                    .all(|c| !env.lex.in_class(c, w)))
    };
    // each step passes at least one token: at most GAP_WORDS + 1 steps
    let (mut j, mut words) = (end, 0);
    while words <= GAP_WORDS {
        if s.class_phrase_at(env.lex, "verdict", j) > 0 {
            return Some(m);
        }
        let n = s
            .class_phrase_at(env.lex, "verdict_gap", j)
            .max(usize::from(gap(j)));
        if n == 0 {
            return None;
        }
        j += n;
        words += n;
    }
    None
}

/// Whether a phrase of class `complaint_to` stands at token `end` (right
/// after the reported party) or right after an apposition opening there
/// with a comma and closing with one within [`APPOSITION_TOKENS`] tokens.
/// Every token is read with `get`: the party may close the text.
fn complained_to(env: &Env, s: &Sent, end: usize) -> bool {
    let comma = |k: usize| punct(s, k, &[","]);
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
    complaint_phrase(env, s, at) > 0
}

/// The length of a phrase of class `complaint_to` ("ke polisi") or
/// `complaint_ground` ("atas dugaan") at token `at`, 0 when none stands
/// there.
fn complaint_phrase(env: &Env, s: &Sent, at: usize) -> usize {
    s.class_phrase_at(env.lex, "complaint_to", at)
        .max(s.class_phrase_at(env.lex, "complaint_ground", at))
}

/// The pair a judgement rule's trigger `t` reads when it is no judging
/// verb: a passive complaint ([`passive_complaint`]) or an accusation of a
/// wrongdoing ([`wrongdoer`]); (source, target). `by` are the rule's
/// agent prepositions.
pub(super) fn judged_pair(
    env: &Env,
    s: &Sent,
    t: &Trig,
    by: &[String],
    ok_src: &dyn Fn(usize) -> bool,
    ok_tgt: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    if t.voice == Voice::Passive {
        passive_complaint(env, s, t, by, ok_src, ok_tgt)
    } else if wrongdoing_noun(env, s, t) {
        wrongdoer(env, s, t, ok_src, ok_tgt)
    } else {
        None
    }
}

/// Whether trigger `t` opens with a noun of class `wrongdoing`
/// ("penyalahgunaan", "abuse of power"; an English noun may read as a
/// verb, so the word decides, not the voice).
pub(super) fn wrongdoing_noun(env: &Env, s: &Sent, t: &Trig) -> bool {
    s.class_phrase_at(env.lex, "wrongdoing", t.start) > 0
}

/// An accusation of a wrongdoing: a trigger of a judgement rule that is
/// a noun of class `wrongdoing` ("penyalahgunaan", "abuse of power")
/// followed, after at most
/// [`OBJECT_WORDS`] lowercase words, by a phrase of class `judged_by` and
/// a mention passing `ok_tgt` ("upaya penyalahgunaan kekuasaan yang
/// dilakukan X", "the abuse of power by X"): the clause's subject passing
/// `ok_src` accuses X; (subject, X). A wrongdoing only alleged or under
/// investigation (a word of class `wrongdoing_alleged` right before the
/// noun: "dugaan", "kasus", "alleged") is no accusation. Tokens are read
/// with `get`: the noun may close the text.
fn wrongdoer(
    env: &Env,
    s: &Sent,
    t: &Trig,
    ok_src: &dyn Fn(usize) -> bool,
    ok_tgt: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let alleged = t
        .start
        .checked_sub(1)
        .and_then(|k| s.toks.get(k))
        .is_some_and(|w| w.word && env.lex.in_class("wrongdoing_alleged", &w.norm));
    if alleged {
        return None;
    }
    let plain = |k: usize| s.is_lower(k) && !s.in_mention(k);
    let by = (t.end..=t.end + OBJECT_WORDS)
        .take_while(|&k| k == t.end || plain(k - 1))
        .find_map(|k| {
            let n = s.class_phrase_at(env.lex, "judged_by", k);
            (n > 0).then_some(k + n)
        })?;
    let target = s.free_at(by).filter(|&m| ok_tgt(m))?;
    let source = subject(env, s, t, ok_src, Some(target), false)?;
    Some((source, target))
}

/// A passive complaint: "X dilaporkan ( oleh ) Y ke polisi", "X
/// dilaporkan ke polisi oleh Y", "X was reported to the police by Y".
/// The trigger `t` must be a passive verb of class `complaint_passive`;
/// its agent (after one of `by`, or right after the verb) passing
/// `ok_src` is the complainant, and the trigger's subject passing
/// `ok_tgt` the party reported: (complainant, reported). A police or
/// ground phrase must follow the agent or stand between verb and agent;
/// without one ("X dilaporkan Y", news reporting) or without an agent
/// ("X dilaporkan ke polisi") there is none. Tokens are read with `get`:
/// the agent may close the text.
fn passive_complaint(
    env: &Env,
    s: &Sent,
    t: &Trig,
    by: &[String],
    ok_src: &dyn Fn(usize) -> bool,
    ok_tgt: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let passive = t.voice == Voice::Passive
        && (t.start..t.end).any(|k| {
            s.toks
                .get(k)
                .is_some_and(|w| w.word && env.lex.in_class("complaint_passive", &w.norm))
        });
    if !passive {
        return None;
    }
    let by_at = |k: usize| {
        s.toks
            .get(k)
            .is_some_and(|w| w.word && by.contains(&w.norm))
    };
    let agent_at = |k: usize| s.free_at(k).filter(|&m| ok_src(m));
    let agent = match agent_at(t.end + usize::from(by_at(t.end))) {
        // "dilaporkan ( oleh ) Y ke polisi"
        Some(a) => Some(a).filter(|&a| complained_to(env, s, s.ments[a].toks.end))?,
        // "dilaporkan ke polisi oleh Y": the agent's preposition required
        None => {
            let n = complaint_phrase(env, s, t.end);
            (n > 0 && by_at(t.end + n))
                .then(|| agent_at(t.end + n + 1))
                .flatten()?
        }
    };
    let reported = subject(env, s, t, ok_tgt, Some(agent), false)?;
    Some((agent, reported))
}

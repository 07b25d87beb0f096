//! Triggers that continue a plan named before them in their sentence: the
//! purpose clause of a planned trigger ("akan bertolak ke AS pada pekan ini
//! untuk melakukan pertemuan dengan X", "will fly to Pyongyang to meet
//! Kim"; moved here from `extract.rs`) and the next step of a planned trip
//! ("akan berkunjung ke X sebelum bertolak ke Y", "will visit X , starting
//! in A before travelling on to Y"; issue 17, fourteenth round).

use super::env::Env;
use super::sentence::Sent;
use super::triggers::Trig;

/// How many tokens may stand between the earlier step and the sequel.
const SEQUEL_REACH: usize = 16;

/// Whether trigger `ti` continues a planned trigger before it: it stands
/// in that trigger's purpose clause, or is its next step (see
/// [`earlier_step`]). `reach` bounds the purpose clause's distance;
/// `planned` tells whether the trigger of an index is planned.
pub(super) fn follows_plan(
    env: &Env,
    s: &Sent,
    trigs: &[Trig],
    ti: usize,
    reach: usize,
    planned: &dyn Fn(usize) -> bool,
) -> bool {
    // `planned` recurses into `modality`: asking it of at most one earlier
    // trigger keeps a sentence's triggers linear, not exponential, in
    // their number ("untuk lalu berkunjung" fits both readings)
    purpose_of_plan(env, s, trigs, ti, reach)
        .or_else(|| earlier_step(env, s, trigs, ti))
        .is_some_and(planned)
}

/// "akan bertolak ke AS pada pekan ini untuk melakukan pertemuan dengan
/// X", "will fly to Pyongyang to meet Kim": the index of the trigger
/// before trigger `ti`, in the same clause, in whose purpose clause
/// ("untuk", "to") `ti` stands; `ti` is planned when that one is.
fn purpose_of_plan(env: &Env, s: &Sent, trigs: &[Trig], ti: usize, reach: usize) -> Option<usize> {
    let t = trigs.get(ti)?;
    let (gi, g) = trigs
        .iter()
        .enumerate()
        .filter(|(_, g)| g.end <= t.start)
        .max_by_key(|(_, g)| g.end)?;
    let between = g.end..t.start;
    let open = between.clone().all(|k| {
        let w = &s.toks[k];
        // words and names only: no punctuation or clause word between
        w.word && !env.lex.in_class("clause", &w.norm)
    });
    // "will arrive in X on Tuesday for talks with Y": a trigger right
    // after a word of class `purpose_prep` is the purpose too (twenty-third
    // round; "for talks" may read as a verb)
    // ("to" before a name or a determiner is a preposition: "a visit to
    // Turkey at the invitation of X" names no purpose; twenty-eighth
    // round, part C)
    let verb_after = |k: usize| {
        s.toks.get(k + 1).is_some_and(|w| {
            w.word && !w.upper && !s.in_mention(k + 1) && !env.lex.tok_in_class("determiner", w)
        })
    };
    let purpose = between
        .clone()
        .any(|k| env.lex.tok_in_class("complementizer", &s.toks[k]) && verb_after(k))
        || (!between.is_empty() && purpose_prep_before(env, s, g.end, t.start));
    (open && purpose && between.len() <= reach).then_some(gi)
}

/// Most tokens between a word of class `purpose_prep` and the noun
/// trigger it governs ("for his first state visit").
const PURPOSE_WORDS: usize = 4;

/// Whether a word of class `purpose_prep` stands before the trigger at
/// `start` (after token `from`), only lowercase words of no name and
/// hyphens between: "for talks", "for his first state visit"
/// (twenty-eighth round, part C: the determiner and modifiers).
fn purpose_prep_before(env: &Env, s: &Sent, from: usize, start: usize) -> bool {
    (from.max(start.saturating_sub(PURPOSE_WORDS + 1))..start)
        .rev()
        .take_while(|&k| {
            let w = &s.toks[k];
            // ("his" may be a mention: the pronoun resolved)
            w.norm == "-"
                || (s.is_lower(k)
                    && (!s.in_mention(k) || env.lex.tok_in_class("possessive_pronoun", w)))
        })
        .any(|k| s.toks[k].word && env.lex.tok_in_class("purpose_prep", &s.toks[k]))
}

/// The index in `trigs` of the earlier step of trigger `ti`: the nearest
/// trigger of the same kind ending before it, at most [`SEQUEL_REACH`]
/// tokens away with no clause word or sentence punctuation between (commas
/// may stand there), when a word of class `sequel` stands right before
/// trigger `ti`. The caller reads that trigger's modality.
fn earlier_step(env: &Env, s: &Sent, trigs: &[Trig], ti: usize) -> Option<usize> {
    let t = trigs.get(ti)?;
    let w = s.toks.get(t.start.checked_sub(1)?)?;
    let open_at = if w.word && env.lex.in_class("sequel", &w.norm) {
        t.start - 1
    } else {
        coordinated_at(env, s, t.start)?
    };
    let kind = &env.lex.rules.get(t.rule)?.kind;
    let (gi, g) = trigs
        .iter()
        .enumerate()
        .filter(|(j, g)| {
            *j != ti
                && g.end < t.start
                && env.lex.rules.get(g.rule).is_some_and(|r| &r.kind == kind)
        })
        .max_by_key(|(_, g)| g.end)?;
    let between = g.end..open_at;
    let open = between.len() <= SEQUEL_REACH
        && between.clone().all(|k| {
            let x = &s.toks[k];
            if x.word {
                !env.lex.in_class("clause", &x.norm)
            } else {
                [",", "(", ")"].contains(&x.norm.as_str()) || initial_stop(s, k)
            }
        });
    open.then_some(gi)
}

/// "will pay a courtesy call on X and hold meetings with Y", "akan
/// berkunjung ke X dan menggelar pertemuan dengan Y" (nineteenth round):
/// the list word ("and", "dan") before trigger `start`, with at most two
/// lowercase words between (the light verb); the trigger is a second
/// verb phrase of the earlier one's subject and shares its modality.
fn coordinated_at(env: &Env, s: &Sent, start: usize) -> Option<usize> {
    (1..=3).find_map(|d| {
        let k = start.checked_sub(d)?;
        let w = s.toks.get(k)?;
        let list = w.word && !w.upper && env.lex.in_class("list", &w.norm);
        (list
            && (k + 1..start).all(|j| s.is_lower(j) && !env.lex.in_class("list", &s.toks[j].norm)))
        .then_some(k)
    })
}

/// The full stop of an initial ("President U. Khurelsukh").
fn initial_stop(s: &Sent, k: usize) -> bool {
    s.toks[k].norm == "."
        && k > 0
        && s.toks[k - 1].word
        && s.toks[k - 1].upper
        && s.toks[k - 1].norm.chars().count() == 1
}

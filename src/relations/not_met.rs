//! Meeting triggers that join no pair (issue 17, thirty-second round,
//! part B): a meeting held from afar ("at a virtual ceremony", "pertemuan
//! virtual"), the persons who only attend one ("X, Y and Z attended the
//! meeting", "pertemuan ... dihadiri X dan Y"), hosts who receive
//! together ("X and Y will receive the couple"), and a person met by an
//! earlier meeting verb of the sentence taken as the subject of a later
//! one ("sudah bertemu X, dan pertemuan dengan Y": X met no Y).

use super::env::Env;
use super::morph::Voice;
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::EntityType;

/// Whether trigger `t` is one of a `meets` rule.
fn meeting(env: &Env, t: &Trig) -> bool {
    env.lex.rules.get(t.rule).is_some_and(|r| r.kind == "meets")
}

/// Whether meeting trigger `trigs[ti]` is held from afar: a phrase of
/// class `remote_meeting` ("virtual", "by videoconference", "secara
/// daring") in its sentence with no other trigger and no word of class
/// `remote_stop` ("after", "setelah") between the two; a phrase right
/// before another trigger is that one's ("met X after a virtual
/// meeting", "met X days after the presidents spoke by telephone": the
/// meeting in person stays).
pub(super) fn remote(env: &Env, s: &Sent, trigs: &[Trig], ti: usize) -> bool {
    let t = &trigs[ti];
    let other = |j: usize| j != ti;
    meeting(env, t)
        && (0..s.toks.len()).any(|k| {
            let n = s.class_phrase_at(env.lex, "remote_meeting", k);
            let (a, b) = if k + n <= t.start {
                (k + n, t.start)
            } else {
                (t.end, k)
            };
            n > 0
                && !s.in_mention(k)
                && (k + n <= t.start || k >= t.end)
                && !(a..b).any(|j| env.free_word_in(s, j, "remote_stop"))
                && !trigs.iter().enumerate().any(|(j, g)| {
                    other(j) && ((g.start >= a && g.end <= b) || (k >= t.end && g.start == k + n))
                })
        })
}

/// Whether mention `m`, named after trigger `t`, follows a word of class
/// `attend_verb` between the two ("pertemuan berlanjut dengan dihadiri
/// X", "the talks, attended by X"): X attends and is no party.
pub(super) fn attendee(env: &Env, s: &Sent, t: &Trig, m: usize) -> bool {
    let start = s.ments[m].toks.start;
    meeting(env, t)
        && start > t.end
        && (t.end..start).any(|k| env.free_word_in(s, k, "attend_verb"))
}

/// Whether subject candidate `m` of meeting trigger `trigs[ti]` is the
/// object of an earlier active meeting verb of the sentence ("Napat
/// sudah bertemu X, dan pertemuan dengan Y", "Setelah bertemu X ... ,
/// Ratu ... bertemu Y"): X was met and is no subject of the later
/// trigger, nor is a person coordinated after X ("will meet A and B to
/// discuss ...": the two met are no pair); a relative clause after X ("received X, who later met Y",
/// "welcomed X at the airport, from where he went for talks with Y",
/// class `relative_place`) keeps it.
pub(super) fn met_before(env: &Env, s: &Sent, trigs: &[Trig], ti: usize, m: usize) -> bool {
    let t = &trigs[ti];
    let end = s.ments[m].toks.end;
    meeting(env, t)
        && end <= t.start
        && trigs.iter().enumerate().any(|(j, g)| {
            j != ti
                && g.voice == Voice::Active
                && g.end <= s.ments[m].toks.start
                && meeting(env, g)
                && s.ment_at(g.end, env.lex, false)
                    .is_some_and(|o| o == m || purpose_conjunct(env, s, t, o, m))
        })
        && !(end..t.start).any(|k| {
            env.free_word_in(s, k, "relative")
                || s.class_phrase_at(env.lex, "relative_place", k) > 0
        })
}

/// "will meet A and B to discuss ...": person `m` is coordinated after
/// `o`, the object of an earlier meeting verb, and the trigger `t`
/// follows `m` with at most two lowercase words between (a purpose
/// clause): both were met, and they are no pair of `t` (thirty-third
/// round, part C1).
fn purpose_conjunct(env: &Env, s: &Sent, t: &Trig, o: usize, m: usize) -> bool {
    let person = |x: usize| s.ments[x].etype == EntityType::Person;
    let end = s.ments[m].toks.end;
    person(o)
        && end <= t.start
        && t.start - end <= 2
        && (end..t.start).all(|k| s.is_lower(k))
        && super::args::coordinated_group_after(env, s, o, &person).contains(&m)
}

/// Whether subject candidate `m` is no subject of trigger `trigs[ti]`:
/// it watches (`keepsake::witnessed`), attends a meeting with no partner
/// named (`target` None: "X, Y and Z attended the meeting"; "attended
/// talks with Y" is a meeting with Y) or was met before
/// ([`met_before`]).
pub(super) fn not_subject(
    env: &Env,
    s: &Sent,
    (trigs, ti): (&[Trig], usize),
    m: usize,
    target: Option<usize>,
) -> bool {
    let t = &trigs[ti];
    super::keepsake::witnessed(env, s, t)
        || (target.is_none() && super::keepsake::object_of(env, s, t, "attend_verb"))
        || met_before(env, s, trigs, ti, m)
        || super::host_guest::hosted_noun(env, s, t)
}

/// Whether meeting trigger `t` is an active verb of class `host_verb`
/// ("X and Y will receive the couple", "A dan B menyambut rombongan"):
/// coordinated subjects receive together and meet no one of them.
pub(super) fn hosts_together(env: &Env, s: &Sent, t: &Trig) -> bool {
    meeting(env, t) && t.voice == Voice::Active && env.free_word_in(s, t.start, "host_verb")
}

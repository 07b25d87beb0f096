//! A conjunct introduced again by its preposition or by a description
//! (issue 17, twentieth round, part B): "sanctions against A and against a
//! former police officer, B", "sanksi terhadap A dan politikus B". The
//! list reader took only a name right after the list word, so the second
//! target was lost.

use super::appoint::{mention_at, punct};
use super::env::Env;
use super::sentence::Sent;
use crate::base::types::EntityType;

/// Lowercase words at most in a description before its comma.
const DESCRIBED: usize = 5;

/// Lowercase words at most before a noun of class `person_noun`.
const LEAD: usize = 2;

/// Capitalised words at most between that noun and the name (an untagged
/// party: "politikus Partai Sosialis B").
const CAPS: usize = 3;

/// Tokens at `k` (right after a list word) to skip before the conjunct:
/// the target's preposition repeated ("and against B"); a description of
/// lowercase words closed by a comma, when the name after it closes its
/// clause ("and against a former police officer, B ."; "and his
/// allies, B said" is no conjunct); lowercase words ending in a noun of
/// class `person_noun` right before a person ("dan politikus B", "and
/// opposition politician B"). 0 when none of these stands there.
pub(super) fn described_conjunct(env: &Env, s: &Sent, k: usize) -> usize {
    let word = |j: usize| s.toks.get(j).filter(|t| t.word && !s.in_mention(j));
    let lower = |j: usize| {
        s.is_lower(j)
            && !s.in_mention(j)
            && word(j).is_some_and(|t| {
                !env.lex.in_class("clause", &t.norm)
                    && !env.lex.in_class("prep", &t.norm)
                    && !env.lex.in_class("list", &t.norm)
            })
    };
    let person =
        |j: usize| mention_at(s, j).is_some_and(|m| s.ments[m].etype == EntityType::Person);
    let prep = usize::from(word(k).is_some_and(|t| env.lex.in_class("prep", &t.norm)));
    let at = k + prep;
    // (a person only: "visit to Malaysia and to Southeast Asia" names a
    // region the gold gives no visit)
    if mention_at(s, at).is_some() {
        return prep * usize::from(person(at));
    }
    let n = (at..at + DESCRIBED).take_while(|&j| lower(j)).count();
    if n > 0 && punct(s, at + n, &[","]) && person(at + n + 1) {
        let m = mention_at(s, at + n + 1).map_or(at, |m| s.ments[m].toks.end);
        // the name closes the clause: punctuation or the sentence's end
        if m >= s.toks.len() || !s.toks[m].word {
            return prep + n + 1;
        }
    }
    let noun = (0..n.min(LEAD + 1))
        .find(|&i| word(at + i).is_some_and(|t| env.lex.in_class("person_noun", &t.norm)));
    if let Some(i) = noun {
        let from = at + i + 1;
        let caps = (from..from + CAPS)
            .take_while(|&j| word(j).is_some_and(|t| t.upper))
            .count();
        if person(from + caps) {
            return prep + i + 1 + caps;
        }
    }
    0
}

/// "X tiba lebih dahulu , dan sore harinya bersama Y dan Z menyambut W":
/// the people a word of class `joint` (outside names, after token
/// `from`, the subject's end) joins to the subject right before the
/// trigger at `trig_start`, when no punctuation or clause word stands
/// between the partner and the trigger (twenty-fifth round). The partner
/// and the people coordinated after it, in text order.
pub(super) fn joint_before(
    env: &Env,
    s: &Sent,
    from: usize,
    trig_start: usize,
    ok: &dyn Fn(usize) -> bool,
) -> Vec<usize> {
    let lex = env.lex;
    let Some(j) = (from..trig_start)
        .rev()
        .find(|&j| !s.in_mention(j) && s.class_phrase_at(lex, "joint", j) > 0)
    else {
        return Vec::new();
    };
    let n = s.class_phrase_at(lex, "joint", j);
    let open = (j + n..trig_start).all(|k| {
        let t = &s.toks[k];
        t.word && !lex.in_class("clause", &t.norm)
    });
    let y = s
        .ment_at(j + n, lex, false)
        .filter(|&y| s.ments[y].etype == EntityType::Person && ok(y));
    let Some(y) = y.filter(|_| open) else {
        return Vec::new();
    };
    let mut out = vec![y];
    out.extend(super::args::coordinated_group_after(env, s, y, ok));
    out.retain(|&m| s.ments[m].toks.end <= trig_start);
    out
}

/// Tokens at most in an apposition between two coordinated names.
const APPOSED: usize = 14;

/// "signed by X, governor of the Bank of A (BA), and Y", "diteken oleh X,
/// Menlu A, dan Y": the name coordinated with `x` after the apposition
/// that describes `x` (words, names of no person, a parenthesis; no
/// clause word), closed by a comma and a list word (twenty-fifth round,
/// part D). The plain reader wants the list word right after `x`.
pub(super) fn apposed_conjunct(
    env: &Env,
    s: &Sent,
    x: usize,
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let start = s.ments[x].toks.end + 1;
    if !punct(s, start - 1, &[","]) || s.in_mention(start) {
        return None;
    }
    let mut k = start;
    while k < s.toks.len().min(start + APPOSED) && !punct(s, k, &[","]) {
        let t = &s.toks[k];
        if let Some(m) = mention_at(s, k) {
            if s.ments[m].etype == EntityType::Person {
                return None;
            }
            k = s.ments[m].toks.end;
            continue;
        }
        let open = t.word || punct(s, k, &["(", ")", "-", "'"]);
        // "X , Ambassador of A to B and C , and Y": a list word between
        // two names of no person is the apposition's (thirty-fifth round,
        // part D)
        let named =
            |j: usize| mention_at(s, j).is_some_and(|m| s.ments[m].etype != EntityType::Person);
        let inner = k > start && s.ment_ending_at(k).is_some() && named(k + 1);
        let list = env.lex.in_class("list", &t.norm) && !inner;
        if !open || env.lex.in_class("clause", &t.norm) || list {
            return None;
        }
        k += 1;
    }
    if k == start || !punct(s, k, &[","]) {
        return None;
    }
    let n = s.class_phrase_at(env.lex, "list", k + 1);
    if n == 0 {
        return None;
    }
    // "X , Minister of A , and his Guinean counterpart , Y" (part D)
    super::counterpart::counterpart_apposed(env, s, k + 1 + n)
        .or_else(|| s.ment_at(k + 1 + n, env.lex, false))
        .filter(|&y| y != x && s.ments[y].etype == EntityType::Person && ok(y))
}

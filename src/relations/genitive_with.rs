//! Issue 17, thirty-ninth round, part B: a meeting noun owned by one party
//! and joined to a list of the others by a word of class `coord` that is
//! no list word ("with", "dengan"): "the meeting of President X with A ,
//! B and C", "pertemuan Presiden X dengan Perdana Menteri A , Perdana
//! Menteri B , dan Perdana Menteri C". The noun's reader paired the owner
//! with the first name after the word only (`extract`, "pertemuan Kim dan
//! Putin"); the owner meets every name of the list. A list word ("and",
//! "dan") after the owner coordinates the owners themselves ("the meeting
//! of X and Y") and adds nothing here.

use super::args::coordinated_group_after;
use super::env::Env;
use super::sentence::Sent;

/// The names listed after `y`, the first partner joined to the owner `g`
/// of a meeting noun by a word of class `coord` and of no class `list`,
/// that pass `ok` (text order; `y` itself not included). Empty when
/// the word after `g` is a list word or no coordinating word.
pub(super) fn listed_partners(
    env: &Env,
    s: &Sent,
    g: usize,
    y: usize,
    ok: &dyn Fn(usize) -> bool,
) -> Vec<usize> {
    let end = s.ments[g].toks.end;
    let with = s.toks.get(end).is_some_and(|w| {
        w.word && env.lex.tok_in_class("coord", w) && !env.lex.tok_in_class("list", w)
    });
    if !with || s.ments[y].toks.start <= end {
        return Vec::new();
    }
    coordinated_group_after(env, s, y, ok)
        .into_iter()
        .filter(|&z| z != g && z != y)
        .collect()
}

//! The place of origin after a person ("Angela Merkel dari Jerman", "X
//! from Germany"), which belongs to the person, not to a list of
//! arguments (moved from `args.rs`, which was at the 620-line cap).

use super::env::Env;
use super::sentence::Sent;
use crate::base::types::EntityType;

/// "Angela Merkel dari Jerman", "X from Germany": the person a place of
/// origin (word class `origin`) follows, when `x` is that place.
pub(super) fn origin_head(env: &Env, s: &Sent, x: usize) -> Option<usize> {
    let e = s.ments[x].ext;
    if s.ments[x].etype != EntityType::Place || e < 2 {
        return None;
    }
    let t = &s.toks[e - 1];
    if !(t.word && env.lex.in_class("origin", &t.norm)) {
        return None;
    }
    s.ment_ending_at(e - 1)
        .filter(|&h| s.ments[h].etype == EntityType::Person)
}

/// The place of origin right after person `x` ("X dari Jerman").
pub(super) fn origin_after(env: &Env, s: &Sent, x: usize) -> Option<usize> {
    if s.ments[x].etype != EntityType::Person {
        return None;
    }
    let end = s.ments[x].toks.end;
    let t = s.toks.get(end)?;
    if !(t.word && env.lex.in_class("origin", &t.norm)) {
        return None;
    }
    s.ments
        .iter()
        .position(|m| m.free() && m.toks.start == end + 1)
        .filter(|&o| s.ments[o].etype == EntityType::Place)
}

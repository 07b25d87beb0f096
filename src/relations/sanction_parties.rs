//! Issue 17, thirty-third round, part D: two readings of a sanction's
//! parties. A sanctioning office named as the possession of another body
//! ("the Department of the Treasury's Office of Foreign Assets Control
//! (OFAC) sanctioned ...") acts for that body, which `state_act` then
//! reads as its state when its name holds one. A sanctions list whose
//! entries are set off by semicolons, each entry a name with its own
//! description ("The designated men are A , known as ..., a general ; B ,
//! ... ; and C , a commander"), lists the name opening each entry; the
//! names inside the descriptions (the general's force) are no members.

use super::env::Env;
use super::sentence::Sent;
use crate::base::types::EntityType;

/// The mention that stands for the sanctioner named by mention `m`: the
/// body owning it by a possessive ("X's Office of Y"), reached from an
/// abbreviation in brackets right after the office's name ("Office of Y
/// (OFAC)"); `m` itself otherwise.
pub(super) fn owning_body(s: &Sent, m: usize) -> usize {
    let Some(ment) = s.ments.get(m) else {
        return m;
    };
    if ment.etype != EntityType::Organisation {
        return m;
    }
    // "Office of Foreign Assets Control ( OFAC )": the name before the
    // bracket is the same body's
    let mut named = m;
    if ment.ext >= 1 && s.toks[ment.ext - 1].norm == "(" {
        if let Some(p) = s
            .ment_ending_at(ment.ext - 1)
            .filter(|&p| s.ments[p].entity == ment.entity)
        {
            named = p;
        }
    }
    let ext = s.ments[named].ext;
    if !s.possessive_s_before(ext) {
        return m;
    }
    // (the owner must be a body too: "Sudan's Rapid Support Forces" is a
    // force of a country, which sanctions nothing for it)
    s.ment_ending_at(ext - 2)
        .filter(|&o| s.ments[o].etype == EntityType::Organisation)
        .unwrap_or(m)
}

/// The names opening the entries of a list set off by semicolons after
/// token `from`, the list's first name standing at `from`: each name right
/// after a semicolon (and a list word: "; and C"), before a comma or the
/// sentence's end.
pub(super) fn semicolon_heads(env: &Env, s: &Sent, from: usize) -> Vec<usize> {
    let opens = s.ments.iter().any(|m| m.free() && m.ext == from);
    if !opens {
        return Vec::new();
    }
    let mut heads = Vec::new();
    for k in from..s.toks.len() {
        if s.toks[k].word || s.toks[k].norm != ";" {
            continue;
        }
        let n = s.class_phrase_at(env.lex, "list", k + 1);
        let Some(m) = s.free_at(k + 1 + n) else {
            continue;
        };
        // the entry's name ends it or is followed by its description
        let end = s.ments[m].toks.end;
        let closed = s
            .toks
            .get(end)
            .is_none_or(|t| !t.word && [",", ";", "."].contains(&t.norm.as_str()));
        if closed {
            heads.push(m);
        }
    }
    heads
}

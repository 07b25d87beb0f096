//! Issue 17, thirty-third round, part D: two readings of a sanction's
//! parties. A sanctioning office named as the possession of another body
//! ("the Department of the Treasury's Office of Foreign Assets Control
//! (OFAC) sanctioned ...") acts for that body, which `state_act` then
//! reads as its state when its name holds one. A sanctions list whose
//! entries are set off by semicolons, each entry a name with its own
//! description ("The designated men are A , known as ..., a general ; B ,
//! ... ; and C , a commander"), lists the name opening each entry; the
//! names inside the descriptions (the general's force) are no members.
//! Thirty-seventh round, part D: a sanctioner named as the agent right
//! after a trigger ("hit with sanctions by X") imposes the sanction whose
//! list follows, and names apposed to a counted object of a sanction
//! ("sanctioned two more politicians , A and B , who ...") are its list.

use super::env::Env;
use super::sentence::Sent;
use super::triggers::Trig;
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
        // "They are A ; B , meanwhile , said ...": an entry holding a verb
        // of saying is a clause of its own (thirty-seventh round, part D)
        let next = (end..s.toks.len())
            .find(|&j| s.toks[j].norm == ";")
            .unwrap_or(s.toks.len());
        let speech = (end..next).any(|j| env.free_word_in(s, j, "speech"));
        if closed && !speech {
            heads.push(m);
        }
    }
    heads
}

/// The sanctioner named as the agent right after a `sanctions` trigger
/// among `trigs` ("were hit with economic sanctions by the U.S. Treasury
/// Department", "dikenai sanksi oleh Uni Eropa"), when a sanctions list
/// follows: the first such party that is not `other` (thirty-seventh
/// round, part D). The trigger's own rule gives the agent's prepositions
/// and types; the body owning an office stands for it, as for a subject.
pub(super) fn sanction_agent(
    env: &Env,
    s: &Sent,
    trigs: &[Trig],
    other: Option<u32>,
) -> Option<u32> {
    trigs.iter().find_map(|t| {
        let rule = env
            .lex
            .rules
            .get(t.rule)
            .filter(|r| r.kind == "sanctions")?;
        let by = s
            .toks
            .get(t.end)
            .is_some_and(|w| w.word && rule.agent_preps.contains(&w.norm));
        if !by {
            return None;
        }
        let m = s
            .ment_at(t.end + 1, env.lex, false)
            .filter(|&m| env.type_ok(s, m, &rule.source))?;
        let e = s.ments[owning_body(s, m)].entity;
        (Some(e) != other).then_some(e)
    })
}

/// The token ending a list of names apposed to a counted object, starting
/// at token `from` ("sanctioned two more politicians , A and B , who
/// ..."): at least two persons or organisations joined by commas and
/// list words, then a comma, a relative word, sentence punctuation or the
/// sentence's end; a verb after them ("A and B said") makes them the
/// subject of a clause of their own (thirty-seventh round, part D).
pub(super) fn apposed_names(env: &Env, s: &Sent, from: usize) -> Option<usize> {
    let name = |k: usize| {
        s.free_at(k).filter(|&m| {
            matches!(
                s.ments[m].etype,
                EntityType::Person | EntityType::Organisation
            )
        })
    };
    let mut k = from;
    let mut names = 0;
    loop {
        let m = name(k)?;
        names += 1;
        k = s.ments[m].toks.end;
        let comma = s.toks.get(k).is_some_and(|t| t.norm == ",");
        let j = k + usize::from(comma);
        let n = s.class_phrase_at(env.lex, "list", j);
        if n > 0 && name(j + n).is_some() {
            k = j + n;
        } else if comma && name(j).is_some() {
            k = j;
        } else {
            break;
        }
    }
    let closed = s.toks.get(k).is_none_or(|t| {
        (!t.word && [",", ".", ";"].contains(&t.norm.as_str()))
            || (t.word && env.lex.in_class("relative", &t.norm))
    });
    (names >= 2 && closed).then_some(k)
}

//! Arguments apposed to a description (issue 17, ninth round): the person
//! named after "Pelaku penembakan di X ," and the name joined to "keempat
//! tersangka lainnya" before a list set off by dashes.

use super::env::Env;
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::EntityType;

/// "Pelaku penembakan di Festival X Las Vegas , Y ,", "The perpetrator
/// of the shooting at X in Bogor , Y ,": a noun trigger after a word of
/// class `perpetrator` that opens its phrase, a place phrase after a
/// preposition (target or `title_place`) closed by a place and a comma,
/// and the person named right after the comma: (agent, place).
pub(super) fn perpetrator(
    env: &Env,
    s: &Sent,
    trig: &Trig,
    preps: &[String],
    ok_src: &dyn Fn(usize) -> bool,
    ok_tgt: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    const PHRASE: usize = 8;
    let class = |k: usize, c: &str| s.toks[k].word && env.lex.in_class(c, &s.toks[k].norm);
    // the perpetrator word, with "of"/"the" between it and the noun
    let mut k = trig.start.checked_sub(1)?;
    while k > 0 && !class(k, "perpetrator") && (class(k, "determiner") || class(k, "agent_lead")) {
        k -= 1;
    }
    if !class(k, "perpetrator") || s.in_mention(k) {
        return None;
    }
    // it opens the phrase: the sentence start, punctuation or determiners
    let opens = (0..k)
        .rev()
        .find(|&j| !class(j, "determiner"))
        .is_none_or(|j| !s.toks[j].word);
    let prep = s.toks.get(trig.end).is_some_and(|t| {
        t.word && (preps.contains(&t.norm) || env.lex.in_class("title_place", &t.norm))
    });
    if !opens || !prep {
        return None;
    }
    let comma = (trig.end + 1..(trig.end + 1 + PHRASE).min(s.toks.len()))
        .take_while(|&j| s.toks[j].word || s.toks[j].norm == ",")
        .find(|&j| s.toks[j].norm == ",")?;
    let place = s.ment_ending_at(comma).filter(|&m| ok_tgt(m))?;
    let person = s
        .ments
        .iter()
        .position(|m| m.free() && m.toks.start == comma + 1)
        .filter(|&m| s.ments[m].etype == EntityType::Person && ok_src(m))?;
    Some((person, place))
}

/// "X dan keempat tersangka lainnya -- A , B dan C -- bertemu", "X and four
/// other suspects -- A, B and C -- met": a list set off by dashes after a
/// description of others (up to four lowercase words, one of class
/// `other`) joined by a list word to a name before it; that name (when
/// `ok`), given the list's first mention `first`.
pub(super) fn others_before(
    env: &Env,
    s: &Sent,
    first: usize,
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    const WORDS: usize = 4;
    let dash = |k: usize| {
        let t = &s.toks[k];
        !t.word
            && !t.norm.is_empty()
            && t.norm
                .chars()
                .all(|c| matches!(c, '-' | '\u{2013}' | '\u{2014}'))
    };
    let mut k = s.ments[first].ext;
    let mut dashes = 0;
    while k > 0 && dashes < 2 && dash(k - 1) {
        k -= 1;
        dashes += 1;
    }
    let class = |j: usize, c: &str| s.toks[j].word && env.lex.in_class(c, &s.toks[j].norm);
    let words = (0..k)
        .rev()
        .take_while(|&j| s.is_lower(j) && !s.in_mention(j) && !class(j, "list"))
        .take(WORDS + 1)
        .count();
    if dashes == 0 || words == 0 || words > WORDS || !(k - words..k).any(|j| class(j, "other")) {
        return None;
    }
    let link = (k - words).checked_sub(1).filter(|&j| class(j, "list"))?;
    s.ment_ending_at(link)
        .filter(|&x| s.ments[x].etype == EntityType::Person && ok(x))
}

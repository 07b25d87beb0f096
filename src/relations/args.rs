//! Choosing the arguments of a trigger among the sentence's mentions:
//! prepositional objects and coordinated pairs and groups; the subject is
//! chosen in `subject` (re-exported here).

use super::apposed::others_before;
use super::counterpart::{kin_before_name, possessive_determiner};
use super::env::Env;
use super::origin::{origin_after, origin_head};
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::EntityType;

pub(super) use super::subject::subject;

/// How far after a trigger its prepositional arguments may stand, in
/// words outside names ("memasok senjata dan amunisi kepada Rusia").
const PREP_REACH: usize = 5;
/// The first mention introduced by one of `preps` after token `from`,
/// within the same clause, that passes `ok`.
pub(super) fn prep_arg(
    env: &Env,
    s: &Sent,
    from: usize,
    preps: &[String],
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let mut k = from;
    let mut words = 0;
    while k < s.toks.len() && words <= PREP_REACH {
        let t = &s.toks[k];
        if !t.word {
            // "kunjungan resmi PM Timor-Leste , Taur Matan Ruak , di Y": a
            // comma between a name and its apposition, or closing a name
            // right before one of the prepositions
            let closes_name = t.norm == ","
                && k > 0
                && s.in_mention(k - 1)
                && (s.ments.iter().any(|m| m.toks.start == k + 1)
                    || s.toks
                        .get(k + 1)
                        .is_some_and(|n| n.word && preps.contains(&n.norm)));
            // ("serangan roket multi-laras ke X": a hyphen inside a word;
            // "pertemuan 2+2 dengan X": a plus inside a format's name)
            if t.norm == "(" || t.norm == ")" || closes_name || s.unspaced(k, &["-", "+"]) {
                k += 1;
                continue;
            }
            return None;
        }
        if let Some(m) = s.ments.iter().find(|m| m.toks.start == k) {
            k = m.toks.end.max(k + 1);
            continue;
        }
        if preps.contains(&t.norm) {
            // "dengan Ustaz X", "with Sheikh X", "of Her Excellency Dr. X":
            // honorifics before the name
            let honorific = super::appoint::honorifics(env.lex, s, k + 1);
            // "with his Uzbek counterpart , X" first (the loose reading stops at "Uzbek")
            if let Some(m) = super::counterpart::counterpart_apposed(env, s, k + 1)
                .filter(|&m| ok(m))
                .or_else(|| {
                    // "terhadap putra Presiden X": a kin noun's relative is none
                    let kin = |m: &usize| {
                        (k + 1..s.ments[*m].ext).any(|j| kin_before_name(s, j, env.lex))
                    };
                    // "terhadap dua bank milik negara X , yakni A": the
                    // owner (after a word of class `owned_by_word`) is no
                    // object; a list after `namely` may name it
                    let owner = |m: &usize| {
                        (k + 1..s.ments[*m].ext).any(|j| env.free_word_in(s, j, "owned_by_word"))
                    };
                    s.ment_at(k + 1 + honorific, env.lex, true)
                        .filter(|m| !kin(m) && !owner(m))
                        .or_else(|| namely(env, s, k + 1))
                        .and_then(|m| past_venue(env, s, m, ok))
                })
            {
                return Some(m);
            }
        } else if env.lex.tok_in_class("clause", t) {
            return None;
        }
        words += 1;
        k += 1;
    }
    None
}

/// Whether mention `m` names a building or site: its first or last word is
/// of class `venue` ("Istana Kepresidenan", "Bandara Changi", "Buckingham
/// Palace").
pub(super) fn venue(env: &Env, s: &Sent, m: usize) -> bool {
    let r = &s.ments[m].toks;
    s.class_phrase_at(env.lex, "venue", r.start) > 0
        || (r.end > r.start + 1 && s.class_phrase_at(env.lex, "venue", r.end - 1) > 0)
}

/// Mention `m` as an argument passing `ok`: a venue that is a place, or
/// that `ok` refuses, stands for the place named right after it ("di Istana
/// Kepresidenan Bogor", "at the Merdeka Palace, Jakarta"), and a place
/// without one is no argument (a visit or a strike is to a town, a region
/// or a country). A venue that is an organisation the rule takes stays
/// ("criticism of the White House").
fn past_venue(env: &Env, s: &Sent, m: usize, ok: &dyn Fn(usize) -> bool) -> Option<usize> {
    let taken = ok(m);
    if (taken && s.ments[m].etype != EntityType::Place) || !venue(env, s, m) {
        return taken.then_some(m);
    }
    let end = s.ments[m].toks.end;
    let at = end + usize::from(s.toks.get(end).is_some_and(|t| t.norm == ","));
    s.free_at(at)
        .filter(|&c| s.ments[c].etype == EntityType::Place && !venue(env, s, c) && ok(c))
}

/// "menyerang Pos Polisi Cikokol , Tangerang", "tiba di Kantor Imigrasi
/// Kelas I , Bogor": an object of capitalised words that name no entity,
/// closed by a comma and a place that ends the phrase (punctuation, the
/// end, or a lowercase word that starts no list); that place is the target.
pub(super) fn address_place(
    env: &Env,
    s: &Sent,
    from: usize,
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    const WORDS: usize = 6;
    let det = s
        .toks
        .get(from)
        .is_some_and(|t| t.word && env.lex.tok_in_class("determiner", t));
    let start = from + usize::from(det);
    let caps = (start..(start + WORDS + 1).min(s.toks.len()))
        .take_while(|&k| s.toks[k].word && s.toks[k].upper && !s.in_mention(k))
        .count();
    if caps == 0 || caps > WORDS || s.toks.get(start + caps).is_none_or(|t| t.norm != ",") {
        return None;
    }
    let m = s.ments.iter().position(|m| {
        m.free() && m.toks.start == start + caps + 1 && m.etype == EntityType::Place
    })?;
    let end = s.ments[m].toks.end;
    let closes = match s.toks.get(end) {
        None => true,
        Some(t) if !t.word => t.norm != "(" && t.norm != "-",
        Some(t) => {
            !t.upper && !env.lex.tok_in_class("list", t) && !env.lex.tok_in_class("coord", t)
        }
    };
    (closes && ok(m)).then_some(m)
}

/// "ke negara-negara sekutu di Pasifik , yaitu X , Y dan Z", "to three
/// allies, namely X and Y": a description closed by a comma and a word of
/// class `namely`; the first name after it (the others are coordinated).
fn namely(env: &Env, s: &Sent, from: usize) -> Option<usize> {
    const DESCRIPTION: usize = 8;
    let comma = (from..(from + DESCRIPTION).min(s.toks.len()))
        .take_while(|&k| {
            let t = &s.toks[k];
            (t.word && !env.lex.tok_in_class("clause", t)) || t.norm == "-" || t.norm == ","
        })
        .find(|&k| s.toks[k].norm == ",")?;
    let n = s.class_phrase_at(env.lex, "namely", comma + 1);
    if n == 0 {
        return None;
    }
    s.free_at(comma + 1 + n)
}

/// "pertemuan antara X dan Y", "talks between X and Y".
pub(super) fn pair_after(
    env: &Env,
    s: &Sent,
    trig: &Trig,
    preps: &[String],
    ok: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let k = (trig.end..(trig.end + 4).min(s.toks.len()))
        .find(|&k| s.toks[k].word && preps.contains(&s.toks[k].norm))?;
    let x = s.ment_at(k + 1, env.lex, true).filter(|&x| ok(x))?;
    let y = coordinated_after(env, s, x, ok)?;
    Some((x, y))
}

/// "X dan Y": the mention joined to `x` after it.
pub(super) fn coordinated_after(
    env: &Env,
    s: &Sent,
    x: usize,
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let end = s.ments[x].toks.end;
    let t = s.toks.get(end)?;
    if !(env.lex.tok_in_class("coord", t) || env.lex.tok_in_class("list", t)) {
        return None;
    }
    s.ment_at(end + 1, env.lex, false)
        .filter(|&y| ok(y) && y != x && !possessive_determiner(env, s, y))
}

/// "X dan Y", "X, Y and Z", "X, Y, and the Z": the mentions coordinated
/// with `y` before it (nearest first); the last link must be a list word.
pub(super) fn coordinated_before(
    env: &Env,
    s: &Sent,
    y: usize,
    ok: &dyn Fn(usize) -> bool,
) -> Vec<usize> {
    let mut group = Vec::new();
    let mut cur = y;
    while let Some(mut k) = s.ments[cur].ext.checked_sub(1) {
        // "and the Republic of the Congo": one filler word may come between
        let filler = |t: &super::text::Tok| {
            t.word && env.lex.tok_in_class("filler", t) && !env.lex.tok_in_class("list", t)
        };
        if filler(&s.toks[k]) {
            match k.checked_sub(1) {
                Some(j) => k = j,
                None => break,
            }
        }
        // "X and his Kenyan counterpart Y": the phrase belongs to Y
        // ("X and his wife, Y", "X bersama suaminya, Y": so does a
        // spouse's, after a list word or a joint phrase; part C2)
        let couple = group
            .is_empty()
            .then(|| super::couple::couple_link_before(env, s, k))
            .flatten();
        if group.is_empty() {
            k = couple
                .or_else(|| super::counterpart::counterpart_before_conjunct(env, s, k))
                .unwrap_or(k);
        }
        let t = &s.toks[k];
        let link = if group.is_empty() {
            couple.is_some() || env.lex.tok_in_class("list", t)
        } else {
            t.norm == ","
        };
        // "X, Y, and Z": a comma may stand before the list word
        let end = if link && group.is_empty() && k > 0 && s.toks[k - 1].norm == "," {
            k - 1
        } else {
            k
        };
        let prev = s
            .ment_ending_at(end)
            .map(|x| origin_head(env, s, x).unwrap_or(x))
            .filter(|&x| link && ok(x) && x != y && !group.contains(&x));
        match prev {
            Some(x) => {
                group.push(x);
                cur = x;
            }
            None => break,
        }
    }
    // "X dan keempat tersangka lainnya -- A , B dan C -- bertemu"
    if let Some(x) = (!group.is_empty())
        .then(|| others_before(env, s, cur, ok))
        .flatten()
        .filter(|&x| x != y && !group.contains(&x))
    {
        group.push(x);
    }
    group
}

/// "X dan Y", "X, Y dan Z", "X as well as Y": the mentions coordinated
/// with `x` after it, in text order. Names joined by commas only count
/// when a list word closes the list ("Korsel , China , dan Jepang"), so
/// "bertemu X, Senin" or "X, Y mengatakan" add nothing.
pub(super) fn coordinated_group_after(
    env: &Env,
    s: &Sent,
    x: usize,
    ok: &dyn Fn(usize) -> bool,
) -> Vec<usize> {
    let mut out: Vec<usize> = Vec::new();
    let mut pending: Vec<usize> = Vec::new();
    let mut cur = x;
    loop {
        let mut end = s.ments[cur].toks.end;
        // "X dari Jerman dan Y": the origin of a person is no conjunct
        if let Some(o) = origin_after(env, s, cur).or_else(|| country_of(env, s, cur)) {
            end = s.ments[o].toks.end;
        }
        // "by A himself and by B" (thirty-sixth round, part B)
        if super::long_conjunct::reflexive_at(env, s, end) {
            end += 1;
        }
        // "by A , the Minister of X , and B": a title apposed to a
        // conjunct (fortieth round, part B)
        if s.ments[cur].etype == EntityType::Person {
            end = super::apposed_conjunct::past_title(env, s, end);
        }
        let Some(t) = s.toks.get(end) else { break };
        let comma = !t.word && t.norm == ",";
        let mut k = end;
        let mut closed = false;
        if comma {
            k += 1;
        }
        let n = s.class_phrase_at(env.lex, "list", k);
        if n > 0 {
            k += n;
            closed = true;
            let after_list = k;
            k += super::counterpart::kin_before_conjunct(env, s, k); // "X dan istrinya , Y"
            k += repeated_prep(env, s, k);
            // "and of Z , C": an envoy's country first (fortieth round,
            // part B)
            let envoy = super::apposed_conjunct::past_envoy_country(env, s, k);
            // "and the deputy speaker of Parliament , Y ;"
            match s.ment_at(k, env.lex, false).filter(|_| envoy.is_none()) {
                // "and by Crown Prince and Prime Minister Y": behind a
                // long title (thirty-sixth round, part B)
                None => {
                    k = super::plural_ref::titled_conjunct(env, s, after_list)
                        .or_else(|| super::long_conjunct::behind_title(env, s, after_list))
                        .unwrap_or(k);
                }
                // "and Manila International Airport Authority Assistant
                // General Manager Y": a body's name opening the title
                Some(b) if !ok(b) && s.ments[b].etype == EntityType::Organisation => {
                    k = super::long_conjunct::behind_title(env, s, after_list).unwrap_or(k);
                }
                Some(_) => {}
            }
            k = envoy.unwrap_or(k);
        } else if !comma {
            break;
        }
        let Some(y) = s
            .ment_at(k, env.lex, false)
            .filter(|&y| ok(y) && y != x && !out.contains(&y) && !pending.contains(&y))
            // "with X and her cabinet": a determiner, no conjunct
            .filter(|&y| !possessive_determiner(env, s, y))
        else {
            break;
        };
        pending.push(y);
        if closed {
            out.append(&mut pending);
        }
        cur = y;
    }
    out
}

/// "and by Crown Prince X", "and with Prime Minister of Japan X": 1
/// when token `k` (after a list word) is a preposition repeated before a
/// person whose phrase opens with a title (a plain name after it is read
/// as a described conjunct already); 0 otherwise.
fn repeated_prep(env: &Env, s: &Sent, k: usize) -> usize {
    let prep = env.free_word_in(s, k, "prep");
    let titled =
        |m: usize| s.ments[m].etype == EntityType::Person && s.ments[m].ext < s.ments[m].toks.start;
    usize::from(prep && s.free_at(k + 1).is_some_and(titled))
}

/// "her counterparts X of Canada and Y of Colombia": the country after
/// person `x` and a word of class `person_of` (it may be read as the
/// title's country already), so that the list goes on past it.
fn country_of(env: &Env, s: &Sent, x: usize) -> Option<usize> {
    if s.ments[x].etype != EntityType::Person {
        return None;
    }
    let end = s.ments[x].toks.end;
    let of = s
        .toks
        .get(end)
        .is_some_and(|t| t.word && env.lex.tok_in_class("person_of", t));
    if !of {
        return None;
    }
    s.ments
        .iter()
        .position(|m| !m.nested && m.toks.start == end + 1 && m.etype == EntityType::Place)
}

/// An argument and the arguments coordinated with it: before it when it
/// stands before the trigger at token `trig_start`, after it otherwise.
pub(super) fn with_coordinated(
    env: &Env,
    s: &Sent,
    m: usize,
    trig_start: usize,
    ok: &dyn Fn(usize) -> bool,
) -> Vec<usize> {
    let mut v = vec![m];
    if s.ments[m].toks.end <= trig_start {
        v.extend(coordinated_before(env, s, m, ok));
        // "X bersama Y tiba di Z", "X, together with Y, arrived": a joint
        // subject between the subject and the trigger
        let (k, n) = joint_after(env, s, m);
        if n > 0 {
            if let Some(y) = joint_partner(env, s, m, trig_start, ok).filter(|y| !v.contains(y)) {
                v.push(y);
            }
        } else {
            // "X tiba ... , dan sore harinya bersama Y dan Z menyambut W"
            let mut joint = super::conjunct::joint_before(env, s, k, trig_start, ok);
            joint.retain(|y| !v.contains(y));
            v.extend(joint);
        }
    } else {
        v.extend(coordinated_group_after(env, s, m, ok));
    }
    v
}

/// "X bersama Y tiba di Z", "X, together with Y, arrived": the joint
/// subject named between the subject `m` and the trigger at `trig_start`.
pub(super) fn joint_partner(
    env: &Env,
    s: &Sent,
    m: usize,
    trig_start: usize,
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let (k, n) = joint_after(env, s, m);
    if n == 0 {
        return None;
    }
    s.ment_at(k + n, env.lex, false)
        .filter(|&y| ok(y) && y != m && s.ments[y].toks.end <= trig_start)
}

/// The token after mention `m` (past a comma) and the length of the
/// phrase of class `joint` there ("bersama", "together with"; 0: none).
fn joint_after(env: &Env, s: &Sent, m: usize) -> (usize, usize) {
    let mut k = s.ments[m].toks.end;
    if s.toks.get(k).is_some_and(|t| t.norm == ",") {
        k += 1;
    }
    (k, s.class_phrase_at(env.lex, "joint", k))
}

/// Whether the token before token `at` is a preposition written in
/// lowercase: a mention there is its object, not a clause's subject (a
/// capitalised "In" or "Di" opens the sentence or a name).
pub(super) fn after_lower_prep(env: &Env, s: &Sent, at: usize) -> bool {
    at.checked_sub(1)
        .and_then(|b| s.toks.get(b))
        .is_some_and(|b| b.word && !b.upper && env.lex.tok_in_class("prep", b))
}

pub(super) fn preceded_by_prep(env: &Env, s: &Sent, m: usize) -> bool {
    let ext = s.ments[m].ext;
    ext > 0
        && s.toks
            .get(ext - 1)
            .is_some_and(|t| t.word && env.lex.tok_in_class("prep", t))
}

/// "Kim Jong Un's sister ...": a possessor modifies a noun; it is not the
/// subject of a later verb.
pub(super) fn possessor(s: &Sent, m: usize) -> bool {
    let end = s.ments[m].toks.end;
    s.toks.get(end).is_some_and(|t| t.norm == "'")
        && s.toks.get(end + 1).is_some_and(|t| t.norm == "s")
}

/// "Putin's visit": the possessor before an English noun trigger.
pub(super) fn possessive_before(env: &Env, s: &Sent, trig: &Trig) -> Option<usize> {
    // "Australia's budget support": one lowercase modifier between
    let k = super::noun_agent::modified_start(env.lex, s, trig.start);
    if s.possessive_s_before(k) {
        if let Some(m) = s.ment_ending_at(k - 2) {
            return Some(m);
        }
    }
    s.ment_ending_at(k)
        .filter(|_| k > 0 && s.toks[k - 1].norm == "s")
}

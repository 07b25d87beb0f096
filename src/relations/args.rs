//! Choosing the arguments of a trigger among the sentence's mentions:
//! prepositional objects, coordinated pairs and groups, and the subject.

use super::agents::{passive_agent_subject, unnamed_agent_between};
use super::apposed::others_before;
use super::counterpart::possessive_determiner;
use super::env::Env;
use super::morph::Voice;
use super::origin::{origin_after, origin_head};
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::EntityType;

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
            // ("serangan roket multi-laras ke X": a hyphen inside a word)
            if t.norm == "(" || t.norm == ")" || closes_name || s.unspaced(k, &["-"]) {
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
            // "dengan Ustaz X", "with Sheikh X": an honorific before the name
            // ("to Sri Lanka": a word of a name is no honorific)
            let honorific = if s.in_mention(k + 1) {
                0
            } else {
                s.class_phrase_at(env.lex, "honorific", k + 1)
            };
            // "with his Uzbek counterpart , X" first (the loose reading stops at "Uzbek")
            if let Some(m) = super::counterpart::counterpart_apposed(env, s, k + 1)
                .filter(|&m| ok(m))
                .or_else(|| {
                    s.ment_at(k + 1 + honorific, env.lex, true)
                        .or_else(|| namely(env, s, k + 1))
                        .and_then(|m| past_venue(env, s, m, ok))
                })
            {
                return Some(m);
            }
        } else if env.lex.in_class("clause", &t.norm) {
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
        .is_some_and(|t| t.word && env.lex.in_class("determiner", &t.norm));
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
            !t.upper && !env.lex.in_class("list", &t.norm) && !env.lex.in_class("coord", &t.norm)
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
            (t.word && !env.lex.in_class("clause", &t.norm)) || t.norm == "-" || t.norm == ","
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
    if !(env.lex.in_class("coord", &t.norm) || env.lex.in_class("list", &t.norm)) {
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
            t.word && env.lex.in_class("filler", &t.norm) && !env.lex.in_class("list", &t.norm)
        };
        if filler(&s.toks[k]) {
            match k.checked_sub(1) {
                Some(j) => k = j,
                None => break,
            }
        }
        // "X and his Kenyan counterpart Y": the phrase belongs to Y
        if group.is_empty() {
            k = super::counterpart::counterpart_before_conjunct(env, s, k).unwrap_or(k);
        }
        let t = &s.toks[k];
        let link = if group.is_empty() {
            env.lex.in_class("list", &t.norm)
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
        if let Some(o) = origin_after(env, s, cur) {
            end = s.ments[o].toks.end;
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
            k += super::counterpart::kin_before_conjunct(env, s, k); // "X dan istrinya , Y"
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
        let mut k = s.ments[m].toks.end;
        if s.toks.get(k).is_some_and(|t| t.norm == ",") {
            k += 1;
        }
        let n = s.class_phrase_at(env.lex, "joint", k);
        if n > 0 {
            if let Some(y) = s
                .ment_at(k + n, env.lex, false)
                .filter(|&y| ok(y) && !v.contains(&y) && s.ments[y].toks.end <= trig_start)
            {
                v.push(y);
            }
        }
    } else {
        v.extend(coordinated_group_after(env, s, m, ok));
    }
    v
}

pub(super) fn preceded_by_prep(env: &Env, s: &Sent, m: usize) -> bool {
    let ext = s.ments[m].ext;
    ext > 0
        && s.toks
            .get(ext - 1)
            .is_some_and(|t| t.word && env.lex.in_class("prep", &t.norm))
}

/// The subject of a trigger: the nearest mention before it in its clause
/// that is not the object of a preposition; failing that, a mention after
/// a fronted clause ("Setelah tiba di Pyongyang, Lavrov ...") when `after`.
pub(super) fn subject(
    env: &Env,
    s: &Sent,
    trig: &Trig,
    ok: &dyn Fn(usize) -> bool,
    not: Option<usize>,
    after: bool,
) -> Option<usize> {
    // "akses kunjungan wisatawan dari Indonesia ke Vietnam": a noun
    // trigger whose agent is a group noun after it (class `agent_noun`)
    // has no named subject
    // ("the visits of tourists": after a word of class `agent_lead`)
    let lead = s
        .toks
        .get(trig.end)
        .is_some_and(|t| t.word && env.lex.in_class("agent_lead", &t.norm));
    let group_agent = s
        .toks
        .get(trig.end + usize::from(lead))
        .is_some_and(|t| t.word && env.lex.in_class("agent_noun", &t.norm));
    if (trig.voice == Voice::Nominal && group_agent)
        || super::noun_agent::noun_subject(env, s, trig)
    {
        return None;
    }
    // "undangan kepada X untuk berkunjung": the one invited acts
    if let Some(m) = super::purpose::purpose_object(env, s, trig, ok, not) {
        return Some(m);
    }
    let clause = (0..trig.start)
        .rev()
        .find(|&k| {
            let t = &s.toks[k];
            (!t.word && [";", ":", "\""].contains(&t.norm.as_str()))
                || (t.word && env.lex.in_class("clause", &t.norm))
        })
        .map_or(0, |k| k + 1);
    // ", yang tiba di Pyongyang,", ", who hosted Putin,", "Serdadu Suriah
    // yang didukung tentara Rusia ,": a relative clause closed before the
    // trigger holds no subject of it
    // (cheap tests first: a relative word after a comma or a name)
    let relative: Vec<std::ops::Range<usize>> = (clause..trig.start)
        .filter(|&c| c > 0 && (s.toks[c - 1].norm == "," || s.in_mention(c - 1)))
        .filter(|&c| relative_word(env, s, c))
        .filter_map(|c| {
            let open = if c > clause && s.toks[c - 1].norm == "," {
                c - 1
            } else if s.ment_ending_at(c).is_some() {
                // without a comma, only after a name ("kubu X yang
                // dipimpin oleh Y , menemui Z": Y may stand for the group)
                c
            } else {
                return None;
            };
            let close = (c + 1..trig.start).find(|&d| s.toks[d].norm == ",")?;
            Some(open..appositions_after(s, close, trig.start) + 1)
        })
        .collect();
    let usable = |m: usize| {
        s.ments[m].free()
            && Some(m) != not
            && ok(m)
            && (!preceded_by_prep(env, s, m) || after_member(env, s, m))
            && !relative.iter().any(|r| r.contains(&s.ments[m].toks.start))
            && (!possessor(s, m) || super::organ::owns_organ(env, s, m))
            && (!after_noun(env, s, m) || after_member(env, s, m))
    };
    // "WNI yang pernah berangkat ke Suriah", "negara-negara yang ikut
    // menyerang", "Lavrov, who met Kim": a trigger opening a relative
    // clause has the head before the relative word as its subject, and
    // none when that head is no entity
    // A noun trigger further inside the clause is the object of the
    // clause's own verb ("lawatan yang mencakup pertemuan dengan X"): the
    // head is not its agent, and the usual search goes on.
    // It takes no agent from after the clause either ("Menyindir X yang
    // mencabut dukungan terhadap Y , Z menegaskan": Z is not Y's backer).
    let opening = relative_opening(env, s, trig.start, clause);
    let inside = |r: usize| trig.voice != Voice::Nominal || r + 1 == trig.start;
    // a fronted clause starts with the trigger or with a word of class
    // `fronting`, at most three words before the trigger ("Setelah tiba di
    // X , Y", "bahwa setelah pembicaraan dengan X , Y"); "Y menyampaikan
    // hal itu seusai berbicara dengan A , B dan C" and "Y said so after
    // talking with A , B and C" have their subject before
    let fronted = trig.start == clause
        || s.toks
            .get(clause)
            .is_some_and(|t| t.word && env.lex.in_class("fronting", &t.norm));
    let after = after && opening.is_none() && fronted && trig.start <= clause + 3;
    if let Some(r) = opening.filter(|&r| inside(r)) {
        let head = if r > 0 && s.toks[r - 1].norm == "," {
            r - 1
        } else {
            r
        };
        // the head may be a prepositional object ("bertemu dengan X yang
        // tiba di Y"): it is the relative clause's subject all the same
        return s
            .ment_ending_at(head)
            .filter(|&m| Some(m) != not && ok(m) && !possessor(s, m) && !after_noun(env, s, m));
    }
    let candidates = (0..s.ments.len())
        .filter(|&m| s.ments[m].toks.end <= trig.start && s.ments[m].ext >= clause && usable(m));
    // "Pyongyang mengirim pasukan ... dan memasok ...": a verb joined by
    // "dan"/"and" shares the clause subject, not the nearest object
    let coordinated_verb = super::shared_subject::shares_clause_subject(env, s, trig);
    let before = if coordinated_verb {
        candidates.min_by_key(|&m| s.ments[m].toks.start)
    } else {
        let nearest = candidates.clone().max_by_key(|&m| s.ments[m].toks.end);
        // "Dia hendak melamar sang kekasih , Meghan Markle , saat
        // bertandang ke X": a name set off by commas after a lowercase
        // noun is that noun's apposition, and the noun an object when a
        // subject is named before it: that subject comes first
        // (with none named, a subject the text does not name: no subject;
        // an apposition to the clause's opening noun is the subject)
        match nearest.filter(|&m| object_apposition(env, s, m)) {
            Some(m) => candidates
                .filter(|&c| s.ments[c].toks.end < s.ments[m].ext)
                .max_by_key(|&c| s.ments[c].toks.end)
                .or_else(|| {
                    let noun = s.ments[m].ext - 2;
                    let opens = (clause..noun).all(|k| {
                        let t = &s.toks[k];
                        t.word && env.lex.in_class("determiner", &t.norm)
                    });
                    opens.then_some(m)
                }),
            None => nearest,
        }
    };
    let before =
        before.filter(|&m| !unnamed_agent_between(env, s, s.ments[m].toks.end, trig.start));
    // "Hal itu diungkapkan X usai bertemu Y": no subject before, the agent
    // of the passive before the trigger
    let before = before.or_else(|| {
        (trig.voice != Voice::Nominal)
            .then(|| {
                passive_agent_subject(env, s, clause, trig.start, &|m| Some(m) != not && ok(m))
            })
            .flatten()
    });
    if before.is_some() || !after {
        return before;
    }
    let min_start = not.map_or(trig.end, |n| s.ments[n].toks.end.max(trig.end));
    // "... di Stockholm , Swedia": a place in apposition to a place (its
    // country or region) is no subject
    let apposed = |m: usize| {
        let e = s.ments[m].ext;
        s.ments[m].etype == EntityType::Place
            && e >= 1
            && s.toks[e - 1].norm == ","
            && s.ment_ending_at(e - 1)
                .is_some_and(|w| s.ments[w].etype == EntityType::Place)
    };
    (0..s.ments.len())
        .filter(|&m| s.ments[m].ext >= min_start && usable(m) && !apposed(m))
        // right after the comma closing the fronted clause (", termasuk
        // ISIS" is no subject)
        .filter(|&m| s.ments[m].ext > trig.end && s.toks[s.ments[m].ext - 1].norm == ",")
        .min_by_key(|&m| s.ments[m].ext)
}

/// Whether mention `m` is set off by commas right after a lowercase word
/// and followed by a subordinate clause ("sang kekasih , X , saat ..."):
/// an apposition to a common noun, before a clause whose unnamed subject
/// is the main clause's. ("menugaskan menteri , X , untuk bertemu ...":
/// an object told to act is the subject of the act, and stays so.)
fn object_apposition(env: &Env, s: &Sent, m: usize) -> bool {
    let (a, e) = (s.ments[m].ext, s.ments[m].toks.end);
    a >= 2
        && s.toks[a - 1].norm == ","
        && s.toks.get(e).is_some_and(|t| t.norm == ",")
        && s.toks[a - 2].word
        && s.is_lower(a - 2)
        && s.toks
            .get(e + 1)
            .is_some_and(|t| t.word && env.lex.in_class("fronting", &t.norm))
}

/// The comma that closes a relative clause whose first closing comma is
/// `close`: "X, who came at the invitation of the King, Y, met Z" has an
/// apposition inside the clause, so a segment between two commas that is
/// one mention and nothing else still belongs to the clause. Stops before
/// `limit` (the trigger).
fn appositions_after(s: &Sent, mut close: usize, limit: usize) -> usize {
    while let Some(next) = (close + 1..limit).find(|&d| s.toks[d].norm == ",") {
        if next == close + 1 || !(close + 1..next).all(|k| s.in_mention(k)) {
            break;
        }
        close = next;
    }
    close
}

/// A lowercase relative word ("yang", "who") at token `k`; "Yang Mulia"
/// is an honorific.
fn relative_word(env: &Env, s: &Sent, k: usize) -> bool {
    s.is_lower(k) && env.lex.in_class("relative", &s.toks[k].norm)
}

/// The relative word that opens the clause of a trigger at `start`: at
/// most three words before it, with no punctuation, mention or clause
/// word between ("yang pernah berangkat", "who has met").
fn relative_opening(env: &Env, s: &Sent, start: usize, clause: usize) -> Option<usize> {
    for k in (clause.max(start.saturating_sub(4))..start).rev() {
        if relative_word(env, s, k) {
            return Some(k);
        }
        let t = &s.toks[k];
        if !t.word || s.in_mention(k) || env.lex.in_class("clause", &t.norm) {
            return None;
        }
    }
    None
}

/// "Tudingan AS", "pasukan Kyiv": a name right after an Indonesian -an noun
/// is that noun's possessor, not a subject. Short words ("bulan", "akan")
/// and listed function words are not taken for nouns.
fn after_noun(env: &Env, s: &Sent, m: usize) -> bool {
    let Some(k) = s.ments[m].ext.checked_sub(1) else {
        return false;
    };
    let t = &s.toks[k];
    t.word
        && t.norm.ends_with("an")
        && t.norm.chars().count() >= 7
        // (a pronoun keeps the noun reading: "X menuturkan dirinya ...")
        && !(super::purpose::active_or_passive_kan(&t.norm) && s.ments[m].coref.is_none())
        && !s.in_mention(k)
        && !["prep", "clause", "filler", "list", "coord"]
            .iter()
            .any(|c| env.lex.in_class(c, &t.norm))
}

/// "kader maupun simpatisan Gerindra mendukung X", "members of the party
/// backed X": a name right after a word of class `member` (or after one and
/// a word of class `agent_lead`) stands for its members; it may be the
/// subject; so does a place after a word of class `state_body`
/// ("Pengadilan Timor Leste mengeluarkan ...") or closing an organ's
/// phrase ("the Foreign Ministry of Iraq", see `organ`).
fn after_member(env: &Env, s: &Sent, m: usize) -> bool {
    let ext = s.ments[m].ext;
    let is = |k: usize, c: &str| s.toks[k].word && env.lex.in_class(c, &s.toks[k].norm);
    let member = |k: usize| is(k, "member") && !s.in_mention(k);
    // "Pengadilan Timor Leste": a state's court or prosecutors stand for
    // the state (a place only: "pengadilan X" of a person is a trial)
    let body =
        |k: usize| is(k, "state_body") && !s.in_mention(k) && s.ments[m].etype == EntityType::Place;
    (ext >= 1 && (member(ext - 1) || body(ext - 1)))
        || (ext >= 2 && is(ext - 1, "agent_lead") && member(ext - 2))
        || super::organ::names_organ(env, s, m)
}

/// "Kim Jong Un's sister ...": a possessor modifies a noun; it is not the
/// subject of a later verb.
pub(super) fn possessor(s: &Sent, m: usize) -> bool {
    let end = s.ments[m].toks.end;
    s.toks.get(end).is_some_and(|t| t.norm == "'")
        && s.toks.get(end + 1).is_some_and(|t| t.norm == "s")
}

/// "Putin's visit": the possessor before an English noun trigger.
pub(super) fn possessive_before(s: &Sent, trig: &Trig) -> Option<usize> {
    // "Australia's budget support": one lowercase modifier between
    let k = super::noun_agent::modified_start(s, trig.start);
    if s.possessive_s_before(k) {
        if let Some(m) = s.ment_ending_at(k - 2) {
            return Some(m);
        }
    }
    s.ment_ending_at(k)
        .filter(|_| k > 0 && s.toks[k - 1].norm == "s")
}

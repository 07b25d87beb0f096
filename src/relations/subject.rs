//! The subject of a trigger: the mention before it in its clause that
//! may act, past relative clauses, appositions to common nouns and
//! possessors, or the one right after a fronted clause (moved out of
//! `args`, which keeps the other argument searches and re-exports this
//! one).

use super::agents::{passive_agent_subject, unnamed_agent_between};
use super::args::{coordinated_before, possessor, preceded_by_prep};
use super::env::Env;
use super::morph::Voice;
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::EntityType;

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
        .is_some_and(|t| t.word && env.lex.tok_in_class("agent_lead", t));
    let group_agent = s
        .toks
        .get(trig.end + usize::from(lead))
        .is_some_and(|t| t.word && env.lex.tok_in_class("agent_noun", t));
    if (trig.voice == Voice::Nominal && group_agent)
        || super::noun_agent::noun_subject(env, s, trig)
        || super::noun_agent::unnamed_pair_subject(env, s, trig)
    {
        return None;
    }
    // "undangan kepada X untuk berkunjung": the one invited acts
    if let Some(m) = super::purpose::purpose_object(env, s, trig, ok, not) {
        return Some(m);
    }
    // "invited his counterpart to visit Y": the one invited, unnamed, acts
    if super::described_actor::unnamed_object(env, s, trig) {
        return None;
    }
    let clause = (0..trig.start)
        .rev()
        .find(|&k| {
            let t = &s.toks[k];
            (!t.word && [";", ":", "\""].contains(&t.norm.as_str()))
                || (t.word && env.lex.tok_in_class("clause", t))
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
            && !prep_conjunct(env, s, m, trig.start)
            && !relative.iter().any(|r| r.contains(&s.ments[m].toks.start))
            && (!possessor(s, m) || super::organ::owns_organ(env, s, m))
            && (!after_noun(env, s, m) || after_member(env, s, m))
            && !determined_agent(env, s, m)
            // "Kamis waktu Indonesia": a place naming a clock's zone
            // (class `time_zone`) is no party (thirty-third round, part D)
            && !s.ments[m]
                .ext
                .checked_sub(1)
                .is_some_and(|k| env.free_word_in(s, k, "time_zone"))
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
            .is_some_and(|t| t.word && env.lex.tok_in_class("fronting", t));
    let after = after && opening.is_none() && fronted && trig.start <= clause + 3;
    if let Some(r) = opening.filter(|&r| inside(r)) {
        let head = if r > 0 && s.toks[r - 1].norm == "," {
            r - 1
        } else {
            r
        };
        // the head may be a prepositional object ("bertemu dengan X yang
        // tiba di Y"): it is the relative clause's subject all the same
        // ("menerima kunjungan kehormatan X , yang disambut Y": the owner
        // of a visit noun is the one received)
        let owner = |m: usize| super::arrival::visit_owner(env, s, m, trig);
        return s.ment_ending_at(head).filter(|&m| {
            Some(m) != not && ok(m) && !possessor(s, m) && (!after_noun(env, s, m) || owner(m))
        });
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
                        t.word && env.lex.tok_in_class("determiner", t)
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
            .is_some_and(|t| t.word && env.lex.tok_in_class("fronting", t))
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
    s.is_lower(k) && env.lex.tok_in_class("relative", &s.toks[k])
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
        if !t.word || s.in_mention(k) || env.lex.tok_in_class("clause", t) {
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
        // ("rombongan X": a delegation is its leader's, twenty-eighth
        // round, part B)
        // ("giliran X yang V", X's turn to V: X is the subject, class
        // `cleft_lead`; thirty-fourth round, part D)
        && !["prep", "clause", "filler", "list", "coord", "delegation_noun", "cleft_lead"]
            .iter()
            .any(|c| env.lex.tok_in_class(c, t))
}

/// "the central banks of X and Y signed", "met with X and Y ... and
/// discussed": the last name of a list whose first name is the object of
/// a preposition is an object too, no subject of a trigger at `start`
/// (twenty-fifth round, part D); unless it heads the relative clause the
/// trigger stands in ("in the presence of A and B of Y, who is on a visit
/// to Z").
fn prep_conjunct(env: &Env, s: &Sent, m: usize, start: usize) -> bool {
    let ext = s.ments[m].ext;
    let listed = ext >= 1 && s.toks[ext - 1].word && env.lex.tok_in_class("list", &s.toks[ext - 1]);
    // (past its origin: "B of Y , who")
    let mut end = s.ments[m].toks.end;
    if s.toks
        .get(end)
        .is_some_and(|t| t.word && env.lex.tok_in_class("prep", t))
    {
        if let Some(o) = s.ments.iter().find(|o| o.toks.start == end + 1) {
            end = o.toks.end;
        }
    }
    let heads = s.toks.get(end).is_some_and(|t| t.norm == ",")
        && end + 1 < start
        && relative_word(env, s, end + 1)
        && (end + 2..start).all(|k| s.toks[k].norm != ",");
    // the list's first name shares the last one's type ("Budi Santoso of
    // Indonesia and Rina Wati met": a place after "of" lists no person),
    // and the preposition hangs on no person's noun ("The counterpart of X
    // and Y met": the counterpart and Y are the subject)
    let person_head = |x: usize| {
        let ext = s.ments[x].ext;
        ext >= 2 && {
            let t = &s.toks[ext - 2];
            t.word
                && (env.lex.tok_in_class("person_noun", t)
                    || env.lex.tok_in_class("counterpart", t))
        }
    };
    listed
        && !heads
        && coordinated_before(env, s, m, &|_| true)
            .last()
            .is_some_and(|&x| {
                preceded_by_prep(env, s, x)
                    && !after_member(env, s, x)
                    && s.ments[x].etype == s.ments[m].etype
                    && !person_head(x)
            })
}

/// "kader maupun simpatisan Gerindra mendukung X", "members of the party
/// backed X": a name right after a word of class `member` (or after one and
/// a word of class `agent_lead`) stands for its members; it may be the
/// subject; so does a place after a word of class `state_body`
/// ("Pengadilan Timor Leste mengeluarkan ...") or closing an organ's
/// phrase ("the Foreign Ministry of Iraq", see `organ`).
fn after_member(env: &Env, s: &Sent, m: usize) -> bool {
    let ext = s.ments[m].ext;
    let is = |k: usize, c: &str| s.toks[k].word && env.lex.tok_in_class(c, &s.toks[k]);
    let member = |k: usize| is(k, "member") && !s.in_mention(k);
    // "Pengadilan Timor Leste": a state's court or prosecutors stand for
    // the state (a place only: "pengadilan X" of a person is a trial)
    let body =
        |k: usize| is(k, "state_body") && !s.in_mention(k) && s.ments[m].etype == EntityType::Place;
    (ext >= 1 && (member(ext - 1) || body(ext - 1)))
        || (ext >= 2 && is(ext - 1, "agent_lead") && member(ext - 2))
        || super::organ::names_organ(env, s, m)
}

/// Whether mention `m` follows an agent preposition and a determiner ("the
/// attacks , allegedly perpetrated by an X cell , and pledged to support
/// Y"; "oleh sang X"): the agent of a participle, no subject of a later
/// trigger (twenty-seventh round, part D).
fn determined_agent(env: &Env, s: &Sent, m: usize) -> bool {
    let ext = s.ments[m].ext;
    ext >= 2
        && s.toks[ext - 1].word
        && env.lex.tok_in_class("determiner", &s.toks[ext - 1])
        && s.toks[ext - 2].word
        && env.lex.tok_in_class("agent_prep", &s.toks[ext - 2])
}

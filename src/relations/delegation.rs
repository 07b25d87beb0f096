//! Issue 17, twenty-fourth round, part D: a delegation whose leader is
//! named in a relative clause right after it stands for the leader.
//! "menerima kunjungan delegasi Kamboja yang dipimpin Perdana Menteri X",
//! "The delegation led by X met Y": the meeting or reception is the
//! leader's (the golds' policy: a delegation's call is its leader's). The
//! phrase from the delegation word (class `delegation_noun`) to the end
//! of the relative clause (class `led_by`) becomes a mention of the
//! leader, so the trigger's argument there is the leader; the words and
//! names between (a country, a body: "Delegasi MPR RI", "a delegation of
//! the Kenyan government": class `delegation_owner`) stay as they were.

use super::lexicon::Lexicon;
use super::sentence::{may_hold, Sent};
use crate::base::types::EntityType;

/// Most tokens between the delegation word and its relative clause
/// ("delegasi Parlemen Kerajaan Kamboja yang dipimpin").
const BETWEEN: usize = 4;
/// Most capitalised words outside names between the relative clause and
/// the leader's name.
const TITLE_WORDS: usize = 3;

/// Adds, for each delegation of sentence `si` led by a person named right
/// after its relative clause (after the person's title, if any), a
/// mention of the leader over the delegation's words; returns the
/// leaders.
pub(super) fn resolve(lex: &Lexicon, s: &mut Sent, si: u32) -> Vec<u32> {
    if !may_hold!(s, lex, "delegation_noun") {
        return Vec::new();
    }
    let mut found = Vec::new();
    for k in 0..s.toks.len() {
        let t = &s.toks[k];
        if !t.word || s.in_mention(k) || !lex.tok_in_class("delegation_noun", t) {
            continue;
        }
        // the delegation's owner: capitalised words or names, no person
        let mut j = k + 1;
        while j < s.toks.len() && j - k <= BETWEEN && s.class_phrase_at(lex, "led_by", j) == 0 {
            let w = &s.toks[j];
            let person = s
                .ments
                .iter()
                .any(|m| m.etype == EntityType::Person && m.toks.contains(&j));
            // "a delegation of the Kenyan government led by X": the
            // owner's lowercase words (class `delegation_owner`) too
            // (twenty-eighth round, part B)
            let owner = w.word && lex.tok_in_class("delegation_owner", w);
            if !w.word || !(w.upper || owner) || person {
                break;
            }
            j += 1;
        }
        let n = s.class_phrase_at(lex, "led_by", j);
        if n == 0 {
            continue;
        }
        // the leader: a person whose name (or title before it) starts
        // right after the clause, not a description standing for one;
        // capitalised words in no mention may come first, a title the
        // office data does not join to the name across an honorific
        // ("Perdana Menteri Samdech X")
        // "led by Dr. X": honorifics, each with its full stop, before the
        // name (twenty-eighth round, part B)
        let at = j + n + super::appoint::honorifics(lex, s, j + n);
        let caps = (at..(at + TITLE_WORDS).min(s.toks.len()))
            .take_while(|&k| s.toks[k].word && s.toks[k].upper && !s.in_mention(k))
            .count();
        let starts = |k: usize| (at..=at + caps).contains(&k);
        let leader = s.ments.iter().find(|m| {
            m.etype == EntityType::Person
                && !m.nested
                && m.coref.is_none()
                && (starts(m.ext) || starts(m.toks.start))
        });
        if let Some(m) = leader {
            found.push((m.entity, k..j + n));
        }
    }
    let leaders = found.iter().map(|f| f.0).collect();
    for (entity, toks) in found {
        super::coref::add(s, entity, toks, si);
    }
    leaders
}

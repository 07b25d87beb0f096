//! Aid for the victims in a country (issue 17, fortieth round, part D):
//! "mengirimkan bantuan kemanusiaan untuk korban gempa bumi di Myanmar",
//! "Bantuan kemanusiaan Indonesia untuk korban banjir ... tiba di Karachi,
//! Pakistan", "delivered food aid to drought-affected families in
//! Somalia". The golds give the country where the people helped live as
//! the party supported. After a preposition of the rule's targets (past
//! at most [`LEAD_WORDS`] plain words or names), a word of class `aid_victims` (korban,
//! masyarakat, warga; victims, families, people), then at most
//! [`CLAUSE_WORDS`] plain words (what struck them, no name and no
//! punctuation), then a word of class `aid_place_prep` (di; in), then a
//! country, past plain words and places ("in Rakhine State, Myanmar"). A
//! place that is no country ("korban gempa di Palu") gives none, and so
//! does a name between the victims and the place ("korban serangan Israel
//! di Gaza"). Only the kinds of class `aid_victims_kind` read it.

use super::env::Env;
use super::lexicon::{ArgType, RelationRule};
use super::sentence::Sent;
use super::triggers::Trig;

/// Most plain words or names between the trigger and the preposition of
/// its target ("bantuan kemanusiaan tahap kedua untuk", "bantuan
/// kemanusiaan Indonesia untuk").
const LEAD_WORDS: usize = 3;

/// Most plain words describing the victims before the victims word
/// ("drought-affected families", "the people").
const MODIFIER_WORDS: usize = 3;

/// Most plain words between the victims word and the place preposition
/// ("korban banjir dan tanah longsor tiba di").
const CLAUSE_WORDS: usize = 7;

/// Most tokens between the place preposition and the country ("di Rakhine
/// State , Myanmar", "in eastern Cuba").
const PLACE_TOKENS: usize = 6;

/// Whether token `k` is a plain word: a word outside any mention.
fn plain(s: &Sent, k: usize) -> bool {
    s.toks.get(k).is_some_and(|t| t.word) && !s.in_mention(k)
}

/// The country whose victims the aid of trigger `t` (of rule `rule`) is
/// for, when it passes `ok`.
pub(super) fn victims_place(
    env: &Env,
    s: &Sent,
    t: &Trig,
    rule: &RelationRule,
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    if !env.lex.in_class("aid_victims_kind", &rule.kind) {
        return None;
    }
    let word = |k: usize, class: &str| env.free_word_in(s, k, class);
    let is_prep = |k: usize| plain(s, k) && rule.target_preps.contains(&s.toks[k].norm);
    // the preposition of the target, past a few plain words and names
    // ("bantuan kemanusiaan Indonesia untuk")
    let mut k = t.end;
    let mut words = 0;
    while !is_prep(k) {
        if words >= LEAD_WORDS {
            return None;
        }
        if let Some(m) = s.free_at(k) {
            k = s.ments[m].toks.end.max(k + 1);
        } else if plain(s, k) {
            k += 1;
        } else {
            return None;
        }
        words += 1;
    }
    k += 1;
    // the victims word, past a determiner and a few plain modifiers
    // ("drought-affected families": a hyphen inside a word); a word of the
    // rule's own triggers is a verb of its own ("donated to support the
    // people ...": the infinitive's object, and the donor told elsewhere)
    let own = |k: usize| rule.triggers.contains(&s.toks[k].norm);
    let mut words = 0;
    while !word(k, "aid_victims") {
        let hyphen = s.unspaced(k, &["-"]);
        if words >= MODIFIER_WORDS || !((plain(s, k) && !own(k)) || hyphen) {
            return None;
        }
        words += usize::from(!hyphen);
        k += 1;
    }
    k += 1;
    // what struck them, up to the place preposition
    let mut words = 0;
    while !word(k, "aid_place_prep") {
        let hyphen = s.unspaced(k, &["-"]);
        if words >= CLAUSE_WORDS || !(plain(s, k) || hyphen) {
            return None;
        }
        words += usize::from(!hyphen);
        k += 1;
    }
    // the country, past plain words, commas and places
    let end = (k + 1 + PLACE_TOKENS).min(s.toks.len());
    let mut j = k + 1;
    while j < end {
        if let Some(m) = s.free_at(j) {
            if env.type_ok(s, m, &[ArgType::Country]) {
                return ok(m).then_some(m);
            }
            if !env.type_ok(s, m, &[ArgType::Place]) {
                return None;
            }
            j = s.ments[m].toks.end.max(j + 1);
            continue;
        }
        let t = &s.toks[j];
        if !(plain(s, j) || t.norm == ",") {
            return None;
        }
        j += 1;
    }
    None
}

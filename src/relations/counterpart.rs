//! Names set off by a comma after a noun that stands for them: "sat down
//! with his Uzbek counterpart , X", "bertemu dengan mitranya , X" (the
//! object of the preposition is X; a person's name may follow with no
//! comma, "met his Vietnamese counterpart X", eighteenth round), and "X dan istrinya , Y" (Y is a
//! conjunct of X) (issue 17, fourteenth round).

use super::env::Env;
use super::lexicon::Lexicon;
use super::sentence::Sent;
use crate::base::types::{EntityType, Via};

/// How many words a counterpart phrase may hold before its noun
/// ("his Uzbek counterpart").
const LEAD_WORDS: usize = 4;

/// The mention apposed after a comma to a noun of class `counterpart`
/// that starts at token `from` after at most [`LEAD_WORDS`] lowercase
/// words, possessive pronouns or demonyms ("his Uzbek counterpart , X";
/// "mitranya , X"), after a person's possessive if one leads; an
/// honorific may stand before the name. Any other word, a name or
/// punctuation before the noun gives none.
pub(super) fn counterpart_apposed(env: &Env, s: &Sent, from: usize) -> Option<usize> {
    // "a trip to Z by Kagame's DRC counterpart , X": a person's possessive
    // may lead the phrase (twenty-fifth round, part C)
    let from = s
        .ments
        .iter()
        .position(|m| m.toks.start == from && m.etype == EntityType::Person)
        .filter(|&m| super::args::possessor(s, m))
        .map_or(from, |m| s.ments[m].toks.end + 2);
    let end = (from + LEAD_WORDS + 1).min(s.toks.len());
    for k in from..end {
        let t = &s.toks[k];
        if !t.word {
            return None;
        }
        if env.lex.tok_in_class("counterpart", t) && !s.in_mention(k) {
            // "his counterpart from the Dominican Republic , X": the
            // country after the noun (twenty-seventh round, part B)
            let k = k + origin_phrase(env, s, k + 1);
            // "met his Vietnamese counterpart X": with no comma only a
            // person's name right after the noun (eighteenth round)
            let comma = s.toks.get(k + 1).is_some_and(|c| c.norm == ",");
            let at = k + 1 + usize::from(comma);
            let honorific = s.class_phrase_at(env.lex, "honorific", at);
            // "his Fijian counterpart , Commodore X": a rank too
            let rank = s.class_phrase_at(env.lex, "rank", at + honorific);
            // "counterpart , Dr X": a name the gazetteer lists with its
            // honorific starts at the honorific (forty-first round, part B)
            return s
                .ment_at(at + honorific + rank, env.lex, false)
                .or_else(|| {
                    (honorific > 0)
                        .then(|| s.ment_at(at, env.lex, false))
                        .flatten()
                })
                .filter(|&m| comma || s.ments[m].etype == EntityType::Person);
        }
        // "his Trinidad and Tobago counterpart , X": a country's name
        // stands for its demonym (twenty-fourth round)
        let demonym = demonym_at(s, k) || country_at(env, s, k);
        // "his" may stand as a pronoun mention of the subject
        let possessive = env.lex.tok_in_class("possessive_pronoun", t);
        // "held a meeting with his Chilean counterpart X": a phrase after a
        // preposition is that preposition's object, no genitive of the
        // noun before it (twenty-second round)
        let prep = s.is_lower(k) && env.lex.tok_in_class("prep", t);
        if prep || !(demonym || possessive || (s.is_lower(k) && !s.in_mention(k))) {
            return None;
        }
    }
    None
}

/// The number of tokens of an origin phrase at token `k` closed by a comma:
/// a word of class `origin` (from; dari), a determiner if any, and a
/// place's name ("from the Dominican Republic ,"). 0 when none stands there.
fn origin_phrase(env: &Env, s: &Sent, k: usize) -> usize {
    let word = |j: usize, c: &str| env.free_word_in(s, j, c);
    if !word(k, "origin") {
        return 0;
    }
    let at = k + 1 + usize::from(word(k + 1, "determiner"));
    s.ments
        .iter()
        .find(|m| !m.nested && m.toks.start == at && m.etype == EntityType::Place)
        .map(|m| m.toks.end)
        .filter(|&end| s.toks.get(end).is_some_and(|c| c.norm == ","))
        .map_or(0, |end| end - k)
}

/// The number of tokens of a kin phrase and its comma at token `k` ("istrinya
/// ,", "his wife ,"; class `kin`) between a list word and a conjunct: "X
/// dan istrinya , Y" joins Y to X. 0 when none stands there.
pub(super) fn kin_before_conjunct(env: &Env, s: &Sent, k: usize) -> usize {
    let n = s.class_phrase_at(env.lex, "kin", k);
    if n > 0 && s.toks.get(k + n).is_some_and(|c| c.norm == ",") {
        n + 1
    } else {
        // "and against a former police officer , Y" (twentieth round)
        super::conjunct::described_conjunct(env, s, k)
    }
}

/// "X and his Kenyan counterpart Y", "X dan mitranya , Y": when token `k`
/// (right before conjunct Y's phrase, or the comma there) closes a noun of
/// class `counterpart` led by at most [`LEAD_WORDS`] lowercase words,
/// possessive pronouns or demonyms after a list word, that list word's
/// token, so that Y is joined to X across the phrase (seventeenth round).
/// None for any other word before the noun ("the counterpart of X and
/// Y", "X said his counterpart Y").
pub(super) fn counterpart_before_conjunct(env: &Env, s: &Sent, k: usize) -> Option<usize> {
    let k = if s.toks.get(k)?.norm == "," {
        k.checked_sub(1)?
    } else {
        k
    };
    let noun = s.toks.get(k)?;
    if !(noun.word && env.lex.tok_in_class("counterpart", noun) && !s.in_mention(k)) {
        return None;
    }
    for j in (k.saturating_sub(LEAD_WORDS + 1)..k).rev() {
        let t = &s.toks[j];
        if t.word && env.lex.tok_in_class("list", t) {
            return Some(j);
        }
        let demonym = demonym_at(s, j);
        let possessive = t.word && env.lex.tok_in_class("possessive_pronoun", t);
        if !(demonym || possessive || (s.is_lower(j) && !s.in_mention(j))) {
            return None;
        }
    }
    None
}

/// Whether mention `m` is a possessive pronoun before its noun ("with X
/// and her cabinet"): a determiner of the noun, no conjunct of a list
/// (seventeenth round).
pub(super) fn possessive_determiner(env: &Env, s: &Sent, m: usize) -> bool {
    let r = &s.ments[m].toks;
    let lex = env.lex;
    r.len() == 1
        && s.toks
            .get(r.start)
            .is_some_and(|t| lex.tok_in_class("possessive_pronoun", t))
        && s.is_lower(r.end)
        && s.toks.get(r.end).is_some_and(|t| {
            !lex.tok_in_class("prep", t)
                && !lex.tok_in_class("clause", t)
                && !lex.tok_in_class("list", t)
        })
}

/// Whether mention `m` is a possessive pronoun that opens a counterpart
/// phrase ("of his Namibian counterpart , X"): the phrase's determiner,
/// never the owner of a noun before it (twenty-seventh round, part B).
pub(super) fn counterpart_determiner(env: &Env, s: &Sent, m: usize) -> bool {
    let r = &s.ments[m].toks;
    r.len() == 1
        && s.toks
            .get(r.start)
            .is_some_and(|t| env.lex.tok_in_class("possessive_pronoun", t))
        && counterpart_apposed(env, s, r.start).is_some()
}

/// Whether token `k` is a demonym: marked as one, or inside a demonym
/// mention ("his *Kenyan* counterpart").
fn demonym_at(s: &Sent, k: usize) -> bool {
    s.demonym.get(k).copied().unwrap_or(false)
        || s.ments
            .iter()
            .any(|m| m.via == Via::Demonym && m.toks.contains(&k))
}

/// Whether token `k` lies inside a free mention of a country ("his
/// *Trinidad and Tobago* counterpart", "his *Timor-Leste* counterpart").
fn country_at(env: &Env, s: &Sent, k: usize) -> bool {
    s.in_mention(k)
        && s.ments.iter().enumerate().any(|(i, m)| {
            m.free()
                && m.toks.contains(&k)
                && env.type_ok(s, i, &[super::lexicon::ArgType::Country])
        })
}

/// Whether token `k` is a lowercase kin noun (class `kin_of`) followed by
/// a capitalised word or a preposition ("putra Presiden X", "the son of
/// X"): the name after it is the relative of the one meant, no argument.
/// Not before a lowercase word ("putra mahkota" is a title).
pub(super) fn kin_before_name(s: &Sent, k: usize, lex: &Lexicon) -> bool {
    s.is_lower(k)
        && lex.tok_in_class("kin_of", &s.toks[k])
        && s.toks
            .get(k + 1)
            .is_some_and(|n| n.word && (n.upper || lex.tok_in_class("prep", n)))
}

/// Whether demonym mention `d` stands right before a word of class
/// `person_noun` ("on two current and former Haitian senators": the
/// people of the state described, past the reach of the loose object).
pub(super) fn describes_people(s: &Sent, d: usize, lex: &Lexicon) -> bool {
    s.toks
        .get(s.ments[d].toks.end)
        .is_some_and(|t| t.word && lex.tok_in_class("person_noun", t))
}

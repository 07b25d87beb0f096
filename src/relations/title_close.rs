//! What may stand between a title's words and its holder beyond the title
//! itself (issue 17, thirty-third round, part A): a phrase of class
//! `title_post` after the title's country before the apposed name ("Menlu
//! RI yang baru, X", "Duta Besar Arab Saudi yang baru, X"), a seat clause
//! closing a title written after its holder's name ("X, Duta Besar LBBP
//! Kerajaan Y yang berkedudukan di Kuala Lumpur, Malaysia;"), and an
//! ordinal between a possessive owner and the title ("his inauguration as
//! Liberia's 26th president"), and a state's body named by a demonym
//! after "of" ("State Secretary of the Norwegian Ministry of Foreign
//! Affairs X").

use super::appoint::{linked_places_end, mention_at, punct};
use super::index::Extractor;
use super::sentence::Sent;
use crate::base::types::{EntityType, Via};

/// The length of a lowercase phrase of class `title_post` at token `k`
/// (right after a title's country or organisation) that a name follows,
/// directly ("Presiden RI petahana X", ninth round) or after the comma of
/// an apposed person ("Menlu RI yang baru, X"); 0 when there is none.
pub(super) fn post_before_name(s: &Sent, k: usize, x: &Extractor) -> usize {
    let n = s.class_phrase_at(x.lex, "title_post", k);
    if n == 0 || !(k..k + n).all(|j| s.is_lower(j)) {
        return 0;
    }
    let person =
        |j: usize| mention_at(s, j).is_some_and(|p| s.ments[p].etype == EntityType::Person);
    // "yang baru tiba di Jakarta, X" is no such phrase: the comma must
    // follow the phrase itself
    let named = mention_at(s, k + n).is_some() || (punct(s, k + n, &[","]) && person(k + n + 1));
    if named {
        n
    } else {
        0
    }
}

/// Token `k` (the end of a title written after its holder's name) moved
/// past a seat clause: a phrase of class `seat_clause` ("yang berkedudukan
/// di", "based in") and the places linked after it ("Kuala Lumpur,
/// Malaysia"). An envoy accredited from a neighbouring capital is told so
/// in a list of envoys, each closed by a semicolon. `k` itself when no
/// such clause and place follow.
pub(super) fn seat_clause_end(s: &Sent, k: usize, x: &Extractor) -> usize {
    let n = s.class_phrase_at(x.lex, "seat_clause", k);
    if n == 0 || !(k..k + n).all(|j| s.is_lower(j)) {
        return k;
    }
    match mention_at(s, k + n).filter(|&p| s.ments[p].etype == EntityType::Place) {
        Some(p) => linked_places_end(s, p, x),
        None => k,
    }
}

/// The length of a modifier at token `k` between a title's possessive
/// owner and the title: a phrase of class `title_modifier` ("India's newly
/// appointed External Affairs Minister", sixteenth round) or an ordinal
/// written in digits ("Liberia's 26th president"); 0 when there is none.
pub(super) fn modifier_len(s: &Sent, k: usize, x: &Extractor) -> usize {
    let n = s.class_phrase_at(x.lex, "title_modifier", k);
    if n > 0 {
        return n;
    }
    usize::from(s.toks.get(k).is_some_and(|t| t.word && ordinal(&t.norm)))
}

/// The length of the modifiers between a title and its country, body or
/// organisation at token `k`, when a mention or a body (`body`) follows
/// them: a phrase of class `title_modifier` ("Pemimpin nasional Myanmar",
/// fourteenth round), or up to three in a row ("Duta Besar non-residen
/// Republik Lithuania", thirty-fifth round, part A), each of whose words
/// may be joined by hyphens ("non-residen"); 0 when there is none.
pub(super) fn modifiers_before(
    s: &Sent,
    k: usize,
    x: &Extractor,
    body: &dyn Fn(usize) -> bool,
) -> usize {
    let named = |n: usize| mention_at(s, k + n).is_some() || body(k + n);
    // up to three in a row ("Duta Besar LBBP Designate Resident Kerajaan
    // X": two statuses and a state's form, thirty-ninth round, part A);
    // the longest run a mention or a body follows
    let (mut len, mut best) = (0, 0);
    for _ in 0..3 {
        let n = match hyphened_phrase_at(s, k + len, x) {
            n if n > 0 && !s.in_mention(k + len) => n,
            _ => break,
        };
        len += n;
        if named(len) {
            best = len;
        }
    }
    best
}

/// The tokens of the longest phrase of class `title_modifier` at token
/// `k`, its words written apart or joined by a hyphen ("non residen",
/// "non-residen": the tokeniser makes the hyphen a token of its own).
pub(super) fn hyphened_phrase_at(s: &Sent, k: usize, x: &Extractor) -> usize {
    let Some(first) = s.toks.get(k).filter(|t| t.word) else {
        return 0;
    };
    x.lex
        .words
        .class_phrases(x.lex.words.id_of(first), "title_modifier")
        .iter()
        .find_map(|words| {
            let mut j = k;
            for (i, w) in words.iter().enumerate() {
                if i > 0 && s.unspaced(j, &["-"]) {
                    j += 1;
                }
                if !s.toks.get(j).is_some_and(|t| t.word && t.norm == *w) {
                    return None;
                }
                j += 1;
            }
            Some(j - k)
        })
        .unwrap_or(0)
}

/// Is `w` (lowercase) an ordinal in digits: "1st", "2nd", "23rd", "26th"?
fn ordinal(w: &str) -> bool {
    let digits = w.bytes().take_while(|b| b.is_ascii_digit()).count();
    digits > 0 && matches!(&w[digits..], "st" | "nd" | "rd" | "th")
}

/// A country's body named by its demonym after a title's "of" (and
/// determiner) at token `at`, right before a person's name: "State
/// Secretary of the Norwegian Ministry of Foreign Affairs X" (the mention
/// of a country's demonym, a capitalised word of class `demonym_body`
/// ("Ministry", "Department": not a chamber, whose speaker the policy
/// gives no office), and "of" with up to four capitalised words of its
/// portfolio). The body is the
/// state's, so the office is the country's, as for "the Russian Foreign
/// Ministry spokesperson"; (the demonym's mention, end of the body's
/// phrase).
pub(super) fn demonym_body(s: &Sent, at: usize, x: &Extractor) -> Option<(usize, usize)> {
    let m = mention_at(s, at)
        .filter(|&m| s.ments[m].via == Via::Demonym && x.countries.contains(&s.ments[m].entity))?;
    let end = s.ments[m].toks.end;
    s.toks
        .get(end)
        .filter(|t| t.word && t.upper && x.lex.tok_in_class("demonym_body", t))?;
    let mut k = end + 1;
    if s.toks.get(k).is_some_and(|t| t.word && t.norm == "of") {
        let caps = (k + 1..k + 5)
            .take_while(|&j| s.toks.get(j).is_some_and(|t| t.word && t.upper) && !s.in_mention(j))
            .count();
        if caps > 0 {
            k += 1 + caps;
        }
    }
    let person =
        |k: usize| mention_at(s, k).is_some_and(|p| s.ments[p].etype == EntityType::Person);
    (person(k) || (punct(s, k, &[","]) && person(k + 1))).then_some((m, k))
}

/// English order: the start of an owner's possessive before a state's
/// body that opens a title at `end` ("Kenya's army spokesperson X",
/// "China's foreign ministry spokesman X", "Russia's Defence Ministry
/// spokesman X"): across up to two lowercase words of the body's own
/// ("foreign"), the token the owner's mention ends at (thirty-ninth round,
/// part A); `end` itself when no possessive stands there.
pub(super) fn past_owner(s: &Sent, end: usize, x: &Extractor) -> usize {
    let plain = |k: usize| {
        s.is_lower(k)
            && !["prep", "clause", "coord", "determiner"]
                .iter()
                .any(|c| x.lex.tok_in_class(c, &s.toks[k]))
    };
    for n in 0..=2 {
        let Some(k) = end.checked_sub(n) else {
            break;
        };
        if n > 0 && !plain(k) {
            break;
        }
        let p = super::title_run::possessive_len(s, k);
        if p > 0 {
            return k - p;
        }
    }
    end
}

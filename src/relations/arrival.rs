//! Issue 17, fifteenth round: a reception whose subject is an arrival.
//! "Kedatangan Presiden X disambut langsung oleh Y", "Kedatangannya
//! disambut oleh Y", "X's arrival was welcomed by Y": the one who arrives
//! is received, so X meets Y. The noun is of class `arrival` (kedatangan,
//! ketibaan, kunjungan, rombongan; arrival, visit, entourage); its owner
//! is the name right after it, the owner of its clitic ("-nya"), or the
//! possessor before it ("X's"); up to three lowercase words (adverbs,
//! auxiliaries: langsung, was) may stand between it and the trigger,
//! which must be a passive reception (class `reception`: disambut,
//! diterima, dijemput, dijamu; welcomed, greeted, received, hosted).

use super::coref::clitic_owner;
use super::env::Env;
use super::sentence::Sent;
use super::triggers::Trig;

/// How many lowercase words may stand between the arrival and the trigger.
const GAP: usize = 3;

/// The owner of an arrival noun that is the subject of the passive
/// trigger `t`, as a mention index passing `ok`.
pub(super) fn arrival_owner(
    env: &Env,
    s: &Sent,
    t: &Trig,
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    // only a reception: "disambut", "welcomed" (class `reception`)
    let reception = s
        .toks
        .get(t.start)
        .is_some_and(|w| env.lex.in_class("reception", &w.norm));
    if !reception {
        return None;
    }
    let arrival = |k: usize| {
        s.toks
            .get(k)
            .is_some_and(|w| w.word && env.lex.in_class("arrival", &w.norm))
    };
    // skip the adverbs and auxiliaries before the trigger
    let mut k = t.start.min(s.toks.len());
    let mut gap = 0;
    while k > 0 && gap < GAP {
        let w = &s.toks[k - 1];
        let skippable = s.is_lower(k - 1)
            && !s.in_mention(k - 1)
            && !arrival(k - 1)
            && !env.lex.in_class("clause", &w.norm)
            && !env.lex.in_class("relative", &w.norm)
            && !clitic_arrival(env, &w.norm);
        if !skippable {
            break;
        }
        k -= 1;
        gap += 1;
    }
    // "Kedatangan Presiden X": the name after the noun
    if let Some(m) = s.ment_ending_at(k) {
        let ext = s.ments[m].ext;
        return (ext > 0 && arrival(ext - 1) && ok(m)).then_some(m);
    }
    let w = k.checked_sub(1)?;
    // "Kedatangannya": the owner of the clitic
    if clitic_arrival(env, &s.toks[w].norm) {
        return clitic_owner(s, w..w + 1).filter(|&m| ok(m));
    }
    // "X's arrival"
    if arrival(w) && w >= 3 && s.possessive_s_before(w) {
        return s.ment_ending_at(w - 2).filter(|&m| ok(m));
    }
    None
}

/// Whether `word` is an arrival noun with a possessive clitic
/// ("kedatangannya").
fn clitic_arrival(env: &Env, word: &str) -> bool {
    env.lex.possessive_clitics().iter().any(|c| {
        word.strip_suffix(c.as_str())
            .is_some_and(|noun| env.lex.in_class("arrival", noun))
    })
}

/// "menerima kunjungan kehormatan X , yang disambut Y": whether person
/// `m` owns the noun of class `arrival` before its phrase (past words of
/// class `guest_call`: "kunjungan kehormatan") and the trigger `t` is a
/// passive reception (class `reception`), so that the visitor heads the
/// relative clause of the reception (twenty-sixth round, part B).
pub(super) fn visit_owner(env: &Env, s: &Sent, m: usize, t: &Trig) -> bool {
    let lex = env.lex;
    let reception = s
        .toks
        .get(t.start)
        .is_some_and(|w| lex.tok_in_class("reception", w));
    let mut k = s.ments[m].ext;
    while k > 0 && lex.tok_in_class("guest_call", &s.toks[k - 1]) {
        k -= 1;
    }
    reception
        && s.ments[m].etype == crate::base::types::EntityType::Person
        && k > 0
        && s.is_lower(k - 1)
        && lex.tok_in_class("arrival", &s.toks[k - 1])
}

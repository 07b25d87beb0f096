//! Objects that name something of a party: "mengecam kebijakan X",
//! "mengkritik gaya kepemimpinan X", "criticised the policies of X". The
//! words of the object are lexicon data (class `possessed`); the party
//! after them is the target of a stance verb (issue 17, tenth round).
//! Thirteenth round: an attack is something of its attacker ("mengecam
//! serangan X", "condemned the strikes by X"), and modifiers (class
//! `possessed_modifier`: "keras", "militer", "udara", "berbahaya";
//! "military", "deadly") may stand among the object's words.
//! Thirty-second round, part D: the party may be named in a relative
//! clause on the object, as the agent of a phrase of class `judged_by`
//! ("mengecam serangan yang dilakukan kelompok X", "condemned the
//! strikes carried out by X") or as the subject of a verb of class
//! `possessed_deed_verb` after a word of class `possessed_relative`
//! ("condemned the sanctions that X imposed").
//! Thirty-fourth round, part D: a manner phrase (class `stance_manner`)
//! may open the object ("condemned in the strongest terms the attack").

use super::env::Env;
use super::sentence::Sent;

/// How many words of the `possessed` class the object may have.
const HEAD_WORDS: usize = 3;

/// How many words a phrase naming the kind of party may have.
const PARTY_WORDS: usize = 3;

/// The mention named after an object of `possessed` words right after
/// token `from` (a determiner may open it; in English, "of" may close
/// it), when it passes `ok`.
pub(super) fn possessed_party(
    env: &Env,
    s: &Sent,
    from: usize,
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let word = |k: usize, class: &str| env.free_word_in(s, k, class);
    // "condemned in the strongest terms the attack by X": a manner phrase
    // (class `stance_manner`) may stand between the verb and its object
    let from = from + s.class_phrase_at(env.lex, "stance_manner", from);
    let mut k = from + usize::from(word(from, "determiner"));
    // "mengecam keras serangan militer X": words of class
    // `possessed_modifier` may stand among them, but one must be a
    // `possessed` word
    // (twenty-third round: a modifier may be a phrase, "pesawat tanpa
    // awak", counted as one word)
    let mut head = false;
    let mut words = 0;
    while words < HEAD_WORDS {
        let phrase = if s.in_mention(k) {
            0
        } else {
            s.class_phrase_at(env.lex, "possessed_modifier", k)
        };
        if word(k, "possessed") {
            head = true;
            k += 1;
        } else if phrase > 0 {
            k += phrase;
        } else {
            break;
        }
        words += 1;
    }
    if !head {
        return None;
    }
    if word(k, "possessed_of") {
        k += 1;
    } else if let Some(m) = relative_party(env, s, k, ok) {
        return Some(m);
    } else {
        // "serangan yang dilakukan kelompok X": the act's agent phrase
        k += s.class_phrase_at(env.lex, "judged_by", k);
    }
    // "serangan pesawat tanpa awak kelompok Houthi": a word of class
    // `party_noun` may name the kind of party (twenty-third round); "the
    // terrorist group X", "kelompok militan X": with a determiner and
    // modifiers (thirty-fifth round, part D)
    if let Some(at) = party_phrase(env, s, k) {
        k = at;
    }
    s.free_at(k).filter(|&m| ok(m))
}

/// The token of the name after a phrase at token `k` naming the kind of
/// party ("the terrorist group X", "kelompok militan X"): an optional
/// determiner, then at most [`PARTY_WORDS`] words of classes `party_noun`
/// and `party_modifier`, one of them a `party_noun`, right before a name.
fn party_phrase(env: &Env, s: &Sent, k: usize) -> Option<usize> {
    let word = |k: usize, class: &str| env.free_word_in(s, k, class);
    let start = k + usize::from(word(k, "determiner"));
    let mut j = start;
    let mut noun = false;
    while j < start + PARTY_WORDS {
        if word(j, "party_noun") {
            noun = true;
        } else if !word(j, "party_modifier") {
            break;
        }
        j += 1;
    }
    (noun && s.free_at(j).is_some()).then_some(j)
}

/// The party that a relative clause at token `k`, right after a possessed
/// object, names as the subject of its verb ("the sanctions that the
/// United States imposed"): a word of class `possessed_relative`, an
/// optional determiner, a mention passing `ok`, and right after it a verb
/// of class `possessed_deed_verb`. A clause of no such verb ("the attacks
/// that X condemned") names no party of the act.
fn relative_party(env: &Env, s: &Sent, k: usize, ok: &dyn Fn(usize) -> bool) -> Option<usize> {
    if !env.free_word_in(s, k, "possessed_relative") {
        return None;
    }
    // a mention's extent may hold its determiner already
    let m = s
        .free_at(k + 1)
        .or_else(|| {
            env.free_word_in(s, k + 1, "determiner")
                .then(|| s.free_at(k + 2))
                .flatten()
        })
        .filter(|&m| ok(m))?;
    env.free_word_in(s, s.ments[m].toks.end, "possessed_deed_verb")
        .then_some(m)
}

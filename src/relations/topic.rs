//! A pledge or a sanction named as a topic of talks (issue 17,
//! twenty-fourth round, part B): "the two discussed support for Ukraine",
//! "kedua menteri membahas sanksi terhadap Rusia" name what was talked
//! about, not an act of support or a sanction by anyone in the sentence
//! (heldout19 en-06 gave the guest's support for Ukraine).

use super::env::Env;
use super::sentence::Sent;
use super::triggers::Trig;

/// The kinds whose noun is only a topic after a verb of class
/// `topic_verb`; an attack or a visit that was discussed still happened.
const KINDS: [&str; 2] = ["supports", "sanctions"];

/// Whether trigger `t` (a noun, or a verb's bare or -ing form) of a kind in [`KINDS`] is the object of a verb
/// of class `topic_verb` ("discussed", "membahas"), at most two lowercase
/// words ("further", "the", "military") between them, none in a mention.
pub(super) fn topic_object(env: &Env, s: &Sent, t: &Trig) -> bool {
    let kind = env.lex.rules.get(t.rule).map(|r| r.kind.as_str());
    // (any voice: English "support" reads as a verb as well as a noun,
    // and "talked about supporting Ukraine" is a topic too)
    if !kind.is_some_and(|k| KINDS.contains(&k)) {
        return false;
    }
    (1..=3).map_while(|d| t.start.checked_sub(d)).any(|k| {
        let between = (k + 1..t.start).all(|j| s.is_lower(j) && !s.in_mention(j));
        between && ends_topic_verb(env, s, k)
    })
}

/// Whether a phrase of class `topic_verb` ends at token `k` ("talked
/// about" ends at "about"; at most three words).
fn ends_topic_verb(env: &Env, s: &Sent, k: usize) -> bool {
    (0..3)
        .map_while(|n| k.checked_sub(n))
        .any(|a| s.class_phrase_at(env.lex, "topic_verb", a) == k - a + 1)
}

/// How many names and complementizers may stand between a verb of
/// request and the support it asks for.
const REQUEST_REACH: usize = 3;

/// Whether trigger `t` of kind `supports` is asked for: it follows a
/// phrase of class `request_verb` with only names (titles included), a
/// complementizer and a lowercase word of class `request_amount` ("any",
/// "more") between ("meminta dukungan Indonesia", "meminta Raja X
/// mendukung Y", "asked Japan to support Y"). Support requested is none
/// given (heldout21 id-01, id-03).
pub(super) fn requested(env: &Env, s: &Sent, t: &Trig) -> bool {
    let kind = env.lex.rules.get(t.rule).map(|r| r.kind.as_str());
    if kind != Some("supports") {
        return false;
    }
    let mut k = t.start;
    for _ in 0..REQUEST_REACH {
        if let Some(m) = s.ment_ending_at(k) {
            k = s.ments[m].ext;
        } else if k > 0 && env.lex.tok_in_class("complementizer", &s.toks[k - 1]) {
            k -= 1;
        } else if k > 0
            && s.is_lower(k - 1)
            && env.lex.tok_in_class("request_amount", &s.toks[k - 1])
        {
            // "asked for any support the Ambassador could give" (thirty-ninth
            // round, part A)
            k -= 1;
        } else {
            break;
        }
    }
    k > 0
        && (0..3)
            .map_while(|n| (k - 1).checked_sub(n))
            .any(|a| s.class_phrase_at(env.lex, "request_verb", a) == k - a)
}

/// Whether trigger `t` of kind `supports`, a verb, has for its object a
/// person's possessive before a lowercase noun ("supported X's initiative",
/// "backs X's proposal"): the person's plan is supported, no one helped
/// (twenty-seventh round, part D; heldout22 en-07). A state's ("supports
/// Ukraine's bid") is left to the usual reading.
pub(super) fn owned_initiative(env: &Env, s: &Sent, t: &Trig) -> bool {
    let kind = env.lex.rules.get(t.rule).map(|r| r.kind.as_str());
    if kind != Some("supports") || t.voice == super::morph::Voice::Nominal {
        return false;
    }
    s.ment_at(t.end, env.lex, false).is_some_and(|m| {
        let end = s.ments[m].toks.end;
        s.ments[m].etype == crate::base::types::EntityType::Person
            && super::args::possessor(s, m)
            && s.is_lower(end + 2)
            && !env.lex.tok_in_class("prep", &s.toks[end + 2])
    })
}

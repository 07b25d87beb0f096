//! Issue 17, twenty-ninth round, part D: the place an attack struck, told
//! by a verb whose subject is the attack noun. "Serangan Israel pada Rabu
//! menyasar markas besar militer di Damaskus", "Israel's strike on
//! Wednesday targeted a base in Damascus": the noun trigger of an
//! `attacks` rule (its agent after or before it, as any noun's) is the
//! subject of a verb of class `strike_verb` (menyasar, menghantam;
//! targeted, hit) a few words after it; the target is the first place
//! in the verb's clause named right after the verb or after a word of
//! class `strike_at` (di; in), not inside a longer name.

use super::env::Env;
use super::morph::Voice;
use super::sentence::Sent;
use super::triggers::Trig;

/// The kind whose nouns this reads.
const ATTACKS: &str = "attacks";
/// Most tokens between the noun (or its agent) and the verb ("pada Rabu",
/// "on Wednesday").
const VERB_REACH: usize = 4;
/// Most tokens of the verb's object read for the place.
const OBJECT_REACH: usize = 10;

/// The place struck by the attack noun `t`, as the subject of a verb of
/// striking; the mention's index.
pub(super) fn struck_place(
    env: &Env,
    s: &Sent,
    t: &Trig,
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let rule = env.lex.rules.get(t.rule)?;
    if t.voice != Voice::Nominal || rule.kind != ATTACKS {
        return None;
    }
    // past the agent named right after the noun ("Serangan Israel")
    let mut k = t.end;
    if let Some(m) = s.ments.iter().find(|m| m.free() && m.toks.start == k) {
        k = m.toks.end;
    }
    let verb = (k..s.toks.len().min(k + VERB_REACH))
        .take_while(|&j| s.toks[j].word)
        .find(|&j| s.is_lower(j) && env.lex.tok_in_class("strike_verb", &s.toks[j]))?;
    // no other name between the agent and the verb
    if (k..verb).any(|j| s.in_mention(j)) {
        return None;
    }
    let mut j = verb + 1;
    while j < s.toks.len() && j <= verb + OBJECT_REACH {
        let tok = &s.toks[j];
        if !tok.word && !s.in_mention(j) {
            return None;
        }
        if tok.word && !s.in_mention(j) && env.lex.tok_in_class("clause", tok) {
            return None;
        }
        let at = j == verb + 1
            || (s.is_lower(j - 1) && env.lex.tok_in_class("strike_at", &s.toks[j - 1]));
        if let Some(m) = s.ments.iter().position(|m| m.free() && m.toks.start == j) {
            if at && ok(m) {
                return Some(m);
            }
            j = s.ments[m].toks.end.max(j + 1);
            continue;
        }
        j += 1;
    }
    None
}

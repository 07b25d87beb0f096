//! A summons of an envoy is a protest against the envoy's state:
//! "memanggil Duta Besar Brasil di Jakarta untuk memprotes ...",
//! "Kementerian Luar Negeri RI memanggil Duta Besar Ukraina untuk
//! Indonesia X", "Turkey summoned the U.S. ambassador", "has summoned
//! China's ambassador over ...", "summoned the ambassador of Iran". The
//! verbs are the triggers of a rule with `summons` set, the envoy nouns
//! lexicon data (class `envoy`). Only an active verb with the envoy right
//! after it reads: "memanggil pulang Duta Besar RI" and "called its
//! ambassador home" recall one's own envoy, "dipanggil" and "pemanggilan"
//! read nothing, and an envoy of no named state ("the envoys of the four
//! countries") gives none (issue 17, seventeenth round).

use super::env::Env;
use super::sentence::Sent;
use crate::base::types::EntityType;

/// The place mention (a country, free or inside a title) whose first
/// token is `k`.
fn place_at(s: &Sent, k: usize) -> Option<usize> {
    s.ments
        .iter()
        .position(|m| !m.nested && m.toks.start == k && m.etype == EntityType::Place)
}

/// The state whose envoy the summons verb ending at token `from` takes as
/// its object, when it passes `ok`: "Duta Besar X" (Indonesian order),
/// "the X ambassador", "X's ambassador" and "the ambassador of X", one
/// determiner first.
pub(super) fn summoned_state(
    env: &Env,
    s: &Sent,
    from: usize,
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let lex = env.lex;
    let det = s
        .toks
        .get(from)
        .is_some_and(|t| t.word && lex.in_class("determiner", &t.norm));
    let k = from + usize::from(det);
    let envoy = s.class_phrase_at(lex, "envoy", k);
    if envoy > 0 {
        // "Duta Besar Brasil", "the ambassador of Iran"
        let after = k + envoy;
        let of = s.toks.get(after).is_some_and(|t| t.word && t.norm == "of");
        let at = after + usize::from(of);
        let at = at
            + usize::from(
                of && s
                    .toks
                    .get(at)
                    .is_some_and(|t| t.word && lex.in_class("determiner", &t.norm)),
            );
        return place_at(s, at).filter(|&p| ok(p));
    }
    // "the U.S. ambassador", "China's ambassador"
    let p = place_at(s, k)?;
    let mut end = s.ments[p].toks.end;
    if s.toks.get(end).is_some_and(|t| t.norm == "'")
        && s.toks.get(end + 1).is_some_and(|t| t.norm == "s")
    {
        end += 2;
    }
    (s.class_phrase_at(lex, "envoy", end) > 0 && ok(p)).then_some(p)
}

//! Issue 17, thirty-sixth round, part B: the guest of an Indonesian
//! reception named after "dari". "Wapres X telah menerima kunjungan
//! kehormatan dari Wakil Presiden Y A , Wakil Presiden Z B dan ...",
//! "Menteri X menerima kunjungan kerja dari Menteri Y A": the host
//! trigger holds its visit noun ("menerima kunjungan (kehormatan)", a
//! trigger of two words or more opened by a word of class `host_verb`,
//! a word of class `arrival` in it), and the guest stands right after a
//! word of class `visit_of` ("dari") after it, as English "received a
//! courtesy call from Y" (`reception::visit_received`). The plain
//! meeting trigger takes no "dari" ("bertemu dengan pengusaha dari X"
//! names where they come from).

use super::env::Env;
use super::morph::Voice;
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::EntityType;

/// The person an active host trigger `t` holding its visit noun receives
/// through a word of class `visit_of` right after it (see the module's
/// note), when `ok` takes it.
pub(super) fn guest_from(
    env: &Env,
    s: &Sent,
    t: &Trig,
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let lex = env.lex;
    if t.voice != Voice::Active || t.end < t.start + 2 {
        return None;
    }
    let host = lex.in_class("host_verb", &s.toks.get(t.start)?.norm);
    let noun = (t.start + 1..t.end).any(|k| lex.tok_in_class("arrival", &s.toks[k]));
    if !host || !noun || !env.free_word_in(s, t.end, "visit_of") {
        return None;
    }
    s.ment_at(t.end + 1, lex, false)
        .filter(|&m| s.ments[m].etype == EntityType::Person && ok(m))
}

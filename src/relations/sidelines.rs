//! A meeting noun that names the gathering on whose sidelines something
//! happened is the gathering's name, not a meeting of the persons named
//! before it (issue 17, twenty-fourth round, main's share): in
//! "penandatanganan ... oleh A, B dan C di sela-sela Pertemuan Menteri
//! Keuangan ... ke-10 di Jakarta" the three signed; nothing says they met
//! each other. "A bertemu B di sela-sela Pertemuan ..." keeps its meeting
//! from its own verb. The words opening a sidelines phrase are data
//! (class `sidelines`); the words inside it are class `gathering_walk`.

use super::env::Env;
use super::sentence::Sent;
use super::triggers::Trig;

/// Most words (prepositions, articles, hyphens) between the sidelines
/// word and the noun ("the sidelines of the meeting").
const WALK: usize = 3;

/// Drops the meeting triggers that stand right after a sidelines word.
pub(super) fn drop_sideline_meetings(env: &Env, s: &Sent, trigs: &mut Vec<Trig>) {
    let lex = env.lex;
    trigs.retain(|t| {
        if lex.rules[t.rule].kind != "meets" {
            return true;
        }
        let mut k = t.start;
        for _ in 0..=WALK {
            let Some(j) = k.checked_sub(1) else {
                return true;
            };
            let w = &s.toks[j];
            if lex.in_class("sidelines", &w.norm) {
                return false;
            }
            let walk = w.norm == "-" || (w.word && lex.in_class("gathering_walk", &w.norm));
            if !walk {
                return true;
            }
            k = j;
        }
        true
    });
}

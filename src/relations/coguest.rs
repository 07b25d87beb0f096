//! Issue 17, thirty-second round, part C1: every guest of one reception
//! at a named place abroad. "menerima kunjungan Perdana Menteri A , X ,
//! dan Perdana Menteri B , Y , di Istana Z , W", "received X and Y at the
//! Z Palace in W": the guest the reception rule reads
//! ([`super::reception::guest_visit`]) is the first; each person
//! coordinated after it by a list word, before the venue, visits the same
//! place. A spouse is left out, as the reception rule leaves it (the gold
//! sets differ on a guest's spouse).

use super::env::{push_coref, Env};
use super::instance::RelationInstance;
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::{EntityType, Modality};

/// Word classes that make a coordinated person a guest's companion, not
/// a guest of its own: a spouse ("his wife", "istrinya"), a consort's
/// title ("First Lady"), a companion's word ("beserta", "along with").
const COMPANION: [&str; 3] = ["kin", "consort_title", "joint"];

/// Notes in `out` a visit of each other guest of reception `t` whose
/// received pair is `received`: a person paired with the host in
/// `pairs`, named after the guest and before the venue's place, with a
/// word of class `list` between and none of the classes [`COMPANION`].
pub(super) fn push_coguest_visits(
    env: &Env,
    s: &Sent,
    t: &Trig,
    received: (usize, usize),
    pairs: &[(usize, usize)],
    (si, trigger, modality): (u32, &str, Modality),
    out: &mut Vec<RelationInstance>,
) {
    let lex = env.lex;
    let Some((g, p)) = super::reception::guest_visit(env, s, t, received, modality) else {
        return;
    };
    let host = if received.0 == g {
        received.1
    } else {
        received.0
    };
    for &(a, b) in pairs.iter().filter(|&&ab| ab != received) {
        let y = match (a == host, b == host) {
            (true, false) => b,
            (false, true) => a,
            _ => continue,
        };
        let (from, to) = (s.ments[g].toks.end, s.ments[y].toks.start);
        if y == g
            || s.ments[y].etype != EntityType::Person
            || s.ments[y].entity == s.ments[g].entity
            || s.ments[y].coref.is_some()
            || from >= to
            || s.ments[y].toks.end > s.ments[p].toks.start
        {
            continue;
        }
        let listed = (from..to).any(|k| env.free_word_in(s, k, "list"));
        let companion = (from..to).any(|k| {
            COMPANION
                .iter()
                .any(|c| s.class_phrase_at(lex, c, k) > 0 && !s.in_mention(k))
        });
        if !listed || companion || super::reception::envoy_at_post(env, s, y, p) {
            continue;
        }
        let pair = (s.ments[y].entity, s.ments[p].entity);
        push_coref(
            out,
            "visits",
            pair,
            true,
            si,
            trigger.to_string(),
            modality,
            Vec::new(),
        );
    }
}

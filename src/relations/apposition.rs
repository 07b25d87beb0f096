//! Appositions that state a relation without a trigger verb: a title
//! with its holder (`holds_office`) and a place with its country
//! (`located_in`).

use super::env::{push, Env};
use super::instance::RelationInstance;
use super::sentence::Sent;
use super::titles::TitleMatch;
use crate::base::types::{EntityType, Modality};

pub(super) fn holds_office(
    env: &Env,
    s: &Sent,
    titles: &[TitleMatch],
    si: u32,
    out: &mut Vec<RelationInstance>,
) {
    for t in titles {
        let (Some(p), Some(of), false) = (t.person, t.of, t.former) else {
            continue;
        };
        let Some(m) = s.ments.get(p) else { continue };
        let of_ok = env
            .gaz
            .entities
            .get(of as usize)
            .is_some_and(|e| e.etype != EntityType::Person);
        if m.nested || !of_ok {
            continue;
        }
        let trigger = env.span_text(s, t.title.start, t.title.end);
        push(
            out,
            super::instance::HOLDS_OFFICE,
            (m.entity, of),
            true,
            si,
            trigger,
            Modality::Asserted,
        );
    }
}

/// "Vladivostok, Rusia", "Kosmodrom Vostochny di Rusia timur", "wilayah
/// Kursk Rusia": a non-country place followed by its country.
pub(super) fn located_in(env: &Env, s: &Sent, si: u32, out: &mut Vec<RelationInstance>) {
    for rule in env.lex.rules.iter().filter(|r| r.appositive) {
        for x in 0..s.ments.len() {
            if !s.ments[x].free() || !env.type_ok(s, x, &rule.source) {
                continue;
            }
            let end = s.ments[x].toks.end;
            let Some(tok) = s.toks.get(end) else { continue };
            let (y, trig) = if !tok.word && tok.norm == "," {
                (
                    s.ment_at(end + 1, env.lex, false)
                        .filter(|&y| s.ments[y].toks.start == end + 1),
                    end,
                )
            } else if tok.word && rule.target_preps.contains(&tok.norm) {
                (s.ment_at(end + 1, env.lex, false), end)
            } else {
                let start = s.ments[x].toks.start;
                let noun = start > 0 && rule.place_nouns.contains(&s.toks[start - 1].norm);
                (
                    s.ments
                        .iter()
                        .position(|m| m.free() && m.toks.start == end)
                        .filter(|_| noun),
                    start.wrapping_sub(1),
                )
            };
            let Some(y) = y.filter(|&y| env.type_ok(s, y, &rule.target)) else {
                continue;
            };
            // "Moskow, Rusia dan China" lists places; it states no location
            let after = s.ments[y].toks.end;
            let listed = s.toks.get(after).is_some_and(|t| {
                env.lex.in_class("list", &t.norm)
                    || (t.norm == ","
                        && s.ments
                            .iter()
                            .any(|m| m.free() && m.toks.start == after + 1))
            });
            let listed_before = s.ments[x].toks.start > 0
                && s.toks
                    .get(s.ments[x].toks.start - 1)
                    .is_some_and(|t| env.lex.in_class("list", &t.norm) || t.norm == ",");
            if listed || (listed_before && s.toks[end].norm == ",") {
                continue;
            }
            let trigger = env.span_text(s, trig, trig + 1);
            push(
                out,
                &rule.kind,
                (s.ments[x].entity, s.ments[y].entity),
                true,
                si,
                trigger,
                Modality::Asserted,
            );
        }
    }
}

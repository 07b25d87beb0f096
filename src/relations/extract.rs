//! Relation extraction, one sentence at a time: find trigger words by stem,
//! pick source and target among the sentence's mentions by position, voice
//! and preposition, check their types, and read the modality from the cue
//! words before the trigger. Titles in apposition give `holds_office`;
//! "Vladivostok, Rusia" style appositions give `located_in`.

use super::apposition::{holds_office, located_in};
use super::args::{
    coordinated_after, coordinated_before, pair_after, possessive_before, prep_arg, subject,
};
use super::cues::{cued, TITLE, TRIGGER};
use super::env::{push, Env};
use super::index::Extractor;
use super::instance::RelationInstance;
use super::lexicon::{Lang, Lexicon};
use super::morph::Voice;
use super::sentence::{sorted, starting_in, Sent};
use super::titles::find_titles;
use super::triggers::{find_triggers, Trig};
use crate::base::types::{Mention, Modality};
use crate::gazetteer::Gazetteer;
use crate::ingest::document::Prepared;
use std::collections::BTreeSet;

/// Extracts the relation instances of one document into `out` (appended):
/// `text` is the original text, `prep` its cleaned form and sentences,
/// `mentions` the resolved mentions (title mentions from
/// [`super::title_mentions`] and demonym mentions included, as the matcher
/// gives them). Instances come in sentence order;
/// negated ones are kept, with `modality = Negated`. For many documents,
/// build an [`Extractor`] once and call [`Extractor::extract`] instead.
pub fn extract(
    text: &str,
    prep: &Prepared,
    mentions: &[Mention],
    gaz: &Gazetteer,
    lex: &Lexicon,
    out: &mut Vec<RelationInstance>,
) {
    Extractor::new(gaz, lex).extract(text, prep, mentions, None, out);
}

pub(crate) fn extract_with(
    x: &Extractor,
    text: &str,
    prep: &Prepared,
    mentions: &[Mention],
    flags: Option<&[u8]>,
    out: &mut Vec<RelationInstance>,
) {
    if mentions.is_empty() {
        return;
    }
    let src = if prep.clean.len() == text.len() {
        prep.clean.as_str()
    } else {
        text
    };
    let env = Env {
        text,
        gaz: x.gaz,
        lex: x.lex,
        countries: &x.countries,
        cues: x.cues.as_ref(),
    };
    let mentions = sorted(mentions);
    for (si, sentence) in prep.sentences.iter().enumerate() {
        let here = starting_in(&mentions, &sentence.range);
        // Every relation joins two different entities: a sentence naming
        // fewer cannot hold one (titles are already among the mentions).
        if here
            .iter()
            .all(|m| here.first().is_some_and(|f| f.entity == m.entity))
        {
            continue;
        }
        // Without a trigger or a title, only an apposition of two places
        // can state a relation.
        let cued = cued(flags, si, TRIGGER | TITLE);
        if !cued && !appositive_possible(&env, here) {
            continue;
        }
        let mut s = Sent::build(src, sentence.range.clone(), here, x.gaz);
        if s.ments.is_empty() {
            continue;
        }
        super::sentence::meter(&s);
        s.mark_demonyms(&x.demonyms, &x.demonym_index);
        let titles = find_titles(&mut s, x);
        let first = out.len();
        let si = si as u32;
        holds_office(&env, &s, &titles, si, out);
        located_in(&env, &s, si, out);
        let trigs = find_triggers(&env, &s, &titles);
        for ti in 0..trigs.len() {
            relate(&env, &s, &trigs, ti, si, out);
        }
        dedupe(out, first);
    }
}

/// Whether some appositive rule ("Vladivostok, Rusia") has both a source
/// and a target among `mentions`: a cheap test on types alone.
fn appositive_possible(env: &Env, mentions: &[Mention]) -> bool {
    env.lex.rules.iter().filter(|r| r.appositive).any(|r| {
        mentions.iter().any(|x| {
            env.entity_type_ok(x.entity, &r.source)
                && mentions
                    .iter()
                    .any(|y| y.entity != x.entity && env.entity_type_ok(y.entity, &r.target))
        })
    })
}

/// Drops repeats of the same relation within one sentence.
fn dedupe(out: &mut Vec<RelationInstance>, first: usize) {
    let mut seen = BTreeSet::new();
    let mut i = first;
    while i < out.len() {
        let r = &out[i];
        let (a, b) = if r.directed {
            (r.source, r.target)
        } else {
            (r.source.min(r.target), r.source.max(r.target))
        };
        if seen.insert((r.kind.clone(), a, b, r.modality)) {
            i += 1;
        } else {
            out.remove(i);
        }
    }
}

/// How many words before a trigger a modality cue may stand.
const CUE_REACH: usize = 5;

fn relate(
    env: &Env,
    s: &Sent,
    trigs: &[Trig],
    ti: usize,
    si: u32,
    out: &mut Vec<RelationInstance>,
) {
    let t = &trigs[ti];
    let Some(rule) = env.lex.rules.get(t.rule) else {
        return;
    };
    let ok_src = |m: usize| env.type_ok(s, m, &rule.source);
    let ok_tgt = |m: usize| env.type_ok(s, m, &rule.target);
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    if let Some(p) = pair_after(env, s, t, &rule.pair_preps, &ok_src) {
        pairs.push(p);
    } else {
        let agent = prep_arg(env, s, t.end, &rule.agent_preps, &ok_src);
        let target =
            prep_arg(env, s, t.end, &rule.target_preps, &ok_tgt).filter(|&m| Some(m) != agent);
        let direct = s.ment_at(t.end, env.lex, false);
        let (src, tgt) = match t.voice {
            Voice::Passive => {
                let by_direct = if rule.lang == Lang::Id {
                    direct.filter(|&m| ok_src(m))
                } else {
                    None
                };
                let a = agent.or(by_direct);
                (
                    a,
                    a.and_then(|a| subject(env, s, t, &ok_tgt, Some(a), true)),
                )
            }
            Voice::Nominal => {
                // "kunjungan langka Vladimir Putin": one adjective may come first
                let adjective = s.is_lower(t.end)
                    && s.toks.get(t.end).is_some_and(|w| {
                        !env.lex.in_class("prep", &w.norm)
                            && !env.lex.in_class("clause", &w.norm)
                            && !env.lex.in_class("demonstrative", &w.norm)
                    });
                let genitive = direct
                    .or_else(|| {
                        adjective
                            .then(|| s.ment_at(t.end + 1, env.lex, false))
                            .flatten()
                    })
                    .filter(|&m| ok_src(m));
                if let Some(y) = genitive
                    .filter(|_| rule.symmetric)
                    .and_then(|g| coordinated_after(env, s, g, &ok_tgt))
                {
                    // "pertemuan Kim dan Putin"
                    pairs.push((genitive.unwrap_or(y), y));
                    (None, None)
                } else {
                    let gen = genitive
                        .or_else(|| possessive_before(s, t).filter(|&m| ok_src(m)))
                        .or_else(|| prep_arg(env, s, t.end, &rule.genitive_preps, &ok_src))
                        .or(agent);
                    match gen {
                        Some(g) => {
                            let tg = target
                                .filter(|&m| m != g)
                                .or_else(|| subject(env, s, t, &ok_tgt, Some(g), false));
                            (Some(g), tg)
                        }
                        None => (subject(env, s, t, &ok_src, target, true), target),
                    }
                }
            }
            Voice::Active => {
                let tg = direct.filter(|&m| ok_tgt(m)).or(target);
                (subject(env, s, t, &ok_src, tg, true), tg)
            }
        };
        match (src, tgt) {
            (Some(a), Some(b)) => pairs.push((a, b)),
            (Some(a), None) if rule.symmetric => {
                let group = coordinated_before(env, s, a, &ok_src);
                if !group.is_empty() {
                    // every pair of "Putin, Kim dan Xi bertemu", in text order
                    let mut all: Vec<usize> = group.into_iter().rev().collect();
                    all.push(a);
                    for (i, &x) in all.iter().enumerate() {
                        pairs.extend(all[i + 1..].iter().map(|&y| (x, y)));
                    }
                } else if let Some(y) = coordinated_after(env, s, a, &ok_tgt)
                    .filter(|&y| s.ments[y].toks.end <= t.start)
                {
                    pairs.push((a, y));
                }
            }
            _ => {}
        }
    }
    if pairs.is_empty() {
        return;
    }
    let modality = modality(env, s, trigs, ti);
    let trigger = env.span_text(s, t.start, t.end);
    for (a, b) in pairs {
        let pair = (s.ments[a].entity, s.ments[b].entity);
        push(
            out,
            &rule.kind,
            pair,
            !rule.symmetric,
            si,
            trigger.clone(),
            modality,
        );
    }
}

/// Modality from cue words in a short window before the trigger (not
/// crossing punctuation or a clause word); a governing trigger with a
/// `complement` modality ("mengundang X untuk mengunjungi") passes it on.
/// Negation wins over plans ("tidak akan").
fn modality(env: &Env, s: &Sent, trigs: &[Trig], ti: usize) -> Modality {
    let t = &trigs[ti];
    let mut found: Option<Modality> = None;
    let mut words = 0;
    let mut k = t.start;
    while k > 0 && words < CUE_REACH {
        k -= 1;
        let tok = &s.toks[k];
        if !tok.word {
            if tok.norm == "'" || tok.norm == "-" {
                continue;
            }
            break;
        }
        if let Some(g) = trigs
            .iter()
            .enumerate()
            .find(|(j, g)| *j != ti && g.end == k + 1)
        {
            // "mengundang X untuk mengunjungi", "an invitation to visit": a
            // governing trigger with a complementizer between (so not
            // "undangan ini setelah bertemu")
            let governed =
                (k + 1..t.start).any(|j| env.lex.in_class("complementizer", &s.toks[j].norm));
            if let Some(m) = env
                .lex
                .rules
                .get(g.1.rule)
                .and_then(|r| r.complement)
                .filter(|_| governed)
            {
                found = Some(found.map_or(m, |f| f.max(m)));
            }
            break;
        }
        for (m, cue) in &env.lex.cues {
            let hit = !cue.is_empty()
                && cue.iter().enumerate().all(|(j, w)| {
                    let kk = k + j;
                    kk < t.start && s.toks.get(kk).is_some_and(|x| x.word && x.norm == *w)
                });
            if hit {
                found = Some(found.map_or(*m, |f| f.max(*m)));
            }
        }
        if env.lex.in_class("clause", &tok.norm) {
            break;
        }
        words += 1;
    }
    found.unwrap_or(Modality::Asserted)
}

impl Extractor<'_> {
    /// Extracts the relation instances of one document; see
    /// [`extract`]. With `flags` from [`Extractor::scan_cues`], only
    /// sentences that may hold a relation are analysed.
    pub fn extract(
        &self,
        text: &str,
        prep: &Prepared,
        mentions: &[Mention],
        flags: Option<&[u8]>,
        out: &mut Vec<RelationInstance>,
    ) {
        extract_with(self, text, prep, mentions, flags, out);
    }
}

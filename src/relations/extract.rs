//! Relation extraction, one sentence at a time: find trigger words by stem,
//! pick source and target among the sentence's mentions by position, voice
//! and preposition, check their types, and read the modality from the cue
//! words before the trigger. Titles in apposition give `holds_office`;
//! "Vladivostok, Rusia" style appositions give `located_in`.

use super::index::Extractor;
use super::lexicon::{ArgType, Lang, Lexicon};
use super::morph::{analyze_en, analyze_id, Analysis, Voice};
use super::sentence::Sent;
use super::titles::{find_titles, TitleMatch};
use super::RelationInstance;
use crate::document::Prepared;
use crate::gazetteer::Gazetteer;
use crate::types::{EntityType, Mention, Modality};
use std::collections::{BTreeMap, BTreeSet};

/// A trigger found in a sentence.
#[derive(Clone, Debug)]
struct Trig {
    /// Index into `Lexicon::rules`.
    rule: usize,
    /// First token.
    start: usize,
    /// One past the last token.
    end: usize,
    /// Voice of the first word.
    voice: Voice,
}

/// Shared read-only inputs of one document.
struct Env<'a> {
    text: &'a str,
    gaz: &'a Gazetteer,
    lex: &'a Lexicon,
    countries: &'a BTreeSet<u32>,
}

impl Env<'_> {
    fn type_ok(&self, s: &Sent, m: usize, types: &[ArgType]) -> bool {
        let Some(ment) = s.ments.get(m) else {
            return false;
        };
        let Some(e) = self.gaz.entities.get(ment.entity as usize) else {
            return false;
        };
        let country = e.etype == EntityType::Place && self.countries.contains(&ment.entity);
        types.iter().any(|t| match t {
            ArgType::Person => e.etype == EntityType::Person,
            ArgType::Place => e.etype == EntityType::Place,
            ArgType::Organisation => e.etype == EntityType::Organisation,
            ArgType::Country => country,
            ArgType::City => e.etype == EntityType::Place && !country,
        })
    }

    fn span_text(&self, s: &Sent, a: usize, b: usize) -> String {
        match (s.toks.get(a), s.toks.get(b.saturating_sub(1))) {
            (Some(x), Some(y)) => self
                .text
                .get(x.range.start..y.range.end)
                .unwrap_or("")
                .to_string(),
            _ => String::new(),
        }
    }
}

/// Extracts the relation instances of one document into `out` (appended):
/// `text` is the original text, `prep` its cleaned form and sentences,
/// `mentions` the resolved mentions (title mentions from
/// [`super::title_mentions`] included). Instances come in sentence order;
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
    Extractor::new(gaz, lex).extract(text, prep, mentions, out);
}

pub(crate) fn extract_with(
    x: &Extractor,
    text: &str,
    prep: &Prepared,
    mentions: &[Mention],
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
    };
    for (si, sentence) in prep.sentences.iter().enumerate() {
        let r = &sentence.range;
        if !mentions
            .iter()
            .any(|m| r.start <= m.start && m.end <= r.end)
        {
            continue;
        }
        let mut s = Sent::build(src, r.clone(), mentions, x.gaz);
        if s.ments.is_empty() {
            continue;
        }
        s.mark_demonyms(&x.demonyms);
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

fn push(
    out: &mut Vec<RelationInstance>,
    kind: &str,
    pair: (u32, u32),
    directed: bool,
    sentence: u32,
    trigger: String,
    modality: Modality,
) {
    if pair.0 != pair.1 {
        out.push(RelationInstance {
            kind: kind.to_string(),
            source: pair.0,
            target: pair.1,
            directed,
            sentence,
            trigger,
            modality,
        });
    }
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

fn holds_office(
    env: &Env,
    s: &Sent,
    titles: &[TitleMatch],
    si: u32,
    out: &mut Vec<RelationInstance>,
) {
    for t in titles {
        let (Some(p), Some(of)) = (t.person, t.of) else {
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
            super::HOLDS_OFFICE,
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
fn located_in(env: &Env, s: &Sent, si: u32, out: &mut Vec<RelationInstance>) {
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

fn find_triggers(env: &Env, s: &Sent, titles: &[TitleMatch]) -> Vec<Trig> {
    let lex = env.lex;
    let blocked = |k: usize| {
        !s.toks[k].word
            || s.in_mention(k)
            || titles.iter().any(|t| t.title.contains(&k))
            // reduplication (undang-undang, kunjung-mengunjungi) is not a trigger
            || (k + 2 < s.toks.len() && s.toks[k + 1].norm == "-" && s.toks[k + 2].word)
            || (k >= 2 && s.toks[k - 1].norm == "-" && s.toks[k - 2].word)
    };
    // analyses per token (none for blocked tokens), computed once
    let mut anal: Vec<[Vec<Analysis>; 2]> = Vec::with_capacity(s.toks.len());
    for k in 0..s.toks.len() {
        let mut id = Vec::new();
        let mut en = Vec::new();
        if !blocked(k) {
            analyze_id(&s.toks[k].norm, &mut id);
            analyze_en(&s.toks[k].norm, &lex.irregular, &mut en);
        }
        anal.push([id, en]);
    }
    let find = |k: usize, lang: Lang, stem: &str| -> Option<Voice> {
        let list = &anal.get(k)?[usize::from(lang == Lang::En)];
        list.iter().find(|a| a.stem == stem).map(|a| a.voice)
    };
    let mut out: Vec<Trig> = Vec::new();
    let mut best: BTreeMap<usize, (usize, Voice)> = BTreeMap::new();
    for (k, lists) in anal.iter().enumerate() {
        best.clear();
        for (li, lang) in [(0, Lang::Id), (1, Lang::En)] {
            for a in &lists[li] {
                let Some(cands) = lex.first.get(&(lang, a.stem.clone())) else {
                    continue;
                };
                for &(ri, pi) in cands {
                    let phrase = &lex.triggers[ri][pi];
                    let Some(voice) = find(k, lang, &phrase[0]) else {
                        continue;
                    };
                    let rest = phrase
                        .iter()
                        .enumerate()
                        .skip(1)
                        .all(|(j, w)| find(k + j, lang, w).is_some());
                    if rest && best.get(&ri).is_none_or(|(n, _)| phrase.len() > *n) {
                        best.insert(ri, (phrase.len(), voice));
                    }
                }
            }
        }
        for (&ri, &(n, voice)) in &best {
            let rule = &lex.rules[ri];
            if out
                .iter()
                .any(|t| lex.rules[t.rule].kind == rule.kind && t.start <= k && k < t.end)
            {
                continue;
            }
            let voice = if rule.lang == Lang::En {
                english_voice(s, k, voice, lex)
            } else {
                voice
            };
            out.push(Trig {
                rule: ri,
                start: k,
                end: k + n,
                voice,
            });
        }
    }
    out
}

/// English voice from context: "was invited" is passive, "the visit" and
/// "Putin's visit" are nouns.
fn english_voice(s: &Sent, k: usize, voice: Voice, lex: &Lexicon) -> Voice {
    let w = &s.toks[k].norm;
    let participle = w.ends_with("ed") || lex.irregular.get(w).is_some_and(|l| l != w);
    let prev = |d: usize| k.checked_sub(d).and_then(|i| s.toks.get(i));
    let be = |d: usize| prev(d).is_some_and(|t| lex.in_class("be", &t.norm));
    if participle && (be(1) || be(2)) {
        return Voice::Passive;
    }
    let det = prev(1).is_some_and(|t| lex.in_class("determiner", &t.norm));
    let poss = prev(1).is_some_and(|t| t.norm == "s") && prev(2).is_some_and(|t| t.norm == "'");
    if det || poss {
        Voice::Nominal
    } else {
        voice
    }
}

/// How far after a trigger its prepositional arguments may stand, in
/// words outside names ("memasok senjata dan amunisi kepada Rusia").
const PREP_REACH: usize = 5;
/// How many words before a trigger a modality cue may stand.
const CUE_REACH: usize = 5;

/// The first mention introduced by one of `preps` after token `from`,
/// within the same clause, that passes `ok`.
fn prep_arg(
    env: &Env,
    s: &Sent,
    from: usize,
    preps: &[String],
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let mut k = from;
    let mut words = 0;
    while k < s.toks.len() && words <= PREP_REACH {
        let t = &s.toks[k];
        if !t.word {
            if t.norm == "(" || t.norm == ")" {
                k += 1;
                continue;
            }
            return None;
        }
        if let Some(m) = s.ments.iter().find(|m| m.toks.start == k) {
            k = m.toks.end.max(k + 1);
            continue;
        }
        if preps.contains(&t.norm) {
            if let Some(m) = s.ment_at(k + 1, env.lex, true).filter(|&m| ok(m)) {
                return Some(m);
            }
        } else if env.lex.in_class("clause", &t.norm) {
            return None;
        }
        words += 1;
        k += 1;
    }
    None
}

/// "pertemuan antara X dan Y", "talks between X and Y".
fn pair_after(
    env: &Env,
    s: &Sent,
    trig: &Trig,
    preps: &[String],
    ok: &dyn Fn(usize) -> bool,
) -> Option<(usize, usize)> {
    let k = (trig.end..(trig.end + 4).min(s.toks.len()))
        .find(|&k| s.toks[k].word && preps.contains(&s.toks[k].norm))?;
    let x = s.ment_at(k + 1, env.lex, true).filter(|&x| ok(x))?;
    let y = coordinated_after(env, s, x, ok)?;
    Some((x, y))
}

/// "X dan Y": the mention joined to `x` after it.
fn coordinated_after(env: &Env, s: &Sent, x: usize, ok: &dyn Fn(usize) -> bool) -> Option<usize> {
    let end = s.ments[x].toks.end;
    let t = s.toks.get(end)?;
    if !(env.lex.in_class("coord", &t.norm) || env.lex.in_class("list", &t.norm)) {
        return None;
    }
    s.ment_at(end + 1, env.lex, false)
        .filter(|&y| ok(y) && y != x)
}

/// "X dan Y", "X, Y and Z": the mentions coordinated with `y` before it
/// (nearest first); the last link must be a list word.
fn coordinated_before(env: &Env, s: &Sent, y: usize, ok: &dyn Fn(usize) -> bool) -> Vec<usize> {
    let mut group = Vec::new();
    let mut cur = y;
    while let Some(k) = s.ments[cur].ext.checked_sub(1) {
        let t = &s.toks[k];
        let link = if group.is_empty() {
            env.lex.in_class("list", &t.norm)
        } else {
            t.norm == ","
        };
        let prev = s
            .ment_ending_at(k)
            .filter(|&x| link && ok(x) && x != y && !group.contains(&x));
        match prev {
            Some(x) => {
                group.push(x);
                cur = x;
            }
            None => break,
        }
    }
    group
}

fn preceded_by_prep(env: &Env, s: &Sent, m: usize) -> bool {
    let ext = s.ments[m].ext;
    ext > 0
        && s.toks
            .get(ext - 1)
            .is_some_and(|t| t.word && env.lex.in_class("prep", &t.norm))
}

/// The subject of a trigger: the nearest mention before it in its clause
/// that is not the object of a preposition; failing that, a mention after
/// a fronted clause ("Setelah tiba di Pyongyang, Lavrov ...").
fn subject(
    env: &Env,
    s: &Sent,
    trig: &Trig,
    ok: &dyn Fn(usize) -> bool,
    not: Option<usize>,
) -> Option<usize> {
    let clause = (0..trig.start)
        .rev()
        .find(|&k| {
            let t = &s.toks[k];
            (!t.word && [";", ":", "\""].contains(&t.norm.as_str()))
                || (t.word && env.lex.in_class("clause", &t.norm))
        })
        .map_or(0, |k| k + 1);
    // ", yang tiba di Pyongyang,", ", who hosted Putin,": a relative clause
    // closed before the trigger holds no subject of it
    let relative: Vec<std::ops::Range<usize>> = (clause..trig.start)
        .filter(|&c| {
            s.toks[c].norm == ","
                && s.toks
                    .get(c + 1)
                    .is_some_and(|t| env.lex.in_class("relative", &t.norm))
        })
        .filter_map(|c| {
            (c + 2..trig.start)
                .find(|&d| s.toks[d].norm == ",")
                .map(|d| c..d + 1)
        })
        .collect();
    let usable = |m: usize| {
        s.ments[m].free()
            && Some(m) != not
            && ok(m)
            && !preceded_by_prep(env, s, m)
            && !relative.iter().any(|r| r.contains(&s.ments[m].toks.start))
            && !possessor(s, m)
    };
    let candidates = (0..s.ments.len())
        .filter(|&m| s.ments[m].toks.end <= trig.start && s.ments[m].ext >= clause && usable(m));
    // "Pyongyang mengirim pasukan ... dan memasok ...": a verb joined by
    // "dan"/"and" shares the clause subject, not the nearest object
    let coordinated_verb = trig.voice != Voice::Nominal
        && trig.start > 0
        && env.lex.in_class("list", &s.toks[trig.start - 1].norm);
    let before = if coordinated_verb {
        candidates.min_by_key(|&m| s.ments[m].toks.start)
    } else {
        candidates.max_by_key(|&m| s.ments[m].toks.end)
    };
    if before.is_some() {
        return before;
    }
    let min_start = not.map_or(trig.end, |n| s.ments[n].toks.end.max(trig.end));
    (0..s.ments.len())
        .filter(|&m| s.ments[m].ext >= min_start && usable(m))
        .filter(|&m| (trig.end..s.ments[m].ext).any(|k| s.toks[k].norm == ","))
        .min_by_key(|&m| s.ments[m].ext)
}

/// "Kim Jong Un's sister ...": a possessor modifies a noun; it is not the
/// subject of a later verb.
fn possessor(s: &Sent, m: usize) -> bool {
    let end = s.ments[m].toks.end;
    s.toks.get(end).is_some_and(|t| t.norm == "'")
        && s.toks.get(end + 1).is_some_and(|t| t.norm == "s")
}

/// "Putin's visit": the possessor before an English noun trigger.
fn possessive_before(s: &Sent, trig: &Trig) -> Option<usize> {
    let k = trig.start;
    if k >= 2 && s.toks[k - 1].norm == "s" && s.toks[k - 2].norm == "'" {
        if let Some(m) = s.ment_ending_at(k - 2) {
            return Some(m);
        }
    }
    s.ment_ending_at(k)
        .filter(|_| k > 0 && s.toks[k - 1].norm == "s")
}

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
                (a, a.and_then(|a| subject(env, s, t, &ok_tgt, Some(a))))
            }
            Voice::Nominal => {
                // "kunjungan langka Vladimir Putin": one adjective may come first
                let adjective = s.is_lower(t.end)
                    && s.toks.get(t.end).is_some_and(|w| {
                        !env.lex.in_class("prep", &w.norm) && !env.lex.in_class("clause", &w.norm)
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
                                .or_else(|| subject(env, s, t, &ok_tgt, Some(g)));
                            (Some(g), tg)
                        }
                        None => (subject(env, s, t, &ok_src, target), target),
                    }
                }
            }
            Voice::Active => {
                let tg = direct.filter(|&m| ok_tgt(m)).or(target);
                (subject(env, s, t, &ok_src, tg), tg)
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

//! Issue 17, thirty-sixth round, part D: an attack told with no author,
//! and a group that claims it. "Serangan bom yang terjadi di distrik
//! Karrada ... . Kelompok ISIS mengaku bertanggung jawab atas serangan
//! tersebut", "an attack on a guesthouse killed 12 people in the town of
//! Mandera . Al-Shabaab has claimed responsibility for the attack": the
//! claimant attacks the place struck, and whoever condemned the attack
//! (with no author named) criticises the claimant.
//!
//! The document keeps, sentence by sentence ([`Claims`]), the places
//! struck by attacks told with no author (an `attacks` trigger of a
//! sentence that gave no `attacks` instance; the first place after it
//! introduced by a word of class `struck_in`, or by a place noun of class
//! `place_kind`, with the site's own town after "di"/"in", class
//! `strike_at`), and the parties that condemned an attack with no author
//! (an active `criticizes` trigger of a possessed object whose object is
//! an attack noun, no name between, that gave no `criticizes` instance).
//! A claim (class `claim_deed` after an organisation, no word of class
//! `claim_break` between; or class `claim_by` before one) then relates
//! the claimant to every place and condemner kept before it or in its
//! own sentence; a condemnation after a claim criticises the claimants
//! already known. Nothing is read in a sport report.

use super::env::{push, Env};
use super::instance::RelationInstance;
use super::morph::Voice;
use super::sentence::Sent;
use super::subject::subject;
use super::triggers::Trig;
use crate::base::types::{EntityType, Modality, Via};

/// The kind whose triggers tell an attack.
const ATTACKS: &str = "attacks";
/// The kind of a condemnation.
const CRITICIZES: &str = "criticizes";
/// Most tokens after an attack noun read for the place struck ("an attack
/// on a guesthouse killed at least 12 people in the Kenyan town of X").
const PLACE_REACH: usize = 16;
/// Most plain words between the word of place and the place struck
/// ("di distrik perbelanjaan X").
const GAP: usize = 3;
/// Most words between a condemning verb and the attack noun ("in the
/// strongest terms this heinous").
const OBJECT_REACH: usize = 7;
/// Most tokens between a claimant and its claim ("pada Selasa (31/5)",
/// "melalui media propagandanya , Amaq ,").
const SUBJECT_REACH: usize = 10;
/// Most tokens between a word of class `channel` and the name it leads
/// to ("melalui media propagandanya ,").
const CHANNEL_REACH: usize = 4;
/// Most words between "claimed by" and the claimant ("the terrorist
/// group").
const AGENT_REACH: usize = 4;

/// What a document has told so far of attacks whose author it had not
/// named, and of the groups that claimed them (entity ids, in text
/// order).
#[derive(Default)]
pub(super) struct Claims {
    /// The places struck by attacks told with no author.
    struck: Vec<u32>,
    /// The parties that condemned an attack with no author.
    condemners: Vec<u32>,
    /// The groups that claimed an attack.
    claimants: Vec<u32>,
}

impl Claims {
    /// Whether an attack with no author, or its condemnation, was told:
    /// a later sentence naming one group may claim it.
    pub(super) fn open(&self) -> bool {
        !self.struck.is_empty() || !self.condemners.is_empty()
    }
}

/// Reads sentence `si` for attacks with no author, their condemnations
/// and their claims, and pushes the relations a claim settles; `first`
/// is where the sentence's own instances begin in `out`.
pub(super) fn note(
    env: &Env,
    s: &Sent,
    trigs: &[Trig],
    (si, first): (u32, usize),
    claims: &mut Claims,
    out: &mut Vec<RelationInstance>,
) {
    let kind = |t: &Trig| env.lex.rules.get(t.rule).map_or("", |r| r.kind.as_str());
    let attack = trigs.iter().any(|t| kind(t) == ATTACKS);
    // (the cheap question first: most sentences tell no attack, and most
    // documents none with no author)
    if (!attack && !claims.open()) || env.sport_report() {
        return;
    }
    let told = |k: &str, src: Option<u32>| {
        out[first..]
            .iter()
            .any(|r| r.kind == k && src.is_none_or(|e| r.source == e))
    };
    // an attack of this sentence with an author read gives no place to
    // keep: its author is the sentence's own
    if attack && !told(ATTACKS, None) {
        for t in trigs.iter().filter(|t| kind(t) == ATTACKS) {
            for m in struck_places(env, s, trigs, t) {
                add(&mut claims.struck, s.ments[m].entity);
            }
        }
    }
    let mut fresh = Vec::new();
    for t in trigs.iter().filter(|t| kind(t) == CRITICIZES) {
        let Some(rule) = env.lex.rules.get(t.rule) else {
            continue;
        };
        if t.voice != Voice::Active || !rule.possessed_object || !condemned_attack(env, s, trigs, t)
        {
            continue;
        }
        let ok = |m: usize| env.type_ok(s, m, &rule.source);
        let Some(m) = subject(env, s, t, &ok, None, true) else {
            continue;
        };
        let e = s.ments[m].entity;
        if !told(CRITICIZES, Some(e)) && !claims.condemners.contains(&e) {
            fresh.push((e, env.span_text(s, t.start, t.end)));
        }
    }
    // a condemnation after the claim: the claimants known
    for (e, trigger) in &fresh {
        for &c in &claims.claimants {
            push(
                out,
                CRITICIZES,
                (*e, c),
                true,
                si,
                trigger.clone(),
                Modality::Asserted,
            );
        }
        claims.condemners.push(*e);
    }
    if !claims.open() {
        return;
    }
    for (m, (a, b)) in claimants(env, s) {
        let c = s.ments[m].entity;
        if claims.claimants.contains(&c) {
            continue;
        }
        let trigger = env.span_text(s, a, b);
        for &p in &claims.struck {
            push(
                out,
                ATTACKS,
                (c, p),
                true,
                si,
                trigger.clone(),
                Modality::Asserted,
            );
        }
        for &d in &claims.condemners {
            push(
                out,
                CRITICIZES,
                (d, c),
                true,
                si,
                trigger.clone(),
                Modality::Asserted,
            );
        }
        claims.claimants.push(c);
    }
}

/// Adds `e` to `list` unless it is there.
fn add(list: &mut Vec<u32>, e: u32) {
    if !list.contains(&e) {
        list.push(e);
    }
}

/// Whether a free word of class `class` stands at token `k`.
fn word(env: &Env, s: &Sent, k: usize, class: &str) -> bool {
    env.free_word_in(s, k, class)
}

/// The free place mention (no demonym) starting at token `k`.
fn place_at(s: &Sent, k: usize) -> Option<usize> {
    s.ments.iter().position(|m| {
        m.free() && m.toks.start == k && m.etype == EntityType::Place && m.via != Via::Demonym
    })
}

/// The places struck by the attack trigger `t`: the first place after it
/// in its phrase that a word of place (class `struck_in`, or a place noun
/// of class `place_kind`) introduces, and the town after a site ("di
/// Hotel X di Y"); none past a punctuation mark, another kind's trigger
/// or a name of no place.
fn struck_places(env: &Env, s: &Sent, trigs: &[Trig], t: &Trig) -> Vec<usize> {
    let other = |j: usize| {
        trigs
            .iter()
            .any(|g| g.start == j && env.lex.rules.get(g.rule).is_some_and(|r| r.kind != ATTACKS))
    };
    // "di Desa X", "di distrik perbelanjaan X", "in northern X": a few
    // plain lower-case words after the word of place; "in the town of
    // X": a place noun before "of"
    let introduced = |j: usize| {
        let gap = (0..=GAP)
            .take_while(|&g| {
                g == 0
                    || j > g
                        // ("di Desa X": a place noun may be capitalised)
                        && (s.is_lower(j - g) || word(env, s, j - g, "place_kind"))
                        && env.plain_word(s, j - g)
                        // "di sebelah utara X", "north of X": a place
                        // only measured from
                        && !word(env, s, j - g, "struck_off")
            })
            .last()
            .unwrap_or(0);
        (0..=gap).any(|g| j > g && word(env, s, j - g - 1, "struck_in"))
            || (j >= 2 && word(env, s, j - 1, "possessed_of") && word(env, s, j - 2, "place_kind"))
    };
    let end = s.toks.len().min(t.end + PLACE_REACH);
    let mut j = t.end;
    // "in Kenya 's coastal Lamu region": the possessor only locates the
    // place after it, which the word of place introduces
    let mut owner = false;
    while j < end {
        if other(j) {
            break;
        }
        if let Some(m) = s.ments.iter().position(|m| m.free() && m.toks.start == j) {
            let ment = &s.ments[m];
            if ment.etype != EntityType::Place {
                break;
            }
            let e = ment.toks.end;
            if ment.via != Via::Demonym && (owner || introduced(j)) {
                if s.possessive_s_before(e + 2) {
                    owner = true;
                    j = e + 2;
                    continue;
                }
                // "di Hotel X di Y", "di kuil X di Provinsi Y"
                let k = e + 1 + usize::from(word(env, s, e + 1, "place_kind"));
                let town = word(env, s, e, "strike_at")
                    .then(|| place_at(s, k))
                    .flatten();
                return std::iter::once(m).chain(town).collect();
            }
            j = e.max(j + 1);
            continue;
        }
        if !s.toks[j].word && !s.in_mention(j) {
            break;
        }
        j += 1;
    }
    Vec::new()
}

/// Whether the object of the condemning verb `t` is an attack noun: an
/// `attacks` trigger a few lower-case words after it, no name between.
fn condemned_attack(env: &Env, s: &Sent, trigs: &[Trig], t: &Trig) -> bool {
    trigs.iter().any(|g| {
        g.start >= t.end
            && g.start <= t.end + OBJECT_REACH
            && env.lex.rules.get(g.rule).is_some_and(|r| r.kind == ATTACKS)
            && (t.end..g.start).all(|k| s.is_lower(k) && !s.in_mention(k))
    })
}

/// The claimants of the sentence: an organisation before a phrase of
/// class `claim_deed` or after one of class `claim_by`, each with the
/// phrase's token span.
fn claimants(env: &Env, s: &Sent) -> Vec<(usize, (usize, usize))> {
    let mut found = Vec::new();
    for k in 0..s.toks.len() {
        if !s.toks[k].word || s.in_mention(k) {
            continue;
        }
        let n = s.class_phrase_at(env.lex, "claim_deed", k);
        if n > 0 {
            found.extend(claim_subject(env, s, k).map(|m| (m, (k, k + n))));
            continue;
        }
        let n = s.class_phrase_at(env.lex, "claim_by", k);
        if n > 0 {
            found.extend(claim_agent(env, s, k + n).map(|m| (m, (k, k + n))));
        }
    }
    found
}

/// The organisation that makes the claim at token `k`: the nearest free
/// mention before it, within reach, with no word of class `claim_break`
/// ("not", "belum", "but") between.
fn claim_subject(env: &Env, s: &Sent, k: usize) -> Option<usize> {
    let reach = k.saturating_sub(SUBJECT_REACH);
    let mut j = k;
    while j > reach {
        j -= 1;
        if let Some(m) = s.ment_ending_at(j + 1) {
            // "kelompok ISIS melalui media propagandanya , Amaq ,": a name
            // in a channel phrase only carries the claim
            let start = s.ments[m].toks.start;
            if (start.saturating_sub(CHANNEL_REACH)..start).any(|c| word(env, s, c, "channel")) {
                j = start;
                continue;
            }
            return (s.ments[m].etype == EntityType::Organisation).then_some(m);
        }
        if word(env, s, j, "claim_break") {
            return None;
        }
    }
    None
}

/// The organisation named as the agent of a passive claim, its name
/// starting at token `k` or after a few lower-case words ("the terrorist
/// group").
fn claim_agent(env: &Env, s: &Sent, k: usize) -> Option<usize> {
    let mut j = k;
    while j < s.toks.len() && j <= k + AGENT_REACH {
        if let Some(m) = s.ments.iter().position(|m| m.free() && m.toks.start == j) {
            return (s.ments[m].etype == EntityType::Organisation).then_some(m);
        }
        if !s.is_lower(j) || s.in_mention(j) || word(env, s, j, "claim_break") {
            return None;
        }
        j += 1;
    }
    None
}

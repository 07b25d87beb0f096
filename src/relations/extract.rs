//! Relating one trigger: pick source and target among the sentence's
//! mentions by position, voice and preposition, check their types, and
//! read the modality from the cue words before the trigger. The sentence
//! loop that finds the triggers (and the titles in apposition that give
//! `holds_office`) is `super::driver`.

use super::apposed::perpetrator;
use super::args::{
    address_place, coordinated_after, coordinated_before, pair_after, possessive_before, prep_arg,
    subject, with_coordinated,
};
use super::arrival::arrival_owner;
use super::clause_subject::past_companion;
use super::coref;
use super::counterpart::counterpart_determiner;
use super::env::{push_coref, Env};
use super::instance::Coref;
use super::instance::RelationInstance;
use super::judgement::{judged_pair, judged_party, wrongdoing_noun};
use super::lexicon::Lang;
use super::modality::modality;
use super::morph::Voice;
use super::noun_agent::{
    directed_verb_between, foreign_prep_between, owning_pronoun, verb_between,
};
use super::object_phrase::{candidacy_object, past_verb, target_elsewhere, unpaired};
use super::passive_agent::agent_past_adjuncts;
use super::possessed::possessed_party;
use super::reception::{adjunct_noun, agent_past_venue, fronted_adjunct_subject};
use super::sentence::Sent;
use super::summons::summoned_state;
use super::triggers::Trig;
use crate::base::types::Via;

/// Relates one trigger of a sentence: its source and target among the
/// sentence's mentions, their types, and its modality.
pub(super) fn relate(
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
    // "dukungan X terhadap pencalonan Indonesia": no support of the state
    if (rule.verb_only && t.voice == Voice::Nominal)
        || (rule.noun_only && t.voice != Voice::Nominal)
        || candidacy_object(env, s, t)
        || super::keepsake::signed_keepsake(env, s, t)
        || super::topic::topic_object(env, s, t)
        || super::topic::requested(env, s, t)
        || super::topic::owned_initiative(env, s, t)
        || super::state_act::obstructed(env, s, t)
        || super::handed::sent_by_owner(env, s, t)
        || super::not_met::remote(env, s, trigs, ti)
        || super::given_aid::in_giver_clause(env, s, trigs, ti)
    {
        return;
    }
    // "bought land in X": a bare form of an inflected-only rule
    let bare = |w: &str| rule.triggers.iter().any(|g| g.split(' ').next() == Some(w));
    if rule.inflected_only && s.toks.get(t.start).is_some_and(|w| bare(&w.norm)) {
        return;
    }
    let ok_src = |m: usize| env.type_ok(s, m, &rule.source);
    let ok_tgt = |m: usize| env.type_ok(s, m, &rule.target);
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    let mut received = None;
    let mut owned = false;
    let mut thanker = false;
    let mut subj = None;
    // "documents were signed after the talks between X and Y": a pair after
    // another trigger belongs to that one
    let pair = pair_after(env, s, t, &rule.pair_preps, &ok_src).filter(|&(x, _)| {
        !trigs
            .iter()
            .any(|g| g.start >= t.end && g.end <= s.ments[x].ext)
    });
    // "seusai pertemuan bilateral kedua kepala negara", "after their
    // talks": the pair a plural owner stands for
    let owners = (rule.symmetric && !rule.ceremony)
        .then(|| super::plural_ref::genitive_pair(env, s, t))
        .flatten();
    if let Some(p) = pair.or(owners) {
        pairs.push(p);
    } else {
        let agent = prep_arg(env, s, t.end, &rule.agent_preps, &ok_src)
            .filter(|&m| !super::not_met::attendee(env, s, t, m));
        let target = prep_arg(env, s, t.end, &rule.target_preps, &ok_tgt)
            .or_else(|| super::struck::struck_place(env, s, t, &ok_tgt))
            // "bantuan untuk korban gempa di X": the victims' country
            .or_else(|| super::aid_victims::victims_place(env, s, t, rule, &ok_tgt))
            .filter(|&m| Some(m) != agent && !unpaired(s, t, m, &rule.pair_preps))
            .filter(|&m| !super::not_met::attendee(env, s, t, m))
            .and_then(|m| super::handed::recipient(env, s, t, m, &ok_tgt))
            .filter(|&m| !super::state_act::relative_object(env, s, t, m, &rule.target_preps));
        // "condemned a Russian missile strike": a demonym before a noun
        // modifies the object, it is none
        let adjective =
            |m: &usize| s.ments[*m].via == Via::Demonym && s.is_lower(s.ments[*m].toks.end);
        // "received his Colombian counterpart , X" first
        let direct = super::counterpart::counterpart_apposed(env, s, t.end)
            .or_else(|| s.ment_at(t.end, env.lex, false))
            .or_else(|| super::reception::object_past_time(env, s, t))
            .or_else(|| super::host_guest::modified_guest(env, s, t))
            .or_else(|| super::host_guest::described_guest(env, s, (trigs, t), &ok_tgt))
            .filter(|m| !adjective(m))
            .or_else(|| {
                (rule.loose_object && t.voice == Voice::Active)
                    .then(|| s.ment_at(t.end, env.lex, true))
                    .flatten()
                    .filter(|&m| {
                        // "berkunjung dan melindungi Yerusalem": the object of
                        // another verb
                        ok_tgt(m)
                            && (t.end..s.ments[m].ext).all(|k| {
                                !env.lex.tok_in_class("list", &s.toks[k])
                                    && !env.lex.tok_in_class("coord", &s.toks[k])
                            })
                    })
            });
        // "Pelaku penembakan di X , Y": the person apposed to the perpetrator
        let owners = super::abroad::met_owners(env, s, trigs, ti).filter(|_| target.is_some());
        // "met Y , who is on an official visit to Z": the clause's head
        let relative = (rule.kind == "visits")
            .then(|| super::presence::relative_head(env, s, trigs, ti, &ok_src))
            .flatten()
            .filter(|_| target.is_some());
        let perp = (t.voice == Voice::Nominal)
            .then(|| perpetrator(env, s, t, &rule.target_preps, &ok_src, &ok_tgt))
            .flatten();
        // "thanked X for its support of Y"
        let owned_of = super::noun_agent::pronoun_owned_object(env, s, t, &ok_src, &ok_tgt);
        // "the visit of the Algerian Prime Minister , X , to Y"
        let apposed = (t.voice == Voice::Nominal)
            .then(|| super::apposed_owner::apposed_visit(env, s, t, rule, &ok_src, &ok_tgt))
            .flatten();
        let (src, tgt) = match t.voice {
            _ if rule.summons && t.voice != Voice::Active => (None, None),
            _ if rule.judgement && (t.voice != Voice::Active || wrongdoing_noun(env, s, t)) => {
                judged_pair(env, s, t, &rule.agent_preps, &ok_src, &ok_tgt).unzip()
            }
            Voice::Nominal if apposed.is_some() => apposed.unzip(),
            Voice::Nominal if perp.is_some() => (perp.map(|p| p.0), perp.map(|p| p.1)),
            Voice::Nominal if owned_of.is_some() => owned_of.unwrap_or_default(),
            // the relative clause's head visits, and so do its conjuncts
            _ if relative.is_some() => {
                if let Some(h) = relative {
                    let heads = with_coordinated(env, s, h, t.start, &ok_src);
                    pairs.extend(heads.iter().flat_map(|&m| target.map(|z| (m, z))));
                }
                (None, None)
            }
            // "met Y during his visit to Z": settled by the persons' countries
            _ if owners.is_some() => {
                let z = target.into_iter();
                pairs.extend(
                    owners
                        .iter()
                        .flatten()
                        .flat_map(|&m| z.clone().map(move |z| (m, z))),
                );
                owned = true;
                (None, None)
            }
            Voice::Passive => {
                let by_direct = if rule.lang == Lang::Id {
                    direct.filter(|&m| ok_src(m))
                } else {
                    None
                };
                // "was met at the X Airport by Y": past a place phrase
                let a = agent
                    .or(by_direct)
                    .or_else(|| agent_past_venue(env, s, t, &rule.agent_preps, &ok_src))
                    // "was welcomed on his arrival at X yesterday by Y"
                    .or_else(|| {
                        let preps = &rule.agent_preps;
                        agent_past_adjuncts(env, s, t, rule.symmetric, preps, &ok_src)
                    });
                // "Kedatangan X disambut oleh Y": the one arriving is received
                let arrived = || {
                    rule.symmetric
                        .then(|| arrival_owner(env, s, t, &ok_tgt))
                        .flatten()
                };
                // ("X , didampingi Y , disambut Z": X is received)
                let b = a.and_then(|a| {
                    arrived().or_else(|| {
                        subject(env, s, t, &ok_tgt, Some(a), true)
                            .map(|m| past_companion(env, s, m, &ok_tgt))
                    })
                });
                (a, b)
            }
            Voice::Nominal => {
                // "kunjungan langka Vladimir Putin": one adjective may come first
                let adjective = s.is_lower(t.end)
                    && s.toks.get(t.end).is_some_and(|w| {
                        !env.lex.tok_in_class("prep", w)
                            && !env.lex.tok_in_class("clause", w)
                            && !env.lex.tok_in_class("demonstrative", w)
                    });
                let genitive = direct
                    .or_else(|| {
                        adjective
                            .then(|| s.ment_at(t.end + 1, env.lex, false))
                            .flatten()
                    })
                    .filter(|&m| ok_src(m) && !counterpart_determiner(env, s, m));
                if let Some(y) = genitive
                    .filter(|_| rule.symmetric)
                    .and_then(|g| coordinated_after(env, s, g, &ok_tgt))
                {
                    // "pertemuan Kim dan Putin"
                    let g = genitive.unwrap_or(y);
                    pairs.push((g, y));
                    // "pertemuan X dengan A , B dan C": the owner with each
                    let listed = super::genitive_with::listed_partners(env, s, g, y, &ok_tgt);
                    pairs.extend(listed.into_iter().map(|z| (g, z)));
                    (None, None)
                } else {
                    // "accompanied on his visit by Y": a possessive owns the noun
                    let mine = super::noun_agent::pronoun_owned(env.lex, s, t.start);
                    let gen = genitive
                        .or_else(|| possessive_before(env, s, t).filter(|&m| ok_src(m)))
                        .or_else(|| {
                            prep_arg(env, s, t.end, &rule.genitive_preps, &ok_src).filter(|&m| {
                                let preps = (&rule.target_preps[..], &rule.genitive_preps[..]);
                                !mine && !foreign_prep_between(env, s, t, s.ments[m].ext - 1, preps)
                            })
                        })
                        .or(agent.filter(|_| !mine))
                        // the clitic's owner: "kunjungannya ke X", "kunjungan pertamanya"
                        .or_else(|| coref::noun_owner(s, t.start, t.end).filter(|&m| ok_src(m)));
                    match gen {
                        Some(g) => {
                            // "jelang kepulangannya ke Tanah Air": a target
                            // phrase that names no entity leaves no target
                            // to look for before the noun
                            let named_elsewhere =
                                target_elsewhere(env, s, t, &rule.target_preps, target);
                            let tg = target.filter(|&m| m != g).or_else(|| {
                                fronted_adjunct_subject(env, s, t, g, &ok_tgt).or_else(|| {
                                    named_elsewhere
                                        .then(|| subject(env, s, t, &ok_tgt, Some(g), false))
                                        .flatten()
                                        .filter(|&m| {
                                            (adjunct_noun(env, s, t)
                                                || !directed_verb_between(env, s, trigs, ti, m))
                                                && !super::state_act::said_between(
                                                    env, s, m, t.start,
                                                )
                                                && !super::state_act::relative_between(
                                                    env, s, m, t.start,
                                                )
                                        })
                                })
                            });
                            // "X thanked ... for Y's support": X thanks
                            let thanks = tg
                                .filter(|_| rule.kind == "supports")
                                .and_then(|m| super::thanked::thanks_frame(env, s, t, m));
                            thanker = thanks == Some(true);
                            (Some(g), tg.filter(|_| thanks != Some(false)))
                        }
                        // "the first visit to Albania by a Serbian prime
                        // minister": an owner described, not named
                        None if super::noun_agent::described_agent(
                            env,
                            s,
                            &rule.agent_preps,
                            target,
                        ) =>
                        {
                            (None, None)
                        }
                        None if super::owned_trip::pronoun_related_owner(env.lex, s, t.start) => {
                            (None, None)
                        }
                        None => match owning_pronoun(env, s, t.start) {
                            // "welcomed X on his first visit to Y": his =
                            // the guest; any other owner is unknown
                            Some(p) => {
                                let g = super::reception::received_owner(env, s, p);
                                (g, g.and(target))
                            }
                            // "France condemned an attack on X": the subject
                            // belongs to the verb between, not to the noun
                            None => (
                                subject(env, s, t, &ok_src, target, true)
                                    .filter(|&m| !verb_between(s, trigs, ti, m))
                                    .filter(|&m| {
                                        !super::not_met::not_subject(env, s, (trigs, ti), m, target)
                                    }),
                                target,
                            ),
                        },
                    }
                }
            }
            Voice::Active => {
                // "menyerang Pos Polisi X , Tangerang", "tiba di Kantor X ,
                // Bogor": the place closing an address
                let prep = s.word_in(t.end, &rule.target_preps);
                let address = || address_place(env, s, t.end + usize::from(prep), &ok_tgt);
                // "mengecam kebijakan X": the party of a possessed object
                let possessed = || {
                    rule.possessed_object
                        .then(|| possessed_party(env, s, t.end, &ok_tgt))
                        .flatten()
                };
                // "menilai X tak layak": a judging verb takes only a
                // party a verdict follows
                let tg = if rule.judgement {
                    judged_party(env, s, t.end, &ok_tgt)
                } else if rule.summons {
                    summoned_state(env, s, t.end, &ok_tgt)
                } else {
                    // "mengutuk keras serangan militer X terhadap Y": the
                    // party of a possessed object before the preposition's
                    direct
                        .filter(|&m| ok_tgt(m))
                        .or_else(possessed)
                        .or(target)
                        .or_else(|| {
                            let past = past_verb(env, s, t);
                            past.then(|| prep_arg(env, s, t.end, &rule.object_preps, &ok_tgt))?
                        })
                        .or_else(address)
                        // "mendukung rakyat dan pemerintah X": the state
                        // (thirty-fifth round, part D)
                        .or_else(|| {
                            super::state_people::people_state(env, s, &rule.kind, t.end, &ok_tgt)
                        })
                        // "hosted a welcome ceremony ... for Y"
                        .or_else(|| super::hosted::event_guest(env, s, t, &ok_tgt))
                        // "received the official visit of Y"
                        .or_else(|| super::reception::visit_received(env, s, t, &ok_tgt))
                        // "menerima kunjungan kehormatan dari Y"
                        .or_else(|| super::visit_from::guest_from(env, s, t, &ok_tgt))
                        // "met in Malabo , the capital of X , Y"
                        .or_else(|| {
                            super::adjunct_object::object_after_adjuncts(env, s, t, &ok_tgt)
                        })
                };
                // "X , didampingi Y , menyambut Z": Y only accompanies
                let a = subject(env, s, t, &ok_src, tg, true)
                    .filter(|&m| !super::not_met::not_subject(env, s, (trigs, ti), m, tg));
                (a.map(|m| past_companion(env, s, m, &ok_src)), tg)
            }
        };
        subj = src;
        match (src, tgt) {
            (Some(a), Some(b)) => {
                received = (rule.kind == "meets").then_some((a, b));
                // "X dan Y tiba di Z", "bertemu X dan Y", "Korsel, China,
                // dan Jepang": every coordinated argument
                let mut srcs = with_coordinated(env, s, a, t.start, &ok_src);
                // "disambut oleh X beserta istri , Y": a joined greeter
                srcs.extend(super::reception::joint_greeter(env, s, t, &srcs, &ok_src));
                // "They were welcomed by Z": every person a plural stands for
                srcs.extend(super::plural_ref::others(s, a, &ok_src));
                let mut tgts = with_coordinated(env, s, b, t.start, &ok_tgt);
                tgts.extend(super::plural_ref::others(s, b, &ok_tgt));
                for &x in &srcs {
                    pairs.extend(tgts.iter().filter(|&&y| y != x).map(|&y| (x, y)));
                }
            }
            (Some(a), None)
                if rule.symmetric
                    && !rule.verb_only
                    && !rule.ceremony
                    && !super::not_met::hosts_together(env, s, t) =>
            {
                // "diteken X dan Y", "penandatanganan itu diwakili oleh X dan
                // Y": the agents of a passive or a noun are the parties
                let agents = |a: usize| {
                    rule.agents_pair
                        && t.voice != Voice::Active
                        && s.ments[a].ext >= t.end
                        && (t.voice == Voice::Passive
                            || super::agents::noun_agent_own(env, s, t.end, a))
                };
                // "signed by Zambia 's Minister of X , A , and B": the
                // title's person (thirty-fifth round, part D)
                let a = match agents(a) {
                    true => super::agent_pair::titled_agent(env, s, a)
                        .filter(|&p| ok_src(p))
                        .unwrap_or(a),
                    false => a,
                };
                let mut group = coordinated_before(env, s, a, &ok_src);
                // "Presidents A of X and B of Y met"
                if group.is_empty() {
                    group.extend(super::clause_subject::origin_conjunct(env, s, a, &ok_src));
                }
                if !group.is_empty() {
                    // every pair of "Putin, Kim dan Xi bertemu", in text order
                    let mut all: Vec<usize> = group.into_iter().rev().collect();
                    all.push(a);
                    for (i, &x) in all.iter().enumerate() {
                        pairs.extend(all[i + 1..].iter().map(|&y| (x, y)));
                    }
                } else if let Some(y) = agents(a)
                    // "signed by X , and his counterpart , Y" first: the
                    // plain reader takes the demonym of "his Rwandan
                    // counterpart" (thirty-fifth round, part D)
                    .then(|| super::agent_pair::agent_conjunct(env, s, a, &ok_tgt))
                    .flatten()
                    .or_else(|| coordinated_after(env, s, a, &ok_tgt))
                    .filter(|&y| s.ments[y].toks.end <= t.start || agents(a))
                    // "signed by X, governor of A, and Y"
                    .or_else(|| {
                        agents(a)
                            .then(|| super::conjunct::apposed_conjunct(env, s, a, &ok_tgt))
                            .flatten()
                    })
                    // "X bersama Y menandatangani": signing together
                    .or_else(|| {
                        rule.agents_pair
                            .then(|| super::args::joint_partner(env, s, a, t.start, &ok_tgt))
                            .flatten()
                    })
                {
                    pairs.push((a, y));
                }
            }
            // "X dan Y dipertemukan": a reciprocal passive pairs its
            // coordinated subjects
            (None, None) if rule.symmetric && super::triggers::reciprocal(env, s, t) => {
                if let Some(y) = subject(env, s, t, &ok_src, None, false) {
                    let mut all: Vec<usize> = coordinated_before(env, s, y, &ok_src)
                        .into_iter()
                        .rev()
                        .collect();
                    all.push(y);
                    for (i, &x) in all.iter().enumerate() {
                        pairs.extend(all[i + 1..].iter().map(|&z| (x, z)));
                    }
                }
            }
            // "The two leaders held talks": a pair description (coref.rs)
            (None, None) if rule.symmetric && !rule.ceremony => {
                pairs.extend(super::pair_described::described_pair(env, s, t));
            }
            _ => {}
        }
    }
    // "held talks in Ulaanbaatar on Tuesday with X": the subject's place
    super::abroad::push_subject_abroad(env, s, (trigs, ti), subj, si, out);
    super::guest_place::push_departed(env, s, (trigs, ti), subj, si, out);
    super::event_place::push_group_met(env, s, (trigs, ti), subj, si, out);
    if pairs.is_empty() {
        return;
    }
    let modality = modality(env, s, trigs, ti);
    let trigger = env.span_text(s, t.start, t.end);
    // "sending humanitarian supplies to X", "delivered emergency supplies
    // to X": aid (class `aid`) supports
    let aid = || {
        (t.start > 0 && env.lex.tok_in_class("aid", &s.toks[t.start - 1]))
            || (t.voice == Voice::Active
                && s.toks
                    .get(t.end)
                    .is_some_and(|w| env.lex.tok_in_class("aid", w)))
    };
    let kind = rule
        .aid_kind
        .as_ref()
        .filter(|_| aid() || super::object_phrase::grant_object(env, s, t))
        .unwrap_or(&rule.kind);
    let kind = if owned {
        super::abroad::OWNER
    } else if thanker {
        super::thanked::THANKER
    } else {
        kind.as_str()
    };
    // "menerima X di Istana Merdeka , Jakarta": the guest visits the city
    if let Some(ab) = received {
        super::reception::push_guest_visit(env, s, t, ab, (si, &trigger, modality), out);
        super::coguest::push_coguest_visits(env, s, t, ab, &pairs, (si, &trigger, modality), out);
        super::abroad::push_met_abroad(env, s, t, ab, (si, &trigger, modality), out);
        super::hosted::push_hosted_visit(env, s, t, ab, (si, &trigger, modality), out);
    }
    // "met in Belgrade with X and Y", "A and B met in Montevideo": every
    // other pair of a meeting is settled as the first (twenty-fifth round)
    // "A dan B ... dalam pertemuan bilateral di X": a meeting's noun in
    // its own phrase too (thirty-seventh round, part C)
    let phrase = || t.voice == Voice::Nominal && super::meeting_phrase::noun_opens(env, s, t);
    if rule.kind == "meets" && !owned && (t.voice == Voice::Active || phrase()) {
        for &ab in pairs.iter().filter(|&&p| Some(p) != received) {
            super::abroad::push_met_abroad(env, s, t, ab, (si, &trigger, modality), out);
        }
    }
    // "arrived in Turkmenistan 's capital Ashgabat": the city as well
    if rule.kind == "visits" {
        // (none dated before the described person's offices began)
        pairs.retain(|&(a, b)| !super::dated_holder::earlier_holder(env, s, a, b));
        let cities: Vec<(usize, usize)> = pairs
            .iter()
            .filter_map(|&(a, b)| {
                super::capital_city::capital_named(env, s, b)
                    .or_else(|| super::capital_city::capital_apposed(env, s, b))
                    .map(|c| (a, c))
            })
            .collect();
        pairs.extend(cities);
    }
    for (a, b) in pairs {
        let pair = (s.ments[a].entity, s.ments[b].entity);
        let coref: Vec<Coref> = [(true, a), (false, b)]
            .into_iter()
            .filter_map(|(source, m)| env.mention_coref(s, m, source))
            .collect();
        push_coref(
            out,
            kind,
            pair,
            !rule.symmetric,
            si,
            trigger.clone(),
            modality,
            coref,
        );
    }
}

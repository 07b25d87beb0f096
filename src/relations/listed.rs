//! Issue 17, fifteenth round: the parties a sanctions list names. News of
//! sanctions often names the sanctioned after the sanction itself: in the
//! next sentence ("The United States sanctioned 10 officials . Among those
//! designated are X and Y", "Di antara mereka yang dikenai sanksi adalah X
//! dan Y"), or in a participial clause of the same sentence ("imposed
//! sanctions on the junta , targeting X", "menjatuhkan sanksi terhadap
//! junta , menargetkan X"). The sanctioning party is the source of a
//! `sanctions` instance of the sentence with the trigger, or the subject of
//! its trigger when the trigger named no entity as its object ("imposed
//! sanctions on 32 officials"). Every person or organisation named after
//! the list phrase, up to a clause word or the sentence's end, is
//! sanctioned, with the modality of the sanction. A sanction's sentence
//! naming no entity but its sanctioner is skipped before any rule runs
//! (one entity holds no relation), so its list is not read.
//!
//! Word classes: `sanctions_list` (a list phrase opening the next sentence's
//! list: among those designated, those listed include, the move targeted;
//! di antara mereka yang dikenai sanksi, sanksi itu menargetkan) and
//! `sanctions_targeting` (a participle after a comma in the sanction's own
//! sentence: targeting; menargetkan, menyasar). A list may also come first
//! in the next sentence, before a phrase of class `sanctions_list_after`
//! ("A , B dan C juga masuk dalam daftar itu"; "A and B were also on the
//! list").

use super::args::{possessor, preceded_by_prep, subject};
use super::env::{push, Env};
use super::instance::RelationInstance;
use super::lexicon::Lang;
use super::morph::Voice;
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::{EntityType, Modality};

/// The kind of the relation this module adds.
const SANCTIONS: &str = "sanctions";

/// How many sentences after its sanction a list phrase may stand.
const LIST_REACH: u32 = 3;

/// The sanctioning party of a sentence: its entity, the sentence's index,
/// the sanction's modality and the token after its trigger.
#[derive(Clone, Copy, Debug)]
pub(super) struct Sanctioner {
    /// The party imposing the sanction.
    entity: u32,
    /// A second party imposing it, named as the agent of another trigger
    /// of the same sentence (`sanction_parties::sanction_agent`).
    also: Option<u32>,
    /// The sentence of the sanction.
    si: u32,
    /// The modality of the sanction.
    modality: Modality,
    /// The token right after the sanction's trigger, in its sentence.
    end: usize,
    /// The language of the sanction's trigger.
    lang: Lang,
}

/// Adds the parties a sanctions list names in sentence `si` (`s`, its
/// triggers `trigs`, its instances `out[first..]`), with the sanctioner of
/// this sentence or of the one right before (`last`, updated here).
/// `modality` gives the modality of trigger `ti`.
#[allow(clippy::too_many_arguments)]
pub(super) fn sanctions_list(
    env: &Env,
    s: &Sent,
    trigs: &[Trig],
    si: u32,
    first: usize,
    last: &mut Option<Sanctioner>,
    modality: &dyn Fn(usize) -> Modality,
    out: &mut Vec<RelationInstance>,
) {
    let here = sanctioner_here(env, s, trigs, si, first, out, modality);
    // "were hit with sanctions by the U.S. Treasury Department , shortly
    // before a United Nations sanctions committee designated the same
    // men": the agent of another trigger imposes them too (thirty-seventh
    // round, part D)
    let here = here.map(|h| Sanctioner {
        also: super::sanction_parties::sanction_agent(env, s, trigs, Some(h.entity)),
        ..h
    });
    // "Inggris menjatuhkan sanksi terhadap ... . Sanksi itu ... . Lima
    // petinggi lain yang dijatuhi sanksi adalah X": a list may follow a
    // sentence or two about the same sanction (with no trigger of another
    // kind)
    let before = last.filter(|b| b.si < si && si <= b.si + LIST_REACH);
    if here.is_some() {
        *last = here;
    } else if !no_trigger_between(env, trigs, 0, s.toks.len())
        && !super::sanction_sequel::sanction_told(env, trigs)
    {
        // "... . Budi Santoso met Rina Wati . Among those designated is
        // X": a sentence about another event ends the sanction's reach
        // (this sentence's own list is still read)
        *last = None;
    }
    // most sentences follow no sanction: nothing to look for
    if here.is_none() && before.is_none() {
        return;
    }
    // one pass over the sentence for its list phrase
    let mut found: Option<(Sanctioner, usize)> = None;
    // (the token ending an apposed list)
    let mut limit = None;
    for k in 0..s.toks.len() {
        let n = s.class_phrase_at(env.lex, "sanctions_list", k);
        if n > 0 {
            // "The EU sanctioned 10 officials ; among those listed is X":
            // this sentence's sanction when it comes first
            if let Some(b) = here.filter(|h| h.end <= k).or(before) {
                found = Some((b, k + n));
            }
            break;
        }
        // "sanctioned two lawmakers and a former minister : A , B and C"
        // (thirty-fifth round, part D)
        if !s.toks[k].word && s.toks[k].norm == ":" {
            if let Some(b) = counted_colon(env, s, trigs, (here, before), k, false) {
                found = Some((b, k + 1));
                break;
            }
        }
        // "sanctioned two more politicians , A and B , who ...": a comma
        // after a counted object of this sentence's sanction, before names
        // joined by list words (thirty-seventh round, part D)
        if !s.toks[k].word && s.toks[k].norm == "," {
            let names = super::sanction_parties::apposed_names(env, s, k + 1);
            if let Some(b) = names.and_then(|_| counted_colon(env, s, trigs, (here, None), k, true))
            {
                found = Some((b, k + 1));
                limit = names;
                break;
            }
        }
        // ", targeting X": after a comma, in the sanction's own sentence
        let comma = k > 0 && s.toks[k - 1].norm == ",";
        let n = s.class_phrase_at(env.lex, "sanctions_targeting", k);
        if n > 0 && comma {
            if let Some(h) = here.filter(|h| {
                h.end <= k
                    && no_trigger_between(env, trigs, h.end, k)
                    && !coordinated_clause(env, s, h.end, k)
            }) {
                found = Some((h, k + n));
                break;
            }
        }
    }
    let Some(rule) = env.lex.rules.iter().find(|r| r.kind == SANCTIONS) else {
        return;
    };
    // "imposed sanctions on the deputy leader of X's Y , Z ,": the name in
    // apposition to a described target (the only one listed)
    if let Some(h) = here.filter(|_| found.is_none()) {
        // (the prepositions of the trigger's own language)
        let preps = env
            .lex
            .rules
            .iter()
            .find(|r| r.kind == SANCTIONS && r.lang == h.lang)
            .map_or(&[][..], |r| &r.target_preps[..]);
        let apposed = super::target_apposed::apposed_target(env, s, preps, h.end)
            .filter(|&m| env.type_ok(s, m, &rule.target));
        if let Some(m) = apposed {
            let trigger = env.span_text(s, h.end.saturating_sub(1), h.end);
            let pair = (h.entity, s.ments[m].entity);
            push(out, SANCTIONS, pair, true, si, trigger, h.modality);
            return;
        }
    }
    // "A , B dan C juga masuk dalam daftar itu": a list before a phrase of
    // class `sanctions_list_after`, after a sanction before this sentence
    // (twenty-seventh round, part D)
    let mut upto = None;
    if let (None, None, Some(b)) = (found, here, before) {
        upto = (0..s.toks.len()).find_map(|k| {
            let n = s.class_phrase_at(env.lex, "sanctions_list_after", k);
            (n > 0).then_some((k, k + n))
        });
        if upto.is_some() {
            found = Some((b, 0));
        }
    }
    // "... . Departemen Keuangan AS menyasar A dan B": a later verb whose
    // subject stands for the sanctioner (twenty-fourth round, part C)
    let mut across = false;
    if let (None, None, Some(b)) = (found, here, before) {
        if let Some(k) = super::sanction_sequel::sequel_verb(env, s, trigs, b.entity) {
            found = Some((b, k));
            across = true;
        }
    }
    let Some((who, from)) = found else {
        return;
    };
    let spans = match (upto, limit) {
        (Some((k, _)), _) => std::iter::once(0..k).collect(),
        (None, Some(end)) => std::iter::once(from..end).collect(),
        (None, None) => super::sanction_sequel::list_spans(env, s, from, across),
    };
    // "The designated men are A , known as ... ; B , ... ; and C , ...":
    // the names opening the entries after semicolons (thirty-third round,
    // part D)
    let heads = match upto.or(limit.map(|e| (e, e))) {
        Some(_) => Vec::new(),
        None => super::sanction_parties::semicolon_heads(env, s, from),
    };
    for (m, ment) in s.ments.iter().enumerate() {
        let listed = ment.free()
            && (spans.iter().any(|r| r.contains(&ment.ext)) || heads.contains(&m))
            && matches!(ment.etype, EntityType::Person | EntityType::Organisation)
            && env.type_ok(s, m, &rule.target)
            // "the chairman of the Union Election Commission", "Myanmar's
            // junta": an owner names no one listed (a phrase ending in its
            // preposition, "Sanksi itu dijatuhkan kepada X", owns none)
            && (ment.ext == from || !object_of_prep(env, s, m))
            && !possessor(s, m)
            // "perusahaan milik X , yakni A": the owner is no party listed
            // (thirty-second round, part D)
            && !ment
                .ext
                .checked_sub(1)
                .is_some_and(|k| env.free_word_in(s, k, "owned_by_word"))
            && !described_apposition(env, s, ment.toks.start, from)
            // "termasuk A , kakak mendiang pemimpin B": B is A's kin
            && !kin_described(env, s, ment.ext, from)
            // "termasuk ketua Komisi Pemilu": in Indonesian an organisation
            // right after a lowercase noun is its owner
            && !(who.lang == Lang::Id
                && ment.etype == EntityType::Organisation
                && owned(env, s, ment.ext, from)
                && !super::sanction_sequel::firm_named(env, s, ment.ext, from, who.lang));
        if listed {
            let (a, b) = upto.unwrap_or((from.saturating_sub(1), from));
            let trigger = env.span_text(s, a, b);
            for by in std::iter::once(who.entity).chain(who.also) {
                push(
                    out,
                    SANCTIONS,
                    (by, ment.entity),
                    true,
                    si,
                    trigger.clone(),
                    who.modality,
                );
            }
        }
    }
}

/// The sanctioner of sentence `si`: the source of its last `sanctions`
/// instance, or else the subject of an active or noun `sanctions` trigger.
fn sanctioner_here(
    env: &Env,
    s: &Sent,
    trigs: &[Trig],
    si: u32,
    first: usize,
    out: &[RelationInstance],
    modality: &dyn Fn(usize) -> Modality,
) -> Option<Sanctioner> {
    let ti = trigs.iter().rposition(|t| {
        env.lex
            .rules
            .get(t.rule)
            .is_some_and(|r| r.kind == SANCTIONS)
    })?;
    let t = &trigs[ti];
    let found = out.get(first..).and_then(|v| {
        v.iter()
            .rev()
            .find(|r| r.kind == SANCTIONS && r.sentence == si)
    });
    if let Some(r) = found {
        return Some(Sanctioner {
            entity: r.source,
            also: None,
            si,
            modality: r.modality,
            end: t.end,
            lang: env.lex.rules.get(t.rule)?.lang,
        });
    }
    // "were hit with economic sanctions by the U.S. Treasury Department":
    // a trigger's agent, named right after it, imposes the sanction
    // (thirty-seventh round, part D)
    // (its own agent first: the subject of "X were hit with sanctions by
    // Y" is the sanctioned)
    let agent = |of: &[Trig]| {
        let entity = super::sanction_parties::sanction_agent(env, s, of, None)?;
        Some(Sanctioner {
            entity,
            also: None,
            si,
            modality: modality(ti),
            end: t.end,
            lang: env.lex.rules.get(t.rule)?.lang,
        })
    };
    if let Some(h) = agent(std::slice::from_ref(t)) {
        return Some(h);
    }
    // "menjatuhkan sanksi terhadap 32 pejabat": a noun trigger's subject
    // is the verb's
    if t.voice == Voice::Passive {
        return agent(trigs);
    }
    let rule = env.lex.rules.get(t.rule)?;
    let ok = |m: usize| env.type_ok(s, m, &rule.source);
    let m = subject(env, s, t, &ok, None, false)?;
    // "the Treasury's Office of Foreign Assets Control sanctioned": the
    // office acts for the body owning it (thirty-third round, part D)
    let m = super::sanction_parties::owning_body(s, m);
    // "added 29 people to its Iran human rights sanctions list": a name
    // after a possessive pronoun modifies a noun, it imposes nothing
    let ext = s.ments.get(m)?.ext;
    if ext > 0
        && env
            .lex
            .in_class("possessive_pronoun", &s.toks[ext - 1].norm)
    {
        return None;
    }
    // "Menurut kantor berita IRNA , ... ditambahkan ke daftar sanksi": the
    // report's source imposes nothing
    if super::sanction_sequel::attributed(env, s, ext) {
        return None;
    }
    Some(Sanctioner {
        entity: s.ments.get(m)?.entity,
        also: None,
        si,
        modality: modality(ti),
        end: t.end,
        lang: rule.lang,
    })
}

/// "The United States sanctioned two lawmakers and a former minister : A ,
/// B and C", "... . The sanctions apply to five political figures held
/// responsible for ... : A , B": a colon after a sanction's trigger of
/// this sentence opens its list when a count (class `count`, or up to
/// three digits) stands between them, and no person or organisation, verb
/// of saying or trigger of another kind. The sanctioner is this
/// sentence's (`here`, when its trigger comes before the colon) or the
/// one before (`before`, when this sentence's sanction named none). With
/// `apposed`, the colon is a comma before apposed names, and a possessor
/// may stand before it.
fn counted_colon(
    env: &Env,
    s: &Sent,
    trigs: &[Trig],
    (here, before): (Option<Sanctioner>, Option<Sanctioner>),
    colon: usize,
    apposed: bool,
) -> Option<Sanctioner> {
    let t = trigs.iter().rev().find(|t| {
        t.end <= colon
            && env
                .lex
                .rules
                .get(t.rule)
                .is_some_and(|r| r.kind == SANCTIONS)
    })?;
    let who = match here {
        Some(h) => Some(h).filter(|h| h.end <= colon),
        None => before,
    }?;
    let from = t.end;
    let word = |j: usize| Some(&s.toks[j]).filter(|w| w.word && !s.in_mention(j));
    let counted = (from..colon).any(|j| {
        word(j).is_some_and(|w| {
            (w.norm.len() <= 3 && w.norm.bytes().all(|b| b.is_ascii_digit()))
                || env.lex.tok_in_class("count", w)
        })
    });
    // ("Dodik's two adult children , A and B": before a comma, a
    // possessor of the counted object names no target)
    let named = s.ments.iter().enumerate().any(|(i, m)| {
        m.toks.start >= from
            && m.toks.end <= colon
            && matches!(m.etype, EntityType::Person | EntityType::Organisation)
            && !(apposed && possessor(s, i))
    });
    // "sanctioned two officials , saying : ..." introduces a quote
    let speech = (from..colon).any(|j| word(j).is_some_and(|w| env.lex.tok_in_class("speech", w)));
    (counted && !named && !speech && no_trigger_between(env, trigs, from, colon)).then_some(who)
}

/// Whether no trigger other than a sanction's stands between tokens `a`
/// and `b` ("sanctioned X and launched strikes , targeting Y").
fn no_trigger_between(env: &Env, trigs: &[Trig], a: usize, b: usize) -> bool {
    !trigs.iter().any(|t| {
        t.start >= a
            && t.end <= b
            && env
                .lex
                .rules
                .get(t.rule)
                .is_none_or(|r| r.kind != SANCTIONS)
    })
}

/// Whether a list word between tokens `a` and `b` opens a clause of its
/// own: a lowercase word after it that is neither a determiner nor a
/// number ("sanctioned 10 officials and met six envoys , including X";
/// "on 10 officials and two companies , including X" is one phrase).
fn coordinated_clause(env: &Env, s: &Sent, a: usize, b: usize) -> bool {
    (a..b.saturating_sub(1)).any(|k| {
        let t = &s.toks[k];
        let next = &s.toks[k + 1];
        t.word
            && !s.in_mention(k)
            && env.lex.in_class("list", &t.norm)
            && s.is_lower(k + 1)
            && !s.in_mention(k + 1)
            && !env.lex.in_class("determiner", &next.norm)
            && !next.norm.bytes().all(|c| c.is_ascii_digit())
    })
}

/// The end of a list that starts at token `from`: the first sentence
/// punctuation, clause word, relative word or verb of saying. A period
/// written against a capital initial or two ("H.E. X of Algeria , H.E. Y")
/// is an abbreviation's, no end (twenty-fifth round, part A).
pub(super) fn list_end(env: &Env, s: &Sent, from: usize) -> usize {
    let initial = |k: usize| {
        k.checked_sub(1)
            .and_then(|p| s.toks.get(p))
            .is_some_and(|p| {
                p.word
                    && p.upper
                    && p.norm.chars().count() <= 2
                    && p.range.end == s.toks[k].range.start
            })
    };
    (from..s.toks.len())
        .find(|&k| {
            let t = &s.toks[k];
            if t.word {
                env.lex.in_class("clause", &t.norm)
                    || env.lex.in_class("relative", &t.norm)
                    || env.lex.in_class("speech", &t.norm)
            } else if t.norm == "." {
                k + 1 == s.toks.len() || !initial(k)
            } else {
                [";", ":", "\"", "!", "?", "(", ")"].contains(&t.norm.as_str())
            }
        })
        .unwrap_or(s.toks.len())
}

/// Whether mention `m` is the object of a preposition, one determiner
/// allowed between ("on the Rohingya", "of the Union Election Commission").
pub(super) fn object_of_prep(env: &Env, s: &Sent, m: usize) -> bool {
    let ext = s.ments[m].ext;
    preceded_by_prep(env, s, m)
        || (ext >= 2
            && s.toks[ext - 1].word
            && env.lex.in_class("determiner", &s.toks[ext - 1].norm)
            && s.toks[ext - 2].word
            && env.lex.in_class("prep", &s.toks[ext - 2].norm))
}

/// Whether the word before token `ext` is a lowercase word of the list
/// (after `from`) that is neither a list word nor a linking word (class
/// `list_link`: adalah, termasuk; are, include): "ketua Komisi Pemilu".
///
/// A noun that already has its owner by a possessive clitic ("putra
/// keduanya X", "direkturnya X") is followed by its holder's name, no owner,
/// and a word of class `former` ("mantan X") is no noun.
pub(super) fn owned(env: &Env, s: &Sent, ext: usize, from: usize) -> bool {
    ext > from
        && s.is_lower(ext - 1)
        && !env
            .lex
            .possessive_clitics()
            .iter()
            .any(|c| s.toks[ext - 1].norm.ends_with(c.as_str()))
        && !env.lex.in_class("list", &s.toks[ext - 1].norm)
        && !env.lex.in_class("former", &s.toks[ext - 1].norm)
        && !env.lex.in_class("namely", &s.toks[ext - 1].norm)
        && !env.lex.in_class("list_link", &s.toks[ext - 1].norm)
}

/// Whether a kin noun (class `kin_of`) stands among the lowercase words
/// between the last comma (or `from`) and token `ext`: "A , kakak
/// mendiang pemimpin sosialis B", "A , a nephew of the late leader B"
/// name B as A's relative, no member of the list (twenty-ninth round,
/// part D).
fn kin_described(env: &Env, s: &Sent, ext: usize, from: usize) -> bool {
    let mut k = ext;
    while k > from && s.toks[k - 1].word && !s.in_mention(k - 1) {
        k -= 1;
        if s.is_lower(k) && env.lex.tok_in_class("kin_of", &s.toks[k]) {
            return true;
        }
    }
    false
}

/// "include A , the deputy leader of X and brother of its chief
/// commander , General B": a name after a comma that closes a phrase
/// opened by a determiner after an earlier comma is that phrase's
/// apposition, no member of the list (twenty-third round, part B). Only
/// capitalised words (a rank) may stand between that comma and the name
/// (`start`, its first token), and the phrase must start after `from`, so
/// "include four officials , A , B and C" keeps them all.
fn described_apposition(env: &Env, s: &Sent, start: usize, from: usize) -> bool {
    let comma = |k: &usize| s.toks[*k].norm == ",";
    let Some(close) = (from..start).rev().find(comma) else {
        return false;
    };
    let rank = (close + 1..start).all(|k| s.toks[k].word && s.toks[k].upper);
    let Some(open) = (from..close).rev().find(comma) else {
        return false;
    };
    // "A , the president of the Council , B": a plain description opens
    // B's entry; one that coordinates or owns ("deputy head of X and
    // brother of its chief") describes A and the name after it is its
    // apposition (twenty-fourth round, part C)
    let linked = (open + 1..close).any(|k| {
        let t = &s.toks[k];
        t.word
            && !s.in_mention(k)
            && (env.lex.in_class("list", &t.norm)
                || env.lex.in_class("possessive_pronoun", &t.norm))
    });
    rank && linked
        && s.toks
            .get(open + 1)
            .is_some_and(|t| t.word && env.lex.in_class("determiner", &t.norm))
}

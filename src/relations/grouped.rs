//! Issue 17, sixteenth round: the members of a counted group named in a
//! sentence that follows. News of credentials, sanctions and meetings
//! often counts a group in the trigger's sentence and names its members
//! right after: "Presiden X menerima surat kepercayaan dari tujuh duta
//! besar ... . Mereka antara lain A , B dan C", "Envoys of four countries
//! presented their credentials to President X . They were A , B , C and
//! D", "AS menjatuhkan sanksi terhadap sembilan orang ... . Di antara
//! mereka terdapat A dan B". Each member takes the group's place in the
//! trigger's relation, with the trigger's modality; the other party is the
//! one the trigger named (its subject when the group follows the trigger,
//! its prepositional object when the group is the subject). Members are
//! persons and organisations: a place in the list is a title's or an
//! owner's ("Kepala Kehakiman Iran X").
//!
//! A group is a count (up to three digits, or a word of class `count`:
//! tujuh, four)
//! followed by a lowercase word, in the few words right after the trigger
//! or right before it with no name between. The list is read only when a
//! phrase of class `group_list` (mereka antara lain, di antara mereka
//! adalah; they were, among them were) opens one of the two sentences
//! after the group's, and runs to a clause word, a relative word, a verb
//! of saying or sentence punctuation, as a sanctions list does
//! (`listed.rs`, whose filters it shares: no object of a preposition, no
//! possessor, no owner after a lowercase noun in Indonesian).

use super::args::{prep_arg, subject, with_coordinated};
use super::env::{push, Env};
use super::instance::{RelationInstance, HOLDS_OFFICE};
use super::lexicon::{ArgType, Lang, RelationRule};
use super::listed::{list_end, object_of_prep, owned};
use super::morph::Voice;
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::{EntityType, Modality};

/// How many words after or before a trigger its counted group may start.
const GROUP_REACH: usize = 4;

/// How many sentences after the group's its list may come.
const LIST_REACH: u32 = 2;

/// A counted group of a trigger whose members may be named later.
#[derive(Clone, Copy, Debug)]
pub(super) struct Group {
    /// The trigger's rule (index into `Lexicon::rules`).
    rule: usize,
    /// The party the trigger named.
    anchor: u32,
    /// Whether the group stands in the trigger's source place (its
    /// subject) rather than its target place.
    source: bool,
    /// The sentence of the group.
    si: u32,
    /// The trigger's modality.
    modality: Modality,
    /// Whether the group is one of envoys ("tujuh duta besar", "seven
    /// ambassadors"; class `envoy_noun` beside the count).
    envoys: bool,
    /// The last sentence that listed members of the group, if any.
    listed: Option<u32>,
}

impl Group {
    /// Adds the relation of `rule` between member `e` and the group's
    /// anchor, the member in the group's place (source or target).
    fn push_member(
        &self,
        out: &mut Vec<RelationInstance>,
        rule: &RelationRule,
        e: u32,
        si: u32,
        trigger: &str,
    ) {
        let pair = if self.source {
            (e, self.anchor)
        } else {
            (self.anchor, e)
        };
        let kind = &rule.kind;
        push(
            out,
            kind,
            pair,
            !rule.symmetric,
            si,
            trigger.to_string(),
            self.modality,
        );
    }
}

/// Adds the members of a counted group named in a list in sentence `si`
/// (`s`, its triggers `trigs`), with the group of this sentence or of one
/// of the two before it (`last`, updated here). `modality` gives the
/// modality of trigger `ti`.
pub(super) fn group_list(
    env: &Env,
    s: &Sent,
    trigs: &[Trig],
    si: u32,
    last: &mut Option<Group>,
    modality: &dyn Fn(usize) -> Modality,
    out: &mut Vec<RelationInstance>,
) {
    // (a list continued in the sentence after it may lie past the reach:
    // "... adalah A , B dan C . Selanjutnya D , E dan F .")
    let before =
        last.filter(|g| g.si < si && (si <= g.si + LIST_REACH || g.listed == Some(si - 1)));
    // the list opens the sentence, or a count does and the rest of the
    // group follows ("Tiga lainnya adalah X", "Three others were X")
    let rest = || {
        let n = s.class_phrase_at(env.lex, "group_rest", 1);
        if n > 0 && count_word(env, s, 0) {
            n + 1
        } else {
            0
        }
    };
    let renamed = envoys_renamed(env, s);
    let n = match s.class_phrase_at(env.lex, "group_list", 0) {
        0 if renamed > 0 => renamed,
        0 => rest(),
        n => n,
    };
    if let Some(g) = before {
        // "Selanjutnya D , E dan F": a sentence of no trigger opening with
        // a word of class `list_next` goes on with the list of the
        // sentence right before (thirty-fourth round, part B)
        let next = match s.class_phrase_at(env.lex, "list_next", 0) {
            k if k > 0 && trigs.is_empty() && g.listed == Some(si - 1) => k,
            _ => 0,
        };
        let from = if n > 0 { n } else { next };
        if from > 0 {
            let envoys = g.envoys || renamed > 0;
            let start = out.len();
            add_members(env, s, si, &g, (from, envoys, n == 0), out);
            // (a continuation names two members at least: a list, not a
            // sentence about one of them)
            let apposed = from > 0 && s.toks[from - 1].norm == ",";
            if (n == 0 || apposed)
                && out[start..]
                    .iter()
                    .filter(|r| r.kind != HOLDS_OFFICE)
                    .count()
                    < 2
            {
                out.truncate(start);
            }
            if out.len() > start {
                if let Some(l) = last.as_mut() {
                    l.listed = Some(si);
                }
            }
        }
        ceremony_subjects(env, s, trigs, si, &g, out);
    }
    super::count_apposed::apposed_members(env, s, trigs, si, modality, out);
    super::also_greeters::push_greeters(env, s, trigs, si, modality, out);
    if let Some(g) = group_here(env, s, trigs, si, modality) {
        *last = Some(g);
    }
}

/// Adds the relation of group `g` for each member listed in `s` from
/// token `from` (`continued`: the list goes on after an opener of class
/// `list_next`).
fn add_members(
    env: &Env,
    s: &Sent,
    si: u32,
    g: &Group,
    (from, envoys, continued): (usize, bool, bool),
    out: &mut Vec<RelationInstance>,
) {
    let Some(rule) = env.lex.rules.get(g.rule) else {
        return;
    };
    let types = if g.source { &rule.source } else { &rule.target };
    let mut stop = semicolon_list_end(env, s, from);
    stop = super::group_forms::apposed_end(env, s, from, stop);
    // "..., serta tiga duta besar yang berkedudukan di Tokyo , yakni D , E
    // dan F": on past a clause of places (thirty-fifth round, part B)
    if let Some(k) = super::envoy_group::past_place_clause(env, s, stop) {
        stop = semicolon_list_end(env, s, k);
    }
    let trigger = env.span_text(s, 0, from);
    for (m, ment) in s.ments.iter().enumerate() {
        // ("Selanjutnya Duta Besar X": the phrase of the first member's
        // title may take in the capitalised word opening the sentence)
        let listed = ment.free()
            && (ment.ext >= from || (continued && ment.toks.start >= from))
            && ment.ext < stop
            && ment.entity != g.anchor
            && matches!(ment.etype, EntityType::Person | EntityType::Organisation)
            && env.type_ok(s, m, types)
            // ("The letters were presented by A": the opener's own
            // preposition before the first member)
            && !(object_of_prep(env, s, m) && ment.ext > from)
            && !super::args::possessor(s, m)
            && !(rule.lang == Lang::Id && owned(env, s, ment.ext, from));
        if listed {
            g.push_member(out, rule, ment.entity, si, &trigger);
            if envoys && ment.etype == EntityType::Person {
                envoy_country(env, s, m, (si, stop), out);
            }
        }
    }
    // "..., dan Komandan Y yang berpihak pada Z , B": the last member
    // after its title's relative clause
    if let Some(m) = super::count_apposed::clause_member(env, s, from, stop) {
        if env.type_ok(s, m, types) && s.ments[m].entity != g.anchor {
            g.push_member(out, rule, s.ments[m].entity, si, &trigger);
        }
    }
}

/// "The envoys were X", "Ketujuh duta besar itu adalah X": a sentence
/// that opens by naming a counted group of envoys again (a phrase of
/// class `group_opener`, a phrase of class `envoy_noun`, a demonstrative,
/// a linking word of class `list_link`) lists its members (twenty-fifth
/// round, part A). The number of tokens before the list; 0 if none.
pub(super) fn envoys_renamed(env: &Env, s: &Sent) -> usize {
    let lex = env.lex;
    // "Di antara para duta besar itu adalah X", "Among the envoys were X":
    // a phrase of class `group_among` may come first (thirty-fourth
    // round, part B)
    let mut k = s.class_phrase_at(lex, "group_among", 0);
    k += s.class_phrase_at(lex, "group_opener", k);
    let noun = s.class_phrase_at(lex, "envoy_noun", k);
    if noun == 0 {
        return 0;
    }
    k += noun;
    k += s.class_phrase_at(lex, "demonstrative", k);
    super::group_forms::renamed_tail(env, s, k)
}

/// "A of Algeria", "B dari Italia": an envoy listed as a member of a group
/// of envoys, with a word of class `envoy_origin` and a country after the
/// name, holds an office of that country (twenty-fifth round, part A).
/// The country's name, maybe after a state's form ("dari Kesultanan
/// Oman"), must close the entry: a comma, a semicolon (twenty-sixth
/// round), a list word or the list's end (`stop`) follows it.
fn envoy_country(
    env: &Env,
    s: &Sent,
    m: usize,
    (si, stop): (u32, usize),
    out: &mut Vec<RelationInstance>,
) {
    let end = s.ments[m].toks.end;
    let origin = s
        .toks
        .get(end)
        .is_some_and(|t| t.word && env.lex.in_class("envoy_origin", &t.norm));
    // "of the Czech Republic", "of The Gambia": a determiner before the
    // country (thirty-fifth round, part B)
    let det = s.toks.get(end + 1).is_some_and(|t| {
        t.word && !s.in_mention(end + 1) && env.lex.in_class("determiner", &t.norm)
    });
    let at = end + 1 + usize::from(det);
    // "dari Kesultanan Oman": a state's form (class `state_form`) the
    // tagger leaves out of the country's name (twenty-sixth round)
    let form = match s.toks.get(at).is_some_and(|t| t.upper) {
        true => s.class_phrase_at(env.lex, "state_form", at),
        false => 0,
    };
    // "of the Republic of Poland", "of the Kingdom of the Netherlands":
    // the English form's own "of" (and article) before the country
    // (thirty-sixth round, part A)
    let of = form > 0 && s.toks.get(at + form).is_some_and(|t| t.norm == "of");
    let form = match of {
        true => {
            form + 1
                + usize::from(s.toks.get(at + form + 1).is_some_and(|t| {
                    t.word
                        && !s.in_mention(at + form + 1)
                        && env.lex.in_class("determiner", &t.norm)
                }))
        }
        false => form,
    };
    let country = s
        .free_at(at)
        .or_else(|| s.free_at(at + form).filter(|_| form > 0));
    let Some(c) = country.filter(|_| origin) else {
        return;
    };
    let after = s.ments[c].toks.end;
    let closed = after >= stop
        || s.toks.get(after).is_some_and(|t| {
            (!t.word && matches!(t.norm.as_str(), "," | ";"))
                || (t.word && env.lex.tok_in_class("list", t))
        });
    if closed && env.type_ok(s, c, &[ArgType::Country]) {
        push(
            out,
            HOLDS_OFFICE,
            (s.ments[m].entity, s.ments[c].entity),
            true,
            si,
            env.span_text(s, end, after),
            Modality::Asserted,
        );
    }
}

/// The last counted group of a trigger of `s` with a named other party.
fn group_here(
    env: &Env,
    s: &Sent,
    trigs: &[Trig],
    si: u32,
    modality: &dyn Fn(usize) -> Modality,
) -> Option<Group> {
    trigs.iter().enumerate().rev().find_map(|(ti, t)| {
        let rule = env.lex.rules.get(t.rule)?;
        // a passive turns the places round: only a received group
        // (thirty-seventh round, part B)
        let count = |k: usize| count_at(env, s, k);
        let passive = super::group_forms::passive_group(env, s, t, rule, &count);
        if t.voice == Voice::Passive && passive.is_none() {
            return None;
        }
        let counted = counted_after(env, s, t.end).filter(|_| passive.is_none());
        // "dari duta besar luar biasa ... negara sahabat": a ceremony's
        // uncounted envoys (thirty-fifth round, part B)
        let uncounted = || super::envoy_group::uncounted_envoys(env, s, rule, t.end);
        let (anchor, source, c) = if let Some((a, c)) = passive {
            (a, false, c)
        } else if let Some(c) = counted.or_else(uncounted) {
            let ok = |m: usize| env.type_ok(s, m, &rule.source);
            (subject(env, s, t, &ok, None, false)?, false, c)
        } else if let Some(c) = counted_before(env, s, t.start) {
            let ok = |m: usize| env.type_ok(s, m, &rule.target);
            (prep_arg(env, s, t.end, &rule.target_preps, &ok)?, true, c)
        } else {
            return None;
        };
        // "tujuh duta besar", "Envoys of four countries": an envoy noun
        // right after the count, or in the few words before it
        let envoys = (counted.is_none() && !source && passive.is_none())
            || (c.saturating_sub(GROUP_REACH)..c + 2)
                .any(|k| k != c && s.class_phrase_at(env.lex, "envoy_noun", k) > 0);
        // (a group place that takes no person or body gets no member:
        // "menerima kunjungan tiga duta besar" is the reception's group)
        let member = |a: &ArgType| matches!(a, ArgType::Person | ArgType::Organisation);
        if !(if source { &rule.source } else { &rule.target })
            .iter()
            .any(member)
        {
            return None;
        }
        Some(Group {
            rule: t.rule,
            anchor: s.ments.get(anchor)?.entity,
            source,
            si,
            modality: modality(ti),
            envoys,
            listed: None,
        })
    })
}

/// Whether the words of sentence `text` may hold a count (one probe per
/// word): a sentence naming one entity (the trigger's other party, "The
/// United States imposed sanctions on four officials") is read only then,
/// its group's members named in a later sentence (nineteenth round).
pub(super) fn may_count(lex: &super::lexicon::Lexicon, text: &str) -> bool {
    super::text::any_lower_word(text, |w| {
        (w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit())) || lex.in_class("count", w)
    })
}

/// Whether token `k` is a count followed by a lowercase word ("tujuh duta
/// besar", "24 warga", "four countries"; not "22 Juni").
fn count_at(env: &Env, s: &Sent, k: usize) -> bool {
    // ("dari 14 Duta Besar Luar Biasa": an envoy's noun may be capitalised;
    // thirty-third round, part B)
    let noun = (s.is_lower(k + 1) || s.class_phrase_at(env.lex, "envoy_noun", k + 1) > 0)
        && !s.in_mention(k + 1);
    count_word(env, s, k) && noun
}

/// Whether token `k` is a count: up to three digits ("24 warga", not a
/// year, "2024 lalu") or a word of class `count` ("tujuh", "Three").
fn count_word(env: &Env, s: &Sent, k: usize) -> bool {
    let Some(t) = s.toks.get(k).filter(|t| t.word && !s.in_mention(k)) else {
        return false;
    };
    let digits = t.norm.len() <= 3 && t.norm.bytes().all(|b| b.is_ascii_digit());
    digits || env.lex.tok_in_class("count", t)
}

/// Adds the relation of group `g` for the envoys named as the subject of
/// a ceremony trigger of the group's kind that names no target ("Duta
/// Besar A , Duta Besar B dan Duta Besar C juga menyerahkan surat
/// kepercayaannya", "A and B also presented their credentials"): they are
/// more of the group the host received.
fn ceremony_subjects(
    env: &Env,
    s: &Sent,
    trigs: &[Trig],
    si: u32,
    g: &Group,
    out: &mut Vec<RelationInstance>,
) {
    let Some(grule) = env.lex.rules.get(g.rule) else {
        return;
    };
    for t in trigs.iter().filter(|t| t.voice != Voice::Passive) {
        let Some(rule) = env.lex.rules.get(t.rule) else {
            continue;
        };
        if !rule.ceremony || rule.kind != grule.kind || rule.lang != grule.lang {
            continue;
        }
        let types = if g.source { &rule.source } else { &rule.target };
        let ok = |m: usize| env.type_ok(s, m, types);
        let any = |_: usize| true;
        // "presented their credentials to the President": a target of
        // its own, named or not, is another host
        let named = prep_arg(env, s, t.end, &rule.target_preps, &any).is_some();
        let prep = s
            .toks
            .get(t.end..)
            .into_iter()
            .flatten()
            .take(GROUP_REACH)
            .any(|w| w.word && rule.target_preps.contains(&w.norm));
        if named || prep {
            continue;
        }
        let Some(a) = subject(env, s, t, &ok, None, false) else {
            continue;
        };
        let trigger = env.span_text(s, t.start, t.end);
        for m in with_coordinated(env, s, a, t.start, &ok) {
            let e = s.ments[m].entity;
            if e == g.anchor {
                continue;
            }
            g.push_member(out, rule, e, si, &trigger);
        }
    }
}

/// The count of a group starting within a few words after token `end`,
/// with no name or punctuation before it ("dari tujuh duta besar", "on 32
/// officials").
fn counted_after(env: &Env, s: &Sent, end: usize) -> Option<usize> {
    // "the letters of credence of new envoys from five countries": a
    // phrase of class `envoy_noun` before the count is one word of the
    // reach (thirty-third round, part B)
    let noun = (end..end + GROUP_REACH)
        .map(|k| s.class_phrase_at(env.lex, "envoy_noun", k))
        .find(|&n| n > 1)
        .map_or(0, |n| n - 1);
    // "of newly accredited ambassadors from five European countries": an
    // envoy noun in the reach, after lowercase modifiers, lets the count
    // stand a preposition after it, and a region's or a people's
    // adjective between the count and its noun (thirty-fourth round,
    // part B)
    let envoy = (end..end + GROUP_REACH)
        .take_while(|&k| s.is_lower(k) && !s.in_mention(k))
        .find_map(|k| match s.class_phrase_at(env.lex, "envoy_noun", k) {
            0 => None,
            n => Some(k + n + 2),
        });
    let reach = envoy.map_or(0, |e| e.saturating_sub(end + GROUP_REACH));
    (end..s.toks.len().min(end + GROUP_REACH + noun.max(reach)))
        .take_while(|&k| s.toks[k].word && !s.in_mention(k))
        .find(|&k| count_at(env, s, k) || (envoy.is_some() && count_before_adjective(env, s, k)))
}

/// Whether token `k` is a count followed by a region's or a people's
/// adjective (a demonym, or a phrase of class `region_adjective`) and a
/// lowercase word: "five European countries", "four Nordic states".
fn count_before_adjective(env: &Env, s: &Sent, k: usize) -> bool {
    let adjective = match s.demonym.get(k + 1) {
        Some(true) => (k + 1..s.toks.len())
            .take_while(|&j| s.demonym.get(j).copied().unwrap_or(false))
            .count(),
        _ => s.class_phrase_at(env.lex, "region_adjective", k + 1),
    };
    let noun = k + 1 + adjective;
    count_word(env, s, k) && adjective > 0 && s.is_lower(noun) && !s.in_mention(noun)
}

/// Drops the relations of sentence `si` (instances `out[first..]`) whose
/// person or organisation is named inside the noun phrase of a counted
/// group after a trigger: "sanksi terhadap sembilan orang dekat X", "met
/// two envoys of X": X qualifies the group, the group is the object. Only
/// lowercase words other than list words may stand between the count and
/// the name (not "dua menteri dan X"); the last trigger with a counted group
/// is asked.
pub(super) fn drop_group_modifiers(
    env: &Env,
    s: &Sent,
    trigs: &[Trig],
    si: u32,
    first: usize,
    out: &mut Vec<RelationInstance>,
) {
    let Some((t, c)) = trigs
        .iter()
        .rev()
        .find_map(|t| Some((t, counted_after(env, s, t.end)?)))
    else {
        return;
    };
    let Some(rule) = env.lex.rules.get(t.rule) else {
        return;
    };
    // the group's noun phrase: lowercase words, at most a few
    let end = (c + 1..s.toks.len().min(c + 1 + GROUP_REACH))
        .find(|&k| !s.is_lower(k) || s.in_mention(k) || env.lex.tok_in_class("list", &s.toks[k]))
        .unwrap_or(s.toks.len());
    let Some(m) = s.free_at(end) else {
        return;
    };
    let ment = &s.ments[m];
    if !matches!(ment.etype, EntityType::Person | EntityType::Organisation) {
        return;
    }
    let e = ment.entity;
    let tail = out.get(first..).map_or(0, <[RelationInstance]>::len);
    let mut kept = Vec::with_capacity(tail);
    for r in out.drain(first.min(out.len())..) {
        let named = r.target == e || (rule.symmetric && r.source == e);
        if !(r.sentence == si && r.kind == rule.kind && named) {
            kept.push(r);
        }
    }
    out.extend(kept);
}

/// Whether a counted group stands within a few words before token `start`,
/// with no name or punctuation between ("Envoys of four countries presented
/// their credentials"): the count's token.
fn counted_before(env: &Env, s: &Sent, start: usize) -> Option<usize> {
    (start.saturating_sub(GROUP_REACH + 2)..start)
        .rev()
        .take_while(|&k| s.toks[k].word && !s.in_mention(k))
        .find(|&k| count_at(env, s, k))
}

/// The end of a group's list from token `from` (`list_end`), run on over
/// semicolons when its members carry descriptions (nineteenth round):
/// "They are the head of X , A ; the chief of Y , B ; Health Minister C ;
/// and D". A segment after a semicolon is taken only when it ends at the
/// next semicolon or at the sentence's end, so a clause after one ("; C ,
/// meanwhile , said") is no member's.
fn semicolon_list_end(env: &Env, s: &Sent, from: usize) -> usize {
    let semicolon = |k: usize| s.toks.get(k).is_some_and(|t| !t.word && t.norm == ";");
    let mut stop = list_end(env, s, from);
    while semicolon(stop) {
        let next = past_seat_clause(env, s, list_end(env, s, stop + 1));
        let closed = semicolon(next)
            || next >= s.toks.len()
            || (s.toks[next].norm == "." && next + 1 == s.toks.len());
        if !closed {
            break;
        }
        stop = next;
    }
    stop
}

/// The end of a member's relative clause that starts at token `k` and
/// names only places ("Duta Besar LBBP Kerajaan X yang berkedudukan di
/// Kuala Lumpur , Malaysia ;", "who is based in Y ;"): the next semicolon
/// or the sentence's closing stop, so the list runs on past it
/// (thirty-third round, part B). `k` itself when no such clause stands
/// there.
fn past_seat_clause(env: &Env, s: &Sent, k: usize) -> usize {
    if !s
        .toks
        .get(k)
        .is_some_and(|t| t.word && env.lex.in_class("relative", &t.norm))
    {
        return k;
    }
    let end = (k + 1..s.toks.len())
        .find(|&j| {
            let t = &s.toks[j];
            (!t.word && t.norm == ";") || (t.norm == "." && j + 1 == s.toks.len())
        })
        .unwrap_or(s.toks.len());
    // (a clause naming a person or an organisation, or holding another
    // clause word or a verb of saying, is no seat's: the list ends at it)
    let named = s.ments.iter().any(|m| {
        m.toks.start >= k
            && m.toks.start < end
            && matches!(m.etype, EntityType::Person | EntityType::Organisation)
    });
    let other = (k + 1..end).any(|j| {
        let t = &s.toks[j];
        t.word
            && ["clause", "relative", "speech"]
                .iter()
                .any(|c| env.lex.in_class(c, &t.norm))
    });
    if named || other {
        k
    } else {
        end
    }
}

//! The modality of a trigger: cue words before it, a governing trigger's
//! `complement`, an English headline infinitive, later dates and time
//! words after it, and a plan that a coordinated trigger shares. Moved out
//! of `extract.rs` (twentieth round) to keep that file under the size
//! limit; the code is unchanged.

use super::env::Env;
use super::lexicon::{Lang, Lexicon};
use super::morph::Voice;
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::Modality;

/// How many words before a trigger a modality cue may stand.
const CUE_REACH: usize = 5;

/// The modalities of the cue phrases (`Lexicon::cues`) whose words all
/// stand at token `k` of `s` and after it, before token `end`, in the
/// lexicon's order.
pub(super) fn cues_at<'l>(
    lex: &'l Lexicon,
    s: &'l Sent,
    k: usize,
    end: usize,
) -> impl Iterator<Item = Modality> + 'l {
    lex.cues
        .iter()
        .filter(move |(_, cue)| {
            !cue.is_empty()
                && cue.iter().enumerate().all(|(j, w)| {
                    k + j < end && s.toks.get(k + j).is_some_and(|x| x.word && x.norm == *w)
                })
        })
        .map(|(m, _)| *m)
}

/// Modality from cue words in a short window before the trigger (not
/// crossing punctuation or a clause word); a governing trigger with a
/// `complement` modality ("mengundang X untuk mengunjungi") passes it on.
/// Negation wins over plans ("tidak akan").
pub(super) fn modality(env: &Env, s: &Sent, trigs: &[Trig], ti: usize) -> Modality {
    let t = &trigs[ti];
    let mut found: Option<Modality> = None;
    // "Putin to visit Pyongyang": an English headline infinitive, a verb
    // right after "to" right after its subject, is a plan
    let english = env
        .lex
        .rules
        .get(t.rule)
        .is_some_and(|r| r.lang == Lang::En);
    if english
        && t.voice == Voice::Active
        && t.start >= 1
        && s.toks[t.start - 1].word
        && env.lex.in_class("infinitive", &s.toks[t.start - 1].norm)
        && s.ment_ending_at(t.start - 1)
            .is_some_and(|m| !super::args::preceded_by_prep(env, s, m))
    {
        found = Some(Modality::Planned);
    }
    let mut words = 0;
    let mut k = t.start;
    while k > 0 && words < CUE_REACH {
        k -= 1;
        let tok = &s.toks[k];
        if !tok.word {
            if tok.norm == "'" || tok.norm == "-" {
                continue;
            }
            // "Rencananya, Prabowo akan ...": a clause-initial adverb of
            // intent before a comma
            let lead = tok.norm == ","
                && k >= 1
                && s.toks[k - 1].word
                && env.lex.in_class("planned_lead", &s.toks[k - 1].norm)
                && (k == 1 || !s.toks[k - 2].word);
            if lead {
                found = Some(found.map_or(Modality::Planned, |f| f.max(Modality::Planned)));
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
            // a noun trigger inside the phrase ("Tepis Tudingan AS Dapat
            // Pasokan") does not end the cue window
            if g.1.voice != Voice::Nominal || governed {
                break;
            }
        }
        for m in cues_at(env.lex, s, k, t.start) {
            found = Some(found.map_or(m, |f| f.max(m)));
        }
        if env.lex.in_class("clause", &tok.norm) {
            break;
        }
        // "will hold a tete-a-tete meeting": the parts of a hyphenated
        // compound count as one word
        if !(k >= 1 && s.unspaced(k - 1, &["-"])) {
            words += 1;
        }
    }
    if found.is_none() {
        found = far_governor(env, s, trigs, ti)
            .or_else(|| planned_purpose(env, s, t))
            .or_else(|| coordinated_plan(env, s, t))
            .or_else(|| departure_plan(env, s, trigs, ti));
    }
    // "pada 10 hingga 12 Oktober mendatang", "next week": a time word
    // after the trigger, in its clause, puts it in the future. Not for a
    // trigger that governs a complement ("mengundang X menghadiri upacara
    // pada 16 September 2025"): the invitation is made, only the event it
    // names is to come, and every gold counts the invitation asserted
    let governs = env
        .lex
        .rules
        .get(t.rule)
        .is_some_and(|r| r.complement.is_some());
    if found.is_none() && !governs {
        let mut k = t.end;
        while k < s.toks.len() && k < t.end + POST_REACH {
            let tok = &s.toks[k];
            if (!tok.word && [".", ";", ":", "\"", "!", "?"].contains(&tok.norm.as_str()))
                || (tok.word && env.lex.in_class("clause", &tok.norm))
            {
                break;
            }
            // "mengundang X untuk mengunjungi Y tahun depan": the time
            // word belongs to the later trigger
            if trigs.iter().any(|g| g.start == k) {
                break;
            }
            if s.class_phrase_at(env.lex, "planned_after", k) > 0 {
                return Modality::Planned;
            }
            // "pada 22 Juni", "on June 22": later than the document's date
            if env
                .date
                .is_some_and(|d| super::when::later_date_at(s, k, d))
            {
                return Modality::Planned;
            }
            k += 1;
        }
    }
    // "will fly to X to meet Y", "akan berkunjung ke X sebelum bertolak ke Y"
    let planned = |gi: usize| modality(env, s, trigs, gi) == Modality::Planned;
    if found.is_none() && super::sequel::follows_plan(env, s, trigs, ti, POST_REACH, &planned) {
        return Modality::Planned;
    }
    found.unwrap_or(Modality::Asserted)
}

/// How many tokens after a trigger a time word ("mendatang", "next week")
/// may stand.
const POST_REACH: usize = 14;

/// How many tokens a governing verb may stand before the trigger it
/// governs when the invitee's title and commas stand between.
const GOVERN_REACH: usize = 24;

/// "formally invited the President of the Republic of X , Y , to make an
/// official visit to Z": the invitee's long title and its commas put the
/// governing verb beyond the cue window, and the visit was read as made.
/// The nearest trigger before `ti`, a verb (not a noun: "at the
/// invitation of X to hold talks" governs nothing after it) whose rule
/// has a `complement`, passes that on when a complementizer followed by a
/// lowercase verb ("to make", "untuk melakukan", not "to the summit")
/// stands between, and no sentence stop or clause word does.
fn far_governor(env: &Env, s: &Sent, trigs: &[Trig], ti: usize) -> Option<Modality> {
    let t = &trigs[ti];
    let (_, g) = trigs
        .iter()
        .enumerate()
        .filter(|(j, g)| *j != ti && g.end <= t.start)
        .max_by_key(|(_, g)| g.end)?;
    let rule = env.lex.rules.get(g.rule)?;
    // "menyampaikan undangan kepada X untuk berkunjung ke Y": a noun
    // naming its invitee after one of its rule's target prepositions
    // governs as its verb does (thirty-third round, part C2)
    let invitee = s.toks.get(g.end).is_some_and(|w| {
        w.word
            && rule.target_preps.contains(&w.norm)
            && s.ment_at(g.end + 1, env.lex, false)
                .is_some_and(|m| s.ments[m].etype == crate::base::types::EntityType::Person)
    });
    if (g.voice == Voice::Nominal && !invitee) || t.start - g.end > GOVERN_REACH {
        return None;
    }
    let m = rule.complement?;
    let stop = (g.end..t.start).any(|k| {
        let w = &s.toks[k];
        (!w.word && [".", ";", ":", "\"", "!", "?"].contains(&w.norm.as_str()))
            || (w.word && env.lex.in_class("clause", &w.norm))
    });
    let verb_after = |k: usize| {
        s.toks.get(k + 1).is_some_and(|w| {
            w.word && !w.upper && !env.lex.in_class("determiner", &w.norm) && !s.in_mention(k + 1)
        })
    };
    let governed = (g.end..t.start)
        .any(|k| env.lex.in_class("complementizer", &s.toks[k].norm) && verb_after(k));
    (!stop && governed).then_some(m)
}

/// "Xanana akan berkoordinasi dengan Presiden X untuk mengundang Y": a
/// trigger right after a complementizer is the purpose of its clause's
/// verb, and planned when a planned cue stands before that verb, within
/// [`GOVERN_REACH`] tokens and no comma, sentence stop or clause word.
fn planned_purpose(env: &Env, s: &Sent, t: &Trig) -> Option<Modality> {
    let c = t.start.checked_sub(1)?;
    if !(s.toks[c].word && env.lex.tok_in_class("complementizer", &s.toks[c])) {
        return None;
    }
    planned_cue_before(env, s, c)
}

/// "X dijadwalkan menghadiri forum A dan bertemu Y", "X will attend the
/// summit and meet Y": a verb trigger right after a list word shares the
/// plan of the verb it is coordinated with, when a planned cue stands
/// before the list word as [`planned_purpose`] reads it (thirtieth round,
/// part B).
fn coordinated_plan(env: &Env, s: &Sent, t: &Trig) -> Option<Modality> {
    let c = t.start.checked_sub(1)?;
    if t.voice == Voice::Nominal || !(s.is_lower(c) && env.lex.tok_in_class("list", &s.toks[c])) {
        return None;
    }
    planned_cue_before(env, s, c)
}

/// Planned when a planned cue stands before token `c`, within
/// [`GOVERN_REACH`] tokens and no comma, sentence stop or clause word.
fn planned_cue_before(env: &Env, s: &Sent, c: usize) -> Option<Modality> {
    let stop = |w: &super::text::Tok| {
        (!w.word && [",", ".", ";", ":", "\"", "!", "?"].contains(&w.norm.as_str()))
            || (w.word && env.lex.tok_in_class("clause", w))
    };
    let planned = env.lex.cues.iter().filter(|(m, _)| *m == Modality::Planned);
    (c.saturating_sub(GOVERN_REACH)..c)
        .rev()
        .take_while(|&k| !stop(&s.toks[k]))
        .any(|k| {
            planned.clone().any(|(_, cue)| {
                !cue.is_empty()
                    && cue.iter().enumerate().all(|(j, w)| {
                        s.toks
                            .get(k + j)
                            .is_some_and(|x| k + j < c && x.word && x.norm == *w)
                    })
            })
        })
        .then_some(Modality::Planned)
}

/// Most tokens between a word of class `trip_purpose` and the visit noun
/// it governs ("for a two - day official visit").
const PURPOSE_REACH: usize = 6;

/// Most tokens between a departure verb and the `trip_purpose` word after
/// it ("leave on 3 January for").
const DEPART_REACH: usize = 6;

/// "will leave on Thursday for a two-day official visit to X", "akan
/// bertolak ke X pada Kamis untuk kunjungan kenegaraan": a visit noun
/// after a word of class `trip_purpose` (for; untuk, guna), itself after
/// a verb of class `departure_verb` (leave, depart; bertolak, berangkat),
/// is the purpose of the departure and planned when the departure is
/// (its cues and time words read as a trigger's would). The time phrase
/// between puts the cue beyond the visit's window (twenty-eighth round,
/// part C).
fn departure_plan(env: &Env, s: &Sent, trigs: &[Trig], ti: usize) -> Option<Modality> {
    let t = &trigs[ti];
    let lex = env.lex;
    if t.voice != Voice::Nominal {
        return None;
    }
    let free = |k: usize| s.toks[k].word && !s.in_mention(k) && s.is_lower(k);
    // ("his" may be a mention: the pronoun resolved)
    let modifier = |k: usize| free(k) || lex.tok_in_class("possessive_pronoun", &s.toks[k]);
    let p = (t.start.saturating_sub(PURPOSE_REACH)..t.start)
        .rev()
        .take_while(|&k| modifier(k) || s.toks[k].norm == "-")
        .find(|&k| lex.tok_in_class("trip_purpose", &s.toks[k]))?;
    let stop = |k: usize| {
        let w = &s.toks[k];
        (!w.word && [".", ";", ":", "\"", "!", "?", ","].contains(&w.norm.as_str()))
            || (w.word && lex.tok_in_class("clause", w))
    };
    let v = (p.saturating_sub(DEPART_REACH)..p)
        .rev()
        .take_while(|&k| !stop(k))
        .find(|&k| free(k) && lex.tok_in_class("departure_verb", &s.toks[k]))?;
    // the departure read as a trigger of the visit's rule
    let depart = Trig {
        rule: t.rule,
        start: v,
        end: v + 1,
        voice: Voice::Active,
    };
    (modality(env, s, &[depart], 0) == Modality::Planned).then_some(Modality::Planned)
}

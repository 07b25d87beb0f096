//! The relation pass over one document: its sentences in order, each
//! prepared (titles, coreference, compounds), its triggers found and
//! related (`super::extract::relate`), then the list and place passes
//! that read a whole sentence, and the document-wide settlements (abroad,
//! home, capitals). New per-sentence passes are called from here.

use super::apposition::{appositive_possible, holds_office};
use super::compound::mark_compounds;
use super::coref::{self, Memory};
use super::cues::{cued, TITLE, TRIGGER};
use super::env::Env;
use super::extract::relate;
use super::grouped::{drop_group_modifiers, group_list};
use super::index::Extractor;
use super::instance::{dedupe, RelationInstance};
use super::judgement::{judged_pair, judged_party};
use super::lexicon::Lexicon;
use super::listed::sanctions_list;
use super::modality::modality;
use super::morph::Voice;
use super::purpose::no_call;
use super::sentence::{sorted, starting_in, Sent};
use super::titles::find_titles;
use super::triggers::find_triggers;
use crate::base::types::Mention;
use crate::gazetteer::Gazetteer;
use crate::ingest::document::Prepared;

/// Extracts the relation instances of one document into `out` (appended):
/// `text` is the original text, `prep` its cleaned form and sentences,
/// `mentions` the resolved mentions (title mentions from
/// [`super::title_mentions`] and demonym mentions included, as the matcher
/// gives them). Instances come in sentence order;
/// negated ones are kept, with `modality = Negated`. Without the
/// document's date, dates in the text do not make relations planned; for
/// that, and for many documents, build an [`Extractor`] once and call
/// [`Extractor::extract`] instead.
pub fn extract(
    text: &str,
    prep: &Prepared,
    mentions: &[Mention],
    gaz: &Gazetteer,
    lex: &Lexicon,
    out: &mut Vec<RelationInstance>,
) {
    Extractor::new(gaz, lex).extract(text, prep, mentions, None, None, out);
}

impl Extractor<'_> {
    /// Extracts the relation instances of one document; see
    /// [`extract`]. With `flags` from [`Extractor::scan_cues`], only
    /// sentences that may hold a relation are analysed. `date` is the
    /// document's date (`YYYY-MM-DD`): a date after it following a trigger
    /// makes the relation planned.
    pub fn extract(
        &self,
        text: &str,
        prep: &Prepared,
        mentions: &[Mention],
        flags: Option<&[u8]>,
        date: Option<&str>,
        out: &mut Vec<RelationInstance>,
    ) {
        let x = self;
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
            place_kinds: &x.place_kinds,
            cues: x.cues.as_ref(),
            date: date.and_then(super::when::doc_day),
            sport_words: x.sport_words.as_ref(),
            sport: std::cell::OnceCell::new(),
            venue_names: Default::default(),
        };
        let mentions = sorted(mentions);
        let mut mem = Memory::default();
        let doc_first = out.len();
        let mut sanctioner = None;
        let mut group = None;
        let mut roll = None;
        let mut scene = None;
        let mut led = super::delegation_sequel::Led::default();
        // attacks told with no author, kept for a claim (claimed.rs)
        let mut claims = super::claimed::Claims::default();
        // the text of sentence `j` (a list of envoys looks back for its noun)
        let earlier = |j: usize| src.get(prep.sentences[j].range.clone()).unwrap_or("");
        for (si, sentence) in prep.sentences.iter().enumerate() {
            let here = starting_in(&mentions, &sentence.range);
            let cued = cued(flags, si, TRIGGER | TITLE);
            // Every relation joins two different entities: a sentence naming
            // fewer cannot hold one (titles are already among the mentions),
            // unless a pronoun may stand for a person named before.
            let single = here
                .iter()
                .all(|m| here.first().is_some_and(|f| f.entity == m.entity));
            let text = src.get(sentence.range.clone()).unwrap_or("");
            // "Keduanya membahas ...": a sentence naming no one may still
            // hold a pair description of the last sentence's two persons
            let pair = here.is_empty()
                && cued
                && (mem.pair(si as u32).is_some() || mem.titled().len() >= 2)
                && super::pair_described::may_describe(x.lex, text);
            // (the probes of the raw text below only for a sentence that
            // names someone or may describe a pair: for the others, most
            // of the sentences they read, the answer changes nothing)
            let alone = || {
                single
                    && !(cued
                        && (mem.has_person()
                            || x.fused_in(text)
                            // "X sanctioned four officials": a group named later
                            || super::grouped::may_count(x.lex, text)
                            // "X claimed responsibility": an attack told before
                            || claims.open()))
            };
            if (here.is_empty() && !pair) || alone() {
                coref::note(&mut mem, x.gaz, here, si as u32);
                continue;
            }
            // Without a trigger or a title, only an apposition of two places
            // can state a relation.
            // ("Ikut pula A dari X dan B dari Y": a list of envoys names
            // no trigger nor title)
            if !cued
                && !appositive_possible(&env, here)
                && !super::envoy_items::may_list(&env, here, si, &earlier)
            {
                coref::note(&mut mem, x.gaz, here, si as u32);
                continue;
            }
            let mut s =
                Sent::build_in(src, sentence.range.clone(), here, x.gaz, Some(&x.lex.words));
            if s.ments.is_empty() && !pair {
                continue;
            }
            super::sentence::meter(&s);
            s.mark_demonyms(&x.demonyms, &x.demonym_index);
            let titles = find_titles(&mut s, x);
            super::clause_subject::extend_over_modifiers(x.lex, &mut s);
            super::long_title::extend(x.lex, &mut s);
            let si = si as u32;
            super::state_pronoun::resolve(x, &mut s, si);
            super::quoted_we::resolve(x, &mut s, si);
            coref::resolve(x.lex, &mut s, &titles, &mem, si);
            let described = super::demonym_described::resolve(x, &mut s, &mem);
            super::plural_ref::resolve(x.lex, &mut s, &mem, si);
            let leaders = super::delegation::resolve(x.lex, &mut s, si);
            // "The delegation is scheduled to meet Y": its leaders named before
            super::delegation_sequel::resolve(x.lex, &mut s, si, &led);
            led.note_leaders(&leaders, si);
            let first = out.len();
            holds_office(&env, &s, &titles, si, out);
            // "The envoys, Sweden's A and Oman's B": a list of envoys
            super::envoy_items::push_listed_envoys(&env, &s, si, &earlier, out);
            super::body_state::described_offices(&env, &s, &described, si, out);
            super::visit_checks::note_postings(x, &s, &titles, si, out);
            if x.may_locate(&s) {
                super::owned_place::places(x, &env, &s, si, out);
            }
            // a dateline's places may be apposed ("Sukabumi , Jawa Barat (
            // ANTARA News ) -"), but its names are no argument of a trigger
            if si == 0 {
                s.mark_dateline();
            }
            mark_compounds(&mut s);
            super::compound::mark_hyphen_modifiers(&mut s, x.lex);
            super::channel::mark_channels(&mut s, x.lex);
            coref::add_clitics(&mut s);
            let mut trigs = find_triggers(&env, &s, &titles);
            super::presence::presence_triggers(&env, &s, &mut trigs);
            // a judging verb with no verdict after its party is no trigger at
            // all ("called for an attack on X" leaves the noun its subject)
            // (a passive complaint needs its agent and police phrase, a
            // wrongdoing its agent)
            let any = |_: usize| true;
            // (and so is a call on no one: "called for talks")
            trigs.retain(|t| {
                let r = &env.lex.rules[t.rule];
                (!r.judgement
                    || (t.voice == Voice::Active && judged_party(&env, &s, t.end, &any).is_some())
                    || judged_pair(&env, &s, t, &r.agent_preps, &any, &any).is_some())
                    && !(r.call_on && no_call(&env, &s, t, &r.target_preps))
            });
            // "di sela-sela Pertemuan ...": a gathering's name, no meeting
            super::sidelines::drop_sideline_meetings(&env, &s, &mut trigs);
            super::visit_checks::attributive_cues(x.lex, &s, &mut trigs);
            super::visit_checks::drop_state_plans(x.lex, &s, &mut trigs);
            super::invited_return::drop_return_adverbs(x.lex, &s, &mut trigs);
            for ti in 0..trigs.len() {
                relate(&env, &s, &trigs, ti, si, out);
            }
            // "Al-Shabaab has claimed responsibility for the attack"
            super::claimed::note(&env, &s, &trigs, (si, first), &mut claims, out);
            // "a tour that will also take her to Y and Z": the tour's legs
            super::tour_legs::push_tour_legs(&env, &s, &trigs, mem.lead_before(si), si, out);
            // "Among those designated are X and Y": the parties of a sanctions list
            let modal = |ti: usize| modality(&env, &s, &trigs, ti);
            sanctions_list(&env, &s, &trigs, si, first, &mut sanctioner, &modal, out);
            // "the mutual support between X and Y": both directions
            // (the document's mentions before the sentence: an unnamed pair's
            // countries when the sentence names none)
            let before = starting_in(&mentions, &(0..sentence.range.start));
            super::mutual::push_mutual(&env, &s, &trigs, (si, before), &modal, out);
            // "X mengundang Indonesia untuk ...": a state invited
            super::invited_state::push_invited_states(&env, &s, &trigs, si, &modal, out);
            // "the support X had provided to Y": the giver of a relative clause
            super::given_aid::push_given_aid(&env, &s, &trigs, si, &modal, out);
            // "Mereka antara lain X , Y": the members of a counted group
            drop_group_modifiers(&env, &s, &trigs, si, first, out);
            group_list(&env, &s, &trigs, si, &mut group, &modal, out);
            // "...: the Ambassador of A , P": the envoys of a ceremony
            super::envoy_roll::push_roll(&env, &s, &trigs, si, &mut roll, &modal, out);
            // "Dalam pertemuan dengan X , kedua pihak ...": the last lead's
            super::meeting_frame::push_frame_meeting(
                &env,
                &s,
                mem.lead_before(si),
                (si, first),
                out,
            );
            // "Di Singapura , ia diterima oleh Y": a place fronted before meetings
            super::fronted::push_fronted_visits(&env, &s, si, (doc_first, first), out);
            super::gathering_presence::push_gathering_presence(&env, &s, si, out);
            // "welcomed on his arrival at the Y International Airport"
            super::arrival_place::push_arrival_places(&env, &s, si, out);
            super::event_place::push_stay_fronted(&env, &s, (si, doc_first), out);
            super::event_place::push_witnessed(&env, &s, si, out);
            super::state_act::drop_nationals(&env, &s, first, out);
            super::invited_return::drop_invited_returns(&env, &s, (doc_first, first), out);
            // "kunjungan X ke Indonesia di Istana Merdeka , Jakarta"
            super::visit_venue::push_venue_cities(&env, &s, si, first, &x.city_country, out);
            // "X menggelar sejumlah pertemuan di sela KTT di Y . X bertemu Z"
            super::scene::push_scene_visits(
                &env,
                &s,
                &trigs,
                (si, first, doc_first),
                &mut scene,
                out,
            );
            dedupe(out, first);
            led.note_visitors(x.gaz, &out[first..], si);
            coref::remember(&mut mem, x.lex, &s, &titles, si);
            // "conveyed the warm greetings of X": X is not there, and is no
            // party a pair description ("the two men") of the next
            // sentence may stand for (thirty-fourth round, part B)
            for t in &trigs {
                if let Some(m) = super::handed::sender(&env, &s, t) {
                    let e = s.ments[m].entity;
                    mem.last.retain(|&p| p != e);
                }
            }
        }
        super::abroad::settle(x, out, doc_first);
        super::thanked::settle(x, out, doc_first);
        super::home::drop_home_visits(x, out, doc_first);
        super::guest_place::drop_airport_visits(x, out, doc_first);
        super::capital::capitals_as_states(x, out, doc_first);
        super::visit_checks::drop_posted_visits(x, out, doc_first);
        super::state_act::organs_as_states(x, out, doc_first);
    }
}

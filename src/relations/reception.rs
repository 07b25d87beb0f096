//! Issue 17, nineteenth round: a guest received at a place in a named city
//! visits the city. "menerima kunjungan kehormatan X di Gedung Kementerian
//! Pertahanan , Jakarta", "menyambut X di Istana Kepresidenan Bogor",
//! "X paid a courtesy call on Y at the Ministry of Foreign Affairs office
//! in Suva": a meeting whose trigger says who is the guest (the object of
//! a verb of class `host_verb`, the one paying a call of class
//! `guest_call`), followed right after its arguments by a preposition of
//! class `venue_prep` and a place, alone or closing a venue phrase
//! (capitalised words, names, words of class `venue_walk`, commas; the
//! place right after a comma, a venue or a word of class `place_prep`:
//! "at Sukhbaatar Square" is the venue, not a city). The
//! host is at home and gets no visit; "met X at the Parliament in Y" says
//! nothing of who came, so plain meeting verbs give none; a gathering on
//! the way (class `gathering`: "at the UN General Assembly in New York",
//! "di sela KTT") gives none, as the gold's notes say of summits.

use super::env::{push_coref, Env};
use super::instance::RelationInstance;
use super::morph::Voice;
use super::sentence::Sent;
use super::text::Tok;
use super::triggers::Trig;
use crate::base::types::{EntityType, Modality};

/// Most words (outside names) a venue phrase may hold before its place.
const VENUE_WORDS: usize = 10;
/// Most lowercase words between the last argument and the preposition
/// ("menyambut X secara resmi di ...").
const GAP: usize = 2;

/// Pushes to `out` the visit [`guest_visit`] finds, in sentence `si`
/// with the meeting's trigger text and modality.
pub(super) fn push_guest_visit(
    env: &Env,
    s: &Sent,
    t: &Trig,
    ab: (usize, usize),
    (si, trigger, modality): (u32, &str, Modality),
    out: &mut Vec<RelationInstance>,
) {
    let Some((g, p)) = guest_visit(env, s, t, ab, modality) else {
        return;
    };
    // an envoy received in the capital he serves is at his post, as the
    // gold's notes say from the sixteenth set on (twenty-seventh round)
    if envoy_at_post(env, s, g, p) {
        return;
    }
    // a guest named by a pronoun keeps its antecedent
    let coref = env.mention_coref(s, g, true);
    let pair = (s.ments[g].entity, s.ments[p].entity);
    let coref = coref.into_iter().collect();
    push_coref(
        out,
        "visits",
        pair,
        true,
        si,
        trigger.to_string(),
        modality,
        coref,
    );
}

/// The (guest, place) mentions a meeting trigger `t` gives with its two
/// direct arguments `(a, b)` (coordinated ones are left out: the gold
/// sets differ on a guest's spouse) and its `modality`: the guest visits
/// the place its venue phrase names. The guest of a host verb stands
/// after an active trigger and before a passive one ("X disambut Y");
/// the one paying a call stands before the trigger (a noun trigger may
/// read its arguments either way round). Only a reception that took
/// place counts: "akan menerima X di Y" may yet be moved or called off.
pub(super) fn guest_visit(
    env: &Env,
    s: &Sent,
    t: &Trig,
    (a, b): (usize, usize),
    modality: Modality,
) -> Option<(usize, usize)> {
    let lex = env.lex;
    if modality != Modality::Asserted {
        return None;
    }
    let first = s.toks.get(t.start)?;
    // "received by his host President X": a host verb's form after a
    // possessive pronoun is the noun naming the host, not the verb
    // (twenty-third round)
    let noun = t.start >= 1
        && t.voice != Voice::Passive
        && lex.in_class("possessive_pronoun", &s.toks[t.start - 1].norm);
    if noun {
        return None;
    }
    let before = if lex.in_class("host_verb", &first.norm) {
        t.voice == Voice::Passive
    } else if (t.start..t.end).any(|k| lex.in_class("guest_call", &s.toks[k].norm)) {
        true
    } else {
        return None;
    };
    let side = |m: usize| match before {
        true => s.ments[m].toks.end <= t.start,
        false => s.ments[m].toks.start >= t.end,
    };
    let guest = [a, b]
        .into_iter()
        .find(|&m| side(m) && s.ments[m].etype == EntityType::Person)?;
    let end = s.ments[a].toks.end.max(s.ments[b].toks.end).max(t.end);
    let end = super::guest_apposition::past_apposition(env, s, end);
    // "welcomed X on Wednesday at a ceremony in Y": a time phrase first
    // (twenty-ninth round, part C1)
    let end = end + super::met_place::after_time(env, s, end);
    // "mengantarkan kepulangan X dari Bandara Y , Z": a see-off's guest
    // leaves from its place (class `see_off`, twenty-fifth round)
    let see_off = (t.start..t.end).any(|k| lex.in_class("see_off", &s.toks[k].norm));
    // "welcomed X to the palace in Y", "disambut oleh X dalam upacara
    // kenegaraan di Y": a host verb's own prepositions (class
    // `reception_prep`, twenty-eighth round, part C)
    let preps = if see_off {
        "departure_prep"
    } else if lex.in_class("host_verb", &first.norm) {
        "reception_prep"
    } else {
        "venue_prep"
    };
    // "was received on Thursday in Chisinau by Y" (thirtieth round, C1)
    let agent = if a == guest { b } else { a };
    let place = venue_place_by(env, s, end, preps)
        .or_else(|| super::guest_place::before_agent(env, s, t, agent, preps))?;
    Some((guest, place))
}

/// Most tokens between an envoy's title word and his posting's
/// preposition ("Duta Besar Persatuan Emirat Arab ( PEA ) untuk").
const ENVOY_REACH: usize = 10;

/// Whether guest `g` is named after an envoy's title with its posting
/// (a word of class `envoy` within [`ENVOY_REACH`] tokens before a word
/// of class `envoy_posting` and a place, a comma maybe after it:
/// "Duta Besar Yordania untuk Indonesia , X", "the Ambassador of Peru to
/// Chile X") and place `p` is that posting or its capital.
pub(super) fn envoy_at_post(env: &Env, s: &Sent, g: usize, p: usize) -> bool {
    let lex = env.lex;
    let start = s.ments[g].toks.start;
    let end = start - usize::from(start > 0 && s.toks[start - 1].norm == ",");
    let Some(q) = s
        .ments
        .iter()
        .position(|m| m.toks.end == end && m.etype == EntityType::Place)
    else {
        return false;
    };
    let prep = s.ments[q].toks.start;
    if prep == 0 || !lex.tok_in_class("envoy_posting", &s.toks[prep - 1]) {
        return false;
    }
    let envoy = (prep.saturating_sub(1 + ENVOY_REACH)..prep - 1)
        .any(|k| s.class_phrase_at(lex, "envoy", k) > 0);
    let id = |m: usize| {
        env.gaz
            .entities
            .get(s.ments[m].entity as usize)
            .map(|e| &e.id)
    };
    let (Some(post), Some(place)) = (id(q), id(p)) else {
        return false;
    };
    envoy && (post == place || lex.capitals.get(place) == Some(post))
}

/// The person joined at token `k` to the mention ending right before it:
/// a list word or a word of class `joint` (after a comma, if any), then
/// a spouse's word and its comma (class `kin`), if any, and the person's
/// phrase ("dan Wakil Ketua X", "beserta istri , Y", "and President Y").
fn joined_person(env: &Env, s: &Sent, k: usize) -> Option<usize> {
    s.ment_ending_at(k)?;
    let mut j = k + usize::from(s.toks.get(k)?.norm == ",");
    let n = match s.class_phrase_at(env.lex, "joint", j) {
        0 => s.class_phrase_at(env.lex, "list", j),
        n => n,
    };
    if n == 0 {
        return None;
    }
    j += n;
    let kin = s.class_phrase_at(env.lex, "kin", j);
    if kin > 0 && s.toks.get(j + kin).is_some_and(|c| c.norm == ",") {
        j += kin + 1;
    }
    s.ment_at(j, env.lex, false)
        .filter(|&y| s.ments[y].etype == EntityType::Person)
}

/// "disambut oleh X beserta Ibu Negara Y", "received by X along with Y":
/// the greeter a word of class `joint` joins to the last agent of
/// `srcs` after a passive reception `t` (class `host_verb`); its guests
/// are his too. Coordination by a list word is read already.
pub(super) fn joint_greeter(
    env: &Env,
    s: &Sent,
    t: &Trig,
    srcs: &[usize],
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let host = s
        .toks
        .get(t.start)
        .is_some_and(|w| env.lex.in_class("host_verb", &w.norm));
    let &last = srcs.last()?;
    if t.voice != Voice::Passive || !host || s.ments[last].toks.start < t.end {
        return None;
    }
    let k = s.ments[last].toks.end;
    let comma = usize::from(s.toks.get(k)?.norm == ",");
    if s.class_phrase_at(env.lex, "joint", k + comma) == 0 {
        return None;
    }
    joined_person(env, s, k).filter(|&y| ok(y) && !srcs.contains(&y))
}

/// The place a venue phrase after token `from` closes: a preposition of
/// class `venue_prep` within `GAP` lowercase words, then a place right
/// after it, after a comma, after another such preposition or after a
/// venue ("di Istana Kepresidenan Bogor"); a place inside a longer name
/// ("Gedung Parlemen Australia , Canberra") is passed over.
pub(super) fn venue_place(env: &Env, s: &Sent, from: usize) -> Option<usize> {
    venue_place_by(env, s, from, "venue_prep")
}

/// [`venue_place`] with the prepositions of class `preps` (a see-off's
/// place follows those of class `departure_prep` too).
pub(super) fn venue_place_by(env: &Env, s: &Sent, from: usize, preps: &str) -> Option<usize> {
    let lex = env.lex;
    let mut k = from;
    let mut gap = 0;
    let prep = |k: usize| {
        lex.in_class("venue_prep", &s.toks[k].norm) || lex.in_class(preps, &s.toks[k].norm)
    };
    while !s.toks.get(k)?.word || !prep(k) || s.in_mention(k) {
        let w = &s.toks[k];
        // "disambut oleh X dan Y di ...", "beserta istri , Y": the
        // greeters joined to the last argument (twenty-fifth round)
        if gap == 0 {
            if let Some(y) = joined_person(env, s, k) {
                k = s.ments[y].toks.end;
                k += usize::from(s.toks.get(k).is_some_and(|c| c.norm == ","));
                // "welcomed X and Y on Wednesday at ..." (twenty-ninth
                // round, part C1)
                k += super::met_place::after_time(env, s, k);
                continue;
            }
        }
        // "a courtesy visit to his counterpart , X , at ...": the comma
        // closing an apposition
        if w.norm == "," && k == from && s.ment_ending_at(k).is_some() {
            k += 1;
            continue;
        }
        // "menerima X beserta jajarannya di ...", "welcomed X and his
        // delegation at ...": the guest's entourage (twenty-second round)
        let entourage = if gap == 0 {
            s.class_phrase_at(lex, "entourage", k)
        } else {
            0
        };
        if entourage > 0 {
            k += entourage;
            // "bersama delegasi Parlemen Polandia di" (thirtieth round, C1)
            k += super::guest_place::delegation_body(env, s, k);
            gap = GAP;
            continue;
        }
        let skippable = w.word
            && !w.upper
            && !lex.in_class("prep", &w.norm)
            && !lex.in_class("clause", &w.norm);
        if !skippable || gap == GAP {
            return None;
        }
        gap += 1;
        k += 1;
    }
    let mut words = 0;
    k += 1;
    while k < s.toks.len() && words <= VENUE_WORDS {
        let w = &s.toks[k];
        if w.word && lex.in_class("gathering", &w.norm) {
            return None;
        }
        if let Some(m) = s.ments.iter().position(|m| m.toks.start == k) {
            let mm = &s.ments[m];
            if mm.etype == EntityType::Person {
                return None;
            }
            let before = &s.toks[k - 1];
            // "at Temple Trees": a place right after "at" is the venue
            // "di Kantor Wali Kota Denpasar", "in the city of X": a word
            // of class `place_opener` names the place's kind (twenty-second
            // round)
            let opener = |j: usize| {
                s.toks
                    .get(j)
                    .is_some_and(|t| t.word && lex.in_class("place_opener", &t.norm))
            };
            let opens = before.norm == ","
                || (before.word && lex.in_class("place_prep", &before.norm))
                || opener(k - 1)
                || (before.norm == "of" && k >= 2 && opener(k - 2))
                || s.ment_ending_at(k)
                    .is_some_and(|v| super::args::venue(env, s, v))
                || super::town_venue::after_article(env, s, k);
            // ("di Kantor Wali Kota Denpasar": the title's place, after
            // its kind, is where the office stands)
            let titled = mm.in_title && !mm.nested && opener(k - 1);
            if (mm.free() || titled)
                && mm.etype == EntityType::Place
                && opens
                && !super::args::venue(env, s, m)
                && (closes(env, s, mm.toks.end)
                    || super::town_venue::possessed_venue(env, s, mm.toks.end))
            {
                return Some(super::venue_town::town_after(env, s, m).unwrap_or(m));
            }
            // the words of a name are part of the venue: they count once
            if (mm.toks.start..mm.toks.end).any(|j| lex.in_class("gathering", &s.toks[j].norm)) {
                return None;
            }
            k = mm.toks.end.max(k + 1);
            words += 1;
            continue;
        }
        let part = if w.word {
            w.upper
                || lex.in_class("determiner", &w.norm)
                || lex.in_class("venue_walk", &w.norm)
                || lex.in_class("venue", &w.norm)
                || lex.in_class("venue_prep", &w.norm)
        } else {
            w.norm == ","
        };
        if !part {
            return None;
        }
        words += 1;
        k += 1;
    }
    None
}

/// Whether a place ending before token `k` ends the venue phrase: the
/// sentence's end, punctuation, or a lowercase word that starts no list.
pub(super) fn closes(env: &Env, s: &Sent, k: usize) -> bool {
    match s.toks.get(k) {
        None => true,
        Some(t) if !t.word => t.norm != "(" && t.norm != "-" && t.norm != "'",
        Some(t) => {
            !t.upper && !env.lex.in_class("list", &t.norm) && !env.lex.in_class("coord", &t.norm)
        }
    }
}

/// "Bainimarama welcomed Marles on his first visit to Fiji": the guest
/// the possessive pronoun at token `p` before a noun trigger stands for
/// (the pronoun [`super::noun_agent::owning_pronoun`] found), when it
/// follows a word of class `visit_link` (on, during) right after the
/// object of a host verb (one determiner may come first). The host is at
/// home, so the visit is the guest's; any other owner is left unknown, as
/// before.
pub(super) fn received_owner(env: &Env, s: &Sent, p: usize) -> Option<usize> {
    let lex = env.lex;
    let link = p.checked_sub(1)?;
    if !s.toks[link].word || !lex.in_class("visit_link", &s.toks[link].norm) {
        return None;
    }
    let g = s.ment_ending_at(link)?;
    if s.ments[g].etype != EntityType::Person {
        return None;
    }
    let mut k = s.ments[g].ext.checked_sub(1)?;
    if lex.in_class("determiner", &s.toks[k].norm) && !s.in_mention(k) {
        k = k.checked_sub(1)?;
    }
    let host = s.toks[k].word && !s.in_mention(k) && lex.in_class("host_verb", &s.toks[k].norm);
    host.then_some(g)
}

/// Most lowercase words between the determiner and the visit's noun
/// ("the official visit of X").
const VISIT_WORDS: usize = 2;

/// "received the official visit of his Cuban counterpart , X": the guest
/// an active host verb `t` (class `host_verb`) receives through a noun
/// of class `arrival` after a determiner and at most [`VISIT_WORDS`]
/// lowercase words, then a word of class `visit_of`: the person named
/// right after it, or apposed to a counterpart phrase there (twenty-fifth
/// round; Indonesian says "menerima kunjungan X", a trigger of its own).
pub(super) fn visit_received(
    env: &Env,
    s: &Sent,
    t: &Trig,
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let lex = env.lex;
    let host = lex.in_class("host_verb", &s.toks.get(t.start)?.norm);
    if !host || t.voice != Voice::Active || !s.is_lower(t.end) {
        return None;
    }
    if !lex.in_class("determiner", &s.toks[t.end].norm) {
        return None;
    }
    // "received a courtesy call from Y": a phrase of class `received_call`
    // (a plain call is a telephone's)
    let call = |k: usize| s.class_phrase_at(lex, "received_call", k);
    let noun = (t.end + 1..=t.end + 1 + VISIT_WORDS)
        .find(|&k| s.is_lower(k) && (lex.tok_in_class("arrival", &s.toks[k]) || call(k) > 0))?;
    let plain = (t.end + 1..noun).all(|k| s.is_lower(k) && !s.in_mention(k));
    let after = noun + call(noun).max(1);
    // "received a courtesy call at the Office of the President from Y"
    let of = venue_walked(env, s, after).unwrap_or(after);
    if !plain || !s.is_lower(of) || !lex.in_class("visit_of", &s.toks[of].norm) {
        return None;
    }
    super::counterpart::counterpart_apposed(env, s, of + 1)
        .or_else(|| s.ment_at(of + 1, lex, true))
        .filter(|&m| s.ments[m].etype == EntityType::Person && ok(m))
}

/// The token after a venue phrase opening at `k` (a word of class
/// `venue_prep`, then capitalised words, names, determiners and words of
/// class `venue_walk` or `venue`, at most [`AGENT_VENUE`] tokens,
/// [`venue_phrase`]) when a word of class `visit_of` that walks no venue
/// follows it; None otherwise.
fn venue_walked(env: &Env, s: &Sent, k: usize) -> Option<usize> {
    let lex = env.lex;
    if !s
        .toks
        .get(k)
        .is_some_and(|w| w.word && lex.tok_in_class("venue_prep", w))
    {
        return None;
    }
    // ("of" walks inside the venue's name: "the Office of the President")
    let of = |j: usize, w: &Tok| {
        j > k + 1
            && w.word
            && !w.upper
            && lex.in_class("visit_of", &w.norm)
            && !lex.tok_in_class("venue_walk", w)
    };
    venue_phrase(env, s, k + 1, &["venue_walk", "venue", "determiner"], &of).map(|(j, _)| j)
}

/// Walks a venue phrase from token `from` (after its word of class
/// `venue_prep`), at most [`AGENT_VENUE`] tokens of names of no person,
/// capitalised words and words of the classes `walk`, to the first token
/// where `stop` holds: that token, and whether a venue was named before
/// it (a mention [`super::args::venue`] or a word of class `venue`). None
/// at a person, at any other word or punctuation, or past the reach.
fn venue_phrase(
    env: &Env,
    s: &Sent,
    from: usize,
    walk: &[&str],
    stop: &dyn Fn(usize, &Tok) -> bool,
) -> Option<(usize, bool)> {
    let lex = env.lex;
    let mut k = from;
    let mut venue = false;
    while k < s.toks.len().min(from + AGENT_VENUE) {
        let w = &s.toks[k];
        if let Some(m) = s.ments.iter().position(|m| m.toks.start == k) {
            if s.ments[m].etype == EntityType::Person {
                return None;
            }
            venue |= super::args::venue(env, s, m);
            k = s.ments[m].toks.end;
            continue;
        }
        if stop(k, w) {
            return Some((k, venue));
        }
        if !w.word || !(w.upper || walk.iter().any(|c| lex.tok_in_class(c, w))) {
            return None;
        }
        venue |= lex.tok_in_class("venue", w);
        k += 1;
    }
    None
}

/// Tokens at most in the place phrase between a passive reception and
/// its agent.
const AGENT_VENUE: usize = 12;

/// "He was met at the Jubilee Lounge of the X International Airport by
/// President Y", "disambut di Ruang VIP Bandara X oleh Y": the agent of
/// the passive meeting `t` after a place phrase right after it (a
/// preposition of class `venue_prep`, then capitalised words, names of
/// places and organisations, words of class `venue_walk` and
/// determiners, holding a venue), beyond the reach of the plain reader
/// (twenty-sixth round, part B).
pub(super) fn agent_past_venue(
    env: &Env,
    s: &Sent,
    t: &Trig,
    preps: &[String],
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let lex = env.lex;
    let first = s.toks.get(t.end)?;
    if t.voice != Voice::Passive || !first.word || !lex.tok_in_class("venue_prep", first) {
        return None;
    }
    let walk = ["venue_walk", "venue", "determiner", "filler"];
    let by = |_: usize, w: &Tok| w.word && preps.contains(&w.norm);
    let (k, venue) = venue_phrase(env, s, t.end + 1, &walk, &by)?;
    (venue && k > t.end + 1)
        .then(|| s.ment_at(k + 1, lex, true))
        .flatten()
        .filter(|&m| s.ments[m].etype == EntityType::Person && ok(m))
}

/// The object of an active trigger `t` past a time phrase right after it:
/// "received on Monday his counterpart , X", "met yesterday X". The phrase
/// is a word of class `time_lead` (on; pada) before a word of class
/// `calendar`, or one word of class `time_word` (yesterday, today;
/// kemarin). None without such a phrase.
pub(super) fn object_past_time(env: &Env, s: &Sent, t: &Trig) -> Option<usize> {
    if t.voice != Voice::Active {
        return None;
    }
    let class = |k: usize, c: &str| env.free_word_in(s, k, c);
    let n = if class(t.end, "time_lead") && class(t.end + 1, "calendar") {
        2
    } else if class(t.end, "time_word") {
        1
    } else {
        return None;
    };
    let at = t.end + n;
    super::counterpart::counterpart_apposed(env, s, at).or_else(|| s.ment_at(at, env.lex, false))
}

/// Whether noun trigger `t` heads an adjunct: a word of class
/// `adjunct_noun` (invitation; undangan) right after a preposition, past a
/// determiner if one stands there ("came at the invitation of X", "datang
/// atas undangan X").
pub(super) fn adjunct_noun(env: &Env, s: &Sent, t: &Trig) -> bool {
    let word = |k: usize, c: &str| env.free_word_in(s, k, c);
    if t.voice != Voice::Nominal || !word(t.start, "adjunct_noun") {
        return false;
    }
    let before = t.start.checked_sub(1);
    let k = match before {
        Some(k) if word(k, "determiner") => k.checked_sub(1),
        _ => before,
    };
    // no verb before takes such a noun as its object: the subject before
    // the verb is the noun's too
    k.is_some_and(|k| word(k, "prep"))
}

/// The subject of a clause an adjunct noun trigger `t` opens ("At the
/// invitation of X , President of Z , Y will travel to W"): the first
/// person after owner `g` and a comma that passes `ok`, when no person
/// stands before the noun. None otherwise.
pub(super) fn fronted_adjunct_subject(
    env: &Env,
    s: &Sent,
    t: &Trig,
    g: usize,
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let person = |m: &super::sentence::Ment| m.etype == EntityType::Person && m.free();
    if !adjunct_noun(env, s, t) || s.ments.iter().any(|m| person(m) && m.toks.end <= t.start) {
        return None;
    }
    let owner = &s.ments[g];
    let comma = s.toks[owner.toks.end..]
        .iter()
        .position(|w| w.norm == ",")?
        + owner.toks.end;
    s.ments
        .iter()
        .position(|m| person(m) && m.toks.start > comma && m.entity != owner.entity)
        .filter(|&m| ok(m))
}

//! Pronouns and descriptions standing for a person named before: "ia",
//! "dia", "beliau", "he", "his", "him", "sang presiden", "the president",
//! "Wakil PM Malaysia itu". Each is resolved to the most recent compatible
//! person only when that choice is unambiguous, and then becomes a
//! mention of the sentence marked with its antecedent's sentence
//! (`Ment::coref`), so that relations record where the argument came from.
//!
//! The words are lexicon data (`pronoun_subject`, `pronoun_object`,
//! `description` classes); the rules are:
//! - a subject pronoun (or possessive: "his visit") stands for the one
//!   person named earlier in its sentence or, failing any, in the last
//!   sentence that named a person; two candidates leave it unresolved;
//! - an object pronoun ("hosted him") stands for the one person of the
//!   last sentence that named a person, other than the persons named
//!   before it in its own sentence (a verb's object is not its subject);
//! - a title without a name, as a description ("the president", "sang
//!   presiden", "Wakil PM Malaysia itu"), stands for the one person shown
//!   earlier in the document with the same office (and country, when
//!   both are given); a title with a demonstrative after it, failing
//!   that, for the one person of the window above;
//! - a description opening a sentence ("Pria yang ... itu", "The man , who
//!   ... ,") stands for the first person of the sentence before (`described`);
//! - a capitalised title standing alone ("Presiden berbicara dengan X",
//!   "dengan Presiden"), with no country, no name after it and no
//!   capitalised word before it ("Kantor Presiden"), stands for the one
//!   person shown earlier in the document with that office.

use super::lexicon::Lexicon;
use super::pronoun_cue::clitic;
use super::sentence::{Ment, Sent};
use super::titles::TitleMatch;
use crate::base::types::{EntityType, Mention, Via};
use crate::gazetteer::Gazetteer;

/// What the document has said so far about persons.
#[derive(Default)]
pub(super) struct Memory {
    /// Distinct persons of the last sentence that named one (in text
    /// order), and its index.
    pub(super) last: Vec<u32>,
    last_sentence: u32,
    /// The first person named in that sentence (in text order).
    first: Option<u32>,
    /// That first person when no lowercase word stands before it: the
    /// sentence's subject ("Australian Foreign Minister X met Y").
    lead: Option<u32>,
    /// (office, country, person, sentence) of every titled name so far.
    titled: Vec<(usize, Option<u32>, u32, u32)>,
    /// Whether that sentence named its two persons as one party, the
    /// second accompanying the first ("X didampingi Y").
    one_party: bool,
}

impl Memory {
    /// Whether some person has been named so far.
    pub fn has_person(&self) -> bool {
        !self.last.is_empty()
    }

    /// The two persons of the last sentence that named any, when it named
    /// exactly two and is one of the two sentences before `si`, and its
    /// index: what a pair description ("the two leaders") stands for.
    pub fn pair(&self, si: u32) -> Option<([u32; 2], u32)> {
        let near = self.last_sentence < si && si - self.last_sentence <= 2 && !self.one_party;
        match self.last[..] {
            [a, b] if near => Some(([a, b], self.last_sentence)),
            _ => None,
        }
    }

    /// The index of the last sentence that named a person: a plural
    /// pronoun stands for its pair only right after it
    /// ([`super::plural_ref`]).
    pub fn last_sentence(&self) -> u32 {
        self.last_sentence
    }

    /// (office, country, person, sentence) of every titled name so far:
    /// whom a pair description may fit when no sentence just before
    /// named exactly two ([`super::pair_described::describe_fitting`]).
    pub fn titled(&self) -> &[(usize, Option<u32>, u32, u32)] {
        &self.titled
    }

    /// The person who opened the sentence right before `si` (no lowercase
    /// word before them) when it was the last to name a person, and its
    /// index: the traveller of a tour that "takes him" to a place
    /// (thirty-third round, part C2, `tour_legs`).
    pub fn lead_before(&self, si: u32) -> Option<(u32, u32)> {
        self.lead
            .filter(|_| self.last_sentence + 1 == si)
            .map(|p| (p, self.last_sentence))
    }
}

/// Records the persons among the mentions of a sentence the rules skip.
pub(super) fn note(mem: &mut Memory, gaz: &Gazetteer, here: &[Mention], si: u32) {
    let mut v: Vec<u32> = here
        .iter()
        .filter(|m| {
            gaz.entities
                .get(m.entity as usize)
                .is_some_and(|e| e.etype == EntityType::Person)
        })
        .map(|m| m.entity)
        .collect();
    let first = v.first().copied();
    distinct_in_order(&mut v);
    if !v.is_empty() {
        mem.last = v;
        mem.last_sentence = si;
        mem.first = first;
        mem.lead = None;
        mem.one_party = false;
    }
}

fn persons_before(s: &Sent, k: usize) -> Vec<u32> {
    persons_in(s, 0, k)
}

/// The distinct persons named between tokens `from` and `k`.
fn persons_in(s: &Sent, from: usize, k: usize) -> Vec<u32> {
    let mut v: Vec<u32> = s
        .ments
        .iter()
        .filter(|m| {
            m.etype == EntityType::Person && !m.nested && m.toks.start >= from && m.toks.end <= k
        })
        .map(|m| m.entity)
        .collect();
    distinct_in_order(&mut v);
    v
}

/// Keeps the first mention of each person, in text order: a pair
/// description ("the two ministers signed") gives its signatories in the
/// order they were named.
fn distinct_in_order(v: &mut Vec<u32>) {
    // sorted by person, then by position: the first of each run is kept
    // (n log n, where a hostile sentence may name thousands)
    let mut at: Vec<(u32, usize)> = v.iter().enumerate().map(|(i, &p)| (p, i)).collect();
    at.sort_unstable();
    at.dedup_by_key(|&mut (p, _)| p);
    at.sort_unstable_by_key(|&(_, i)| i);
    *v = at.into_iter().map(|(p, _)| p).collect();
}

/// The one person left when exactly one candidate remains.
fn unique(mut v: Vec<u32>) -> Option<u32> {
    v.sort_unstable();
    v.dedup();
    (v.len() == 1).then(|| v[0])
}

/// Adds a mention of person `entity` over `toks`, resolved by
/// coreference to a name of sentence `from`, and marks its tokens covered.
pub(super) fn add(s: &mut Sent, entity: u32, toks: std::ops::Range<usize>, from: u32) {
    add_typed(s, entity, EntityType::Person, toks, from);
}

/// [`add`] for an entity of any type (a state a pronoun stands for).
pub(super) fn add_typed(
    s: &mut Sent,
    entity: u32,
    etype: EntityType,
    toks: std::ops::Range<usize>,
    from: u32,
) {
    for c in s.covered.get_mut(toks.clone()).into_iter().flatten() {
        *c = true;
    }
    s.ments.push(Ment {
        entity,
        etype,
        ext: toks.start,
        toks,
        via: Via::Partial,
        nested: false,
        in_title: false,
        coref: Some(from),
    });
}

/// Adds the pronouns and descriptions of sentence `si` that resolve, as
/// mentions marked `coref`.
pub(super) fn resolve(lex: &Lexicon, s: &mut Sent, titles: &[TitleMatch], mem: &Memory, si: u32) {
    let mut found: Vec<(u32, std::ops::Range<usize>, u32)> = Vec::new();
    // "The two leaders discussed ...": both persons of the pair before
    if let Some((pair, from)) = mem.pair(si) {
        super::pair_described::describe(lex, s, pair, from);
    } else if mem.titled.len() >= 2 && mem.last.len() <= 2 {
        // "Kedua menlu menandatangani ..." after a sentence naming one:
        // the two titled persons of the document the description fits
        // (after a sentence naming three, "keduanya" is two of them)
        super::pair_described::describe_fitting(lex, s, &mem.titled);
    }
    // "Hal itu diungkapkan usai ...": the agentless report stands for the
    // one person of the sentence right before
    if let Some(r) = super::zero::zero_agent(lex, s).filter(|_| mem.last_sentence + 1 == si) {
        if let Some(p) = unique(mem.last.clone()) {
            found.push((p, r, mem.last_sentence));
        }
    }
    // "Pria yang ... itu menilai": a description opening the sentence
    // stands for the first person of the sentence right before
    if let Some(r) = super::described::description_subject(lex, s)
        .filter(|_| mem.last_sentence + 1 == si && mem.has_person())
    {
        if let Some(p) = mem.first {
            found.push((p, r, mem.last_sentence));
        }
    }
    for k in 0..s.toks.len() {
        let t = &s.toks[k];
        if !t.word || s.in_mention(k) {
            continue;
        }
        // "Saya akan datang , " ujar X: a first-person pronoun in a quote
        // stands for the speaker named after it
        // (one read of the word's classes; most words are cued by none)
        let Some((first, subject, object)) = super::pronoun_cue::cue(lex, t) else {
            continue;
        };
        if first {
            if let Some(p) = quoted_speaker(lex, s, k) {
                found.push((p, k..k + 1, si));
            }
            continue;
        }
        // ("her visit" as "his"; "kunjungan pertamanya": a modifier's clitic)
        let subject = subject || super::owned_trip::possessive_her(lex, s, k);
        let modifier = super::owned_trip::modifier_clitic(lex, s, k);
        if !subject && !object && !clitic(lex, &t.norm) && !modifier {
            continue;
        }
        // "his North Korean counterpart Choe Son Hui": a possessive that
        // modifies a name is no argument of its own
        if lex.in_class("possessive_pronoun", &t.norm) && s.ment_at(k + 1, lex, true).is_some() {
            continue;
        }
        // "His Majesty welcomed X": the pronoun of an honorific is no
        // person's own (twenty-second round: `demonym_described` reads
        // the honorific)
        if s.class_phrase_at(lex, "honorific", k) > 1 {
            continue;
        }
        // "received the Georgian guest , who ended his visit": the
        // pronoun is the described guest's, not the person named first
        if described_relative(lex, s, k) {
            continue;
        }
        // "During his visit to X , Y met" (fortieth round, part C)
        let owned = clitic(lex, &t.norm) && !modifier;
        if super::fronted_owner::take(lex, s, k, (subject, owned), si, &mut found) {
            continue;
        }
        let here = persons_before(s, k);
        if owned || modifier {
            // "kunjungannya": the owner is whom a subject pronoun there
            // would stand for
            // ("Ini kunjungan pertamanya ke X" after a sentence naming
            // two: the one who opened it, as for a pronoun opening its
            // sentence; twenty-ninth round, part C2)
            let lead = mem
                .lead
                .filter(|_| modifier && here.is_empty() && mem.last_sentence + 1 == si);
            let (cands, from) = if here.is_empty() {
                (mem.last.clone(), mem.last_sentence)
            } else {
                (here, si)
            };
            if let Some(p) = unique(cands).or(lead) {
                s.clitic.push((k, p, from));
            }
            continue;
        }
        if subject {
            // "X met Y . She also called on Z": a pronoun opening its
            // sentence, with two persons named in the one before, stands
            // for the one that opened it (eighteenth round)
            // (not a possessive: "His visit came later" may be either's)
            // ("Later in the day he conferred with Z": only words of a
            // fronted time phrase before it, class `fronted_time`)
            let opens = here.is_empty()
                && !lex.in_class("possessive_pronoun", &s.toks[k].norm)
                && mem.last_sentence + 1 == si
                && no_lowercase_before(s, k, &|w| lex.in_class("fronted_time", w));
            let lead = mem.lead.filter(|_| opens);
            // "X arrived , in the company of Y . ... where he was received
            // by Z": after a sentence whose second person accompanies the
            // first, the pronoun stands for the one accompanied
            // (thirty-third round, part B)
            let party = mem.last.first().copied().filter(|_| {
                mem.one_party
                    && here.is_empty()
                    && mem.last_sentence + 1 == si
                    && !lex.in_class("possessive_pronoun", &s.toks[k].norm)
            });
            let (cands, from) = if here.is_empty() {
                (mem.last.clone(), mem.last_sentence)
            } else {
                (here, si)
            };
            // "X arrived and was received by Y ; he also met Z": after a
            // semicolon, the person who opened the sentence (twenty-third
            // round)
            let opener = || super::clause_subject::semicolon_subject(s, k).map(|p| (p, si));
            if let Some((p, from)) = unique(cands)
                .map(|p| (p, from))
                .or(lead.map(|p| (p, from)))
                .or(party.map(|p| (p, from)))
                .or_else(opener)
            {
                found.push((p, k..k + 1, from));
            }
        } else {
            let cands: Vec<u32> = mem
                .last
                .iter()
                .copied()
                .filter(|p| !here.contains(p))
                .collect();
            // "Petro , who travelled with X , was received by Y , and
            // Maduro greeted him": with persons of its own sentence named
            // before its verb's subject, an object pronoun may be any of
            // them; the one person of the sentence before is not meant
            // (twenty-second round)
            let own = here.len() >= 3;
            if let Some(p) = clause_object(lex, s, k, &here) {
                found.push((p, k..k + 1, si));
            } else if let Some(p) = unique(cands).filter(|_| !own) {
                found.push((p, k..k + 1, mem.last_sentence));
            }
        }
    }
    for t in titles.iter().filter(|t| t.person.is_none()) {
        let covered = s.ments.iter().any(|m| {
            (m.etype == EntityType::Person || m.via == Via::Title)
                && m.toks.start < t.head.end
                && t.head.start < m.toks.end
        });
        let before = t
            .head
            .start
            .checked_sub(1)
            .and_then(|k| s.toks.get(k))
            .is_some_and(|w| w.word && lex.in_class("description", &w.norm));
        let after = s
            .toks
            .get(t.head.end)
            .is_some_and(|w| w.word && lex.in_class("description", &w.norm));
        // "Presiden berbicara dengan X": a capitalised title standing
        // alone (no country, no name after it, not part of a longer name
        // such as "Kantor Presiden") stands for the one person shown with
        // that office before
        let cap = |k: usize| s.toks.get(k).is_some_and(|w| w.word && w.upper);
        let bare = t.of.is_none()
            && !t.former
            && cap(t.title.start)
            && !cap(t.head.end)
            && (t.head.start == 0 || !cap(t.head.start - 1));
        // "Menkes Pakistan berkunjung ...": a title with its country and
        // no name after it stands for the one person shown earlier with
        // that office of that same country (twenty-eighth round, part B)
        let owned = t.of.is_some()
            && !t.former
            && !t.planned
            && !cap(t.head.end)
            && (t.head.start == 0 || !cap(t.head.start - 1));
        if covered || !(before || after || bare || owned) {
            continue;
        }
        let strict = owned && !(before || after || bare);
        // "the President will hold talks with President Y": a person
        // named after the description in its own sentence is another
        // party, not the one it stands for (twenty-eighth round, part B)
        let later = persons_in(s, t.head.end, s.toks.len());
        // "the Prime Minister of Kosovo": when someone was shown with
        // that office of that country, one shown with no country is not
        // meant
        let same_country = t.of.is_some()
            && mem
                .titled
                .iter()
                .any(|(o, of, p, _)| *o == t.office && *of == t.of && !later.contains(p));
        let same: Vec<(u32, u32)> = mem
            .titled
            .iter()
            .filter(|(o, of, p, _)| {
                *o == t.office
                    && (t.of.is_none() || of.is_none() || *of == t.of)
                    && !later.contains(p)
                    && (!(strict || same_country) || *of == t.of)
            })
            .map(|&(_, _, p, sent)| (p, sent))
            .collect();
        let resolved = match super::lead_described::one_of(lex, s, mem, &same) {
            Some(p) => same
                .iter()
                .rev()
                .find(|x| x.0 == p)
                .map(|&(p, sent)| (p, sent)),
            None if same.is_empty() && after && !t.former => {
                // "Bergabungnya X ... kata Wakil Ketua MPR itu": after a
                // clause word, only the persons of the description's own
                // clause are candidates (the speaker is not the topic)
                let clause = (0..t.head.start)
                    .rev()
                    .find(|&k| s.toks[k].word && lex.in_class("clause", &s.toks[k].norm))
                    .map_or(0, |k| k + 1);
                let here = persons_in(s, clause, t.head.start);
                if here.is_empty() && clause > 0 {
                    // (nor the last sentence's person: a speaker the
                    // gazetteer does not know may stand between)
                    None
                } else if here.is_empty() {
                    unique(mem.last.clone()).map(|p| (p, mem.last_sentence))
                } else {
                    unique(here).map(|p| (p, si))
                }
            }
            None if same.is_empty() && after => {
                unique(persons_before(s, t.head.start)).map(|p| (p, si))
            }
            None => None,
        };
        if let Some((p, from)) = resolved {
            found.push((p, t.head.clone(), from));
        }
    }
    for (p, toks, from) in found {
        add(s, p, toks, from);
    }
}

/// The person a first-person pronoun at token `k` stands for: the
/// speaker named right after the quote that closes after it, as in
/// `saya ... , " ujar X` and `I ... , " said X` (class `speech` for the
/// verbs; a title may come between the verb and the name); not a
/// possessor after an -an noun ("pembicaraan saya").
fn quoted_speaker(lex: &Lexicon, s: &Sent, k: usize) -> Option<u32> {
    // "pembicaraan saya": a possessor after an -an noun is no subject, and
    // the noun's other party is not found in a quote
    let noun = k.checked_sub(1).is_some_and(|j| {
        let w = &s.toks[j];
        w.word && !w.upper && w.norm.ends_with("an") && w.norm.chars().count() >= 7
    });
    if noun {
        return None;
    }
    // the tokeniser writes curly quotes as straight ones
    let q = (k + 1..s.toks.len()).find(|&j| s.toks[j].norm == "\"")?;
    let mut j = q + 1;
    if s.toks.get(j).is_some_and(|t| t.norm == ",") {
        j += 1;
    }
    let verb = s.toks.get(j)?;
    if !(verb.word && lex.in_class("speech", &verb.norm)) {
        return None;
    }
    s.ments
        .iter()
        .filter(|m| m.etype == EntityType::Person && !m.nested && m.coref.is_none())
        .filter(|m| m.ext > j && m.ext <= j + 3)
        .min_by_key(|m| m.ext)
        .map(|m| m.entity)
}

/// Adds the owners of clitics (from [`resolve`]) as mentions of the words
/// that carry them, nested so that no rule but a noun trigger's agent
/// takes them (see [`clitic_owner`]). Called once the appositions are read.
pub(super) fn add_clitics(s: &mut Sent) {
    for (k, p, from) in std::mem::take(&mut s.clitic) {
        s.ments.push(Ment {
            entity: p,
            etype: EntityType::Person,
            ext: k,
            toks: k..k + 1,
            via: Via::Partial,
            nested: true,
            in_title: false,
            coref: Some(from),
        });
    }
}

/// The owner of a clitic on a word of tokens `range` ("kunjungannya"), as
/// a mention index (not a plural owner, `plural_ref`'s: "dukungan mereka"
/// keeps its coordinated agents).
pub(super) fn clitic_owner(s: &Sent, range: std::ops::Range<usize>) -> Option<usize> {
    s.ments.iter().position(|m| {
        m.nested && m.coref.is_some() && m.via != Via::Nested && range.contains(&m.toks.start)
    })
}

/// The owner of a clitic on a noun trigger of tokens `start..end`
/// ("kunjungannya") or on the modifier right after it ("kunjungan
/// pertamanya", [`super::owned_trip`]), as a mention index.
pub(super) fn noun_owner(s: &Sent, start: usize, end: usize) -> Option<usize> {
    clitic_owner(s, start..end + 1)
}

/// Records the persons and titled names of a sentence after its
/// relations are read.
pub(super) fn remember(mem: &mut Memory, lex: &Lexicon, s: &Sent, titles: &[TitleMatch], si: u32) {
    let persons = persons_before(s, s.toks.len());
    if !persons.is_empty() {
        mem.one_party = persons.len() == 2 && accompanies(lex, s, &persons);
        mem.last = persons;
        mem.last_sentence = si;
        let first = s
            .ments
            .iter()
            .filter(|m| m.etype == EntityType::Person && !m.nested)
            .min_by_key(|m| m.toks.start);
        mem.first = first.map(|m| m.entity);
        mem.lead = first
            .filter(|m| no_lowercase_before(s, m.toks.start, &|_| false))
            .map(|m| m.entity);
    }
    for t in titles.iter().filter(|t| !t.former) {
        if let Some(m) = t.person.and_then(|p| s.ments.get(p)) {
            if m.coref.is_none() {
                mem.titled.push((t.office, t.of, m.entity, si));
            }
        }
    }
}

/// "X began his visit , and Y welcomed him": the person an object
/// pronoun at `k` stands for when its verb (the one word before it) has
/// as subject the person named right before that verb, and one other
/// person (`here`, those named before the pronoun) is named earlier in
/// the sentence, a comma between the two (twenty-eighth round, part B).
fn clause_object(lex: &Lexicon, s: &Sent, k: usize, here: &[u32]) -> Option<u32> {
    // (a verb: no conjunction or preposition, "met Y and him")
    let verb = k.checked_sub(1).filter(|&j| {
        s.is_lower(j)
            && !["coord", "list", "prep"]
                .iter()
                .any(|c| lex.tok_in_class(c, &s.toks[j]))
    })?;
    let subject = s
        .ments
        .iter()
        .find(|m| m.etype == EntityType::Person && !m.nested && m.toks.end == verb)?
        .entity;
    // (two clauses, a comma between the two: "A and B welcomed him" is
    // one coordinated subject)
    let first_end = s
        .ments
        .iter()
        .filter(|m| m.etype == EntityType::Person && !m.nested && Some(&m.entity) == here.first())
        .map(|m| m.toks.end)
        .min()?;
    let start = s
        .ments
        .iter()
        .find(|m| m.entity == subject && m.toks.end == verb)?
        .ext;
    let comma = (first_end..start).any(|j| s.toks[j].norm == ",");
    match here {
        [a, b] if *b == subject && *a != subject && comma => Some(*a),
        _ => None,
    }
}

/// Whether the second of the two `persons` of `s` accompanies the first
/// (a phrase of class `accompanied` between them: "X didampingi Y", "X,
/// accompanied by Y"): the two are one party, which a pair description
/// ("keduanya", "the two") does not stand for (twenty-eighth round, part B).
fn accompanies(lex: &Lexicon, s: &Sent, persons: &[u32]) -> bool {
    let first = |p: u32| {
        s.ments
            .iter()
            .filter(|m| m.entity == p && !m.nested)
            .map(|m| (m.ext.min(m.toks.start), m.toks.end))
            .min()
    };
    let (Some((_, a_end)), Some((b_start, _))) = (first(persons[0]), first(persons[1])) else {
        return false;
    };
    (a_end..b_start).any(|k| s.class_phrase_at(lex, "accompanied", k) > 0)
}

/// Whether the pronoun at `k` stands in a relative clause (class
/// `relative`, at most three lowercase words before it) whose head is a
/// description of no name: a lowercase word right before the clause's
/// comma ("the Georgian guest , who ended his visit", "tamu itu , yang
/// mengakhiri kunjungannya"). Its pronoun is that description's, which
/// no rule resolves; the person named first is not meant (twenty-first
/// round).
fn described_relative(lex: &Lexicon, s: &Sent, k: usize) -> bool {
    let Some(j) = (k.saturating_sub(4)..k)
        .rev()
        .take_while(|&j| s.is_lower(j))
        .find(|&j| lex.in_class("relative", &s.toks[j].norm))
    else {
        return false;
    };
    j >= 2 && super::appoint::punct(s, j - 1, &[","]) && s.is_lower(j - 2) && !s.in_mention(j - 2)
}

/// Whether no lowercase word but those `allowed` stands before token
/// `k`: what comes first opens the sentence as its subject ("Australian
/// Foreign Minister X met Y", "She also called on Z", and for a pronoun
/// "Later in the day he ...").
fn no_lowercase_before(s: &Sent, k: usize, allowed: &dyn Fn(&str) -> bool) -> bool {
    (0..k).all(|j| !s.is_lower(j) || allowed(&s.toks[j].norm))
}

//! Resolution: turns matcher hits into mentions of one entity each.
//!
//! Policy, in order:
//! 1. A full name or variant claimed by one entity resolves to it.
//! 2. A full name claimed by several entities (an ambiguous alias) resolves
//!    to the one among them that the document names unambiguously
//!    elsewhere; failing that, to the one whose context words (data) the
//!    document holds; failing that, to the claimant a record names as the
//!    default of that name (`default_for`). Failing that, if exactly one
//!    claimant is a hand-curated record, it wins over generated records and plain-list entries (and
//!    failing that, exactly one generated record over list entries); if
//!    all claimants come from plain name lists (which carry nothing to
//!    decide with), the first one loaded wins, as in the peer tools.
//!    Otherwise it stays unresolved.
//! 3. A short form ("Kim", "Lavrov", "Sergey") resolves to the single entity
//!    owning it that was introduced earlier in the document by a full
//!    mention; failing that, to the single owner introduced later in the
//!    document (headlines often use the short form first); failing that, to
//!    its single owner that lists it as a standalone short form
//!    (`short` in the gazetteer, e.g. "Putin"). Two candidates at any step
//!    mean unresolved: never guessed.
//! 4. A demonym ("Russian") resolves to its country, flagged as such.

use crate::base::types::{EntityType, Mention, Via};
use crate::base::FastMap;
use crate::gazetteer::{holds_word, Gazetteer, Origin, CLUB};
use crate::ingest::document::Sentence;
use crate::tag::chunks::{Nesting, MAY_ORG, MAY_PERSON, MAY_PLACE};
use crate::tag::foreign::foreign_body;
use crate::tag::matcher::{Hit, Matcher, TargetMatch};
use crate::tag::misspelt;

/// What one hit may be, before document context is known.
#[derive(Clone, Debug)]
enum Pending {
    Full(Vec<(u32, Via)>),
    Partial {
        owners: Vec<u32>,
        standalone: Vec<u32>,
    },
    Demonym(Vec<u32>),
}

/// Reusable buffers for [`resolve`].
#[derive(Debug, Default)]
pub struct Resolver {
    targets: Vec<TargetMatch>,
    /// Every hit's targets, found once per document: `spans[i]` is hit
    /// `i`'s range in `all_targets`.
    all_targets: Vec<TargetMatch>,
    spans: Vec<(u32, u32)>,
    pending: Vec<(Hit, Pending)>,
    /// entity -> byte offset of its first unambiguous full mention.
    introduced: FastMap<u32, usize>,
    /// Names found strictly inside a longer name (`via: Nested`), dropped
    /// from the mentions; kept for `tag --all`.
    pub nested: Vec<Mention>,
    /// Places seen in this document inside a club's name ("Real Madrid"),
    /// as lowercase text, with the club when the gazetteer knows it: alone,
    /// they stand for the club.
    clubs: Vec<(String, Option<u32>)>,
    /// Entities whose context words were looked up in this document, and
    /// whether the document holds one.
    context: Vec<(u32, bool)>,
}

impl Resolver {
    /// A resolver with empty buffers.
    pub fn new() -> Resolver {
        Resolver::default()
    }

    /// Resolves `hits` (in text order) into `out` (cleared first), each
    /// mention assigned to the sentence containing its start.
    pub fn resolve(
        &mut self,
        gaz: &Gazetteer,
        matcher: &Matcher,
        text: &str,
        hits: &[Hit],
        sentences: &[Sentence],
        out: &mut Vec<Mention>,
    ) {
        out.clear();
        self.pending.clear();
        self.introduced.clear();
        self.nested.clear();
        self.clubs.clear();
        self.context.clear();
        let mut nesting = Nesting::new(text, &gaz.chunks);
        // Hits that are only parts of people's names ("Eric" of a known
        // Eric): no known modifier of another person's name beside them.
        self.all_targets.clear();
        self.spans.clear();
        for hit in hits {
            matcher.targets(hit, text, &mut self.targets);
            let at = self.all_targets.len() as u32;
            self.all_targets.extend_from_slice(&self.targets);
            self.spans.push((at, self.all_targets.len() as u32));
        }
        let part = |t: &TargetMatch| {
            t.via == Via::Partial
                && gaz.entities.get(t.entity as usize).map(|e| e.etype) == Some(EntityType::Person)
        };
        let all = &self.all_targets;
        let of = |&(a, b): &(u32, u32)| all.get(a as usize..b as usize).unwrap_or(&[]);
        nesting.set_parts(hits.iter().zip(&self.spans).flat_map(|(hit, span)| {
            let ts = of(span);
            let only_parts = !ts.is_empty() && ts.iter().all(part);
            ts.iter()
                .filter(move |_| only_parts)
                .map(move |t| (hit.start, hit.end, t.entity))
        }));
        // People's full names of two words or more: a place after one and
        // a connector is where the person comes from ("X of Austria").
        nesting.set_people(hits.iter().zip(&self.spans).filter_map(|(hit, span)| {
            let ts = of(span);
            let person = |t: &TargetMatch| {
                t.via != Via::Partial
                    && gaz.entities.get(t.entity as usize).map(|e| e.etype)
                        == Some(EntityType::Person)
            };
            let named = text
                .get(hit.start..hit.end)
                .is_some_and(|n| n.contains(' '));
            (!ts.is_empty() && ts.iter().all(person) && named).then_some((hit.start, hit.end))
        }));
        let mut owner_end: Option<usize> = None;
        // The end of a name widened over the words after its hit: a hit
        // inside it (a surname after middle names) is part of it.
        let mut covered = 0;
        for (i, (hit, span)) in hits.iter().zip(&self.spans).enumerate() {
            if hit.start < covered {
                continue;
            }
            self.targets.clear();
            self.targets.extend_from_slice(
                self.all_targets
                    .get(span.0 as usize..span.1 as usize)
                    .unwrap_or(&[]),
            );
            let Some(first) = self.targets.first().map(|t| t.entity) else {
                continue;
            };
            let types = self.targets.iter().fold(0, |m, t| {
                m | match gaz.entities.get(t.entity as usize).map(|e| e.etype) {
                    Some(EntityType::Person) => MAY_PERSON,
                    Some(EntityType::Place) => MAY_PLACE,
                    Some(EntityType::Organisation) => MAY_ORG,
                    None => 0,
                }
            });
            // A country (a place with demonyms) after a company's name is
            // its branch; a city is its seat, a mention ("PT INKA Madiun").
            let country = || {
                self.targets.iter().all(|t| {
                    gaz.entities
                        .get(t.entity as usize)
                        .is_some_and(|e| !e.demonyms.is_empty())
                })
            };
            nesting.set_own(self.targets.iter().map(|t| t.entity));
            if types == MAY_PERSON {
                nesting.set_own_people(&gaz.entities);
            }
            // "Toni Kross": a known person's given names and the surname
            // one letter off are that person, unless inside a longer name.
            let next = hits.get(i + 1).map_or(text.len(), |h| h.start);
            let next_end = hits.get(i + 1).map_or(text.len(), |h| h.end);
            if types == MAY_PERSON {
                let wider = misspelt::person(gaz, text, hit, &self.targets, next)
                    .or_else(|| misspelt::middle(gaz, text, hit, &self.targets, (next, next_end)));
                if let Some((end, e)) = wider {
                    covered = end;
                    let wide = Hit { end, ..*hit };
                    let sentence = sentence_of(sentences, hit.start);
                    if nesting.nested_misspelt(&wide, hits) {
                        self.nested.push(Mention {
                            start: wide.start,
                            end,
                            entity: e,
                            via: Via::Nested,
                            sentence,
                        });
                    } else {
                        self.introduced.entry(e).or_insert(wide.start);
                        self.pending
                            .push((wide, Pending::Full(vec![(e, Via::Variant)])));
                    }
                    continue;
                }
            }
            // "Kemlu Jepang": another country's body, not the one whose
            // bare name it shares (see `foreign`); only an organisation
            // looks at the hit after it
            let foreign = types == MAY_ORG
                && hits
                    .get(i + 1)
                    .zip(self.spans.get(i + 1))
                    .is_some_and(|(h, s)| {
                        let ts = self.all_targets.get(s.0 as usize..s.1 as usize);
                        foreign_body(gaz, text, (hit, &self.targets), (h, ts.unwrap_or(&[])))
                    });
            let state = types == MAY_PLACE && country();
            let branch = state && owner_end.is_some_and(|end| nesting.branch(end, hit, hits));
            nesting.set_state(state);
            if foreign || branch || nesting.nested(hit, hits, types) {
                if types == MAY_PLACE && nesting.club_before(hit) {
                    let place = text.get(hit.start..hit.end).unwrap_or("");
                    self.clubs.push((place.to_lowercase(), None));
                }
                self.nested.push(Mention {
                    start: hit.start,
                    end: hit.end,
                    entity: first,
                    via: Via::Nested,
                    sentence: sentence_of(sentences, hit.start),
                });
                continue;
            }
            // "Setiap tahun ...": a one-word name opening a sentence that
            // the document writes as a common word is no mention at all.
            // Asked after the nesting, so that every hit is judged as before.
            if nesting.common_opener(hit) {
                continue;
            }
            // A company's or league's name, after which a place may be its
            // branch ("Facebook Indonesia", "Ligue 1 Prancis").
            owner_end = self
                .targets
                .iter()
                .any(|t| gaz.chunks.notes.takes_branch(t.entity))
                .then_some(hit.end);
            if types == MAY_ORG {
                if let Some(place) = club_place(gaz, text.get(hit.start..hit.end).unwrap_or("")) {
                    self.clubs.push((place, Some(first)));
                }
            }
            if let Some(p) = classify(&self.targets) {
                if let Pending::Full(ref c) = p {
                    if let [(entity, _)] = c.as_slice() {
                        self.introduced.entry(*entity).or_insert(hit.start);
                    }
                }
                self.pending.push((*hit, p));
            }
        }
        for (hit, p) in &self.pending {
            let resolved = match p {
                Pending::Full(c) => match c.as_slice() {
                    [(e, via)] => Some((*e, *via)),
                    _ => {
                        let known: Vec<_> = c
                            .iter()
                            .filter(|(e, _)| self.introduced.contains_key(e))
                            .collect();
                        match known.as_slice() {
                            [(e, via)] => Some((*e, *via)),
                            [] => by_context(&mut self.context, gaz, text, c)
                                .or_else(|| by_default(gaz, text, hit, c))
                                .or_else(|| fallback(gaz, c)),
                            _ => None,
                        }
                    }
                },
                Pending::Partial { owners, standalone } => self
                    .partial(owners, standalone, hit.start)
                    .map(|e| (e, Via::Partial)),
                Pending::Demonym(c) => match c.as_slice() {
                    [e] => Some((*e, Via::Demonym)),
                    _ => None,
                },
            };
            if let Some((entity, via)) = resolved {
                let surface = text.get(hit.start..hit.end).unwrap_or("");
                let is_place =
                    gaz.entities.get(entity as usize).map(|e| e.etype) == Some(EntityType::Place);
                // A dateline in capitals ("MADRID, JUARA.net -") is the city.
                let dateline = !surface.chars().any(char::is_lowercase);
                // "pergi ke Madrid": where someone goes is the city.
                let travel = || gaz.chunks.travel(text.get(..hit.start).unwrap_or(""));
                if is_place
                    && !self.clubs.is_empty()
                    && !dateline
                    && !surface.contains(' ')
                    && !travel()
                {
                    // "Real Madrid ... Madrid menang": the club, not the city.
                    let lower = surface.to_lowercase();
                    let mut named = self.clubs.iter().filter(|(p, _)| *p == lower);
                    if let Some((_, first)) = named.next() {
                        let one = named.all(|(_, c)| c == first);
                        let sentence = sentence_of(sentences, hit.start);
                        let (start, end) = (hit.start, hit.end);
                        match first {
                            Some(club) if one => out.push(Mention {
                                start,
                                end,
                                entity: *club,
                                via: Via::Partial,
                                sentence,
                            }),
                            _ => self.nested.push(Mention {
                                start,
                                end,
                                entity,
                                via: Via::Nested,
                                sentence,
                            }),
                        }
                        continue;
                    }
                }
                out.push(Mention {
                    start: hit.start,
                    end: hit.end,
                    entity,
                    via,
                    sentence: sentence_of(sentences, hit.start),
                });
            }
        }
        if !self.clubs.is_empty() {
            // Clubs' places were set aside after the others: text order.
            self.nested.sort_unstable();
        }
        crate::tag::joined::join_name_parts(text, &gaz.chunks, out);
        crate::tag::joined::state_forms(text, &gaz.chunks, out);
        crate::tag::acronyms::add_defined(gaz, text, hits, sentences, out);
    }

    fn partial(&self, owners: &[u32], standalone: &[u32], at: usize) -> Option<u32> {
        let before = single(
            owners
                .iter()
                .filter(|e| self.introduced.get(e).is_some_and(|&p| p < at)),
        );
        match before {
            Single::One(e) => return Some(e),
            Single::Many => return None,
            Single::None => {}
        }
        match single(owners.iter().filter(|e| self.introduced.contains_key(e))) {
            Single::One(e) => return Some(e),
            Single::Many => return None,
            Single::None => {}
        }
        match single(standalone.iter()) {
            Single::One(e) => Some(e),
            _ => None,
        }
    }
}

/// The place of a club's name of two words whose first is a `club` word
/// ("Real Madrid" gives "madrid"), lowercase.
fn club_place(gaz: &Gazetteer, name: &str) -> Option<String> {
    let mut words = name.split_whitespace();
    let (first, place) = (words.next()?, words.next()?);
    (words.next().is_none() && gaz.chunks.flags(first) & CLUB != 0).then(|| place.to_lowercase())
}

/// The one claimant whose context words (`context` in the gazetteer)
/// the document holds; none when no claimant's, or several, are there.
fn by_context(
    seen: &mut Vec<(u32, bool)>,
    gaz: &Gazetteer,
    text: &str,
    c: &[(u32, Via)],
) -> Option<(u32, Via)> {
    let notes = &gaz.chunks.notes;
    if !notes.has_context() {
        return None;
    }
    let mut found = None;
    for &(e, via) in c {
        let named = match seen.iter().find(|(x, _)| *x == e) {
            Some(&(_, named)) => named,
            None => {
                let named = notes.context(e).iter().any(|w| holds_word(text, w));
                seen.push((e, named));
                named
            }
        };
        if named {
            if found.is_some() {
                return None;
            }
            found = Some((e, via));
        }
    }
    found
}

/// The default claimant of a shared name (`default_for` in the
/// gazetteer), when it is among the claimants.
fn by_default(gaz: &Gazetteer, text: &str, hit: &Hit, c: &[(u32, Via)]) -> Option<(u32, Via)> {
    let name = text.get(hit.start..hit.end)?;
    let e = gaz.chunks.notes.default_for(name)?;
    c.iter().find(|(x, _)| *x == e).copied()
}

/// Decides an ambiguous full name without document context.
fn fallback(gaz: &Gazetteer, claimants: &[(u32, Via)]) -> Option<(u32, Via)> {
    let origin = |e: u32| gaz.entities.get(e as usize).map(|x| x.origin);
    // Hand-curated records first, then generated ones, then list entries.
    for tier in [Origin::Curated, Origin::Generated] {
        let records: Vec<_> = claimants
            .iter()
            .filter(|(e, _)| origin(*e) == Some(tier))
            .collect();
        match records.as_slice() {
            [one] => return Some(**one),
            [] => {}
            _ => return None,
        }
    }
    // Claimants are sorted by entity index, i.e. load order.
    claimants.first().copied()
}

enum Single {
    None,
    One(u32),
    Many,
}

/// Whether an iterator of entity ids holds zero, one or several distinct ids.
fn single<'a>(it: impl Iterator<Item = &'a u32>) -> Single {
    let mut found = Single::None;
    for &e in it {
        found = match found {
            Single::None => Single::One(e),
            Single::One(f) if f == e => Single::One(f),
            _ => return Single::Many,
        };
    }
    found
}

/// Sorts a hit's targets into full names, short forms and demonyms; full
/// names win over short forms, which win over demonyms.
fn classify(targets: &[TargetMatch]) -> Option<Pending> {
    let mut full: Vec<(u32, Via)> = Vec::new();
    let mut owners = Vec::new();
    let mut standalone = Vec::new();
    let mut demonyms = Vec::new();
    for t in targets {
        match t.via {
            Via::Exact | Via::Variant | Via::Title => {
                match full.iter_mut().find(|(e, _)| *e == t.entity) {
                    // Exact beats Variant for the same entity.
                    Some(slot) => slot.1 = slot.1.min(t.via),
                    None => full.push((t.entity, t.via)),
                }
            }
            Via::Partial => {
                owners.push(t.entity);
                if t.standalone {
                    standalone.push(t.entity);
                }
            }
            Via::Demonym => demonyms.push(t.entity),
            Via::Nested => {}
        }
    }
    if !full.is_empty() {
        full.sort_unstable();
        return Some(Pending::Full(full));
    }
    if !owners.is_empty() {
        for v in [&mut owners, &mut standalone] {
            v.sort_unstable();
            v.dedup();
        }
        return Some(Pending::Partial { owners, standalone });
    }
    if !demonyms.is_empty() {
        demonyms.sort_unstable();
        demonyms.dedup();
        return Some(Pending::Demonym(demonyms));
    }
    None
}

/// Index of the sentence containing byte `at`, or of the next sentence when
/// `at` falls between sentences (the last one past the end).
pub fn sentence_of(sentences: &[Sentence], at: usize) -> u32 {
    let i = sentences.partition_point(|s| s.range.end <= at);
    let i = i.min(sentences.len().saturating_sub(1));
    u32::try_from(i).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(entity: u32, via: Via, standalone: bool) -> TargetMatch {
        TargetMatch {
            entity,
            via,
            standalone,
        }
    }

    #[test]
    fn full_names_win_over_partials() {
        let p = classify(&[t(1, Via::Partial, false), t(2, Via::Exact, false)]);
        assert!(matches!(p, Some(Pending::Full(ref c)) if c == &[(2, Via::Exact)]));
    }

    #[test]
    fn exact_beats_variant_for_one_entity() {
        let p = classify(&[t(3, Via::Variant, false), t(3, Via::Exact, false)]);
        assert!(matches!(p, Some(Pending::Full(ref c)) if c == &[(3, Via::Exact)]));
    }

    #[test]
    fn partial_needs_a_single_candidate() {
        let mut r = Resolver::new();
        r.introduced.insert(1, 0);
        r.introduced.insert(2, 50);
        // Before offset 50 only entity 1 is introduced.
        assert_eq!(r.partial(&[1, 2], &[], 10), Some(1));
        // After 50 both are: unresolved, never guessed.
        assert_eq!(r.partial(&[1, 2], &[], 60), None);
        // Not introduced at all: a standalone short form with one owner.
        assert_eq!(r.partial(&[7], &[7], 60), Some(7));
        assert_eq!(r.partial(&[7, 8], &[7, 8], 60), None);
        assert_eq!(r.partial(&[7], &[], 60), None);
    }

    #[test]
    fn partial_may_look_ahead_to_a_later_introduction() {
        let mut r = Resolver::new();
        r.introduced.insert(4, 100);
        assert_eq!(r.partial(&[4, 5], &[], 10), Some(4));
    }

    #[test]
    fn sentence_of_finds_the_containing_sentence() {
        let s = |a, b| Sentence {
            range: a..b,
            paragraph: 0,
        };
        let sents = [s(0, 10), s(12, 20), s(25, 30)];
        assert_eq!(sentence_of(&sents, 0), 0);
        assert_eq!(sentence_of(&sents, 9), 0);
        assert_eq!(sentence_of(&sents, 11), 1);
        assert_eq!(sentence_of(&sents, 26), 2);
        assert_eq!(sentence_of(&sents, 99), 2);
        assert_eq!(sentence_of(&[], 5), 0);
    }
}

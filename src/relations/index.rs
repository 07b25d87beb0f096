//! [`Extractor`]: a gazetteer and a lexicon with the lookups the rules
//! need (countries, demonyms, office holders) computed once, so that many
//! documents do not rescan the whole gazetteer.

use super::cues::Cues;
use super::lexicon::{ArgType, Lexicon};
use super::sentence::Sent;
use super::text::{fold, fold_words};
use crate::base::types::EntityType;
use crate::base::FastMap;
use crate::gazetteer::Gazetteer;
use crate::ingest::document::Sentence;
use crate::tag::normalize::Normalized;
use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::Anchored;
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// One office held, with entity indices resolved.
#[derive(Clone, Debug)]
pub(crate) struct Held {
    pub person: u32,
    pub office: String,
    pub of: u32,
    pub start: Option<String>,
    pub end: Option<String>,
}

/// Whole words found in raw text by a DFA (ASCII, any case) walked byte
/// by byte, as [`Cues::scan`] walks its own: the crate's overlapping search
/// keeps its state in memory between bytes and checks more per byte. The
/// first words of fused titles ([`Extractor::fused_in`]) and the words of
/// sport reports ([`super::sport`]).
#[derive(Clone, Debug)]
pub(crate) struct WordFinder {
    dfa: DFA,
    start: StateID,
}

impl WordFinder {
    /// A finder of `words` (`None` when the DFA cannot be built).
    pub(crate) fn new(words: &BTreeSet<String>) -> Option<WordFinder> {
        let dfa = DFA::builder()
            .ascii_case_insensitive(true)
            .build(words)
            .ok()?;
        let start = dfa.start_state(Anchored::No).ok()?;
        Some(WordFinder { dfa, start })
    }

    /// Whether a word of the finder stands in `text` as a whole word (no
    /// alphanumeric char on either side): every pattern that ends at every
    /// byte, as an overlapping search reports them.
    fn in_text(&self, text: &str) -> bool {
        self.walk(text, |_| true)
    }

    /// Whether `want` distinct words of the finder stand in `text` as
    /// whole words (the walk stops at the `want`-th).
    pub(crate) fn distinct_in(&self, text: &str, want: usize) -> bool {
        let mut seen: Vec<usize> = Vec::new();
        self.walk(text, |p| {
            if !seen.contains(&p) {
                seen.push(p);
            }
            seen.len() >= want
        })
    }

    /// Walks `text`, calling `found` with the pattern of each whole-word
    /// match until it returns true; whether it did.
    fn walk(&self, text: &str, mut found: impl FnMut(usize) -> bool) -> bool {
        let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        let a = &self.dfa;
        let mut sid = self.start;
        for (i, &b) in text.as_bytes().iter().enumerate() {
            sid = a.next_state(Anchored::No, sid, b);
            // (a start state is special too when the DFA has a prefilter,
            // and it is no match state)
            if !(a.is_special(sid) && a.is_match(sid)) {
                continue;
            }
            let end = i + 1;
            for k in 0..a.match_len(sid) {
                let pattern = a.match_pattern(sid, k);
                let len = a.pattern_len(pattern);
                // (an ASCII match starts and ends on char boundaries)
                let whole = end.checked_sub(len).is_some_and(|start| {
                    !alnum(text.get(..start).and_then(|h| h.chars().next_back()))
                        && !alnum(text.get(end..).and_then(|t| t.chars().next()))
                });
                if whole && found(pattern.as_usize()) {
                    return true;
                }
            }
        }
        false
    }
}

/// Relation extraction over one gazetteer and lexicon; build it once and
/// reuse it for every document.
#[derive(Clone, Debug)]
pub struct Extractor<'a> {
    pub(crate) gaz: &'a Gazetteer,
    pub(crate) lex: &'a Lexicon,
    /// Places that are countries: they have demonyms or own an office.
    pub(crate) countries: BTreeSet<u32>,
    /// Folded demonyms of places: (entity, words).
    pub(crate) demonyms: Vec<(u32, Vec<String>)>,
    /// `demonyms` indexes by first word.
    pub(crate) demonym_index: FastMap<String, Vec<usize>>,
    /// Every role of every entity.
    pub(crate) held: Vec<Held>,
    /// `Lexicon::titles` indexes by first word, in lexicon order (so the
    /// first candidate that matches is the one a scan of the whole list
    /// finds), and whether each title is also an English one.
    pub(crate) title_index: FastMap<String, Vec<(usize, bool)>>,
    /// `title_index` by the word table's id of the first word, for a
    /// sentence the lexicon's table numbered (an id with no title: empty);
    /// `None` when some title's first word has no id.
    pub(crate) title_ids: Option<Vec<Vec<(usize, bool)>>>,
    /// The per-sentence trigger and title filter (`None`: analyse every
    /// sentence).
    pub(crate) cues: Option<Cues>,
    /// Folded titles that name their organisation in the same word
    /// (`Office::fused`), with that entity when the gazetteer knows it.
    pub(crate) fused: BTreeMap<Vec<String>, u32>,
    /// Folded titles of `Office::fused_prefix`, with the folded words
    /// their organisation's names start with.
    pub(crate) fused_prefix: BTreeMap<Vec<String>, Vec<String>>,
    /// Folded names of organisations starting with a `fused_prefix`.
    pub(crate) prefixed: BTreeMap<Vec<String>, u32>,
    /// The first words of `fused` and `fused_prefix`.
    pub(crate) fused_words: BTreeSet<String>,
    /// Finds `fused_words` in raw text (ASCII case-insensitive; `None`
    /// when a word is not ASCII and the text must be folded instead).
    fused_finder: Option<WordFinder>,
    /// Finds the words of class `sport_context` ([`super::sport`]).
    pub(crate) sport_words: Option<WordFinder>,
    /// `Lexicon::capitals` with entity indices (either id unknown: left
    /// out).
    pub(crate) capitals: BTreeMap<u32, u32>,
    /// The country of each city: `capitals` and `Lexicon::cities`.
    pub(crate) city_country: BTreeMap<u32, u32>,
    /// Per entity index, whether it is in `countries` ([`COUNTRY`]), a
    /// province or state of `Lexicon::provinces` ([`PROVINCE`]) or an
    /// island or region that holds several provinces, of
    /// `Lexicon::larger` ([`LARGER`]): the type checks of every rule read
    /// one byte instead of searching three sets.
    pub(crate) place_kinds: Vec<u8>,
    /// Whether every appositive rule takes only places on one side at
    /// least, so that a sentence naming no place states no `located_in`
    /// by apposition ([`Extractor::may_locate`]).
    apposed_places: bool,
}

/// `Extractor::place_kinds` bit: the entity is in `countries`.
pub(crate) const COUNTRY: u8 = 1;
/// `Extractor::place_kinds` bit: the entity is in `provinces`.
pub(crate) const PROVINCE: u8 = 2;
/// `Extractor::place_kinds` bit: the entity is in `larger`.
pub(crate) const LARGER: u8 = 4;

/// The `place_kinds` of the three sets, over `n` entities (and any index
/// a set holds past them).
fn place_kinds(n: usize, sets: [(&BTreeSet<u32>, u8); 3]) -> Vec<u8> {
    let last = sets
        .iter()
        .filter_map(|(set, _)| set.last())
        .map(|&i| i as usize + 1)
        .max()
        .unwrap_or(0);
    let mut kinds = vec![0u8; n.max(last)];
    for (set, bit) in sets {
        for &i in set {
            kinds[i as usize] |= bit;
        }
    }
    kinds
}

impl<'a> Extractor<'a> {
    /// Whether `text` holds the first word of a title fused with an
    /// organisation the gazetteer knows ("Kapolri X": one name, two
    /// entities).
    pub(crate) fn fused_in(&self, text: &str) -> bool {
        if self.fused_words.is_empty() {
            return false;
        }
        // A scan of the raw text: folding every word of every sentence
        // that names one entity cost a seventh of the relations stage.
        let Some(finder) = &self.fused_finder else {
            return fold_words(text)
                .iter()
                .any(|w| self.fused_words.contains(w));
        };
        finder.in_text(text)
    }

    /// The organisation the title at tokens `ts..te` names in the same
    /// word, and the end of its name: the title's end ("Kapolri X", when
    /// the text names no organisation: `named`), or after the capitalised
    /// words that complete the name ("Kapolda Metro Jaya X": the longest
    /// that names an organisation; none known: `(None, te)`, so the place
    /// after the title is not its organisation).
    pub(crate) fn fused_at(
        &self,
        s: &Sent,
        ts: usize,
        te: usize,
        named: bool,
    ) -> Option<(Option<u32>, usize)> {
        // (most titles fuse nothing: their first word says so, no copy)
        if !self.fused_words.contains(&s.toks.get(ts)?.norm) {
            return None;
        }
        let words: Vec<String> = s.toks.get(ts..te)?.iter().map(|t| t.norm.clone()).collect();
        if let Some(&e) = self.fused.get(&words) {
            return (!named).then_some((Some(e), te));
        }
        let mut name = self.fused_prefix.get(&words)?.clone();
        let caps = (te..(te + 4).min(s.toks.len()))
            .take_while(|&k| s.toks[k].word && s.toks[k].upper)
            .count();
        name.extend(s.toks[te..te + caps].iter().map(|t| t.norm.clone()));
        let first = name.len() - caps;
        let found = (1..=caps).rev().find_map(|n| {
            let e = self.prefixed.get(&name[..first + n])?;
            Some((Some(*e), te + n))
        });
        Some(found.unwrap_or((None, te)))
    }

    /// Indexes the gazetteer's demonyms and roles (roles naming an unknown
    /// entity are ignored).
    pub fn new(gaz: &'a Gazetteer, lex: &'a Lexicon) -> Extractor<'a> {
        let ids: HashMap<&str, u32> = gaz
            .entities
            .iter()
            .enumerate()
            .map(|(i, e)| (e.id.as_str(), i as u32))
            .collect();
        let mut countries = BTreeSet::new();
        let mut demonyms = Vec::new();
        let mut held = Vec::new();
        let subnational: BTreeSet<&str> = lex
            .offices
            .iter()
            .filter(|o| o.subnational)
            .map(|o| o.office.as_str())
            .collect();
        for (i, e) in gaz.entities.iter().enumerate() {
            let i = i as u32;
            if e.etype == EntityType::Place && !e.demonyms.is_empty() {
                countries.insert(i);
                demonyms.extend(e.demonyms.iter().map(|d| (i, fold_words(d))));
            }
            for r in &e.roles {
                if let Some(&of) = ids.get(r.of.as_str()) {
                    let place = gaz
                        .entities
                        .get(of as usize)
                        .is_some_and(|o| o.etype == EntityType::Place);
                    if place && !subnational.contains(r.office.as_str()) {
                        countries.insert(of);
                    }
                    held.push(Held {
                        person: i,
                        office: r.office.clone(),
                        of,
                        start: r.start.clone(),
                        end: r.end.clone(),
                    });
                }
            }
        }
        demonyms.retain(|(_, w)| !w.is_empty());
        let mut demonym_index: FastMap<String, Vec<usize>> = FastMap::default();
        for (di, (_, words)) in demonyms.iter().enumerate() {
            if let Some(first) = words.first() {
                demonym_index.entry(first.clone()).or_default().push(di);
            }
        }
        let mut title_index: FastMap<String, Vec<(usize, bool)>> = FastMap::default();
        for (ti, (_, _, words)) in lex.titles.iter().enumerate() {
            if let Some(first) = words.first() {
                let english = lex.titles.iter().any(|(_, en, w)| *en && w == words);
                title_index
                    .entry(first.clone())
                    .or_default()
                    .push((ti, english));
            }
        }
        // (a token's id is a load where its text would be hashed: issue 22,
        // twenty-fourth round)
        let mut title_ids: Option<Vec<Vec<(usize, bool)>>> = Some(Vec::new());
        for (first, cands) in &title_index {
            let id = lex.words.id(first) as usize;
            let ids = if id == super::text::NO_WORD as usize {
                None
            } else {
                title_ids.as_mut()
            };
            let Some(ids) = ids else {
                title_ids = None;
                break;
            };
            if ids.len() <= id {
                ids.resize(id + 1, Vec::new());
            }
            ids[id] = cands.clone();
        }
        let fused_prefix: BTreeMap<Vec<String>, Vec<String>> = lex
            .offices
            .iter()
            .flat_map(|o| &o.fused_prefix)
            .map(|(title, first)| (fold_words(title), fold_words(first)))
            .collect();
        let firsts: BTreeSet<&Vec<String>> = fused_prefix.values().collect();
        let fused_titles: Vec<(Vec<String>, Vec<String>)> = lex
            .offices
            .iter()
            .flat_map(|o| &o.fused)
            .map(|(title, org)| (fold_words(title), fold_words(org)))
            .collect();
        let wanted: BTreeSet<&Vec<String>> = fused_titles.iter().map(|(_, o)| o).collect();
        // one pass over the names of organisations and places (the first
        // entity with a name wins): the fused names, and the names that
        // start with a prefix
        let mut whole: BTreeMap<Vec<String>, u32> = BTreeMap::new();
        let mut prefixed = BTreeMap::new();
        let any = !wanted.is_empty() || !firsts.is_empty();
        // Only a name whose first word opens a wanted name or a prefix can
        // be one: that word is compared first, without folding the whole
        // name (a DBpedia-sized gazetteer has hundreds of thousands).
        let heads: Option<BTreeSet<&str>> = wanted
            .iter()
            .chain(firsts.iter())
            .map(|w| w.first().map(String::as_str))
            .collect();
        let may_be = |name: &str| {
            let Some(heads) = &heads else {
                return true;
            };
            let first = name
                .split(|c: char| !c.is_alphanumeric())
                .find(|w| !w.is_empty());
            first.is_some_and(|w| {
                if w.is_ascii() {
                    heads.iter().any(|h| h.eq_ignore_ascii_case(w))
                } else {
                    heads.contains(fold(w).as_str())
                }
            })
        };
        for (i, e) in gaz.entities.iter().enumerate().filter(|_| any) {
            if e.etype == EntityType::Person {
                continue;
            }
            let names = std::iter::once(&e.name).chain(&e.aliases).chain(&e.short);
            for words in names.filter(|n| may_be(n)).map(|n| fold_words(n)) {
                let hit = firsts
                    .iter()
                    .any(|f| words.len() > f.len() && words.starts_with(f));
                if e.etype == EntityType::Organisation && hit {
                    prefixed.entry(words.clone()).or_insert(i as u32);
                }
                if wanted.contains(&words) {
                    whole.entry(words).or_insert(i as u32);
                }
            }
        }
        let fused: BTreeMap<Vec<String>, u32> = fused_titles
            .iter()
            .filter_map(|(title, org)| Some((title.clone(), *whole.get(org)?)))
            .collect();
        let fused_words: BTreeSet<String> = fused
            .keys()
            .chain(fused_prefix.keys())
            .filter_map(|w| w.first().cloned())
            .collect();
        let fused_finder = fused_words
            .iter()
            .all(|w| w.is_ascii())
            .then(|| WordFinder::new(&fused_words))
            .flatten();
        let capitals: BTreeMap<u32, u32> = lex
            .capitals
            .iter()
            .filter_map(|(c, of)| Some((*ids.get(c.as_str())?, *ids.get(of.as_str())?)))
            .collect();
        let mut city_country: BTreeMap<u32, u32> = lex
            .cities
            .iter()
            .filter_map(|(c, of)| Some((*ids.get(c.as_str())?, *ids.get(of.as_str())?)))
            .collect();
        city_country.extend(capitals.iter().map(|(&c, &of)| (c, of)));
        // a place with a capital in the `capitals` data is a country, though
        // it has no demonym of its own ("Dominican" and "Congolese" went to
        // namesakes): "Santo Domingo, Dominican Republic" (thirty-fourth
        // round, part C)
        countries.extend(capitals.values().copied());
        let provinces: BTreeSet<u32> = lex
            .provinces
            .keys()
            .filter_map(|p| ids.get(p.as_str()).copied())
            .collect();
        let larger: BTreeSet<u32> = lex
            .larger
            .iter()
            .filter_map(|p| ids.get(p.as_str()).copied())
            .collect();
        let place_kinds = place_kinds(
            gaz.entities.len(),
            [
                (&countries, COUNTRY),
                (&provinces, PROVINCE),
                (&larger, LARGER),
            ],
        );
        let place_only = |types: &[ArgType]| {
            !types
                .iter()
                .any(|t| matches!(t, ArgType::Person | ArgType::Organisation))
        };
        let apposed_places = lex
            .rules
            .iter()
            .filter(|r| r.appositive)
            .all(|r| place_only(&r.source) || place_only(&r.target));
        Extractor {
            apposed_places,
            place_kinds,
            city_country,
            capitals,
            fused_finder,
            sport_words: super::sport::finder(lex),
            fused,
            fused_prefix,
            prefixed,
            fused_words,
            cues: Cues::new(lex),
            title_index,
            title_ids,
            gaz,
            lex,
            countries,
            demonyms,
            demonym_index,
            // (sorted by person: `role_countries` searches it)
            held: {
                debug_assert!(held.is_sorted_by_key(|h| h.person));
                held
            },
        }
    }

    /// Whether sentence `s` may state a `located_in` by apposition,
    /// possessive or venue (`owned_place::places`): each of those passes
    /// pairs a place mention (a town, city, country or venue) with
    /// another, so a sentence naming no place (its mentions as they stand
    /// after coreference) states none. Skipping the passes there saves
    /// about half of their calls (throughput, twenty-second round).
    pub(crate) fn may_locate(&self, s: &Sent) -> bool {
        !self.apposed_places
            || s.ments.iter().any(|m| {
                m.etype == EntityType::Place
                    || self
                        .gaz
                        .entities
                        .get(m.entity as usize)
                        .is_some_and(|e| e.etype == EntityType::Place)
            })
    }

    /// The countries whose offices `person` holds in the gazetteer's roles,
    /// at any time. `held` is built in entity order, so one binary search
    /// finds a person's rows (the gazetteer may hold thousands).
    pub(crate) fn role_countries(&self, person: u32) -> impl Iterator<Item = u32> + '_ {
        let i = self.held.partition_point(|h| h.person < person);
        self.held[i..]
            .iter()
            .take_while(move |h| h.person == person)
            .map(|h| h.of)
            .filter(|of| self.countries.contains(of))
    }

    /// Who held `office` of `of` at some time in `year` (`YYYY`): every
    /// holder whose term overlaps that year, sorted.
    pub(crate) fn holders_in_year(&self, office: &str, of: u32, year: &str) -> Vec<u32> {
        let (first, last) = (format!("{year}-01-01"), format!("{year}-12-31"));
        self.holders_between(office, of, Some((&first, &last)))
    }

    /// Every holder of `office` of `of` whose term overlaps `span` (first
    /// and last day, inclusive; any term when `None`), sorted.
    fn holders_between(&self, office: &str, of: u32, span: Option<(&str, &str)>) -> Vec<u32> {
        let mut out: Vec<u32> = self
            .held
            .iter()
            .filter(|h| {
                h.office == office
                    && h.of == of
                    && span.is_none_or(|(first, last)| {
                        h.start.as_deref().is_none_or(|s| s <= last)
                            && h.end.as_deref().is_none_or(|e| first <= e)
                    })
            })
            .map(|h| h.person)
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    /// People who held `office` of `of` on `date` (at any time when `None`).
    pub(crate) fn holders(&self, office: &str, of: u32, date: Option<&str>) -> Vec<u32> {
        let mut out = self.holders_between(office, of, date.map(|d| (d, d)));
        // a hand-over day (one term ends as the next starts) belongs to the
        // new holder
        if let (Some(d), true) = (date, out.len() > 1) {
            let ending: Vec<u32> = self
                .held
                .iter()
                .filter(|h| h.office == office && h.of == of && h.end.as_deref() == Some(d))
                .map(|h| h.person)
                .collect();
            if ending.len() < out.len() {
                out.retain(|p| !ending.contains(p));
            }
        }
        out
    }

    /// Scans a document's normalised text for the words the rules need
    /// and fills `flags` with one byte per sentence, for
    /// [`Extractor::extract`] and [`Extractor::title_mentions`]; the
    /// filter never hides a sentence the rules would use. `None` when the
    /// lexicon allows no exact filter (every sentence is then analysed).
    pub fn scan_cues<'f>(
        &self,
        norm: &Normalized,
        sentences: &[Sentence],
        flags: &'f mut Vec<u8>,
    ) -> Option<&'f [u8]> {
        self.cues.as_ref()?.scan(norm, sentences, flags);
        Some(flags)
    }
}

#[cfg(test)]
mod tests {
    use super::{Extractor, WordFinder};
    use crate::relations::lexicon::Lexicon;
    use crate::relations::sentence::Sent;
    use crate::relations::tests::{find_mentions, gaz, prepare};
    use aho_corasick::AhoCorasick;
    use std::collections::BTreeSet;

    // The walk answers as the crate's overlapping search with the same
    // whole-word test.
    #[test]
    fn fused_walk_answers_as_the_overlapping_search() {
        let words: BTreeSet<String> = ["kapolri", "kapolda", "pol", "polri", "wakapolri"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        let walk = WordFinder::new(&words).unwrap();
        let search = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .build(&words)
            .unwrap();
        let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
        for t in [
            "",
            "Kapolri",
            "kata Kapolri Jenderal X.",
            "WakapolriX dan Kapoldaé",
            "éKapolri",
            "Kapolri's",
            "polisi POL Polri",
            "Wakapolri, kapolda",
            "ÉKAPOLDA Polri日本",
            "kapolrix kapoldas xpol",
        ] {
            let want = search.find_overlapping_iter(t).any(|m| {
                !alnum(t[..m.start()].chars().next_back()) && !alnum(t[m.end()..].chars().next())
            });
            assert_eq!(walk.in_text(t), want, "{t}");
        }
    }

    // The located_in passes are skipped only in a sentence that names no
    // place, and never for a lexicon whose appositive rule pairs other
    // types (persons with organisations here).
    #[test]
    fn may_locate_asks_for_a_place_mention() {
        let g = gaz();
        let sent = |text: &str| {
            let prep = prepare(text);
            let mentions = find_mentions(text, &g, &prep);
            Sent::build(text, 0..text.len(), &mentions, &g)
        };
        let builtin = Lexicon::builtin();
        let x = Extractor::new(&g, &builtin);
        assert!(x.may_locate(&sent("Putin tiba di Moskow, Rusia.")));
        assert!(!x.may_locate(&sent("Putin bertemu Kim Jong Un.")));
        assert!(!x.may_locate(&sent("Semua orang makan.")));
        let data = r#"{"kind": "member_of", "lang": "en", "source": ["person"], "target": ["organisation", "place"], "triggers": [], "appositive": true}"#;
        let mut lex = Lexicon::builtin();
        lex.extend_from_reader(data.as_bytes(), "extra.jsonl")
            .expect("parses");
        let x = Extractor::new(&g, &lex);
        assert!(x.may_locate(&sent("Putin bertemu Kim Jong Un.")));
    }
}

//! `suggest`: the proper-name sequences of a corpus that no gazetteer
//! entry covers, ranked by documents, with a type guess and its reason.
//!
//! In: prepared documents and their mentions (nested names included, as
//! `tag --all` shows them), the gazetteer and its chunk words, the rules of
//! [`rules`]. Out: [`Suggestion`]s. A candidate is a run of capitalised
//! words in a sentence (connectors such as "bin" or "of" may join them)
//! that no mention overlaps; function words, titles and place words are
//! taken off its front (they are the type cues), a sentence-initial word the
//! document also writes in lowercase is dropped, and weekdays, months and
//! site furniture never belong to one. Surface forms are grouped by the
//! matcher's own comparison (case, diacritics, spaces and hyphens aside:
//! "Shin Tae-yong" = "Shin Tae Yong" = "Shin Taeyong") and its
//! transliteration rules. Results do not depend on thread count: documents
//! are added in input order.

mod guess;
pub mod rules;
mod shape;
mod spelled;

use crate::base::types::{EntityType, Mention};
use crate::gazetteer::{
    name_key, ChunkWords, Gazetteer, TranslitRule, CONNECTOR, PLACE, STOP, TITLE,
};
use crate::ingest::document::Prepared;
use guess::{guess, Candidate};
use rules::{
    Rules, ARTICLE, COMMON, DATE, FUNCTION, FURNITURE, NICKNAME, ORG_BEFORE, ORG_HEAD,
    OTHER_BEFORE, OTHER_RIGHT_BEFORE, PERSON_BEFORE, PLACE_BEFORE, PLACE_HEAD, SKIP_HEAD, SOURCE,
    WEAK_ARTICLE, WORK_JOINER,
};
use shape::{acronym, collapse, elided, hyphen_neighbour, model_code, split_words, Word};
use std::collections::{BTreeMap, HashMap, HashSet};

/// One suggestion.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Suggestion {
    /// The most frequent surface form.
    pub name: String,
    /// Every surface form seen, with its count.
    pub forms: BTreeMap<String, u64>,
    /// The type guessed.
    pub etype: EntityType,
    /// Why.
    pub reason: String,
    /// Mentions.
    pub mentions: u64,
    /// Documents.
    pub documents: u64,
    /// One document it occurs in, and the sentence.
    pub example: (String, String),
}

/// The suggestions of a corpus, fed one document at a time.
#[derive(Debug)]
pub struct Suggester {
    rules: Rules,
    chunks: ChunkWords,
    translit: Vec<TranslitRule>,
    /// Keys of every name, and every run of words of a name, the gazetteer
    /// knows.
    known: HashSet<String>,
    candidates: HashMap<String, Candidate>,
    docs: u64,
    /// Words the corpus writes in lowercase, with their counts.
    lowercase: HashMap<String, u64>,
    /// Keys of acronyms the corpus spells out: how often in lowercase
    /// words, how often in capitals.
    spelled: HashMap<String, (u64, u64)>,
    /// Start offsets of the results-table codes of the current sentence.
    codes: Vec<usize>,
}

fn type_code(t: EntityType) -> u8 {
    match t {
        EntityType::Person => 0,
        EntityType::Place => 1,
        EntityType::Organisation => 2,
    }
}

impl Suggester {
    /// A suggester for the names `gaz` does not know.
    pub fn new(gaz: &Gazetteer, rules: Rules) -> Suggester {
        let mut s = Suggester {
            rules,
            chunks: gaz.chunks.clone(),
            translit: gaz.rules.clone(),
            known: HashSet::new(),
            candidates: HashMap::new(),
            docs: 0,
            lowercase: HashMap::new(),
            spelled: HashMap::new(),
            codes: Vec::new(),
        };
        for e in &gaz.entities {
            for name in e.full_names().iter().chain(&e.short).chain(&e.demonyms) {
                let words: Vec<String> = name.split_whitespace().map(name_key).collect();
                if words.len() > 8 {
                    continue;
                }
                for i in 0..words.len() {
                    for j in i + 1..=words.len() {
                        let key = s.canon(words[i..j].concat());
                        s.known.insert(key);
                    }
                }
            }
        }
        s
    }

    /// The key of a name from the name keys of its words run together
    /// (so "Tae-yong", "Tae Yong" and "Taeyong" agree), with the
    /// transliteration rules applied one way (the smaller spelling of a
    /// pair), so that spelling variants share a key.
    fn canon(&self, mut key: String) -> String {
        for r in &self.translit {
            let reverse = self
                .translit
                .iter()
                .any(|o| o.from == r.to && o.to == r.from);
            if reverse && r.to > r.from {
                continue;
            }
            if !r.from.is_empty() && key.contains(&r.from) {
                key = key.replace(&r.from, &r.to);
            }
        }
        key
    }

    /// Adds one document: its prepared text and its mentions.
    pub fn add(&mut self, doc_id: &str, prep: &Prepared, mentions: &[Mention], nested: &[Mention]) {
        let _ = nested;
        self.docs += 1;
        let text = prep.clean.as_str();
        let mut spans: Vec<(usize, usize)> = mentions.iter().map(|m| (m.start, m.end)).collect();
        spans.sort_unstable();
        // Words the document writes in lowercase.
        let mut lower: HashSet<&str> = HashSet::new();
        for w in text.split(|c: char| !c.is_alphanumeric() && c != '-') {
            if w.chars().next().is_some_and(char::is_lowercase) && lower.insert(w) {
                *self.lowercase.entry(w.to_string()).or_default() += 1;
            }
        }
        for sentence in &prep.sentences {
            let range = sentence.range.clone();
            let Some(stext) = text.get(range.clone()) else {
                continue;
            };
            let line_start = stext.trim_start().to_lowercase();
            if self
                .rules
                .lines
                .iter()
                .any(|p| line_start.starts_with(p.as_str()))
            {
                continue;
            }
            let words = split_words(text, range.start, range.end, &spans);
            let chunks = &self.chunks;
            let rules = &self.rules;
            let found = spelled::spelled(text, &words, |w| {
                chunks.flags(w) & (CONNECTOR | STOP) != 0 || rules.flags(w) & FUNCTION != 0
            });
            self.codes = spelled::table_codes(text, &words, &found);
            for &(acr, lower) in &found {
                let key = self.canon(name_key(acr));
                let e = self.spelled.entry(key).or_default();
                if lower {
                    e.0 += 1;
                } else {
                    e.1 += 1;
                }
            }
            // A headline in title case: most words capitalised though the
            // document writes them in lowercase.
            let title_case = words
                .iter()
                .skip(1)
                .filter(|w| {
                    w.capital && lower.contains(text[w.start..w.end].to_lowercase().as_str())
                })
                .count();
            if words.len() >= 4 && title_case * 2 >= words.len() {
                continue;
            }
            self.sentence(doc_id, text, stext, &words, &lower);
        }
    }

    /// The candidates of one sentence.
    fn sentence(
        &mut self,
        doc_id: &str,
        text: &str,
        stext: &str,
        words: &[Word],
        lower: &HashSet<&str>,
    ) {
        let mut i = 0;
        while i < words.len() {
            if !words[i].capital
                || words[i].known
                || self.blocked(&text[words[i].start..words[i].end])
            {
                i += 1;
                continue;
            }
            let mut j = i + 1;
            while j < words.len() && !words[j].after_break && !words[j].known {
                let w = &text[words[j].start..words[j].end];
                let joins = if words[j].capital {
                    !self.blocked(w)
                } else if elided(w) {
                    // An elided article or preposition before a capital
                    // ("Ballon d'Or", "Côte d'Ivoire") belongs to the name.
                    true
                } else {
                    // A connector between two capitalised words ("bin", "of").
                    self.chunks.flags(w) & CONNECTOR != 0
                        && j + 1 < words.len()
                        && words[j + 1].capital
                        && !words[j + 1].after_break
                        && !words[j + 1].known
                };
                if !joins {
                    break;
                }
                j += 1;
            }
            // A run written right against a known name, with no
            // punctuation between ("Mabes" of "Mabes Polri", "Pengadilan
            // Negeri" of "Pengadilan Negeri Jakarta") is the front of a
            // longer name, not a name of its own.
            let glued = words.get(j).is_some_and(|w| w.known && !w.after_break);
            if !glued {
                self.chunk(doc_id, text, stext, words, i, j, lower);
            }
            i = j;
        }
    }

    /// Whether the run starting at `first` follows a version number
    /// after a capitalised word that does not open the sentence ("berbasis
    /// Android 8.0 Oreo"; not "Sebanyak 328 KK"): a product.
    fn version_before(&self, text: &str, words: &[Word], first: usize) -> bool {
        first >= 2 && !words[first].after_break && !words[first - 1].after_break && {
            let num = &text[words[first - 1].start..words[first - 1].end];
            num.starts_with(|c: char| c.is_ascii_digit())
                && !num.contains(' ')
                && (words[first - 2].capital || words[first - 2].known)
                && !words[first - 2].after_break
        }
    }

    /// A weekday, month, furniture word or common noun in capitals.
    fn blocked(&self, w: &str) -> bool {
        self.rules.flags(w) & (DATE | FURNITURE | COMMON) != 0
    }

    /// The type a cue word before a name points to, and why. A title word
    /// of the name chunks counts only when capitalised and not itself a
    /// mention: every word of the office titles is one ("besar", "utama",
    /// "Indonesia"), and only a capitalised title stands before a name.
    fn cue_before(&self, w: &str, known: bool) -> Option<(EntityType, String)> {
        let f = self.rules.flags(w);
        let c = self.chunks.flags(w);
        if f & ORG_BEFORE != 0 {
            Some((EntityType::Organisation, format!("`{w}` before it")))
        } else if f & PLACE_BEFORE != 0 {
            Some((EntityType::Place, format!("`{w}` before it")))
        } else if f & PERSON_BEFORE != 0
            || (c & TITLE != 0 && !known && w.starts_with(char::is_uppercase))
        {
            Some((EntityType::Person, format!("title or cue `{w}` before it")))
        } else if c & PLACE != 0 {
            Some((EntityType::Place, format!("`{w}` before it")))
        } else {
            None
        }
    }

    /// One run of capitalised words `words[i..j]`.
    #[allow(clippy::too_many_arguments)]
    fn chunk(
        &mut self,
        doc_id: &str,
        text: &str,
        stext: &str,
        words: &[Word],
        mut i: usize,
        mut j: usize,
        lower: &HashSet<&str>,
    ) {
        let initial = i == 0 || words[i].after_break && i <= 1;
        let first = i;
        let mut cue: Option<(EntityType, String)> = None;
        // Context before the run: a cue word, looking back over names, but
        // not across punctuation ("Mahkamah Agung ( MA )").
        let mut k = i;
        let mut other = false;
        let mut nickname: Option<String> = None;
        // Lowercase words passed: a word such as "film" may stand one
        // word further back ("film animasi X", "album mini X"); cues of
        // a type must stand right before the name (or before the names
        // before it).
        let mut passed = 0;
        while k > 0 && i - k < 4 && !words[k].after_break {
            k -= 1;
            let w = &text[words[k].start..words[k].end];
            let f = self.rules.flags(w);
            if f & OTHER_BEFORE != 0 || (passed == 0 && f & OTHER_RIGHT_BEFORE != 0) {
                other = true;
                break;
            }
            if passed > 0 {
                break;
            }
            if f & NICKNAME != 0 {
                nickname = Some(w.to_lowercase());
                break;
            }
            // A source quoted ("dilansir X", "dikutip dari X"): a medium.
            let quoted = |k: usize| {
                let w = &text[words[k].start..words[k].end];
                (self.rules.flags(w) & SOURCE != 0)
                    .then(|| (EntityType::Organisation, format!("a source, after `{w}`")))
            };
            if let Some(c) = quoted(k) {
                cue = Some(c);
                break;
            }
            if let Some(c) = self.cue_before(w, words[k].known) {
                let from = c.0 == EntityType::Place && f & PLACE_BEFORE != 0 && k > 0;
                cue = from.then(|| quoted(k - 1)).flatten().or(Some(c));
                break;
            }
            if !(words[k].capital || words[k].known) {
                if f & FUNCTION != 0 || self.chunks.flags(w) & (STOP | CONNECTOR) != 0 {
                    break;
                }
                passed += 1;
            }
        }
        // Cue words at the front are taken off. Two capitalised function
        // words or more there, within a sentence, open the title of a work
        // ("The Last Jedi").
        let mut titled = 0;
        while i < j {
            let w = &text[words[i].start..words[i].end];
            let f = self.rules.flags(w);
            let c = self.chunks.flags(w);
            if f & FUNCTION != 0 || c & STOP != 0 {
                titled += usize::from(!initial);
                i += 1;
            } else if f & PERSON_BEFORE != 0 || c & TITLE != 0 {
                cue = Some((EntityType::Person, format!("title `{w}` before it")));
                i += 1;
            } else if (f & PLACE_BEFORE != 0 || c & PLACE != 0) && f & ORG_HEAD == 0 {
                cue = Some((EntityType::Place, format!("`{w}` before it")));
                i += 1;
            } else if initial && i == 0 && lower.contains(w.to_lowercase().as_str()) {
                i += 1;
            } else {
                break;
            }
        }
        while j > i {
            let w = &text[words[j - 1].start..words[j - 1].end];
            if self.rules.flags(w) & FUNCTION != 0 || self.chunks.flags(w) & (STOP | CONNECTOR) != 0
            {
                j -= 1;
            } else {
                break;
            }
        }
        if i >= j {
            return;
        }
        // A title's joining word inside the name, or after it before a
        // lowercase word and a capital ("Guardians of the Galaxy").
        let joiner = |k: usize| {
            words.get(k).is_some_and(|w| {
                !w.capital && self.rules.flags(&text[w.start..w.end]) & WORK_JOINER != 0
            })
        };
        let cut_title = joiner(j)
            && words
                .get(j + 1)
                .is_some_and(|w| !w.capital && !w.after_break)
            && words
                .get(j + 2)
                .is_some_and(|w| w.capital && !w.after_break);
        other |= titled >= 2 || cut_title;
        let parts: Vec<&str> = words[i..j].iter().map(|w| &text[w.start..w.end]).collect();
        // A country or team code in a results table.
        other |= parts.len() == 1 && self.codes.contains(&words[i].start);
        let hyphened = hyphen_neighbour(text, words, i, j);
        let surface = text[words[i].start..words[j - 1].end].to_string();
        if parts.len() == 1 {
            let only = parts[0];
            let letters = only.chars().filter(|c| c.is_alphabetic()).count();
            if letters < 2
                || self.rules.flags(only) & FUNCTION != 0
                || only.chars().all(|c| c.is_ascii_digit())
            {
                return;
            }
        }
        let lowered: Vec<String> = parts.iter().map(|p| p.to_lowercase()).collect();
        // A common phrase, or a legal form alone ("CV"), names nothing.
        if self.rules.is_phrase(&lowered, COMMON)
            || (parts.len() == 1 && self.rules.legal(parts[0]))
        {
            return;
        }
        let mut inner: Option<(EntityType, String)> = None;
        for p in &parts {
            let f = self.rules.flags(p);
            if f & SKIP_HEAD != 0 {
                return;
            }
            if let Some(x) = self.rules.org_suffix(p) {
                inner = Some((EntityType::Organisation, format!("ends in `{x}`")));
            } else if self.rules.legal(p) {
                inner = Some((EntityType::Organisation, format!("legal form `{p}`")));
            } else if f & ORG_HEAD != 0
                && inner
                    .as_ref()
                    .is_none_or(|(t, _)| *t != EntityType::Organisation)
            {
                inner = Some((EntityType::Organisation, format!("organisation word `{p}`")));
            } else if f & PLACE_HEAD != 0 && inner.is_none() {
                inner = Some((EntityType::Place, format!("place word `{p}`")));
            }
        }
        if inner.is_none() && (i + 1..j.saturating_sub(1)).any(joiner) {
            other = true;
        }
        // A name of several words ending in a model code ("Galaxy S8").
        if parts.len() >= 2 && parts.last().is_some_and(|p| model_code(p)) {
            other = true;
        }
        if let Some((phrase, flag)) = self.rules.phrase_in(&lowered) {
            if flag & SKIP_HEAD != 0 {
                return;
            }
            if flag & ORG_HEAD != 0 {
                inner = Some((
                    EntityType::Organisation,
                    format!("organisation words `{phrase}`"),
                ));
            }
        }
        // A title before an acronym names the body its holder leads
        // ("Ketua DPP", "Sekjen INASGOC"), not a person.
        if parts.len() == 1 && acronym(parts[0]) {
            if let Some((EntityType::Person, why)) = &cue {
                cue = Some((
                    EntityType::Organisation,
                    format!("{why}, an acronym: the body the title leads"),
                ));
            }
        }
        let keys: Vec<String> = parts.iter().map(|p| name_key(p)).collect();
        let key = self.canon(keys.concat());
        if key.is_empty() || self.known.contains(&key) {
            return;
        }
        // A number right after the name is a model's ("Galaxy Note 8",
        // "Snapdragon 410"): a product.
        let numbered = words.get(j).is_some_and(|w| {
            !w.after_break && text[w.start..].starts_with(|c: char| c.is_ascii_digit())
        }) || self.version_before(text, words, first);
        // A nickname word right after it ("X ( julukan Persib )").
        if let Some(w) = words.get(j) {
            let between = text[words[j - 1].end..w.start].trim();
            let after = &text[w.start..w.end];
            if matches!(between, "" | "(" | ",") && self.rules.flags(after) & NICKNAME != 0 {
                nickname = Some(after.to_lowercase());
            }
        }
        let docs = self.docs;
        let c = self.candidates.entry(key).or_insert_with(|| Candidate {
            initial_only: true,
            ..Candidate::default()
        });
        *c.forms.entry(surface).or_default() += 1;
        c.mentions += 1;
        if c.last_doc != docs {
            c.last_doc = docs;
            c.documents += 1;
        }
        c.initial_only &= initial && i == first;
        if other || numbered {
            c.others += 1;
        }
        if c.words.is_empty() {
            c.words = keys;
            let f = self.rules.flags(parts[0]);
            if parts.len() >= 2 && f & (ARTICLE | WEAK_ARTICLE) != 0 {
                c.article = Some(parts[0].to_string());
                c.article_weak = f & ARTICLE == 0;
            }
        }
        if let Some(w) = hyphened {
            *c.hyphened.entry(name_key(w)).or_default() += 1;
        }
        if let Some(w) = nickname {
            c.nickname.get_or_insert((w, 0)).1 += 1;
        }
        if inner.is_some() {
            c.inner = inner;
        } else if let Some((t, why)) = cue {
            *c.votes.entry((type_code(t), why)).or_default() += 1;
        }
        if c.example.is_none() {
            c.example = Some((doc_id.to_string(), collapse(stext, 300)));
        }
    }

    /// The suggestions seen in at least `min_docs` documents, most
    /// documents first (then mentions, then name), at most `top`.
    pub fn finish(self, min_docs: u64, top: usize) -> Vec<Suggestion> {
        // Mentions of longer candidates, credited to every run of their words.
        let mut inside: HashMap<String, u64> = HashMap::new();
        for c in self.candidates.values() {
            let n = c.words.len();
            for a in 0..n {
                for b in a + 1..=n {
                    if b - a < n {
                        let key = self.canon(c.words[a..b].concat());
                        *inside.entry(key).or_default() += c.mentions;
                    }
                }
            }
        }
        let mut out: Vec<Suggestion> = Vec::new();
        for (key, c) in self.candidates {
            if c.documents < min_docs || c.initial_only {
                continue;
            }
            // A third of its mentions or more name a work, a product, a
            // people or a faith.
            if c.others * 3 >= c.mentions {
                continue;
            }
            // An acronym the corpus spells out in lowercase words as
            // often as in capitals or more: a common noun.
            if self
                .spelled
                .get(&key)
                .is_some_and(|&(l, u)| l > 0 && l >= u)
            {
                continue;
            }
            // One word the corpus also writes in lowercase in three
            // documents or more: a common word that opened sentences.
            if c.forms.len() <= 2
                && c.words.len() == 1
                && c.forms.keys().all(|f| {
                    self.lowercase
                        .get(&f.to_lowercase())
                        .is_some_and(|&n| n >= 3)
                })
            {
                continue;
            }
            // Mostly seen as part of a longer name, or joined by a
            // hyphen to the same capitalised word in most mentions.
            if c.hyphened.values().any(|&n| n * 2 > c.mentions) {
                continue;
            }
            if inside.get(&key).is_some_and(|&n| n * 2 >= c.mentions) {
                continue;
            }
            let name = c
                .forms
                .iter()
                .max_by(|a, b| a.1.cmp(b.1).then(b.0.cmp(a.0)))
                .map(|(f, _)| f.clone())
                .unwrap_or_default();
            let (etype, reason) = guess(&c, &name);
            out.push(Suggestion {
                name,
                forms: c.forms,
                etype,
                reason,
                mentions: c.mentions,
                documents: c.documents,
                example: c.example.unwrap_or_default(),
            });
        }
        out.sort_by(|a, b| {
            b.documents
                .cmp(&a.documents)
                .then(b.mentions.cmp(&a.mentions))
                .then(a.name.cmp(&b.name))
        });
        out.truncate(top);
        out
    }
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_round3;
#[cfg(test)]
mod tests_round4;

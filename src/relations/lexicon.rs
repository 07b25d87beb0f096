//! The relation lexicon: trigger stems, argument types, prepositions and
//! modality cues per relation kind and language, plus office titles. All of
//! it is data (`gazetteer/relations.jsonl`, `gazetteer/offices.jsonl`); the
//! format is described in `docs/relations.md`.

use super::text::{fold_words, Tok};
use super::word_ids::WordTable;
use crate::base::types::Modality;
use crate::base::FastMap;
use serde::Deserialize;
use std::collections::BTreeMap;
use std::io::BufRead;
use std::path::Path;

const BUILTIN_RELATIONS: &str = include_str!("../../gazetteer/relations.jsonl");
const BUILTIN_OFFICES: &str = include_str!("../../gazetteer/offices.jsonl");

/// Errors loading a lexicon; messages name the input and line.
#[derive(Debug, thiserror::Error)]
pub enum LexiconError {
    /// The file could not be read.
    #[error("{name}: {source}")]
    Io {
        /// File name.
        name: String,
        /// Underlying error.
        source: std::io::Error,
    },
    /// A line is not a valid lexicon record.
    #[error("{name}:{line}: {message}")]
    Parse {
        /// File name.
        name: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// Several lines are not valid lexicon records: every one is listed,
    /// one per line, as `file:line[:column]: message`.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Lines(Vec<LexiconError>),
}

/// A language of the rules.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Indonesian (affix morphology).
    Id,
    /// English (inflection morphology).
    En,
}

/// Position of a language in per-language tables.
fn lang_index(lang: Lang) -> usize {
    usize::from(lang == Lang::En)
}

/// The type an argument of a relation must have.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ArgType {
    /// An entity of type person.
    Person,
    /// Any place.
    Place,
    /// A place that is a country (it has demonyms or owns an office).
    Country,
    /// A place that is not a country.
    City,
    /// A first-level subdivision of a country: a province or a state
    /// (the lexicon's `provinces` record).
    Province,
    /// A place that is neither a country nor a province.
    Town,
    /// An organisation.
    #[serde(alias = "organization")]
    Organisation,
}

/// One relation rule: a kind in one language with its triggers.
#[derive(Clone, Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RelationRule {
    /// Relation kind (`meets`, `visits`, ...).
    pub kind: String,
    /// Language of the triggers and prepositions.
    pub lang: Lang,
    /// Undirected kind (source and target are interchangeable).
    #[serde(default)]
    pub symmetric: bool,
    /// Allowed types of the source (agent).
    pub source: Vec<ArgType>,
    /// Allowed types of the target.
    pub target: Vec<ArgType>,
    /// Trigger stems or stem phrases ("temu", "tukar pandang", "meet").
    #[serde(default)]
    pub triggers: Vec<String>,
    /// Prepositions introducing the target after the trigger.
    #[serde(default)]
    pub target_preps: Vec<String>,
    /// Prepositions introducing the place of an active verb's object when
    /// the verb names no target itself ("struck buildings in X"): read
    /// after the target prepositions, and never for a noun ("attacks on
    /// shipping in the Red Sea" places the attacks, issue 17, twentieth round).
    #[serde(default)]
    pub object_preps: Vec<String>,
    /// Prepositions introducing the agent of a passive ("oleh", "by").
    #[serde(default)]
    pub agent_preps: Vec<String>,
    /// Prepositions introducing the agent of a noun ("undangan dari X").
    #[serde(default)]
    pub genitive_preps: Vec<String>,
    /// Prepositions introducing a coordinated pair ("antara X dan Y").
    #[serde(default)]
    pub pair_preps: Vec<String>,
    /// Modality given to a trigger that this one governs ("mengundang X
    /// untuk mengunjungi" makes the visit planned).
    #[serde(default)]
    pub complement: Option<Modality>,
    /// located_in style rule: "X, Y", "X di Y" and "<place noun> X Y".
    #[serde(default)]
    pub appositive: bool,
    /// Nouns that introduce a place name ("wilayah", "city of").
    #[serde(default)]
    pub place_nouns: Vec<String>,
    /// The bare stem is a noun ("sanksi", "embargo"): read it as one
    /// (its possessor is the agent), not as a verb.
    #[serde(default)]
    pub bare_noun: bool,
    /// The direct object may follow a few lowercase words ("menyambangi
    /// tugu peringatan Pearl Harbor"): a target named as the modifier of
    /// the object counts.
    #[serde(default)]
    pub loose_object: bool,
    /// The triggers are read as verbs only ("mengunjungi X", "visited
    /// X"), never as nouns ("kunjungan X"): a rule that shares its stems
    /// with another kind whose nouns it must not take. Such a verb needs
    /// its object: "X dan Y berkunjung ke Z" pairs no subjects.
    #[serde(default)]
    pub verb_only: bool,
    /// The triggers are read as nouns only ("bantuan Indonesia untuk X"),
    /// never as verbs ("membantu", "dibantu": companies and police help
    /// anyone; twenty-second round).
    #[serde(default)]
    pub noun_only: bool,
    /// The triggers are read only when inflected ("landed in X"): the
    /// bare form is as often a noun ("bought land in X"), and an
    /// uninflected first word is skipped (twenty-first round).
    #[serde(default)]
    pub inflected_only: bool,
    /// A stance verb whose object names something of a party ("mengecam
    /// kebijakan X", "criticised the policies of X"): the party named
    /// after words of the `possessed` class is the target.
    #[serde(default)]
    pub possessed_object: bool,
    /// A passive trigger with no subject named has its coordinated agents
    /// as the parties ("diteken X dan Y", "signed by X and Y").
    #[serde(default)]
    pub agents_pair: bool,
    /// A judging verb ("menilai", "called"): the target is the party a
    /// negative verdict of class `verdict` follows ("menilai X tak
    /// layak", "called X a failure"); the verb reads nothing else.
    #[serde(default)]
    pub judgement: bool,
    /// A summons verb ("memanggil Duta Besar X", "summoned the X
    /// ambassador"): the target is the state whose envoy (class `envoy`)
    /// is summoned; the verb reads nothing else.
    #[serde(default)]
    pub summons: bool,
    /// A call on someone ("called on X"): the trigger reads only a
    /// target after one of its prepositions right after it, and nothing
    /// when a complementizer follows that target ("called on X to act").
    #[serde(default)]
    pub call_on: bool,
    /// A ceremony a host holds for each guest ("menyerahkan surat
    /// kepercayaan", "presented their credentials"): coordinated subjects
    /// with no target do not meet each other, and after a counted group
    /// they meet the group's host (`grouped.rs`).
    #[serde(default)]
    pub ceremony: bool,
    /// Being somewhere: a word of class `presence` before one of the
    /// target prepositions and a place stands as this rule's trigger ("is
    /// in X", "berada di X"; `presence.rs`).
    #[serde(default)]
    pub presence: bool,
    /// The kind a trigger gives instead when a word of class `aid` stands
    /// right before it ("sending humanitarian supplies to X" supports X).
    #[serde(default)]
    pub aid_kind: Option<String>,
    /// Free-text note (ignored).
    #[serde(default)]
    pub note: Option<String>,
}

/// An office and its titles per language.
#[derive(Clone, Debug, Deserialize)]
pub struct Office {
    /// Office id, as used by `Role::office` in the gazetteer.
    pub office: String,
    /// Titles per language code ("id", "en").
    pub titles: BTreeMap<String, Vec<String>>,
    /// An office of a province or a city (governor, mayor): a place it
    /// belongs to is no country for that.
    #[serde(default)]
    pub subnational: bool,
    /// A spouse's title ("First Lady", "Ibu Negara"): it says whose wife
    /// or husband the person is, not an office of the country, so it gives
    /// no `holds_office` (policy; thirty-third round, part A).
    #[serde(default)]
    pub spouse: bool,
    /// Titles that name their organisation in the same word, each with a
    /// name of it as the gazetteer spells one ("Kapolri": the head of
    /// Polri): the office's organisation when the text names none.
    #[serde(default)]
    pub fused: BTreeMap<String, String>,
    /// Titles that name the first word of their organisation's name, the
    /// rest following in capitalised words, with that first word
    /// ("Kapolda Metro Jaya": the head of Polda Metro Jaya).
    #[serde(default)]
    pub fused_prefix: BTreeMap<String, String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CueRecord {
    cues: Modality,
    #[allow(dead_code)]
    lang: Lang,
    words: Vec<String>,
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ClassRecord {
    class: String,
    #[allow(dead_code)]
    lang: Lang,
    words: Vec<String>,
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
}

/// Cities and their countries (issue 17, twentieth round).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CitiesRecord {
    /// City entity id → its country's entity id.
    cities: BTreeMap<String, String>,
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
}

/// First-level subdivisions and their countries (issue 17, twenty-second
/// round).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct ProvincesRecord {
    /// Province or state entity id → its country's entity id.
    provinces: BTreeMap<String, String>,
    /// Islands and regions that hold several provinces (no town of one).
    #[serde(default)]
    larger: Vec<String>,
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
}

/// Capitals standing for their states (issue 17, seventeenth round).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CapitalRecord {
    /// Capital entity id → its country's entity id.
    capitals: BTreeMap<String, String>,
    /// The kinds whose source a capital stands for its state in.
    kinds: Vec<String>,
    #[serde(default)]
    #[allow(dead_code)]
    note: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct IrregularRecord {
    #[allow(dead_code)]
    irregular: Lang,
    forms: BTreeMap<String, String>,
}

/// A compiled relation lexicon.
#[derive(Clone, Debug, Default)]
pub struct Lexicon {
    /// Where it was loaded from (for messages).
    pub name: String,
    /// Relation rules, in file order.
    pub rules: Vec<RelationRule>,
    /// Office titles, in file order.
    pub offices: Vec<Office>,
    /// Folded trigger phrases per rule, parallel to `rules`.
    pub(crate) triggers: Vec<Vec<Vec<String>>>,
    /// Words in the longest trigger phrase.
    pub(crate) longest_trigger: usize,
    /// First stem of each trigger phrase → (rule, phrase) indices, one
    /// map per language (Indonesian, English): looked up by `&str`, with
    /// no key built per word analysis.
    first: [FastMap<String, Vec<(usize, usize)>>; 2],
    /// Modality cue phrases (folded words).
    pub(crate) cues: Vec<(Modality, Vec<String>)>,
    /// Word classes ("prep", "coord", "clause", "determiner", "be").
    pub(crate) classes: FastMap<String, Vec<String>>,
    /// The same classes by word (or phrase): its id, its classes and the
    /// class phrases it starts (most words are in no class, the rest in a few).
    pub(crate) words: WordTable,
    /// The words of class `clitic_possessive` ("nya"), asked of most
    /// words of a cued sentence: kept apart, so that no hash of the
    /// class's name is taken for each.
    clitics: Vec<String>,
    /// English irregular forms → lemma.
    pub(crate) irregular: BTreeMap<String, String>,
    /// Folded office titles: (office index, English, words).
    pub(crate) titles: Vec<(usize, bool, Vec<String>)>,
    /// Capital entity ids → country entity ids: a capital as the source
    /// of a kind of `capital_kinds` ("sanctioned by Washington") stands
    /// for its state.
    pub(crate) capitals: BTreeMap<String, String>,
    /// The kinds of acts of a state that a capital's name stands for.
    pub(crate) capital_kinds: Vec<String>,
    /// City entity ids → country entity ids (cities that are no capital):
    /// with the capitals, the country of a meeting's city (twentieth round).
    pub(crate) cities: BTreeMap<String, String>,
    /// Province and state entity ids → country entity ids: the targets of
    /// `province` arguments ("Semarang, Jawa Tengah").
    pub(crate) provinces: BTreeMap<String, String>,
    /// Islands and regions that hold several provinces: no `town`.
    pub(crate) larger: Vec<String>,
}

impl Lexicon {
    /// The lexicon embedded in the binary (`gazetteer/relations.jsonl` and
    /// `gazetteer/offices.jsonl`).
    ///
    /// # Panics
    /// Only if the embedded data is malformed, which a unit test rules out.
    pub fn builtin() -> Lexicon {
        let mut lex = Lexicon::default();
        lex.extend_from_reader(BUILTIN_RELATIONS.as_bytes(), "gazetteer/relations.jsonl")
            .and_then(|()| {
                lex.extend_from_reader(BUILTIN_OFFICES.as_bytes(), "gazetteer/offices.jsonl")
            })
            .expect("the embedded lexicon parses (tested)");
        lex.name = "builtin".to_string();
        lex
    }

    /// The embedded lexicon files (`relations.jsonl`, `offices.jsonl`).
    pub fn builtin_texts() -> [&'static str; 2] {
        [BUILTIN_RELATIONS, BUILTIN_OFFICES]
    }

    /// The (rule, phrase) indices of the trigger phrases of `lang` whose
    /// first word has the stem `stem`.
    pub(crate) fn phrases_starting(&self, lang: Lang, stem: &str) -> Option<&[(usize, usize)]> {
        self.first[lang_index(lang)].get(stem).map(Vec::as_slice)
    }

    /// Every language and stem that starts a trigger phrase.
    pub(crate) fn trigger_first_stems(&self) -> impl Iterator<Item = (Lang, &str)> {
        [Lang::Id, Lang::En].into_iter().flat_map(|lang| {
            self.first[lang_index(lang)]
                .keys()
                .map(move |s| (lang, s.as_str()))
        })
    }

    /// Reads a lexicon from JSON Lines; `name` is used in error messages.
    ///
    /// # Errors
    /// I/O errors and malformed lines, with `name:line`.
    pub fn from_reader(reader: impl BufRead, name: &str) -> Result<Lexicon, LexiconError> {
        let mut lex = Lexicon {
            name: name.to_string(),
            ..Lexicon::default()
        };
        lex.extend_from_reader(reader, name)?;
        Ok(lex)
    }

    /// Reads a lexicon file (relations, offices, or both mixed).
    ///
    /// # Errors
    /// As [`Lexicon::from_reader`].
    pub fn from_path(path: &Path) -> Result<Lexicon, LexiconError> {
        let name = path.display().to_string();
        let file = std::fs::File::open(path).map_err(|source| LexiconError::Io {
            name: name.clone(),
            source,
        })?;
        Lexicon::from_reader(std::io::BufReader::new(file), &name)
    }

    /// Adds the records of another JSON Lines source to this lexicon.
    ///
    /// # Errors
    /// As [`Lexicon::from_reader`].
    pub fn extend_from_reader(
        &mut self,
        reader: impl BufRead,
        name: &str,
    ) -> Result<(), LexiconError> {
        // Every bad line is reported, not just the first.
        let mut errors = Vec::new();
        for (i, line) in reader.lines().enumerate() {
            let line = line.map_err(|source| LexiconError::Io {
                name: name.to_string(),
                source,
            })?;
            let trimmed = line.trim();
            if trimmed.is_empty() || trimmed.starts_with("//") {
                continue;
            }
            let err = |message: String| LexiconError::Parse {
                name: name.to_string(),
                line: i + 1,
                message,
            };
            let value: serde_json::Value = match serde_json::from_str(trimmed) {
                Ok(v) => v,
                Err(e) => {
                    // serde_json's "at line 1 column 9" becomes a column of
                    // the file's line (in characters)
                    let text = e.to_string();
                    let reason = text.rsplit_once(" at line ").map_or(text.as_str(), |r| r.0);
                    let lead = line.len() - line.trim_start().len();
                    let col = line
                        .get(..lead + e.column().saturating_sub(1))
                        .map_or(e.column(), |p| p.chars().count() + 1);
                    errors.push(err(format!("column {col}: malformed JSON: {reason}")));
                    continue;
                }
            };
            if let Err(e) = self.add_record(value) {
                errors.push(err(e));
            }
        }
        match errors.len() {
            0 => Ok(()),
            1 => Err(errors.remove(0)),
            _ => Err(LexiconError::Lines(errors)),
        }
    }

    fn add_record(&mut self, value: serde_json::Value) -> Result<(), String> {
        let has = |k: &str| value.get(k).is_some();
        let e = |e: serde_json::Error| e.to_string();
        if has("kind") {
            let rule: RelationRule = serde_json::from_value(value).map_err(e)?;
            let mut trig = Vec::new();
            for t in &rule.triggers {
                let words = fold_words(t);
                if words.is_empty() {
                    return Err(format!("kind {}: empty trigger", rule.kind));
                }
                trig.push(words);
            }
            if trig.is_empty() && !rule.appositive && !rule.presence {
                return Err(format!("kind {}: no triggers", rule.kind));
            }
            let ri = self.rules.len();
            for (pi, words) in trig.iter().enumerate() {
                self.longest_trigger = self.longest_trigger.max(words.len());
                self.first[lang_index(rule.lang)]
                    .entry(words[0].clone())
                    .or_default()
                    .push((ri, pi));
            }
            self.triggers.push(trig);
            self.rules.push(rule);
        } else if has("office") {
            let office: Office = serde_json::from_value(value).map_err(e)?;
            let idx = self.offices.len();
            for (lang, titles) in &office.titles {
                for t in titles {
                    let words = fold_words(t);
                    if words.is_empty() {
                        return Err(format!("office {}: empty title", office.office));
                    }
                    self.words.add_word(&words[0]);
                    self.titles.push((idx, lang == "en", words));
                }
            }
            office
                .titles
                .values()
                .flatten()
                .for_each(|t| self.words.add_title(t));
            self.offices.push(office);
            // longest titles first, so "menteri luar negeri" beats "menteri"
            self.titles
                .sort_by(|a, b| b.2.len().cmp(&a.2.len()).then(a.cmp(b)));
        } else if has("cues") {
            let rec: CueRecord = serde_json::from_value(value).map_err(e)?;
            for w in &rec.words {
                self.cues.push((rec.cues, fold_words(w)));
            }
        } else if has("class") {
            let rec: ClassRecord = serde_json::from_value(value).map_err(e)?;
            let words: Vec<String> = rec.words.iter().map(|w| fold_words(w).join(" ")).collect();
            for w in &words {
                self.words.add_member(&rec.class, w);
            }
            if rec.class == "clitic_possessive" {
                self.clitics.extend(words.iter().cloned());
            }
            self.classes.entry(rec.class).or_default().extend(words);
        } else if has("irregular") {
            let rec: IrregularRecord = serde_json::from_value(value).map_err(e)?;
            self.irregular.extend(rec.forms);
        } else if has("cities") {
            let rec: CitiesRecord = serde_json::from_value(value).map_err(e)?;
            self.cities.extend(rec.cities);
        } else if has("provinces") {
            let rec: ProvincesRecord = serde_json::from_value(value).map_err(e)?;
            self.provinces.extend(rec.provinces);
            self.larger.extend(rec.larger);
        } else if has("capitals") {
            let rec: CapitalRecord = serde_json::from_value(value).map_err(e)?;
            self.capitals.extend(rec.capitals);
            self.capital_kinds.extend(rec.kinds);
        } else {
            return Err(
                "unknown record: expected kind, office, cues, class, irregular, capitals, cities \
                 or provinces"
                    .into(),
            );
        }
        Ok(())
    }

    /// The word classes `word` (folded) belongs to (none: empty), from
    /// one probe, for a caller that asks several classes of one word.
    pub(crate) fn classes_of(&self, word: &str) -> &[String] {
        self.words.classes(self.words.id(word))
    }

    /// The phrases of word classes whose first word is `word` (folded):
    /// (class, words), in no particular order.
    pub(crate) fn phrases_from(&self, word: &str) -> &[(String, Vec<String>)] {
        self.words.phrases(self.words.id(word))
    }

    /// [`Lexicon::phrases_from`] the word of token `t`, by its id.
    // (`Sent::class_phrase_at` reads the phrases by class since the
    // twenty-fifth throughput round; the unit tests still ask this)
    #[cfg_attr(not(test), allow(dead_code))]
    pub(crate) fn tok_phrases(&self, t: &Tok) -> &[(String, Vec<String>)] {
        self.words.phrases(self.words.id_of(t))
    }

    /// The words of class `clitic_possessive`, in lexicon order (as
    /// `classes` lists them).
    pub(crate) fn possessive_clitics(&self) -> &[String] {
        &self.clitics
    }

    /// Whether `word` (folded) belongs to the word class `class`.
    pub(crate) fn in_class(&self, class: &str, word: &str) -> bool {
        self.classes_of(word).iter().any(|c| c == class)
    }

    /// Whether token `t` (of a sentence built with this lexicon) is a
    /// word of class `class`: [`Lexicon::in_class`] by the token's id.
    pub(crate) fn tok_in_class(&self, class: &str, t: &Tok) -> bool {
        let id = self.words.id_of(t);
        self.words.classes(id).iter().any(|c| c == class)
    }
}

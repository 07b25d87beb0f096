//! Name-chunk words (`gazetteer/chunks.tsv`): the language knowledge the
//! tagger uses to decide whether a name found inside a longer run of
//! capitalised words is a mention of its own ("Presiden Rusia": yes) or
//! only part of another name ("Bank Central Asia", "Liga Inggris": no).
//!
//! One word per line: `kind<TAB>lang<TAB>word[<TAB># note]`; `#` lines are
//! comments. Kinds:
//! - `connector`: lowercase words that join capitalised words into one name
//!   ("bin", "van", "of");
//! - `stop`: capitalised words that never start or continue a name (days,
//!   months, function words that open a sentence: "Di", "The", "Senin");
//! - `title`: words of titles before or after a person or a place
//!   ("Presiden", "Menteri", "President"); every word of every title in
//!   `offices.jsonl` is one too;
//! - `place`: administrative heads and institutions of a place, which keep
//!   the place a mention ("Kota", "Provinsi", "Pemerintah", "City");
//! - `body`: a part or office of an organisation or a place, which keeps
//!   it a mention ("Komisi III DPR", "Mabes Polri", "DPP Golkar");
//! - `region`: compass and region words ("Utara", "Tengah", "North"): a
//!   place followed by one is another place ("Jawa Tengah"); unlike a
//!   head, a lowercase region word does not join ("di selatan Jakarta");
//! - `head`: organisation and facility head words ("Universitas", "Bank",
//!   "Liga", "Airport"): a name next to one is part of a longer name, even
//!   when the head is written in lowercase just before it ("bahasa
//!   Inggris").
//! - `sport`: words of sport news ("klub", "laga", "NBA"): in a document
//!   holding one, a place followed by one unknown capitalised word that
//!   closes the chunk is a team's name ("Minnesota Timberwolves", "Jiangsu
//!   Suning"), not the place. Kept apart from the flags.
//! - `team`: words that close a club's name made of a place and them
//!   ("Kedah FA"): the place alone elsewhere in the document is the club,
//!   as after a `club` word. Kept apart from the flags.
//! - `road`: words before a road named by its two ends ("tol Jakarta -
//!   Cikampek"): in a document holding one, the pair of places joined by a
//!   hyphen is the road wherever it is written. Kept apart from the flags.
//! - `conjunction`: lowercase words joining two parts of one name ("and",
//!   "dan"): the chunk goes on over one when the capitalised words after it
//!   close with a head word ("Indonesia Business and Development Expo").
//!   Kept apart from the flags.
//! - `event`: event head words that are common nouns in lowercase ("Week",
//!   "Show"): a head only when capitalised ("New York Fashion Week"), so
//!   "last week Russia said" keeps Russia. Kept apart from the flags.
//! - `legal`: legal forms written before a company's name ("PT", "CV"): an
//!   acronym after one and its abbreviation period ("PT. PBB") is the
//!   company's name, not the acronym's entity; a known organisation right
//!   after one, closing the chunk, is that company ("PT Hutama Karya").
//!   Kept apart from the flags.
//! - `compass`: compass words written after a place in the names of the
//!   language ("Jakarta Utara", "Sulawesi Selatan"): one opening a chunk
//!   right before a place says where in or off that place ("di Utara
//!   Jakarta", "sebelah Barat Daya Lampung Selatan"), and the place is a
//!   mention. Only languages that write the compass word after the name:
//!   English "North Korea" is another place. Kept apart from the flags.
//! - `travel`: phrases of going somewhere ("pergi ke", "tiba di", "flew
//!   to"): a place right after one is where someone goes, the city even
//!   where the document names a club after it ("pergi ke Madrid" after
//!   "Real Madrid"; "pindah ke Madrid", a transfer, is the club). Kept
//!   apart from the flags.
//! - `rank`: ranks of the police and the armed forces written before a
//!   person's name ("Komjen", "Bripka", "Sgt"): a known modifier of a
//!   person's name only ("Wakapolri Komjen Syafruddin"), not a post's
//!   title, so an organisation or place after one ("Pratu Didi
//!   Hardianto", "Bripka AS") is not let through as a title's would be.
//!   Kept apart from the flags.
//! - `state`: a state's form written after its demonym ("the Italian
//!   Republic", "the Kyrgyz Republic"): the two words are a name of the
//!   country (`tag::joined::state_forms`). Kept apart from the flags.

use super::lines::{is_data, tsv_fields, Lines};
use super::{GazetteerError, GazetteerWarning};
use crate::base::{with_lowercase, FastMap, FastSet};
use std::io::BufRead;

/// A connector word.
pub const CONNECTOR: u8 = 1;
/// A stop word (never part of a name chunk).
pub const STOP: u8 = 2;
/// A title word (fits any entity type).
pub const TITLE: u8 = 4;
/// An administrative head or institution of a place (fits places).
pub const PLACE: u8 = 8;
/// An organisation or facility head word (never a modifier).
pub const HEAD: u8 = 16;
/// A region word ("Utara", "Tengah", "North"): like a head, but it does
/// not join the chunk in lowercase ("di selatan Jakarta").
pub const REGION: u8 = 64;
/// A part of a body (a commission, a party board, headquarters): fits
/// organisations and places.
pub const BODY: u8 = 32;
/// A word that opens a club's name made of it and a place ("Real Madrid",
/// "Atletico Madrid"): it is a head word, and the place alone elsewhere in
/// the same document stands for the club.
pub const CLUB: u8 = 128;

/// The chunk words, by lowercase word, with their kinds as bit flags.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChunkWords {
    words: FastMap<String, u8>,
    /// Words of sport news, lowercase (`sport` lines).
    sport: FastSet<String>,
    /// Words before a road named by its ends, lowercase (`road` lines).
    road: FastSet<String>,
    /// Words that close a club's name, lowercase (`team` lines).
    team: FastSet<String>,
    /// Words joining two parts of one name, lowercase (`conjunction` lines).
    conjunction: FastSet<String>,
    /// Legal forms before a company's name, lowercase (`legal` lines).
    legal: FastSet<String>,
    /// Titles of several words that hold their organisation's name
    /// ("Kepala Staf Angkatan Laut"), as lowercase words: title words only
    /// as the whole phrase.
    fused_titles: Vec<Vec<String>>,
    /// Title words that stand alone, lowercase: `title` lines and
    /// one-word office titles ("Presiden", "Wakil", "Minister").
    title_alone: FastSet<String>,
    /// One-word office titles only, lowercase ("gubernur", "president"),
    /// without the `title` lines' portfolio words ("culture"): see
    /// [`ChunkWords::office_word`].
    office_words: FastSet<String>,
    /// Words of office titles of several words, lowercase ("Assistant"
    /// of "Assistant Secretary"): see [`ChunkWords::lone_part`].
    title_parts: FastSet<String>,
    /// Event heads that count only when capitalised (`event` lines).
    event: FastSet<String>,
    /// Compass words that open a chunk before a place (`compass` lines).
    compass: FastSet<String>,
    /// Phrases of going somewhere, lowercase (`travel` lines).
    travel: FastSet<String>,
    /// Ranks before a person's name, lowercase (`rank` lines).
    rank: FastSet<String>,
    /// State forms after a demonym, lowercase (`state` lines).
    state: FastSet<String>,
    /// What records say beyond their names (`default_for`, `context`,
    /// `kind`), filled by the record loader, not by `chunks*.tsv`.
    pub notes: super::RecordNotes,
}

impl ChunkWords {
    /// The built-in chunk words (`gazetteer/chunks.tsv`, embedded).
    ///
    /// # Errors
    /// Fails only if the embedded data is invalid (a test guards this).
    pub fn builtin() -> Result<ChunkWords, GazetteerError> {
        ChunkWords::parse(
            "builtin:gazetteer/chunks.tsv",
            super::BUILTIN_CHUNKS.as_bytes(),
        )
    }

    /// Parses a chunk-word file; `name` is used in messages.
    ///
    /// # Errors
    /// Reports every malformed line (`file:line:col: reason`) and read
    /// failures.
    pub fn parse(name: &str, reader: impl BufRead) -> Result<ChunkWords, GazetteerError> {
        let mut out = ChunkWords::default();
        let mut errors = Vec::new();
        let mut lines = Lines::new(name, reader);
        while let Some((line_no, line, _)) = lines.next_line()? {
            if !is_data(line) {
                continue;
            }
            let (fields, note_ok) = tsv_fields(line);
            let set = match fields.first().copied() {
                Some("sport") => Some(&mut out.sport),
                Some("road") => Some(&mut out.road),
                Some("team") => Some(&mut out.team),
                Some("conjunction") => Some(&mut out.conjunction),
                Some("legal") => Some(&mut out.legal),
                Some("event") => Some(&mut out.event),
                Some("compass") => Some(&mut out.compass),
                Some("travel") => Some(&mut out.travel),
                Some("rank") => Some(&mut out.rank),
                Some("state") => Some(&mut out.state),
                _ => None,
            };
            if let Some(set) = set {
                if let (Some(word), true) = (fields.get(2), note_ok) {
                    if !word.is_empty() {
                        set.insert(word.to_lowercase());
                        continue;
                    }
                }
            }
            let flag = match fields.first().copied() {
                Some("connector") => CONNECTOR,
                Some("stop") => STOP,
                Some("title") => TITLE,
                Some("place") => PLACE,
                Some("head") => HEAD,
                Some("body") => BODY,
                Some("region") => REGION,
                Some("club") => CLUB,
                _ => 0,
            };
            match (flag, fields.get(2)) {
                (f, Some(word)) if f != 0 && note_ok && !word.is_empty() => {
                    out.add(word, f);
                    if f == TITLE {
                        out.title_alone.insert(word.to_lowercase());
                    }
                }
                _ => errors.push(GazetteerWarning {
                    location: format!("{name}:{line_no}:1"),
                    message: "expected `kind<TAB>lang<TAB>word` (kind: connector, stop, \
                              title, place, body, region, head, club, team, sport, road, \
                              conjunction, legal, event, compass, travel, rank or state)"
                        .to_string(),
                }),
            }
        }
        if errors.is_empty() {
            Ok(out)
        } else {
            Err(GazetteerError::Invalid {
                errors,
                warnings: Vec::new(),
            })
        }
    }

    /// Adds `flag` to a word (any case).
    pub fn add(&mut self, word: &str, flag: u8) {
        *self.words.entry(word.to_lowercase()).or_insert(0) |= flag;
    }

    /// Adds an office title: each word a title word, or, for a title that
    /// holds its organisation's name, its first word and the whole phrase
    /// (see [`ChunkWords::fused_titles`]).
    pub fn add_title(&mut self, title: &str, fused: bool) {
        let words = title
            .split([' ', '-'])
            .filter(|w| w.starts_with(char::is_uppercase));
        let single = !title.contains([' ', '-']);
        for (i, w) in words.enumerate() {
            if !fused || i == 0 {
                self.add(w, TITLE);
                let set = if single {
                    &mut self.title_alone
                } else {
                    &mut self.title_parts
                };
                set.insert(w.to_lowercase());
                if single {
                    self.office_words.insert(w.to_lowercase());
                }
            }
        }
        // A one-word fused title ("Kapolri") is a title word above; only a
        // longer one needs its phrase.
        if fused && title.contains([' ', '-']) {
            let phrase: Vec<String> = title.split([' ', '-']).map(str::to_lowercase).collect();
            if !self.fused_titles.contains(&phrase) {
                self.fused_titles.push(phrase);
            }
        }
    }

    /// The titles that hold their organisation's name, lowercase words:
    /// their words are titles only as the whole phrase ("Kepala Staf
    /// Angkatan Laut Laksamana Ade Supandi"), not alone ("Laut Jawa").
    pub fn fused_titles(&self) -> &[Vec<String>] {
        &self.fused_titles
    }

    /// Adds every word of `other`.
    pub fn extend(&mut self, other: ChunkWords) {
        for (w, f) in other.words {
            *self.words.entry(w).or_insert(0) |= f;
        }
        self.sport.extend(other.sport);
        self.road.extend(other.road);
        self.team.extend(other.team);
        self.conjunction.extend(other.conjunction);
        self.legal.extend(other.legal);
        self.event.extend(other.event);
        self.compass.extend(other.compass);
        self.travel.extend(other.travel);
        self.rank.extend(other.rank);
        self.state.extend(other.state);
        self.title_alone.extend(other.title_alone);
        self.title_parts.extend(other.title_parts);
        self.office_words.extend(other.office_words);
        for p in other.fused_titles {
            if !self.fused_titles.contains(&p) {
                self.fused_titles.push(p);
            }
        }
    }

    /// Is `word` (any case) a title word only as a part of longer office
    /// titles ("Assistant", "Luar"), never a title alone? Such a word is a
    /// title only beside another title word ("Assistant Secretary"); alone
    /// it is a common word of a name ("Google Assistant").
    pub fn lone_part(&self, word: &str) -> bool {
        with_lowercase(word, |w| {
            self.title_parts.contains(w) && !self.title_alone.contains(w)
        })
    }

    /// Is `word` (any case) an office title of one word ("Gubernur",
    /// "Governor", "Menlu")? Such a word opens a post's description, unlike
    /// a portfolio's word that is a title word too ("Culture").
    pub fn office_word(&self, word: &str) -> bool {
        with_lowercase(word, |w| self.office_words.contains(w))
    }

    /// The kinds of a word (any case), 0 when it is not listed.
    pub fn flags(&self, word: &str) -> u8 {
        with_lowercase(word, |w| self.words.get(w).copied().unwrap_or(0))
    }

    /// Is `word` (lowercase) a word of sport news?
    pub fn sport(&self, word: &str) -> bool {
        self.sport.contains(word)
    }

    /// Is `word` (lowercase) a word before a road named by its ends?
    pub fn road(&self, word: &str) -> bool {
        self.road.contains(word)
    }

    /// Does `word` (any case) close a club's name ("FA" of "Kedah FA")?
    pub fn team(&self, word: &str) -> bool {
        with_lowercase(word, |w| self.team.contains(w))
    }

    /// Is `word` (lowercase) a conjunction inside a name ("and", "dan")?
    pub fn conjunction(&self, word: &str) -> bool {
        self.conjunction.contains(word)
    }

    /// Is `word` (any case) a rank before a person's name ("Komjen")?
    pub fn rank(&self, word: &str) -> bool {
        with_lowercase(word, |w| self.rank.contains(w))
    }

    /// Is `word` (any case) a state form after a demonym ("Republic" of
    /// "the Italian Republic")?
    pub fn state(&self, word: &str) -> bool {
        with_lowercase(word, |w| self.state.contains(w))
    }

    /// Is `word` (any case) a legal form before a company's name ("PT")?
    pub fn legal(&self, word: &str) -> bool {
        with_lowercase(word, |w| self.legal.contains(w))
    }

    /// Is `word` (any case) an event head that counts when capitalised
    /// ("Week", "Show")?
    pub fn event(&self, word: &str) -> bool {
        with_lowercase(word, |w| self.event.contains(w))
    }

    /// Is `word` (any case) a compass word that may open a chunk before a
    /// place ("Utara" of "di Utara Jakarta")?
    pub fn compass(&self, word: &str) -> bool {
        with_lowercase(word, |w| self.compass.contains(w))
    }

    /// Does `head` (the text before a place) end with a phrase of going
    /// somewhere ("... pergi ke", "... flew to"), any case, as whole words?
    pub fn travel(&self, head: &str) -> bool {
        let head = head.trim_end();
        self.travel.iter().any(|p| {
            let Some(at) = head.len().checked_sub(p.len()) else {
                return false;
            };
            head.is_char_boundary(at)
                && head[at..].eq_ignore_ascii_case(p)
                && !head[..at]
                    .chars()
                    .next_back()
                    .is_some_and(|c| c.is_alphanumeric() || c == '_')
        })
    }

    /// The byte lengths of the road words (a bit per length below 64),
    /// when every one is a plain run of letters, digits and `_` (`None`
    /// otherwise): a word of another length is none of them.
    pub fn plain_road_lengths(&self) -> Option<u64> {
        let plain = |w: &String| w.len() < 64 && w.chars().all(|c| c.is_alphanumeric() || c == '_');
        self.road
            .iter()
            .all(plain)
            .then(|| self.road.iter().fold(0u64, |m, w| m | 1 << w.len()))
    }

    /// True when some road word is listed.
    pub fn has_road(&self) -> bool {
        !self.road.is_empty()
    }

    /// True when some word of sport news is listed.
    pub fn has_sport(&self) -> bool {
        !self.sport.is_empty()
    }

    /// Number of words listed.
    pub fn len(&self) -> usize {
        self.words.len()
            + self.sport.len()
            + self.road.len()
            + self.team.len()
            + self.conjunction.len()
            + self.legal.len()
            + self.event.len()
            + self.compass.len()
            + self.travel.len()
            + self.state.len()
    }

    /// True when no word is listed.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
            && self.sport.is_empty()
            && self.road.is_empty()
            && self.team.is_empty()
            && self.conjunction.is_empty()
            && self.legal.is_empty()
            && self.event.is_empty()
            && self.compass.is_empty()
            && self.travel.is_empty()
            && self.state.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_sets_apart_from_the_flags() {
        let data = "sport\tid\tlaga\nroad\tid\tTol\nteam\ten\tFA\t# note\nhead\ten\tFC\n";
        let w = ChunkWords::parse("t.tsv", data.as_bytes()).expect("valid");
        assert!(w.sport("laga") && !w.sport("tol"));
        assert!(w.road("tol") && !w.road("laga"));
        assert!(w.team("FA") && w.team("fa") && !w.team("FC"));
        assert_eq!(w.flags("FA"), 0, "a team word carries no flag");
        assert_eq!(w.flags("FC"), HEAD);
        assert!(w.has_sport() && w.has_road());
        assert_eq!(w.len(), 4);
        let bad = ChunkWords::parse("t.tsv", "sport\tid\n".as_bytes());
        assert!(bad.is_err(), "a sport line without a word is an error");
        let none = ChunkWords::parse("t.tsv", "head\ten\tFC\n".as_bytes()).expect("valid");
        assert!(!none.has_sport() && !none.has_road() && !none.team("FA"));
        let data = "conjunction\ten\tand\nconjunction\tid\tdan\nlegal\tid\tPT\nevent\ten\tWeek\n";
        let w = ChunkWords::parse("t.tsv", data.as_bytes()).expect("valid");
        assert!(w.conjunction("and") && w.conjunction("dan") && !w.conjunction("or"));
        assert!(w.legal("PT") && w.legal("pt") && !w.legal("Tbk"));
        assert!(w.event("Week") && w.event("week") && !w.event("Expo"));
        assert_eq!(w.flags("dan"), 0, "a conjunction carries no flag");
        assert_eq!(w.len(), 4);
        let data = "compass\tid\tUtara\ntravel\tid\tpergi ke\nregion\tid\tUtara\n";
        let w = ChunkWords::parse("t.tsv", data.as_bytes()).expect("valid");
        assert!(w.compass("Utara") && w.compass("utara") && !w.compass("Laut"));
        assert!(w.travel("Lalu ia pergi ke ") && w.travel("PERGI KE") && !w.travel("pindah ke"));
        assert!(!w.travel("tempergi ke") && !w.travel("ke"));
        assert_eq!(w.flags("Utara"), REGION, "a compass line adds no flag");
        assert_eq!(w.len(), 3);
    }
}

//! One-word names that are common words. A sentence's first word is
//! capitalised whatever it is, so a gazetteer name of one word there
//! ("Setiap", "Serangan", "Pasangan": villages and islands in a national
//! place list) may be a common word of the prose. Big imported lists
//! (DBpedia, Wikidata) hold many such names, and only this position lets
//! them match, since a plain-list name must be written capitalised.
//!
//! The document decides: the word is a common word when the text writes
//! it in lowercase elsewhere and never capitalised inside a sentence, or
//! when it is a stop word (`stop` lines of the chunk words: sentence
//! openers, days, months), which no name of one word is in running text.
//!
//! The same lists name the generic heads of names ("Kecamatan",
//! "Kelurahan", "Bandara": the articles about the kind of thing). A head
//! word (`place` or `head` lines) written right before a capitalised word
//! heads that name ("Kecamatan Tambora", "Bandara Adisutjipto"), and is no
//! mention of its own.

use super::Nesting;
use crate::gazetteer::{HEAD, PLACE, STOP};
use crate::tag::matcher::Hit;

impl Nesting<'_> {
    /// Is `hit` a common word: one word of a capital and lowercase letters
    /// ("Setiap", not "KPK", "McLaren" or "Merdeka.com") that is a head
    /// word before a capitalised word, or, at a sentence's or line's start,
    /// a stop word or a word the document writes in lowercase elsewhere and
    /// never capitalises inside a sentence?
    pub fn common_opener(&mut self, hit: &Hit) -> bool {
        let Some(word) = self.text.get(hit.start..hit.end) else {
            return false;
        };
        let mut chars = word.chars();
        let plain = chars.next().is_some_and(char::is_uppercase) && chars.all(char::is_lowercase);
        if !plain {
            return false;
        }
        let flags = self.words.flags(word);
        // A head never heads a person's name: "Juru Bicara Kemenlu Teuku
        // Faizasyah" keeps the ministry, a name of its own.
        // Both lists are in hit order (sorted by start): a binary search
        // each, so that a document of many heads and people stays linear.
        let person = |n: &Self, at: usize| {
            let people = n.people.partition_point(|&(s, _)| s < at);
            let parts = n.parts.partition_point(|&(s, _, _)| s < at);
            n.people.get(people).is_some_and(|&(s, _)| s == at)
                || n.parts.get(parts).is_some_and(|&(s, _, _)| s == at)
        };
        if flags & (PLACE | HEAD) != 0
            && self
                .after(hit.end)
                .is_some_and(|t| t.capital && !person(self, t.start))
        {
            return true;
        }
        if !self.sentence_initial(hit.start) {
            return false;
        }
        if flags & STOP != 0 {
            return true;
        }
        let (lower, alone) = self.lower_alone(hit.start, hit.end, |lower| lower);
        lower && alone
    }
}

#[cfg(test)]
mod tests {
    use super::Nesting;
    use crate::gazetteer::ChunkWords;
    use crate::tag::matcher::Hit;

    /// The chunk words of the tests: a stop word and two head words.
    fn words() -> ChunkWords {
        let mut w = ChunkWords::default();
        w.add("Kamis", crate::gazetteer::STOP);
        w.add("Kecamatan", crate::gazetteer::PLACE);
        w.add("Bandara", crate::gazetteer::HEAD);
        w.add("Kemenlu", crate::gazetteer::PLACE);
        w
    }

    /// Does the first occurrence of `name` in `text` open as a common word?
    /// `person` is a person's full name known in the text.
    fn opener_with(text: &str, name: &str, person: Option<&str>) -> bool {
        let words = words();
        let start = text.find(name).expect("the name is in the text");
        let hit = Hit {
            start,
            end: start + name.len(),
            pattern: 0,
            lifted: false,
        };
        let mut n = Nesting::new(text, &words);
        if let Some(p) = person.and_then(|p| text.find(p).map(|s| (s, s + p.len()))) {
            n.set_people(std::iter::once(p));
        }
        n.common_opener(&hit)
    }

    /// [`opener_with`] with no person known.
    fn opener(text: &str, name: &str) -> bool {
        opener_with(text, name, None)
    }

    #[test]
    fn a_head_word_before_a_persons_name_is_a_name_of_its_own() {
        let text = "Juru Bicara Kemenlu Teuku Faizasyah mengatakan itu.";
        assert!(!opener_with(text, "Kemenlu", Some("Teuku Faizasyah")));
        // The same words with no person known head a name.
        assert!(opener(text, "Kemenlu"));
    }

    #[test]
    fn a_one_word_name_opening_a_sentence_is_a_common_word_when_the_text_says_so() {
        let cases = [
            // Written in lowercase elsewhere, never capitalised inside a sentence.
            (
                "Setiap tahun warga datang. Mereka datang setiap pekan.",
                "Setiap",
                true,
            ),
            (
                "Pasangan itu tiba. Kedua pasangan calon hadir.",
                "Pasangan",
                true,
            ),
            // A stop word opens no name of one word.
            ("Kamis lalu hujan turun di kota itu.", "Kamis", true),
            // Capitalised inside a sentence elsewhere: a name.
            (
                "Lima menjadi tuan rumah. Lima orang tiba di Lima kemarin.",
                "Lima",
                false,
            ),
            // Never written in lowercase: a name, as far as the text tells.
            (
                "Serangan terletak di Bali. Pulau itu kecil.",
                "Serangan",
                false,
            ),
            // Not at a sentence's start: the capital is the name's own.
            (
                "Warga Serangan datang. Mereka melakukan serangan balik.",
                "Serangan",
                false,
            ),
            // Not a plain capitalised word.
            ("KPK menahan dia. Lalu kpk diam.", "KPK", false),
            ("McLaren menang. Tim mclaren senang.", "McLaren", false),
            // After a colon or a line break a sentence starts too.
            (
                "Baca juga: Larangan berlaku. Ada larangan baru.",
                "Larangan",
                true,
            ),
            (
                "Judul\nSerangan terjadi. Sebuah serangan lain menyusul.",
                "Serangan",
                true,
            ),
            // A head word before a capitalised word heads that name.
            ("Warga di Kecamatan Tambora berkumpul.", "Kecamatan", true),
            (
                "Pesawat mendarat di Bandara Adisutjipto kemarin.",
                "Bandara",
                true,
            ),
            // Alone, or before a lowercase word, it is left to the list.
            ("Warga di Kecamatan itu berkumpul.", "Kecamatan", false),
            ("Pesawat mendarat di Bandara.", "Bandara", false),
        ];
        for (text, name, want) in cases {
            assert_eq!(opener(text, name), want, "{name} in {text:?}");
        }
    }
}

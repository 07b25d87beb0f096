//! Class names whose bit is looked up once per word table, not once per
//! sentence (issue 22, thirty-second throughput round). A pass that asks
//! [`Sent::may_hold`] for a class before it walks the tokens asks it of
//! every sentence, and each answer hashed the class's name to find its bit
//! in the mask (about 120 instructions, some 200,000 times a copy of
//! IndoSum). The [`may_hold!`](crate::relations::sentence::may_hold) macro
//! gives each call site a [`ClassKey`] of its own, a static that keeps the
//! bit with the stamp of the table it was read from: the same table (every
//! sentence of a run) answers from the mask alone, another table (a test's
//! lexicon, a second lexicon in the same process) reads the bit again.
//! The answer is the one `Sent::may_hold` gives, whatever the order of
//! tables asked.

use super::Sent;
use crate::relations::lexicon::Lexicon;
use crate::relations::word_ids::{ClassBit, WordTable};
use std::sync::atomic::{AtomicU64, Ordering};

/// A class name and the bit the last table asked gave it: the table's
/// stamp in the high 48 bits, the bit's code ([`ClassBit::code`]) in the
/// low 16 (0: none kept yet). One word, read and written whole, so that
/// threads asking with different tables never see one's stamp with the
/// other's bit.
pub(crate) struct ClassKey {
    name: &'static str,
    memo: AtomicU64,
}

impl ClassKey {
    /// The key of class `name`, with no bit kept.
    pub(crate) const fn new(name: &'static str) -> Self {
        ClassKey {
            name,
            memo: AtomicU64::new(0),
        }
    }

    /// The bit of the class in `words`' masks: the kept one when `words`
    /// gave it, else read and kept.
    fn bit(&self, words: &WordTable) -> ClassBit {
        let stamp = words.stamp();
        let memo = self.memo.load(Ordering::Relaxed);
        if memo != 0 && memo >> 16 == stamp {
            return ClassBit::from_code((memo & 0xFFFF) as u16);
        }
        let bit = words.class_bit(self.name);
        if stamp < 1 << 48 {
            self.memo
                .store(stamp << 16 | u64::from(bit.code()), Ordering::Relaxed);
        }
        bit
    }
}

impl Sent {
    /// [`Sent::may_hold`] for the class of `key`, its bit read once per
    /// word table (use [`may_hold!`](crate::relations::sentence::may_hold)).
    pub(crate) fn may_hold_key(&self, lex: &Lexicon, key: &ClassKey) -> bool {
        self.stamp == 0
            || self.stamp != lex.words.stamp()
            || key.bit(&lex.words).held_by(&self.classes)
    }
}

/// `may_hold!(s, lex, "class")`: [`Sent::may_hold`] of a class named by a
/// constant, through a [`ClassKey`] of the call site's own.
macro_rules! may_hold {
    ($s:expr, $lex:expr, $class:expr) => {{
        static KEY: $crate::relations::sentence::ClassKey =
            $crate::relations::sentence::ClassKey::new($class);
        $s.may_hold_key($lex, &KEY)
    }};
}
pub(crate) use may_hold;

#[cfg(test)]
mod tests {
    use super::ClassKey;
    use crate::relations::lexicon::Lexicon;
    use crate::relations::sentence::Sent;

    // A key answers as the class's name does, for tables asked in any
    // order (each change of table reads the bit again), for a class no
    // word of the sentence holds (the trap: no), a class the lexicon lacks
    // (no) and a class past the mask's bits (yes).
    #[test]
    fn a_class_key_answers_as_the_class_name() {
        let n = 64 * crate::relations::word_ids::MASK_WORDS + 3;
        let records: Vec<String> = (0..n)
            .map(|i| format!(r#"{{"class":"c{i}","lang":"en","words":["w{i}"]}}"#))
            .collect();
        let big = Lexicon::from_reader(records.join("\n").as_bytes(), "test").unwrap();
        // (the same names with other bits: c2 first)
        let small = Lexicon::from_reader(
            r#"{"class":"c2","lang":"en","words":["w2"]}
{"class":"c1","lang":"en","words":["w1", "with"]}"#
                .as_bytes(),
            "test",
        )
        .unwrap();
        let gaz = crate::gazetteer::Gazetteer::default();
        static KEYS: [ClassKey; 5] = [
            ClassKey::new("c1"),
            ClassKey::new("c2"),
            ClassKey::new("c386"),
            ClassKey::new("c385"),
            ClassKey::new("no such class"),
        ];
        let texts = ["w1 w2", "w1 , with", "w2", "w385 w386", "nothing here", ""];
        let mut held = 0;
        for round in 0..3 {
            for lex in [&big, &small, &big, &big, &small] {
                for text in texts {
                    let built = Sent::build_in(text, 0..text.len(), &[], &gaz, Some(&lex.words));
                    let plain = Sent::build(text, 0..text.len(), &[], &gaz);
                    for s in [&built, &plain] {
                        for key in &KEYS {
                            let want = s.may_hold(lex, key.name);
                            assert_eq!(
                                s.may_hold_key(lex, key),
                                want,
                                "{round} {} {text:?}",
                                key.name
                            );
                            held += usize::from(want);
                        }
                    }
                }
            }
        }
        assert!(held > 0);
        // the traps: "w2" holds no c1; a class the lexicon lacks is held by
        // no numbered sentence
        let s = Sent::build_in("w2", 0..2, &[], &gaz, Some(&big.words));
        assert!(!super::may_hold!(s, &big, "c1"));
        assert!(!super::may_hold!(s, &big, "no such class"));
        assert!(super::may_hold!(s, &big, "c2"));
        // past the mask's bits: yes
        assert!(super::may_hold!(s, &big, "c386"));
    }
}

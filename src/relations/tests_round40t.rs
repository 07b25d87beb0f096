//! Unit tests of the thirty-first throughput round (issue 22): the early
//! answer of the owned places' pass (a sentence with no possessive "'s"
//! holds no owned place) answers as the token by token read it spares.

use super::sentence::Sent;
use crate::gazetteer::Gazetteer;

// `Sent::holds_possessive_s` is true exactly when `possessive_s_before`
// holds at some token: random sentences of apostrophes, "s", "S" and
// other words (traps: "s" with no apostrophe before it, an apostrophe
// before another word, a curly apostrophe, "'s" at the end).
#[test]
fn a_possessive_in_the_sentence_is_a_possessive_before_some_token() {
    let gaz = Gazetteer::default();
    let pool = [
        "Kenya", "'", "\u{2019}", "s", "S", "is", "Lamu", "region", ",", "-", "x",
    ];
    let mut next = super::tests_round3::xorshift(0x9e37_79b9_7f4a_7c15_u64);
    let (mut yes, mut no) = (0, 0);
    for round in 0..600 {
        let len = 1 + next(8);
        let words: Vec<&str> = (0..len).map(|_| pool[next(pool.len())]).collect();
        // joined by spaces or not ("Kenya's", "Kenya ' s")
        let text = if round % 2 == 0 {
            words.join(" ")
        } else {
            words.concat()
        };
        let s = Sent::build(&text, 0..text.len(), &[], &gaz);
        let want = (0..=s.toks.len() + 1).any(|k| s.possessive_s_before(k));
        assert_eq!(s.holds_possessive_s(), want, "{text:?}");
        if want {
            yes += 1;
        } else {
            no += 1;
        }
    }
    assert!(yes > 50 && no > 50, "{yes} {no}");
    for (text, want) in [
        ("Kenya's coastal Lamu region", true),
        ("Kenya\u{2019}s Lamu", true),
        ("Kenya S Lamu", false),
        ("Kenya 's", true),
        ("the boys' trip to Lamu", false),
        ("Lamu s '", false),
    ] {
        let s = Sent::build(text, 0..text.len(), &[], &gaz);
        assert_eq!(s.holds_possessive_s(), want, "{text:?}");
    }
}

//! Unit tests of the thirty-second throughput round (issue 22): the
//! pronoun cue `coref::resolve` asks first (`pronoun_cue::cue`) turns away
//! only words that every later test of its loop would turn away. (The
//! class keys' own tests are in `sentence/class_key.rs`.)

use super::lexicon::Lexicon;
use super::sentence::Sent;
use crate::gazetteer::Gazetteer;

// A word the cue turns away is of no pronoun class by name, no possessive
// "her" before a trip, no clitic on an event noun and no clitic on a
// modifier after one; the cue's classes are the classes by name. Random
// sentences of the built-in lexicon's pronouns, clitic-bearing words and
// others, in both languages; traps: "pendukungnya" (a clitic on no event
// noun: cued, but no clitic of `clitic`), "anak" (ends as no clitic).
#[test]
fn the_pronoun_cue_turns_away_only_words_the_loop_turns_away() {
    let lex = Lexicon::builtin();
    let gaz = Gazetteer::default();
    let pool = [
        "saya",
        "ia",
        "dia",
        "beliau",
        "mereka",
        "kunjungannya",
        "kunjungan",
        "pertamanya",
        "kerjanya",
        "pendukungnya",
        "anak",
        "he",
        "his",
        "her",
        "visit",
        "first",
        "trip",
        "I",
        "we",
        "him",
        "Jokowi",
        ",",
        ".",
        "\"",
        "the",
        "yang",
        "bertemu",
        "met",
    ];
    let mut next = super::tests_round3::xorshift(0x2f6b_3c1d_97a4_e815_u64);
    let (mut cued, mut turned) = (0, 0);
    for round in 0..800 {
        let len = 1 + next(10);
        let words: Vec<&str> = (0..len).map(|_| pool[next(pool.len())]).collect();
        let text = words.join(" ");
        let s = if round % 5 == 0 {
            Sent::build(&text, 0..text.len(), &[], &gaz)
        } else {
            Sent::build_in(&text, 0..text.len(), &[], &gaz, Some(&lex.words))
        };
        for (k, t) in s.toks.iter().enumerate() {
            let named = |c: &str| lex.tok_in_class(c, t);
            let classes = (
                named("pronoun_first"),
                named("pronoun_subject"),
                named("pronoun_object"),
            );
            match super::pronoun_cue::cue(&lex, t) {
                Some(c) => {
                    assert_eq!(c, classes, "{text:?} {k}");
                    cued += 1;
                }
                None => {
                    assert_eq!(classes, (false, false, false), "{text:?} {k}");
                    assert!(
                        !super::owned_trip::possessive_her(&lex, &s, k),
                        "{text:?} {k}"
                    );
                    assert!(
                        !super::owned_trip::modifier_clitic(&lex, &s, k),
                        "{text:?} {k}"
                    );
                    assert!(!super::pronoun_cue::clitic(&lex, &t.norm), "{text:?} {k}");
                    turned += 1;
                }
            }
        }
    }
    assert!(cued > 500 && turned > 500, "{cued} {turned}");
    // the traps
    let text = "pendukungnya anak kunjungannya";
    let s = Sent::build_in(text, 0..text.len(), &[], &gaz, Some(&lex.words));
    assert!(super::pronoun_cue::cue(&lex, &s.toks[0]).is_some());
    assert!(!super::pronoun_cue::clitic(&lex, &s.toks[0].norm));
    assert!(super::pronoun_cue::cue(&lex, &s.toks[1]).is_none());
    assert!(super::pronoun_cue::clitic(&lex, &s.toks[2].norm));
}

//! Unit tests of the twenty-fifth throughput round (issue 22): the class
//! phrases read by class and the office title words read by one probe
//! (`word_ids.rs`) answer as the scans they replace.

use super::lexicon::Lexicon;
use super::sentence::Sent;
use crate::gazetteer::Gazetteer;

// Issue 22 (twenty-fifth throughput round): a class phrase is read by
// its class's own phrases of the token's word, longest first; the
// answer is the longest of every phrase of the class that starts
// with the token's text, whoever numbered the sentence.
#[test]
fn a_class_phrase_by_class_is_the_longest_by_text() {
    let gaz = Gazetteer::default();
    let mut lex = Lexicon::builtin();
    // phrases of one class sharing their first words, added shortest
    // and longest first, and one phrase in two classes
    let extra = r#"{"class":"zz_a","lang":"en","words":["quux","quux bar baz","quux bar","bar quux"]}
{"class":"zz_b","lang":"en","words":["quux bar baz qux","quux bar","the"]}"#;
    lex.extend_from_reader(extra.as_bytes(), "extra.jsonl")
        .unwrap();
    let other = Lexicon::from_reader(
        r#"{"class":"zz_a","lang":"en","words":["quux","bar"]}"#.as_bytes(),
        "test",
    )
    .unwrap();
    let classes: Vec<&String> = lex.classes.keys().collect();
    // the words of every class phrase, a few others and punctuation
    let mut pool: Vec<String> = lex
        .classes
        .values()
        .flatten()
        .flat_map(|p| p.split(' ').map(String::from).collect::<Vec<_>>())
        .collect();
    pool.extend(["Jakarta", "rumah", "xyz", "-", "'", ",", "."].map(String::from));
    let mut next = super::tests_round3::xorshift(0x2545_f491_4f6c_dd1d_u64);
    // the longest phrase of `class` at token `k`, from every phrase
    // that starts with the token's text
    let scan = |s: &Sent, class: &str, k: usize| {
        let Some(t) = s.toks.get(k).filter(|t| t.word) else {
            return 0;
        };
        lex.phrases_from(&t.norm)
            .iter()
            .filter(|(c, w)| {
                c == class
                    && w.iter()
                        .enumerate()
                        .all(|(j, w)| s.toks.get(k + j).is_some_and(|t| t.word && t.norm == *w))
            })
            .map(|(_, w)| w.len())
            .max()
            .unwrap_or(0)
    };
    let mut hits = 0;
    for round in 0..400 {
        let len = 1 + next(12);
        let text: Vec<&str> = (0..len).map(|_| pool[next(pool.len())].as_str()).collect();
        let mut text = text.join(" ");
        if round == 0 {
            text = "the quux bar baz qux , quux bar quux".to_string();
        }
        let by_id = Sent::build_in(&text, 0..text.len(), &[], &gaz, Some(&lex.words));
        let by_text = Sent::build(&text, 0..text.len(), &[], &gaz);
        let by_other = Sent::build_in(&text, 0..text.len(), &[], &gaz, Some(&other.words));
        for k in 0..=by_id.toks.len() {
            for class in &classes {
                let want = scan(&by_text, class, k);
                assert_eq!(
                    by_id.class_phrase_at(&lex, class, k),
                    want,
                    "{k} {class} {text:?}"
                );
                assert_eq!(
                    by_text.class_phrase_at(&lex, class, k),
                    want,
                    "{k} {class} {text:?}"
                );
                hits += usize::from(want > 0);
            }
            // a sentence another table numbered answers as the other
            // lexicon's own
            let a = by_other.class_phrase_at(&other, "zz_a", k);
            assert_eq!(
                a,
                usize::from(
                    matches!(by_text.toks.get(k), Some(t) if t.word && (t.norm == "quux" || t.norm == "bar"))
                )
            );
        }
        if round == 0 {
            assert_eq!(by_id.class_phrase_at(&lex, "zz_a", 1), 3, "quux bar baz");
            assert_eq!(
                by_id.class_phrase_at(&lex, "zz_b", 1),
                4,
                "quux bar baz qux"
            );
            assert_eq!(
                by_id.class_phrase_at(&lex, "zz_a", 6),
                2,
                "quux bar, not bar quux"
            );
            assert_eq!(by_id.class_phrase_at(&lex, "zz_b", 0), 1, "the");
            assert_eq!(by_id.class_phrase_at(&lex, "zz_a", 7), 2, "bar quux");
        }
    }
    assert!(hits > 1000, "{hits}");
}

// Issue 22 (twenty-fifth throughput round): a word of an office's
// title is found by one probe; the answer is the scan's over every
// title of every office, ASCII case ignored.
#[test]
fn a_title_word_by_probe_is_the_title_word_by_scan() {
    let mut lex = Lexicon::builtin();
    let extra = r#"{"office": "zz_warden", "titles": {"en": ["Quxwarden  General-in-Chief"], "id": ["Kepala Quxwarden"]}}"#;
    lex.extend_from_reader(extra.as_bytes(), "extra.jsonl")
        .unwrap();
    let scan = |w: &str| {
        lex.offices.iter().any(|o| {
            o.titles
                .values()
                .flatten()
                .any(|t| t.split_whitespace().any(|x| x.eq_ignore_ascii_case(w)))
        })
    };
    let mut words: Vec<String> = lex
        .offices
        .iter()
        .flat_map(|o| o.titles.values().flatten())
        .flat_map(|t| t.split_whitespace().map(String::from).collect::<Vec<_>>())
        .collect();
    let more: Vec<String> = words
        .iter()
        .flat_map(|w| {
            [
                w.to_lowercase(),
                w.to_uppercase(),
                format!("{w}s"),
                w[1..].to_string(),
            ]
        })
        .collect();
    words.extend(more);
    words.extend(
        [
            "",
            "the",
            "rumah",
            "xyz",
            "quxwarden",
            "GENERAL-IN-CHIEF",
            "general",
        ]
        .map(String::from),
    );
    let mut found = 0;
    for w in &words {
        assert_eq!(lex.words.in_title(w), scan(w), "{w:?}");
        found += usize::from(scan(w));
    }
    assert!(lex.words.in_title("quxwarden") && lex.words.in_title("General-in-chief"));
    assert!(!lex.words.in_title("quxwardens") && !lex.words.in_title("quxwarden general"));
    assert!(found > 100, "{found}");
}

//! Unit tests of the relation lexicon's parser (moved out of
//! `lexicon.rs`, which had reached the files' size limit).

use super::lexicon::*;

#[test]
fn builtin_parses_and_has_the_kinds() {
    let lex = Lexicon::builtin();
    for kind in ["meets", "visits", "invites", "supplies", "located_in"] {
        for lang in [Lang::Id, Lang::En] {
            assert!(
                lex.rules.iter().any(|r| r.kind == kind && r.lang == lang),
                "{kind} {lang:?}"
            );
        }
    }
    assert!(lex.offices.iter().any(|o| o.office == "foreign_minister"));
    assert!(lex.in_class("prep", "dengan"));
    assert_eq!(lex.irregular.get("met").map(String::as_str), Some("meet"));
}

#[test]
fn errors_name_the_line() {
    let data = "{\"cues\":\"planned\",\"lang\":\"id\",\"words\":[\"akan\"]}\n{\"kind\":\"x\"}\n";
    let err = Lexicon::from_reader(data.as_bytes(), "my.jsonl").unwrap_err();
    assert!(err.to_string().starts_with("my.jsonl:2:"), "{err}");
    let err = Lexicon::from_reader("{\"foo\":1}".as_bytes(), "f").unwrap_err();
    assert!(err.to_string().contains("unknown record"), "{err}");
}

// Issue 14: only the first error was reported, in serde's "at line 1
// column 2" form. Every bad line is now listed as file:line.
#[test]
fn every_bad_line_is_reported_with_its_file_and_line() {
    let data = "{\"foo\":1}\n\n  {oops\n{\"kind\":\"x\"}\n";
    let err = Lexicon::from_reader(data.as_bytes(), "my.jsonl").unwrap_err();
    let text = err.to_string();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "{text}");
    assert!(lines[0].starts_with("my.jsonl:1: ") && lines[0].contains("unknown record"));
    assert!(
        lines[1].starts_with("my.jsonl:3: column 4: malformed JSON: key must be a string"),
        "{text}"
    );
    assert!(lines[2].starts_with("my.jsonl:4: "), "{text}");
    assert!(!text.contains("at line"), "{text}");
}

//! Issue 17, thirty-fifth round, main's share: in a sport report (three
//! distinct words of class `sport_context`) a word of class `sport_sense`
//! starts no trigger ("Umpan panjang X disambut Y", "serangan demi
//! serangan", "the striker attacked the box"); the same words still do
//! in other news, and a report's other triggers still do. Every sentence
//! is written for the tests, with traps.

use super::lexicon::Lexicon;
use super::tests::Rel;
use super::tests_round3::{check_cases, meeting, met, rel, relations_with};
use crate::base::types::{EntityType, Modality};

/// Relations of `kinds` in `text` with four players or officials, two
/// clubs and two countries.
fn run(text: &str) -> Vec<Rel> {
    relations_with(
        text,
        &[
            (
                "rudi-hartono",
                EntityType::Person,
                &["Rudi Hartono", "Rudi"],
            ),
            ("andi-wijaya", EntityType::Person, &["Andi Wijaya", "Andi"]),
            ("tom-baker", EntityType::Person, &["Tom Baker", "Baker"]),
            ("sam-cole", EntityType::Person, &["Sam Cole", "Cole"]),
            ("persija", EntityType::Organisation, &["Persija"]),
            ("rovers", EntityType::Organisation, &["Rovers"]),
        ],
        &[
            ("malaysia", "Malaysia", "Malaysian"),
            ("vanuatu", "Vanuatu", "Vanuatuan"),
        ],
        &["meets", "supports", "attacks"],
    )
}

#[test]
fn a_sport_report_reads_the_words_of_play_as_no_trigger() {
    // (each report holds three words of class sport_context; each sentence
    // alone holds fewer, and there relates as its words read elsewhere:
    // so the report is what silences it)
    let report = "Laga di stadion itu dipimpin wasit asal Jepang .";
    let report_en = "The referee stopped the tournament match at the stadium .";
    let m = met("andi-wijaya", "rudi-hartono");
    let en = met("sam-cole", "tom-baker");
    let s = |x: &str, y: &str| rel("supports", x, y);
    let a = |x: &str, y: &str| rel("attacks", x, y);
    let cases: Vec<(&str, &str, Vec<Rel>)> = vec![
        // a pass met by a header, a pass that found a teammate
        (
            report,
            "Umpan panjang Rudi disambut Andi di depan gawang .",
            vec![m.clone()],
        ),
        (
            report,
            "Pada menit kelima Rudi menemui Andi di kotak penalti .",
            vec![m.clone()],
        ),
        // a match-up, a player backing another, an attack of play
        (
            report,
            "Rudi akan bertemu Andi di semifinal .",
            vec![meeting("andi-wijaya", "rudi-hartono", Modality::Planned)],
        ),
        (
            report,
            "Rudi disokong oleh Andi di lini depan .",
            vec![s("andi-wijaya", "rudi-hartono")],
        ),
        (
            report,
            "Malaysia menyerang Vanuatu dari sayap kiri .",
            vec![a("malaysia", "vanuatu")],
        ),
        (
            report_en,
            "Baker met Cole at the far post .",
            vec![en.clone()],
        ),
        (
            report_en,
            "Malaysia attacked Vanuatu down the left .",
            vec![a("malaysia", "vanuatu")],
        ),
    ];
    let mut failed = Vec::new();
    for (lead, sentence, alone) in &cases {
        let mut alone = alone.clone();
        alone.sort();
        let got_alone = run(sentence);
        let got = run(&format!("{lead} {sentence}"));
        if got_alone != alone || !got.is_empty() {
            failed.push(format!(
                "\n{sentence}\n alone: {got_alone:?} (want {alone:?})\n in a report: {got:?}"
            ));
        }
    }
    assert!(failed.is_empty(), "{}", failed.concat());
    // trap: a trigger of no sport sense still relates in a report
    check_cases(
        run,
        &[(
            &format!("{report} Rudi berbicara dengan Andi seusai laga ."),
            &[m],
        )],
    );
}

#[test]
fn the_same_words_relate_outside_a_sport_report() {
    let a = |x: &str, y: &str| rel("attacks", x, y);
    check_cases(
        run,
        &[
            (
                "Presiden Rudi disambut Menteri Andi di bandara .",
                &[met("andi-wijaya", "rudi-hartono")],
            ),
            (
                "Baker met Cole in the capital on Monday .",
                &[met("sam-cole", "tom-baker")],
            ),
            (
                "Malaysia menyerang Vanuatu pada Senin .",
                &[a("malaysia", "vanuatu")],
            ),
            // trap: two words of sport are no report ("the stadium where
            // the leaders spoke", "a tournament they opened")
            (
                "Rudi bertemu Andi di stadion sebelum membuka turnamen .",
                &[met("andi-wijaya", "rudi-hartono")],
            ),
        ],
    );
}

#[test]
fn a_report_needs_three_distinct_words_of_sport() {
    let lex = Lexicon::builtin();
    let words = super::sport::finder(&lex);
    let is = |t: &str| super::sport::is_report(words.as_ref(), t);
    assert!(is("Laga di stadion itu dipimpin wasit ."));
    assert!(is("The referee left the stadium after the tournament ."));
    // the same word three times is one word
    assert!(!is("stadion stadion Stadion , laga"));
    // any case; whole words only ("golongan" holds "gol")
    assert!(is("LAGA di STADION , Wasit"));
    assert!(!is("golongan laga stadion"));
    // only the lead counts: the same words after it make no report
    let late = format!("{} laga stadion wasit", "kata ".repeat(400));
    assert!(!is(&late));
    assert!(is(&format!("laga stadion wasit {late}")));
    assert!(!is("Presiden membuka turnamen di stadion ."));
    assert!(!is(""));
}

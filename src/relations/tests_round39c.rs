//! Issue 17, thirty-ninth round, part C: the town an arrival names (an
//! arrival phrase, an arrival noun before its owner, an airport named for
//! its town), a fronted stay whose clause is a plan or that opens with
//! the stay's noun, and a presence with an adverb ("is now in X"). Every sentence is written for the tests, in both
//! languages, with traps that must give no visit.

use super::tests::{Rel, A, P};
use super::tests_round3::{check_cases, relations_with, with};

/// An asserted visit.
fn v(a: &str, b: &str) -> Rel {
    with("visits", a, b, A)
}

/// A planned visit.
fn planned(a: &str, b: &str) -> Rel {
    with("visits", a, b, P)
}

const PUTIN: &str = "vladimir-putin";
const PRABOWO: &str = "prabowo-subianto";

/// The visits of `text` over the test gazetteer.
fn visits(text: &str) -> Vec<Rel> {
    relations_with(text, &[], &[], &["visits"])
}

#[test]
fn an_arrival_phrase_names_the_visitors_town() {
    check_cases(
        visits,
        &[
            (
                "Vladimir Putin was warmly welcomed on his arrival at the Sunan Palace in Pyongyang .",
                &[v(PUTIN, "pyongyang")],
            ),
            (
                "Kim Jong Un held talks with Vladimir Putin , upon his arrival at the Sunan Military Airport in Pyongyang .",
                &[v(PUTIN, "pyongyang")],
            ),
            (
                "Vladimir Putin was greeted on arrival at the Pyongyang International Airport .",
                &[v(PUTIN, "pyongyang")],
            ),
            (
                "Kim Jong Un menyambut langsung kedatangan Presiden Prabowo Subianto di Pangkalan Udara Sunan , Pyongyang .",
                &[v(PRABOWO, "pyongyang")],
            ),
            // traps: an arrival at home; an arrival to come; an arrival
            // of no venue phrase; an arrival whose owner is not before it
            (
                "Prabowo Subianto was warmly welcomed on his arrival at the Merdeka Palace in Jakarta .",
                &[],
            ),
            (
                "Kim Jong Un akan menyambut kedatangan Presiden Prabowo Subianto di Pangkalan Udara Sunan , Pyongyang .",
                &[],
            ),
            (
                "Vladimir Putin was welcomed on his arrival by a guard of honour .",
                &[],
            ),
            (
                "Kim Jong Un spoke on the arrival of new aircraft at the Pyongyang International Airport .",
                &[],
            ),
        ],
    );
}

#[test]
fn an_airport_named_for_its_town_names_the_town() {
    check_cases(
        visits,
        &[
            (
                "Vladimir Putin was received at the Pyongyang airport by Kim Jong Un .",
                &[v(PUTIN, "pyongyang")],
            ),
            (
                "Presiden Prabowo Subianto tiba di Bandar Udara Internasional Pyongyang , Senin .",
                &[v(PRABOWO, "pyongyang")],
            ),
            (
                "Presiden Prabowo Subianto disambut di Bandara Pyongyang oleh Kim Jong Un .",
                &[v(PRABOWO, "pyongyang")],
            ),
            // traps: an airport named for no place; a host at his own
            // town's airport; an active reception's subject is the host
            (
                "Vladimir Putin was received at the Sunan International Airport by Kim Jong Un .",
                &[],
            ),
            (
                "Prabowo Subianto arrived at the Jakarta International Airport on Monday .",
                &[],
            ),
            (
                "Kim Jong Un greeted the guests at the Pyongyang airport .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_fronted_stay_takes_the_modality_of_the_trip_told_before() {
    check_cases(
        visits,
        &[
            (
                "Vladimir Putin will travel to North Korea next week . While in Pyongyang , Vladimir Putin will meet business leaders .",
                &[
                    planned(PUTIN, "north-korea"),
                    planned(PUTIN, "pyongyang"),
                ],
            ),
            (
                "Presiden Prabowo Subianto tiba di Korea Utara , Senin . Selama di Pyongyang , Prabowo Subianto dijadwalkan bertemu Kim Jong Un .",
                &[v(PRABOWO, "north-korea"), v(PRABOWO, "pyongyang")],
            ),
            (
                "During his stay in Pyongyang , Vladimir Putin also met business leaders .",
                &[v(PUTIN, "pyongyang")],
            ),
            (
                "Selama kunjungannya di Pyongyang , Prabowo Subianto juga bertemu para pengusaha .",
                &[v(PRABOWO, "pyongyang")],
            ),
            // traps: a plan with no trip told before; a trip denied; a
            // "during" with no stay's noun; a stay at home
            (
                "While in Pyongyang , Vladimir Putin will meet business leaders .",
                &[],
            ),
            (
                "During the talks in Pyongyang , Vladimir Putin also met business leaders .",
                &[],
            ),
            (
                "During his stay in Jakarta , Prabowo Subianto also met business leaders .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_presence_may_hold_an_adverb() {
    check_cases(
        visits,
        &[
            (
                "Vladimir Putin is now in Pyongyang for talks with Kim Jong Un .",
                &[v(PUTIN, "pyongyang")],
            ),
            (
                "Vladimir Putin , who is currently in Pyongyang , said the talks went well .",
                &[v(PUTIN, "pyongyang")],
            ),
            // traps: at home; no place after the preposition
            (
                "Prabowo Subianto is now in Indonesia after a week abroad .",
                &[],
            ),
            ("Vladimir Putin is still in talks with Kim Jong Un .", &[]),
        ],
    );
}

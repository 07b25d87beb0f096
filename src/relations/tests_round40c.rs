//! Issue 17, fortieth round, part C: a venue's town closed by the comma
//! before a fronted phrase's subject, and a possessed trip fronted before
//! its clause (its subject's). Every sentence is
//! written for the tests, in both languages where the construction
//! exists in both, with traps that must give nothing.

use super::tests::{Rel, A};
use super::tests_main31::PLACES;
use super::tests_round3::{check_cases, relations_with, with};

const PUTIN: &str = "vladimir-putin";
const PRABOWO: &str = "prabowo-subianto";

/// The relations of `kinds` in `text`.
fn of(text: &str, kinds: &[&str]) -> Vec<Rel> {
    relations_with(text, PLACES, &[], kinds)
}

/// An asserted visit.
fn v(a: &str, b: &str) -> Rel {
    with("visits", a, b, A)
}

#[test]
fn a_venues_town_closed_by_a_comma_before_a_person() {
    let l = |a: &str, b: &str| with("located_in", a, b, A);
    check_cases(
        |t| of(t, &["located_in"]),
        &[
            (
                "Before departing from Kisumu International Airport in Harar , Rina Wati described the trip as essential .",
                &[l("kisumu-airport", "harar-town")],
            ),
            (
                "Sebelum berangkat dari Kisumu International Airport di Harar , Rina Wati menyebut kunjungan itu penting .",
                &[l("kisumu-airport", "harar-town")],
            ),
            // traps: a town after the comma may be the place the first
            // one lies in (an address); a list of towns
            (
                "Rina Wati departed from Kisumu International Airport in Harar , Malang , on Friday .",
                &[],
            ),
            (
                "Rina Wati flew from Kisumu International Airport in Harar and Malang .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_fronted_trip_belongs_to_the_clauses_subject() {
    check_cases(
        |t| of(t, &["visits"]),
        &[
            (
                "During his visit to Indonesia , Russian President Vladimir Putin met Prabowo Subianto .",
                &[v(PUTIN, "indonesia")],
            ),
            (
                "MOSCOW -- During his three-day visit to Russia Prabowo Subianto is due to call on Vladimir Putin .",
                &[v(PRABOWO, "russia")],
            ),
            (
                "Dalam kunjungannya ke Rusia , Presiden Prabowo Subianto bertemu Vladimir Putin .",
                &[v(PRABOWO, "russia")],
            ),
            // traps: the pronoun after a clause's subject is the
            // subject's (the usual reading); two commas close no fronted
            // phrase; no trip word after the pronoun
            (
                "Prabowo Subianto said that during his visit to Russia , Vladimir Putin was ill .",
                &[v(PRABOWO, "russia")],
            ),
            (
                "During his visit to Indonesia , the talks were hard , Vladimir Putin said .",
                &[],
            ),
            (
                "During his speech in Jakarta , Vladimir Putin praised Indonesia .",
                &[],
            ),
            // a fronted stay ("in", not "to") is the stay rule's, as before
            (
                "During his stay in Pyongyang , Vladimir Putin also met business leaders .",
                &[v(PUTIN, "pyongyang")],
            ),
        ],
    );
}

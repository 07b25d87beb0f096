//! Issue 17, twenty-ninth round, part C2: visits by trip nouns. A
//! possessive clitic on the word that modifies a visit noun owns the
//! noun ("kunjungan pertamanya ke X", "kunjungan kerjanya di X"); in a
//! sentence naming no one, after a sentence naming two, the owner is the
//! one who opened that sentence. Every sentence is written for the
//! tests, with traps that must give no visit. English puts the
//! possessive before the noun ("his first visit"), which the possessive
//! pronoun already reads.

use super::tests::{Rel, A};
use super::tests_round3::{check_cases, people_relations_of, with, BUDI};

/// An asserted visit.
fn v(a: &str, b: &str) -> Rel {
    with("visits", a, b, A)
}

const PUTIN: &str = "vladimir-putin";

#[test]
fn a_clitic_on_a_visit_nouns_modifier_owns_the_visit() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            // the one person of the sentence before
            (
                "Vladimir Putin berbicara kepada wartawan pada Senin . Ini kunjungan pertamanya ke China .",
                &[v(PUTIN, "china")],
            ),
            // the person named before it in its own sentence
            (
                "Kunjungan Vladimir Putin bersejarah karena ini kunjungan pertamanya ke China .",
                &[v(PUTIN, "china")],
            ),
            (
                "Budi Santoso menyebut perjalanan itu sebagai kunjungan resminya ke China .",
                &[v(BUDI, "china")],
            ),
            // two persons before: the one who opened that sentence
            (
                "Vladimir Putin berbicara dengan Budi Santoso pada Senin . Ini kunjungan terakhirnya ke China tahun ini .",
                &[v(PUTIN, "china")],
            ),
            (
                "Vladimir Putin berbicara dengan Budi Santoso pada Senin . Dalam rapat yang mengawali kunjungan kerjanya di China itu , ia membahas perdagangan .",
                &[v(PUTIN, "china")],
            ),
        ],
    );
}

#[test]
fn a_modifier_clitic_with_no_clear_owner_gives_no_visit() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            // traps: no clitic; two persons before and no opener (a
            // lowercase word before the first); a word of no class
            // ("kunjungan lainnya", its other visits); no event noun
            // before the modifier
            ("Ini kunjungan pertama ke China .", &[]),
            (
                "Sehari kemudian Vladimir Putin berbicara dengan Budi Santoso . Ini kunjungan pertamanya ke China .",
                &[],
            ),
            (
                "Vladimir Putin berbicara kepada wartawan pada Senin . Kunjungan lainnya ke China ditunda .",
                &[],
            ),
            (
                "Vladimir Putin berbicara kepada wartawan pada Senin . Hari pertamanya di China berjalan lancar .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_visit_dated_before_the_described_persons_office_is_a_predecessors() {
    // Vladimir Putin's office in the test gazetteer begins in 2012
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            (
                "Presiden Rusia Vladimir Putin tiba di Beijing pada Senin . Menurut Budi Santoso , itu balasan atas kunjungan Presiden Rusia ke China pada 2010 .",
                &[v(PUTIN, "beijing")],
            ),
            (
                "Presiden Rusia Vladimir Putin tiba di Beijing pada Senin . Menurut Budi Santoso , itu balasan atas kunjungan Presiden Rusia ke China pada tahun 2010 .",
                &[v(PUTIN, "beijing")],
            ),
            (
                "Russian President Vladimir Putin arrived in Beijing on Monday . Analysts called it a return of the Russian president 's visit to China in 2010 .",
                &[v(PUTIN, "beijing")],
            ),
            // traps: a year after the office began; a name, which says
            // who; a year with no link word before it
            (
                "Presiden Rusia Vladimir Putin tiba di Beijing pada Senin . Menurut Budi Santoso , itu balasan atas kunjungan Presiden Rusia ke China pada 2015 .",
                &[v(PUTIN, "beijing"), v(PUTIN, "china")],
            ),
            (
                "Russian President Vladimir Putin arrived in Beijing on Monday . Analysts called it a return of the Russian president 's visit to China in 2015 .",
                &[v(PUTIN, "beijing"), v(PUTIN, "china")],
            ),
            (
                "Vladimir Putin berkunjung ke China pada 2010 .",
                &[v(PUTIN, "china")],
            ),
            (
                "Presiden Rusia Vladimir Putin tiba di Beijing pada Senin . Menurut Budi Santoso , itu balasan atas kunjungan Presiden Rusia ke China , 2010 .",
                &[v(PUTIN, "beijing"), v(PUTIN, "china")],
            ),
        ],
    );
}

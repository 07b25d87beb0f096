//! Issue 17, twenty-fifth round, part C: visits no reception tells. Every
//! sentence is written for the tests, in both languages, with traps that
//! must give no visit.

use super::tests::{Rel, A};
use super::tests_round3::{check_cases, people_relations_of, with};

/// An asserted visit.
fn v(a: &str, b: &str) -> Rel {
    with("visits", a, b, A)
}

const PUTIN: &str = "vladimir-putin";
const KIM: &str = "kim-jong-un";
const LAVROV: &str = "sergei-lavrov";

#[test]
fn every_pair_of_a_meeting_in_a_city_abroad_is_settled() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            // the second object of "met in X with A and B"
            (
                "Xi Jinping met in Beijing with Vladimir Putin and Kim Jong Un on Tuesday .",
                &[v(KIM, "beijing"), v(PUTIN, "beijing")],
            ),
            // a coordinated subject and no object
            (
                "Vladimir Putin and Kim Jong Un met in Beijing on Tuesday .",
                &[v(KIM, "beijing"), v(PUTIN, "beijing")],
            ),
            (
                "Vladimir Putin dan Kim Jong Un bertemu di Beijing , Selasa .",
                &[v(KIM, "beijing"), v(PUTIN, "beijing")],
            ),
            // traps: both at home; a meeting yet to come
            (
                "Vladimir Putin and Sergei Lavrov met in Moscow on Monday .",
                &[],
            ),
            (
                "Vladimir Putin will meet in Beijing with Kim Jong Un and Xi Jinping .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_visit_told_in_a_relative_clause_is_its_heads() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            (
                "Xi Jinping met with Vladimir Putin , who is on an official visit to Ukraine .",
                &[v(PUTIN, "ukraine")],
            ),
            (
                "Kim Jong Un bertemu Vladimir Putin , yang sedang berkunjung ke Ukraina .",
                &[v(PUTIN, "ukraine")],
            ),
            // coordinated heads, the place of origin closing their phrase
            (
                "Kim Jong Un met Vladimir Putin and Sergei Lavrov of Russia , who came to Ukraine on an official visit .",
                &[v(LAVROV, "ukraine"), v(PUTIN, "ukraine")],
            ),
            (
                "Kim Jong Un bertemu Vladimir Putin dan Sergei Lavrov dari Rusia , yang datang ke Ukraina .",
                &[v(LAVROV, "ukraine"), v(PUTIN, "ukraine")],
            ),
            // traps: the clause has a verb of saying or a verb of its own
            (
                "Xi Jinping met Vladimir Putin , who said the visit to Ukraine was cancelled .",
                &[],
            ),
            (
                "Xi Jinping met Vladimir Putin , who welcomed Kim Jong Un on a visit to Ukraine .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_counterpart_after_a_persons_possessive_is_the_name_apposed() {
    check_cases(
        |t| people_relations_of(t, &["visits", "meets"]),
        &[
            (
                "It came after a trip to Ukraine by Putin 's counterpart , Kim Jong Un .",
                &[v(KIM, "ukraine")],
            ),
            (
                "Xi Jinping met Putin 's counterpart , Kim Jong Un .",
                &[with("meets", KIM, "xi-jinping", A)],
            ),
        ],
    );
}

//! Issue 17, thirty-second round, part C1: a guest's apposition before
//! the venue of its reception, and every guest coordinated in one reception, in a named place abroad. Every sentence
//! is written for the tests, in both languages, with traps that must give
//! no visit.

use super::tests::{Rel, A};
use super::tests_round3::{check_cases, relations_with, with};

/// An asserted visit.
fn v(a: &str, b: &str) -> Rel {
    with("visits", a, b, A)
}

const PUTIN: &str = "vladimir-putin";

/// The visits of `text` over the test gazetteer.
fn visits(text: &str) -> Vec<Rel> {
    relations_with(text, &[], &[], &["visits"])
}

#[test]
fn a_guest_apposition_before_the_venue_of_a_reception_is_passed_over() {
    check_cases(
        visits,
        &[
            (
                "Kim Jong Un menerima Vladimir Putin , Presiden Rusia , di Istana Kumsusan , Pyongyang , Rabu .",
                &[v(PUTIN, "pyongyang")],
            ),
            (
                "Kim Jong Un on Wednesday received Vladimir Putin , the President of Russia , at the Kumsusan Palace in Pyongyang .",
                &[v(PUTIN, "pyongyang")],
            ),
            (
                "Kim Jong Un received Vladimir Putin , the Chairman of the Eurasian Economic Union ( EEU ) , at the Kumsusan Palace in Pyongyang .",
                &[v(PUTIN, "pyongyang")],
            ),
            // traps: a reception to come; a clause, not a description,
            // after the comma; a list of guests is no apposition
            (
                "Kim Jong Un will receive Vladimir Putin , the President of Russia , at the Kumsusan Palace in Pyongyang .",
                &[],
            ),
            (
                "Kim Jong Un received Vladimir Putin , the talks began later , at noon in Pyongyang .",
                &[],
            ),
        ],
    );
}

#[test]
fn each_guest_coordinated_in_a_reception_abroad_visits_its_place() {
    check_cases(
        visits,
        &[
            (
                "Prabowo Subianto menerima Vladimir Putin dan Kim Jong Un di Istana Merdeka , Jakarta .",
                &[v(PUTIN, "jakarta"), v("kim-jong-un", "jakarta")],
            ),
            (
                "Prabowo Subianto received Vladimir Putin and Xi Jinping at the Merdeka Palace in Jakarta .",
                &[v(PUTIN, "jakarta"), v("xi-jinping", "jakarta")],
            ),
            // traps: a spouse coordinated with the guest; a second guest
            // named after the venue, at a place of his own
            (
                "Prabowo Subianto received Vladimir Putin and his wife , Rina Wati , at the Merdeka Palace in Jakarta .",
                &[v(PUTIN, "jakarta")],
            ),
            (
                "Prabowo Subianto menerima Vladimir Putin beserta Rina Wati di Istana Merdeka , Jakarta .",
                &[v(PUTIN, "jakarta")],
            ),
            (
                "Prabowo Subianto menerima Vladimir Putin di Istana Merdeka , Jakarta , dan Xi Jinping di Istana Bogor .",
                &[v(PUTIN, "jakarta")],
            ),
        ],
    );
}

//! Issue 17, nineteenth round, main's share: a relative clause that holds
//! an apposition ("X, who came at the invitation of the King, Y, met Z")
//! gives the trigger the clause's head as its subject, not the apposed
//! name. Every sentence is written for the tests, with traps.

use super::tests::{Rel, A};
use super::tests_round3::{check_cases, people_relations_of, with, BUDI, RINA};

/// An asserted meeting of `a` and `b`, in id order.
fn m(a: &'static str, b: &'static str) -> Rel {
    if b < a {
        with("meets", b, a, A)
    } else {
        with("meets", a, b, A)
    }
}

#[test]
fn an_apposition_inside_a_relative_clause_is_not_the_subject() {
    check_cases(
        |t| people_relations_of(t, &["meets"]),
        &[
            (
                "Budi Santoso , who arrived on Sunday at the invitation of the King , Rina Wati , met Vladimir Putin today .",
                &[m(BUDI, "vladimir-putin")],
            ),
            (
                "Budi Santoso , yang tiba pada Minggu atas undangan Raja , Rina Wati , bertemu Vladimir Putin hari ini .",
                &[m(BUDI, "vladimir-putin")],
            ),
            // the clause closed by its first comma, as before
            (
                "Rina Wati , who arrived on Sunday , met Vladimir Putin today .",
                &[m(RINA, "vladimir-putin")],
            ),
            // traps: a segment that is more than a name ends the clause;
            // a name right after the opening comma is no clause at all
            (
                "Budi Santoso , who arrived on Sunday , and Rina Wati met Vladimir Putin today .",
                &[m(RINA, "vladimir-putin")],
            ),
            (
                "Budi Santoso , who arrived on Sunday , Rina Wati said , met Vladimir Putin today .",
                &[],
            ),
        ],
    );
}

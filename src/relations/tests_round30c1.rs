//! Issue 17, thirtieth round, part C1: visits from receptions, meetings
//! and departures at a named place abroad. A passive reception's place
//! before its agent, the body a guest's delegation comes from, a meeting
//! placed by a clause after a comma, a
//! stay left on the day, and no visit to an airport. Every sentence is
//! written for the tests, in both languages where the construction exists
//! in both, with traps that must give no visit.

use super::tests::{Rel, A};
use super::tests_round3::{check_cases, relations_with, with};
use crate::base::types::EntityType::{Person, Place};

/// An asserted visit.
fn v(a: &str, b: &str) -> Rel {
    with("visits", a, b, A)
}

const PUTIN: &str = "vladimir-putin";
const PETROV: &str = "ivan-petrov";

/// The visits of `text` over the test gazetteer, with an envoy of no
/// office in the gazetteer, a district, a town and an airport added.
fn visits(text: &str) -> Vec<Rel> {
    let extra: &[(&str, _, &[&str])] = &[
        (PETROV, Person, &["Ivan Petrov"]),
        ("senayan", Place, &["Senayan"]),
        ("surabaya", Place, &["Surabaya"]),
        ("sunan-airport", Place, &["Bandara Sunan", "Sunan Airport"]),
    ];
    relations_with(text, extra, &[], &["visits"])
}

#[test]
fn a_passive_receptions_place_before_its_agent_is_a_visit() {
    check_cases(
        visits,
        &[
            (
                "Vladimir Putin was received on Thursday in Pyongyang by Kim Jong Un .",
                &[v(PUTIN, "pyongyang")],
            ),
            (
                "Vladimir Putin diterima pada Kamis di Pyongyang oleh Kim Jong Un .",
                &[v(PUTIN, "pyongyang")],
            ),
            // traps: two places name no one town; no place at all
            (
                "Vladimir Putin was received on Thursday in Pyongyang and Seoul by Kim Jong Un .",
                &[],
            ),
            (
                "Vladimir Putin was received on Thursday by Kim Jong Un .",
                &[],
            ),
        ],
    );
}

#[test]
fn the_body_of_a_guests_delegation_is_part_of_the_entourage() {
    check_cases(
        visits,
        &[
            (
                "Prabowo Subianto menerima kedatangan Vladimir Putin bersama delegasi Parlemen Rusia di Istana Merdeka , Jakarta .",
                &[v(PUTIN, "jakarta")],
            ),
            (
                "Prabowo Subianto welcomed Vladimir Putin and a delegation of the Russian Parliament at the Merdeka Palace in Jakarta .",
                &[v(PUTIN, "jakarta")],
            ),
            // trap: no venue after the body
            (
                "Prabowo Subianto menerima kedatangan Vladimir Putin bersama delegasi Parlemen Rusia untuk membahas kerja sama di Jakarta .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_clause_after_a_comma_places_the_meeting_named_before() {
    check_cases(
        visits,
        &[
            (
                "Kim Jong Un met Vladimir Putin on Monday . At the start of the meeting , held at the Kumsusan Palace in Pyongyang , Kim welcomed Putin .",
                &[v(PUTIN, "pyongyang")],
            ),
            (
                "Kim Jong Un bertemu Vladimir Putin pada Senin . Pertemuan itu , yang digelar di Istana Kumsusan , Pyongyang , membahas kerja sama .",
                &[v(PUTIN, "pyongyang")],
            ),
            // traps: a meeting not named before; two towns
            (
                "Kim Jong Un met Vladimir Putin on Monday . At the start of a meeting , held at the Kumsusan Palace in Pyongyang , Kim spoke .",
                &[],
            ),
            (
                "Kim Jong Un bertemu Vladimir Putin pada Senin . Pertemuan itu , yang digelar di Pyongyang dan Seoul , membahas kerja sama .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_venue_left_abroad_is_a_visit_and_an_airport_is_none() {
    check_cases(
        visits,
        &[
            (
                "Vladimir Putin berangkat dari Hotel Ryugyong , Pyongyang , menuju Beijing .",
                &[v(PUTIN, "beijing"), v(PUTIN, "pyongyang")],
            ),
            // (English "departed from" is no trigger: the departure rule
            // reads only a place after "for", `call_on`)
            (
                "Vladimir Putin departed from the Ryugyong Hotel in Pyongyang on Monday .",
                &[],
            ),
            // traps: leaving home; an airport is no visit, its town is
            (
                "Vladimir Putin berangkat dari Hotel Metropol , Moskow , menuju Beijing .",
                &[v(PUTIN, "beijing")],
            ),
            ("Vladimir Putin berangkat menuju Bandara Sunan .", &[]),
            ("Vladimir Putin travelled to Sunan Airport .", &[]),
            (
                "Vladimir Putin tiba di Bandara Sunan , Pyongyang .",
                &[v(PUTIN, "pyongyang")],
            ),
        ],
    );
}

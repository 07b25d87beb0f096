//! Issue 17, twenty-seventh round, part C: visits. An envoy received in
//! the capital he serves makes no visit; a visit "ahead of" which
//! something happens ("menjelang") and one a person "was asked to" make
//! are to come; "left for X" begins a trip; a reception's place may
//! follow "the capital" or "the historic centre of". Every sentence is written for
//! the tests, in both languages, with traps that must give no visit.

use super::tests::{Rel, A, P};
use super::tests_round3::{check_cases, people_relations_of, with, BUDI};

/// A visit of modality `m`.
fn v(a: &str, b: &str, m: crate::base::types::Modality) -> Rel {
    with("visits", a, b, m)
}

#[test]
fn an_envoy_received_in_the_capital_he_serves_makes_no_visit() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            (
                "Kim Jong Un menerima kunjungan kehormatan Duta Besar Rusia untuk Korea Utara , Budi Santoso , di Gedung Kementerian Luar Negeri , Pyongyang , Selasa .",
                &[],
            ),
            (
                "Kim Jong Un menerima kunjungan Duta Besar Rusia untuk Korea Utara Budi Santoso di Istana Kumsusan , Pyongyang .",
                &[],
            ),
            (
                "Kim Jong Un received the Russian Ambassador to North Korea , Budi Santoso , at the Foreign Ministry in Pyongyang on Tuesday .",
                &[],
            ),
            (
                "Kim Jong Un menerima kunjungan Duta Besar Republik Federasi Rusia ( RF ) untuk Korea Utara , Budi Santoso , di Gedung Kementerian , Pyongyang .",
                &[],
            ),
            // traps: an envoy posted elsewhere, or of no posting, visits
            (
                "Kim Jong Un menerima kunjungan kehormatan Duta Besar Rusia untuk China , Budi Santoso , di Gedung Kementerian Luar Negeri , Pyongyang , Selasa .",
                &[v(BUDI, "pyongyang", A)],
            ),
            (
                "Kim Jong Un received the Russian Ambassador , Budi Santoso , at the Foreign Ministry in Pyongyang on Tuesday .",
                &[v(BUDI, "pyongyang", A)],
            ),
        ],
    );
}

#[test]
fn a_visit_ahead_or_asked_for_is_to_come() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            (
                "Rapat itu berlangsung menjelang kunjungan Budi Santoso ke Beijing pada hari yang sama .",
                &[v(BUDI, "beijing", P)],
            ),
            (
                "Budi Santoso was asked to visit Beijing by the premier .",
                &[v(BUDI, "beijing", P)],
            ),
            // traps: a visit made stays asserted
            (
                "Rapat itu berlangsung setelah kunjungan Budi Santoso ke Beijing .",
                &[v(BUDI, "beijing", A)],
            ),
            (
                "Budi Santoso visited Beijing at the premier 's request .",
                &[v(BUDI, "beijing", A)],
            ),
        ],
    );
}

#[test]
fn leaving_for_a_place_begins_a_visit() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            (
                "Budi Santoso left for Beijing on Tuesday afternoon .",
                &[v(BUDI, "beijing", A)],
            ),
            (
                "Budi Santoso today leaves for Pyongyang on a two-day working trip .",
                &[v(BUDI, "pyongyang", A)],
            ),
            (
                "Budi Santoso will depart for Beijing next week .",
                &[v(BUDI, "beijing", P)],
            ),
            // traps: the place left, no place after "for"
            ("Budi Santoso left Beijing on Tuesday afternoon .", &[]),
            ("Budi Santoso left for talks with the premier .", &[]),
        ],
    );
}

#[test]
fn a_reception_in_the_capital_or_its_centre_is_a_visit() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            (
                "Kim Jong Un received Budi Santoso at the Kumsusan Palace in the capital Pyongyang on Sunday .",
                &[v(BUDI, "pyongyang", A)],
            ),
            (
                "Kim Jong Un received Budi Santoso at the palace in the historic centre of Pyongyang .",
                &[v(BUDI, "pyongyang", A)],
            ),
            // traps: a plain meeting says nothing of who came; a
            // gathering on the way
            (
                "Kim Jong Un met Budi Santoso in the capital Pyongyang on Sunday .",
                &[],
            ),
            (
                "Kim Jong Un received Budi Santoso at the summit in the capital Pyongyang .",
                &[],
            ),
        ],
    );
}

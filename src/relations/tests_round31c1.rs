//! Issue 17, thirty-first round, part C1: visits from a stay fronted
//! before its subject, a meeting with a group at a venue, and an event
//! witnessed or attended at a venue, in a named place abroad. Every
//! sentence is written for the tests, in both languages, with traps that
//! must give no visit.

use super::tests::{Rel, A};
use super::tests_round3::{check_cases, relations_with, with};
use crate::base::types::EntityType::Place;

/// An asserted visit.
fn v(a: &str, b: &str) -> Rel {
    with("visits", a, b, A)
}

const PUTIN: &str = "vladimir-putin";

/// The visits of `text` over the test gazetteer, with a district added.
fn visits(text: &str) -> Vec<Rel> {
    let extra: &[(&str, _, &[&str])] = &[("senayan", Place, &["Senayan"])];
    relations_with(text, extra, &[], &["visits"])
}

#[test]
fn a_stay_fronted_before_its_subject_is_a_visit() {
    check_cases(
        visits,
        &[
            (
                "Selama di Pyongyang , Vladimir Putin bertemu pula dengan para pengusaha .",
                &[v(PUTIN, "pyongyang")],
            ),
            (
                "Selama berada di Pyongyang , Vladimir Putin juga mengunjungi sebuah pabrik .",
                &[v(PUTIN, "pyongyang")],
            ),
            (
                "While in Pyongyang , Vladimir Putin also met business leaders .",
                &[v(PUTIN, "pyongyang")],
            ),
            // traps: a stay at home; a plan; no comma closing the place
            (
                "Selama di Jakarta , Prabowo Subianto bertemu pula dengan para pengusaha .",
                &[],
            ),
            (
                "Selama di Pyongyang , Vladimir Putin dijadwalkan bertemu dengan para pengusaha .",
                &[],
            ),
            (
                "While in Pyongyang Vladimir Putin also met business leaders .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_meeting_with_a_group_at_a_venue_abroad_is_a_visit() {
    check_cases(
        visits,
        &[
            (
                "Vladimir Putin bertemu dengan pimpinan parlemen di Gedung Parlemen , Senayan , Jakarta , Kamis .",
                &[v(PUTIN, "jakarta")],
            ),
            (
                "Vladimir Putin met with the leaders of the parliament at the Parliament Building in Jakarta on Thursday .",
                &[v(PUTIN, "jakarta")],
            ),
            // traps: the host at home; no venue; a person after the
            // group is a pair's (the pair's own reading places both)
            (
                "Prabowo Subianto bertemu dengan pimpinan parlemen di Gedung Parlemen , Jakarta .",
                &[],
            ),
            ("Vladimir Putin bertemu dengan pimpinan parlemen pada Kamis .", &[]),
            (
                "Vladimir Putin met with the leaders of the parliament , Kim Jong Un said .",
                &[],
            ),
        ],
    );
}

#[test]
fn an_event_witnessed_at_a_venue_abroad_is_a_visit_for_the_guest() {
    check_cases(
        visits,
        &[
            (
                "Prabowo Subianto dan Vladimir Putin menyaksikan penandatanganan dua nota kesepahaman di Istana Merdeka , Jakarta , Rabu .",
                &[v(PUTIN, "jakarta")],
            ),
            (
                "Prabowo Subianto and Vladimir Putin witnessed the signing of two agreements at the Merdeka Palace in Jakarta on Wednesday .",
                &[v(PUTIN, "jakarta")],
            ),
            (
                "Vladimir Putin attended a ceremony at the Merdeka Palace in Jakarta .",
                &[v(PUTIN, "jakarta")],
            ),
            // traps: the host alone at home; a plan; a person as the
            // object; the event's place not named
            (
                "Prabowo Subianto menyaksikan penandatanganan dua nota kesepahaman di Istana Merdeka , Jakarta .",
                &[],
            ),
            (
                "Vladimir Putin akan menghadiri upacara di Istana Merdeka , Jakarta .",
                &[],
            ),
            (
                "Vladimir Putin witnessed Kim Jong Un sign the law at the palace in Jakarta .",
                &[],
            ),
            (
                "Vladimir Putin menyaksikan penandatanganan dua nota kesepahaman itu .",
                &[],
            ),
        ],
    );
}

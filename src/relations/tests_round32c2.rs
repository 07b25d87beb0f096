//! Issue 17, thirty-second round, part C2: the first of a couple named
//! before a spouse ("X and his wife, Y, visited Z") and a special envoy's
//! visit to the country of his mission. Every sentence is written for the
//! tests, with traps that must keep their reading.

use super::tests::{Rel, A, P};
use super::tests_round3::{check_cases, relations_with, with, BUDI, RINA};
use crate::base::types::EntityType;

/// A visit of modality `m`.
fn v(a: &str, b: &str, m: crate::base::types::Modality) -> Rel {
    with("visits", a, b, m)
}

/// The visits of `text` over the test gazetteer with two people of no
/// office and Ghana.
fn visits(text: &str) -> Vec<Rel> {
    relations_with(text, &[], &[("ghana", "Ghana", "Ghanaian")], &["visits"])
}

#[test]
fn the_first_of_a_couple_before_a_spouse_visits_too() {
    check_cases(
        visits,
        &[
            (
                "Budi Santoso and his wife, Rina Wati, visited Ghana on Monday.",
                &[v(BUDI, "ghana", A), v(RINA, "ghana", A)],
            ),
            (
                "Budi Santoso and his wife Rina Wati will visit Ghana next month.",
                &[v(BUDI, "ghana", P), v(RINA, "ghana", P)],
            ),
            (
                "Budi Santoso bersama istrinya , Rina Wati , mengunjungi Ghana pada Senin .",
                &[v(BUDI, "ghana", A), v(RINA, "ghana", A)],
            ),
            (
                "Budi Santoso dan istrinya Rina Wati tiba di Ghana pada Senin .",
                &[v(BUDI, "ghana", A), v(RINA, "ghana", A)],
            ),
            // traps: a spouse named as what another says
            (
                "Budi Santoso said his wife, Rina Wati, visited Ghana on Monday.",
                &[v(RINA, "ghana", A)],
            ),
            (
                "Budi Santoso mengatakan istrinya , Rina Wati , mengunjungi Ghana pada Senin .",
                &[v(RINA, "ghana", A)],
            ),
        ],
    );
}

/// The visits of `text` over the test gazetteer with two people of no
/// office (Russia and Moscow are the test gazetteer's).
fn mission_visits(text: &str) -> Vec<Rel> {
    let extra: &[(&str, EntityType, &[&str])] = &[];
    relations_with(text, extra, &[], &["visits"])
}

#[test]
fn a_special_envoy_visits_the_country_of_his_mission() {
    check_cases(
        mission_visits,
        &[
            (
                "Indonesian Special Envoy to Russia, Budi Santoso, arrived in Moscow on Monday.",
                &[v(BUDI, "moscow", A)],
            ),
            // trap: an ambassador lives at his post
            (
                "Indonesian Ambassador to Russia, Budi Santoso, arrived in Moscow on Monday.",
                &[],
            ),
        ],
    );
}

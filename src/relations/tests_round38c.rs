//! Issue 17, thirty-eighth round, part C: an envoy posted to several
//! states lives in the first ("Duta Besar X untuk A dan B", "untuk A
//! merangkap B"); his trip to a later one is a visit
//! ([`super::visit_checks`]). Every sentence is written for the tests,
//! with traps that must keep their reading.

use super::tests::{Rel, A};
use super::tests_round3::{check_cases, relations_with, with, BUDI};

/// An asserted visit.
fn v(a: &str, b: &str) -> Rel {
    with("visits", a, b, A)
}

/// The visits in `text` with three countries.
fn visits(text: &str) -> Vec<Rel> {
    relations_with(
        text,
        &[],
        &[
            ("chile", "Chile", "Chilean"),
            ("nepal", "Nepal", "Nepalese"),
            ("netherlands", "Netherlands", "Dutch"),
        ],
        &["visits"],
    )
}

#[test]
fn an_envoys_trip_to_a_state_he_is_accredited_to_from_his_seat() {
    check_cases(
        visits,
        &[
            (
                "Duta Besar Chile untuk Nepal dan Netherlands, Budi Santoso, berkunjung ke Netherlands pekan lalu .",
                &[v(BUDI, "netherlands")],
            ),
            (
                "Duta Besar Chile untuk Nepal merangkap Netherlands, Budi Santoso, tiba di Netherlands pada Senin .",
                &[v(BUDI, "netherlands")],
            ),
            // traps: the seat, the first state of the list, stays his
            // post; a single posting too
            (
                "Duta Besar Chile untuk Nepal dan Netherlands, Budi Santoso, tiba di Nepal pada Senin .",
                &[],
            ),
            (
                "Duta Besar Chile untuk Netherlands, Budi Santoso, berkunjung ke Netherlands pekan lalu .",
                &[],
            ),
        ],
    );
}

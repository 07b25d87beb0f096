//! Issue 17, fortieth round, part B (`meets`): a delegation told again
//! (`delegation_sequel.rs`) and a list of persons each followed by its
//! title in apposition, or by its envoy's country
//! (`apposed_conjunct.rs`). Every sentence is written for the tests,
//! with traps that must give no meeting (or not the wrong one).

use super::tests::{Rel, P};
use super::tests_round3::{check_cases, meeting, met, BUDI, RINA};
use super::tests_round31b::TOMAS;
use super::tests_round34b::{run, ANDI, DEWI};

/// The meetings of `text`.
fn meets(text: &str) -> Vec<Rel> {
    run(text, &["meets"])
}

#[test]
fn a_delegation_told_again_stands_for_its_leaders() {
    check_cases(
        meets,
        &[
            (
                "A parliamentary delegation headed by Budi Santoso arrived in Lima on Tuesday. The delegation is scheduled to meet Rina Wati and Tomas Vidal.",
                &[meeting(BUDI, RINA, P), meeting(BUDI, TOMAS, P)],
            ),
            (
                "Delegasi parlemen Peru yang dipimpin Budi Santoso tiba di Lima. Delegasi tersebut disambut oleh Rina Wati dan Tomas Vidal.",
                &[met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            (
                "Delegasi MPR yang dipimpin Budi Santoso tiba di Lima. Sehari sebelumnya, delegasi MPR juga bertemu Rina Wati.",
                &[met(BUDI, RINA)],
            ),
            // the one person told visiting before
            (
                "Budi Santoso paid an official visit to Chile from July 5 to 8. According to a joint communique, the Peruvian delegation also held discussions with Rina Wati.",
                &[met(BUDI, RINA)],
            ),
        ],
    );
}

#[test]
fn traps_of_a_delegation_told_again() {
    check_cases(
        meets,
        &[
            // trap: two delegations with different leaders
            (
                "A delegation headed by Budi Santoso arrived in Lima. Another delegation headed by Andi Pratama arrived in Chile. The delegation met Rina Wati.",
                &[],
            ),
            // trap: two visitors told before
            (
                "Budi Santoso visited Chile. Andi Pratama visited Gambia. The delegation met Rina Wati.",
                &[],
            ),
            // trap: a count or a possessive before the delegation word
            (
                "A delegation headed by Budi Santoso arrived in Lima. The two delegations met Rina Wati.",
                &[],
            ),
            (
                "A delegation headed by Budi Santoso arrived in Lima. Kedua delegasi bertemu Rina Wati.",
                &[],
            ),
            (
                "Budi Santoso visited Chile. His delegation met Rina Wati.",
                &[],
            ),
            // trap: a delegation with a leader verb of its own (its
            // leader's meeting, as before; not the visitor's)
            (
                "Budi Santoso mengunjungi Chile. Delegasi Gambia dipimpin Dewi Lestari bertemu Rina Wati.",
                &[met(DEWI, RINA)],
            ),
            // trap: no delegation named before nor visitor told
            (
                "Budi Santoso spoke in Lima. The delegation met Rina Wati.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_list_of_persons_with_apposed_titles() {
    check_cases(
        meets,
        &[
            (
                "At the airport Budi Santoso was welcomed by Rina Wati, the Minister of Foreign Affairs of Chile, Tomas Vidal, the Minister of Agriculture, Land Reform and Rural Development of Peru, and Andi Pratama, the Acting High Commissioner of Gambia to Chile, among other senior officials.",
                &[met(BUDI, RINA), met(BUDI, TOMAS), met(BUDI, ANDI)],
            ),
            (
                "Budi Santoso was welcomed by Rina Wati, the Minister of Trade, and Tomas Vidal.",
                &[met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            (
                "Budi Santoso received the letters of credence of the newly appointed ambassadors of Chile, Rina Wati, of Peru, Tomas Vidal, and of the Republic of Gambia, Andi Pratama.",
                &[met(BUDI, RINA), met(BUDI, TOMAS), met(BUDI, ANDI)],
            ),
        ],
    );
}

#[test]
fn traps_of_apposed_titles() {
    check_cases(
        meets,
        &[
            // trap: an apposition that is no title
            (
                "Budi Santoso met Rina Wati, the wife of the mayor, and later Tomas Vidal spoke.",
                &[met(BUDI, RINA)],
            ),
            // trap: no list word closes the list
            (
                "Budi Santoso met Rina Wati, the Minister of Trade, Tomas Vidal said.",
                &[met(BUDI, RINA)],
            ),
            (
                "Budi Santoso met Rina Wati, the Minister of Trade, on Monday, and Dewi Lestari left.",
                &[met(BUDI, RINA)],
            ),
            // trap: a relative clause is no title apposition (read as
            // before)
            (
                "Budi Santoso met Rina Wati, who heads the Ministry of Trade, and Tomas Vidal.",
                &[met(BUDI, RINA)],
            ),
        ],
    );
}

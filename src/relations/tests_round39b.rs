//! Issue 17, thirty-ninth round, part B: the agent of a passive reception
//! past the adjuncts between the verb and its agent (`meets`,
//! `passive_agent.rs`), and the owner of a meeting noun with each name of
//! a list after "with" (`genitive_with.rs`). Every sentence is written for
//! the tests, with traps that must give no meeting (or no more than the
//! one the older reader gave).

use super::tests::Rel;
use super::tests_round3::{check_cases, met, BUDI, RINA};
use super::tests_round31b::TOMAS;
use super::tests_round34b::{run, ANDI};

/// The meetings of `text`.
fn meets(text: &str) -> Vec<Rel> {
    run(text, &["meets"])
}

#[test]
fn agents_past_arrival_time_and_venue_phrases() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso arrived in Lima on Monday. He was warmly welcomed on his arrival at the Jorge Chavez International Airport yesterday by the Foreign Minister of Peru, Rina Wati.",
                &[met(RINA, BUDI)],
            ),
            (
                "Budi Santoso had been received on his arrival that morning by the Secretary of State of Peru, Rina Wati, before he drove to the capital.",
                &[met(RINA, BUDI)],
            ),
            (
                "Budi Santoso was greeted at the foot of the aircraft steps on Monday evening by his Peruvian counterpart, Rina Wati.",
                &[met(RINA, BUDI)],
            ),
            (
                "Budi Santoso was met on arrival at the VIP lounge of the Lima airport by the Governor of Lima, Rina Wati, and the Minister of Trade, Tomas Vidal.",
                &[met(RINA, BUDI), met(TOMAS, BUDI)],
            ),
            (
                "Budi Santoso disambut setibanya di Bandara Internasional Jorge Chavez pada Senin malam oleh Menteri Luar Negeri Peru Rina Wati.",
                &[met(RINA, BUDI)],
            ),
            (
                "Budi Santoso dijemput di ruang tunggu VIP bandara pada Senin pagi oleh Rina Wati dan Tomas Vidal.",
                &[met(RINA, BUDI), met(TOMAS, BUDI)],
            ),
        ],
    );
}

#[test]
fn traps_of_the_agent_past_adjuncts() {
    check_cases(
        meets,
        &[
            // trap: a person between the verb and the agent
            (
                "Budi Santoso was received with Tomas Vidal at the palace on Monday by Rina Wati.",
                &[],
            ),
            // trap: a list word, a comma, a relative or a clause word ends the walk
            (
                "Budi Santoso was received at the palace and the museum designed in 1990 by Rina Wati.",
                &[],
            ),
            (
                "Budi Santoso was received at the palace, which was designed in 1990 by Rina Wati.",
                &[],
            ),
            (
                "Budi Santoso was received in the hall that the architects built by Rina Wati.",
                &[],
            ),
            (
                "Budi Santoso was received at the palace on Monday because he was invited by Rina Wati.",
                &[],
            ),
            (
                "Budi Santoso diterima di istana pada Senin pagi yang dibangun oleh Rina Wati.",
                &[],
            ),
            // trap: no reception (no symmetric rule), and a thing received
            (
                "Budi Santoso was interviewed at the palace on Monday morning by Rina Wati.",
                &[],
            ),
            (
                "The letter of Budi Santoso was received at the ministry on Monday morning by Rina Wati.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_meeting_noun_s_owner_with_each_listed_name() {
    check_cases(
        meets,
        &[
            (
                "Kegiatan itu menindaklanjuti pertemuan Presiden Budi Santoso dengan Perdana Menteri Peru Rina Wati, Perdana Menteri Chile Tomas Vidal, dan Andi Pratama pada bulan lalu.",
                &[met(BUDI, RINA), met(BUDI, TOMAS), met(ANDI, BUDI)],
            ),
            (
                "The visit follows the meeting of President Budi Santoso with Rina Wati, Tomas Vidal and Andi Pratama last month.",
                &[met(BUDI, RINA), met(BUDI, TOMAS), met(ANDI, BUDI)],
            ),
            // trap: a list word after the owner joins the owners (the older reading)
            (
                "The visit follows the meeting of Budi Santoso and Rina Wati, Tomas Vidal and Andi Pratama last month.",
                &[met(BUDI, RINA)],
            ),
            // trap: names after the list's end, a speaker after a comma
            (
                "The visit follows the meeting of Budi Santoso with Rina Wati in Lima. Tomas Vidal and Andi Pratama stayed home.",
                &[met(BUDI, RINA)],
            ),
            (
                "The visit follows the meeting of Budi Santoso with Rina Wati, Tomas Vidal said on Monday.",
                &[met(BUDI, RINA)],
            ),
            (
                "Kunjungan itu menyusul pertemuan Budi Santoso dengan Rina Wati, kata Tomas Vidal.",
                &[met(BUDI, RINA)],
            ),
        ],
    );
}

//! Issue 17, thirty-first round, part B: a courtesy call received with a
//! venue phrase before its "from", a hyphenated compound inside the
//! window of a plan's cue, and things handed over in person (the sender
//! of credentials or greetings meets no one; the recipient does). Every
//! sentence is written for the tests, with traps that must give no
//! relation (or not the wrong one).

use super::tests::Rel;
use super::tests_round3::{check_cases, meeting, met, relations_with, BUDI, RINA};
use crate::base::types::{EntityType, Modality};

/// Tomas Vidal's id.
pub(super) const TOMAS: &str = "tomas-vidal";

/// The meetings of `text` with a third person besides the two people of
/// the test tables, and two countries.
pub(super) fn meets(text: &str) -> Vec<Rel> {
    relations_with(
        text,
        &[(TOMAS, EntityType::Person, &["Tomas Vidal"])],
        &[("chile", "Chile", "Chilean"), ("peru", "Peru", "Peruvian")],
        &["meets"],
    )
}

#[test]
fn a_courtesy_call_received_past_a_venue_phrase() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso received a courtesy call at the Office of the President from Rina Wati.",
                &[met(BUDI, RINA)],
            ),
            // trap: a telephone's call is no meeting, venue or not
            (
                "Budi Santoso received a phone call at the Office of the President from Rina Wati.",
                &[],
            ),
            // trap: a person inside the phrase is no venue
            (
                "Budi Santoso received a courtesy call at the home of Tomas Vidal from Rina Wati.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_hyphenated_compound_counts_as_one_word_before_a_plan_s_cue() {
    let planned = |a, b| meeting(a, b, Modality::Planned);
    check_cases(
        meets,
        &[
            (
                "Budi Santoso will hold a tete-a-tete meeting with Rina Wati.",
                &[planned(BUDI, RINA)],
            ),
            // trap: a cue of another clause, far before the trigger
            (
                "Tomas Vidal will speak on Monday after Budi Santoso held a tete-a-tete meeting with Rina Wati.",
                &[met(BUDI, RINA)],
            ),
        ],
    );
}

#[test]
fn the_sender_of_a_thing_handed_over_meets_no_one() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso menyerahkan surat kepercayaan dari Presiden Chile Tomas Vidal kepada Rina Wati.",
                &[met(BUDI, RINA)],
            ),
            (
                "Budi Santoso presented credentials from Tomas Vidal to Rina Wati.",
                &[met(BUDI, RINA)],
            ),
            (
                "Budi Santoso menyampaikan salam Tomas Vidal kepada Rina Wati.",
                &[],
            ),
            // trap: with no recipient the sender is still no partner
            (
                "Budi Santoso menyerahkan surat kepercayaan dari Tomas Vidal.",
                &[],
            ),
            // trap: credentials received from someone are a meeting with them
            (
                "Budi Santoso menerima surat kepercayaan dari Rina Wati.",
                &[met(BUDI, RINA)],
            ),
            // trap: handed straight to the recipient
            (
                "Budi Santoso menyerahkan surat kepercayaan kepada Rina Wati.",
                &[met(BUDI, RINA)],
            ),
            // trap: a greeting by handshake is a meeting
            (
                "Budi Santoso bersalaman dengan Rina Wati.",
                &[met(BUDI, RINA)],
            ),
        ],
    );
}

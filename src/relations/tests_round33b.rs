//! Issue 17, thirty-third round, part B: receptions, hosting and
//! credentials. A counted group of envoys after its noun ("of new envoys
//! from three countries"), a list of envoys run on past a member's seat
//! ("yang berkedudukan di Z"), a pronoun after a sentence whose second
//! person accompanies the first, a guest named after "the visiting", a
//! guest described before a place and named after a comma, and "was to"
//! as a plan. Every sentence is written for the tests, with traps that
//! must give no meeting (or not the wrong one).

use super::tests::Rel;
use super::tests_round3::{check_cases, meeting, met, relations_with, BUDI, RINA};
use super::tests_round31b::TOMAS;
use crate::base::types::{EntityType, Modality};

/// Andi Pratama's id.
const ANDI: &str = "andi-pratama";

/// The meetings of `text` with two more persons besides the two people of
/// the test tables, two countries and a city.
fn meets(text: &str) -> Vec<Rel> {
    relations_with(
        text,
        &[
            (TOMAS, EntityType::Person, &["Tomas Vidal"]),
            (ANDI, EntityType::Person, &["Andi Pratama"]),
            ("lima", EntityType::Place, &["Lima"]),
        ],
        &[("chile", "Chile", "Chilean"), ("peru", "Peru", "Peruvian")],
        &["meets"],
    )
}

/// A meeting to come of `a` and `b`.
fn planned(a: &str, b: &str) -> Rel {
    meeting(a, b, Modality::Planned)
}

#[test]
fn a_counted_group_of_envoys_after_its_noun() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso received the letters of credence of new envoys from three countries. They are the Ambassador of Chile, Rina Wati, and the Ambassador of Peru, Tomas Vidal.",
                &[met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            // trap: a count out of reach is no group of the trigger
            (
                "Budi Santoso received the letters of credence of new envoys from the region of five countries. They are Rina Wati and Tomas Vidal.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_list_of_envoys_runs_on_past_a_member_s_seat() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso menerima surat kepercayaan dari tiga duta besar. Mereka adalah Rina Wati, Duta Besar Chile; Andi Pratama, Duta Besar Peru yang berkedudukan di Lima; serta Tomas Vidal, Duta Besar Peru yang berkedudukan di Lima.",
                &[met(ANDI, BUDI), met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            // trap: a clause naming a person ends the list
            (
                "Budi Santoso menerima surat kepercayaan dari tiga duta besar. Mereka adalah Rina Wati, Duta Besar Chile; Andi Pratama, Duta Besar Peru yang didampingi Tomas Vidal; serta Duta Besar Chile.",
                &[met(BUDI, RINA)],
            ),
        ],
    );
}

#[test]
fn a_pronoun_after_a_companion_is_the_one_accompanied() {
    check_cases(
        meets,
        &[
            (
                "Rina Wati arrived in Lima on Sunday, in the company of Andi Pratama. At the airport, he was received by Budi Santoso.",
                &[met(BUDI, RINA)],
            ),
            (
                "Rina Wati arrived in Lima on Sunday, accompanied by Andi Pratama. At the airport, she was received by Budi Santoso.",
                &[met(BUDI, RINA)],
            ),
            // trap: two persons of one party each are no antecedent
            (
                "Rina Wati and Andi Pratama arrived in Lima on Sunday. At the airport, he was received by Budi Santoso.",
                &[],
            ),
            // trap: a companion two sentences back is not read
            (
                "Rina Wati arrived in Lima on Sunday, in the company of Andi Pratama. The flight was late. At the airport, he was received by Budi Santoso.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_guest_named_after_the_visiting() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso on Monday received the visiting Rina Wati at the palace.",
                &[met(BUDI, RINA)],
            ),
            (
                "Budi Santoso welcomed the visiting Chilean foreign minister, Rina Wati.",
                &[met(BUDI, RINA)],
            ),
            // trap: a guest's noun before the name is no title of it
            (
                "Budi Santoso received the visiting delegation and Rina Wati.",
                &[],
            ),
            // trap: a verb of no host
            ("Budi Santoso praised the visiting Rina Wati.", &[]),
        ],
    );
}

#[test]
fn a_guest_described_before_a_place_and_named_after_a_comma() {
    check_cases(
        meets,
        &[
            (
                "On Friday, Budi Santoso will host another prime minister in Lima, Rina Wati.",
                &[planned(BUDI, RINA)],
            ),
            (
                "On Friday, Budi Santoso will host another prime minister in Lima, Rina Wati of Peru.",
                &[planned(BUDI, RINA)],
            ),
            (
                "On Friday, Budi Santoso will host another prime minister, Rina Wati.",
                &[planned(BUDI, RINA)],
            ),
            // trap: the name after the comma is a speaker's
            (
                "On Friday, Budi Santoso will host another prime minister in Lima, Rina Wati said.",
                &[],
            ),
            // trap: an event, not a person, is hosted
            ("Budi Santoso hosted a dinner in Lima, Rina Wati.", &[]),
            // trap: a description holding another trigger is that
            // trigger's, here a ceremony held from afar
            (
                "Budi Santoso received the letters of credence of the new Chilean ambassador, Rina Wati, at a virtual ceremony.",
                &[],
            ),
        ],
    );
}

#[test]
fn was_to_is_a_plan() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso was to host Rina Wati on Friday.",
                &[planned(BUDI, RINA)],
            ),
            // trap: a meeting told as made stays asserted
            (
                "Budi Santoso hosted Rina Wati on Friday.",
                &[met(BUDI, RINA)],
            ),
        ],
    );
}

//! Issue 17, thirtieth round, part B: a companion named by a role noun
//! after "didampingi", a meeting coordinated with a planned verb, and
//! titles set off by a comma that the readers of arguments missed (a
//! lowercase head word, a place's possessive inside the title, a rank
//! between the comma and the name). Every sentence is written for the
//! tests, in both languages, with traps that must give no relation (or
//! not the wrong one).

use super::tests::Rel;
use super::tests_round3::{check_cases, meeting, met, relations_with, BUDI, RINA};
use crate::base::types::{EntityType, Modality};

/// Tomas Vidal's id.
const TOMAS: &str = "tomas-vidal";

/// The relations of `text` (kinds in `kinds`) with a third person, an
/// organisation and two countries (with demonyms) besides the two people
/// of the test tables.
fn rels(text: &str, kinds: &[&str]) -> Vec<Rel> {
    relations_with(
        text,
        &[
            (TOMAS, EntityType::Person, &["Tomas Vidal"]),
            (
                "unity-council",
                EntityType::Organisation,
                &["Unity Council"],
            ),
        ],
        &[("chile", "Chile", "Chilean"), ("peru", "Peru", "Peruvian")],
        kinds,
    )
}

#[test]
fn a_companion_named_by_a_role_noun_is_no_host() {
    check_cases(
        |t| rels(t, &["meets"]),
        &[
            (
                "Budi Santoso, didampingi anggota komisi Tomas Vidal, menerima Rina Wati di Jakarta.",
                &[met(BUDI, RINA)],
            ),
            (
                "Budi Santoso, accompanied by committee member Tomas Vidal, received Rina Wati in Lima.",
                &[met(BUDI, RINA)],
            ),
            // trap: with no accompanying word the nearest name is the host
            (
                "Budi Santoso menyebut anggota komisi Tomas Vidal menerima Rina Wati di Jakarta.",
                &[met(TOMAS, RINA)],
            ),
        ],
    );
}

#[test]
fn a_meeting_coordinated_with_a_planned_verb_is_planned() {
    let planned = |a, b| meeting(a, b, Modality::Planned);
    check_cases(
        |t| rels(t, &["meets"]),
        &[
            (
                "Di Lima, Budi Santoso dijadwalkan menghadiri Forum Bisnis Asia dan bertemu Rina Wati.",
                &[planned(BUDI, RINA)],
            ),
            (
                "In Lima, Budi Santoso will attend the Asia Business Forum and meet Rina Wati.",
                &[planned(BUDI, RINA)],
            ),
            // traps: a plan in another clause, or none at all
            (
                "Budi Santoso mengatakan bahwa ia akan pulang, dan bertemu Rina Wati di Lima kemarin.",
                &[met(BUDI, RINA)],
            ),
            (
                "Budi Santoso attended the Asia Business Forum and met Rina Wati.",
                &[met(BUDI, RINA)],
            ),
        ],
    );
}

#[test]
fn a_title_set_off_by_a_comma_reaches_its_name() {
    check_cases(
        |t| rels(t, &["meets"]),
        &[
            (
                "Budi Santoso met the head of the Unity Council, Rina Wati, on Monday.",
                &[met(BUDI, RINA)],
            ),
            (
                "Budi Santoso is meeting the head of Chile's Unity Council, Rina Wati, in Lima.",
                &[met(BUDI, RINA)],
            ),
            (
                "Budi Santoso was received by the Minister of Defence, Lieutenant General Rina Wati.",
                &[met(BUDI, RINA)],
            ),
            // trap: a lowercase head with no article may end a list's member
            (
                "Budi Santoso met Tomas Vidal, head of Chile's Unity Council, Rina Wati said.",
                &[met(BUDI, TOMAS)],
            ),
        ],
    );
}

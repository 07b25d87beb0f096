//! Issue 17, thirty-second round, part B: meeting triggers that join no
//! pair (a meeting held from afar, persons who only attend one, hosts who
//! receive together, a person met before taken as a later subject) and
//! greetings conveyed with their recipient first. Every sentence is
//! written for the tests, with traps that must keep the meeting.

use super::tests_round3::{check_cases, meeting, met, BUDI, RINA};
use super::tests_round31b::{meets, TOMAS};
use crate::base::types::Modality;

#[test]
fn a_meeting_held_from_afar_is_none() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso received Rina Wati at a virtual ceremony on Friday.",
                &[],
            ),
            ("Budi Santoso bertemu Rina Wati secara virtual pada Senin.", &[]),
            // trap: a meeting in person after a virtual one
            (
                "Budi Santoso met Rina Wati in Lima after a virtual meeting last month.",
                &[met(BUDI, RINA)],
            ),
            (
                "Budi Santoso membahas kerja sama dengan Rina Wati sebagai tindak lanjut pertemuan virtual mereka.",
                &[met(BUDI, RINA)],
            ),
            // trap: a call by telephone in another clause
            (
                "Budi Santoso and Rina Wati met in Lima on Tuesday, days after their presidents spoke by telephone.",
                &[met(BUDI, RINA)],
            ),
        ],
    );
}

#[test]
fn persons_who_attend_a_meeting_are_no_party() {
    check_cases(
        meets,
        &[
            ("Budi Santoso and Rina Wati attended the meeting.", &[]),
            (
                "Tomas Vidal menerima Budi Santoso, lalu pertemuan berlanjut dengan dihadiri Rina Wati.",
                &[met(BUDI, TOMAS)],
            ),
            // trap: talks attended with a partner named are a meeting
            (
                "Budi Santoso attended talks with Rina Wati in Lima.",
                &[met(BUDI, RINA)],
            ),
            // trap: the pair meets itself
            (
                "Budi Santoso and Rina Wati met on Monday.",
                &[met(BUDI, RINA)],
            ),
        ],
    );
}

#[test]
fn hosts_who_receive_together_meet_no_one_of_them() {
    let planned = |a, b| meeting(a, b, Modality::Planned);
    check_cases(
        meets,
        &[
            (
                "Budi Santoso and Rina Wati will receive the Chilean delegation.",
                &[],
            ),
            ("Budi Santoso dan Rina Wati menyambut rombongan itu.", &[]),
            // trap: each host meets a named guest
            (
                "Budi Santoso and Rina Wati will receive Tomas Vidal.",
                &[planned(BUDI, TOMAS), planned(RINA, TOMAS)],
            ),
        ],
    );
}

#[test]
fn a_person_met_before_is_no_subject_of_a_later_meeting() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso sudah bertemu Rina Wati, dan pertemuan dengan Tomas Vidal merupakan tindak lanjutnya.",
                &[met(BUDI, RINA)],
            ),
            // trap: a relative clause makes the one met a subject
            (
                "Budi Santoso received Rina Wati, who later met Tomas Vidal.",
                &[met(BUDI, RINA), met(RINA, TOMAS)],
            ),
            (
                "Budi Santoso welcomed Rina Wati at the airport, from where the guest went for talks with Tomas Vidal.",
                &[met(BUDI, RINA), met(RINA, TOMAS)],
            ),
        ],
    );
}

#[test]
fn greetings_conveyed_with_the_recipient_first_are_the_owner_s() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso conveyed to Rina Wati the greetings of Tomas Vidal.",
                &[],
            ),
            (
                "Budi Santoso menyampaikan kepada Rina Wati salam Tomas Vidal.",
                &[],
            ),
            // trap: greetings exchanged in person
            (
                "Budi Santoso exchanged greetings with Tomas Vidal.",
                &[met(BUDI, TOMAS)],
            ),
        ],
    );
}

//! Issue 17, thirty-sixth round, part B: welcoming parties, receptions
//! and meetings (`meets`). A conjunct behind a long title ("and by Crown
//! Prince and Prime Minister Y", "serta Presiden X sekaligus Ketua Y Z"),
//! a reflexive after a conjunct ("by A herself and by B"), the guest of a
//! reception after "dari", a list continued by "Selain itu ada", an
//! English verb's object after its place and time, a meeting frame before
//! a named subject or a pronoun, and the plural "surat-surat kepercayaan".
//! Every sentence is written for the tests, with traps that must give no
//! meeting (or not the wrong one).

use super::tests::Rel;
use super::tests_round3::{check_cases, meeting, met, BUDI, RINA};
use super::tests_round31b::TOMAS;
use super::tests_round34b::{run, ANDI, DEWI};
use crate::base::types::Modality;

/// The meetings of `text`.
fn meets(text: &str) -> Vec<Rel> {
    run(text, &["meets"])
}

#[test]
fn a_conjunct_behind_a_long_title() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso was received at the airport by Chile's Foreign Minister Rina Wati and by Crown Prince and Prime Minister Tomas Vidal.",
                &[met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            (
                "Budi Santoso was received by Rina Wati and by the Peruvian High Commissioner to Chile, Mr Andi Pratama.",
                &[met(ANDI, BUDI), met(BUDI, RINA)],
            ),
            (
                "Budi Santoso dijadwalkan bertemu Menteri Luar Negeri Chile Rina Wati, Duta Besar Peru Tomas Vidal, serta Wakil Presiden Chile sekaligus Ketua Dewan Revolusi Peru Andi Pratama.",
                &[
                    meeting(ANDI, BUDI, Modality::Planned),
                    meeting(BUDI, RINA, Modality::Planned),
                    meeting(BUDI, TOMAS, Modality::Planned),
                ],
            ),
            // trap: the name behind the words opens a clause of its own
            (
                "Budi Santoso was received by Rina Wati and by the Chilean Foreign Minister Tomas Vidal said the talks went well.",
                &[met(BUDI, RINA)],
            ),
            // trap: lowercase words of no title stand between
            (
                "Budi Santoso was received by Rina Wati and by the cheering crowds as Tomas Vidal watched.",
                &[met(BUDI, RINA)],
            ),
        ],
    );
}

#[test]
fn a_reflexive_after_a_conjunct() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso was received by Rina Wati herself and by Chile's Minister of Security, Tomas Vidal.",
                &[met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            // trap: no list word after the reflexive
            (
                "Budi Santoso was received by Rina Wati herself, Tomas Vidal said.",
                &[met(BUDI, RINA)],
            ),
        ],
    );
}

#[test]
fn the_guest_of_a_reception_after_dari() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso telah menerima kunjungan kehormatan dari Menteri Luar Negeri Chile Rina Wati, Duta Besar Peru Tomas Vidal dan Andi Pratama.",
                &[met(ANDI, BUDI), met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            (
                "Budi Santoso menerima kunjungan kerja dari Rina Wati di Lima.",
                &[met(BUDI, RINA)],
            ),
            // trap: a place after dari
            (
                "Budi Santoso menerima kunjungan kehormatan dari Lima, kata Rina Wati.",
                &[],
            ),
            // trap: a plain meeting trigger takes no dari
            (
                "Budi Santoso bertemu pengusaha dari Lima yang dibawa Rina Wati.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_list_continued_by_selain_itu_ada() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso menerima empat pemimpin negara sahabat di Lima. Mereka adalah Rina Wati dan Tomas Vidal. Selain itu ada Andi Pratama dan Dewi Lestari.",
                &[
                    met(ANDI, BUDI),
                    met(BUDI, DEWI),
                    met(BUDI, RINA),
                    met(BUDI, TOMAS),
                ],
            ),
            // trap: one name is no list
            (
                "Budi Santoso menerima empat pemimpin negara sahabat di Lima. Mereka adalah Rina Wati dan Tomas Vidal. Selain itu ada Andi Pratama yang menunggu di luar.",
                &[met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            // trap: no list before it
            (
                "Budi Santoso menerima empat pemimpin negara sahabat di Lima. Selain itu ada Andi Pratama dan Dewi Lestari.",
                &[],
            ),
        ],
    );
}

#[test]
fn an_object_after_the_verb_s_place_and_time() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso met in Lima, the capital of Peru, the Chilean Foreign Minister Rina Wati, who arrived on Sunday.",
                &[met(BUDI, RINA)],
            ),
            (
                "Budi Santoso received at the Government Palace on Thursday Tomas Vidal, the Foreign Minister of Chile.",
                &[met(BUDI, TOMAS)],
            ),
            (
                "Budi Santoso will meet on Monday morning the president of Chile, Rina Wati, who arrived in Lima on Sunday.",
                &[meeting(BUDI, RINA, Modality::Planned)],
            ),
            // trap: a clause word after the place
            (
                "Budi Santoso met in Lima, the capital of Peru, as Rina Wati had asked.",
                &[],
            ),
            // trap: a noun's place phrase and a possessor
            (
                "Budi Santoso spoke at a summit in Lima, Peru, Rina Wati's office said.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_meeting_frame_s_person_met_the_clause_s_subject() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso tiba di Lima pada Senin. Dalam pertemuan empat mata dengan Presiden Chile Rina Wati, Dubes Tomas Vidal menyampaikan salam hangat.",
                &[met(RINA, TOMAS)],
            ),
            (
                "Budi Santoso arrived in Lima on Monday. Speaking during a courtesy call on Rina Wati, he said that trade would grow.",
                &[met(BUDI, RINA)],
            ),
            // trap: no one before the pronoun but the frame's person
            (
                "Speaking during a courtesy call on Rina Wati, he said that trade would grow.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_plural_reduplication_heads_its_trigger() {
    check_cases(
        meets,
        &[
            (
                "Duta Besar Chile Rina Wati menyerahkan surat-surat kepercayaan kepada Budi Santoso di Lima.",
                &[met(BUDI, RINA)],
            ),
            // trap: the reduplication of a word of no class stays none
            (
                "Rina Wati menyerahkan surat-surat tanah kepada Budi Santoso di Lima.",
                &[],
            ),
        ],
    );
}

//! Issue 17, twenty-ninth round, part B: meetings with a person named
//! after a title the office data does not know. A title set off by a comma
//! after an article ("met the Chairperson of the National Assembly, X");
//! Indonesian titles with a minister's or a rector's head word and
//! "untuk" inside; a format's name with a plus between a meeting noun and
//! its preposition ("pertemuan 2+2 dengan X"). Every sentence is written
//! for the tests, in both languages where the rule has both, with traps.

use super::tests_round28b::{meets, AMANI, JOSEPH, TESFAYE};
use super::tests_round3::{check_cases, meeting, met, BUDI, RINA};
use crate::base::types::Modality;

#[test]
fn a_title_set_off_by_a_comma_after_an_article() {
    check_cases(
        meets,
        &[
            (
                "On Monday Rina Wati met the Chairperson of the Federal Senate, Amani Odhiambo, Trade Minister Bekele and Joseph Mwangi .",
                &[met(RINA, AMANI), met(RINA, TESFAYE), met(RINA, JOSEPH)],
            ),
            (
                "Budi Santoso received the Secretary General of the Union of Coastal Ports (UCP), Amani Odhiambo, at his office on Friday .",
                &[met(BUDI, AMANI)],
            ),
            (
                "Rina Wati will also meet the Speaker of the Lower House, Amani Odhiambo .",
                &[meeting(RINA, AMANI, Modality::Planned)],
            ),
            // trap: a bare title before a comma may close an apposition
            // of a name before it or be a list's member, so the name
            // after it does not take it (nothing is read, as before)
            (
                "Rina Wati met Speaker of the Lower House, Amani Odhiambo and Budi Santoso .",
                &[],
            ),
            // trap: the title's person is the one named, the visitor
            // meets no one else
            (
                "Rina Wati spoke to reporters after the Speaker of the Lower House, Amani Odhiambo, left .",
                &[],
            ),
        ],
    );
}

#[test]
fn an_indonesian_title_the_office_data_does_not_know() {
    check_cases(
        meets,
        &[
            (
                "Rina Wati bertemu Menteri Federal Kenya untuk Perikanan Darat Amani Odhiambo di Nairobi .",
                &[met(RINA, AMANI)],
            ),
            (
                "Budi Santoso akan ke kampus untuk bertemu Rektor Universitas Pesisir Amani Odhiambo .",
                &[meeting(BUDI, AMANI, Modality::Planned)],
            ),
            // trap: "untuk" after a lowercase word opens no title
            (
                "Rina Wati bertemu Amani Odhiambo untuk membahas bantuan untuk Joseph Mwangi .",
                &[met(RINA, AMANI)],
            ),
        ],
    );
}

#[test]
fn a_format_with_a_plus_before_the_preposition() {
    check_cases(
        meets,
        &[
            (
                "Sebelumnya, Rina Wati dan Budi Santoso menghadiri pertemuan 2+2 dengan Amani Odhiambo dan Tesfaye Bekele .",
                &[
                    met(RINA, AMANI),
                    met(RINA, TESFAYE),
                    met(BUDI, AMANI),
                    met(BUDI, TESFAYE),
                ],
            ),
            // (the two hosts do not meet each other by it, in English
            // as before)
            (
                "Earlier, Rina Wati and Budi Santoso attended a 2+2 meeting with Amani Odhiambo and Tesfaye Bekele .",
                &[
                    met(RINA, AMANI),
                    met(RINA, TESFAYE),
                    met(BUDI, AMANI),
                    met(BUDI, TESFAYE),
                ],
            ),
        ],
    );
}

//! Issue 17, twenty-eighth round, part B: meetings and receptions whose
//! arguments are descriptions. A pair description does not stand for a
//! guest and the one accompanying him; a title description does not stand
//! for a person named after it in its own sentence, and prefers the one
//! shown with its country; a title with its country and no name stands for
//! the one shown with it; an event noun fronted before a pronoun ("On
//! arrival , he"); a delegation of a government led by a titled leader; an
//! object pronoun after the subject of its own clause; a signed book. Every
//! sentence is written for the tests, in both languages where the rule has
//! both, with traps.

use super::tests::Rel;
use super::tests_round3::{check_cases, meeting, met, rel, relations_with, BUDI, RINA};
use crate::base::types::{EntityType, Modality};

pub(super) const AMANI: &str = "amani-odhiambo";
pub(super) const TESFAYE: &str = "tesfaye-bekele";
pub(super) const JOSEPH: &str = "joseph-mwangi";

/// Relations of `kinds` in `text`, with three persons of no office and
/// two countries known.
fn run(text: &str, kinds: &[&str]) -> Vec<Rel> {
    relations_with(
        text,
        &[
            (AMANI, EntityType::Person, &["Amani Odhiambo", "Odhiambo"]),
            (TESFAYE, EntityType::Person, &["Tesfaye Bekele", "Bekele"]),
            (JOSEPH, EntityType::Person, &["Joseph Mwangi", "Mwangi"]),
        ],
        &[
            ("kenya", "Kenya", "Kenyan"),
            ("ethiopia", "Ethiopia", "Ethiopian"),
        ],
        kinds,
    )
}

/// Meetings only.
pub(super) fn meets(t: &str) -> Vec<Rel> {
    run(t, &["meets"])
}

/// A planned meeting of `a` and `b`.
fn planned(a: &str, b: &str) -> Rel {
    meeting(a, b, Modality::Planned)
}

#[test]
fn a_pair_description_is_not_a_guest_and_his_companion() {
    check_cases(
        meets,
        &[
            (
                "Rina Wati bertemu dengan Amani Odhiambo di Nairobi . Dalam pertemuan itu Rina didampingi Budi Santoso . Keduanya membahas kerja sama perdagangan .",
                &[met(RINA, AMANI)],
            ),
            (
                "Rina Wati met Amani Odhiambo in Nairobi . At the meeting Rina was accompanied by Budi Santoso . The two discussed trade .",
                &[met(RINA, AMANI)],
            ),
            // the two as two sides still stand for the pair
            (
                "Rina Wati bertemu dengan Amani Odhiambo di Nairobi . Dalam pertemuan itu Rina berbicara dengan Budi Santoso . Keduanya membahas kerja sama perdagangan .",
                &[met(RINA, AMANI), met(RINA, BUDI)],
            ),
        ],
    );
}

#[test]
fn a_title_description_is_not_the_other_party_named_after_it() {
    check_cases(
        meets,
        &[
            (
                "Kenyan President Amani Odhiambo arrived in Addis Ababa at the invitation of Ethiopian President Tesfaye Bekele . During his stay , the President will hold talks with President Tesfaye Bekele .",
                &[planned(AMANI, TESFAYE)],
            ),
            (
                "Presiden Kenya Amani Odhiambo tiba di Addis Ababa atas undangan Presiden Ethiopia Tesfaye Bekele . Selama kunjungan itu , sang presiden akan mengadakan pembicaraan dengan Presiden Tesfaye Bekele .",
                &[planned(AMANI, TESFAYE)],
            ),
            // trap: two presidents before and no president after: none
            (
                "Kenyan President Amani Odhiambo met Ethiopian President Tesfaye Bekele . The President will hold talks with Rina Wati .",
                &[met(AMANI, TESFAYE)],
            ),
        ],
    );
}

#[test]
fn an_event_noun_fronted_and_a_delegation_of_a_government() {
    check_cases(
        meets,
        &[
            (
                "Kenyan President Amani Odhiambo arrived in Addis Ababa at the invitation of Ethiopian President Tesfaye Bekele . On arrival , he was received at the airport by a delegation of the Ethiopian government led by Dr. Joseph Mwangi .",
                &[met(AMANI, JOSEPH)],
            ),
            (
                "Kenyan President Amani Odhiambo arrived in Addis Ababa at the invitation of Ethiopian President Tesfaye Bekele . During the visit he will meet the Ethiopian president .",
                &[planned(AMANI, TESFAYE)],
            ),
            // trap: a fronted phrase of other words leaves the pronoun
            (
                "Kenyan President Amani Odhiambo arrived in Addis Ababa at the invitation of Ethiopian President Tesfaye Bekele . On arrival of his rival , he was received by Joseph Mwangi .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_title_with_its_country_stands_for_the_one_shown_with_it() {
    check_cases(
        meets,
        &[
            (
                "Menteri Kesehatan Kenya Amani Odhiambo berkunjung ke Ethiopia . Menkes Kenya kemudian bertemu dengan Joseph Mwangi .",
                &[met(AMANI, JOSEPH)],
            ),
            (
                "Menteri Kesehatan Kenya Amani Odhiambo berkunjung ke Ethiopia . Untuk melihat pabrik vaksin , rombongan Menkes Kenya berkunjung ke pabrik itu dan disambut oleh Joseph Mwangi .",
                &[met(AMANI, JOSEPH)],
            ),
            // trap: the same office of another country is someone else
            (
                "Menteri Kesehatan Kenya Amani Odhiambo berkunjung ke Ethiopia . Menkes Ethiopia kemudian bertemu dengan Joseph Mwangi .",
                &[],
            ),
        ],
    );
}

#[test]
fn an_object_pronoun_after_its_clause_subject() {
    check_cases(
        meets,
        &[
            (
                "Kenyan Prime Minister Amani Odhiambo began his visit to Addis Ababa , and Prime Minister Tesfaye Bekele welcomed him .",
                &[met(AMANI, TESFAYE)],
            ),
            (
                "Kenyan Prime Minister Amani Odhiambo began his visit to Addis Ababa , and Prime Minister Tesfaye Bekele welcomed him . Later , the Prime Minister of Kenya was received by Joseph Mwangi .",
                &[met(AMANI, TESFAYE), met(AMANI, JOSEPH)],
            ),
            // trap: a pronoun after a conjunction is no verb's object
            ("Rina Wati met Amani Odhiambo and thanked him .", &[met(RINA, AMANI)]),
            // trap: two coordinated hosts are one subject, "him" is the
            // guest of the sentence before
            (
                "Budi Santoso arrived in Nairobi . Rina Wati and Amani Odhiambo welcomed him .",
                &[met(RINA, BUDI), met(AMANI, BUDI)],
            ),
        ],
    );
}

#[test]
fn a_signed_book_is_no_agreement() {
    check_cases(
        |t| run(t, &["signs"]),
        &[
            (
                "Presiden Rina Wati dan Budi Santoso berbincang di ruang kerja , lalu menandatangani buku emas kota .",
                &[],
            ),
            (
                "Rina Wati dan Budi Santoso menandatangani nota kesepahaman di Nairobi .",
                &[rel("signs", BUDI, RINA)],
            ),
        ],
    );
}

//! Issue 17, forty-first round, part B (`meets`): a name the gazetteer
//! lists with its honorific after a counterpart's comma ("his
//! counterpart , Dr X"), the possessive "her" before a meeting's or a
//! ceremony's noun ("presented her credentials to X"), and a legislator's
//! title before a name ("received MP X"); a title description standing
//! for the document's lead (`lead_described.rs`). Every sentence is
//! written for the tests, with traps that must give no meeting (or not
//! the wrong one).

use super::tests::Rel;
use super::tests::P;
use super::tests_round3::{check_cases, meeting, met, relations_with, BUDI, RINA};
use super::tests_round34b::{run, ANDI, DEWI};
use crate::base::types::EntityType;

/// Citra Dewanti's id: a person the gazetteer lists with her honorific.
const CITRA: &str = "citra-dewanti";

/// The meetings of `text`.
fn meets(text: &str) -> Vec<Rel> {
    run(text, &["meets"])
}

/// The meetings of `text` with a person listed with her honorific too
/// ("Dr Citra Dewanti").
fn meets_honoured(text: &str) -> Vec<Rel> {
    relations_with(
        text,
        &[(
            CITRA,
            EntityType::Person,
            &["Citra Dewanti", "Dr Citra Dewanti"],
        )],
        &[("chile", "Chile", "Chilean")],
        &["meets"],
    )
}

#[test]
fn a_counterpart_named_with_an_honorific_the_gazetteer_lists() {
    check_cases(
        meets_honoured,
        &[
            (
                "Budi Santoso on Monday held talks with his Chilean counterpart, Dr Citra Dewanti, on trade.",
                &[met(BUDI, CITRA)],
            ),
            (
                "Budi Santoso held talks with his Chile counterpart, Dr Citra Dewanti.",
                &[met(BUDI, CITRA)],
            ),
            // (the honorific the gazetteer does not list keeps its reading)
            (
                "Budi Santoso held talks with his counterpart, Dr Rina Wati.",
                &[met(BUDI, RINA)],
            ),
            // trap: the apposed name is a kin's, after another noun
            (
                "Budi Santoso held talks with his counterpart's wife, Dr Citra Dewanti.",
                &[],
            ),
        ],
    );
}

#[test]
fn her_before_a_meeting_or_ceremony_noun_is_possessive() {
    check_cases(
        meets,
        &[
            (
                "Ambassador Dewi Lestari presented her credentials to President Budi Santoso.",
                &[met(BUDI, DEWI)],
            ),
            (
                "Dewi Lestari presented her letters of credence to Budi Santoso.",
                &[met(BUDI, DEWI)],
            ),
            (
                "Dewi Lestari flew to Lima. After her talks with Budi Santoso, Dewi Lestari said the two states would work together.",
                &[met(BUDI, DEWI)],
            ),
            // trap: "her" the object of a verb, before a noun of no meeting
            (
                "Budi Santoso told her news of the talks in Lima.",
                &[],
            ),
            // trap: "her" owns a noun that is not a meeting's
            (
                "Dewi Lestari sent her congratulations to Budi Santoso.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_legislator_s_title_before_a_received_name() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso also received MP Andi Pratama.",
                &[met(ANDI, BUDI)],
            ),
            (
                "Budi Santoso met Senator Rina Wati in Lima.",
                &[met(BUDI, RINA)],
            ),
            // trap: the title before a name the gazetteer does not know
            (
                "Budi Santoso received MP Joko Susilo and thanked Rina Wati.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_title_description_stands_for_the_document_s_lead() {
    check_cases(
        meets,
        &[
            (
                "President Budi Santoso of Chile arrived in Lima on Monday. President Andi Pratama of Peru welcomed him at the airport. The President was then welcomed by Rina Wati at the palace.",
                &[met(ANDI, BUDI), met(BUDI, RINA)],
            ),
            (
                "President Budi Santoso of Chile arrived in Lima on Monday. President Andi Pratama of Peru met him at the airport. The President also shook hands with Rina Wati.",
                &[met(ANDI, BUDI), met(BUDI, RINA)],
            ),
        ],
    );
}

#[test]
fn traps_of_a_title_description_for_the_lead() {
    check_cases(
        meets,
        &[
            // trap: the first sentence shows two persons of the office
            (
                "President Budi Santoso of Chile arrived in Peru, where he will hold talks with President Andi Pratama of Peru. At the airport the President was welcomed by Rina Wati.",
                &[meeting(ANDI, BUDI, P)],
            ),
            // trap: a sentence of a plan
            (
                "President Budi Santoso of Chile arrived in Lima on Monday. President Andi Pratama of Peru met him at the airport. The President is expected to meet Rina Wati tomorrow.",
                &[met(ANDI, BUDI)],
            ),
            // trap: a request
            (
                "President Budi Santoso of Chile arrived in Lima on Monday. President Andi Pratama of Peru met him at the airport. Rina Wati asked the President to meet Dewi Lestari.",
                &[met(ANDI, BUDI)],
            ),
            // trap: the document's first titled person named after its
            // first sentence
            (
                "Rain fell on Lima on Monday. President Budi Santoso of Chile and President Andi Pratama of Peru met at the airport. The President also shook hands with Rina Wati.",
                &[met(ANDI, BUDI)],
            ),
        ],
    );
}

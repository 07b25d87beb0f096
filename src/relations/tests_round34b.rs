//! Issue 17, thirty-fourth round, part B: receptions and credentials
//! (`meets`). A counted group of envoys after modifiers and with a
//! region's adjective ("of newly accredited ambassadors from five European
//! countries"), its list opened by "Di antara para duta besar itu adalah"
//! and continued by "Selanjutnya ...", a subject's companion in a relative
//! clause ("X yang didampingi Y disambut Z") and greetings conveyed on an
//! absent person's behalf. Every sentence is written for the tests, with
//! traps that must give no meeting (or not the wrong one).

use super::tests::Rel;
use super::tests_round3::{check_cases, met, relations_with, BUDI, RINA};
use super::tests_round31b::TOMAS;
use crate::base::types::EntityType;

/// Andi Pratama's id.
pub(super) const ANDI: &str = "andi-pratama";

/// Dewi Lestari's id.
pub(super) const DEWI: &str = "dewi-lestari";

/// The relations of kinds `kinds` in `text` with three more persons
/// besides the two people of the test tables, three countries and a city
/// (the thirty-fifth round's part B tests share it).
pub(super) fn run(text: &str, kinds: &[&str]) -> Vec<Rel> {
    relations_with(
        text,
        &[
            (TOMAS, EntityType::Person, &["Tomas Vidal"]),
            (ANDI, EntityType::Person, &["Andi Pratama"]),
            (DEWI, EntityType::Person, &["Dewi Lestari"]),
            ("lima", EntityType::Place, &["Lima"]),
        ],
        &[
            ("chile", "Chile", "Chilean"),
            ("peru", "Peru", "Peruvian"),
            ("gambia", "Gambia", "Gambian"),
        ],
        kinds,
    )
}

/// The meetings of `text`.
fn meets(text: &str) -> Vec<Rel> {
    run(text, &["meets"])
}

#[test]
fn a_group_of_envoys_after_modifiers_and_a_region_s_adjective() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso received the letters of credence of newly accredited ambassadors from five European countries. The new envoys are Rina Wati of Chile and Tomas Vidal of Peru.",
                &[met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            (
                "Budi Santoso received the letters of credence of accredited ambassadors from four Nordic states. Among the new envoys were Rina Wati and Tomas Vidal.",
                &[met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            // trap: a month after the count is no region's adjective
            (
                "Budi Santoso received the letters of credence of newly accredited ambassadors on 22 June last year. The new envoys are Rina Wati and Tomas Vidal.",
                &[],
            ),
            // trap: a count out of reach of the envoy noun
            (
                "Budi Santoso received the letters of credence of ambassadors from the capitals of five countries. The new envoys are Rina Wati and Tomas Vidal.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_renamed_group_after_among_and_its_list_continued() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso menerima surat kepercayaan dari lima duta besar negara sahabat di Lima. Di antara para duta besar itu adalah Duta Besar Chile Rina Wati dan Duta Besar Peru Tomas Vidal. Selanjutnya Duta Besar Chile Andi Pratama dan Duta Besar Peru Dewi Lestari.",
                &[
                    met(ANDI, BUDI),
                    met(BUDI, DEWI),
                    met(BUDI, RINA),
                    met(BUDI, TOMAS),
                ],
            ),
            // trap: a continuation holding a trigger is a sentence of its own
            (
                "Budi Santoso menerima surat kepercayaan dari lima duta besar negara sahabat di Lima. Di antara para duta besar itu adalah Duta Besar Chile Rina Wati dan Duta Besar Peru Tomas Vidal. Selanjutnya Duta Besar Chile Andi Pratama bertemu Dewi Lestari.",
                &[met(ANDI, DEWI), met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            // trap: a sentence between the list and the continuation
            (
                "Budi Santoso menerima surat kepercayaan dari lima duta besar negara sahabat di Lima. Di antara para duta besar itu adalah Duta Besar Chile Rina Wati dan Duta Besar Peru Tomas Vidal. Acara berlangsung meriah. Selanjutnya Duta Besar Chile Andi Pratama dan Duta Besar Peru Dewi Lestari.",
                &[met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            // trap: a continuation naming one person is no list
            (
                "Budi Santoso received the letters of credence of ambassadors from three countries. The new envoys are Rina Wati and Tomas Vidal. Next were the Ambassador of Chile, Andi Pratama.",
                &[met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            // trap: "among" before no envoy noun renames no group
            (
                "Di antara para hadirin itu adalah Rina Wati dan Tomas Vidal.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_companion_in_a_subject_s_relative_clause() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso yang didampingi Rina Wati disambut Tomas Vidal di bandara.",
                &[met(BUDI, TOMAS)],
            ),
            // trap: the companion of the object
            (
                "Tomas Vidal menyambut Budi Santoso yang didampingi Rina Wati di bandara.",
                &[met(BUDI, TOMAS)],
            ),
            // trap: a relative clause of another verb than accompanying
            (
                "Budi Santoso yang bertemu Rina Wati disambut Tomas Vidal di bandara.",
                &[met(BUDI, RINA), met(RINA, TOMAS)],
            ),
        ],
    );
}

#[test]
fn greetings_conveyed_on_an_absent_person_s_behalf() {
    check_cases(
        meets,
        &[
            (
                "On Monday, President Budi Santoso received the new Ambassador of Peru, Rina Wati, who presented her credentials. The diplomat congratulated the president on the anniversary of the treaty and conveyed the warm greetings of the President of Peru, Tomas Vidal.",
                &[met(BUDI, RINA)],
            ),
            // the one who sent them is no party of "the two men"
            (
                "On Monday, President Budi Santoso received the new Ambassador of Peru, Rina Wati, who presented her credentials. The diplomat congratulated the president and conveyed the warm greetings of the President of Peru, Tomas Vidal. The two men then discussed trade.",
                &[met(BUDI, RINA)],
            ),
            // trap: greetings exchanged with a person present
            (
                "On Monday, President Budi Santoso received the new Ambassador of Peru, Rina Wati, who presented her credentials. The president exchanged warm greetings with Tomas Vidal. The two men then discussed trade.",
                &[met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
        ],
    );
}

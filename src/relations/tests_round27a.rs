//! Issue 17, twenty-seventh round, part A: the honorific Sayyid between a
//! title and the name, Malay office titles ("Menteri Belia dan Sukan"),
//! the joint chief of staff with a rank before the name, a long state
//! form between a title and its country ("Republik Demokratik Federal"),
//! "Pemerintahan" opening a title, and no office in a country for a seat
//! ("anggota parlemen X"). Every sentence is written for the tests, with
//! traps that must give no relation (or not the wrong one).

use super::tests::{push_countries, Rel};
use super::tests_round3::{check_cases, office, people_gaz, BUDI};
use crate::base::types::EntityType;

/// The offices in `text` with the two people, a town, a movement and two
/// countries (with demonyms, the index's test for a country).
fn rels(text: &str) -> Vec<Rel> {
    let mut g = people_gaz(&[
        ("braga", EntityType::Place, &["Braga"]),
        ("front-maju", EntityType::Organisation, &["Front Maju"]),
    ]);
    push_countries(
        &mut g,
        &[
            ("chile", "Chile", "Chilean"),
            ("nepal", "Nepal", "Nepalese"),
        ],
    );
    super::tests_round3::unordered_relations_of(text, &g, &["holds_office"])
}

#[test]
fn sayyid_between_the_title_and_the_name() {
    check_cases(
        rels,
        &[
            (
                "Sekretaris Jenderal Front Maju Sayyid Budi Santoso berpidato di Braga.",
                &[office(BUDI, "front-maju")],
            ),
            (
                "Front Maju Secretary-General Sayyid Budi Santoso spoke in Braga.",
                &[office(BUDI, "front-maju")],
            ),
        ],
    );
}

#[test]
fn malay_titles_and_the_joint_chief_of_staff() {
    check_cases(
        rels,
        &[
            (
                "Menteri Belia dan Sukan Chile Budi Santoso tiba di Braga.",
                &[office(BUDI, "chile")],
            ),
            (
                "Menteri Kewangan Chile Budi Santoso tiba di Braga.",
                &[office(BUDI, "chile")],
            ),
            (
                "Menhan menerima Kepala Staf Gabungan Angkatan Bersenjata Chile, Mayor Jenderal Budi Santoso, di Braga.",
                &[office(BUDI, "chile")],
            ),
            (
                "Chilean Chairman of the Joint Chiefs of Staff Budi Santoso arrived in Braga.",
                &[office(BUDI, "chile")],
            ),
            // a rank alone, with no title, gives no office
            ("Mayor Jenderal Budi Santoso tiba di Braga.", &[]),
        ],
    );
}

#[test]
fn a_long_state_form_before_the_country() {
    check_cases(
        rels,
        &[
            (
                "Duta Besar Republik Demokratik Federal Nepal Budi Santoso tiba di Braga.",
                &[office(BUDI, "nepal")],
            ),
            (
                "The Ambassador of the Federal Democratic Republic of Nepal, Budi Santoso, arrived in Braga.",
                &[office(BUDI, "nepal")],
            ),
        ],
    );
}

#[test]
fn pemerintahan_opens_a_title() {
    check_cases(
        rels,
        &[
            (
                "Pemerintahan Presiden Chile Budi Santoso menjatuhkan sanksi.",
                &[office(BUDI, "chile")],
            ),
            (
                "Kemarin, pemerintahan Presiden Chile Budi Santoso menjatuhkan sanksi.",
                &[office(BUDI, "chile")],
            ),
        ],
    );
}

#[test]
fn a_seat_is_no_office_in_a_country() {
    check_cases(
        rels,
        &[
            (
                "Ketiganya adalah anggota parlemen Chile Budi Santoso dan lainnya.",
                &[],
            ),
            (
                "Chilean member of parliament Budi Santoso arrived in Braga.",
                &[],
            ),
            // a seat in an organisation stays an office in it
            (
                "Ketiganya adalah anggota Front Maju Budi Santoso dan lainnya.",
                &[office(BUDI, "front-maju")],
            ),
        ],
    );
}

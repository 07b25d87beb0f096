//! Issue 17, thirty-first round, part A (the state forms after a demonym,
//! "the Italian Republic", are the tagger's: `tag::joined`'s tests): the
//! Indonesian title of a chief of defence staff ("Kepala Staf Pertahanan
//! Chile"), portfolio words of a religious ministry in a long title cut
//! by commas ("Menteri Urusan Islam, Dakwah dan Penyuluhan Chile, X"), and
//! an envoy's posting written with two names of one place ("Duta Besar
//! Chile untuk Takhta Suci Vatikan, X"). Every sentence is written for
//! the tests, with traps that must give no relation (or not the wrong
//! one).

use super::tests::Rel;
use super::tests_round3::{check_cases, office, relations_with, BUDI};
use crate::base::types::EntityType;

/// A place with two names, written one after the other in a posting.
const SEE: &str = "holy-see";

/// The offices in `text` with the two people, a place of two names and
/// two countries (with demonyms).
fn rels(text: &str) -> Vec<Rel> {
    relations_with(
        text,
        &[(SEE, EntityType::Place, &["Takhta Suci", "Vatikan"])],
        &[
            ("chile", "Chile", "Chilean"),
            ("nepal", "Nepal", "Nepalese"),
        ],
        &["holds_office"],
    )
}

#[test]
fn a_chief_of_defence_staff_in_indonesian() {
    check_cases(
        rels,
        &[
            (
                "Menhan menerima Kepala Staf Pertahanan Nepal, Laksamana Budi Santoso, di Jakarta.",
                &[office(BUDI, "nepal")],
            ),
            (
                "Menhan menerima Wakil Kepala Staf Pertahanan Nepal Budi Santoso di Jakarta.",
                &[office(BUDI, "nepal")],
            ),
            // trap: the title with no country
            (
                "Menhan menerima Kepala Staf Pertahanan, Budi Santoso, di Jakarta.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_religious_ministry_title_cut_by_commas_ends_in_its_country() {
    check_cases(
        rels,
        &[
            (
                "Menag melepas kepulangan Menteri Urusan Islam, Dakwah dan Penyuluhan Nepal, \
                 Budi Santoso, di Jakarta.",
                &[office(BUDI, "nepal")],
            ),
            (
                "Menag menerima Menteri Dakwah dan Penyuluhan Nepal, Budi Santoso, di Jakarta.",
                &[office(BUDI, "nepal")],
            ),
            // trap: the country is the guest's origin after his name
            ("Menteri Dakwah Budi Santoso tiba dari Nepal kemarin.", &[]),
        ],
    );
}

#[test]
fn a_posting_written_with_two_names_of_one_place() {
    check_cases(
        rels,
        &[
            (
                "Menag menerima Duta Besar Chile untuk Takhta Suci Vatikan, Budi Santoso, di Jakarta.",
                &[office(BUDI, "chile")],
            ),
            (
                "Menag menerima Duta Besar Chile untuk Takhta Suci Vatikan Budi Santoso di Jakarta.",
                &[office(BUDI, "chile")],
            ),
            // trap: the posting's place is no sending country
            (
                "Menag menerima Duta Besar untuk Takhta Suci Vatikan, Budi Santoso, di Jakarta.",
                &[],
            ),
        ],
    );
}

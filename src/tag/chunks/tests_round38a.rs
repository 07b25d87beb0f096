//! Table-driven tests of the tagging data of the thirty-eighth round,
//! part A: an envoy's status written with a hyphen ("Non-Resident",
//! "Designate") and a few titles ("Undersecretary", "Attaché") inside a
//! long title keep its country a mention, and a sentence opener of a
//! list's next item ("Selanjutnya") is no word of a name; a place closing
//! a minister's portfolio that goes on after "dan" or a comma is the
//! minister's country. Traps: the same words beside a word no list knows,
//! an organisation's head word, a chunk after a link with no office
//! title before it.

use super::tests::check_with;

const RECORDS: &str = r#"
{"id": "velin", "name": "Sara Velin", "type": "person"}
{"id": "oman", "name": "Oman", "type": "place"}
{"id": "qatar", "name": "Qatar", "type": "place"}
"#;

#[test]
fn a_country_after_an_envoys_status_or_a_title() {
    check_with(
        RECORDS,
        &[
            (
                "Sara Velin, Non-Resident Ambassador of Oman, arrived on Monday.",
                "Oman",
                Some("oman"),
            ),
            (
                "He received the Non-Resident High Commissioner of Qatar on Monday.",
                "Qatar",
                Some("qatar"),
            ),
            (
                "He met the Defence Attaché of Oman and the Undersecretary of Qatar.",
                "Oman",
                Some("oman"),
            ),
            (
                "He met the Defence Attaché of Oman and the Undersecretary of Qatar.",
                "Qatar",
                Some("qatar"),
            ),
            (
                "Presiden menerima Sara Velin, Duta Besar Designate Non Resident Oman, kemarin.",
                "Oman",
                Some("oman"),
            ),
            (
                "Presiden menerima mereka. Selanjutnya Duta Besar Qatar Sara Velin hadir.",
                "Qatar",
                Some("qatar"),
            ),
            // traps: a word no list knows, a head word after the opener
            (
                "The Non-Resident Orchestra of Qatar played on Monday.",
                "Qatar",
                None,
            ),
            (
                "Presiden menerima mereka. Selanjutnya Bank Oman membuka cabang baru.",
                "Oman",
                None,
            ),
        ],
    );
}

#[test]
fn a_country_closing_a_ministers_portfolio_after_a_link() {
    check_with(
        RECORDS,
        &[
            (
                "Ia bertemu Menteri Perdagangan dan Industri Oman Sara Velin di Jakarta.",
                "Oman",
                Some("oman"),
            ),
            (
                "Ia bertemu Menteri Luar Negeri dan Kerja Sama Internasional Qatar, Sara Velin, kemarin.",
                "Qatar",
                Some("qatar"),
            ),
            (
                "Ia bertemu Menteri Ekonomi Digital, Usaha Rintisan dan Usaha Mikro Oman, Sara Velin.",
                "Oman",
                Some("oman"),
            ),
            // traps: a head word in the chunk; no office title before the
            // link; a lowercase word that is no link on the way back
            (
                "Ia bertemu Menteri Perdagangan dan Bank Oman kemarin.",
                "Oman",
                None,
            ),
            (
                "Ia bertemu Kamar Dagang dan Industri Oman kemarin.",
                "Oman",
                None,
            ),
            (
                "Menteri Perdagangan membuka pameran Industri Oman kemarin.",
                "Oman",
                None,
            ),
        ],
    );
}

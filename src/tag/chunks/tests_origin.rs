//! Table-driven tests of the tagging rules of the twenty-fifth round, part
//! A, on short passages written for them: a place after a person's full
//! name and a connector is where the person comes from ("H.E. Ana Lobo of
//! Peru"), and a known person written with middle names ("Yoweri Kaguta
//! Museveni" for Yoweri Museveni) is that person. Traps: longer names made
//! with a connector, unknown words before the name, a known name or a
//! place among the middle words, a run going on after the surname.

use super::tests::{check_with, tag};

const RECORDS: &str = r#"
{"id": "lobo", "name": "Ana Lobo", "type": "person"}
{"id": "ek", "name": "Tomas Ek", "type": "person"}
{"id": "museveni", "name": "Yoweri Museveni", "type": "person"}
{"id": "ruto", "name": "William Ruto", "type": "person"}
{"id": "hague", "name": "William Hague", "type": "person"}
{"id": "peru", "name": "Peru", "type": "place"}
{"id": "chile", "name": "Chile", "type": "place", "aliases": ["Cile"]}
{"id": "england", "name": "England", "type": "place"}
{"id": "edinburgh", "name": "Edinburgh", "type": "place"}
{"id": "indonesia", "name": "Indonesia", "type": "place"}
{"id": "kampala", "name": "Kampala", "type": "place"}
"#;

#[test]
fn a_place_after_a_persons_name_and_a_connector() {
    check_with(
        RECORDS,
        &[
            (
                "The guests were H.E. Ana Lobo of Peru and H.E. Tomas Ek of Chile.",
                "Peru",
                Some("peru"),
            ),
            (
                "The guests were H.E. Ana Lobo of Peru and H.E. Tomas Ek of Chile.",
                "Chile",
                Some("chile"),
            ),
            (
                "Yesterday Dr. Ana Lobo of Peru spoke first.",
                "Peru",
                Some("peru"),
            ),
            (
                "Yesterday Ana Lobo of Peru spoke first.",
                "Peru",
                Some("peru"),
            ),
            // Indonesian writes the origin with a lowercase word, no chunk
            (
                "Tamunya Ana Lobo dari Peru dan Tomas Ek dari Cile.",
                "Cile",
                Some("chile"),
            ),
            // no person before the connector: one longer name
            ("Shares of the Bank of England fell.", "England", None),
            (
                "Yesterday the Duke of Edinburgh arrived.",
                "Edinburgh",
                None,
            ),
            (
                "She studied at the University of Indonesia.",
                "Indonesia",
                None,
            ),
            // an unknown word before the person's name: a longer name
            (
                "A poster of Saint Ana Lobo of Peru hung there.",
                "Peru",
                None,
            ),
        ],
    );
}

#[test]
fn a_known_person_with_middle_names() {
    check_with(
        RECORDS,
        &[
            (
                "and then Yoweri Kaguta Museveni received them.",
                "Yoweri Kaguta Museveni",
                Some("museveni"),
            ),
            // two middle words; another William known
            (
                "Then Dr. William Samoei Arap Ruto spoke.",
                "William Samoei Arap Ruto",
                Some("ruto"),
            ),
            (
                "Kemarin , William Samoei Ruto tiba.",
                "William Samoei Ruto",
                Some("ruto"),
            ),
        ],
    );
    let none = [
        // three unknown words between
        "Then Yoweri Kaguta Ali Omar Museveni spoke.",
        // a place among the middle words
        "Then Yoweri Kampala Museveni spoke.",
        // the run goes on after the surname
        "Then Yoweri Kaguta Museveni Stadium opened.",
        // the surname of neither William
        "Then William Samoei Kiprono spoke.",
    ];
    for text in none {
        let (mentions, _) = tag(RECORDS, text);
        assert!(
            !mentions.iter().any(|(s, _)| s.contains(' ')),
            "{text:?}: {mentions:?}"
        );
    }
    // another person's full name in the middle stays that person
    let (mentions, _) = tag(RECORDS, "Then Yoweri William Ruto Museveni spoke.");
    assert!(
        !mentions.iter().any(|(_, e)| e == "museveni"),
        "{mentions:?}"
    );
}

//! Table-driven tests of the tagging rules of the thirty-fourth round,
//! part A, on short passages written for them: an honorific of address
//! before a person's full name ("His Majesty Sultan X of Y", "His
//! Excellency X of Y") keeps the country after the name a mention, and a
//! short form listed with its title ("King X") gives way to the entity's
//! longer name starting at its second word ("King X bin Y Al Z of W").
//! Traps: an honorific with no known person after it, a longer name of
//! another entity at the short form's second word.

use super::tests::{check_with, tag};

const RECORDS: &str = r#"
{"id": "velin", "name": "Sara Velin", "type": "person"}
{"id": "rashed", "name": "Hamid bin Salem Al Rashed", "type": "person", "short": ["King Hamid"]}
{"id": "hamid-college", "name": "Hamid College", "type": "organisation"}
{"id": "oman", "name": "Oman", "type": "place"}
{"id": "qatar", "name": "Qatar", "type": "place"}
{"id": "edinburgh", "name": "Edinburgh", "type": "place"}
"#;

#[test]
fn a_country_after_an_honorific_and_a_full_name() {
    check_with(
        RECORDS,
        &[
            (
                "His Majesty Sultan Sara Velin of Oman arrived in Qatar on Monday.",
                "Oman",
                Some("oman"),
            ),
            (
                "On Monday His Excellency Sara Velin of Oman met the press.",
                "Oman",
                Some("oman"),
            ),
            (
                "His Highness Sara Velin of Qatar opened the hall.",
                "Qatar",
                Some("qatar"),
            ),
            // trap: an honorific alone names no person
            (
                "Yesterday His Royal Highness the Duke of Edinburgh arrived.",
                "Edinburgh",
                None,
            ),
        ],
    );
}

#[test]
fn a_short_form_gives_way_to_the_longer_name_inside_it() {
    check_with(
        RECORDS,
        &[
            (
                "King Hamid bin Salem Al Rashed of Qatar met him on Monday.",
                "Hamid bin Salem Al Rashed",
                Some("rashed"),
            ),
            (
                "King Hamid bin Salem Al Rashed of Qatar met him on Monday.",
                "Qatar",
                Some("qatar"),
            ),
            // the short form alone is still the person
            (
                "Hamid bin Salem Al Rashed arrived. Later King Hamid met him.",
                "King Hamid",
                Some("rashed"),
            ),
        ],
    );
    // trap: a longer name of another entity at the second word leaves the
    // short form as it was
    let (mentions, _) = tag(
        RECORDS,
        "Hamid bin Salem Al Rashed spoke. King Hamid College opened.",
    );
    assert!(
        !mentions.iter().any(|(s, _)| s == "Hamid College"),
        "{mentions:?}"
    );
}

//! Issue 17, twenty-sixth round, main's share: more ways a text says
//! where a place lies. A venue after its town's possessive ("Lima's Torre
//! Tagle Palace"); a capital after its country's demonym ("the Somali
//! capital of Mogadishu"); a venue and the town closing an apposition that
//! describes it ("the X School, a training unit ... in Y"); a venue's
//! bracketed acronym that is a mention of the venue before its town's
//! comma ("X Convention Center (XCC), Y, Z"); the last of coordinated
//! places followed by its own country ("Kota A dan Kota B, C"); museums
//! and ports as venues. Every sentence is written for the tests, with
//! traps.

use super::tests::{push_countries, Rel};
use super::tests_round3::{check_cases, people_gaz, rel, unordered_relations_of};
use crate::base::types::EntityType;

/// `located_in` of `text` with towns, venues and three countries (a
/// country has demonyms) known.
fn located(text: &str) -> Vec<Rel> {
    let mut g = people_gaz(&[
        ("rina-wati", EntityType::Person, &["Rina Wati"]),
        ("harar-town", EntityType::Place, &["Harar"]),
        ("malang", EntityType::Place, &["Malang"]),
        ("mossel-bay", EntityType::Place, &["Mossel Bay"]),
        ("nairobi", EntityType::Place, &["Nairobi"]),
        ("kisumu-palace", EntityType::Place, &["Kisumu Palace"]),
        (
            "harar-school",
            EntityType::Place,
            &["Harar Military School"],
        ),
        (
            "diaz-center",
            EntityType::Place,
            &["Diaz Convention Center", "DCC"],
        ),
        ("museum-harar", EntityType::Place, &["Museum Harar"]),
        ("pelabuhan-malang", EntityType::Place, &["Pelabuhan Malang"]),
    ]);
    push_countries(
        &mut g,
        &[
            ("ethiopia", "Ethiopia", "Ethiopian"),
            ("kenya", "Kenya", "Kenyan"),
            ("somalia", "Somalia", "Somali"),
        ],
    );
    unordered_relations_of(text, &g, &["located_in"])
}

#[test]
fn a_venue_after_its_towns_possessive_lies_in_the_town() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        located,
        &[
            (
                "The two meetings were held at Nairobi's Kisumu Palace .",
                &[l("kisumu-palace", "nairobi")],
            ),
            // a person's possessive names no town
            (
                "The guests toured Rina Wati's Kisumu Palace on Monday .",
                &[],
            ),
            // a town's possessive before a place that is no venue
            ("Nairobi's Harar was quiet .", &[]),
        ],
    );
}

#[test]
fn a_capital_after_its_countrys_demonym_lies_in_the_country() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        located,
        &[
            (
                "Rina Wati condemned the attack in the Somali capital of Nairobi .",
                &[l("nairobi", "somalia")],
            ),
            (
                "Rina Wati arrived in the Kenyan capital , Nairobi , on Monday .",
                &[l("nairobi", "kenya")],
            ),
            (
                "Rina Wati arrived in the Kenyan capital Nairobi on Monday .",
                &[l("nairobi", "kenya")],
            ),
            // "capital" as another noun: no city follows it
            (
                "Rina Wati spoke of Kenyan capital markets in Nairobi .",
                &[],
            ),
            // no demonym before the capital noun
            (
                "Rina Wati arrived in the capital , Nairobi , on Monday .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_described_venue_lies_in_the_town_closing_its_description() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        located,
        &[
            (
                "Gunmen attacked the Harar Military School , a training unit for soldiers in Harar , on Tuesday .",
                &[l("harar-school", "harar-town")],
            ),
            (
                "Tamu itu mengunjungi Museum Harar , sebuah bangunan tua di Harar , pada Senin .",
                &[l("museum-harar", "harar-town")],
            ),
            // a capitalised word in the description: it is no apposition
            // of the venue alone
            (
                "Gunmen attacked the Harar Military School , a favourite of Kenyan soldiers in Harar .",
                &[],
            ),
            // a clause, not a description
            (
                "Gunmen attacked the Harar Military School , where talks were held in Harar .",
                &[],
            ),
            // the town lists more towns
            (
                "Gunmen attacked the Harar Military School , a unit for soldiers in Harar and Malang .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_venues_own_acronym_does_not_hide_its_town() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        located,
        &[
            (
                "Pertemuan digelar di Diaz Convention Center ( DCC ) , Nairobi , Kenya .",
                &[l("diaz-center", "nairobi"), l("nairobi", "kenya")],
            ),
            (
                "The talks were held at the Diaz Convention Center ( DCC ) in Nairobi .",
                &[l("diaz-center", "nairobi")],
            ),
            // a bracketed country is no acronym of the venue
            (
                "Pertemuan digelar di Diaz Convention Center ( Kenya ) , Nairobi .",
                &[],
            ),
        ],
    );
}

#[test]
fn the_last_of_coordinated_places_may_be_followed_by_its_country() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        located,
        &[
            (
                "Kerja sama antara Kota Malang dan Kota Harar , Ethiopia , dibahas .",
                &[l("harar-town", "ethiopia")],
            ),
            (
                "Ties between Malang and Harar , Ethiopia , were discussed .",
                &[l("harar-town", "ethiopia")],
            ),
            // a demonym after the comma closes the list
            (
                "Shells hit Malang and Harar , Ethiopian officials said .",
                &[],
            ),
            // places listed with commas state no location
            (
                "Festival digelar di Malang , Harar , Nairobi dan Kenya .",
                &[],
            ),
        ],
    );
}

#[test]
fn museums_and_ports_are_venues_with_their_town() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        located,
        &[
            (
                "Ia menerima tamu di Museum Harar , Malang , Kamis .",
                &[l("museum-harar", "malang")],
            ),
            (
                "Rombongan meninjau Pelabuhan Malang di Harar pada Jumat .",
                &[l("pelabuhan-malang", "harar-town")],
            ),
        ],
    );
}

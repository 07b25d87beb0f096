//! Issue 17, twenty-seventh round, main's share: more ways a text says
//! where a place lies. A venue's town after a lead phrase ("in the capital
//! X", "in the historic centre of X"); a venue named by a one-word acronym
//! and its address ("XCC Senayan, Jakarta": the town closing the address,
//! not the quarter); an acronym of several words in brackets; a quarter
//! named by a district noun lies in its town, not in the town's country;
//! a place after its country's possessive, a place noun and "of"
//! ("Mozambique's northern region of X"); a lowercase "centre of X" keeps
//! the town a mention. Every sentence is written for the tests, with
//! traps.

use super::tests::Rel;
use super::tests_round3::{check_cases, rel, relations_with};
use crate::base::types::EntityType;

/// `located_in` of `text` with towns, quarters, venues and two countries
/// (a country has demonyms) known.
fn located(text: &str) -> Vec<Rel> {
    relations_with(
        text,
        &[
            ("rina-wati", EntityType::Person, &["Rina Wati"]),
            ("harar-town", EntityType::Place, &["Harar"]),
            ("malang", EntityType::Place, &["Malang"]),
            ("kebayoran", EntityType::Place, &["Kebayoran"]),
            ("kisumu-palace", EntityType::Place, &["Kisumu Palace"]),
            (
                "diaz-center",
                EntityType::Place,
                &["Diaz Convention Center", "DCC"],
            ),
            (
                "stadion-harar",
                EntityType::Place,
                &["Stadion Utama Harar", "SUH"],
            ),
        ],
        &[
            ("ethiopia", "Ethiopia", "Ethiopian"),
            ("kenya", "Kenya", "Kenyan"),
        ],
        &["located_in"],
    )
}

#[test]
fn a_venues_town_may_follow_a_lead_phrase() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        located,
        &[
            (
                "Rina Wati received the envoy at the Kisumu Palace in the capital Harar on Sunday .",
                &[l("kisumu-palace", "harar-town")],
            ),
            (
                "Rina Wati received the envoy at the Kisumu Palace in the historic centre of Harar .",
                &[l("kisumu-palace", "harar-town")],
            ),
            (
                "Rina Wati menerima tamu itu di Kisumu Palace di pusat kota Harar , Senin .",
                &[l("kisumu-palace", "harar-town")],
            ),
            // the capital of a country: no town follows the lead
            (
                "Rina Wati received the envoy at the Kisumu Palace in the capital of Kenya .",
                &[],
            ),
            // a lead before a list of towns
            (
                "Rina Wati opened the Kisumu Palace in the centre of Harar and Malang .",
                &[],
            ),
            // two lowercase words before the lead word: a clause, not a lead
            (
                "Rina Wati stayed at the Kisumu Palace in the very old quiet centre of Harar .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_venue_named_by_its_acronym_lies_in_the_town_closing_its_address() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        located,
        &[
            (
                "\" Kami sepakat , \" kata Rina Wati di DCC Kebayoran , Harar , Minggu .",
                &[l("diaz-center", "harar-town")],
            ),
            (
                "Rina Wati bertemu tamu itu di Stadion Utama Harar ( SU H ) , Kebayoran , Malang , Jumat .",
                &[l("stadion-harar", "malang")],
            ),
            (
                "Atap Stadion Utama Harar ( SUH ) Kebayoran , Malang tak mampu menampung beban .",
                &[l("stadion-harar", "malang")],
            ),
            // the address lists towns: no town closes it
            (
                "\" Kami sepakat , \" kata Rina Wati di DCC Kebayoran , Harar dan Malang .",
                &[],
            ),
            // a bracket of lowercase words is a gloss, not an acronym
            (
                "Rina Wati tiba di Stadion Utama Harar ( stadion lama ) , Kebayoran , Malang .",
                &[],
            ),
            // after a link word the town is the one named: "di Kebayoran"
            // is no address
            (
                "Rina Wati tiba di DCC di Kebayoran , Malang dan Harar .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_quarter_lies_in_its_town_not_in_the_towns_country() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        located,
        &[
            (
                "Indonesia mengecam serangan di distrik perbelanjaan Kebayoran , Harar , Ethiopia , pada Ahad .",
                &[l("kebayoran", "harar-town"), l("harar-town", "ethiopia")],
            ),
            (
                "The bomb went off in the Kebayoran district of Harar on Sunday .",
                &[l("kebayoran", "harar-town")],
            ),
            (
                "The bomb went off in the shopping district of Kebayoran , Harar .",
                &[l("kebayoran", "harar-town")],
            ),
            // no district noun: a chain of places ends in the country of
            // all of them, as before
            (
                "Rina Wati tiba di Kebayoran , Harar , Ethiopia , pada Ahad .",
                &[l("kebayoran", "ethiopia"), l("harar-town", "ethiopia")],
            ),
            // the place after the quarter lists more towns
            (
                "Serangan terjadi di distrik Kebayoran , Harar dan Malang .",
                &[],
            ),
            // a country after the district noun's place is the
            // appositive rule's, not a town
            (
                "Serangan terjadi di distrik Kebayoran , Ethiopia .",
                &[l("kebayoran", "ethiopia")],
            ),
        ],
    );
}

#[test]
fn a_place_after_its_countrys_possessive_a_place_noun_and_of_lies_in_it() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        located,
        &[
            (
                "Attacks in Kenya's northern region of Harar have been condemned .",
                &[l("harar-town", "kenya")],
            ),
            (
                "Rina Wati flew to Kenya's port city of Malang on Monday .",
                &[l("malang", "kenya")],
            ),
            (
                "Attacks in Kenya's region of Harar were condemned .",
                &[l("harar-town", "kenya")],
            ),
            // a person's possessive names no country
            (
                "Attacks in Rina Wati's region of Harar were condemned .",
                &[],
            ),
            // "of" with no place noun or modifier before it
            ("Kenya's of Harar was quiet .", &[]),
        ],
    );
}

#[test]
fn a_place_described_by_an_apposition_lies_where_it_says() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        located,
        &[
            (
                "Rina Wati tiba di Harar , sebuah kota di Kenya , pada Senin .",
                &[l("harar-town", "kenya")],
            ),
            (
                "Pasukan tiba di Kebayoran , kota di Harar , pada Senin .",
                &[l("kebayoran", "harar-town")],
            ),
            (
                "The UN warned about Kebayoran , the capital of Harar , on Monday .",
                &[l("kebayoran", "harar-town")],
            ),
            (
                "Warga tiba di Kebayoran , ibu kota Harar , pada Senin .",
                &[l("kebayoran", "harar-town")],
            ),
            // no trigger and no country: two places are enough to read
            // the apposition
            (
                "Kebayoran , a small town in Harar , was quiet .",
                &[l("kebayoran", "harar-town")],
            ),
            // a country's capital is the capitals rule's, read once
            (
                "Rina Wati arrived in Harar , the capital of Kenya , on Monday .",
                &[l("harar-town", "kenya")],
            ),
            // the apposition names no place
            ("Rina Wati tiba di Harar , kota yang indah .", &[]),
            // a clause closes the apposition before any place
            ("Troops left Harar , a town they held , for Malang .", &[]),
            // the place lists more places
            ("Kebayoran , a town in Harar and Malang , was quiet .", &[]),
        ],
    );
}

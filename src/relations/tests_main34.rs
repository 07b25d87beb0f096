//! Issue 17, thirty-fourth round, main's share: a state's army, aircraft
//! or guns before its name stand for it as the subject of an attack
//! ("Pesawat Pakistan membombardir X"), and the territory or port of a
//! place before its name is that place ("menyerang wilayah Suriah",
//! "menggempur pelabuhan kota Hodeida"). Every sentence is written for the tests,
//! with traps.

use super::tests::Rel;
use super::tests_round3::{check_cases, rel, relations_with};
use crate::base::types::EntityType;

/// `attacks` of `text` with two towns and three countries.
fn attacks(text: &str) -> Vec<Rel> {
    relations_with(
        text,
        &[
            ("khost-town", EntityType::Place, &["Khost"]),
            ("hodeidah", EntityType::Place, &["Hodeidah", "Hodeida"]),
            ("garuda", EntityType::Organisation, &["Garuda"]),
        ],
        &[
            ("pakistan", "Pakistan", "Pakistani"),
            ("israel", "Israel", "Israeli"),
            ("syria", "Suriah", "Syrian"),
        ],
        &["attacks"],
    )
}

#[test]
fn a_states_army_aircraft_or_guns_stand_for_it_as_an_attacker() {
    let a = |x: &str, y: &str| rel("attacks", x, y);
    check_cases(
        attacks,
        &[
            (
                "Pesawat Pakistan membombardir Khost pada Senin malam .",
                &[a("pakistan", "khost-town")],
            ),
            (
                "Militer Israel kembali menggempur Hodeida , Selasa .",
                &[a("israel", "hodeidah")],
            ),
            (
                "Artileri Pakistan menembaki Khost sepanjang malam .",
                &[a("pakistan", "khost-town")],
            ),
            // no attack word: the aircraft only lands
            ("Pesawat Pakistan mendarat di Khost pada Senin .", &[]),
            // the word alone names no attacker
            ("Pesawat itu menyerang Khost pada Senin .", &[]),
        ],
    );
}

#[test]
fn the_territory_or_port_of_a_place_is_the_place() {
    let a = |x: &str, y: &str| rel("attacks", x, y);
    check_cases(
        attacks,
        &[
            (
                "Israel kembali menyerang wilayah Suriah pada Minggu .",
                &[a("israel", "syria")],
            ),
            (
                "Israel menggempur pelabuhan kota Hodeida .",
                &[a("israel", "hodeidah")],
            ),
            // a word that is no filler still hides the place
            ("Israel menyerang kapal Suriah di laut .", &[]),
        ],
    );
}

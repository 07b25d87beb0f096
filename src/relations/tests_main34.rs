//! Issue 17, thirty-fourth round, main's share: the territory or port of
//! a place before its name is that place ("menyerang wilayah Suriah",
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

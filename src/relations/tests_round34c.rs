//! Issue 17, thirty-fourth round, part C: a country with no demonym of its
//! own named by its capital, a visit to one's own capital, and "X's own
//! state visit". Every sentence is written for the tests, with traps that
//! must keep their reading.

use super::tests::{Rel, A};
use super::tests_round3::{check_cases, relations_with, with, BUDI};
use crate::base::types::EntityType;

/// An asserted relation of `kind`.
fn r(kind: &str, a: &str, b: &str) -> Rel {
    with(kind, a, b, A)
}

/// The countries the tests add to the test gazetteer ("Dominican" is
/// Dominica's demonym, as in the generated countries).
const COUNTRIES: &[(&str, &str, &str)] = &[
    ("dominica", "Dominica", "Dominican"),
    ("ghana", "Ghana", "Ghanaian"),
    ("uzbekistan", "Uzbekistan", "Uzbek"),
];

/// Places of no demonym: a capital and the country the `capitals` data
/// gives it, a town and a region of none, and a town of the `cities`
/// data.
const PLACES: &[(&str, EntityType, &[&str])] = &[
    ("santo-domingo", EntityType::Place, &["Santo Domingo"]),
    (
        "dominican-republic",
        EntityType::Place,
        &["Dominican Republic"],
    ),
    ("punta-kecil", EntityType::Place, &["Punta Kecil"]),
    ("hispaniola", EntityType::Place, &["Hispaniola"]),
    ("surabaya", EntityType::Place, &["Surabaya"]),
    ("tashkent", EntityType::Place, &["Tashkent"]),
    ("accra", EntityType::Place, &["Accra"]),
];

/// The relations of kinds `kinds` in `text` over the test gazetteer with
/// [`PLACES`] and [`COUNTRIES`].
fn of_kinds(text: &str, kinds: &[&str]) -> Vec<Rel> {
    relations_with(text, PLACES, COUNTRIES, kinds)
}

#[test]
fn a_country_named_by_its_capital_is_one_without_a_demonym() {
    let l = |a: &str, b: &str| r("located_in", a, b);
    check_cases(
        |t| of_kinds(t, &["located_in"]),
        &[
            (
                "The summit was held in Santo Domingo, Dominican Republic, on Monday.",
                &[l("santo-domingo", "dominican-republic")],
            ),
            (
                "Pertemuan itu digelar di Punta Kecil, Dominican Republic.",
                &[l("punta-kecil", "dominican-republic")],
            ),
            // the namesake whose demonym it is keeps its reading
            (
                "The summit was held in Santo Domingo, Dominica.",
                &[l("santo-domingo", "dominica")],
            ),
            // traps: a place of no capital and no demonym is no country; a
            // list of places states no location
            ("The summit was held in Santo Domingo, Hispaniola.", &[]),
            (
                "Flights to Santo Domingo, Dominican Republic and Ghana resumed.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_visit_to_the_capital_of_ones_titled_country_is_none() {
    let v = |a: &str, b: &str| r("visits", a, b);
    check_cases(
        |t| of_kinds(t, &["visits"]),
        &[
            // a title of the text names the office's country
            (
                "Presiden Indonesia Prabowo Subianto tiba di Jakarta pada Senin.",
                &[],
            ),
            (
                "Ghanaian President Budi Santoso arrived in Accra on Monday.",
                &[],
            ),
            (
                "Ghanaian President Budi Santoso arrived in Jakarta on Monday.",
                &[v(BUDI, "jakarta")],
            ),
            // traps: by the gazetteer's roles alone the capital is kept (a
            // leader may tour it); another town of the titled country, and
            // another country's capital, are visits
            (
                "Prabowo Subianto tiba di Jakarta pada Senin.",
                &[v("prabowo-subianto", "jakarta")],
            ),
            (
                "Presiden Indonesia Prabowo Subianto tiba di Surabaya pada Senin.",
                &[v("prabowo-subianto", "surabaya")],
            ),
            (
                "Presiden Indonesia Prabowo Subianto tiba di Beijing pada Senin.",
                &[v("prabowo-subianto", "beijing")],
            ),
        ],
    );
}

#[test]
fn own_before_the_modifier_of_a_possessed_visit_keeps_the_possessor() {
    check_cases(
        |t| of_kinds(t, &["visits"]),
        &[
            (
                "The trip returns Budi Santoso's own state visit to Ghana in 2022.",
                &[r("visits", BUDI, "ghana")],
            ),
            (
                "The trip returns Budi Santoso's state visit to Ghana in 2022.",
                &[r("visits", BUDI, "ghana")],
            ),
            // traps: two modifiers after "own", or two with no "own", are
            // no possessed noun's
            (
                "The trip returns Budi Santoso's own first state visit to Ghana in 2022.",
                &[],
            ),
            (
                "The trip returns Budi Santoso's recent state visit to Ghana in 2022.",
                &[],
            ),
        ],
    );
}

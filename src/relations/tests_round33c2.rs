//! Issue 17, thirty-third round, part C2: the further legs of a tour, a
//! place whose possessive names the sentence's speaker, and an invitation
//! noun naming its invitee. Every sentence is written for the tests, with
//! traps that must keep their reading.

use super::tests::{Rel, A, P};
use super::tests_round3::{check_cases, relations_with, with, BUDI, RINA};
use crate::base::types::EntityType;

/// A visit of modality `m`.
fn v(a: &str, b: &str, m: crate::base::types::Modality) -> Rel {
    with("visits", a, b, m)
}

/// The countries the tests add to the test gazetteer.
const COUNTRIES: &[(&str, &str, &str)] = &[
    ("ghana", "Ghana", "Ghanaian"),
    ("zambia", "Zambia", "Zambian"),
    ("tanzania", "Tanzania", "Tanzanian"),
    ("mongolia", "Mongolia", "Mongolian"),
];

/// The relations of kinds `kinds` in `text` over the test gazetteer with
/// two people of no office and [`COUNTRIES`].
fn of_kinds(text: &str, kinds: &[&str]) -> Vec<Rel> {
    let extra: &[(&str, EntityType, &[&str])] = &[];
    relations_with(text, extra, COUNTRIES, kinds)
}

/// The visits of `text` (see [`of_kinds`]).
fn visits(text: &str) -> Vec<Rel> {
    of_kinds(text, &["visits"])
}

#[test]
fn the_further_legs_of_a_tour_are_visits_of_its_traveller() {
    check_cases(
        visits,
        &[
            (
                "Budi Santoso arrived in Ghana on Sunday, part of a long tour that will also take him to Zambia and Tanzania.",
                &[
                    v(BUDI, "ghana", A),
                    v(BUDI, "zambia", P),
                    v(BUDI, "tanzania", P),
                ],
            ),
            // the owner of the tour
            (
                "Rina Wati arrived in Ghana on the first leg of her tour, which also takes her to Zambia.",
                &[v(RINA, "ghana", A), v(RINA, "zambia", P)],
            ),
            // no one named in the sentence: the opener of the one before
            (
                "Budi Santoso will meet Rina Wati on Monday. The trip is part of a three-nation tour that also takes him to Zambia, Tanzania and Ghana.",
                &[
                    v(BUDI, "zambia", P),
                    v(BUDI, "tanzania", P),
                    v(BUDI, "ghana", P),
                ],
            ),
            // a past verb: legs made
            (
                "Budi Santoso ended a regional tour that took him to Zambia and Ghana.",
                &[v(BUDI, "zambia", A), v(BUDI, "ghana", A)],
            ),
            // an owner left unresolved in a sentence naming no one: the
            // opener of the sentence before
            (
                "Budi Santoso met Rina Wati in Ghana on Monday. Ghana is the first stop of his three-nation tour, which will also take him to Zambia and Tanzania.",
                &[v(BUDI, "zambia", P), v(BUDI, "tanzania", P)],
            ),
            // traps: no traveller as the verb's object, a phrase of the
            // verb, an owner left unresolved
            (
                "Budi Santoso announced a tour that will take the band to Zambia.",
                &[],
            ),
            (
                "Budi Santoso planned a tour that will take place in Zambia.",
                &[],
            ),
            (
                "Budi Santoso met Rina Wati in Ghana on the first leg of his tour, which also takes him to Zambia.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_place_whose_possessive_names_the_speaker_has_no_country_there() {
    check_cases(
        |text| of_kinds(text, &["located_in", "visits"]),
        &[
            // (Putin holds his office in Russia; the text names no other
            // country of Moscow)
            (
                "Budi Santoso met Vladimir Putin at the Grand Palace in Moscow, Mongolia's foreign ministry said.",
                &[],
            ),
            (
                "Budi Santoso arrived in Moscow, Mongolia's state media said on Monday.",
                &[v(BUDI, "moscow", A)],
            ),
            // trap: the place's own country after the comma
            (
                "Budi Santoso arrived in Moscow, Mongolia, on Monday.",
                &[
                    v(BUDI, "moscow", A),
                    with("located_in", "moscow", "mongolia", A),
                ],
            ),
        ],
    );
}

#[test]
fn an_invitation_naming_its_invitee_makes_the_visit_a_plan() {
    check_cases(
        |text| of_kinds(text, &["visits", "invites"]),
        &[
            (
                "Budi Santoso telah menyampaikan undangan kepada Rina Wati untuk berkunjung ke Ghana .",
                &[
                    with("invites", BUDI, RINA, A),
                    v(RINA, "ghana", P),
                ],
            ),
            (
                "Budi Santoso extended an invitation to Rina Wati to visit Ghana.",
                &[with("invites", BUDI, RINA, A), v(RINA, "ghana", P)],
            ),
            // trap: a visit made at an invitation
            (
                "Rina Wati berkunjung ke Ghana atas undangan Budi Santoso .",
                &[with("invites", BUDI, RINA, A), v(RINA, "ghana", A)],
            ),
        ],
    );
}

#[test]
fn a_country_visit_s_venue_in_its_city_is_a_visit_of_the_city() {
    check_cases(
        visits,
        &[
            (
                "Kunjungan kenegaraan Budi Santoso ke Rusia di Istana Agung , Moskow , berlangsung Senin .",
                &[v(BUDI, "russia", A), v(BUDI, "moscow", A)],
            ),
            (
                "Budi Santoso ended his state visit to Russia at the Grand Palace in Moscow on Monday.",
                &[v(BUDI, "russia", A), v(BUDI, "moscow", A)],
            ),
            (
                "Budi Santoso will pay a state visit to Russia at the Grand Palace in Moscow next month.",
                &[v(BUDI, "russia", P), v(BUDI, "moscow", P)],
            ),
            // traps: a city of another country, a city after another phrase
            (
                "Budi Santoso ended his state visit to Ghana at the Grand Palace in Moscow on Monday.",
                &[v(BUDI, "ghana", A)],
            ),
            (
                "Budi Santoso flew to Russia after talks with officials in Moscow on Monday.",
                &[v(BUDI, "russia", A)],
            ),
        ],
    );
}

#[test]
fn a_state_s_planned_visit_is_no_visit_of_its_speaker() {
    check_cases(
        visits,
        &[
            (
                "Budi Santoso menyampaikan keinginan negaranya untuk mengadakan kunjungan tingkat tinggi ke Ghana .",
                &[],
            ),
            (
                "Budi Santoso menyampaikan rencana pemerintahnya untuk berkunjung ke Ghana .",
                &[],
            ),
            // traps: the speaker's own plan, a state's pronoun before another
            // clause of the speaker
            (
                "Budi Santoso berencana mengadakan kunjungan ke Ghana .",
                &[v(BUDI, "ghana", P)],
            ),
            (
                "Budi Santoso , yang mewakili negaranya untuk pertama kali , tiba di Ghana pada Senin .",
                &[v(BUDI, "ghana", A)],
            ),
        ],
    );
}

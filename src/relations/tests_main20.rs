//! Issue 17, twentieth round, main's share: a state named as the owner of
//! one of its organs stands for the state as the subject of a state's act
//! ("Iraq's Ministry of Foreign Affairs summoned ...", "the Foreign
//! Ministry of Iraq condemned ..."); a genitive after another
//! preposition belongs to another noun ("a visit to X at the invitation of
//! Y"); the for-to infinitive ("the invitation for X to visit Y"). Every
//! sentence is written for the tests, with traps.

use super::tests::Rel;
use super::tests_round3::{check_cases, people_gaz, rel, relations_of, with, BUDI, RINA};
use crate::base::types::{EntityType, Modality};
use crate::gazetteer::Gazetteer;

/// A gazetteer with the test people, six states and a territory.
fn states() -> Gazetteer {
    people_gaz(&[
        ("iraq", EntityType::Place, &["Iraq", "Irak"]),
        ("turkey", EntityType::Place, &["Turkey", "Turki"]),
        ("israel", EntityType::Place, &["Israel"]),
        ("syria", EntityType::Place, &["Syria", "Suriah"]),
        ("gaza", EntityType::Place, &["Gaza"]),
        ("malaysia", EntityType::Place, &["Malaysia"]),
    ])
}

fn trips(text: &str) -> Vec<Rel> {
    relations_of(text, &states(), &["visits", "invites"])
}

fn acts(text: &str) -> Vec<Rel> {
    relations_of(
        text,
        &states(),
        &["criticizes", "attacks", "sanctions", "meets"],
    )
}

#[test]
fn a_state_owning_an_organ_is_the_subject_of_the_state_s_act() {
    check_cases(
        acts,
        &[
            (
                "Iraq 's Ministry of Foreign Affairs on Friday summoned Turkey 's ambassador .",
                &[rel("criticizes", "iraq", "turkey")],
            ),
            (
                "Iraq 's foreign ministry has strongly condemned Turkey .",
                &[rel("criticizes", "iraq", "turkey")],
            ),
            (
                "The Foreign Ministry of Iraq summoned Turkey 's ambassador .",
                &[rel("criticizes", "iraq", "turkey")],
            ),
            (
                "The Ministry of Foreign Affairs of Iraq condemned Turkey on Monday .",
                &[rel("criticizes", "iraq", "turkey")],
            ),
            (
                "Israel 's army struck Gaza overnight .",
                &[rel("attacks", "israel", "gaza")],
            ),
            // the Indonesian order, read before this round as well
            (
                "Kementerian Luar Negeri Irak memanggil Duta Besar Turki .",
                &[rel("criticizes", "iraq", "turkey")],
            ),
        ],
    );
}

#[test]
fn a_possessor_of_no_organ_stays_no_subject() {
    check_cases(
        acts,
        &[
            // a person or an envoy of the state is no organ: the state
            // does not act through them here
            ("Iraq 's ambassador condemned Turkey .", &[]),
            ("The ambassador of Iraq condemned Turkey .", &[]),
            // a meeting is no state's act
            ("Iraq 's foreign ministry met Budi Santoso .", &[]),
            // a named speaker of the organ is the subject, not its state
            (
                "Iraq 's foreign ministry spokesman Budi Santoso condemned Turkey .",
                &[rel("criticizes", BUDI, "turkey")],
            ),
            // the organ of a clause before: its state does not condemn
            (
                "Turkey 's foreign ministry said Iraq condemned Syria .",
                &[rel("criticizes", "iraq", "syria")],
            ),
        ],
    );
}

#[test]
fn a_genitive_after_another_preposition_belongs_to_another_noun() {
    // "at the invitation of X": X invites; the visit is its subject's
    check_cases(
        trips,
        &[
            (
                "Budi Santoso began a state visit to Malaysia at the invitation of Vladimir Putin .",
                &[
                    rel("invites", "vladimir-putin", BUDI),
                    rel("visits", BUDI, "malaysia"),
                ],
            ),
            (
                "Budi Santoso melakukan kunjungan kenegaraan ke Malaysia atas undangan Vladimir Putin .",
                &[
                    rel("invites", "vladimir-putin", BUDI),
                    rel("visits", BUDI, "malaysia"),
                ],
            ),
            // the genitive of the visit itself, before or after its target
            (
                "The state visit to Malaysia of Vladimir Putin began on Monday .",
                &[rel("visits", "vladimir-putin", "malaysia")],
            ),
            (
                "The visit of Vladimir Putin to Malaysia began on Monday .",
                &[rel("visits", "vladimir-putin", "malaysia")],
            ),
        ],
    );
}

#[test]
fn the_subject_of_a_for_to_infinitive_is_the_one_after_for() {
    check_cases(
        trips,
        &[
            (
                "Vladimir Putin reiterated the invitation for Budi Santoso to visit Malaysia again .",
                &[
                    rel("invites", "vladimir-putin", BUDI),
                    with("visits", BUDI, "malaysia", Modality::Planned),
                ],
            ),
            // a place after "for" is no subject of the infinitive (and
            // "leave for" is no visit trigger)
            (
                "Budi Santoso will leave for Malaysia to visit Vladimir Putin .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_manner_adverb_stands_between_a_verb_and_its_object() {
    check_cases(
        acts,
        &[
            (
                "Turki mengutuk keras Irak , Senin .",
                &[rel("criticizes", "turkey", "iraq")],
            ),
            (
                "Turki mengecam secara tegas Israel .",
                &[rel("criticizes", "turkey", "israel")],
            ),
            // as before: no adverb
            (
                "Turki mengecam Israel .",
                &[rel("criticizes", "turkey", "israel")],
            ),
        ],
    );
}

#[test]
fn the_subject_of_a_verb_is_no_target_of_the_noun_it_takes() {
    // "Indonesia condemned Israel's attack" made Indonesia the attack's
    // target through the subject search; a verb trigger between keeps it
    check_cases(
        acts,
        &[
            (
                "Turki mengecam keras serangan Israel .",
                &[rel("criticizes", "turkey", "israel")],
            ),
            (
                "Turki mengecam serangan Israel ke Gaza .",
                &[
                    rel("attacks", "israel", "gaza"),
                    rel("criticizes", "turkey", "israel"),
                ],
            ),
            // a verb that is no trigger leaves the subject the target
            (
                "Suriah mengalami serangan Israel .",
                &[rel("attacks", "israel", "syria")],
            ),
        ],
    );
}

#[test]
fn the_malay_army_chief_is_a_title_before_a_name() {
    // "Panglima Tentera Darat" (Malay: the army's commander) opens its
    // holder's phrase; with no country named it gives no office
    let run = |t: &str| relations_of(t, &states(), &["meets", "holds_office"]);
    check_cases(
        run,
        &[
            (
                "Budi Santoso menerima kunjungan Panglima Tentera Darat Malaysia , Jenderal Tan Sri Rina Wati , di Jakarta .",
                &[
                    rel("holds_office", RINA, "malaysia"),
                    rel("meets", BUDI, RINA),
                ],
            ),
            (
                "Panglima Tentera Darat Jenderal Rina Wati menerima Budi Santoso .",
                &[rel("meets", RINA, BUDI)],
            ),
        ],
    );
}

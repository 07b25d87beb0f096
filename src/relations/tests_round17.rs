//! Issue 17, seventeenth round: a capital as the one who acts stands for
//! its state ("was sanctioned by Moscow"); the seat of a posting between a
//! title's country and the name with no comma ("Duta Besar Indonesia di
//! Moskow X") and the consul general's title; a summons of an envoy is a
//! protest against the envoy's state ("memanggil Duta Besar X", "summoned
//! the X ambassador"). Every sentence is written for the tests, in both
//! languages, with traps that must give no relation.

use super::tests::{gaz, Rel, A};
use super::tests_round3::{add, add_people, unordered_relations_of, with, BUDI, RINA};
use crate::base::types::EntityType;

/// The relations of `text` (kinds in `kinds`), with a gazetteer that also
/// knows Washington and two people of no office; a meeting's pair in id
/// order.
fn run17(text: &str, kinds: &[&str]) -> Vec<Rel> {
    let mut g = gaz();
    add(&mut g, "washington-dc", EntityType::Place, &["Washington"]);
    add_people(&mut g);
    unordered_relations_of(text, &g, kinds)
}

/// Checks every case: the relations of kinds `kinds` of each text.
fn check(kinds: &[&str], cases: &[(&str, &[Rel])]) {
    for (text, want) in cases {
        let mut want: Vec<Rel> = want.to_vec();
        want.sort();
        assert_eq!(run17(text, kinds), want, "{text}");
    }
}

const PUTIN: &str = "vladimir-putin";
const LAVROV: &str = "sergei-lavrov";

#[test]
fn a_capital_acting_stands_for_its_state() {
    let kinds = &["sanctions", "criticizes", "supports", "visits"];
    check(
        kinds,
        &[
            (
                "Rina Wati was sanctioned by Moscow two years ago .",
                &[with("sanctions", "russia", RINA, A)],
            ),
            (
                "Moskow menjatuhkan sanksi terhadap Budi Santoso pekan lalu .",
                &[with("sanctions", "russia", BUDI, A)],
            ),
            (
                "Washington has accused Budi Santoso of spying .",
                &[with("criticizes", "united-states", BUDI, A)],
            ),
            (
                "Budi Santoso dikenai sanksi oleh Washington tahun lalu .",
                &[with("sanctions", "united-states", BUDI, A)],
            ),
            // traps: a capital as the target, or in a kind that is no act
            // of a state, stays the city
            (
                "Rusia memberikan dukungan kepada Beijing .",
                &[with("supports", "russia", "beijing", A)],
            ),
            (
                "China imposed sanctions on Moscow .",
                &[with("sanctions", "china", "moscow", A)],
            ),
            (
                "Rina Wati visited Moscow on Monday .",
                &[with("visits", RINA, "moscow", A)],
            ),
            // a state that would then act on itself is dropped
            ("Moskow mengecam Rusia .", &[]),
        ],
    );
}

#[test]
fn the_seat_of_a_posting_may_stand_right_before_the_name() {
    let kinds = &["holds_office", "meets"];
    check(
        kinds,
        &[
            (
                "Presiden Vladimir Putin disambut Duta Besar Indonesia di Moskow Budi Santoso .",
                &[
                    with("holds_office", BUDI, "indonesia", A),
                    with("meets", BUDI, PUTIN, A),
                ],
            ),
            (
                "Konsul Jenderal Indonesia di Vladivostok , Budi Santoso , menyambut Sergei Lavrov .",
                &[
                    with("holds_office", BUDI, "indonesia", A),
                    with("meets", BUDI, LAVROV, A),
                ],
            ),
            (
                "Sergei Lavrov was greeted by Indonesian Consul General Budi Santoso .",
                &[
                    with("holds_office", BUDI, "indonesia", A),
                    with("meets", BUDI, LAVROV, A),
                ],
            ),
            // traps: no name after the seat, so the seat is no part of a
            // title and nobody holds an office
            (
                "Budi Santoso bertemu Duta Besar Indonesia di Moskow kemarin .",
                &[],
            ),
            (
                "Budi Santoso met the Indonesian Consul General in Vladivostok on Monday .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_summons_of_an_envoy_is_a_protest_against_its_state() {
    let kinds = &["criticizes"];
    check(
        kinds,
        &[
            (
                "Sergei Lavrov memanggil Duta Besar Indonesia di Moskow untuk memprotes pernyataan itu .",
                &[with("criticizes", LAVROV, "indonesia", A)],
            ),
            (
                "Rusia memanggil Duta Besar Amerika Serikat untuk Rusia , Senin .",
                &[with("criticizes", "russia", "united-states", A)],
            ),
            (
                "Russia summoned the American ambassador on Monday .",
                &[with("criticizes", "russia", "united-states", A)],
            ),
            (
                "China has summoned Indonesia's ambassador over the remarks .",
                &[with("criticizes", "china", "indonesia", A)],
            ),
            (
                "Moscow summoned the ambassador of Ukraine .",
                &[with("criticizes", "russia", "ukraine", A)],
            ),
            // traps: a recall of one's own envoy, a passive, a noun, a
            // summons of a person who is no envoy, envoys of no named state
            (
                "Indonesia memanggil pulang Duta Besar Indonesia untuk Rusia .",
                &[],
            ),
            ("Duta Besar Rusia dipanggil oleh Indonesia , Senin .", &[]),
            ("Pemanggilan Duta Besar Rusia oleh Indonesia berlangsung singkat .", &[]),
            ("Polisi memanggil Budi Santoso sebagai saksi .", &[]),
            ("Russia called its ambassador home for consultations .", &[]),
            ("Russia summoned the envoys of four countries on Tuesday .", &[]),
            ("Rina Wati summoned Budi Santoso to her office .", &[]),
        ],
    );
}

#[test]
fn a_portfolio_list_may_close_with_a_comma_and_a_coordination_word() {
    let kinds = &["holds_office"];
    check(
        kinds,
        &[
            (
                "Presiden Vladimir Putin menerima Menteri Kehutanan , Perikanan , dan Lingkungan Indonesia Budi Santoso .",
                &[with("holds_office", BUDI, "indonesia", A)],
            ),
            (
                "Putin received Indonesia's Minister of Foreign Affairs , Trade , and Development Budi Santoso .",
                &[with("holds_office", BUDI, "indonesia", A)],
            ),
            (
                "Indonesia's Foreign Affairs Minister Budi Santoso arrived in Moscow .",
                &[with("holds_office", BUDI, "indonesia", A)],
            ),
            (
                "Menteri Perubahan Iklim Indonesia Budi Santoso tiba di Moskow .",
                &[with("holds_office", BUDI, "indonesia", A)],
            ),
            // traps: two links in a row that are no serial comma, and a
            // list with no country or name after it
            (
                "Menteri Kehutanan , , Perikanan Indonesia Budi Santoso tiba .",
                &[],
            ),
            (
                "Menteri Kehutanan , Perikanan , dan Lingkungan hadir , kata Budi Santoso .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_counterpart_phrase_joins_its_name_to_a_subject_or_stands_as_an_object() {
    let kinds = &["meets"];
    check(
        kinds,
        &[
            (
                "Sergei Lavrov and his Indonesian counterpart Budi Santoso met in Jakarta .",
                &[with("meets", BUDI, LAVROV, A)],
            ),
            (
                "Sergei Lavrov and his Indonesian counterpart , Budi Santoso , held talks on Monday .",
                &[with("meets", BUDI, LAVROV, A)],
            ),
            (
                "Sergei Lavrov dan mitranya , Budi Santoso , bertemu di Jakarta .",
                &[with("meets", BUDI, LAVROV, A)],
            ),
            (
                "Vladimir Putin received his Indonesian counterpart , Budi Santoso , at the Kremlin .",
                &[with("meets", BUDI, PUTIN, A)],
            ),
            (
                "Vladimir Putin menerima mitranya , Budi Santoso , di Kremlin .",
                &[with("meets", BUDI, PUTIN, A)],
            ),
            // traps: a counterpart phrase with a name inside, no list word
            // before the phrase, and a clause between
            (
                "Sergei Lavrov said his counterpart Budi Santoso met Rina Wati .",
                &[with("meets", BUDI, RINA, A)],
            ),
            (
                "The counterpart of Sergei Lavrov and Budi Santoso met .",
                &[with("meets", BUDI, LAVROV, A)],
            ),
            (
                "Vladimir Putin received his counterpart yesterday , Budi Santoso said .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_call_on_someone_is_a_meeting_unless_it_urges() {
    let kinds = &["meets"];
    check(
        kinds,
        &[
            (
                "Budi Santoso called on Vladimir Putin at the Kremlin on Monday .",
                &[with("meets", BUDI, PUTIN, A)],
            ),
            (
                "Earlier in the day Budi Santoso called on President Vladimir Putin .",
                &[with("meets", BUDI, PUTIN, A)],
            ),
            // traps: a call on someone to act, a phone call, a call with
            // a direct object, a call for something
            (
                "Budi Santoso called on Vladimir Putin to withdraw his troops .",
                &[],
            ),
            (
                "Budi Santoso called on Vladimir Putin and Rina Wati to end the war .",
                &[],
            ),
            ("Budi Santoso called Vladimir Putin on Monday .", &[]),
            (
                "Budi Santoso held a phone call with Vladimir Putin on Monday .",
                &[],
            ),
            (
                "Budi Santoso called for talks with Vladimir Putin .",
                &[with(
                    "meets",
                    BUDI,
                    PUTIN,
                    crate::base::types::Modality::Planned,
                )],
            ),
        ],
    );
}

#[test]
fn supplies_sent_as_aid_and_assistance_support_their_target() {
    let kinds = &["supports", "supplies"];
    check(
        kinds,
        &[
            (
                "Russia and China are sending humanitarian supplies to Indonesia after the floods .",
                &[
                    with("supports", "china", "indonesia", A),
                    with("supports", "russia", "indonesia", A),
                ],
            ),
            (
                "China delivered emergency supplies to Indonesia on Monday .",
                &[with("supports", "china", "indonesia", A)],
            ),
            (
                "Vladimir Putin announced $ 1 billion in humanitarian assistance to Indonesia .",
                &[with("supports", PUTIN, "indonesia", A)],
            ),
            // traps: supplies that are no aid stay supplies, and aid to
            // no named party gives none
            (
                "Russia supplies weapons to Iran .",
                &[with("supplies", "russia", "iran", A)],
            ),
            (
                "China shipped military supplies to Russia .",
                &[with("supplies", "china", "russia", A)],
            ),
            ("Russia is sending humanitarian supplies to the victims .", &[]),
        ],
    );
}

#[test]
fn a_possessive_pronoun_before_its_noun_is_no_conjunct() {
    let kinds = &["meets"];
    check(
        kinds,
        &[
            (
                "Rina Wati arrived on Monday . Budi Santoso will hold talks with Vladimir Putin and her cabinet .",
                &[with(
                    "meets",
                    BUDI,
                    PUTIN,
                    crate::base::types::Modality::Planned,
                )],
            ),
            (
                "Rina Wati arrived on Monday . Budi Santoso met Vladimir Putin and his delegation .",
                &[with("meets", BUDI, PUTIN, A)],
            ),
            // still a conjunct: the pronoun as an object
            (
                "Rina Wati arrived on Monday . Budi Santoso met Vladimir Putin and her .",
                &[with("meets", BUDI, PUTIN, A), with("meets", BUDI, RINA, A)],
            ),
        ],
    );
}

#[test]
fn a_rank_may_stand_before_an_apposed_counterpart() {
    let kinds = &["meets"];
    check(
        kinds,
        &[
            (
                "Budi Santoso paid a courtesy visit to his Russian counterpart , Commodore Vladimir Putin , on Monday .",
                &[with("meets", BUDI, PUTIN, A)],
            ),
            (
                "Budi Santoso met with his Russian counterpart , Rear Admiral Vladimir Putin .",
                &[with("meets", BUDI, PUTIN, A)],
            ),
            // trap: a rank with no name after it
            (
                "Budi Santoso met with his counterpart , Commodore , on Monday .",
                &[],
            ),
        ],
    );
}

#[test]
fn the_party_of_a_possessed_object_comes_before_a_prepositional_target() {
    let kinds = &["criticizes"];
    check(
        kinds,
        &[
            (
                "Indonesia mengutuk keras serangan militer Rusia terhadap Ukraina .",
                &[with("criticizes", "indonesia", "russia", A)],
            ),
            (
                "Indonesia condemned the attacks of Russia against Ukraine .",
                &[with("criticizes", "indonesia", "russia", A)],
            ),
            // traps: no party after the possessed object, so the
            // prepositional target stays
            (
                "Indonesia mengecam keras tindakan terhadap Ukraina .",
                &[with("criticizes", "indonesia", "ukraine", A)],
            ),
            (
                "Indonesia mengecam pernyataan itu , kata Budi Santoso .",
                &[],
            ),
        ],
    );
}

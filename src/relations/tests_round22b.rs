//! Issue 17, twenty-second round, part B: offices, places, attacks, aid,
//! criticism, sanctions. Every sentence is written for the tests, in both
//! languages where the rule has both, with traps that must give no
//! relation (or not the wrong one).

use super::tests::Rel;
use super::tests_round3::{
    check_cases, office, people_gaz, rel, unordered_relations_of, BUDI, RINA,
};
use crate::base::types::EntityType;

/// The relations of `text` (kinds in `kinds`) with the two people, a city
/// (Kharkiv) and an organisation (the Rapid Force) known.
fn rels(text: &str, kinds: &[&str]) -> Vec<Rel> {
    let g = people_gaz(&[
        ("kharkiv", EntityType::Place, &["Kharkiv"]),
        ("rapid-force", EntityType::Organisation, &["Rapid Force"]),
    ]);
    unordered_relations_of(text, &g, kinds)
}

#[test]
fn a_place_after_its_countrys_possessive() {
    let l = || rel("located_in", "kharkiv", "ukraine");
    check_cases(
        |t| rels(t, &["located_in"]),
        &[
            (
                "Russia shelled a market in Ukraine's Kharkiv on Monday .",
                &[l()],
            ),
            (
                "Ukraine's eastern Kharkiv region was shelled again .",
                &[l()],
            ),
            ("The talks will be held in Ukraine's Kharkiv .", &[l()]),
            // a lowercase noun after the place: a building or an office
            // named by the city, not the city stated in the country
            ("Ukraine's Kharkiv office opened on Monday .", &[]),
            // a hyphenated word goes on: no place closes there
            ("Ukraine's Kharkiv-based company grew .", &[]),
            // the owner is a city, no country
            ("Moscow's Kharkiv plan failed .", &[]),
            ("Moscow's Kharkiv , he said .", &[]),
        ],
    );
}

#[test]
fn an_acting_holder_between_the_country_and_the_title() {
    check_cases(
        |t| rels(t, &["holds_office"]),
        &[
            (
                "Ukraine's acting Foreign Minister Budi Santoso arrived on Monday .",
                &[office(BUDI, "ukraine")],
            ),
            (
                "Ukrainian Acting Foreign Minister Budi Santoso arrived on Monday .",
                &[office(BUDI, "ukraine")],
            ),
            (
                "The Ukrainian caretaker Prime Minister Budi Santoso arrived .",
                &[office(BUDI, "ukraine")],
            ),
            // no country: no office
            (
                "Acting Foreign Minister Budi Santoso arrived on Monday .",
                &[],
            ),
            // a lowercase word of no class between them breaks the title
            (
                "Ukrainian football Foreign Minister Budi Santoso arrived .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_condemned_act_names_its_party() {
    let c = |a: &str, b: &str| rel("criticizes", a, b);
    check_cases(
        |t| rels(t, &["criticizes"]),
        &[
            (
                "Indonesia mengecam operasi militer Ukraina itu .",
                &[c("indonesia", "ukraine")],
            ),
            (
                "Indonesia mengutuk serangan rudal Iran di Kursk .",
                &[c("indonesia", "iran")],
            ),
            (
                "Iran mengecam sanksi baru Amerika Serikat terhadap Budi Santoso .",
                &[c("iran", "united-states")],
            ),
            (
                "Indonesia condemned the military operation of Ukraine .",
                &[c("indonesia", "ukraine")],
            ),
            // the place of the act is no party to it
            ("Indonesia mengecam operasi militer di Ukraina .", &[]),
            (
                "Indonesia condemned the military operation in Ukraine .",
                &[],
            ),
            ("Iran mengecam sanksi baru di Ukraina .", &[]),
            ("Indonesia condemned the new sanctions in Ukraine .", &[]),
        ],
    );
}

#[test]
fn coordinated_holders_share_the_country_before_the_first_title() {
    check_cases(
        |t| rels(t, &["holds_office"]),
        &[
            (
                "Ukrainian President Budi Santoso and Prime Minister Rina Wati met the envoys .",
                &[office(BUDI, "ukraine"), office(RINA, "ukraine")],
            ),
            (
                "Ukraine's executive vice president Budi Santoso and new Foreign Minister Rina Wati arrived .",
                &[office(BUDI, "ukraine"), office(RINA, "ukraine")],
            ),
            // the second title has its own country
            (
                "Ukrainian President Budi Santoso and Prime Minister Rina Wati of Iran met .",
                &[office(BUDI, "ukraine"), office(RINA, "iran")],
            ),
            // a determiner opens the second title: anyone's
            (
                "Ukrainian President Budi Santoso and the Prime Minister Rina Wati met .",
                &[office(BUDI, "ukraine")],
            ),
            // the country after the title (Indonesian order): not shared
            (
                "Presiden Ukraina Budi Santoso dan Perdana Menteri Rina Wati bertemu .",
                &[office(BUDI, "ukraine")],
            ),
            // the gazetteer knows the second holder in another country's office
            (
                "Ukrainian President Budi Santoso and Foreign Minister Sergei Lavrov met .",
                &[office(BUDI, "ukraine")],
            ),
        ],
    );
}

#[test]
fn no_shared_country_in_a_longer_list_or_for_a_consort() {
    check_cases(
        |t| rels(t, &["holds_office"]),
        &[
            (
                "He met Rina Wati , Ukrainian Foreign Minister Budi Santoso and President Vladimir Putin .",
                &[office(BUDI, "ukraine")],
            ),
            (
                "He welcomed Ukraine's King Budi Santoso and Queen Rina Wati .",
                &[office(BUDI, "ukraine")],
            ),
        ],
    );
}

#[test]
fn a_signed_keepsake_is_no_agreement() {
    let sg = || super::tests_round3::with("signs", BUDI, RINA, super::tests::A);
    check_cases(
        |t| rels(t, &["signs"]),
        &[
            (
                "Budi Santoso was welcomed by Rina Wati , before he signed a visitors' book .",
                &[],
            ),
            (
                "Budi Santoso disambut Rina Wati sebelum ia menandatangani buku tamu .",
                &[],
            ),
            (
                "Budi Santoso dan Rina Wati menandatangani prasasti itu .",
                &[],
            ),
            // an agreement is still signed
            ("Budi Santoso signed an agreement with Rina Wati .", &[sg()]),
            (
                "Budi Santoso menandatangani nota kesepahaman dengan Rina Wati .",
                &[sg()],
            ),
        ],
    );
}

#[test]
fn a_sanction_pada_its_target() {
    let s = |a: &str| rel("sanctions", "united-states", a);
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "Amerika Serikat menjatuhkan sanksi pada Budi Santoso .",
                &[s(BUDI)],
            ),
            (
                "Amerika Serikat menjatuhkan sanksi pada Budi Santoso dan Rina Wati .",
                &[s(BUDI), s(RINA)],
            ),
            // a date after "pada" is no target
            (
                "Amerika Serikat menjatuhkan sanksi pada 2019 , kata Budi Santoso .",
                &[],
            ),
        ],
    );
}

#[test]
fn aid_as_support_is_read_from_the_noun_only() {
    let s = || rel("supports", "indonesia", "ukraine");
    check_cases(
        |t| rels(t, &["supports"]),
        &[
            (
                "Bantuan kemanusiaan Indonesia untuk Ukraina tiba kemarin .",
                &[s()],
            ),
            (
                "Indonesia mengirim bantuan kemanusiaan ke Ukraina .",
                &[s()],
            ),
            // the verbs help anyone
            ("Indonesia membantu Ukraina membangun jalan .", &[]),
            ("Ukraina dibantu Indonesia membangun jalan .", &[]),
            // a body's or a person's help is no aid of a state
            ("Rapid Force mengirim bantuan ke Ukraina .", &[]),
            ("Indonesia mengirim bantuan untuk Budi Santoso .", &[]),
        ],
    );
}

#[test]
fn an_envoys_posting_may_open_with_an_article() {
    check_cases(
        |t| rels(t, &["holds_office"]),
        &[
            (
                "The Ambassador of Ukraine to the United States , Budi Santoso , presented his credentials .",
                &[office(BUDI, "ukraine")],
            ),
            (
                "The new Ambassador of Ukraine to the United States , Budi Santoso , arrived .",
                &[office(BUDI, "ukraine")],
            ),
            // no name in apposition: the person met holds no office
            (
                "The Ambassador of Ukraine to the United States met Budi Santoso .",
                &[],
            ),
        ],
    );
}

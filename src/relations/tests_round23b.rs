//! Issue 17, twenty-third round, part B: offices, places, attacks, aid,
//! criticism, sanctions, signing. Every sentence is written for the
//! tests, in both languages where the rule has both, with traps that must
//! give no relation (or not the wrong one).

use super::tests::Rel;
use super::tests_round3::{check_cases, people_gaz, rel, unordered_relations_of, BUDI, RINA};
use crate::base::types::EntityType;

/// The relations of `text` (kinds in `kinds`) with the two people, a
/// third one (Sari Dewi), a city (Kharkiv) and an organisation (the Rapid
/// Force) known.
fn rels(text: &str, kinds: &[&str]) -> Vec<Rel> {
    let g = people_gaz(&[
        ("sari-dewi", EntityType::Person, &["Sari Dewi"]),
        ("kharkiv", EntityType::Place, &["Kharkiv"]),
        ("rapid-force", EntityType::Organisation, &["Rapid Force"]),
        (
            "merdeka-palace",
            EntityType::Place,
            &["Merdeka Palace", "Istana Merdeka"],
        ),
        ("bogor", EntityType::Place, &["Bogor"]),
    ]);
    unordered_relations_of(text, &g, kinds)
}

#[test]
fn a_plural_title_over_holders_with_their_countries() {
    let h = |p: &str, c: &str| rel("holds_office", p, c);
    check_cases(
        |t| rels(t, &["holds_office"]),
        &[
            (
                "Presidents Budi Santoso of Russia and Rina Wati of Ukraine met on Monday .",
                &[h(BUDI, "russia"), h(RINA, "ukraine")],
            ),
            (
                "Foreign Ministers Budi Santoso of Russia , Rina Wati of Ukraine and Sari Dewi of China signed the text .",
                &[h(BUDI, "russia"), h(RINA, "ukraine"), h("sari-dewi", "china")],
            ),
            // traps: a singular title is one holder's; no country after
            // the second name; a plural title with no holder
            (
                "President Budi Santoso of Russia and Rina Wati of Ukraine met on Monday .",
                &[h(BUDI, "russia")],
            ),
            ("Presidents Budi Santoso and Rina Wati met in Kharkiv .", &[]),
            ("The Presidents of Russia and Ukraine met in Kharkiv .", &[]),
        ],
    );
}

#[test]
fn a_venue_with_its_town() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        |t| rels(t, &["located_in"]),
        &[
            (
                "Budi Santoso diterima di Istana Merdeka di Jakarta , Senin .",
                &[l("merdeka-palace", "jakarta")],
            ),
            (
                "Pertemuan digelar di Istana Merdeka ( IM ) di Jakarta .",
                &[l("merdeka-palace", "jakarta")],
            ),
            // traps: a place that is no venue; a list of towns; a venue
            // before its country (the older rule's: one relation); a
            // capitalised word going on after the town; a province
            ("Kharkiv di Moskow diserang .", &[]),
            ("Pertemuan di Istana Merdeka di Jakarta dan Bogor .", &[]),
            (
                "Pertemuan di Istana Merdeka di Indonesia .",
                &[l("merdeka-palace", "indonesia")],
            ),
            ("Pertemuan di Istana Merdeka di Jakarta Raya Hall .", &[]),
            // English "in" and the comma: turned on in the twenty-fourth
            // round, part B (tests_round24b.rs)
            (
                "The two leaders met at the Merdeka Palace in Jakarta on Monday .",
                &[l("merdeka-palace", "jakarta")],
            ),
            (
                "Pertemuan digelar di Istana Merdeka , Jakarta .",
                &[l("merdeka-palace", "jakarta")],
            ),
        ],
    );
}

#[test]
fn a_capital_after_its_countrys_possessive() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        |t| rels(t, &["located_in"]),
        &[
            (
                "He first arrived in Russia's capital Moscow and met Budi Santoso .",
                &[l("moscow", "russia")],
            ),
            (
                "Ukraine's port city Kharkiv was shelled .",
                &[l("kharkiv", "ukraine")],
            ),
            // traps: a city owned by a city; a building named by the city
            ("He arrived in Moscow's capital Kharkiv .", &[]),
            ("Ukraine's capital Kharkiv-based office opened .", &[]),
        ],
    );
}

#[test]
fn a_sanctions_list_named_later() {
    let s = |a: &str| rel("sanctions", "united-states", a);
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "The United States imposed sanctions on five officials . Those named include Budi Santoso and Rina Wati .",
                &[s(BUDI), s(RINA)],
            ),
            (
                "Amerika Serikat menjatuhkan sanksi terhadap dua perusahaan . Pihak yang terkena sanksi adalah Budi Santoso dan Rina Wati .",
                &[s(BUDI), s(RINA)],
            ),
            // a name apposed to a listed member's description is no member
            (
                "The United States imposed sanctions on five officials . Those named include Budi Santoso , the deputy head of the Rapid Force and brother of its chief , General Rina Wati .",
                &[s(BUDI)],
            ),
            // traps: no sanction before; a list of another event
            ("Those named include Budi Santoso and Rina Wati .", &[]),
            (
                "Pihak yang terkena banjir adalah Budi Santoso dan Rina Wati .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_condemned_bombing_names_its_party() {
    let c = |a: &str, b: &str| rel("criticizes", a, b);
    check_cases(
        |t| rels(t, &["criticizes"]),
        &[
            (
                "Indonesia mengecam keras serangan bom Iran di Kursk .",
                &[c("indonesia", "iran")],
            ),
            (
                "Indonesia mengecam serangan pesawat tanpa awak kelompok Rapid Force ke Kursk .",
                &[c("indonesia", "rapid-force")],
            ),
            (
                "China condemned the bomb attacks of Iran .",
                &[c("china", "iran")],
            ),
            // traps: the place of the act; a group noun with no party
            ("Indonesia mengecam keras serangan bom di Kursk .", &[]),
            (
                "Indonesia mengecam serangan kelompok bersenjata di Kursk .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_hyphened_backer_is_no_argument() {
    check_cases(
        |t| rels(t, &["criticizes"]),
        &[
            (
                "China condemned the Iran-backed militia's attempts to attack Kursk .",
                &[],
            ),
            // (the name after the modifier is beyond the object's reach)
            ("China condemned the Iran-backed Rapid Force .", &[]),
            // a hyphen with spaces, or a capitalised word, is no modifier
            (
                "China condemned Iran - backed by Russia - on Monday .",
                &[rel("criticizes", "china", "iran")],
            ),
        ],
    );
}

#[test]
fn a_channel_after_the_subject_is_no_argument() {
    check_cases(
        |t| rels(t, &["supports", "visits"]),
        &[
            (
                "Jakarta : Indonesia melalui KBRI Kharkiv telah menyerahkan bantuan kemanusiaan bagi Ukraina .",
                &[rel("supports", "indonesia", "ukraine")],
            ),
            (
                "Pemerintah Indonesia melalui Rapid Force mengirimkan bantuan kemanusiaan untuk Ukraina .",
                &[rel("supports", "indonesia", "ukraine")],
            ),
            // traps: "melalui" after a prepositional object is no
            // channel of a subject; a subject not opening its clause
            (
                "Budi Santoso tiba di Moskow melalui Kharkiv pada Senin .",
                &[rel("visits", BUDI, "moscow")],
            ),
            (
                "Kemarin Rina Wati dan Budi Santoso melalui Kharkiv tiba di Moskow .",
                &[rel("visits", BUDI, "moscow"), rel("visits", RINA, "moscow")],
            ),
        ],
    );
}

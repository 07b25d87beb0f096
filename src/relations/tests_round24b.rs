//! Issue 17, twenty-fourth round, part B: offices, places, aid, criticism,
//! sanctions, signing. Every sentence is written for the tests, in both
//! languages where the rule has both, with traps that must give no
//! relation (or not the wrong one).

use super::tests::{push_countries, Rel};
use super::tests_round3::{check_cases, people_gaz, rel, unordered_relations_of, BUDI, RINA};
use crate::base::types::EntityType;

/// The relations of `text` (kinds in `kinds`) with the two people, a
/// third one (Sari Dewi), some countries the tagger names without their
/// state's form, towns and venues known.
fn rels(text: &str, kinds: &[&str]) -> Vec<Rel> {
    let mut g = people_gaz(&[
        ("sari-dewi", EntityType::Person, &["Sari Dewi"]),
        ("dhaka", EntityType::Place, &["Dhaka"]),
        ("surabaya", EntityType::Place, &["Surabaya"]),
        ("tangerang", EntityType::Place, &["Tangerang"]),
        ("banten", EntityType::Place, &["Banten"]),
        ("bogor", EntityType::Place, &["Bogor"]),
        (
            "merdeka-palace",
            EntityType::Place,
            &["Merdeka Palace", "Istana Merdeka"],
        ),
        (
            "kemuning-airport",
            EntityType::Place,
            &["Bandar Udara Kemuning"],
        ),
        (
            "grand-lotus-hotel",
            EntityType::Place,
            &["Grand Lotus Hotel"],
        ),
    ]);
    // countries have demonyms (the index's test for a country)
    push_countries(
        &mut g,
        &[
            ("oman", "Oman", "Omani"),
            ("bahrain", "Bahrain", "Bahraini"),
            ("sri-lanka", "Sri Lanka", "Sri Lankan"),
            ("cote-d-ivoire", "Ivory Coast", "Ivorian"),
            ("bangladesh", "Bangladesh", "Bangladeshi"),
        ],
    );
    unordered_relations_of(text, &g, kinds)
}

#[test]
fn a_venue_with_its_town_after_in_or_a_comma() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    check_cases(
        |t| rels(t, &["located_in"]),
        &[
            (
                "The two leaders met at the Merdeka Palace in Jakarta on Monday .",
                &[l("merdeka-palace", "jakarta")],
            ),
            (
                "Pertemuan digelar di Istana Merdeka , Jakarta .",
                &[l("merdeka-palace", "jakarta")],
            ),
            (
                "They stayed at the Grand Lotus Hotel , Surabaya , last week .",
                &[l("grand-lotus-hotel", "surabaya")],
            ),
            // a head of two words; the chain ends in the town, and the
            // town is in its country
            (
                "Ia tiba di Bandar Udara Kemuning , Dhaka , Bangladesh , Sabtu .",
                &[l("kemuning-airport", "dhaka"), l("dhaka", "bangladesh")],
            ),
            // a town after the venue, then its province
            (
                "Ia tiba di Bandar Udara Kemuning , Tangerang , Banten , Senin .",
                &[l("kemuning-airport", "tangerang"), l("tangerang", "banten")],
            ),
            // the head word first: the town may follow with no link
            (
                "Ia diterima di Istana Merdeka Bogor , Senin .",
                &[l("merdeka-palace", "bogor")],
            ),
            // traps: a list of towns after the comma; a capitalised word
            // after the town; a town before the venue; a venue named by
            // its last word with a town right after it
            ("Pertemuan di Istana Merdeka , Jakarta dan Bogor .", &[]),
            ("They met at the Merdeka Palace in Jakarta Raya Hall .", &[]),
            ("Di Bogor , Istana Merdeka dibuka .", &[]),
            ("They met at the Grand Lotus Hotel Surabaya branch .", &[]),
        ],
    );
}

#[test]
fn a_title_with_the_state_form_of_its_country() {
    let h = |p: &str, c: &str| rel("holds_office", p, c);
    check_cases(
        |t| rels(t, &["holds_office"]),
        &[
            (
                "He invited the President of the Republic of Ivory Coast , Budi Santoso , to Jakarta .",
                &[h(BUDI, "cote-d-ivoire")],
            ),
            (
                "Budi Santoso , Minister of Foreign Affairs of the Sultanate of Oman , arrived .",
                &[h(BUDI, "oman")],
            ),
            // traps: a state's form of no country; a lowercase form
            (
                "Budi Santoso , President of the Republic of Letters , spoke .",
                &[],
            ),
            (
                "Budi Santoso , President of the state of Oman affairs , spoke .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_portfolio_in_more_words_before_of_and_its_country() {
    let h = |p: &str, c: &str| rel("holds_office", p, c);
    check_cases(
        |t| rels(t, &["holds_office"]),
        &[
            (
                "Budi Santoso , Minister of Foreign Affairs , Foreign Employment and Tourism of Sri Lanka , spoke .",
                &[h(BUDI, "sri-lanka")],
            ),
            (
                "Minister of Foreign Affairs and Trade of Sri Lanka , Budi Santoso , spoke .",
                &[h(BUDI, "sri-lanka")],
            ),
            // traps: no country after "of"; the run ends in a lowercase word
            (
                "Budi Santoso , Minister of Foreign Affairs , Trade and Tourism of Letters , spoke .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_list_of_names_each_with_its_title() {
    let h = |p: &str, c: &str| rel("holds_office", p, c);
    check_cases(
        |t| rels(t, &["holds_office"]),
        &[
            (
                "Present were Budi Santoso , Minister of Foreign Affairs of Oman , Rina Wati , Minister of Foreign Affairs of Bahrain , and Sari Dewi .",
                &[h(BUDI, "oman"), h(RINA, "bahrain")],
            ),
            // a second title coordinated to the first closes the apposition
            (
                "Budi Santoso , Minister of Foreign Affairs of the Kingdom of Bahrain and current President of the Council .",
                &[h(BUDI, "bahrain")],
            ),
            // traps: a title before a name with no title after it is that
            // name's; a title after a lone name, then a name and a verb
            (
                "He greeted Sari Dewi , the President of Oman , Budi Santoso , on Monday .",
                &[h(BUDI, "oman")],
            ),
            (
                "The Minister of Foreign Affairs of Oman , Budi Santoso , met Rina Wati .",
                &[h(BUDI, "oman")],
            ),
        ],
    );
}

#[test]
fn an_office_holder_owned_by_a_country_is_no_target() {
    let s = |a: &str| rel("sanctions", "united-states", a);
    check_cases(
        |t| rels(t, &["sanctions"]),
        &[
            (
                "The United States imposed sanctions on Russia on Friday .",
                &[s("russia")],
            ),
            // the possessor of an office holder only describes the person
            (
                "The United States on Friday blacklisted Russia's transitional prime minister .",
                &[],
            ),
            (
                "The United States sanctioned Russia's two deputy ministers .",
                &[],
            ),
            // trap: a possessor of no person noun stays the target
            (
                "The United States sanctioned Russia's largest banks .",
                &[s("russia")],
            ),
        ],
    );
}

#[test]
fn support_or_sanctions_as_a_topic_of_talks() {
    let kinds = &["supports", "sanctions"];
    check_cases(
        |t| rels(t, kinds),
        &[
            // traps: the noun after a verb of talks names a topic
            (
                "Budi Santoso hosted Rina Wati , and the two discussed support for Ukraine .",
                &[],
            ),
            (
                "Budi Santoso and Rina Wati talked about further military support for Ukraine .",
                &[],
            ),
            ("Kedua menteri membahas sanksi terhadap Rusia .", &[]),
            // a pledge or an imposed sanction stays one
            (
                "Budi Santoso pledged support for Ukraine .",
                &[rel("supports", BUDI, "ukraine")],
            ),
            (
                "Amerika Serikat menjatuhkan sanksi terhadap Rusia .",
                &[rel("sanctions", "united-states", "russia")],
            ),
        ],
    );
}

#[test]
fn a_year_after_the_titles_organisation() {
    let h = |p: &str, c: &str| rel("holds_office", p, c);
    check_cases(
        |t| rels(t, &["holds_office"]),
        &[
            (
                "Presiden Oman ( PO ) 2024 , Budi Santoso , melakukan pertemuan .",
                &[h(BUDI, "oman")],
            ),
            (
                "President of Oman 2024 Budi Santoso arrived .",
                &[h(BUDI, "oman")],
            ),
            // traps: a number that is no year; a year and no name after it
            (
                "Presiden Oman 5000 , Budi Santoso , melakukan pertemuan .",
                &[],
            ),
            ("Presiden Oman 2024 , kata Budi Santoso .", &[]),
        ],
    );
}

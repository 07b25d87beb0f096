//! Issue 17, fourth round: the seat of an office before a name in
//! apposition, modifiers and ordinals between a title and its country or
//! organisation, appointments and copulas before a title, a title with
//! the holder's country after an origin word, offices of provinces and
//! cities, and travel phrases. Every sentence is written for the tests,
//! in both languages.

use super::tests::{ent, gaz, role, Rel};
use super::tests_round3::{check_cases, rel, relations_of};
use crate::base::types::EntityType;

/// The relations of `text` (kinds in `kinds`), with a gazetteer that also
/// knows an organisation, a province with a governor, its city, an
/// insurgent group, a place of that group and two people of no office.
fn run4(text: &str, kinds: &[&str]) -> Vec<Rel> {
    let mut g = gaz();
    let org = EntityType::Organisation;
    let pl = EntityType::Place;
    let per = EntityType::Person;
    g.entities.push(ent(
        "world-bank",
        org,
        &["Bank Dunia", "World Bank"],
        &[],
        vec![],
    ));
    g.entities
        .push(ent("united-nations", org, &["PBB", "UN"], &[], vec![]));
    g.entities
        .push(ent("front-x", org, &["Front Merdeka"], &[], vec![]));
    g.entities.push(ent(
        "west-java",
        pl,
        &["Jawa Barat", "West Java"],
        &[],
        vec![],
    ));
    g.entities.push(ent("bogor", pl, &["Bogor"], &[], vec![]));
    g.entities
        .push(ent("new-york", pl, &["New York"], &[], vec![]));
    g.entities
        .push(ent("kota-utara", pl, &["Kota Utara"], &[], vec![]));
    g.entities.push(ent(
        "budi-santoso",
        per,
        &["Budi Santoso", "Budi"],
        &[],
        vec![],
    ));
    g.entities.push(ent(
        "rina-wati",
        per,
        &["Rina Wati", "Rina"],
        &[],
        vec![role("governor", "west-java", Some("2020-01-01"), None)],
    ));
    relations_of(text, &g, kinds)
}

fn table(kinds: &[&str], cases: &[(&str, &[Rel])]) {
    check_cases(|t| run4(t, kinds), cases);
}

#[test]
fn the_seat_of_an_office_and_modifiers_before_the_name() {
    let h = |a: &str, b: &str| rel("holds_office", a, b);
    table(
        &["holds_office"],
        &[
            (
                "Duta Besar Indonesia di New York , Budi Santoso , menjelaskan kasus itu.",
                &[h("budi-santoso", "indonesia")],
            ),
            (
                "The Indonesian Ambassador in New York, Budi Santoso, explained the case.",
                &[h("budi-santoso", "indonesia")],
            ),
            (
                "Pimpinan tertinggi Front Merdeka di Kota Utara , Budi Santoso juga ditangkap.",
                &[h("budi-santoso", "front-x")],
            ),
            (
                "Salah satu pemimpin senior Front Merdeka , Budi Santoso , menolak tawaran itu.",
                &[h("budi-santoso", "front-x")],
            ),
            // a place after the country with no name after it is no seat,
            // and the sentence keeps its place
            (
                "Duta Besar Indonesia di New York menjelaskan kasus itu.",
                &[],
            ),
        ],
    );
}

#[test]
fn an_appointment_or_a_copula_gives_the_office() {
    let h = |a: &str, b: &str| rel("holds_office", a, b);
    table(
        &["holds_office"],
        &[
            (
                "Dewan itu mengangkat kembali Budi Santoso sebagai presiden Bank Dunia.",
                &[h("budi-santoso", "world-bank")],
            ),
            (
                "Budi menjadi presiden ke - 12 Bank Dunia pada 2012.",
                &[h("budi-santoso", "world-bank")],
            ),
            (
                "Budi Santoso merupakan pimpinan Front Merdeka di Bogor.",
                &[h("budi-santoso", "front-x")],
            ),
            (
                "Budi Santoso dari Indonesia yang bertindak sebagai Utusan Khusus PBB tiba hari ini.",
                &[h("budi-santoso", "united-nations")],
            ),
            (
                "The board named Budi Santoso as president of the World Bank.",
                &[h("budi-santoso", "world-bank")],
            ),
            // a former office, a candidate, and a title with no country
            (
                "Budi Santoso yang pernah menjabat sebagai presiden Bank Dunia hadir.",
                &[],
            ),
            (
                "Budi Santoso maju sebagai calon presiden Bank Dunia.",
                &[],
            ),
            ("Budi Santoso dilantik sebagai Menteri Sosial.", &[]),
            // a negated appointment, a previous office, and an ordinal
            // without an appointment (mostly history); a planned one is in
            // tests_round5
            ("Budi Santoso tak memiliki kewenangan sebagai presiden Bank Dunia.", &[]),
            ("Budi Santoso sebelumnya dikenal sebagai presiden Bank Dunia.", &[]),
            ("Ia dipuji Presiden ke - 6 Indonesia Budi Santoso.", &[]),
            // a clause word between the person and the copula
            (
                "Budi Santoso mengatakan bahwa sebagai presiden Bank Dunia ia sibuk.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_title_and_name_with_the_country_after_an_origin_word() {
    let h = |a: &str, b: &str| rel("holds_office", a, b);
    table(
        &["holds_office"],
        &[
            (
                "Ratu Rina dari Indonesia membuka acara itu.",
                &[h("rina-wati", "indonesia")],
            ),
            // an origin that is no country gives nothing
            ("Ratu Rina dari Bogor membuka acara itu.", &[]),
        ],
    );
}

#[test]
fn a_province_with_a_governor_is_no_country() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    table(
        &["located_in"],
        &[
            // a town and its province: the province, not a country
            // (the lexicon's `provinces` record, twenty-second round)
            (
                "Ia lahir di Bogor , Jawa Barat , pada 1970.",
                &[l("bogor", "west-java")],
            ),
            (
                "He was born in Bogor, West Java, in 1970.",
                &[l("bogor", "west-java")],
            ),
            // a country still takes its places
            (
                "Ia lahir di Bogor , Jawa Barat , Indonesia , pada 1970.",
                &[l("bogor", "indonesia"), l("west-java", "indonesia")],
            ),
        ],
    );
}

#[test]
fn travel_phrases_with_their_preposition() {
    let v = |a: &str, b: &str| rel("visits", a, b);
    table(
        &["visits"],
        &[
            (
                "Budi Santoso masuk ke Indonesia pada 2012.",
                &[v("budi-santoso", "indonesia")],
            ),
            (
                "Budi Santoso bersedia kembali ke Ibu Kota Jakarta.",
                &[v("budi-santoso", "jakarta")],
            ),
            // "masuk" and "kembali" alone are no trigger
            ("Nama Budi Santoso masuk daftar tokoh Indonesia.", &[]),
            ("Budi Santoso kembali menegaskan sikapnya di Jakarta.", &[]),
            // "termasuk" (including) and "mengembalikan" (give back)
            (
                "Budi Santoso memuji banyak negara , termasuk Indonesia.",
                &[],
            ),
            ("Budi Santoso mengembalikan dokumen itu ke Indonesia.", &[]),
            // "takkan" negates
            (
                "Budi Santoso takkan kembali ke Indonesia.",
                &[(
                    "visits".into(),
                    "budi-santoso".into(),
                    "indonesia".into(),
                    crate::base::types::Modality::Negated,
                )],
            ),
        ],
    );
}

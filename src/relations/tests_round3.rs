//! Issue 17, third round: chains of places and capitals in apposition
//! (`located_in`), datelines, a modifier between a title and its country,
//! a person's place of origin in a list, travel nouns and phrases, and a
//! subject after a fronted clause. Every sentence is written for the
//! tests, in both languages.

use super::sentence::Sent;
use super::tests::{ent, find_mentions, gaz, instances_over, prepare, Rel, A};
use crate::base::types::EntityType;
use crate::gazetteer::Gazetteer;

/// The relations of `text` (kinds in `kinds`), with a gazetteer that also
/// knows a region, a news agency, the UN and a person of no office.
fn run3(text: &str, kinds: &[&str]) -> Vec<Rel> {
    let mut g = gaz();
    g.entities.push(ent(
        "primorsky",
        EntityType::Place,
        &["Primorsky"],
        &[],
        vec![],
    ));
    g.entities.push(ent(
        "antara",
        EntityType::Organisation,
        &["ANTARA", "ANTARA News"],
        &[],
        vec![],
    ));
    g.entities.push(ent(
        "united-nations",
        EntityType::Organisation,
        &["PBB", "UN"],
        &[],
        vec![],
    ));
    g.entities.push(ent(
        "budi-santoso",
        EntityType::Person,
        &["Budi Santoso"],
        &[],
        vec![],
    ));
    relations_of(text, &g, kinds)
}

/// The relations of `text` over `g` whose kind is in `kinds`, as sorted
/// (kind, source id, target id, modality), each once.
pub(super) fn relations_of(text: &str, g: &Gazetteer, kinds: &[&str]) -> Vec<Rel> {
    let id = |i: u32| g.entities[i as usize].id.clone();
    let mut v: Vec<Rel> = instances_over(text, g)
        .into_iter()
        .filter(|r| kinds.contains(&r.kind.as_str()))
        .map(|r| (r.kind, id(r.source), id(r.target), r.modality))
        .collect();
    v.sort();
    v.dedup();
    v
}

/// [`relations_of`] with a meeting's or a signing's pair in id order:
/// both are symmetric, and a test names the pair either way.
pub(super) fn unordered_relations_of(text: &str, g: &Gazetteer, kinds: &[&str]) -> Vec<Rel> {
    let mut v: Vec<Rel> = relations_of(text, g, kinds)
        .into_iter()
        .map(|(k, a, b, m)| {
            if (k == "meets" || k == "signs") && b < a {
                (k, b, a, m)
            } else {
                (k, a, b, m)
            }
        })
        .collect();
    v.sort();
    v.dedup();
    v
}

/// An asserted relation.
pub(super) fn rel(kind: &str, a: &str, b: &str) -> Rel {
    (kind.into(), a.into(), b.into(), A)
}

/// A relation of modality `m`.
pub(super) fn with(kind: &str, a: &str, b: &str, m: crate::base::types::Modality) -> Rel {
    (kind.into(), a.into(), b.into(), m)
}

/// An asserted meeting of `a` and `b`, the pair in id order as
/// [`unordered_relations_of`] gives it.
pub(super) fn met(a: &str, b: &str) -> Rel {
    meeting(a, b, A)
}

/// A meeting of `a` and `b` of modality `m`, the pair in id order.
pub(super) fn meeting(a: &str, b: &str, m: crate::base::types::Modality) -> Rel {
    let (a, b) = if a < b { (a, b) } else { (b, a) };
    with("meets", a, b, m)
}

/// An asserted office of `a` in `b`.
pub(super) fn office(a: &str, b: &str) -> Rel {
    rel("holds_office", a, b)
}

/// Adds an entity of no office, with no demonyms, to `g`.
pub(super) fn add(g: &mut Gazetteer, id: &str, etype: EntityType, names: &[&str]) {
    g.entities.push(ent(id, etype, names, &[], vec![]));
}

/// Budi Santoso's id ([`add_people`]).
pub(super) const BUDI: &str = "budi-santoso";
/// Rina Wati's id ([`add_people`]).
pub(super) const RINA: &str = "rina-wati";

/// Adds the two people of no office the later rounds' tables name:
/// Budi Santoso and Rina Wati (also by their given names).
pub(super) fn add_people(g: &mut Gazetteer) {
    add(g, BUDI, EntityType::Person, &["Budi Santoso", "Budi"]);
    add(g, RINA, EntityType::Person, &["Rina Wati", "Rina"]);
}

/// The relations of `text` (kinds in `kinds`) with the two people of
/// [`add_people`] added to the test gazetteer; a symmetric pair in id
/// order ([`unordered_relations_of`]).
pub(super) fn people_relations_of(text: &str, kinds: &[&str]) -> Vec<Rel> {
    unordered_relations_of(text, &people_gaz(&[]), kinds)
}

/// The test gazetteer with the two people of [`add_people`] and the
/// entities of no office `extra` ((id, type, names), added after them).
pub(super) fn people_gaz(extra: &[(&str, EntityType, &[&str])]) -> Gazetteer {
    let mut g = gaz();
    add_people(&mut g);
    for &(id, etype, names) in extra {
        add(&mut g, id, etype, names);
    }
    g
}

/// The relations of `text` (kinds in `kinds`), in sorted order, with the
/// two people of [`add_people`], the entities `extra` and the countries
/// `countries` ((id, name, demonym): a country has demonyms).
pub(super) fn relations_with(
    text: &str,
    extra: &[(&str, EntityType, &[&str])],
    countries: &[(&str, &str, &str)],
    kinds: &[&str],
) -> Vec<Rel> {
    let mut g = people_gaz(extra);
    super::tests::push_countries(&mut g, countries);
    unordered_relations_of(text, &g, kinds)
}

/// A xorshift generator from `seed`: each call gives a number below its
/// argument. The randomised tests draw their sentences with it, so a
/// failure repeats.
pub(super) fn xorshift(mut seed: u64) -> impl FnMut(usize) -> usize {
    move |n: usize| {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    }
}

/// Checks each (text, wanted relations) case against `run`.
pub(super) fn check_cases(run: impl Fn(&str) -> Vec<Rel>, cases: &[(&str, &[Rel])]) {
    // Every case is run, and all the failing ones are reported at once.
    let failed: Vec<String> = cases
        .iter()
        .filter_map(|(text, want)| {
            let mut want = want.to_vec();
            want.sort();
            let got = run(text);
            (got != want).then(|| format!("\ntext: {text}\n got: {got:?}\nwant: {want:?}"))
        })
        .collect();
    assert!(failed.is_empty(), "{}", failed.concat());
}

fn table(kinds: &[&str], cases: &[(&str, &[Rel])]) {
    check_cases(|t| run3(t, kinds), cases);
}

#[test]
fn a_chain_of_places_ends_in_their_country() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    table(
        &["located_in"],
        &[
            (
                "Putin tiba di Vladivostok , Primorsky , Rusia , Selasa.",
                &[l("vladivostok", "russia"), l("primorsky", "russia")],
            ),
            (
                "Putin arrived in Vladivostok, Primorsky, Russia, on Tuesday.",
                &[l("vladivostok", "russia"), l("primorsky", "russia")],
            ),
            // one link, as before
            (
                "Kim tiba di Vladivostok , Rusia.",
                &[l("vladivostok", "russia")],
            ),
            // a list of cities names no country
            ("Xi Jinping mengunjungi Moskow , Beijing dan Jakarta.", &[]),
            // a list closed by a list word is no chain
            ("Kim mengunjungi Vladivostok , Primorsky dan Rusia.", &[]),
        ],
    );
}

#[test]
fn a_city_apposed_to_a_capital_lies_in_its_country() {
    let l = |a: &str, b: &str| rel("located_in", a, b);
    table(
        &["located_in"],
        &[
            (
                "Lavrov terbang ke Moskow , ibu kota Rusia.",
                &[l("moscow", "russia")],
            ),
            (
                "Ibu kota Indonesia , Jakarta , dilanda banjir.",
                &[l("jakarta", "indonesia")],
            ),
            (
                "Banjir melanda ibu kota negara Indonesia Jakarta.",
                &[l("jakarta", "indonesia")],
            ),
            (
                "Blinken landed in Jakarta, the capital of Indonesia.",
                &[l("jakarta", "indonesia")],
            ),
            (
                "The capital of Russia, Moscow, was quiet.",
                &[l("moscow", "russia")],
            ),
            // a capital next to another city in a list is no apposition
            ("Ibu kota Rusia dan Jakarta ramai.", &[]),
        ],
    );
}

#[test]
fn the_names_of_a_dateline_are_no_arguments() {
    table(
        &["attacks", "visits", "located_in", "supports"],
        &[
            // the agency is no attacker, the city no target
            ("Moskow , ANTARA - Serangan ke Kursk terus berlanjut.", &[]),
            ("Jakarta ( ANTARA News ) - Pendukung Putin berkumpul.", &[]),
            // the dateline's places stay apposed; the body's names count
            (
                "Vladivostok , Rusia ( ANTARA ) - Putin tiba di Kursk.",
                &[
                    rel("located_in", "vladivostok", "russia"),
                    rel("visits", "vladimir-putin", "kursk"),
                ],
            ),
        ],
    );
}

#[test]
fn a_modifier_may_stand_between_a_title_and_its_country() {
    table(
        &["holds_office"],
        &[
            (
                "Pemimpin nasional Rusia Vladimir Putin tiba di Jakarta.",
                &[rel("holds_office", "vladimir-putin", "russia")],
            ),
            (
                "Direktur eksekutif Sekretariat PBB, Budi Santoso, tiba.",
                &[rel("holds_office", "budi-santoso", "united-nations")],
            ),
            (
                "Perwakilan Perdagangan Indonesia Budi Santoso tiba di Beijing.",
                &[rel("holds_office", "budi-santoso", "indonesia")],
            ),
            // a modifier without a country gives no office
            ("Pemimpin nasional Budi Santoso tiba di Jakarta.", &[]),
        ],
    );
}

#[test]
fn a_place_of_origin_is_no_conjunct() {
    table(
        &["supports", "meets"],
        &[
            (
                "Putin dari Rusia dan Xi Jinping dari China mendukung Jakarta.",
                &[rel("supports", "vladimir-putin", "jakarta"), rel("supports", "xi-jinping", "jakarta")],
            ),
            (
                "Tokoh lain, seperti Putin dari Rusia dan Xi Jinping dari China, memberikan dukungan mereka kepada Jakarta.",
                &[rel("supports", "vladimir-putin", "jakarta"), rel("supports", "xi-jinping", "jakarta")],
            ),
            (
                "Prabowo bertemu Putin dari Rusia dan Xi Jinping dari China.",
                &[rel("meets", "prabowo-subianto", "vladimir-putin"), rel("meets", "prabowo-subianto", "xi-jinping")],
            ),
        ],
    );
}

#[test]
fn travel_nouns_and_phrases_are_visits() {
    let v = |a: &str, b: &str| rel("visits", a, b);
    table(
        &["visits"],
        &[
            (
                "Perjalanan Prabowo ke Moskow berlangsung tiga hari.",
                &[v("prabowo-subianto", "moscow")],
            ),
            (
                "Prabowo berangkat ke Beijing pada Senin.",
                &[v("prabowo-subianto", "beijing")],
            ),
            (
                "Xi Jinping menginjakkan kaki di Jakarta.",
                &[v("xi-jinping", "jakarta")],
            ),
            // the verbs of the same stems are other words
            ("Prabowo menjalankan tugas di Jakarta.", &[]),
            ("Rapat Prabowo berjalan lancar di Jakarta.", &[]),
            ("Prabowo mengangkat Budi Santoso di Jakarta.", &[]),
        ],
    );
}

#[test]
fn a_subject_after_a_fronted_clause_opens_its_clause() {
    table(
        &["visits", "attacks"],
        &[
            // the fronted clause's subject, right after its comma
            (
                "Setelah tiba di Moskow , Prabowo bertemu Putin.",
                &[rel("visits", "prabowo-subianto", "moscow")],
            ),
            // a country apposed to the place is no attacker
            ("Serangan udara di Kursk , Rusia , menewaskan warga.", &[]),
            // nor a name deeper in the next clause
            (
                "Serangan terjadi di Kursk , dan pelakunya termasuk Ukraina.",
                &[],
            ),
        ],
    );
}

/// The names `mark_dateline` leaves as arguments in the first sentence.
fn after_dateline(text: &str) -> Vec<String> {
    let g = gaz();
    let prep = prepare(text);
    let mentions = find_mentions(text, &g, &prep);
    let range = prep.sentences[0].range.clone();
    let mut s = Sent::build(text, range, &mentions, &g);
    s.mark_dateline();
    s.ments
        .iter()
        .filter(|m| m.free())
        .map(|m| g.entities[m.entity as usize].id.clone())
        .collect()
}

#[test]
fn a_dateline_is_capitalised_words_up_to_a_dash_and_names_no_person() {
    let table: &[(&str, &[&str])] = &[
        (
            "Moskow , Rusia - Kim tiba di Seoul.",
            &["kim-jong-un", "seoul"],
        ),
        (
            "Moskow , Rusia – – Kim tiba di Seoul.",
            &["kim-jong-un", "seoul"],
        ),
        // people joined by a dash
        (
            "Putin - Kim tiba di Seoul.",
            &["vladimir-putin", "kim-jong-un", "seoul"],
        ),
        // a lowercase word before the dash: no dateline
        (
            "Kemarin di Moskow , Rusia - Kim tiba di Seoul.",
            &["moscow", "russia", "kim-jong-un", "seoul"],
        ),
        // a lowercase word after it: a name with a dash, no dateline
        ("Moskow - tempat Kim tiba.", &["moscow", "kim-jong-un"]),
        // the numbers of a date belong to it (fourteenth round)
        (
            "Moskow, Jan 23 (2018) -- Kim tiba di Seoul.",
            &["kim-jong-un", "seoul"],
        ),
        (
            "Moskow , 23/1 (2018) - Kim tiba di Seoul.",
            &["kim-jong-un", "seoul"],
        ),
        // a lowercase word among the numbers: no dateline
        (
            "Moskow on 23 January 2018 - Kim tiba di Seoul.",
            &["moscow", "kim-jong-un", "seoul"],
        ),
    ];
    for (text, want) in table {
        assert_eq!(after_dateline(text), *want, "\ntext: {text}");
    }
}

#[test]
fn a_place_named_in_the_visited_object_a_route_or_a_list_is_visited() {
    let v = |a: &str, b: &str| rel("visits", a, b);
    table(
        &["visits"],
        &[
            // the object's modifier
            (
                "Prabowo menyambangi makam pahlawan Kursk.",
                &[v("prabowo-subianto", "kursk")],
            ),
            (
                "Blinken visited the old port of Seoul.",
                &[v("antony-blinken", "seoul")],
            ),
            // not the object of another verb
            ("Prabowo berkunjung dan memuji Jakarta.", &[]),
            // a route
            (
                "Prabowo terbang melalui Beijing.",
                &[v("prabowo-subianto", "beijing")],
            ),
            ("Blinken flew via Seoul.", &[v("antony-blinken", "seoul")]),
            // a description, then the names
            (
                "Xi Jinping berangkat ke tiga kota sahabat , yaitu Moskow , Seoul dan Jakarta.",
                &[
                    v("xi-jinping", "moscow"),
                    v("xi-jinping", "seoul"),
                    v("xi-jinping", "jakarta"),
                ],
            ),
            (
                "Blinken traveled to two capitals, namely Moscow and Seoul.",
                &[v("antony-blinken", "moscow"), v("antony-blinken", "seoul")],
            ),
            // a long description is no object's
            (
                "Prabowo berangkat ke kota yang sangat jauh , tua dan besar sekali , yaitu Moskow.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_name_may_follow_a_title_acronym_or_an_initial() {
    table(
        &["meets", "holds_office"],
        &[
            // a title without a country, its acronym, then the name
            (
                "Prabowo menemui Menteri Luar Negeri ( Menlu ) , Sergei Lavrov .",
                &[rel("meets", "prabowo-subianto", "sergei-lavrov")],
            ),
            // an initial before the name
            (
                "Prabowo menemui Menteri Pertahanan Rusia , S Shoigu .",
                &[
                    rel("holds_office", "sergei-shoigu", "russia"),
                    rel("meets", "prabowo-subianto", "sergei-shoigu"),
                ],
            ),
            // a lowercase letter is no initial
            ("Prabowo menemui Menteri Pertahanan Rusia , s Shoigu .", &[]),
        ],
    );
}

#[test]
fn a_pair_belongs_to_the_nearest_trigger_and_a_demonym_modifies_the_object() {
    table(
        &["signs", "meets", "criticizes", "attacks"],
        &[
            // the pair after "talks" is the talks' pair, not the signing's
            (
                "Two documents were signed after the talks between Putin and Xi Jinping.",
                &[rel("meets", "vladimir-putin", "xi-jinping")],
            ),
            // a pair right after the trigger is still its own
            (
                "A treaty was signed between Russia and China.",
                &[rel("signs", "russia", "china")],
            ),
            // the demonym modifies the object: Russia is not condemned
            (
                "Indonesia condemned a Russian missile strike on Kursk.",
                &[rel("attacks", "russia", "kursk")],
            ),
            // a name as the object still counts
            (
                "Indonesia condemned Russia.",
                &[rel("criticizes", "indonesia", "russia")],
            ),
        ],
    );
}

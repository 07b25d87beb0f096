//! Issue 17, fifth round: the subject of a trigger inside a relative
//! clause, calls and threats as intent, units and ranks between a title
//! and the name, a deputy's office, and the offices of provinces and
//! cities. Every sentence is written for the tests, in both languages.

use super::tests::{ent, gaz, Rel, P};
use super::tests_round3::{check_cases, rel, relations_of};
use crate::base::types::EntityType;

/// The relations of `text` (kinds in `kinds`), with a gazetteer that also
/// knows a police force, a prosecutor's office, an armed group, a city
/// and two people of no office.
fn run5(text: &str, kinds: &[&str]) -> Vec<Rel> {
    let mut g = gaz();
    let org = EntityType::Organisation;
    let pl = EntityType::Place;
    let per = EntityType::Person;
    g.entities
        .push(ent("polri", org, &["Polri", "Kepolisian RI"], &[], vec![]));
    g.entities
        .push(ent("kejagung", org, &["Kejagung"], &[], vec![]));
    g.entities
        .push(ent("front-x", org, &["Front Merdeka"], &[], vec![]));
    g.entities.push(ent("bogor", pl, &["Bogor"], &[], vec![]));
    g.entities.push(ent(
        "budi-santoso",
        per,
        &["Budi Santoso", "Budi"],
        &[],
        vec![],
    ));
    g.entities
        .push(ent("rina-wati", per, &["Rina Wati", "Rina"], &[], vec![]));
    relations_of(text, &g, kinds)
}

fn table(kinds: &[&str], cases: &[(&str, &[Rel])]) {
    check_cases(|t| run5(t, kinds), cases);
}

fn planned(kind: &str, a: &str, b: &str) -> Rel {
    (kind.into(), a.into(), b.into(), P)
}

#[test]
fn a_relative_clause_takes_its_head_as_subject() {
    let v = |a: &str, b: &str| rel("visits", a, b);
    let at = |a: &str, b: &str| rel("attacks", a, b);
    table(
        &["visits", "attacks", "supports", "meets"],
        &[
            // the head of the relative clause is no entity: no subject,
            // not the pronoun or name before it
            (
                "Dia mengatakan , polisi mendata warga yang pernah berangkat ke Korea Utara .",
                &[],
            ),
            (
                "Putin mengecam negara-negara yang ikut menyerang Ukraina .",
                &[],
            ),
            (
                "Putin counted the citizens who had travelled to North Korea.",
                &[],
            ),
            // a noun trigger inside the clause, object of its verb, keeps
            // the agent the sentence gives it (regression: a seed
            // article's "perjalanan yang mencakup pertemuan dengan Putin")
            (
                "Ketika Xi mengunjungi Bogor , lawatan yang mencakup pertemuan dengan Putin berlangsung tiga hari .",
                &[
                    v("xi-jinping", "bogor"),
                    rel("meets", "xi-jinping", "vladimir-putin"),
                ],
            ),
            // ... but no agent from after the clause
            (
                "Mengkritik warga yang menolak pertemuan dengan Putin , Xi berbicara di Bogor .",
                &[],
            ),
            // a named head is the subject, even after a preposition
            (
                "Xi bertemu dengan Putin yang tiba di Beijing pada Senin .",
                &[
                    v("vladimir-putin", "beijing"),
                    rel("meets", "xi-jinping", "vladimir-putin"),
                ],
            ),
            (
                "Xi met Putin, who arrived in Beijing on Monday.",
                &[
                    v("vladimir-putin", "beijing"),
                    rel("meets", "xi-jinping", "vladimir-putin"),
                ],
            ),
            // a relative clause without a comma before it, closed before
            // the trigger, holds no subject
            (
                "Front Merdeka yang didukung Rusia , melancarkan serangan ke Kursk .",
                &[at("front-x", "kursk"), rel("supports", "russia", "front-x")],
            ),
            (
                "Serdadu Korea Utara yang didukung tentara Rusia , melancarkan serangan ke Kursk .",
                &[at("north-korea", "kursk")],
            ),
            // without a comma before it, only after a name: "yang
            // dipimpin oleh X" after a common noun may stand for the group
            (
                "Rombongan yang dipimpin Budi Santoso , menemui Putin di Moskow .",
                &[rel("meets", "budi-santoso", "vladimir-putin")],
            ),
        ],
    );
}

#[test]
fn calls_and_threats_are_intent() {
    table(
        &["attacks"],
        &[
            (
                "Serangan itu menyusul seruan Front Merdeka untuk melakukan serangan di Bogor .",
                &[planned("attacks", "front-x", "bogor")],
            ),
            (
                "Korea Utara mengancam melancarkan serangan ke Seoul .",
                &[planned("attacks", "north-korea", "seoul")],
            ),
            (
                "North Korea threatened to attack Seoul.",
                &[planned("attacks", "north-korea", "seoul")],
            ),
            (
                "North Korea called for an attack on Seoul.",
                &[planned("attacks", "north-korea", "seoul")],
            ),
        ],
    );
}

#[test]
fn units_and_ranks_between_a_title_and_the_name() {
    let h = |a: &str, b: &str| rel("holds_office", a, b);
    table(
        &["holds_office"],
        &[
            (
                "Kepala Bagian Penerangan Umum Divisi Humas Polri Komisaris Besar Budi Santoso mengatakan hal itu .",
                &[h("budi-santoso", "polri")],
            ),
            (
                "Kepala Pusat Penerangan Hukum ( Kapuspenkum ) Kejagung , Budi Santoso , menjelaskan .",
                &[h("budi-santoso", "kejagung")],
            ),
            (
                "Kepala Polri Jenderal Polisi Budi Santoso hadir .",
                &[h("budi-santoso", "polri")],
            ),
            (
                "Deputi Penindakan Kejagung Rina Wati hadir .",
                &[h("rina-wati", "kejagung")],
            ),
            (
                "Police chief of Polri General Budi Santoso attended.",
                &[h("budi-santoso", "polri")],
            ),
            // a rank without a name after it, or six capitalised words,
            // give nothing
            (
                "Kepala Polri Jenderal Polisi itu hadir bersama Budi Santoso .",
                &[],
            ),
            (
                "Kepala Satu Dua Tiga Empat Lima Enam Polri Budi Santoso hadir .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_mayor_or_governor_holds_no_office_in_a_place() {
    let h = |a: &str, b: &str| rel("holds_office", a, b);
    table(
        &["holds_office"],
        &[
            (
                "Wali Kota Bogor , Budi Santoso , mengatakan mobil itu hilang .",
                &[],
            ),
            (
                "The Mayor of Bogor, Budi Santoso, said the car was lost.",
                &[],
            ),
            // an organisation's governor still holds an office in it
            (
                "Gubernur Front Merdeka , Budi Santoso , mengatakan hal itu .",
                &[h("budi-santoso", "front-x")],
            ),
        ],
    );
}

#[test]
fn a_planned_appointment_gives_a_planned_office() {
    let h = |a: &str, b: &str| rel("holds_office", a, b);
    table(
        &["holds_office"],
        &[
            (
                "Budi Santoso akan dilantik sebagai Presiden Indonesia besok .",
                &[planned("holds_office", "budi-santoso", "indonesia")],
            ),
            (
                "Budi Santoso will be sworn in as President of Indonesia.",
                &[],
            ),
            (
                "Budi Santoso dilantik sebagai Presiden Indonesia pada Senin .",
                &[h("budi-santoso", "indonesia")],
            ),
            // negation still blocks
            (
                "Budi Santoso tidak dilantik sebagai Presiden Indonesia .",
                &[],
            ),
        ],
    );
}

//! Issue 17, eighth round: a title fused with its organisation in one
//! word ("Kapolri": the head of Polri, "Kapolda Metro Jaya") as offices
//! data, the agent of a passive appointment, and negotiations as
//! meetings. Every sentence is
//! written for the tests, in both languages.

use super::tests::{ent, gaz, Rel};
use super::tests_round3::{add, add_people, check_cases, rel, relations_of};
use crate::base::types::EntityType;

/// The relations of `text` (kinds in `kinds`), with a gazetteer that also
/// knows a police force (when `police`), a country and two people of no
/// office.
fn run8(text: &str, kinds: &[&str], police: bool) -> Vec<Rel> {
    let mut g = gaz();
    let org = EntityType::Organisation;
    if police {
        add(&mut g, "polri", org, &["Polri", "Kepolisian RI"]);
    }
    add(&mut g, "polda-metro-jaya", org, &["Polda Metro Jaya"]);
    g.entities.push(ent(
        "philippines",
        EntityType::Place,
        &["Filipina", "Philippines"],
        &["Filipino"],
        vec![],
    ));
    add_people(&mut g);
    relations_of(text, &g, kinds)
}

#[test]
fn a_title_fused_with_its_organisation_names_it() {
    let h = |a: &str, b: &str| rel("holds_office", a, b);
    let cases: &[(&str, &[Rel])] = &[
        (
            "Kapolri Jenderal Budi Santoso meninjau lokasi banjir .",
            &[h("budi-santoso", "polri")],
        ),
        (
            "Menurut Kapolri Budi Santoso , situasi sudah aman .",
            &[h("budi-santoso", "polri")],
        ),
        (
            "Wakapolri Komjen Rina Wati memimpin rapat itu .",
            &[h("rina-wati", "polri")],
        ),
        (
            "Kapolri Budi Santoso told reporters the area was safe .",
            &[h("budi-santoso", "polri")],
        ),
        (
            "Deputy chief Wakapolri Rina Wati led the meeting .",
            &[h("rina-wati", "polri")],
        ),
        // the rest of the organisation's name after the title
        (
            "Kapolda Metro Jaya Irjen Budi Santoso memimpin apel .",
            &[h("budi-santoso", "polda-metro-jaya")],
        ),
        (
            "Kapolda Metro Jaya Budi Santoso said the road was closed .",
            &[h("budi-santoso", "polda-metro-jaya")],
        ),
        // no name completes a known organisation: no relation
        ("Kapolda Metro Budi Santoso memimpin apel .", &[]),
        ("Kapolda Riau Budi Santoso led the parade .", &[]),
        // nor is the place after the title its organisation
        ("Kapolres Filipina Budi Santoso memimpin apel .", &[]),
        ("Kapolres Philippines Budi Santoso led the parade .", &[]),
        // a fused title alone names no holder here; a lowercase word is
        // no title
        ("Kapolri meninjau lokasi banjir .", &[]),
        ("The kapolri visited the site .", &[]),
    ];
    check_cases(|t| run8(t, &["holds_office"], true), cases);
    // the gazetteer does not know the organisation: no relation
    let unknown: &[(&str, &[Rel])] = &[
        ("Kapolri Jenderal Budi Santoso meninjau lokasi .", &[]),
        (
            "Kapolri Budi Santoso told reporters the area was safe .",
            &[],
        ),
    ];
    check_cases(|t| run8(t, &["holds_office"], false), unknown);
}

#[test]
fn the_agent_of_a_passive_appointment_is_no_appointee() {
    let h = |a: &str, b: &str| rel("holds_office", a, b);
    let cases: &[(&str, &[Rel])] = &[
        (
            "Rina dilantik oleh Presiden Budi Santoso sebagai Kapolri .",
            &[],
        ),
        (
            "Rina was sworn in by President Budi Santoso as Kapolri .",
            &[],
        ),
        // a relative clause on the agent describes the agent
        (
            "Operasi itu dipimpin oleh Rina Wati yang merupakan Kapolri .",
            &[h("rina-wati", "polri")],
        ),
        (
            "The raid was led by Rina Wati who served as Kapolri .",
            &[h("rina-wati", "polri")],
        ),
        // the appointee right before the appointment word keeps it
        (
            "Presiden melantik Rina Wati sebagai Kapolri .",
            &[h("rina-wati", "polri")],
        ),
        (
            "The president named Rina Wati as Kapolri .",
            &[h("rina-wati", "polri")],
        ),
    ];
    check_cases(|t| run8(t, &["holds_office"], true), cases);
}

#[test]
fn negotiations_and_talks_are_meetings() {
    let m = |a: &str, b: &str| rel("meets", a, b);
    let cases: &[(&str, &[Rel])] = &[
        (
            "Budi Santoso berunding dengan Rina Wati di Jakarta .",
            &[m("budi-santoso", "rina-wati")],
        ),
        (
            "Perundingan antara Budi Santoso dan Rina Wati berlangsung alot .",
            &[m("budi-santoso", "rina-wati")],
        ),
        (
            "Budi Santoso negotiated with Rina Wati in Jakarta .",
            &[m("budi-santoso", "rina-wati")],
        ),
        (
            "Talks between Budi Santoso and Rina Wati ended late .",
            &[m("budi-santoso", "rina-wati")],
        ),
        // a negotiation about a person is no meeting with that person
        ("Rina menolak merundingkan nasib Budi Santoso .", &[]),
    ];
    check_cases(|t| run8(t, &["meets"], true), cases);
}

#[test]
fn a_name_apposed_to_an_object_is_no_subject_of_a_later_clause() {
    let v = |a: &str, b: &str| rel("visits", a, b);
    let cases: &[(&str, &[Rel])] = &[
        (
            "Budi Santoso hendak melamar sang kekasih , Rina Wati , saat bertandang ke Filipina .",
            &[v("budi-santoso", "philippines")],
        ),
        // (English closes the clause at "when": no subject, none wrong)
        (
            "Budi Santoso wanted to propose to his girlfriend , Rina Wati , when visiting the Philippines .",
            &[],
        ),
        (
            "Budi Santoso tiba di Jakarta . Dia hendak melamar sang kekasih , Rina Wati , saat bertandang ke Filipina .",
            &[v("budi-santoso", "jakarta"), v("budi-santoso", "philippines")],
        ),
        // an unresolved pronoun before it: no subject, not the apposition
        // (a lowercase word before the first name: with none, the pronoun
        // opening the next sentence stands for it, eighteenth round)
        (
            "Pada Senin pagi Budi Santoso bertemu Rina Wati . Dia hendak melamar sang kekasih , Rina Wati , saat bertandang ke Filipina .",
            &[],
        ),
        // an apposition opening the clause is its subject
        (
            "Sang menteri , Rina Wati , tiba di Filipina .",
            &[v("rina-wati", "philippines")],
        ),
        (
            "The minister , Rina Wati , arrived in the Philippines .",
            &[v("rina-wati", "philippines")],
        ),
        (
            "Sang menteri , Rina Wati , saat tiba di Filipina , disambut hangat .",
            &[v("rina-wati", "philippines")],
        ),
        // an object told to act is the subject of the act
        (
            "Budi Santoso menugaskan sang menteri , Rina Wati , untuk berkunjung ke Filipina .",
            &[v("rina-wati", "philippines")],
        ),
        (
            "Budi Santoso sent the minister , Rina Wati , to visit the Philippines .",
            &[v("rina-wati", "philippines")],
        ),
        // a name before the comma is no lowercase noun: the apposition
        // names the subject
        (
            "Kekasih Budi Santoso , Rina Wati , tiba di Filipina .",
            &[v("rina-wati", "philippines")],
        ),
    ];
    check_cases(|t| run8(t, &["visits"], false), cases);
}

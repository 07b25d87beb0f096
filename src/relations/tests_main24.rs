//! Issue 17, twenty-fourth round, main's share: a meeting noun right after
//! a sidelines word ("di sela-sela Pertemuan ...", "on the sidelines of
//! the meeting of ...") names the gathering, not a meeting of the persons
//! before it; a meeting verb in the same sentence keeps its meeting.
//! Every sentence is written for the tests.

use super::tests_round3::{check_cases, people_gaz, rel, relations_of};
use crate::base::types::EntityType;
use crate::gazetteer::Gazetteer;

/// A gazetteer with three persons and a city.
fn people() -> Gazetteer {
    people_gaz(&[
        ("ana-putri", EntityType::Person, &["Ana Putri"]),
        ("budi-santoso", EntityType::Person, &["Budi Santoso"]),
        ("carla-mendes", EntityType::Person, &["Carla Mendes"]),
        ("surabaya", EntityType::Place, &["Surabaya"]),
    ])
}

fn meets(text: &str) -> Vec<super::tests::Rel> {
    relations_of(text, &people(), &["meets"])
}

#[test]
fn a_gathering_named_on_the_sidelines_is_no_meeting_of_the_signatories() {
    check_cases(
        meets,
        &[
            (
                "Nota kesepahaman ditandatangani oleh Ana Putri , Budi Santoso dan Carla Mendes di sela-sela Pertemuan Menteri Perdagangan ke-12 di Surabaya .",
                &[],
            ),
            (
                "The memorandum was signed by Ana Putri and Budi Santoso on the sidelines of the Meeting of Trade Ministers in Surabaya .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_meeting_verb_beside_a_sidelines_gathering_keeps_its_meeting() {
    check_cases(
        meets,
        &[
            (
                "Ana Putri bertemu Budi Santoso di sela-sela Pertemuan Menteri Perdagangan ke-12 di Surabaya .",
                &[rel("meets", "ana-putri", "budi-santoso")],
            ),
            (
                "Ana Putri met Budi Santoso on the sidelines of the Meeting of Trade Ministers in Surabaya .",
                &[rel("meets", "ana-putri", "budi-santoso")],
            ),
            // a meeting noun that is no gathering's name still is one
            (
                "Pertemuan Ana Putri dan Budi Santoso berlangsung di Surabaya .",
                &[rel("meets", "ana-putri", "budi-santoso")],
            ),
        ],
    );
}

/// heldout19 en-07: "Timor-Leste Prime Minister X ... last May" in a
/// November article, his term having ended in July, is the office held
/// that May, not history. The test gazetteer ends Shoigu's term as
/// defence minister on 2024-05-11.
#[test]
fn regression_a_past_time_inside_an_ended_term_keeps_the_office() {
    use super::tests::{check, A};
    let k = &["holds_office"];
    let office = || {
        [super::tests::rel(
            "holds_office",
            "sergei-shoigu",
            "russia",
            A,
        )]
    };
    // the sentence's own time falls in the term
    for text in [
        "Putin praised Russian Defence Minister Sergei Shoigu last March.",
        "Putin memuji Menteri Pertahanan Rusia Sergei Shoigu pada Maret lalu.",
        "Putin praised Russian Defence Minister Sergei Shoigu in April 2024.",
        "Putin praised Russian Defence Minister Sergei Shoigu on 2 May 2024.",
    ] {
        check(text, Some("2024-09-13"), k, &office());
    }
    // no time, or a time after the term: history
    for text in [
        "Putin praised Russian Defence Minister Sergei Shoigu.",
        "Putin praised Russian Defence Minister Sergei Shoigu last August.",
        "Putin memuji Menteri Pertahanan Rusia Sergei Shoigu pada Agustus lalu.",
        "Putin praised Russian Defence Minister Sergei Shoigu in June 2024.",
    ] {
        check(text, Some("2024-09-13"), k, &[]);
    }
}

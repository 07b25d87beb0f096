//! Issue 17, twenty-sixth round, part C: visits told by a meeting's
//! place. Every sentence is written for the tests, in both languages,
//! with traps that must give no visit.

use super::tests::{Rel, A};
use super::tests_round3::{check_cases, people_relations_of, with};

/// An asserted visit.
fn v(a: &str, b: &str) -> Rel {
    with("visits", a, b, A)
}

const PUTIN: &str = "vladimir-putin";
const KIM: &str = "kim-jong-un";

#[test]
fn the_subject_of_talks_held_in_a_city_abroad_visits_it() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            // the place between the trigger and its far object
            (
                "Vladimir Putin held talks in Beijing on Tuesday with the premier and with the speaker .",
                &[v(PUTIN, "beijing")],
            ),
            (
                "Vladimir Putin bertemu di Beijing pada Selasa dengan para menteri .",
                &[v(PUTIN, "beijing")],
            ),
            // traps: at home; talks to come; no object after the place
            (
                "Vladimir Putin berbicara di Beijing pada Selasa .",
                &[],
            ),
            (
                "Vladimir Putin held talks in Moscow on Tuesday with the premier .",
                &[],
            ),
            (
                "Vladimir Putin will hold talks in Beijing on Tuesday with the premier .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_clause_placing_the_meeting_before_sets_its_town() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            (
                "Vladimir Putin met Kim Jong Un on Tuesday . The meeting was held in private at the State Guest House in Beijing .",
                &[v(KIM, "beijing"), v(PUTIN, "beijing")],
            ),
            (
                "Vladimir Putin met Kim Jong Un on Tuesday . According to aides , the two meetings were held at Beijing 's Great Hall .",
                &[v(KIM, "beijing"), v(PUTIN, "beijing")],
            ),
            (
                "Vladimir Putin bertemu Kim Jong Un . Pertemuan itu berlangsung Selasa ( 5/9/2023 ) di gedung Aula Besar , Wisma Negara ( WN ) , Beijing , China .",
                &[v(KIM, "beijing"), v(PUTIN, "beijing")],
            ),
            // traps: a meeting not named before; no meeting in the
            // sentence before; the one at home gets nothing
            (
                "Vladimir Putin met Kim Jong Un on Tuesday . A meeting was held in Beijing .",
                &[],
            ),
            (
                "Vladimir Putin bertemu Kim Jong Un . Pertemuan berikutnya digelar di Beijing .",
                &[],
            ),
            (
                "Vladimir Putin spoke on Tuesday . The meeting was held in Beijing .",
                &[],
            ),
            (
                "Vladimir Putin met Kim Jong Un on Tuesday . The meeting was held at the Kremlin in Moscow .",
                &[v(KIM, "moscow")],
            ),
        ],
    );
}

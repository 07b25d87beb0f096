//! Issue 17, twenty-ninth round, part C1: visits from receptions,
//! meetings and gatherings at a named place abroad. A reception's time
//! phrase before its venue, a town that owns its venue ("in X's Y"), a
//! determiner before the place ("in the United States"), a ceremony
//! holding the reception ("dengan upacara kenegaraan di halaman Istana
//! Y , Z"), and a person's clause at a gathering in a named city. Every
//! sentence is written for the tests, in both languages where the
//! construction exists in both, with traps that must give no visit.

use super::tests::{Rel, A};
use super::tests_round3::{check_cases, people_relations_of, with};

/// An asserted visit.
fn v(a: &str, b: &str) -> Rel {
    with("visits", a, b, A)
}

const PUTIN: &str = "vladimir-putin";
const KIM: &str = "kim-jong-un";
const XI: &str = "xi-jinping";

#[test]
fn a_reception_after_a_time_phrase_or_in_a_towns_venue_is_a_visit() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            (
                "Kim Jong Un welcomed Vladimir Putin on Tuesday at a ceremony in Pyongyang .",
                &[v(PUTIN, "pyongyang")],
            ),
            (
                "Kim Jong Un menyambut Vladimir Putin pada Selasa di Istana Kumsusan , Pyongyang .",
                &[v(PUTIN, "pyongyang")],
            ),
            (
                "Kim Jong Un welcomed Vladimir Putin at a ceremony in Pyongyang's Ryugyong Hotel .",
                &[v(PUTIN, "pyongyang")],
            ),
            (
                "Kim Jong Un menyambut Vladimir Putin dengan upacara kenegaraan di halaman Istana Kumsusan , Pyongyang .",
                &[v(PUTIN, "pyongyang")],
            ),
            (
                "Kim Jong Un welcomed Vladimir Putin with a ceremony in the courtyard of the palace in Pyongyang .",
                &[v(PUTIN, "pyongyang")],
            ),
            // traps: a place beyond another clause; a person after the
            // possessive is no venue; a manner after "dengan" is no
            // ceremony
            (
                "Kim Jong Un welcomed Vladimir Putin on Tuesday and spoke about trade in Seoul .",
                &[],
            ),
            (
                "Kim Jong Un welcomed Vladimir Putin in Pyongyang's Xi Jinping era .",
                &[],
            ),
            (
                "Kim Jong Un menyambut Vladimir Putin dengan hangat di halaman Istana Kumsusan , Pyongyang .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_place_after_a_determiner_closes_a_meetings_venue() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            (
                "Vladimir Putin held talks with Kim Jong Un in the United States on Monday .",
                &[v(KIM, "united-states"), v(PUTIN, "united-states")],
            ),
            // trap: a demonym after the determiner is no place (the city
            // is the venue's place, no visit to Russia)
            (
                "Xi Jinping met Kim Jong Un in the Russian city of Vladivostok on Monday .",
                &[v(KIM, "vladivostok"), v(XI, "vladivostok")],
            ),
        ],
    );
}

#[test]
fn a_persons_clause_at_a_gathering_in_a_named_city_abroad_is_a_visit() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            (
                "Vladimir Putin told reporters at the summit in Beijing that trade would grow .",
                &[v(PUTIN, "beijing")],
            ),
            (
                "Vladimir Putin berpidato di sela-sela KTT di Beijing .",
                &[v(PUTIN, "beijing")],
            ),
            // traps: at home; a plan; a clause broken by commas; a
            // gathering of the UN
            (
                "Xi Jinping told reporters at the summit in Beijing that trade would grow .",
                &[],
            ),
            ("Vladimir Putin will speak at the summit in Beijing .", &[]),
            ("Vladimir Putin akan berpidato di sela-sela KTT di Beijing .", &[]),
            (
                "Vladimir Putin , who stayed in Russia , praised the deals at the summit in Beijing .",
                &[],
            ),
            (
                "Kim Jong Un spoke at the UN summit in Beijing on Monday .",
                &[],
            ),
        ],
    );
}

#[test]
fn the_gathering_reader_leaves_a_meetings_object_to_the_meeting() {
    // the meeting's own reading gives both; nothing more is added
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[(
            "Kim Jong Un met Xi Jinping at the summit in Moscow .",
            &[v(KIM, "moscow"), v(XI, "moscow")],
        )],
    );
}

//! Issue 17, twentieth round, part A: meetings and visits. A plain meeting
//! in a named city is a visit of each person whose country (an office's,
//! in the text or the gazetteer) is not the city's (the capitals and
//! cities data, or the text's "City , Country"). Every sentence is written
//! for the tests, in both languages, with traps that must give no
//! relation.

use super::tests::{Rel, A};
use super::tests_round3::{check_cases, people_relations_of, with, BUDI};

/// An asserted visit.
fn v(a: &str, b: &str) -> Rel {
    with("visits", a, b, A)
}

const PUTIN: &str = "vladimir-putin";
const KIM: &str = "kim-jong-un";
const XI: &str = "xi-jinping";

#[test]
fn a_meeting_in_a_named_city_abroad_is_a_visit_of_the_one_away_from_home() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            // both away from home
            (
                "Vladimir Putin met Kim Jong Un in Beijing on Tuesday .",
                &[v(KIM, "beijing"), v(PUTIN, "beijing")],
            ),
            (
                "Vladimir Putin bertemu dengan Kim Jong Un di Beijing , Selasa .",
                &[v(KIM, "beijing"), v(PUTIN, "beijing")],
            ),
            // the host at home gets nothing
            (
                "Xi Jinping held talks with Vladimir Putin in Beijing on Tuesday .",
                &[v(PUTIN, "beijing")],
            ),
            (
                "Presiden Rusia Vladimir Putin bertemu Xi Jinping di Moskow , Rabu .",
                &[v(XI, "moscow")],
            ),
            // a city the data does not place, placed by the text
            (
                "Xi Jinping mengadakan pertemuan bilateral dengan Kim Jong Un di Vladivostok , Rusia , Senin .",
                &[v(KIM, "vladivostok"), v(XI, "vladivostok")],
            ),
            // a city before a gathering is still the meeting's place
            (
                "Kim Jong Un met Xi Jinping in Moscow on the sidelines of the summit .",
                &[v(KIM, "moscow"), v(XI, "moscow")],
            ),
            // traps: a person of no known country gets nothing
            (
                "Budi Santoso met Vladimir Putin in Beijing on Tuesday .",
                &[v(PUTIN, "beijing")],
            ),
            ("Budi Santoso bertemu Rina Wati di Beijing .", &[]),
            // traps: a city of no known country
            ("Xi Jinping met Kim Jong Un in Vladivostok on Monday .", &[]),
            // the city of a gathering: no visit before the twenty-second
            // round; the newer golds (heldout15 to heldout17) count it, and
            // a gathering of the UN still gives none (tests_round22.rs)
            (
                "Vladimir Putin met Kim Jong Un on the sidelines of the summit in Beijing .",
                &[v(KIM, "beijing"), v(PUTIN, "beijing")],
            ),
            (
                "Vladimir Putin bertemu Kim Jong Un di sela KTT di Beijing .",
                &[v(KIM, "beijing"), v(PUTIN, "beijing")],
            ),
            // traps: a meeting yet to come, or denied
            ("Vladimir Putin will meet Kim Jong Un in Beijing next week .", &[]),
            ("Vladimir Putin akan bertemu Kim Jong Un di Beijing pekan depan .", &[]),
            // traps: both at home
            ("Vladimir Putin met Sergei Lavrov in Moscow on Monday .", &[]),
            // traps: a venue right after "at" is no city
            ("Vladimir Putin met Kim Jong Un at Jakarta .", &[]),
        ],
    );
}

#[test]
fn the_text_names_the_person_country_before_the_gazetteer() {
    // Budi has no office in the gazetteer: the title gives his country
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            (
                "Menteri Luar Negeri Rusia Budi Santoso bertemu Xi Jinping di Beijing , Selasa .",
                &[v(BUDI, "beijing")],
            ),
            // trap: his title's country is the city's
            (
                "Chinese Foreign Minister Budi Santoso met Xi Jinping in Beijing on Tuesday .",
                &[],
            ),
        ],
    );
}

const PRABOWO: &str = "prabowo-subianto";

#[test]
fn a_visit_owned_after_a_meeting_is_the_one_away_from_home() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            (
                "Vladimir Putin held talks with Xi Jinping in Beijing during his official visit to China .",
                &[v(PUTIN, "beijing"), v(PUTIN, "china")],
            ),
            (
                "Xi Jinping met Vladimir Putin on Tuesday during his state visit to China .",
                &[v(PUTIN, "china")],
            ),
            (
                "Prabowo Subianto bertemu Vladimir Putin dalam kunjungan kerjanya ke Rusia , Selasa .",
                &[v(PRABOWO, "russia")],
            ),
            // traps: both away from home, or one of no known country
            (
                "Vladimir Putin met Kim Jong Un during his visit to China .",
                &[],
            ),
            ("Budi Santoso met Xi Jinping during his visit to China .", &[]),
            // traps: no meeting before the visit, or no link
            (
                "Vladimir Putin praised Xi Jinping during his visit to China .",
                &[],
            ),
            (
                "Xi Jinping met Vladimir Putin and discussed his visit to China .",
                &[],
            ),
            // the reception's guest stays the guest's
            (
                "Xi Jinping welcomed Vladimir Putin on his first visit to China .",
                &[v(PUTIN, "china")],
            ),
        ],
    );
}

#[test]
fn a_visit_of_no_named_owner_after_a_meeting_is_the_one_away_from_home() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            (
                "Vladimir Putin met Xi Jinping on Monday during a working visit to Beijing .",
                &[v(PUTIN, "beijing")],
            ),
            // (a bare Indonesian noun keeps the earlier reading: domestic
            // news names no country to settle it by)
            // traps: both away, or one of no known country
            (
                "Vladimir Putin met Kim Jong Un during a working visit to Beijing .",
                &[],
            ),
            (
                "Budi Santoso met Xi Jinping during a working visit to Beijing .",
                &[],
            ),
        ],
    );
}

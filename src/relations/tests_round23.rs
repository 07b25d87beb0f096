//! Issue 17, twenty-third round, part A: meetings, visits and receptions.
//! An event hosted for a guest and its place, the subject past an
//! accompanying phrase, a coordinated passive sharing its clause's
//! subject, a pronoun after a semicolon, a title modifier before a title,
//! a noun trigger as the purpose of a planned arrival, and the noun "host".
//! Every sentence is written for the tests, in both languages where the
//! rule has both, with traps that must give no relation.

use super::tests::{Rel, A, P};
use super::tests_round3::{check_cases, people_relations_of, with, BUDI, RINA};

/// An asserted visit.
fn v(a: &str, b: &str) -> Rel {
    with("visits", a, b, A)
}

/// A meeting, its pair in id order.
fn met_as(a: &str, b: &str, m: crate::base::types::Modality) -> Rel {
    let (a, b) = if a < b { (a, b) } else { (b, a) };
    with("meets", a, b, m)
}

/// An asserted meeting, its pair in id order.
fn met(a: &str, b: &str) -> Rel {
    met_as(a, b, A)
}

const PUTIN: &str = "vladimir-putin";
const KIM: &str = "kim-jong-un";
const XI: &str = "xi-jinping";
const PRABOWO: &str = "prabowo-subianto";

#[test]
fn an_event_hosted_for_a_guest_is_a_meeting_and_its_place_a_visit() {
    check_cases(
        |t| people_relations_of(t, &["meets", "visits"]),
        &[
            (
                "Xi Jinping hosted a welcome ceremony in Beijing on Friday morning for Vladimir Putin .",
                &[met(XI, PUTIN), v(PUTIN, "beijing")],
            ),
            (
                "Xi Jinping hosted an official welcoming ceremony for Kim Jong Un .",
                &[met(XI, KIM)],
            ),
            (
                "Xi Jinping hosted a state banquet at the Great Hall in Beijing for Vladimir Putin .",
                &[met(XI, PUTIN), v(PUTIN, "beijing")],
            ),
            // the host at home, and a guest of no known country, get no visit
            (
                "Vladimir Putin hosted a dinner in Moscow for Kim Jong Un .",
                &[met(PUTIN, KIM), v(KIM, "moscow")],
            ),
            (
                "Xi Jinping hosted a dinner in Beijing for Budi Santoso .",
                &[met(XI, BUDI)],
            ),
            // traps: no person after "for"; an event yet to come; a place
            // after the guest is the reception's, not the event's
            (
                "Xi Jinping hosted a welcome ceremony in Beijing for the delegation .",
                &[],
            ),
            (
                "Xi Jinping will host a dinner in Beijing for Vladimir Putin .",
                &[met_as(XI, PUTIN, P)],
            ),
            (
                "Xi Jinping hosted a summit for the first time in Beijing .",
                &[],
            ),
        ],
    );
}

#[test]
fn an_accompanying_person_is_no_subject() {
    check_cases(
        |t| people_relations_of(t, &["meets"]),
        &[
            (
                "Prabowo Subianto , didampingi Budi Santoso , menyambut Vladimir Putin .",
                &[met(PRABOWO, PUTIN)],
            ),
            (
                "Prabowo Subianto , ditemani Budi Santoso , menerima Kim Jong Un di Istana .",
                &[met(PRABOWO, KIM)],
            ),
            (
                "Kim Jong Un , didampingi Budi Santoso , disambut Prabowo Subianto .",
                &[met(PRABOWO, KIM)],
            ),
            // traps: no comma closing the phrase; a comma-enclosed name
            // after no accompanying word
            (
                "Budi Santoso , Rina Wati , menyambut Vladimir Putin .",
                &[met(RINA, PUTIN)],
            ),
            (
                "Prabowo Subianto , didampingi istrinya , menyambut Vladimir Putin .",
                &[met(PRABOWO, PUTIN)],
            ),
        ],
    );
}

#[test]
fn a_passive_after_and_shares_its_clause_subject() {
    check_cases(
        |t| people_relations_of(t, &["meets"]),
        &[
            (
                "Vladimir Putin met Xi Jinping , and was welcomed at the ministry by Kim Jong Un .",
                &[met(PUTIN, XI), met(PUTIN, KIM)],
            ),
            (
                "Vladimir Putin met Xi Jinping and was later received by Kim Jong Un .",
                &[met(PUTIN, XI), met(PUTIN, KIM)],
            ),
            // trap: a relative clause's passive has the clause's head
            (
                "Vladimir Putin met Xi Jinping , who was welcomed by Kim Jong Un .",
                &[met(PUTIN, XI), met(XI, KIM)],
            ),
        ],
    );
}

#[test]
fn a_pronoun_after_a_semicolon_is_the_sentence_opener() {
    check_cases(
        |t| people_relations_of(t, &["meets"]),
        &[
            (
                "Vladimir Putin arrived and was received by Xi Jinping ; he also met Kim Jong Un .",
                &[met(PUTIN, XI), met(PUTIN, KIM)],
            ),
            (
                "Vladimir Putin tiba dan diterima Xi Jinping ; ia juga bertemu Kim Jong Un .",
                &[met(PUTIN, XI), met(PUTIN, KIM)],
            ),
            // trap: the sentence opens with no name
            (
                "On Monday , Vladimir Putin met Xi Jinping ; he also met Kim Jong Un .",
                &[met(PUTIN, XI)],
            ),
        ],
    );
}

#[test]
fn a_title_modifier_belongs_to_the_name() {
    check_cases(
        |t| people_relations_of(t, &["meets"]),
        &[
            (
                "Vladimir Putin met the new Minister of Foreign Affairs of Indonesia , Budi Santoso , on Monday .",
                &[met(PUTIN, BUDI)],
            ),
            (
                "Vladimir Putin met the newly appointed Minister of Defence of Indonesia Budi Santoso .",
                &[met(PUTIN, BUDI)],
            ),
            // traps: no name after the title; no meeting verb
            (
                "Vladimir Putin met the new Minister of Foreign Affairs of Indonesia on Monday .",
                &[],
            ),
            (
                "Vladimir Putin praised the new Minister of Foreign Affairs of Indonesia , Budi Santoso .",
                &[],
            ),
        ],
    );
}

#[test]
fn talks_after_a_planned_arrival_are_planned() {
    check_cases(
        |t| people_relations_of(t, &["meets"]),
        &[
            (
                "Vladimir Putin will also arrive in Beijing on Tuesday for talks with Xi Jinping .",
                &[met_as(PUTIN, XI, P)],
            ),
            (
                "Vladimir Putin akan tiba di Beijing pada Selasa untuk pembicaraan dengan Xi Jinping .",
                &[met_as(PUTIN, XI, P)],
            ),
            // traps: an arrival that took place; "for" before no trigger
            // (the meeting after the comma keeps its own modality)
            (
                "Vladimir Putin arrived in Beijing on Tuesday for talks with Xi Jinping .",
                &[met(PUTIN, XI)],
            ),
            (
                "Vladimir Putin will arrive in Beijing for a day , and he met Xi Jinping last year .",
                &[met(PUTIN, XI)],
            ),
        ],
    );
}

#[test]
fn the_noun_host_names_the_host_not_the_guest() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            (
                "Kim Jong Un was received by his host Vladimir Putin at the palace in Moscow .",
                &[v(KIM, "moscow")],
            ),
            // the verb keeps its guest
            (
                "Vladimir Putin received Kim Jong Un at the palace in Moscow .",
                &[v(KIM, "moscow")],
            ),
        ],
    );
}

#[test]
fn coordinated_persons_after_their_countries_meet() {
    check_cases(
        |t| people_relations_of(t, &["meets", "visits"]),
        &[
            (
                "Presidents Vladimir Putin of Russia and Xi Jinping of China met on Sunday .",
                &[met(PUTIN, XI)],
            ),
            (
                "Vladimir Putin dari Rusia dan Xi Jinping bertemu pada Senin .",
                &[met(PUTIN, XI)],
            ),
            (
                "Budi Santoso of Indonesia and Rina Wati met on Monday .",
                &[met(BUDI, RINA)],
            ),
            // traps: no person before the country; a meeting yet to come
            // (planned)
            (
                "The ambassador of Russia and Xi Jinping met on Sunday .",
                &[],
            ),
            (
                "Vladimir Putin of Russia and Xi Jinping will meet on Monday .",
                &[met_as(PUTIN, XI, P)],
            ),
        ],
    );
}

#[test]
fn a_place_fronted_before_a_meeting_is_visited_by_the_one_away() {
    check_cases(
        |t| people_relations_of(t, &["meets", "visits"]),
        &[
            (
                "Di Beijing , Vladimir Putin diterima oleh Xi Jinping .",
                &[met(PUTIN, XI), v(PUTIN, "beijing")],
            ),
            (
                "Pada Senin ( 12/3 ) , di Kota Beijing , Xi Jinping bertemu Vladimir Putin .",
                &[met(PUTIN, XI), v(PUTIN, "beijing")],
            ),
            (
                "In Moscow , Vladimir Putin met Kim Jong Un .",
                &[met(PUTIN, KIM), v(KIM, "moscow")],
            ),
            // traps: persons of no known country; no place fronted; a
            // meeting yet to come; no comma after the place
            (
                "Di Beijing , Budi Santoso bertemu Rina Wati .",
                &[met(BUDI, RINA)],
            ),
            (
                "In 2019 , Vladimir Putin met Kim Jong Un .",
                &[met(PUTIN, KIM)],
            ),
            (
                "Di Beijing , Xi Jinping akan bertemu Vladimir Putin .",
                &[met_as(PUTIN, XI, P)],
            ),
            (
                "In Moscow Vladimir Putin met Kim Jong Un .",
                &[met(PUTIN, KIM)],
            ),
        ],
    );
}

#[test]
fn a_title_joined_to_the_next_belongs_to_the_name() {
    check_cases(
        |t| people_relations_of(t, &["meets"]),
        &[
            (
                "Xi Jinping menerima Deputi Perdana Menteri merangkap Menteri Luar Negeri Indonesia , Budi Santoso .",
                &[met(XI, BUDI)],
            ),
            // traps: no name after the titles; a lowercase word before the
            // joining word
            (
                "Xi Jinping menerima Deputi Perdana Menteri merangkap Menteri Luar Negeri Indonesia .",
                &[],
            ),
            (
                "Xi Jinping menerima pejabat merangkap Menteri Luar Negeri Indonesia , Budi Santoso .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_capital_named_with_its_country_is_visited() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            (
                "Vladimir Putin arrived in China 's capital Beijing on Monday .",
                &[v(PUTIN, "china"), v(PUTIN, "beijing")],
            ),
            (
                "Vladimir Putin then travelled to the capital of China , Beijing .",
                &[v(PUTIN, "china"), v(PUTIN, "beijing")],
            ),
            (
                "Vladimir Putin tiba di ibu kota China , Beijing , pada Senin .",
                &[v(PUTIN, "china"), v(PUTIN, "beijing")],
            ),
            // traps: no city named; no visit
            (
                "Vladimir Putin arrived in China 's capital on Monday .",
                &[v(PUTIN, "china")],
            ),
            ("Vladimir Putin praised China 's capital Beijing .", &[]),
        ],
    );
}

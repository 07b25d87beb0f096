//! Issue 17, twenty-eighth round, part C: visits. An envoy in the capital
//! he serves makes no visit whoever he meets there; a visit noun that is
//! the purpose of a departure ("will leave on Thursday for an official
//! visit to X") is planned as the departure is. Every sentence is written
//! for the tests, in both languages, with traps that must give no visit
//! or keep the visit's reading.

use super::tests::{Rel, A, P};
use super::tests_round3::{check_cases, people_relations_of, with, BUDI};

/// A visit of modality `m`.
fn v(a: &str, b: &str, m: crate::base::types::Modality) -> Rel {
    with("visits", a, b, m)
}

const KIM: &str = "kim-jong-un";

#[test]
fn an_envoy_meeting_in_the_capital_he_serves_makes_no_visit() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            (
                "Kim Jong Un bertemu dengan Duta Besar Rusia untuk Korea Utara Budi Santoso di Pyongyang , Selasa .",
                &[],
            ),
            (
                "Kim Jong Un met the Russian Ambassador to North Korea , Budi Santoso , in Pyongyang on Tuesday .",
                &[],
            ),
            // traps: an envoy posted elsewhere is away from his post
            (
                "Kim Jong Un bertemu dengan Duta Besar Rusia untuk China Budi Santoso di Pyongyang , Selasa .",
                &[v(BUDI, "pyongyang", A)],
            ),
            (
                "Kim Jong Un met the Russian Ambassador to China , Budi Santoso , in Pyongyang on Tuesday .",
                &[v(BUDI, "pyongyang", A)],
            ),
        ],
    );
}

#[test]
fn a_visit_a_departure_is_for_takes_its_plan() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            (
                "Kim Jong Un will leave on Thursday for a two-day official visit to Russia .",
                &[v(KIM, "russia", P)],
            ),
            (
                "Kim Jong Un akan berangkat pada Kamis untuk kunjungan kenegaraan ke Rusia .",
                &[v(KIM, "russia", P)],
            ),
            (
                "Kim Jong Un will leave on Thursday for his first official visit to Russia .",
                &[v(KIM, "russia", P)],
            ),
            // traps: a departure made, and a visit with no departure
            (
                "Kim Jong Un left on Thursday for a two-day official visit to Russia .",
                &[v(KIM, "russia", A)],
            ),
            (
                "Kim Jong Un berangkat pada Kamis untuk kunjungan kenegaraan ke Rusia .",
                &[v(KIM, "russia", A)],
            ),
            (
                "Kim Jong Un will speak on Thursday , after his official visit to Russia .",
                &[v(KIM, "russia", A)],
            ),
        ],
    );
}

const PUTIN: &str = "vladimir-putin";

#[test]
fn a_relative_clause_visit_with_a_numbered_modifier_is_its_heads() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            (
                "Xi Jinping met with Vladimir Putin , who was on a 24-hour working visit to Ukraine .",
                &[v(PUTIN, "ukraine", A)],
            ),
            // trap: the clause has a verb of its own
            (
                "Xi Jinping met Vladimir Putin , who said a 24-hour visit to Ukraine was cancelled .",
                &[],
            ),
        ],
    );
}

#[test]
fn an_invitation_after_a_planned_visit_is_made() {
    check_cases(
        |t| people_relations_of(t, &["visits", "invites"]),
        &[
            (
                "Kim Jong Un will make an official visit to Russia at the invitation of Vladimir Putin .",
                &[v(KIM, "russia", P), with("invites", PUTIN, KIM, A)],
            ),
            (
                "Kim Jong Un will fly to Moscow next week for his first state visit to Russia , at the invitation of Vladimir Putin .",
                &[
                    v(KIM, "moscow", P),
                    v(KIM, "russia", P),
                    with("invites", PUTIN, KIM, A),
                ],
            ),
        ],
    );
    // trap: a purpose clause still takes the plan
    check_cases(
        |t| people_relations_of(t, &["meets"]),
        &[(
            "Kim Jong Un will fly to Russia to meet Vladimir Putin .",
            &[with("meets", KIM, PUTIN, P)],
        )],
    );
}

#[test]
fn a_guest_welcomed_to_a_palace_or_at_a_ceremony_in_a_city_visits_it() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            (
                "Xi Jinping welcomed Kim Jong Un to the Great Hall of the People in Beijing on Tuesday .",
                &[v(KIM, "beijing", A)],
            ),
            (
                "Xi Jinping welcomed Kim Jong Un at a banquet held at the Great Hall in Beijing .",
                &[v(KIM, "beijing", A)],
            ),
            (
                "Kim Jong Un disambut secara resmi oleh Xi Jinping dalam upacara kenegaraan di Aula Besar Rakyat , Beijing , Sabtu .",
                &[v(KIM, "beijing", A)],
            ),
            // traps: no place after the preposition
            ("Xi Jinping welcomed Kim Jong Un to the talks on Tuesday .", &[]),
            (
                "Kim Jong Un disambut oleh Xi Jinping dalam suasana hangat .",
                &[],
            ),
        ],
    );
}

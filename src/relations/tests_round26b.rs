//! Issue 17, twenty-sixth round, part B: meetings and receptions. A name
//! after a title the office data does not know, a greeter or interlocutor
//! introduced again by its preposition, an agent past a place phrase, a
//! courtesy call received, a list of counterparts each with a country,
//! and a visitor heading a relative clause of its reception. Every
//! sentence is written for the tests, in both languages where the rule
//! has both, with traps that must give no relation (or not the wrong one).

use super::tests_round3::{check_cases, met, people_relations_of as rels, BUDI, RINA};

const PUTIN: &str = "vladimir-putin";
const LAVROV: &str = "sergei-lavrov";
const PRABOWO: &str = "prabowo-subianto";

/// Meetings only.
fn meets(t: &str) -> Vec<super::tests::Rel> {
    rels(t, &["meets"])
}

#[test]
fn a_name_after_a_title_the_office_data_does_not_know() {
    check_cases(
        meets,
        &[
            (
                "Vladimir Putin held talks on Tuesday with Chairman of the State Duma ( Parliament ) of Russia Budi Santoso and with Foreign Minister of Russia Sergei Lavrov .",
                &[met(PUTIN, BUDI), met(PUTIN, LAVROV)],
            ),
            (
                "Prabowo Subianto bertemu Ketua Majelis Nasional Rakyat Rusia Budi Santoso , Menteri Luar Negeri Rusia Sergei Lavrov , dan Rina Wati .",
                &[met(PRABOWO, BUDI), met(PRABOWO, LAVROV), met(PRABOWO, RINA)],
            ),
            (
                "Prabowo Subianto bertemu dengan Presiden Senat Budi Santoso .",
                &[met(PRABOWO, BUDI)],
            ),
            // trap: a lowercase head opens no title
            (
                "Vladimir Putin held talks with the chairman of the Russia Duma Budi Santoso .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_second_titled_greeter_after_its_preposition() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso was received at the airport by Vladimir Putin and by Foreign Minister of Russia Sergei Lavrov .",
                &[met(BUDI, PUTIN), met(BUDI, LAVROV)],
            ),
            (
                "Budi Santoso disambut oleh Vladimir Putin dan oleh Menteri Luar Negeri Rusia Sergei Lavrov di bandara .",
                &[met(BUDI, PUTIN), met(BUDI, LAVROV)],
            ),
            // trap: a preposition before no person adds none
            (
                "Budi Santoso was received by Vladimir Putin and by the staff of Russia .",
                &[met(BUDI, PUTIN)],
            ),
        ],
    );
}

#[test]
fn an_agent_past_a_place_phrase() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso was met at the Jubilee Lounge of the Sheremetyevo International Airport by President Vladimir Putin .",
                &[met(BUDI, PUTIN)],
            ),
            (
                "Budi Santoso disambut di Ruang VIP Bandara Internasional Sheremetyevo Terminal B oleh Vladimir Putin .",
                &[met(BUDI, PUTIN)],
            ),
            // trap: a phrase holding no venue is no place phrase
            (
                "Budi Santoso was met at the end of the long Jubilee Week by Vladimir Putin .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_courtesy_call_received() {
    check_cases(
        meets,
        &[
            (
                "Vladimir Putin received a courtesy call from Budi Santoso .",
                &[met(BUDI, PUTIN)],
            ),
            // trap: a plain call is a telephone's
            ("Vladimir Putin received a call from Budi Santoso .", &[]),
        ],
    );
}

#[test]
fn counterparts_each_with_a_country() {
    check_cases(
        meets,
        &[
            (
                "Sergei Lavrov met on Tuesday with his counterparts Budi Santoso of Ukraine and Rina Wati of South Korea .",
                &[met(LAVROV, BUDI), met(LAVROV, RINA)],
            ),
            // trap: two countries of one counterpart
            (
                "Sergei Lavrov met with Budi Santoso of Ukraine and South Korea .",
                &[met(LAVROV, BUDI)],
            ),
        ],
    );
}

#[test]
fn a_visitor_heads_the_relative_clause_of_its_reception() {
    check_cases(
        meets,
        &[
            (
                "Pemerintah Kota Bandung menerima kunjungan kehormatan Budi Santoso , yang disambut langsung Vladimir Putin di Balai Kota .",
                &[met(BUDI, PUTIN)],
            ),
            // trap: the owner of another noun heads no reception
            (
                "Pemerintah Kota Bandung menerima laporan kerusakan Budi Santoso , yang disambut langsung Vladimir Putin .",
                &[],
            ),
        ],
    );
}

//! Issue 17, twenty-fifth round, part B: receptions, greeters and
//! see-offs, and the city they happen in. Every sentence is written for
//! the tests, in both languages where the rule has both, with traps that
//! must give no relation (or not the wrong one).

use super::tests::Rel;
use super::tests_round3::{check_cases, met, people_relations_of as rels, rel, BUDI, RINA};

/// Moscow's id (a city the lexicon places in Russia).
const MOSCOW: &str = "moscow";

/// A visit of `a` to `b`.
fn visit(a: &str, b: &str) -> Rel {
    rel("visits", a, b)
}

const PUTIN: &str = "vladimir-putin";
const KIM: &str = "kim-jong-un";
const LAVROV: &str = "sergei-lavrov";

#[test]
fn an_honorific_a_rank_or_a_gloss_between_title_and_name() {
    let office = |a: &str| rel("holds_office", a, "russia");
    check_cases(
        |t| rels(t, &["holds_office", "meets"]),
        &[
            (
                "Russian President Samdech Moha Borvor Thipadei Vladimir Putin met Budi Santoso .",
                &[office(PUTIN), met(BUDI, PUTIN)],
            ),
            (
                "Presiden Rusia Samdech Vladimir Putin bertemu Budi Santoso .",
                &[office(PUTIN), met(BUDI, PUTIN)],
            ),
            (
                "Russian Foreign Minister Lt Gen Sergei Lavrov met Budi Santoso .",
                &[office(LAVROV), met(BUDI, LAVROV)],
            ),
            (
                "Menteri Luar Negeri Rusia ( Minister of Foreign Affairs of Russia ) Sergei Lavrov bertemu Budi Santoso .",
                &[office(LAVROV), met(BUDI, LAVROV)],
            ),
            // trap: a bracket holding lowercase words is no gloss
            (
                "Menteri Luar Negeri Rusia ( kiri atas ) Sergei Lavrov bertemu Budi Santoso .",
                &[met(BUDI, LAVROV)],
            ),
        ],
    );
}

#[test]
fn a_greeter_joined_to_the_agent_of_a_reception() {
    check_cases(
        |t| rels(t, &["meets", "visits"]),
        &[
            (
                "Budi Santoso disambut oleh Vladimir Putin beserta istri , Rina Wati di Istana Petrovsky , Moskow .",
                &[met(BUDI, PUTIN), met(BUDI, RINA), visit(BUDI, MOSCOW)],
            ),
            (
                "Budi Santoso was received by Vladimir Putin along with Rina Wati at the Petrovsky Palace in Moscow .",
                &[met(BUDI, PUTIN), met(BUDI, RINA), visit(BUDI, MOSCOW)],
            ),
            (
                "Budi Santoso was received by Vladimir Putin and Rina Wati in Moscow .",
                &[met(BUDI, PUTIN), met(BUDI, RINA), visit(BUDI, MOSCOW)],
            ),
            // trap: a partner joined to the guest of an active reception
            // is no greeter
            (
                "Vladimir Putin menyambut Budi Santoso beserta Rina Wati .",
                &[met(BUDI, PUTIN)],
            ),
        ],
    );
}

#[test]
fn a_pick_up_and_a_see_off_are_receptions() {
    check_cases(
        |t| rels(t, &["meets", "visits"]),
        &[
            (
                "Budi Santoso dijemput Vladimir Putin di Bandara Vnukovo , Moskow .",
                &[met(BUDI, PUTIN), visit(BUDI, MOSCOW)],
            ),
            // the one represented gets no meeting
            (
                "Rina Wati , mewakili Vladimir Putin , mengantarkan kepulangan Budi Santoso dari Bandara Vnukovo , Moskow .",
                &[met(BUDI, RINA), visit(BUDI, MOSCOW)],
            ),
            (
                "Rina Wati , on behalf of Vladimir Putin , welcomed Budi Santoso .",
                &[met(BUDI, RINA)],
            ),
            // trap: "dari" names a guest's origin after a plain reception
            (
                "Vladimir Putin menerima Budi Santoso dari Moskow .",
                &[met(BUDI, PUTIN)],
            ),
        ],
    );
}

#[test]
fn a_guest_received_through_his_visit_or_as_visiting() {
    check_cases(
        |t| rels(t, &["meets", "visits"]),
        &[
            (
                "Vladimir Putin received the official visit of Kim Jong Un at the Petrovsky Palace in Moscow .",
                &[met(KIM, PUTIN), visit(KIM, MOSCOW)],
            ),
            (
                "Vladimir Putin hosted a dinner in Moscow on Friday for visiting Kim Jong Un .",
                &[met(KIM, PUTIN), visit(KIM, MOSCOW)],
            ),
            // trap: news is no visit
            (
                "Vladimir Putin received the news of Kim Jong Un in Moscow .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_partner_joined_to_a_subject_named_before() {
    check_cases(
        |t| rels(t, &["meets"]),
        &[
            (
                "Budi Santoso tiba lebih dahulu , dan sore harinya bersama Rina Wati menyambut Vladimir Putin di bandara .",
                &[met(BUDI, PUTIN), met(PUTIN, RINA)],
            ),
            // trap: a partner after the trigger is not taken
            (
                "Budi Santoso menyambut Vladimir Putin bersama Rina Wati .",
                &[met(BUDI, PUTIN)],
            ),
            // trap: a clause word between partner and trigger: the partner is
            // the relative clause's subject alone
            (
                "Budi Santoso tiba bersama Rina Wati yang kemudian menyambut Vladimir Putin .",
                &[met(PUTIN, RINA)],
            ),
        ],
    );
}

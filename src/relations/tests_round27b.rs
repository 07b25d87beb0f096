//! Issue 17, twenty-seventh round, part B: meetings, receptions and
//! invitations. A colleague or a host standing for the name after it, a
//! counterpart from a named country, an object past a time phrase, and an
//! invitation in an adjunct ("came at the invitation of X", "At the
//! invitation of X , Y will travel"). Every sentence is written for the
//! tests, in both languages where the rule has both, with traps that must
//! give no relation (or not the wrong one).

use super::tests_round3::{check_cases, met, people_relations_of as rels, rel, BUDI};

const PUTIN: &str = "vladimir-putin";
const LAVROV: &str = "sergei-lavrov";
const PRABOWO: &str = "prabowo-subianto";

/// Meetings only.
fn meets(t: &str) -> Vec<super::tests::Rel> {
    rels(t, &["meets"])
}

/// Invitations only.
fn invites(t: &str) -> Vec<super::tests::Rel> {
    rels(t, &["invites"])
}

#[test]
fn a_colleague_or_a_host_stands_for_the_name_after_it() {
    check_cases(
        meets,
        &[
            (
                "Prabowo Subianto met his Russian colleague Vladimir Putin on Friday .",
                &[met(PRABOWO, PUTIN)],
            ),
            (
                "Budi Santoso was received by his host Dr Vladimir Putin at the palace .",
                &[met(BUDI, PUTIN)],
            ),
            // trap: a place after the comma is no one met
            ("Prabowo Subianto met his hosts , Russia said .", &[]),
        ],
    );
}

#[test]
fn a_counterpart_from_a_named_country() {
    check_cases(
        meets,
        &[
            (
                "Prabowo Subianto received his counterpart from Russia , Vladimir Putin , at the palace .",
                &[met(PRABOWO, PUTIN)],
            ),
            (
                "Prabowo Subianto menerima mitranya dari Rusia , Vladimir Putin , di istana .",
                &[met(PRABOWO, PUTIN)],
            ),
            // trap: the country with no name after it
            ("Prabowo Subianto received his counterpart from Russia .", &[]),
        ],
    );
}

#[test]
fn an_object_past_a_time_phrase() {
    check_cases(
        meets,
        &[
            (
                "Prabowo Subianto received on Monday Vladimir Putin at the palace .",
                &[met(PRABOWO, PUTIN)],
            ),
            (
                "Prabowo Subianto met yesterday his Russian counterpart , Vladimir Putin .",
                &[met(PRABOWO, PUTIN)],
            ),
            (
                "Prabowo Subianto menerima pada Senin Vladimir Putin di istana .",
                &[met(PRABOWO, PUTIN)],
            ),
            // trap: a time phrase before no name
            (
                "Prabowo Subianto arrived on Monday , Vladimir Putin said .",
                &[],
            ),
        ],
    );
}

#[test]
fn an_invitation_in_an_adjunct() {
    check_cases(
        invites,
        &[
            (
                "Prabowo Subianto came at the invitation of Vladimir Putin .",
                &[rel("invites", PUTIN, PRABOWO)],
            ),
            (
                "Prabowo Subianto datang atas undangan Vladimir Putin .",
                &[rel("invites", PUTIN, PRABOWO)],
            ),
            (
                "Prabowo Subianto visited Moscow at the invitation of his Russian counterpart , Vladimir Putin .",
                &[rel("invites", PUTIN, PRABOWO)],
            ),
            (
                "At the invitation of Her Excellency Vladimir Putin , President of Russia , Prabowo Subianto travelled to Moscow .",
                &[rel("invites", PUTIN, PRABOWO)],
            ),
            // honorifics with their full stops (the test harness split
            // sentences after "Dr. " until the twenty-eighth round)
            (
                "At the invitation of Her Excellency Dr. Vladimir Putin , President of Russia , Prabowo Subianto travelled to Moscow .",
                &[rel("invites", PUTIN, PRABOWO)],
            ),
            // trap: a person before the adjunct is the one invited, not
            // the first person after it
            (
                "Sergei Lavrov , at the invitation of Vladimir Putin , met Budi Santoso .",
                &[rel("invites", PUTIN, LAVROV)],
            ),
        ],
    );
}

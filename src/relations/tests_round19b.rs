//! Issue 17, nineteenth round, part B: lists, groups and events. Titled
//! persons coordinated as arguments where the title is qualified by words
//! the office data does not know ("called on Senate President X and
//! Supreme Court President Y"); a trigger coordinated after a planned one
//! shares its modality ("will pay a courtesy call on X and hold meetings
//! with Y"). Every sentence is written for the tests, in both languages
//! where the rule has both, with traps that must give no relation (or
//! not the wrong one).

use super::tests::{Rel, A, P};
use super::tests_round3::{check_cases, meeting as meets, people_relations_of, with, BUDI, RINA};

const PUTIN: &str = "vladimir-putin";

#[test]
fn qualified_titles_open_their_holders_phrase() {
    check_cases(
        |t| people_relations_of(t, &["meets"]),
        &[
            (
                "Vladimir Putin called on Senate President Budi Santoso and Supreme Court President Rina Wati .",
                &[meets(PUTIN, BUDI, A), meets(PUTIN, RINA, A)],
            ),
            (
                "Vladimir Putin was received by Foreign Affairs Cabinet Secretary Budi Santoso and Labour Secretary Rina Wati .",
                &[meets(PUTIN, BUDI, A), meets(PUTIN, RINA, A)],
            ),
            (
                "Vladimir Putin met Labour Secretary Budi Santoso on Friday .",
                &[meets(PUTIN, BUDI, A)],
            ),
            (
                "Vladimir Putin disambut oleh Deputi Sekretaris Jenderal Budi Santoso dan Rina Wati .",
                &[meets(PUTIN, BUDI, A), meets(PUTIN, RINA, A)],
            ),
            // traps: a day name is no qualifier (the subject stays one);
            // a long capitalised run is a name, not a title; capitalised
            // words with no title word last are none
            (
                "On Monday Senate President Budi Santoso met Rina Wati .",
                &[meets(BUDI, RINA, A)],
            ),
            (
                "Vladimir Putin met The Grand Old Eastern Senate President Budi Santoso .",
                &[],
            ),
            (
                "Vladimir Putin met Golden Eagle Budi Santoso .",
                &[],
            ),
        ],
    );
}

#[test]
fn plural_meeting_nouns_are_meetings() {
    check_cases(
        |t| people_relations_of(t, &["meets"]),
        &[
            (
                "Budi Santoso held separate meetings with Rina Wati and Vladimir Putin .",
                &[meets(BUDI, RINA, A), meets(BUDI, PUTIN, A)],
            ),
            (
                "Budi Santoso will hold meetings with Rina Wati .",
                &[meets(BUDI, RINA, P)],
            ),
            // trap: meetings with no person named
            ("Budi Santoso held meetings on trade .", &[]),
        ],
    );
}

#[test]
fn a_coordinated_trigger_shares_the_earlier_ones_plan() {
    check_cases(
        |t| people_relations_of(t, &["meets"]),
        &[
            (
                "Vladimir Putin will pay a courtesy call on Budi Santoso and hold talks with Rina Wati .",
                &[meets(PUTIN, BUDI, P), meets(PUTIN, RINA, P)],
            ),
            (
                "Vladimir Putin akan bertemu Budi Santoso dan menggelar pertemuan dengan Rina Wati .",
                &[meets(PUTIN, BUDI, P), meets(PUTIN, RINA, P)],
            ),
            // traps: an asserted first trigger; a clause between; a
            // list word with a name after it
            (
                "Vladimir Putin met Budi Santoso on Monday and held talks with Rina Wati .",
                &[meets(PUTIN, BUDI, A), meets(PUTIN, RINA, A)],
            ),
            (
                "Vladimir Putin will meet Budi Santoso , who held talks with Rina Wati .",
                &[meets(PUTIN, BUDI, P), meets(BUDI, RINA, A)],
            ),
            (
                "Vladimir Putin akan bertemu Budi Santoso , sedangkan Rina Wati sudah menggelar pertemuan dengan Budi Santoso kemarin .",
                &[meets(PUTIN, BUDI, P), meets(BUDI, RINA, A)],
            ),
        ],
    );
}

/// A sanction of the United States, asserted.
fn us_sanctions(b: &str) -> Rel {
    with("sanctions", "united-states", b, A)
}

const LAVROV: &str = "sergei-lavrov";

#[test]
fn a_groups_list_runs_on_over_semicolons() {
    check_cases(
        |t| people_relations_of(t, &["sanctions"]),
        &[
            (
                "The United States imposed sanctions on three officials on Friday . They are the head of the national police , Budi Santoso ; the chief of the state television , Rina Wati ; and Sergei Lavrov .",
                &[us_sanctions(BUDI), us_sanctions(RINA), us_sanctions(LAVROV)],
            ),
            (
                "Amerika Serikat menjatuhkan sanksi terhadap tiga pejabat pada Jumat . Mereka adalah kepala kepolisian , Budi Santoso ; direktur televisi negara , Rina Wati ; dan Sergei Lavrov .",
                &[us_sanctions(BUDI), us_sanctions(RINA), us_sanctions(LAVROV)],
            ),
            // traps: a clause after the semicolon names no member; no
            // count before
            (
                "The United States imposed sanctions on two officials on Friday . They are Budi Santoso ; Rina Wati , meanwhile , said the move was unfair .",
                &[us_sanctions(BUDI)],
            ),
            (
                "The United States imposed sanctions on officials on Friday . They are Budi Santoso ; Rina Wati ; and Sergei Lavrov .",
                &[],
            ),
        ],
    );
}

/// The relations of `text` with Sri Lanka known (a name whose first word
/// is an honorific elsewhere: "Sri").
fn with_sri_lanka(text: &str, kinds: &[&str]) -> Vec<Rel> {
    let g = super::tests_round3::people_gaz(&[(
        "sri-lanka",
        crate::base::types::EntityType::Place,
        &["Sri Lanka"],
    )]);
    super::tests_round3::unordered_relations_of(text, &g, kinds)
}

#[test]
fn aid_named_by_a_noun_has_its_possessor_and_its_target() {
    check_cases(
        |t| with_sri_lanka(t, &["supports", "visits", "meets"]),
        &[
            (
                "Budi Santoso thanked Rina Wati for China's budget support to Sri Lanka .",
                &[with("supports", "china", "sri-lanka", A)],
            ),
            (
                "Budi Santoso recalled China's assistance to Sri Lanka .",
                &[with("supports", "china", "sri-lanka", A)],
            ),
            (
                "They discussed Vladimir Putin's upcoming visit to Sri Lanka .",
                &[with("visits", PUTIN, "sri-lanka", P)],
            ),
            (
                "Budi Santoso akan berkunjung ke Sri Lanka .",
                &[with("visits", BUDI, "sri-lanka", P)],
            ),
            // traps: a noun before an -ing verb is its subject; an -ing
            // noun with a preposition after it is a noun
            (
                "Russia said the coalition supporting Ukraine will meet on Friday .",
                &[],
            ),
            (
                "Budi Santoso held a bilateral meeting with Rina Wati .",
                &[meets(BUDI, RINA, A)],
            ),
        ],
    );
}

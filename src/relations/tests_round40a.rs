//! Issue 17, fortieth round, part A: an English state form and its "of"
//! before an envoy's posting ("to the Republic of X", "to the State of
//! X") and before the country of a pair in a list of envoys ("..., and of
//! the Republic of X, Name"); a state's national body named by its
//! demonym after a title's "of" ("X, the director of the Chilean Social
//! Security Institute;", "the Vice President of the Peruvian Supreme
//! Court of Justice, X"). Every sentence is written for the tests, with
//! traps that must give no relation (or not the wrong one).

use super::tests_round3::{check_cases, office};
use super::tests_round37a::{DANI, LENA, TOMAS};
// The offices with round 37a's persons and three countries: round 39a's.
use super::tests_round39a::rels;

#[test]
fn a_state_form_before_an_envoys_posting() {
    check_cases(
        rels,
        &[
            (
                "He was welcomed by Dani Arko, the High Commissioner of the Republic of Chile to the Republic of Peru, at the airport.",
                &[office(DANI, "chile")],
            ),
            (
                "The minister met Lena Vos, the Ambassador of the Kingdom of Nepal to the State of Peru, on Monday.",
                &[office(LENA, "nepal")],
            ),
            (
                "The minister met Tomas Reyko, the Ambassador of Chile to the Republic of Peru.",
                &[office(TOMAS, "chile")],
            ),
            // traps: the posting's country is no office of the envoy; a
            // state form before no country closes nothing
            (
                "The minister met Lena Vos, the Ambassador to the Republic of Peru, on Monday.",
                &[],
            ),
            (
                "The minister met Dani Arko, the Ambassador of Chile to the Republic of Freedonia, on Monday.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_state_form_before_the_country_of_a_pair_in_a_list_of_envoys() {
    check_cases(
        rels,
        &[
            (
                "The President received the credentials of the ambassadors of Chile, Dani Arko, of the Republic of Nepal, Lena Vos, and of the State of Peru, Tomas Reyko.",
                &[
                    office(DANI, "chile"),
                    office(LENA, "nepal"),
                    office(TOMAS, "peru"),
                ],
            ),
            (
                "The President received the ambassadors of the Republic of Chile, Dani Arko, and of the Kingdom of Nepal, Lena Vos.",
                &[office(DANI, "chile"), office(LENA, "nepal")],
            ),
            // trap: a state form before a word that is no country ends
            // the list
            (
                "The President received the ambassadors of Chile, Dani Arko, and of the Republic of Freedonia, Lena Vos.",
                &[office(DANI, "chile")],
            ),
        ],
    );
}

#[test]
fn a_national_body_named_by_its_demonym_after_the_titles_of() {
    check_cases(
        rels,
        &[
            (
                "The officials are Dani Arko, the director of the Chilean Social Security Institute; Lena Vos, the acting president of the Nepalese Supreme Electoral Council; and others.",
                &[office(DANI, "chile"), office(LENA, "nepal")],
            ),
            (
                "The Vice President of the Peruvian Supreme Court of Justice, Tomas Reyko, said the ruling stands.",
                &[office(TOMAS, "peru")],
            ),
            (
                "He met Lena Vos, the head of the Chilean National Security Office, on Friday.",
                &[office(LENA, "chile")],
            ),
            // traps: a chamber is no national body; no holder, before or
            // after; a body after no demonym
            (
                "The Speaker of the Nepalese National Assembly, Dani Arko, said the vote stands.",
                &[],
            ),
            (
                "The director of the Chilean Social Security Institute said the fund is safe.",
                &[],
            ),
            (
                "Dani Arko said the director of the Chilean Social Security Institute was away.",
                &[],
            ),
            (
                "He met Lena Vos, the head of the National Security Office, on Friday.",
                &[],
            ),
        ],
    );
}

//! Issue 17, thirty-ninth round, part A: up to three modifiers between a
//! title and its country (two envoy's statuses and a state's form:
//! "Duta Besar LBBP Designate Resident Kerajaan X"); an initial, an
//! honorific or a rank opening the name after an envoy's postings ("untuk
//! X dan Y M. Z", "untuk X dan Y, Laksma TNI Z"); an owner's possessive
//! before a state's body opening the title ("X's foreign ministry
//! spokesman Y"); the offices of a general secretary, a treasurer and a
//! special representative of an organisation; a title after its
//! holder's name whose portfolio goes on past the office data's words
//! ("X, Y's Minister of Trade and Industry,"); the honorific "Haji"; an
//! amount between a request and the support asked for. Every sentence is
//! written for the tests, with traps that must give no relation (or not
//! the wrong one).

use super::tests::Rel;
use super::tests_round3::{check_cases, office, relations_with};
use super::tests_round37a::{DANI, LENA, PEOPLE, TOMAS};
use crate::base::types::EntityType;

/// A party the organisation offices' tests name.
const PARTY: &str = "partai-maju";

/// Round 37a's three persons, a party and an international body.
const NAMED: &[(&str, EntityType, &[&str])] = &[
    (DANI, EntityType::Person, &["Dani Arko"]),
    (LENA, EntityType::Person, &["Lena Vos"]),
    (TOMAS, EntityType::Person, &["Tomas Reyko"]),
    (PARTY, EntityType::Organisation, &["Partai Maju"]),
    ("united-nations", EntityType::Organisation, &["PBB", "UN"]),
];

/// Three countries of the tests, with their demonyms.
const COUNTRIES: &[(&str, &str, &str)] = &[
    ("chile", "Chile", "Chilean"),
    ("nepal", "Nepal", "Nepalese"),
    ("peru", "Peru", "Peruvian"),
];

/// The offices in `text` with round 37a's persons and three countries.
pub(super) fn rels(text: &str) -> Vec<Rel> {
    relations_with(text, PEOPLE, COUNTRIES, &["holds_office"])
}

/// The offices in `text` with the persons, the party and the body.
fn org_rels(text: &str) -> Vec<Rel> {
    relations_with(text, NAMED, COUNTRIES, &["holds_office"])
}

#[test]
fn two_statuses_and_a_state_form_between_the_title_and_its_country() {
    check_cases(
        rels,
        &[
            (
                "Presiden menerima Dani Arko, Duta Besar LBBP Designate Resident Kerajaan Chile untuk Peru, di Istana.",
                &[office(DANI, "chile")],
            ),
            (
                "Mereka adalah Dani Arko, Duta Besar LBBP Designate Resident Republik Chile untuk Peru; Lena Vos, Duta Besar LBBP Designate Resident Kerajaan Nepal untuk Peru.",
                &[office(DANI, "chile"), office(LENA, "nepal")],
            ),
            (
                "Selanjutnya Tomas Reyko sebagai Duta Besar LBBP Designate Resident Republik Nepal untuk Peru.",
                &[office(TOMAS, "nepal")],
            ),
            (
                "Duta Besar Resident Chile Lena Vos tiba di Lima, Senin.",
                &[office(LENA, "chile")],
            ),
            // traps: no country after the modifiers; a fourth word of no
            // status before the country
            (
                "Dani Arko, Duta Besar LBBP Designate Resident Kerajaan, hadir.",
                &[],
            ),
            (
                "Dani Arko, Duta Besar LBBP Designate Resident Kerajaan Baru Chile, hadir.",
                &[],
            ),
        ],
    );
}

#[test]
fn an_initial_or_a_rank_after_an_envoy_s_postings() {
    check_cases(
        rels,
        &[
            (
                "Presiden menerima Duta Besar Peru untuk Chile dan Nepal D. Dani Arko di Istana Merdeka.",
                &[office(DANI, "peru")],
            ),
            (
                "Atase Pertahanan Peru untuk Chile dan Nepal, Laksma TNI Lena Vos, menyambut kapal itu.",
                &[office(LENA, "peru")],
            ),
            (
                "Duta Besar Peru untuk Chile dan Nepal, Kolonel Tomas Reyko, hadir.",
                &[office(TOMAS, "peru")],
            ),
            // traps: the posting names no holder; a rank opens no name
            (
                "Duta Besar Peru untuk Chile dan Nepal, Kolonel, hadir bersama Dani Arko.",
                &[],
            ),
            (
                "Dani Arko menjadi Duta Besar Peru untuk Chile dan Nepal dan D. Lena Vos hadir.",
                &[office(DANI, "peru")],
            ),
        ],
    );
}

#[test]
fn an_owner_before_a_state_body_opening_the_title() {
    check_cases(
        rels,
        &[
            (
                "Chile's foreign ministry spokesman Dani Arko said on Monday that talks would go on.",
                &[office(DANI, "chile")],
            ),
            (
                "Nepal's army spokesperson Lena Vos said the road was open.",
                &[office(LENA, "nepal")],
            ),
            (
                "Peru's Foreign Ministry spokesman Tomas Reyko denied the report.",
                &[office(TOMAS, "peru")],
            ),
            // traps: a person as the owner; a verb between the owner and
            // the body; no body before the title
            (
                "Dani Arko's office spokesman Lena Vos said on Monday.",
                &[],
            ),
            (
                "Chile's decision to leave the ministry spokesman Lena Vos out was criticised.",
                &[],
            ),
            (
                "Chile's new rules spokesman Lena Vos said on Monday.",
                &[],
            ),
        ],
    );
}

#[test]
fn offices_of_an_organisation_and_a_special_representative() {
    check_cases(
        org_rels,
        &[
            (
                "Hadir dalam acara itu Sekretaris Umum Partai Maju Dani Arko dan Bendahara Umum Partai Maju Lena Vos.",
                &[office(DANI, PARTY), office(LENA, PARTY)],
            ),
            (
                "Perwakilan Khusus PBB untuk Chile, Tomas Reyko, tiba di Santiago.",
                &[office(TOMAS, "united-nations")],
            ),
            (
                "He met Tomas Reyko, the UN Special Representative to Nepal, on Monday.",
                &[office(TOMAS, "united-nations")],
            ),
            // traps: a treasurer with no organisation; a general secretary
            // named only by a former post
            (
                "Bendahara Dani Arko membayar tagihan itu.",
                &[],
            ),
            (
                "Mantan Sekretaris Umum Partai Maju Lena Vos hadir.",
                &[],
            ),
        ],
    );
}

#[test]
fn haji_before_a_name_after_a_title() {
    check_cases(
        rels,
        &[
            (
                "He met Chile's Sultan Haji Dani Arko on Monday.",
                &[office(DANI, "chile")],
            ),
            (
                "Presiden bertemu Sultan Nepal Haji Lena Vos di Istana.",
                &[office(LENA, "nepal")],
            ),
            // trap: "Haji" with no title before it gives no office
            ("Haji Tomas Reyko tiba di Chile.", &[]),
        ],
    );
}

#[test]
fn support_asked_for_with_an_amount_is_none_given() {
    let run = |t: &str| relations_with(t, PEOPLE, COUNTRIES, &["supports"]);
    check_cases(
        run,
        &[
            (
                "Dani Arko asked for any support Lena Vos could give to the plan.",
                &[],
            ),
            ("Chile asked for more support from Peru on Monday.", &[]),
            // trap: an amount with no request before it is support given
            (
                "Chile gave more support to Peru on Monday.",
                &[super::tests_round3::rel("supports", "chile", "peru")],
            ),
        ],
    );
}

#[test]
fn a_portfolio_going_on_in_a_title_after_the_name() {
    check_cases(
        rels,
        &[
            (
                "He met Dani Arko, Chile's Minister of Trade and Industry, on Monday.",
                &[office(DANI, "chile")],
            ),
            (
                "Lena Vos, Nepal's Minister of Foreign Affairs, Trade and Investment, arrived on Monday.",
                &[office(LENA, "nepal")],
            ),
            (
                "Tomas Reyko, the Minister of Foreign Affairs and International Cooperation of Peru, spoke.",
                &[office(TOMAS, "peru")],
            ),
            // traps: the title's holder is the name after it; a title with
            // no name; a run that does not close
            (
                "Dani Arko met Chile's Minister of Trade and Industry Lena Vos on Monday.",
                &[office(LENA, "chile")],
            ),
            (
                "Dani Arko met Chile's Minister of Trade and Industry on Monday.",
                &[],
            ),
            (
                "Dani Arko, Chile's Minister of Trade and Industry Board members said on Monday.",
                &[],
            ),
        ],
    );
}

//! Issue 17, forty-first round, part A: a capitalised event noun opening a
//! chunk before a title and its country ("Jakarta: Kunjungan Presiden X
//! Y", "upacara Penobatan Kaisar X Y"); a shortened middle name of two
//! letters with its period ("X Th. Y") that ended the sentence; a demonym
//! inside a minister's portfolio and a portfolio of more parts than the
//! title's tail read ("X's Minister of Foreign Affairs, African
//! Cooperation and Moroccan Expatriates, Y"); an envoy's title with a
//! hyphened status before its posting ("Y, Ambassador-designate of X to
//! Z,"); a region inside a portfolio ("Menteri Luar Negeri dan Urusan
//! Eropa Republik X, Y"); a portfolio after the title's country ("Menteri
//! Federal X untuk Lingkungan Hidup Y"); a mission's head after its seat
//! or posting ("Kepala Perwakilan X di Z, Y", "the X Head of Mission to
//! Z, Y"). Every sentence is written for the tests, with traps that must
//! give no relation (or not the wrong one).

use super::tests::Rel;
use super::tests_round3::{check_cases, office, relations_with};
use super::tests_round37a::{DANI, LENA, PEOPLE, TOMAS};
// The offices with round 37a's persons and three countries: round 39a's.
use super::tests_round39a::rels;
use crate::base::types::EntityType;

/// A person whose name holds a shortened middle name of two letters.
const GUDRUN: &str = "gudrun-th-vik";

/// The offices in `text` with round 37a's persons, Gudrun and Chile.
fn named_rels(text: &str) -> Vec<Rel> {
    let mut people = PEOPLE.to_vec();
    people.push((GUDRUN, EntityType::Person, &["Gudrun Th. Vik"]));
    relations_with(
        text,
        &people,
        &[("chile", "Chile", "Chilean")],
        &["holds_office"],
    )
}

#[test]
fn an_event_noun_opening_the_chunk_of_a_title() {
    check_cases(
        rels,
        &[
            (
                "Jakarta: Kunjungan Presiden Chile Dani Arko ke Peru menghasilkan kesepakatan penting.",
                &[office(DANI, "chile")],
            ),
            (
                "Wakil Presiden hadir di Tokyo untuk upacara Penobatan Kaisar Nepal Lena Vos, Selasa.",
                &[office(LENA, "nepal")],
            ),
            (
                "Kedatangan Perdana Menteri Peru Tomas Reyko disambut Presiden.",
                &[office(TOMAS, "peru")],
            ),
            // traps: a title naming no country gives none; the event noun
            // is no country
            (
                "Jakarta: Kunjungan Presiden Dani Arko ke Peru menghasilkan kesepakatan penting.",
                &[],
            ),
            (
                "Jakarta: Kunjungan Kerja Dani Arko ke Peru menghasilkan kesepakatan penting.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_shortened_middle_name_of_two_letters_ends_no_sentence() {
    check_cases(
        named_rels,
        &[
            (
                "During his visit he met the President of Chile, Gudrun Th. Vik, and the two talked about trade.",
                &[office(GUDRUN, "chile")],
            ),
            // trap: the name with no title gives none
            (
                "During his visit he met Gudrun Th. Vik, and the two talked about trade.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_demonym_inside_a_long_portfolio_before_the_name() {
    check_cases(
        rels,
        &[
            (
                "Chile's Minister of Foreign Affairs, African Cooperation and Chilean Expatriates, Dani Arko, held talks in Lima.",
                &[office(DANI, "chile")],
            ),
            (
                "The delegation includes Nepal's Minister of Public Works, Infrastructure, Environment, Labour, Meteorology and Disaster, Lena Vos, and others.",
                &[office(LENA, "nepal")],
            ),
            // traps: the run reaches no holder; a demonym before a name
            // is no part of the portfolio
            (
                "Chile's Minister of Foreign Affairs, African Cooperation and Chilean Expatriates said the talks went well.",
                &[],
            ),
            (
                "Chile's Minister of Foreign Affairs, Trade and Tourism and Nepalese Tomas Reyko met in Lima.",
                &[],
            ),
        ],
    );
}

#[test]
fn an_envoys_hyphened_status_before_the_posting() {
    check_cases(
        rels,
        &[
            (
                "The minister arrived in Lima, accompanied by Dani Arko, Ambassador-designate of Chile to Peru, and by officials of the ministry.",
                &[office(DANI, "chile")],
            ),
            (
                "The minister met Lena Vos, the Ambassador-Designate of Nepal to Peru, on Monday.",
                &[office(LENA, "nepal")],
            ),
            // traps: the posting's country is no office of the envoy; a
            // hyphened word of no envoy's status reads no posting
            (
                "The minister arrived in Lima, accompanied by Dani Arko, Ambassador-designate to Peru, and by officials.",
                &[],
            ),
            (
                "The minister met Tomas Reyko, the Ambassador-elect of Nepal to Peru, on Monday.",
                &[],
            ),
        ],
    );
}

/// The offices in `text` with round 37a's persons, a region and three
/// countries.
fn region_rels(text: &str) -> Vec<Rel> {
    let mut named = PEOPLE.to_vec();
    named.push(("europe", EntityType::Place, &["Eropa", "Europe"]));
    relations_with(
        text,
        &named,
        &[
            ("chile", "Chile", "Chilean"),
            ("nepal", "Nepal", "Nepalese"),
            ("peru", "Peru", "Peruvian"),
        ],
        &["holds_office"],
    )
}

#[test]
fn a_region_inside_a_portfolio() {
    check_cases(
        region_rels,
        &[
            (
                "Menteri Luar Negeri Peru menyambut Menteri Luar Negeri dan Urusan Eropa Republik Chile, Dani Arko, di Lima.",
                &[office(DANI, "chile")],
            ),
            (
                "Ia bertemu Menteri Urusan Luar Negeri dan Eropa Republik Nepal, Lena Vos, di New York.",
                &[office(LENA, "nepal")],
            ),
            (
                "Ia bertemu Menteri Luar Negeri dan Urusan Eropa Chile Lena Vos di New York.",
                &[office(LENA, "chile")],
            ),
            // traps: a region after a title that heads no portfolio; no
            // holder after the country
            (
                "Ketua Urusan Eropa Republik Chile, Dani Arko, tiba di Lima.",
                &[],
            ),
            (
                "Direktur Urusan Eropa Republik Chile, Dani Arko, tiba di Lima.",
                &[],
            ),
            (
                "Menteri Luar Negeri dan Urusan Eropa Republik Chile tiba di Lima.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_portfolio_after_the_titles_country() {
    check_cases(
        rels,
        &[
            (
                "Menteri Perdagangan bertemu Menteri Federal Chile untuk Lingkungan Hidup Dani Arko di Lima, Kamis.",
                &[office(DANI, "chile")],
            ),
            (
                "Ia bertemu Menteri Nepal untuk Energi dan Pertambangan, Lena Vos, di Lima.",
                &[office(LENA, "nepal")],
            ),
            // traps: no name after the portfolio; an envoy's posting is no
            // portfolio (the holder is the sending state's envoy, not the
            // posting's)
            (
                "Menteri Federal Chile untuk Lingkungan Hidup bertemu Tomas Reyko di Lima.",
                &[],
            ),
            (
                "Ia bertemu Duta Besar Chile untuk Peru Tomas Reyko di Lima.",
                &[office(TOMAS, "chile")],
            ),
        ],
    );
}

#[test]
fn a_missions_head_after_its_seat_or_posting() {
    check_cases(
        rels,
        &[
            (
                "Hal itu disampaikan Menlu kepada Kepala Perwakilan Chile di Seoul, Dani Arko, saat Dani menyerahkan surat.",
                &[office(DANI, "chile")],
            ),
            (
                "He later received the new Nepalese Head of Mission to Peru, Lena Vos, on a courtesy visit.",
                &[office(LENA, "nepal")],
            ),
            // traps: the seat's or the posting's country is no office of
            // the head; a mission's head with no name
            (
                "He later received the new Head of Mission to Peru, Lena Vos, on a courtesy visit.",
                &[],
            ),
            (
                "Kepala Perwakilan Chile di Seoul mengatakan hal itu kepada Tomas Reyko.",
                &[],
            ),
        ],
    );
}

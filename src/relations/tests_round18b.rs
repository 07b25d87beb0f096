//! Issue 17, eighteenth round, second part: two titles coordinated for
//! one holder ("Indonesia's Crown Prince and Prime Minister X",
//! "Wakil Perdana Menteri sekaligus Menteri Luar Negeri Rusia X"); a
//! plural description standing for the two persons just named ("The two
//! leaders held talks", "Keduanya membahas ..."). Every
//! sentence is written for the tests, in both languages, with traps that
//! must give no relation.

use super::tests::{Rel, A, P};
use super::tests_round3::{check_cases, office as o, people_relations_of, with, BUDI, RINA};

#[test]
fn coordinated_titles_share_their_holder_and_country() {
    check_cases(
        |t| people_relations_of(t, &["holds_office"]),
        &[
            (
                "Indonesia's Crown Prince and Prime Minister Budi Santoso arrived on Monday .",
                &[o(BUDI, "indonesia")],
            ),
            (
                "Chinese Deputy Prime Minister and Foreign Minister Budi Santoso spoke .",
                &[o(BUDI, "china")],
            ),
            (
                "Wakil Perdana Menteri sekaligus Menteri Luar Negeri China Budi Santoso tiba di Jakarta .",
                &[o(BUDI, "china")],
            ),
            (
                "Perdana Menteri merangkap Menteri Pertahanan China Rina Wati berbicara .",
                &[o(RINA, "china")],
            ),
            (
                "Wakil Perdana Menteri dan Menteri Luar Negeri China Budi Santoso tiba .",
                &[o(BUDI, "china")],
            ),
            (
                "Putra Mahkota Rusia sekaligus Perdana Menteri Budi Santoso tiba .",
                &[o(BUDI, "russia")],
            ),
            // traps: the gazetteer knows another holder of the first office
            (
                "Menteri Luar Negeri Rusia dan Menteri Pertahanan Budi Santoso tiba .",
                &[],
            ),
            (
                "Russia's Foreign Minister and Defence Minister Budi Santoso arrived .",
                &[],
            ),
            // traps: a determiner before the first title (two people may
            // be meant), two names after, a plural word after the name,
            // two countries, no country at all
            (
                "The Russian Foreign Minister and Defence Minister Budi Santoso met .",
                &[],
            ),
            (
                "Menteri Luar Negeri dan Menteri Pertahanan Rusia Budi Santoso dan Rina Wati bertemu .",
                &[o(BUDI, "russia")],
            ),
            (
                "Russia's Foreign Minister and Defence Minister Budi Santoso and Rina Wati met .",
                &[],
            ),
            (
                "Russian Foreign Minister and Defence Minister Budi Santoso are in Jakarta .",
                &[],
            ),
            (
                "Menteri Luar Negeri China dan Menteri Pertahanan Rusia Budi Santoso tiba .",
                &[o(BUDI, "russia")],
            ),
            (
                "Deputy Prime Minister and Foreign Minister Budi Santoso spoke .",
                &[],
            ),
        ],
    );
}

/// A meeting or a signing, its pair in id order.
fn sym(kind: &str, a: &str, b: &str, m: crate::base::types::Modality) -> Rel {
    let (a, b) = if a < b { (a, b) } else { (b, a) };
    with(kind, a, b, m)
}

const PUTIN: &str = "vladimir-putin";

#[test]
fn a_pair_description_stands_for_the_two_persons_just_named() {
    let meets = |a, b| sym("meets", a, b, A);
    check_cases(
        |t| people_relations_of(t, &["meets", "signs", "visits"]),
        &[
            (
                "Budi Santoso dan Rina Wati tiba di Jakarta pada Senin . Keduanya membahas kerja sama ekonomi .",
                &[
                    meets(BUDI, RINA),
                    with("visits", BUDI, "jakarta", A),
                    with("visits", RINA, "jakarta", A),
                ],
            ),
            (
                "Budi Santoso menyambut kedatangan Rina Wati pada Senin . Kedua pemimpin kemudian membahas kerja sama ekonomi .",
                &[meets(BUDI, RINA)],
            ),
            (
                "Budi Santoso and Rina Wati arrived on Monday . The two leaders held talks on trade .",
                &[meets(BUDI, RINA)],
            ),
            (
                "Budi Santoso and Rina Wati arrived on Monday . The two ministers are scheduled to hold talks on Friday .",
                &[sym("meets", BUDI, RINA, P)],
            ),
            (
                "Budi Santoso dan Rina Wati tiba pada Senin . Cuaca cerah . Kedua menteri menandatangani nota kesepahaman .",
                &[sym("signs", BUDI, RINA, A)],
            ),
            // traps: three persons before, or one; too far back; a
            // person as the object; no description of persons; a person
            // before the description; a trigger of no pair (visits)
            (
                "Budi Santoso , Rina Wati dan Vladimir Putin tiba pada Senin . Kedua pemimpin membahas kerja sama .",
                &[],
            ),
            (
                "Budi Santoso arrived on Monday . The two leaders held talks on trade .",
                &[],
            ),
            (
                "Budi Santoso dan Rina Wati tiba pada Senin . Cuaca cerah . Hujan turun . Keduanya membahas kerja sama .",
                &[],
            ),
            (
                "Budi Santoso and Rina Wati arrived on Monday . The two countries discussed trade .",
                &[],
            ),
            (
                "Budi Santoso and Rina Wati arrived on Monday . Vladimir Putin said the two leaders discussed trade .",
                &[],
            ),
            (
                "Budi Santoso and Rina Wati arrived on Monday . Both leaders later visited Jakarta .",
                &[],
            ),
            (
                "Budi Santoso and Rina Wati arrived on Monday . The two leaders , Putin said , discussed trade .",
                &[],
            ),
            // a visit to a third party; a word of no auxiliary between
            (
                "Budi Santoso dan Rina Wati tiba pada Senin . Keduanya juga mengunjungi sebuah pasar .",
                &[],
            ),
            (
                "Budi Santoso dan Rina Wati tiba pada Senin . Keduanya akan serah terima jabatan .",
                &[],
            ),
        ],
    );
    // a person as the object is no pair of the two
    let got = people_relations_of(
        "Budi Santoso and Rina Wati arrived on Monday . The two leaders later met Vladimir Putin .",
        &["meets"],
    );
    assert!(!got.contains(&meets(BUDI, RINA)), "{got:?}");
    let _ = PUTIN;
}

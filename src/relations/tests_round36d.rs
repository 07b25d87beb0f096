//! Issue 17, thirty-sixth round, part D: an attack told with no author
//! and the group that claims it (`claimed.rs`): the claimant attacks the
//! place struck, and whoever condemned the attack criticises the
//! claimant. Every sentence is written for the tests, in both languages,
//! with traps that must give no relation (or not the wrong one).

use super::tests::Rel;
use super::tests_round3::{check_cases, rel, relations_with};
use crate::base::types::EntityType;

/// The armed group of the tests.
const HAND: &str = "red-hand";
/// A second group, a channel of the first.
const FLAG: &str = "black-flag";
/// A town.
const KARVANA: &str = "karvana";
/// A second town.
const LUMBO: &str = "lumbo";
/// A site in a town.
const HOTEL: &str = "hotel-meridio";

/// The attacks and criticisms of `text`, with two groups, two towns, a
/// hotel and two countries, besides the two people of the test tables.
fn rels(text: &str) -> Vec<Rel> {
    relations_with(
        text,
        &[
            (HAND, EntityType::Organisation, &["Red Hand"]),
            (FLAG, EntityType::Organisation, &["Black Flag"]),
            (KARVANA, EntityType::Place, &["Karvana"]),
            (LUMBO, EntityType::Place, &["Lumbo"]),
            (HOTEL, EntityType::Place, &["Hotel Meridio"]),
        ],
        &[
            ("portugal", "Portugal", "Portuguese"),
            ("chile", "Chile", "Chilean"),
        ],
        &["attacks", "criticizes"],
    )
}

#[test]
fn a_claim_gives_the_attack_told_before_its_author() {
    check_cases(
        rels,
        &[
            (
                "An attack on a hotel killed ten people in the town of Karvana on Monday. The Red Hand group has claimed responsibility for the attack.",
                &[rel("attacks", HAND, KARVANA)],
            ),
            (
                "A bomb attack at Hotel Meridio in Karvana killed five people. Red Hand said it was behind the attack.",
                &[rel("attacks", HAND, HOTEL), rel("attacks", HAND, KARVANA)],
            ),
            (
                "Gunmen attacked a police post in Chile's northern Lumbo province on Sunday. The Red Hand claimed responsibility.",
                &[rel("attacks", HAND, LUMBO)],
            ),
            (
                "An attack took place in northern Chile last week and was claimed by the Red Hand.",
                &[rel("attacks", HAND, "chile")],
            ),
            (
                "An attack in Karvana killed three people. The Red Hand, through its agency Black Flag, claimed responsibility.",
                &[rel("attacks", HAND, KARVANA)],
            ),
            // traps: a claim denied or made by no one named; a person's
            // claim; a place only measured from; a claim before any attack
            (
                "An attack in Karvana killed three people. The Red Hand has not claimed responsibility.",
                &[],
            ),
            (
                "An attack in Karvana killed three people. Officials named the Red Hand, but no group has claimed responsibility.",
                &[],
            ),
            (
                "An attack in Karvana killed three people. Budi Santoso claimed responsibility for the failure.",
                &[],
            ),
            (
                "An attack 20 km north of Karvana killed three soldiers. The Red Hand claimed responsibility.",
                &[],
            ),
            (
                "The Red Hand claimed responsibility for the kidnapping. Later an attack in Karvana killed three people.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_condemned_attack_with_no_author_criticises_its_claimant() {
    check_cases(
        rels,
        &[
            (
                "Portugal strongly condemned the bomb attack in Karvana. The Red Hand claimed responsibility for the attack.",
                &[rel("attacks", HAND, KARVANA), rel("criticizes", "portugal", HAND)],
            ),
            (
                "A bombing in Karvana killed three people. The Red Hand claimed responsibility. Chile condemned in the strongest terms this heinous attack.",
                &[rel("attacks", HAND, KARVANA), rel("criticizes", "chile", HAND)],
            ),
            // traps: a condemnation of an attack whose author it names; a
            // condemnation of something else
            (
                "Portugal condemned the Chilean attack on Karvana. The Red Hand claimed responsibility for a bombing in Lumbo.",
                &[rel("attacks", "chile", KARVANA), rel("attacks", HAND, LUMBO)],
            ),
            (
                "An attack in Karvana killed three people. The Red Hand claimed responsibility. Chile condemned the arrests of its citizens.",
                &[rel("attacks", HAND, KARVANA)],
            ),
        ],
    );
}

#[test]
fn a_claim_in_indonesian_gives_the_attack_its_author() {
    check_cases(
        rels,
        &[
            (
                "Serangan bom yang terjadi di distrik perbelanjaan Karvana menewaskan sepuluh orang. Kelompok Red Hand mengaku bertanggung jawab atas serangan tersebut.",
                &[rel("attacks", HAND, KARVANA)],
            ),
            (
                "Portugal mengecam keras serangan di Hotel Meridio di Karvana. Red Hand mengklaim bertanggung jawab atas serangan itu.",
                &[
                    rel("attacks", HAND, HOTEL),
                    rel("attacks", HAND, KARVANA),
                    rel("criticizes", "portugal", HAND),
                ],
            ),
            (
                "Kelompok Red Hand pada Selasa mengklaim bertanggung jawab atas serangan yang menewaskan 15 warga di Desa Lumbo.",
                &[rel("attacks", HAND, LUMBO)],
            ),
            (
                "Serangan di Karvana itu diklaim oleh kelompok Red Hand.",
                &[rel("attacks", HAND, KARVANA)],
            ),
            (
                "Serangan bom menewaskan lima orang di Karvana. Kelompok Red Hand melalui kantor beritanya, Black Flag, mengaku berada di balik serangan tersebut.",
                &[rel("attacks", HAND, KARVANA)],
            ),
            // traps: a claim not yet made; a place only measured from; a
            // person taking responsibility for something else
            (
                "Serangan di Karvana menewaskan tiga orang. Red Hand belum mengklaim bertanggung jawab atas serangan itu.",
                &[],
            ),
            (
                "Pelaku bom menyerang sebuah pabrik di sebelah utara Karvana. Kelompok Red Hand menyatakan bertanggung jawab.",
                &[],
            ),
            (
                "Serangan di Karvana menewaskan tiga orang. Budi Santoso mengaku bertanggung jawab atas keamanan kota.",
                &[],
            ),
        ],
    );
}

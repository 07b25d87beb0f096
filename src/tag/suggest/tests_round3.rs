//! Tests of the third round's rules, in both languages (made-up names).

use super::tests::{check_controls, check_types};
use crate::base::types::EntityType;

#[test]
fn works_products_and_peoples_of_the_third_round() {
    let cases: &[(&str, &str, &str)] = &[
        // A word before a work one lowercase word further back.
        (
            "Ia menonton film animasi Larawangi kemarin.",
            "Ia menonton bersama Larawangi kemarin.",
            "Larawangi",
        ),
        (
            "They loved the cartoon classic Brindlemoor last year.",
            "They loved the classic Brindlemoor last year.",
            "Brindlemoor",
        ),
        // A title's joining word inside the name, or cut before it.
        (
            "Ia menonton Tale of Marovia semalam.",
            "Ia bertemu Tale Marovia semalam.",
            "Marovia",
        ),
        (
            "We watched Knights of the Velmora last night.",
            "We met Knights Velmora last night.",
            "Knights",
        ),
        // Two capitalised function words open a title.
        (
            "Ia menonton The Last Vorlan kemarin.",
            "Ia menonton Last Vorlan kemarin.",
            "Vorlan",
        ),
        (
            "Critics praised The Last Vorlan this week.",
            "Critics praised Vorlan this week.",
            "Vorlan",
        ),
        // A model code ends a product's name; a version number before one.
        (
            "Kemarin pabrik meluncurkan Zentra Nova X7 di pasar.",
            "Kemarin pabrik meluncurkan Zentra Nova di pasar.",
            "Zentra",
        ),
        (
            "The new Zentra Nova X7 went on sale.",
            "The new Zentra Nova went on sale.",
            "Zentra",
        ),
        (
            "Ponsel itu memakai Android 8.0 Zentorio sejak awal.",
            "Ponsel itu memakai Zentorio sejak awal.",
            "Zentorio",
        ),
        (
            "The update gives Android 9 Zentorio to all users.",
            "The update gives Zentorio to all users.",
            "Zentorio",
        ),
        // Right before only: a law's title, a character played.
        (
            "Ia dijerat Undang-Undang Nomor 5 Tahun 2011 tentang Penataan Warumbi Selatan.",
            "Ia datang bersama Penataan Warumbi Selatan.",
            "Warumbi",
        ),
        (
            "Aktris itu memerankan Ygrissa dalam serial itu.",
            "Aktris itu bertemu Ygrissa dalam serial itu.",
            "Ygrissa",
        ),
        (
            "She is portraying Ygrissa in the new series.",
            "She is meeting Ygrissa in the new series.",
            "Ygrissa",
        ),
    ];
    check_controls(cases);
    // One lowercase word further back counts only for words before works:
    // "tentang" must stand right before the name.
    check_types(&[
        (
            "Lagu itu tentang tunangannya Rendra Wiratama yang lama.",
            "Rendra Wiratama",
            EntityType::Person,
        ),
        // The maker of a work: the word before a work does not reach past
        // "karya".
        (
            "Penonton menunggu sekuel karya Ravindra Kusuma itu.",
            "Ravindra Kusuma",
            EntityType::Person,
        ),
        // A number after a sentence's first word is no version number.
        (
            "Sebanyak 328 PKWT diperiksa kemarin.",
            "PKWT",
            EntityType::Organisation,
        ),
    ]);
}

#[test]
fn acronyms_spelled_in_lowercase_are_common_nouns() {
    check_controls(&[
        (
            "Dewan menggelar rapat kerja gabungan ( RKG ) hari ini. Kemarin dewan membahas RKG lagi.",
            "Dewan menggelar rapat hari ini. Kemarin dewan membahas RKG lagi.",
            "RKG",
        ),
        (
            "The board approved the annual work plan ( AWP ) today. The AWP is long.",
            "The board approved the plan today. The AWP is long.",
            "AWP",
        ),
        (
            "Mereka memakai sistem antrean daring atau SAD sejak itu.",
            "Mereka memakai sistem SAD sejak itu.",
            "SAD",
        ),
    ]);
    // Spelled in capitals: a name.
    check_types(&[
        (
            "Kemarin Badan Pengawas Wilayah ( BPW ) menolak usul itu.",
            "BPW",
            EntityType::Organisation,
        ),
        (
            "Yesterday the Northern Water Board ( NWB ) refused it.",
            "NWB",
            EntityType::Organisation,
        ),
    ]);
}

#[test]
fn types_of_the_third_round_in_both_languages() {
    use EntityType::*;
    let cases: &[(&str, &str, EntityType)] = &[
        // A nickname is a team's, before or after it.
        (
            "Kemarin tim berjuluk Banteng Marwasi itu menang.",
            "Banteng Marwasi",
            Organisation,
        ),
        (
            "Pemain Banteng Marwasi ( julukan Persikota ) cedera.",
            "Banteng Marwasi",
            Organisation,
        ),
        (
            "Yesterday the side nicknamed Torval Hawks won again.",
            "Torval Hawks",
            Organisation,
        ),
        // A foreign article opens a club's name, not a person's.
        (
            "Kemarin pemain El Marvado mencetak gol.",
            "El Marvado",
            Organisation,
        ),
        (
            "Yesterday Los Torvales won the derby.",
            "Los Torvales",
            Organisation,
        ),
        // A source quoted is a medium.
        (
            "Harga naik , seperti dikutip dari Zentrawire , kemarin.",
            "Zentrawire",
            Organisation,
        ),
        (
            "The figures were quoted from Zentrawire yesterday.",
            "Zentrawire",
            Organisation,
        ),
        // An elided word joins the name.
        (
            "Ia tinggal di Val d'Ormesse sejak lama.",
            "Val d'Ormesse",
            Place,
        ),
        ("She lives in Val d'Ormesse now.", "Val d'Ormesse", Place),
        // One word in capitals of up to eight letters is a body's.
        (
            "Kemarin VORTASIA menggelar rapat.",
            "VORTASIA",
            Organisation,
        ),
        (
            "Yesterday ZENTRACO announced a deal.",
            "ZENTRACO",
            Organisation,
        ),
    ];
    check_types(cases);
}

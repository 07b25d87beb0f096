//! Tests of the fourth round's rules, in both languages (made-up names).

use super::tests::{check_controls, check_types, suggest};
use crate::base::types::EntityType;

#[test]
fn fragments_codes_and_common_acronyms() {
    let cases: &[(&str, &str, &str)] = &[
        // A name joined by a hyphen to the same capitalised word.
        (
            "Gelandang Alex Brindle - Corvane mencetak gol. Pelatih memuji Brindle - Corvane.",
            "Gelandang Alex Brindle mencetak gol. Pelatih memuji Brindle.",
            "Brindle",
        ),
        (
            "Midfielder Tom Harlow - Venning scored twice, and Harlow - Venning celebrated.",
            "Midfielder Tom Harlow scored twice, and Harlow celebrated.",
            "Harlow",
        ),
        // A code of three capitals in a results table.
        (
            "Hasil final : Rina Sakuma ( KRV ) 21 - 19 , 21 - 15 Mei Tanaka ( ZLT ) .",
            "Atlet itu bergabung dengan Rina Sakuma ( KRV ) tahun lalu .",
            "KRV",
        ),
        (
            "Final : Anna Berg ( ZLT ) 21 - 17 , 21 - 12 Mia Holt ( KRV ) .",
            "She joined Anna Berg ( ZLT ) last year .",
            "ZLT",
        ),
        // An acronym spelled out in lowercase as often as in capitals.
        (
            "Program kredit usaha tani ( KUT ) dibuka. Bank menyalurkan Kredit Usaha Tani ( KUT ) lagi.",
            "Bank menyalurkan Kredit Usaha Tani ( KUT ) lagi.",
            "KUT",
        ),
        (
            "The small farm loan ( SFL ) opened. Banks lend the Small Farm Loan ( SFL ) again.",
            "Banks lend the Small Farm Loan ( SFL ) again.",
            "SFL",
        ),
    ];
    check_controls(cases);
}

#[test]
fn pairs_datelines_and_spelled_codes_are_kept() {
    use EntityType::*;
    let cases: &[(&str, &str, EntityType)] = &[
        // Two names paired by a hyphen: neither is a fragment.
        (
            "Pasangan Budi Santosa Wiryo - Darmawan Kusno Adi menang.",
            "Darmawan Kusno Adi",
            Person,
        ),
        (
            "The ticket of Ellen Marsh Hartley - Joan Pierce Wood won.",
            "Joan Pierce Wood",
            Person,
        ),
        // A bracketed acronym the words before it spell, before a number.
        (
            "Menurut Komisi Riset Vokasi ( KRV ) 2018 adalah tahun terbaik.",
            "KRV",
            Organisation,
        ),
        (
            "According to the Zonal Light Trust ( ZLT ) 2018 was the best year.",
            "ZLT",
            Organisation,
        ),
    ];
    check_types(cases);
}

#[test]
fn weak_articles_and_ampersands() {
    use EntityType::*;
    let cases: &[(&str, &str, EntityType)] = &[
        // "La" opens a club's nickname when no cue says person.
        (
            "Tim tamu mengalahkan La Brava dengan skor tipis.",
            "La Brava",
            Organisation,
        ),
        (
            "The visitors beat La Brava by a narrow margin.",
            "La Brava",
            Organisation,
        ),
        // With a person's cue it stays a person ("La Ode ...").
        (
            "Hal itu diungkapkan Pak La Ode Kamaru kemarin.",
            "La Ode Kamaru",
            Person,
        ),
        (
            "\"We will win,\" said La Verna Stokes on Monday.",
            "La Verna Stokes",
            Person,
        ),
        // An ampersand inside a word joins it.
        (
            "Pembalap tim Kestrel&Moss Racing finis ketiga.",
            "Kestrel&Moss Racing",
            Organisation,
        ),
        (
            "Riders of the team Kestrel&Moss Racing finished third.",
            "Kestrel&Moss Racing",
            Organisation,
        ),
    ];
    check_types(cases);
}

#[test]
fn a_dateline_before_a_hyphen_is_no_longer_name() {
    for docs in [
        [
            "Kabarpos - Lukas Wendra menang kemarin. Warga memuji Lukas Wendra.",
            "Kabarpos - Lukas Wendra kalah lagi.",
        ],
        [
            "Newsfeedy - Lukas Wendra won yesterday. Fans praised Lukas Wendra.",
            "Newsfeedy - Lukas Wendra lost again.",
        ],
    ] {
        let found = suggest(&docs);
        assert!(found.iter().any(|s| s.name == "Lukas Wendra"), "{found:?}");
    }
}

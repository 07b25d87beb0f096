//! Table-driven tests of another country's body (`foreign`): a state
//! body's bare name followed by a country it is not tied to is no mention
//! of it, in Indonesian and English, on passages written for them.

use super::shared_tests::mentions_of;

const RECORDS: &str = r#"
{"id": "kemlu", "name": "Indonesian Foreign Ministry", "type": "organisation", "aliases": ["Kementerian Luar Negeri RI", "Kemlu RI", "Kemlu", "Kemenlu"]}
{"id": "kemenkes", "name": "Kementerian Kesehatan", "type": "organisation", "aliases": ["Kementerian Kesehatan", "Kemenkes", "Ministry of Health of Indonesia"]}
{"id": "supreme-court", "name": "Mahkamah Agung", "type": "organisation", "aliases": ["Mahkamah Agung", "Mahkamah Agung Republik Indonesia", "Supreme Court"]}
{"id": "kpu", "name": "Komisi Pemilihan Umum", "type": "organisation", "aliases": ["KPU", "KPU RI"]}
{"id": "asean", "name": "ASEAN", "type": "organisation"}
{"id": "facebook", "name": "Facebook", "type": "organisation", "kind": "company"}
{"id": "indonesia", "name": "Indonesia", "type": "place", "aliases": ["Indonesia", "Republik Indonesia", "RI"], "demonyms": ["Indonesian"]}
{"id": "japan", "name": "Japan", "type": "place", "aliases": ["Japan", "Jepang"], "demonyms": ["Japanese"]}
{"id": "venezuela", "name": "Venezuela", "type": "place", "demonyms": ["Venezuelan"]}
{"id": "south-sumatra", "name": "Sumatera Selatan", "type": "place"}
"#;

/// (passage, surface, whether its first occurrence is a mention of `id`).
type Case = (&'static str, &'static str, &'static str, bool);

fn check(cases: &[Case]) {
    for &(text, surface, id, want) in cases {
        let mentions = mentions_of(RECORDS, text);
        let at = text.find(surface).expect("surface in passage");
        let got = mentions
            .iter()
            .any(|(s, m, e)| *s == at && m == surface && e == id);
        assert_eq!(got, want, "{surface:?} in {text:?}: mentions {mentions:?}");
    }
}

#[test]
fn another_countrys_body_is_no_mention_of_the_domestic_one() {
    check(&[
        (
            "Pejabat Kemlu Jepang di Tokyo menolak .",
            "Kemlu",
            "kemlu",
            false,
        ),
        (
            "Pejabat Kemlu Jepang di Tokyo menolak .",
            "Jepang",
            "japan",
            true,
        ),
        (
            "Kementerian Kesehatan Japan melapor .",
            "Kementerian Kesehatan",
            "kemenkes",
            false,
        ),
        (
            "Mahkamah Agung Venezuela merebut kewenangan .",
            "Mahkamah Agung",
            "supreme-court",
            false,
        ),
        (
            "Mahkamah Agung Venezuela merebut kewenangan .",
            "Venezuela",
            "venezuela",
            true,
        ),
    ]);
}

#[test]
fn regression_kemlu_jepang_tagged_as_the_indonesian_ministry() {
    check(&[(
        "tutur seorang pejabat Kemlu Jepang di Tokyo .",
        "Kemlu",
        "kemlu",
        false,
    )]);
}

#[test]
fn own_country_other_places_and_untied_bodies_stay_mentions() {
    check(&[
        // Its own country.
        (
            "Kemlu Republik Indonesia menyatakan .",
            "Kemlu",
            "kemlu",
            true,
        ),
        (
            "Kementerian Kesehatan Indonesia melapor .",
            "Kementerian Kesehatan",
            "kemenkes",
            true,
        ),
        // A place that is no country: the body's office there.
        ("KPU Sumatera Selatan menetapkan .", "KPU", "kpu", true),
        // A body tied to no country, and a company's branch.
        ("Menteri ASEAN Jepang bertemu .", "ASEAN", "asean", true),
        ("Facebook Japan tumbuh .", "Facebook", "facebook", true),
        // Not right after the name.
        ("Kemlu , Jepang , dan Korea .", "Kemlu", "kemlu", true),
        (
            "Juru bicara Kemlu mengatakan Jepang menolak .",
            "Kemlu",
            "kemlu",
            true,
        ),
    ]);
}

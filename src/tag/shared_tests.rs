//! Table-driven tests of names two records share (`default_for`,
//! `context`) and of a company's branch (`"kind": "company"`), in
//! Indonesian and English, on short passages written for them (issue 16).

use crate::gazetteer::Gazetteer;
use crate::tag::matcher::Matcher;
use crate::tag::normalize::Normalized;
use crate::tag::resolve::Resolver;

const RECORDS: &str = r#"
{"id": "un", "name": "United Nations", "type": "organisation", "aliases": ["Perserikatan Bangsa-Bangsa", "PBB", "UN"], "default_for": ["PBB"]}
{"id": "pbb-party", "name": "Partai Bulan Bintang", "type": "organisation", "aliases": ["PBB"], "context": ["diusung", "parpol"]}
{"id": "demokrat-id", "name": "Partai Demokrat", "type": "organisation", "default_for": ["Partai Demokrat"]}
{"id": "democrats-us", "name": "Democratic Party", "type": "organisation", "aliases": ["Partai Demokrat"], "context": ["Hillary Clinton", "Partai Republik"]}
{"id": "liberal-au", "name": "Liberal Party of Australia", "type": "organisation", "aliases": ["Liberal Party"], "default_for": ["Liberal Party"], "context": ["Canberra"]}
{"id": "liberal-ca", "name": "Liberal Party of Canada", "type": "organisation", "aliases": ["Liberal Party"], "context": ["Trudeau", "Ottawa"]}
{"id": "pan", "name": "Partai Amanat Nasional", "type": "organisation", "aliases": ["PAN"]}
{"id": "facebook", "name": "Facebook", "type": "organisation", "kind": "company"}
{"id": "huawei", "name": "Huawei", "type": "organisation", "kind": "company"}
{"id": "amazon", "name": "Amazon.com", "type": "organisation", "short": ["Amazon"], "kind": "company"}
{"id": "serie-a", "name": "Serie A", "type": "organisation", "kind": "league"}
{"id": "italy", "name": "Italy", "type": "place", "aliases": ["Italia"], "demonyms": ["Italian"]}
{"id": "inka", "name": "PT INKA", "type": "organisation", "kind": "company"}
{"id": "kemlu", "name": "Kementerian Luar Negeri", "type": "organisation", "aliases": ["Kemlu"]}
{"id": "fbi", "name": "Federal Bureau of Investigation", "type": "organisation", "aliases": ["FBI"]}
{"id": "indonesia", "name": "Indonesia", "type": "place", "demonyms": ["Indonesian"]}
{"id": "india", "name": "India", "type": "place", "demonyms": ["Indian"]}
{"id": "japan", "name": "Japan", "type": "place", "aliases": ["Jepang"], "demonyms": ["Japanese"]}
{"id": "madiun", "name": "Madiun", "type": "place"}
{"id": "washington", "name": "Washington", "type": "place"}
"#;

/// (start, surface, entity id) of every mention.
fn tag(text: &str) -> Vec<(usize, String, String)> {
    mentions_of(RECORDS, text)
}

/// (start, surface, entity id) of every mention of `text` with a gazetteer
/// of `records` alone (also for the other test modules of `tag`).
pub(crate) fn mentions_of(records: &str, text: &str) -> Vec<(usize, String, String)> {
    let (gaz, warnings) = Gazetteer::from_jsonl("test.jsonl", records).expect("test gazetteer");
    assert!(warnings.is_empty(), "{warnings:?}");
    let matcher = Matcher::new(&gaz).expect("matcher");
    let (mut norm, mut hits, mut out) = (Normalized::new(), Vec::new(), Vec::new());
    matcher.find(text, &mut norm, &mut hits);
    Resolver::new().resolve(&gaz, &matcher, text, &hits, &[], &mut out);
    out.iter()
        .map(|m| {
            let id = gaz.entities[m.entity as usize].id.clone();
            (m.start, text[m.start..m.end].to_string(), id)
        })
        .collect()
}

/// (passage, surface, the entity its LAST occurrence resolves to, or None
/// when that occurrence is no mention).
type Case = (&'static str, &'static str, Option<&'static str>);

fn check(cases: &[Case]) {
    for &(text, surface, want) in cases {
        let mentions = tag(text);
        let at = text.rfind(surface).expect("surface in passage");
        let got = mentions
            .iter()
            .find(|(s, m, _)| *s == at && m == surface)
            .map(|(_, _, e)| e.as_str());
        assert_eq!(got, want, "{surface:?} in {text:?}: mentions {mentions:?}");
    }
}

#[test]
fn shared_names_indonesian() {
    check(&[
        // No context: the default claimant.
        (
            "Kata juru bicara PBB di New York kemarin.",
            "PBB",
            Some("un"),
        ),
        (
            "Ketua Umum Partai Demokrat hadir di sana.",
            "Partai Demokrat",
            Some("demokrat-id"),
        ),
        // The other claimant's context words.
        (
            "Pasangan itu diusung Partai Demokrat , PAN dan PBB .",
            "PBB",
            Some("pbb-party"),
        ),
        (
            "Sejumlah parpol mendaftar ; PBB belum .",
            "PBB",
            Some("pbb-party"),
        ),
        (
            "Hillary Clinton kalah . Ia kandidat presiden Partai Demokrat itu .",
            "Partai Demokrat",
            Some("democrats-us"),
        ),
        // The other claimant's full name.
        (
            "Partai Bulan Bintang ( PBB ) menggugat . Ketua Umum PBB hadir .",
            "PBB",
            Some("pbb-party"),
        ),
        // The full name wins over the other's context words.
        (
            "Resolusi yang diusung Mesir dibahas Perserikatan Bangsa-Bangsa . PBB menolak .",
            "PBB",
            Some("un"),
        ),
        // A context word is a whole word: "diusungnya" is not "diusung".
        ("Calon yang diusungnya ditolak PBB .", "PBB", Some("un")),
    ]);
}

#[test]
fn shared_names_english() {
    check(&[
        (
            "The Liberal Party won the vote, officials said.",
            "Liberal Party",
            Some("liberal-au"),
        ),
        (
            "Justin Trudeau led the Liberal Party to a third term.",
            "Liberal Party",
            Some("liberal-ca"),
        ),
        (
            "The Liberal Party of Canada met on Monday. The Liberal Party chose a leader.",
            "Liberal Party",
            Some("liberal-ca"),
        ),
        // A capitalised context word matches only as written.
        (
            "the ottawa river flooded; the Liberal Party said so.",
            "Liberal Party",
            Some("liberal-au"),
        ),
        // Both claimants' context words: no guess from them, the default.
        (
            "In Ottawa and Canberra alike, the Liberal Party won; Trudeau spoke.",
            "Liberal Party",
            Some("liberal-au"),
        ),
        (
            "Officials in Canberra said the Liberal Party won.",
            "Liberal Party",
            Some("liberal-au"),
        ),
    ]);
}

#[test]
fn company_branches_indonesian() {
    check(&[
        (
            "Kantor itu diresmikan oleh tim Facebook Indonesia dan pejabat lain.",
            "Indonesia",
            None,
        ),
        (
            "Kantor itu diresmikan oleh tim Facebook Indonesia dan pejabat lain.",
            "Facebook",
            Some("facebook"),
        ),
        (
            "Kata direktur Huawei Indonesia , Lo Khing Seng .",
            "Indonesia",
            None,
        ),
        // A state body's place stays a mention.
        (
            "Juru bicara Kemlu Jepang mengatakan hal itu.",
            "Jepang",
            Some("japan"),
        ),
        // Not right after the company's name.
        (
            "Kata Facebook , Indonesia pasar yang besar .",
            "Indonesia",
            Some("indonesia"),
        ),
        (
            "Ia bekerja di Facebook di Indonesia sejak lama.",
            "Indonesia",
            Some("indonesia"),
        ),
    ]);
}

#[test]
fn company_branches_english() {
    check(&[
        ("A Huawei Indonesia spokesman said so.", "Indonesia", None),
        (
            "Unlike Amazon India , the startup grew at home.",
            "India",
            None,
        ),
        // Not a company: the place stays a mention.
        (
            "An FBI Washington spokesman said so.",
            "Washington",
            Some("washington"),
        ),
        ("Huawei sells phones in India.", "India", Some("india")),
        ("The Serie A Italy side lost.", "Italy", None),
        (
            "Serie A clubs met in Italy on Monday.",
            "Italy",
            Some("italy"),
        ),
    ]);
}

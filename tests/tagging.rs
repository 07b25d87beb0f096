//! Tagging rules seen from the command line, on short passages written for
//! them, in Indonesian and English: datelines, names inside longer names
//! (`tag --all`, never in the graph).

mod common;

use common::{json_lines_from_stdin, run_ok};
use serde_json::Value;

fn tag(args: &[&str], text: &str) -> Vec<Value> {
    json_lines_from_stdin(args, text)
}

/// (surface, entity, via) of every line.
fn found(lines: &[Value]) -> Vec<(String, String, String)> {
    lines
        .iter()
        .map(|l| {
            let s = |k: &str| l[k].as_str().unwrap_or_default().to_string();
            (s("text"), s("entity"), s("via"))
        })
        .collect()
}

#[test]
fn datelines_are_article_text() {
    let cases: &[(&str, &str, &str)] = &[
        (
            "LONDON 1996-08-30\n\nThe talks went on for a week, officials said on Friday.\n",
            "LONDON",
            "london",
        ),
        (
            "LONDON\n\nThe talks went on for a week, officials said on Friday.\n",
            "LONDON",
            "london",
        ),
        (
            "JAKARTA, KOMPAS.com - Presiden meresmikan jalan tol baru pada hari Senin.\n",
            "JAKARTA",
            "jakarta",
        ),
        (
            "MOSCOW (Reuters) - Officials met on Monday to discuss the plan.\n",
            "MOSCOW",
            "moscow",
        ),
        (
            "JAKARTA 30/8/2017\n\nPresiden meresmikan jalan tol baru pada hari Senin.\n",
            "JAKARTA",
            "jakarta",
        ),
    ];
    for (text, surface, entity) in cases {
        let got = found(&tag(&["tag", "-"], text));
        assert!(
            got.iter().any(|(s, e, _)| s == surface && e == entity),
            "{surface} ({entity}) missing in {text:?}: {got:?}"
        );
    }
}

#[test]
fn names_inside_longer_names_are_shown_only_by_tag_all() {
    // "Sporting Madrid" is a name the gazetteer does not know (Real Madrid
    // it does, since the built-in gazetteer lists football clubs).
    let text =
        "Pemain Sporting Madrid itu pindah ke Jakarta. He signed for Sporting Madrid in London.\n";
    let plain = found(&tag(&["tag", "-"], text));
    assert!(!plain.iter().any(|(s, _, _)| s == "Madrid"), "{plain:?}");
    assert!(plain.iter().any(|(_, e, _)| e == "jakarta"), "{plain:?}");
    assert!(plain.iter().any(|(_, e, _)| e == "london"), "{plain:?}");
    let all = found(&tag(&["tag", "--all", "-"], text));
    let nested: Vec<_> = all.iter().filter(|(_, _, v)| v == "nested").collect();
    assert_eq!(nested.len(), 2, "{all:?}");
    assert!(nested
        .iter()
        .all(|(s, e, _)| s == "Madrid" && e == "madrid"));
    // Everything else is the same as without --all.
    let rest: Vec<_> = all.into_iter().filter(|(_, _, v)| v != "nested").collect();
    assert_eq!(rest, plain);
}

#[test]
fn nested_names_never_enter_the_graph() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("a.txt"),
        "Persija Jakarta mengalahkan Real Madrid di Bandung. Liga Inggris dimulai.\n",
    )
    .expect("write");
    run_ok(dir.path(), &["build", "a.txt", "-o", "out", "--quiet"]);
    let graph = std::fs::read_to_string(dir.path().join("out/graph.json")).expect("graph");
    let graph: Value = serde_json::from_str(&graph).expect("json");
    let ids: Vec<&str> = graph["nodes"]
        .as_array()
        .expect("nodes")
        .iter()
        .filter_map(|n| n["id"].as_str())
        .collect();
    assert!(ids.contains(&"bandung"), "{ids:?}");
    for gone in ["jakarta", "madrid", "united-kingdom"] {
        assert!(!ids.contains(&gone), "{gone} in {ids:?}");
    }
}

#[test]
fn an_abbreviation_keeps_its_final_period() {
    let cases: &[(&str, &str, &str)] = &[
        ("The U.S. and Russia agreed.", "U.S.", "united-states"),
        ("Moscow criticised the U.S.", "U.S.", "united-states"),
        ("The U.N. met on Monday.", "U.N.", "united-nations"),
        (
            "Rusia mengecam U.S. dan sekutunya.",
            "U.S.",
            "united-states",
        ),
        (
            "Kremlin menuduh U.S.\n\nKorut diam.",
            "U.S.",
            "united-states",
        ),
    ];
    for (text, surface, entity) in cases {
        let lines = tag(&["tag", "-"], text);
        let got = found(&lines);
        assert!(
            got.iter()
                .any(|(s, e, v)| s == surface && e == entity && v == "exact"),
            "{surface} ({entity}) missing in {text:?}: {got:?}"
        );
        // The span is exact: end - start counts the period.
        let l = lines.iter().find(|l| l["text"] == *surface).expect("line");
        let (s, e) = (l["start"].as_u64().unwrap(), l["end"].as_u64().unwrap());
        assert_eq!((e - s) as usize, surface.chars().count());
    }
}

#[test]
fn regression_a_deputy_title_is_not_read_as_the_office_it_contains() {
    // "wakil gubernur Jawa Tengah" named the governor of Central Java
    // through the title inside it: a deputy's title had no office of its
    // own, so its last words were read as the governor's.
    let cases = [
        "Sementara itu, bakal calon wakil gubernur Jawa Tengah, Ida Fauziyah menanggapi isu itu.\n",
        "Deklarasi calon gubernur / wakil gubernur Jawa Tengah digelar di Semarang.\n",
    ];
    for text in cases {
        let got = found(&tag(&["tag", "-"], text));
        assert!(
            got.iter().all(|(_, e, _)| e != "ganjar-pranowo"),
            "a deputy's title gave the governor: {got:?}"
        );
    }
    // the governor's own title still names him
    let got = found(&tag(
        &["tag", "-"],
        "Kemarin gubernur Jawa Tengah meninjau banjir.\n",
    ));
    assert!(
        got.iter()
            .any(|(_, e, v)| e == "ganjar-pranowo" && v == "title"),
        "the governor's title lost: {got:?}"
    );
}

#[test]
fn regression_indonesian_spellings_of_countries_are_tagged() {
    // Spellings Indonesian news and the KBBI use beside the ISO names
    // ("Hungaria" for Hongaria, "Afganistan", "Srilanka", "Kirgistan",
    // "Jibuti", "Makau"), and "Bosnia" for the state: none was tagged.
    let cases: &[(&str, &str)] = &[
        ("Hungaria", "hungary"),
        ("Afganistan", "afghanistan"),
        ("Srilanka", "sri-lanka"),
        ("Kirgistan", "kyrgyzstan"),
        ("Jibuti", "djibouti"),
        ("Bosnia", "bosnia-and-herzegovina"),
        ("Makau", "macao"),
    ];
    for (surface, entity) in cases {
        let text = format!("Kemarin rombongan pejabat dari {surface} tiba di Jakarta.\n");
        let got = found(&tag(&["tag", "-"], &text));
        assert!(
            got.iter().any(|(s, e, _)| s == surface && e == entity),
            "{surface} ({entity}) missing: {got:?}"
        );
    }
}

#[test]
fn regression_a_name_written_with_its_own_words_around_a_partial_keeps_the_person() {
    // "Ferdinand R. Marcos Jr." (a middle initial inside the gazetteer's
    // "Ferdinand Marcos Jr.") and "De Bruyne" (a capitalised particle of
    // "Kevin De Bruyne") dropped the partial name as nested in an unknown
    // longer name: the words around it are the person's own. (How many
    // mentions: the full name first where the short one needs it.)
    let kept = [
        (
            "He met President Ferdinand R. Marcos Jr. at the palace.\n",
            "ferdinand-marcos-jr",
            1,
        ),
        (
            "Kevin De Bruyne mencetak gol. Kiper itu mementahkan tendangan De Bruyne.\n",
            "kevin-de-bruyne",
            2,
        ),
        (
            "Robert De Niro hadir. Stiller mengatakan De Niro mengenalkannya.\n",
            "robert-de-niro",
            2,
        ),
    ];
    for (text, id, n) in kept {
        let got = found(&tag(&["tag", "-"], text));
        let count = got.iter().filter(|(_, e, _)| e == id).count();
        assert_eq!(count, n, "{text}: {got:?}");
    }
    // a word of no name of theirs still makes another person: the father,
    // the son of another man
    for text in [
        "He met Ferdinand Marcos Sr. at the palace.\n",
        "He met Donald J. Trump Jr. at the palace.\n",
    ] {
        let got = found(&tag(&["tag", "-"], text));
        assert!(got.is_empty(), "{text}: {got:?}");
    }
}

#[test]
fn a_shadda_written_single_and_a_sayyid_before_the_name() {
    // Arabic names written with a doubled consonant in the gazetteer
    // ("Hassan") are often written with one in the news ("Hasan"), after
    // the honorific Sayyid; a head of state listed with his surname as a
    // short form is found by it alone after his title.
    let text = "Pidato Sayyid Hasan Nasrallah disiarkan. President Mnangagwa left on Friday.\n";
    let got = found(&tag(&["tag", "-"], text));
    for (surface, entity) in [
        ("Hasan Nasrallah", "hassan-nasrallah"),
        ("Mnangagwa", "emmerson-mnangagwa"),
    ] {
        assert!(
            got.iter().any(|(s, e, _)| s == surface && e == entity),
            "{surface} ({entity}) missing: {got:?}"
        );
    }
    // only a doubled s is read single: "Nasralah" (one l) is no variant
    let got = found(&tag(&["tag", "-"], "Mr Nasralah spoke.\n"));
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_countrys_official_long_form_is_its_mention() {
    // "Republik Arab Mesir ... dalam": the long form with "Arab" left
    // Egypt untagged (twenty-eighth round); the official forms are
    // aliases now, as "Republik Indonesia" is.
    for (text, surface, entity) in [
        (
            "Kerja sama dengan Republik Arab Mesir dibahas dalam pertemuan.\n",
            "Republik Arab Mesir",
            "egypt",
        ),
        (
            "The Arab Republic of Egypt signed.\n",
            "Arab Republic of Egypt",
            "egypt",
        ),
        (
            "Duta Besar Persemakmuran Australia tiba.\n",
            "Persemakmuran Australia",
            "australia",
        ),
        (
            "Wakil Republik Arab Suriah hadir dalam sidang.\n",
            "Republik Arab Suriah",
            "syria",
        ),
    ] {
        let got = found(&tag(&["tag", "-"], text));
        assert!(
            got.iter().any(|(s, e, _)| s == surface && e == entity),
            "{surface} ({entity}) missing: {got:?}"
        );
    }
}

//! Table-driven tests of the tagging rules of issue 16 that are not the
//! nested-name rule itself (see `chunks/tests.rs`), in Indonesian and
//! English, on short passages written for them: chunk modifiers won back
//! from the IndoSum review, relatives and namesakes, the `case` setting of
//! records and files, and documents written without capitals.

use crate::gazetteer::Gazetteer;
use crate::tag::matcher::{lowercase_document, Matcher};
use crate::tag::normalize::Normalized;
use crate::tag::resolve::Resolver;

const RECORDS: &str = r#"
{"id": "jakarta", "name": "Jakarta", "type": "place"}
{"id": "java", "name": "Java", "type": "place", "aliases": ["Jawa"]}
{"id": "central-java", "name": "Jawa Tengah", "type": "place", "aliases": ["Central Java"]}
{"id": "hawaii", "name": "Hawaii", "type": "place"}
{"id": "france", "name": "France", "type": "place", "aliases": ["Prancis"]}
{"id": "indonesia", "name": "Indonesia", "type": "place"}
{"id": "un", "name": "United Nations", "type": "organisation", "aliases": ["PBB", "UN"]}
{"id": "kpk", "name": "Komisi Pemberantasan Korupsi", "type": "organisation", "aliases": ["KPK"]}
{"id": "kpu", "name": "Komisi Pemilihan Umum", "type": "organisation", "aliases": ["KPU"]}
{"id": "pan", "name": "Partai Amanat Nasional", "type": "organisation", "aliases": ["PAN"]}
{"id": "polri", "name": "Polri", "type": "organisation"}
{"id": "pertamina", "name": "Pertamina", "type": "organisation"}
{"id": "madrid", "name": "Madrid", "type": "place"}
{"id": "trump", "name": "Donald Trump", "type": "person", "short": ["Trump"]}
{"id": "bush", "name": "George W. Bush", "type": "person"}
{"id": "widodo", "name": "Joko Widodo", "type": "person", "short": ["Jokowi"]}
{"id": "sukarno", "name": "Sukarno", "type": "person", "aliases": ["Soekarno"]}
{"id": "said", "name": "Said", "type": "person"}
{"id": "the-who", "name": "The Who", "type": "organisation"}
{"id": "antara-exact", "name": "Antara", "type": "organisation", "case": "exact"}
{"id": "nato", "name": "NATO", "type": "organisation", "case": "any"}
{"case": "capitalised"}
{"id": "batu-bara", "name": "Batu Bara", "type": "place"}
{"id": "air-mata", "name": "Air Mata", "type": "place", "case": "any"}
"#;

/// (surface, entity id) of every mention.
fn tag(text: &str) -> Vec<(String, String)> {
    let (mut gaz, warnings) = Gazetteer::from_jsonl("test.jsonl", RECORDS).expect("test gazetteer");
    assert!(warnings.is_empty(), "{warnings:?}");
    // The built-in spelling rules (Djoko = Joko, Soekarno = Sukarno).
    gaz.rules = Gazetteer::builtin().expect("built-in gazetteer").rules;
    let matcher = Matcher::new(&gaz).expect("matcher");
    let (mut norm, mut hits, mut out) = (Normalized::new(), Vec::new(), Vec::new());
    matcher.find(text, &mut norm, &mut hits);
    let mut r = Resolver::new();
    r.resolve(&gaz, &matcher, text, &hits, &[], &mut out);
    out.iter()
        .map(|m| {
            (
                text[m.start..m.end].to_string(),
                gaz.entities[m.entity as usize].id.clone(),
            )
        })
        .collect()
}

/// (passage, surface, Some(entity id) when it is a mention of it, None
/// when it is no mention at all).
type Case = (&'static str, &'static str, Option<&'static str>);

fn check(cases: &[Case]) {
    check_with(cases, "");
}

/// As [`check`], with a sentence of lowercase prose after each passage on
/// the same line, so that no passage reads as a headline (lines in title
/// case are left alone by the nested-name rule).
fn check_in_prose(cases: &[Case]) {
    check_with(
        cases,
        " hal itu disampaikan kepada para wartawan yang hadir di sana.",
    );
}

fn check_with(cases: &[Case], tail: &str) {
    for &(text, surface, want) in cases {
        let text = &format!("{text}{tail}");
        let mentions = tag(text);
        let got = mentions.iter().find(|(s, _)| s == surface);
        assert_eq!(
            got.map(|(_, e)| e.as_str()),
            want,
            "{surface:?} in {text:?}: mentions {mentions:?}"
        );
    }
}

#[test]
fn chunk_modifiers_won_back_indonesian() {
    check_in_prose(&[
        // A title, the description of the post, the organisation, then
        // the holder.
        ("Kata Kepala Biro Humas KPK Febri Diansyah kemarin.", "KPK", Some("kpk")),
        ("Ia duduk di sebelah Ketua Dewan Kehormatan PAN Amien Rais.", "PAN", Some("pan")),
        ("Kata Direktur Utama Pertamina Elia Massa Manik.", "Pertamina", Some("pertamina")),
        // A lowercase title before the organisation.
        ("Mereka adalah mantan pimpinan KPK Bibit Samad Riyanto.", "KPK", Some("kpk")),
        // A body or place word right before the name, a title further left.
        ("Kata Kepala Bidang Humas Polda Jawa Tengah kemarin.", "Jawa Tengah", Some("central-java")),
        ("Kanselor Kerjasama Kebudayaan Kedubes Prancis hadir.", "Prancis", Some("france")),
        ("Hal itu dibahas dalam Sidang Umum PBB pekan lalu.", "PBB", Some("un")),
        // A place head after an organisation.
        ("Ia menggugat KPU Kabupaten Intan Jaya kemarin.", "KPU", Some("kpu")),
        // Institutions of a place, elections of a region.
        ("Kata opini Perwakilan Negara Bagian Hawaii itu.", "Hawaii", Some("hawaii")),
        ("Ia maju dalam Pilkada Jakarta tahun depan.", "Jakarta", Some("jakarta")),
        // Still nested: a region word after the place, a club, an
        // organisation named after a place with a title before it.
        ("Sidang digelar di Pengadilan Negeri Jakarta Selatan kemarin.", "Jakarta", None),
        ("Kata pelatih Real Madrid itu kemarin.", "Madrid", None),
        ("Hal itu dikatakan oleh Ketua Umum Majelis Ulama Indonesia kepada wartawan di kantornya.", "Indonesia", None),
        ("Kata Direktur Asosiasi Wasit Prancis kemarin.", "Prancis", None),
    ]);
}

#[test]
fn chunk_modifiers_won_back_english() {
    check_in_prose(&[
        (
            "Chief Executive Officer Pertamina Nicke Widyawati said so.",
            "Pertamina",
            Some("pertamina"),
        ),
        (
            "It was said by Chief Commissioner Polri Jones.",
            "Polri",
            Some("polri"),
        ),
        (
            "He spoke at the UN General Assembly in New York.",
            "UN",
            None,
        ),
        ("Officers of the Hawaii Police said so.", "Hawaii", None),
        ("He coached Real Madrid last year.", "Madrid", None),
    ]);
}

#[test]
fn relatives_and_namesakes_are_not_the_known_person() {
    check_in_prose(&[
        // An unknown given name before a known surname.
        (
            "Donald Trump tiba. Putranya, Eric Trump, ikut serta.",
            "Eric Trump",
            None,
        ),
        (
            "Donald Trump arrived. His son Eric Trump came too.",
            "Eric Trump",
            None,
        ),
        (
            "George W. Bush spoke. Laura Bush listened.",
            "Laura Bush",
            None,
        ),
        // The surname alone after the known person is still him.
        (
            "Donald Trump tiba di Jakarta. Trump lalu berbicara.",
            "Trump",
            Some("trump"),
        ),
        // A variant spelling of a given name plus another surname is not
        // a variant of the known full name ("Djoko" = "Joko").
        (
            "Joko Widodo hadir. Djoko Santoso juga hadir.",
            "Djoko Santoso",
            None,
        ),
        ("Presiden Joko Widodo bertemu Djoko Santoso.", "Djoko", None),
        // A variant of the full name itself is the person.
        (
            "Presiden Djoko Widodo tiba.",
            "Djoko Widodo",
            Some("widodo"),
        ),
        ("Bandara Soekarno-Hatta ditutup.", "Soekarno", None),
    ]);
}

#[test]
fn case_settings_of_records_and_files() {
    check(&[
        // Default (auto): a one-word name needs a capital.
        ("Menurut Said, ia said nothing.", "said", None),
        ("Menurut Said, ia hadir.", "Said", Some("said")),
        // Default: a longer name in any case.
        ("he loves the who and The Who.", "the who", Some("the-who")),
        // exact: letters as listed.
        (
            "Kantor berita Antara melaporkan.",
            "Antara",
            Some("antara-exact"),
        ),
        ("Perundingan antara kedua negara.", "antara", None),
        ("Kantor berita ANTARA melaporkan.", "ANTARA", None),
        // any: an acronym record in any case.
        ("Pasukan Nato dan nato bersiaga.", "nato", Some("nato")),
        // A file's {"case": "capitalised"} line: some word capitalised.
        (
            "Warga Batu Bara dan batu Bara protes.",
            "batu Bara",
            Some("batu-bara"),
        ),
        ("Ia menambang batu bara di sana.", "batu bara", None),
        // ... unless the record says otherwise.
        (
            "Ia menangis, air mata mengalir.",
            "air mata",
            Some("air-mata"),
        ),
    ]);
}

#[test]
fn lowercase_documents_lift_the_capital_rules() {
    let lower_id =
        "warga batu bara dan said aqil bertemu di jakarta pada senin pagi untuk membahas pbb.";
    let lower_en =
        "said aqil met the press in jakarta on monday morning to talk about the un and nato.";
    assert!(lowercase_document(lower_id) && lowercase_document(lower_en));
    assert!(!lowercase_document(
        "Said Aqil bertemu pers di Jakarta pada Senin pagi."
    ));
    check(&[
        (lower_id, "batu bara", Some("batu-bara")),
        (lower_id, "said", Some("said")),
        (lower_id, "jakarta", Some("jakarta")),
        (lower_id, "pbb", Some("un")),
        (lower_en, "jakarta", Some("jakarta")),
        (lower_en, "nato", Some("nato")),
        // A two-letter acronym stays in capitals: "un", "as", "us" are words.
        (lower_en, "un", None),
        // An exact record stays exact.
        (
            "kantor berita antara melaporkan dari jakarta pada senin pagi tadi.",
            "antara",
            None,
        ),
    ]);
}

use super::rules::Rules;
use super::*;
use crate::ingest::document::prepare_into;

/// Suggestions of documents given as text (no mention: the names the
/// tests use are made up, so that no built-in record covers them; a
/// known name is never suggested).
fn suggest(docs: &[&str]) -> Vec<Suggestion> {
    let gaz = Gazetteer::builtin().expect("built-in gazetteer");
    let mut s = Suggester::new(&gaz, Rules::builtin().expect("built-in rules"));
    for (i, text) in docs.iter().enumerate() {
        let mut prep = Prepared::default();
        prepare_into(text, &mut prep);
        s.add(&format!("d{i}"), &prep, &[], &[]);
    }
    s.finish(1, 50)
}

#[test]
fn type_guesses_in_both_languages() {
    use EntityType::*;
    let cases: &[(&str, &str, EntityType)] = &[
        ("Pak Budi Harsono datang ke sana.", "Budi Harsono", Person),
        (
            "Ia tinggal di Kabupaten Wonoreja sejak lama.",
            "Wonoreja",
            Place,
        ),
        (
            "Harga saham PT Maju Jaya Tbk naik tajam.",
            "PT Maju Jaya Tbk",
            Organisation,
        ),
        (
            "Para mahasiswa Universitas Harapan Bangsa berdemo.",
            "Universitas Harapan Bangsa",
            Organisation,
        ),
        (
            "Yesterday Mr John Carter spoke to them.",
            "John Carter",
            Person,
        ),
        ("He lives in Springfield with them.", "Springfield", Place),
        (
            "Yesterday Acme Inc. sold its shares.",
            "Acme Inc",
            Organisation,
        ),
    ];
    for (text, name, etype) in cases {
        let found = suggest(&[text]);
        let s = found
            .iter()
            .find(|s| s.name == *name)
            .unwrap_or_else(|| panic!("{name} not suggested from {text:?}: {found:?}"));
        assert_eq!(s.etype, *etype, "{name}: {}", s.reason);
    }
}

#[test]
fn filters_in_both_languages() {
    let cases: &[(&str, &str)] = &[
        ("Pada Senin malam polisi datang.", "Senin"),
        ("On Monday the police came.", "Monday"),
        (
            "Baca juga : Rudi Hartono Menang Lagi\n\nTeks berita di sini.",
            "Rudi Hartono",
        ),
        ("Namun hal itu tidak benar.", "Namun"),
        ("However the plan failed.", "However"),
        ("Editor : Andi\n\nTeks berita.", "Editor"),
        ("Piala Dunia digelar tahun ini di sana.", "Piala Dunia"),
    ];
    for (text, word) in cases {
        let found = suggest(&[text]);
        assert!(
            found.iter().all(|s| !s.name.contains(word)),
            "{word} suggested from {text:?}: {found:?}"
        );
    }
}

#[test]
fn spelling_forms_are_one_suggestion() {
    let found = suggest(&[
        "Pelatih Kang Tae-yong memimpin latihan.",
        "Pelatih Kang Tae Yong memimpin latihan.",
        "Pelatih Kang Taeyong memimpin latihan.",
    ]);
    let shin: Vec<&Suggestion> = found
        .iter()
        .filter(|s| s.name.starts_with("Kang"))
        .collect();
    assert_eq!(shin.len(), 1, "{found:?}");
    assert_eq!((shin[0].documents, shin[0].forms.len()), (3, 3));
    assert_eq!(shin[0].etype, EntityType::Person);
}

use super::rules::Rules;
use super::*;
use crate::ingest::document::prepare_into;

/// Suggestions of documents given as text (no mention: the names the
/// tests use are made up, so that no built-in record covers them; a
/// known name is never suggested).
pub(super) fn suggest(docs: &[&str]) -> Vec<Suggestion> {
    let gaz = Gazetteer::builtin().expect("built-in gazetteer");
    let mut s = Suggester::new(&gaz, Rules::builtin().expect("built-in rules"));
    for (i, text) in docs.iter().enumerate() {
        let mut prep = Prepared::default();
        prepare_into(text, &mut prep);
        s.add(&format!("d{i}"), &prep, &[], &[]);
    }
    s.finish(1, 50)
}

/// Each text suggests its name with the type given.
pub(super) fn check_types(cases: &[(&str, &str, EntityType)]) {
    for (text, name, etype) in cases {
        let found = suggest(&[text]);
        let s = found
            .iter()
            .find(|s| s.name == *name)
            .unwrap_or_else(|| panic!("{name} not suggested from {text:?}: {found:?}"));
        assert_eq!(s.etype, *etype, "{name}: {}", s.reason);
    }
}

/// No suggestion of each text contains the word given.
pub(super) fn check_filtered(cases: &[(&str, &str)]) {
    for (text, word) in cases {
        let found = suggest(&[text]);
        assert!(
            found.iter().all(|s| !s.name.contains(word)),
            "{word} suggested from {text:?}: {found:?}"
        );
    }
}

/// Each control text suggests a name containing the word; the text next
/// to it, where the rule applies, does not.
pub(super) fn check_controls(cases: &[(&str, &str, &str)]) {
    for (text, control, word) in cases {
        let found = suggest(&[control]);
        assert!(
            found.iter().any(|s| s.name.contains(word)),
            "{word} not suggested from the control {control:?}: {found:?}"
        );
        check_filtered(&[(text, word)]);
    }
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
    check_types(cases);
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
    check_filtered(cases);
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

/// Suggestions of one text in which `known` stands for a name the
/// gazetteer knows (a mention over its first occurrence).
fn suggest_known(text: &str, known: &str) -> Vec<Suggestion> {
    let gaz = Gazetteer::builtin().expect("built-in gazetteer");
    let mut s = Suggester::new(&gaz, Rules::builtin().expect("built-in rules"));
    let mut prep = Prepared::default();
    prepare_into(text, &mut prep);
    let start = prep.clean.find(known).expect("known name in the text");
    let mention = Mention {
        start,
        end: start + known.len(),
        entity: 0,
        via: crate::base::types::Via::Exact,
        sentence: 0,
    };
    s.add("d0", &prep, &[mention], &[]);
    s.finish(1, 50)
}

#[test]
fn cues_of_the_second_round_in_both_languages() {
    use EntityType::*;
    let cases: &[(&str, &str, EntityType)] = &[
        // A web address or news site is an organisation.
        (
            "Hal itu dilaporkan Warokabar.com kemarin.",
            "Warokabar.com",
            Organisation,
        ),
        (
            "It was reported by Zentrikanews on Monday.",
            "Zentrikanews",
            Organisation,
        ),
        // A title before an acronym names the body its holder leads.
        (
            "Rapat dipimpin Ketua DPKW , Darto , kemarin.",
            "DPKW",
            Organisation,
        ),
        // Words before an organisation.
        (
            "Pemain itu pindah ke klub Sarimbo Jaktana musim ini.",
            "Sarimbo Jaktana",
            Organisation,
        ),
        (
            "He signed for the club Tarnwick Rovers last week.",
            "Tarnwick Rovers",
            Organisation,
        ),
        // Brands write a capital inside the word.
        (
            "Data itu dikutip TekaWorld pekan ini.",
            "TekaWorld",
            Organisation,
        ),
        // A place word before it still wins over a title word of the
        // chunks, and a lowercase title word is no cue.
        (
            "Rumahnya ada di kawasan Cirendeng sejak lama.",
            "Cirendeng",
            Place,
        ),
        (
            "Dia bertemu Yoga Prasetyo kemarin.",
            "Yoga Prasetyo",
            Person,
        ),
        ("Harga saham besar Morvanta turun.", "Morvanta", Person),
    ];
    check_types(cases);
}

#[test]
fn filters_of_the_second_round_in_both_languages() {
    let cases: &[(&str, &str)] = &[
        // Common nouns written in capitals.
        ("Warga wajib membawa KTP ke kantor.", "KTP"),
        ("The phone has a USB port and GPS.", "USB"),
        ("Cinta Tanah Air harus dijaga.", "Tanah Air"),
        // A work, product, people or faith.
        (
            "Ia menonton film Larantuka Senja kemarin.",
            "Larantuka Senja",
        ),
        (
            "She loved the movie Harrowfield Nights.",
            "Harrowfield Nights",
        ),
        (
            "Ponsel itu memakai chip Veltrion 410 yang cepat.",
            "Veltrion",
        ),
        // A legal form alone.
        ("Usaha itu berbentuk CV sejak lama.", "CV"),
        // A reduplicated word is no name.
        ("Alih - alih menabung , ia berbelanja.", "Alih"),
    ];
    check_filtered(cases);
}

#[test]
fn spaced_hyphens_join_one_name() {
    let found = suggest(&["Aplikasi itu dibuat Zo - Rek tahun lalu."]);
    assert!(found.iter().any(|s| s.name == "Zo - Rek"), "{found:?}");
    // Two names in a result stay apart.
    let found = suggest(&["Laga Persikoto - Persimaru berakhir imbang."]);
    assert!(found.iter().all(|s| !s.name.contains(" - ")), "{found:?}");
}

#[test]
fn a_run_glued_to_a_known_name_is_its_front() {
    // "Markas" + a known name is part of a longer name, in both languages.
    for (text, known, front) in [
        ("Ia diperiksa di Mabeska Polri kemarin.", "Polri", "Mabeska"),
        (
            "He was held at Fort Dunmore London overnight.",
            "London",
            "Dunmore",
        ),
    ] {
        let found = suggest_known(text, known);
        assert!(
            found.iter().all(|s| !s.name.contains(front)),
            "{front} suggested from {text:?}: {found:?}"
        );
    }
}

//! Table-driven tests of the chunk rules of round 16h (issue 16), in
//! Indonesian and English, on short passages written for them: another
//! person's given name before a known surname, a legal form before a
//! company, an age-group code inside a tournament's name, a list of places
//! sharing a lowercase head word, a place written only before one unknown
//! word, an institution's seat, a prosecutors' office.

use super::tests::check_with;

const RECORDS: &str = r#"
{"id": "trump", "name": "Donald Trump", "type": "person", "short": ["Trump"]}
{"id": "clapton", "name": "Eric Clapton", "type": "person", "short": ["Eric", "Clapton"]}
{"id": "harris", "name": "Kamala Harris", "type": "person", "short": ["Harris"]}
{"id": "hadid", "name": "Bella Hadid", "type": "person", "short": ["Bella"]}
{"id": "sandiaga", "name": "Sandiaga Uno", "type": "person", "short": ["Sandi", "Uno"]}
{"id": "instagram", "name": "Instagram", "type": "organisation"}
{"id": "hutama", "name": "Hutama Karya", "type": "organisation"}
{"id": "persib", "name": "Persib Bandung", "type": "organisation"}
{"id": "vietnam", "name": "Vietnam", "type": "place"}
{"id": "indonesia", "name": "Indonesia", "type": "place"}
{"id": "malaysia", "name": "Malaysia", "type": "place"}
{"id": "uk", "name": "United Kingdom", "type": "place", "aliases": ["Inggris", "England"]}
{"id": "france", "name": "France", "type": "place", "aliases": ["Prancis"]}
{"id": "germany", "name": "Germany", "type": "place", "aliases": ["Jerman"]}
{"id": "spain", "name": "Spain", "type": "place", "aliases": ["Spanyol"]}
{"id": "java", "name": "Java", "type": "place", "aliases": ["Jawa"]}
{"id": "kulon-progo", "name": "Kulon Progo", "type": "place"}
{"id": "samarinda", "name": "Samarinda", "type": "place"}
{"id": "intel", "name": "Intel", "type": "organisation"}
{"id": "polri", "name": "Polri", "type": "organisation"}
{"id": "jakarta", "name": "Jakarta", "type": "place"}
"#;

#[test]
fn another_persons_given_name_before_a_known_surname() {
    check_with(
        RECORDS,
        &[
            // "Eric" names a known Eric Clapton, not Donald Trump's kin.
            ("Lagu milik Eric Trump diputar lagi.", "Trump", None),
            ("A song by Eric Trump was played.", "Trump", None),
            ("Lagu milik Bella Harris diputar lagi.", "Harris", None),
            ("A song by Bella Harris was played.", "Harris", None),
            // The known person himself, and a part of the same name.
            (
                "Lagu milik Eric Clapton diputar.",
                "Eric Clapton",
                Some("clapton"),
            ),
            (
                "A song by Eric Clapton was played.",
                "Eric Clapton",
                Some("clapton"),
            ),
            // (two short forms of one name side by side are one mention,
            // src/tag/joined.rs)
            (
                "Sandiaga Uno datang. Kemarin Sandi Uno tiba.",
                "Sandi Uno",
                Some("sandiaga"),
            ),
            (
                "Sandiaga Uno came, and then Sandi Uno spoke.",
                "Sandi Uno",
                Some("sandiaga"),
            ),
            // Only people: an organisation before a given name stays.
            (
                "Video itu diunggah di akun Instagram Bella kemarin.",
                "Instagram",
                Some("instagram"),
            ),
            (
                "The clip went up on Instagram Bella said.",
                "Instagram",
                Some("instagram"),
            ),
        ],
    );
}

#[test]
fn a_legal_form_before_a_company_is_the_company() {
    check_with(
        RECORDS,
        &[
            (
                "Proyek itu dikelola oleh PT Hutama Karya sejak 2017.",
                "Hutama Karya",
                Some("hutama"),
            ),
            (
                "The road is run by PT Hutama Karya, a state firm.",
                "Hutama Karya",
                Some("hutama"),
            ),
            // A longer company name goes on after the known one.
            (
                "Komisaris PT Persib Bandung Bermartabat bersyukur.",
                "Persib Bandung",
                None,
            ),
            (
                "Shares of PT Persib Bandung Bermartabat rose.",
                "Persib Bandung",
                None,
            ),
        ],
    );
}

#[test]
fn an_age_group_code_belongs_to_a_tournaments_name() {
    check_with(
        RECORDS,
        &[
            (
                "Timnas akan mengikuti Vietnam International U - 15 Football Tournament tahun ini.",
                "Vietnam",
                None,
            ),
            (
                "The team plays the Vietnam International U-15 Football Tournament in July.",
                "Vietnam",
                None,
            ),
            // The country's team stays the country.
            (
                "Timnas akan melawan Vietnam U - 19 besok.",
                "Vietnam",
                Some("vietnam"),
            ),
            (
                "Indonesia beat Vietnam U-19 on Sunday.",
                "Vietnam",
                Some("vietnam"),
            ),
        ],
    );
}

#[test]
fn a_list_of_places_shares_a_lowercase_head() {
    check_with(
        RECORDS,
        &[
            (
                "Gim itu tersedia dalam bahasa Inggris, Prancis, dan Jerman.",
                "Prancis",
                None,
            ),
            (
                "Gim itu tersedia dalam bahasa Inggris, Prancis, dan Jerman.",
                "Jerman",
                None,
            ),
            (
                "Ia rutin menonton liga Inggris dan Spanyol.",
                "Spanyol",
                None,
            ),
            (
                "Subtitles come in bahasa Indonesia and Malaysia.",
                "Malaysia",
                None,
            ),
            // Places after a place mention, or after a sentence end, stay.
            (
                "Ia pernah ke Inggris, Prancis, dan Jerman.",
                "Prancis",
                Some("france"),
            ),
            (
                "Ia fasih bahasa Inggris. Prancis menolak usul itu.",
                "Prancis",
                Some("france"),
            ),
            (
                "He visited England, France and Spain.",
                "France",
                Some("france"),
            ),
            (
                "It speaks bahasa Indonesia. France said no.",
                "France",
                Some("france"),
            ),
        ],
    );
}

#[test]
fn a_place_written_only_before_one_word_is_part_of_that_name() {
    check_with(
        RECORDS,
        &[
            (
                "Grup musik Java Jive merilis lagu, kata vokalis Java Jive.",
                "Java",
                None,
            ),
            (
                "The band Java Jive is back, and fans of Java Jive cheered.",
                "Java",
                None,
            ),
            // Written once, or also alone, the place stays.
            (
                "Grup musik Java Jive merilis lagu baru.",
                "Java",
                Some("java"),
            ),
            (
                "The band Java Jive is back with a new song.",
                "Java",
                Some("java"),
            ),
            (
                "Grup musik Java Jive tur di Java, kata vokalis Java Jive.",
                "Java",
                Some("java"),
            ),
        ],
    );
}

#[test]
fn a_place_after_a_head_word_and_an_acronym_is_the_seat() {
    check_with(
        RECORDS,
        &[
            (
                "Pesawat mendarat di Bandara NYIA Kulon Progo kemarin.",
                "Kulon Progo",
                Some("kulon-progo"),
            ),
            (
                "Planes now land at Airport YIA Kulon Progo daily.",
                "Kulon Progo",
                Some("kulon-progo"),
            ),
            // Without the acronym the place belongs to the longer name.
            (
                "Laga digelar di Stadion Utama Samarinda kemarin.",
                "Samarinda",
                None,
            ),
            (
                "The final is at the National Stadium Samarinda tonight.",
                "Samarinda",
                None,
            ),
        ],
    );
}

#[test]
fn a_prosecutors_office_keeps_its_city() {
    check_with(
        RECORDS,
        &[
            (
                "Jaksa Agung memecat Kasi Intel Kejari Samarinda kemarin.",
                "Samarinda",
                Some("samarinda"),
            ),
            (
                "Jaksa Agung memecat Kasi Intel Kejari Samarinda kemarin.",
                "Intel",
                None,
            ),
            (
                "The chief fired the head of Kasi Intel Kejari Samarinda, Bramantyo.",
                "Samarinda",
                Some("samarinda"),
            ),
            (
                "The chief fired the head of Kasi Intel Kejari Samarinda, Bramantyo.",
                "Intel",
                None,
            ),
        ],
    );
}

#[test]
fn a_stop_word_inside_a_chunk_does_not_break_it() {
    check_with(
        RECORDS,
        &[
            // "Lalu" and "In" open sentences, but inside a name they are
            // its words: the title on the left reaches the organisation.
            (
                "Hal itu disampaikan Kepala Korps Lalu Lintas Polri Royke Lumowa.",
                "Polri",
                Some("polri"),
            ),
            (
                "He spoke at Tech In Asia Jakarta 2017 last week.",
                "Jakarta",
                None,
            ),
            (
                "Ia berbicara di Tech In Asia Jakarta 2017 pekan lalu.",
                "Jakarta",
                None,
            ),
            // First in its sentence, a stop word still breaks the chunk.
            ("Lalu Polri menangkap dia.", "Polri", Some("polri")),
            (
                "In Jakarta the police said nothing.",
                "Jakarta",
                Some("jakarta"),
            ),
        ],
    );
}

#[test]
fn a_name_part_right_before_another_full_name_belongs_to_it() {
    let records = r#"
{"id": "sri-mulyani", "name": "Sri Mulyani Indrawati", "type": "person"}
{"id": "ismail-sabri", "name": "Ismail Sabri bin Yaakob", "type": "person"}
{"id": "budi-karya", "name": "Budi Karya Sumadi", "type": "person"}
{"id": "gunadi", "name": "Gunadi Sadikin", "type": "person"}
"#;
    check_with(
        records,
        &[
            (
                "Presiden menyambut Dato' Sri Ismail Sabri bin Yaakob , lalu Sri Mulyani Indrawati hadir .",
                "Sri",
                None,
            ),
            (
                "Menteri Budi Karya Sumadi hadir . Ia bertemu Budi Gunadi Sadikin kemarin .",
                "Gunadi Sadikin",
                Some("gunadi"),
            ),
            (
                "Menteri Budi Karya Sumadi hadir . Ia bertemu Budi Gunadi Sadikin kemarin .",
                "Budi",
                None,
            ),
            // The part alone, or before a one-word name, stays a mention.
            (
                "Sri Mulyani Indrawati datang . Kata Sri , anggaran cukup .",
                "Sri",
                Some("sri-mulyani"),
            ),
        ],
    );
}

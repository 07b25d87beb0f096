//! Table-driven tests of the chunk rules of round 16i (issue 16), in
//! Indonesian and English, on short passages written for them: a compass
//! word before a place, a body's congress or meeting before its name, a
//! phrase of going somewhere before a city that names a club, a known
//! person's surname misspelt (`crate::tag::misspelt`), an alias of other
//! words than its name, a league's country before a known name.

use super::tests::check_with;

const RECORDS: &str = r#"
{"id": "jakarta", "name": "Jakarta", "type": "place"}
{"id": "java-island", "name": "Pulau Jawa", "type": "place", "aliases": ["Java Island"]}
{"id": "java", "name": "Java", "type": "place", "aliases": ["Jawa"]}
{"id": "lampung-selatan", "name": "Lampung Selatan", "type": "place"}
{"id": "sumsel", "name": "Sumatera Selatan", "type": "place"}
{"id": "palembang", "name": "Palembang", "type": "place"}
{"id": "korea", "name": "Korea", "type": "place"}
{"id": "china", "name": "China", "type": "place"}
{"id": "pssi", "name": "PSSI", "type": "organisation"}
{"id": "fifa", "name": "FIFA", "type": "organisation"}
{"id": "golkar", "name": "Partai Golkar", "type": "organisation", "aliases": ["Golkar"]}
{"id": "indonesia", "name": "Indonesia", "type": "place"}
{"id": "madrid", "name": "Madrid", "type": "place"}
{"id": "real-madrid", "name": "Real Madrid", "type": "organisation"}
{"id": "kroos", "name": "Toni Kroos", "type": "person"}
{"id": "hemsworth", "name": "Chris Hemsworth", "type": "person"}
{"id": "hemsworth-liam", "name": "Liam Hemsworth", "type": "person"}
{"id": "agus", "name": "Agus Rahardjo", "type": "person"}
{"id": "la-liga", "name": "La Liga", "type": "organisation", "kind": "league"}
{"id": "spain", "name": "Spain", "type": "place", "aliases": ["Spanyol"], "demonyms": ["Spanish"]}
{"id": "barcelona", "name": "Barcelona", "type": "place"}
{"id": "hasyim", "name": "Hasyim Asyari", "type": "person", "aliases": ["Hasyim Asy'ari"]}
{"id": "gojek", "name": "Gojek", "type": "organisation", "aliases": ["Go-Jek"]}
{"id": "rizieq", "name": "Rizieq Shihab", "type": "person", "aliases": ["Habib Rizieq"]}
{"id": "mulyono", "name": "Mulyono", "type": "person"}
{"id": "timor-leste", "name": "Timor-Leste", "type": "place"}
{"id": "vietnam", "name": "Vietnam", "type": "place"}
{"id": "germany", "name": "Germany", "type": "place"}
{"id": "google", "name": "Google", "type": "organisation"}
{"id": "bandara-juanda", "name": "Bandara Juanda", "type": "place"}
"#;

#[test]
fn a_compass_word_before_a_place_says_where_in_it() {
    check_with(
        RECORDS,
        &[
            // Indonesian writes the compass word after a place in names
            // (Jakarta Utara); before one it says where in or off it.
            (
                "Kuliner di Utara Jakarta ini enak.",
                "Jakarta",
                Some("jakarta"),
            ),
            (
                "Bandara itu berada di Selatan Pulau Jawa , rawan gempa.",
                "Pulau Jawa",
                Some("java-island"),
            ),
            (
                "Pusat gempa 70 km sebelah Barat Daya Lampung Selatan .",
                "Lampung Selatan",
                Some("lampung-selatan"),
            ),
            // A region word that is no compass word opens another name: a
            // sea; a compass word inside a known name is that name's.
            ("Kapal itu tenggelam di Laut Jawa kemarin.", "Jawa", None),
            (
                "Kapal itu tenggelam di Laut China Selatan kemarin.",
                "China",
                None,
            ),
            (
                "Gubernur Sumatera Selatan Palembang hadir.",
                "Palembang",
                Some("palembang"),
            ),
            // English writes it first: "North Korea" is another place.
            ("Troops crossed into North Korea today.", "Korea", None),
            (
                "The storm hit South Java Island on Monday.",
                "Java Island",
                None,
            ),
            // In English the place still stands before a compass noun.
            (
                "Rain fell north of Jakarta today.",
                "Jakarta",
                Some("jakarta"),
            ),
        ],
    );
}

/// States (places with demonyms) and places of "State + compass" form.
const STATES: &str = r#"
{"id": "philippines", "name": "Philippines", "type": "place", "aliases": ["Filipina"], "demonyms": ["Filipino"]}
{"id": "iraq", "name": "Iraq", "type": "place", "aliases": ["Irak"], "demonyms": ["Iraqi"]}
{"id": "syria", "name": "Syria", "type": "place", "aliases": ["Suriah"], "demonyms": ["Syrian"]}
{"id": "korea", "name": "Korea", "type": "place", "demonyms": ["Korean"]}
{"id": "south-korea", "name": "South Korea", "type": "place", "aliases": ["Korea Selatan"], "demonyms": ["South Korean"]}
{"id": "america", "name": "Amerika", "type": "place", "demonyms": ["American"]}
{"id": "south-america", "name": "Amerika Selatan", "type": "place"}
{"id": "java", "name": "Jawa", "type": "place"}
{"id": "timor", "name": "Timor", "type": "place"}
"#;

#[test]
fn a_state_before_compass_words_is_the_state() {
    check_with(
        STATES,
        &[
            // A part of a state: no known name holds the two.
            (
                "Senjata itu dibeli dari kelompok di Filipina Selatan .",
                "Filipina",
                Some("philippines"),
            ),
            (
                "Pasukan dikirim ke wilayah Irak Utara , kata pejabat itu.",
                "Irak",
                Some("iraq"),
            ),
            // A compass word and a region word ("Barat Laut", northwest).
            (
                "Mereka pindah ke Suriah Barat Laut dari perbatasan.",
                "Suriah",
                Some("syria"),
            ),
            // A known name of that form is its own place.
            (
                "Delegasi Korea Selatan tiba kemarin.",
                "Korea Selatan",
                Some("south-korea"),
            ),
            (
                "Ia berkeliling Amerika Selatan selama sebulan.",
                "Amerika Selatan",
                Some("south-america"),
            ),
            // A place that is no state keeps the older rule: another place.
            ("Ia tinggal di Jawa Timur sejak kecil.", "Jawa", None),
            ("Ia bertugas di Timor Barat dua tahun.", "Timor", None),
            // A chunk opened before the state is another name.
            (
                "Ia pergi ke Kedutaan Filipina Selatan kemarin.",
                "Filipina",
                None,
            ),
            // A word after the compass word that is no region word.
            ("Ia menonton Irak Utara Cup kemarin.", "Irak", None),
        ],
    );
}

#[test]
fn a_bodys_congress_keeps_the_body() {
    check_with(
        RECORDS,
        &[
            (
                "Kebijakan datang dari Kongres PSSI maupun dari FIFA .",
                "PSSI",
                Some("pssi"),
            ),
            (
                "Keputusan diambil di Munas Golkar di Bali.",
                "Golkar",
                Some("golkar"),
            ),
            (
                "Ia kalah di Munaslub Golkar pada 2016.",
                "Golkar",
                Some("golkar"),
            ),
            // Another organisation named after a congress keeps its name.
            (
                "Ia anggota Kongres Advokat Indonesia sejak lama.",
                "Indonesia",
                None,
            ),
            // English: a lowercase congress joins no name.
            ("The FIFA congress opened in Zurich.", "FIFA", Some("fifa")),
            (
                "Golkar held its congress in Bali.",
                "Golkar",
                Some("golkar"),
            ),
        ],
    );
}

#[test]
fn where_someone_goes_is_the_city_not_its_club() {
    check_with(
        RECORDS,
        &[
            (
                "Ia akan bergabung dengan Real Madrid . Ia sudah pergi ke Madrid untuk tes medis.",
                "Madrid",
                Some("madrid"),
            ),
            (
                "He will join Real Madrid . He flew to Madrid for a medical.",
                "Madrid",
                Some("madrid"),
            ),
            // A transfer or a match is the club.
            (
                "Ia dikabarkan segera pindah ke Madrid . Real Madrid membayar mahal.",
                "Madrid",
                Some("real-madrid"),
            ),
            (
                "Real Madrid won again. He moved to Madrid last year.",
                "Madrid",
                Some("real-madrid"),
            ),
        ],
    );
}

#[test]
fn a_known_persons_surname_misspelt() {
    check_with(
        RECORDS,
        &[
            (
                "Gol dicetak Marcelo dan Toni Kross menjelang babak kedua.",
                "Toni Kross",
                Some("kroos"),
            ),
            (
                "Thor diperankan Chris Hemswort , kata dia.",
                "Chris Hemswort",
                Some("hemsworth"),
            ),
            (
                "Thor was played by Chris Hemswort in 2011.",
                "Chris Hemswort",
                Some("hemsworth"),
            ),
            (
                "The goal came from Toni Kross late on.",
                "Toni Kross",
                Some("kroos"),
            ),
            (
                "Pesan dari Habib Rizieq Syihab beredar luas.",
                "Habib Rizieq Syihab",
                Some("rizieq"),
            ),
            // Two letters off, or another first letter: another person.
            ("Lagu Toni Kristo diputar lagi.", "Toni", None),
            ("A song by Toni Gross was played.", "Toni", None),
            // Correctly spelt, the name is exact as before.
            ("Toni Kroos mencetak gol.", "Toni Kroos", Some("kroos")),
            // After another person's given name, a namesake.
            (
                "Kepala Balai R Agus Toni Kross di Mataram berkata.",
                "Toni Kross",
                None,
            ),
            ("Park head R Agus Toni Kross said so.", "Toni Kross", None),
            // Inside a longer name it stays nested.
            ("Ia tinggal di Jalan Toni Kross Raya.", "Toni Kross", None),
        ],
    );
}

// An alias of the same letters as the name but other words ("Asy'ari",
// "Go-Jek") used to be merged into the name when loaded, so the matcher,
// which reads them as other words, never found it.
#[test]
fn an_alias_of_other_words_is_matched() {
    check_with(
        RECORDS,
        &[
            (
                "Terakhir , Hasyim Asy'ari berharap.",
                "Hasyim Asy'ari",
                Some("hasyim"),
            ),
            (
                "Ketua KPU Hasyim Asyari datang.",
                "Hasyim Asyari",
                Some("hasyim"),
            ),
            ("CEO Go - Jek mengatakan itu.", "Go - Jek", Some("gojek")),
            (
                "Go-Jek said on Monday it had raised funds.",
                "Go-Jek",
                Some("gojek"),
            ),
            ("Gojek said so too.", "Gojek", Some("gojek")),
        ],
    );
}

// The country after a league's name is the league's, also when only other
// known names follow it in the chunk (round 16i); an unknown word after it
// leaves the chunk to the other rules.
#[test]
fn a_leagues_country_before_a_known_name() {
    check_with(
        RECORDS,
        &[
            (
                "Klub raksasa La Liga Spanyol Real Madrid menang.",
                "Spanyol",
                None,
            ),
            (
                "Klub raksasa La Liga Spanyol Real Madrid menang.",
                "Real Madrid",
                Some("real-madrid"),
            ),
            ("Juara La Liga Spanyol musim lalu.", "Spanyol", None),
            (
                "The La Liga Spain Real Madrid game ended late.",
                "Spain",
                None,
            ),
            // Not after a league: the country stays.
            (
                "Pebalap Spanyol Real Madrid ? Tidak , Spanyol menang.",
                "Spanyol",
                Some("spain"),
            ),
            ("He flew from Spain to Barcelona .", "Spain", Some("spain")),
        ],
    );
}

#[test]
fn inner_words_of_a_fused_title_are_titles_only_after_one() {
    // The built-in offices hold "Kepala Staf Angkatan Darat/Laut" as titles
    // that name their organisation (Indonesian data only): after "Kepala"
    // their words are title words, alone they are the land and the sea.
    check_with(
        RECORDS,
        &[
            (
                "Hadir pula Kepala Staf Angkatan Darat Jenderal Mulyono kemarin.",
                "Mulyono",
                Some("mulyono"),
            ),
            ("Kapal itu tenggelam di Laut Jawa kemarin.", "Jawa", None),
            ("Pasukan Darat Jakarta berjaga.", "Jakarta", None),
        ],
    );
}

#[test]
fn google_assistant_a_lone_title_part_after_an_organisation_is_a_name_word() {
    // Regression: the office "Assistant Secretary" made "Assistant" a
    // title word, so "Google" of "Google Assistant" became a mention. A
    // word that is a title only inside longer titles counts as one after
    // an organisation only beside another title word.
    check_with(
        RECORDS,
        &[
            (
                "Ponsel itu kini memakai Google Assistant buatan Amerika.",
                "Google",
                None,
            ),
            (
                "The phone now runs Google Assistant by default.",
                "Google",
                None,
            ),
            (
                "Said FIFA Deputy Secretary General Zvonimir Boban yesterday.",
                "FIFA",
                Some("fifa"),
            ),
            // A place keeps a state body after it.
            (
                "The Spain Treasury Department said so.",
                "Spain",
                Some("spain"),
            ),
        ],
    );
}

#[test]
fn penjabat_an_acting_post_is_a_title_word() {
    // Regression: "Penjabat Perdana Menteri Lebanon Najib Mikati" opened an
    // unknown chunk at "Penjabat" (acting) that swallowed the country.
    check_with(
        RECORDS,
        &[
            (
                "Kemarin Penjabat Perdana Menteri Spanyol itu tiba di Jakarta.",
                "Spanyol",
                Some("spain"),
            ),
            (
                "Yesterday the Acting Prime Minister Spain named arrived.",
                "Spain",
                Some("spain"),
            ),
            (
                "An Interim President Spain ordered it.",
                "Spain",
                Some("spain"),
            ),
            (
                "Caretaker Prime Minister Spain said so.",
                "Spain",
                Some("spain"),
            ),
        ],
    );
}

#[test]
fn a_states_official_form_keeps_the_country() {
    check_with(
        RECORDS,
        &[
            (
                "Presiden menerima Perdana Menteri Republik Demokratik Timor-Leste Xanana Gusmao di istana.",
                "Timor-Leste",
                Some("timor-leste"),
            ),
            (
                "Ia berkunjung ke Republik Sosialis Vietnam pekan lalu.",
                "Vietnam",
                Some("vietnam"),
            ),
            (
                "Ia bertemu Duta Besar Republik Kooperatif Vietnam kemarin.",
                "Vietnam",
                Some("vietnam"),
            ),
            (
                "He was the envoy of the Federal Republic of Germany then.",
                "Germany",
                Some("germany"),
            ),
            // A head word still makes another name.
            (
                "Ia bekerja di Bank Federal Vietnam sejak itu.",
                "Vietnam",
                None,
            ),
        ],
    );
}

#[test]
fn a_states_official_name_after_a_title_run_is_the_offices_state() {
    let records = r#"
{"id": "china", "name": "China", "type": "place", "aliases": ["Republik Rakyat China"]}
{"id": "indonesia", "name": "Indonesia", "type": "place", "aliases": ["Republik Indonesia"]}
"#;
    check_with(
        records,
        &[
            (
                "Menhan menerima Kepala Staf Gabungan Komisi Militer Pusat Republik Rakyat China , Jenderal Liu , di kantornya. Indonesia dan China bersahabat.",
                "Republik Rakyat China",
                Some("china"),
            ),
            (
                "Ia cucu Presiden Ketiga Republik Indonesia Bachrudin Jusuf Habibie. Ia senang.",
                "Republik Indonesia",
                Some("indonesia"),
            ),
            // no title opens the run, or a head word names an organisation
            (
                "Peringatan Hari Kemerdekaan Republik Indonesia digelar warga. Mereka senang.",
                "Republik Indonesia",
                None,
            ),
            (
                "Ketua Perhimpunan Mahasiswa Katolik Republik Indonesia hadir. Ia senang.",
                "Republik Indonesia",
                None,
            ),
            (
                "Ia melanggar Undang-Undang Republik Indonesia Nomor 31 itu. Ia ditahan.",
                "Republik Indonesia",
                None,
            ),
        ],
    );
}

#[test]
fn a_person_of_a_states_official_form_stands() {
    let records = r#"
{"id": "uruguay", "name": "Uruguay", "type": "place"}
{"id": "belgium", "name": "Belgium", "type": "place"}
{"id": "hans", "name": "Hans Meier", "type": "person"}
"#;
    check_with(
        records,
        &[
            // "of" and the state's official form after a full name: the
            // country the person comes from, as "of Belgium" is
            (
                "The envoys were Hans Meier of the Kingdom of Belgium and two others.",
                "Hans Meier",
                Some("hans"),
            ),
            (
                "Hans Meier of the Republic of Belgium spoke first.",
                "Hans Meier",
                Some("hans"),
            ),
            // a word of the state's official form before its name
            (
                "Ia bertemu Duta Besar Republik Oriental Uruguay kemarin.",
                "Uruguay",
                Some("uruguay"),
            ),
            (
                "He met the envoy of the Oriental Republic of Uruguay on Monday.",
                "Uruguay",
                Some("uruguay"),
            ),
            // traps: a longer name before "of", a head word before the place
            (
                "The Hans Meier Foundation of the Kingdom of Belgium gave a prize.",
                "Hans Meier",
                None,
            ),
            (
                "Ia menabung di Bank Oriental Uruguay sejak itu.",
                "Uruguay",
                None,
            ),
        ],
    );
}

#[test]
fn a_room_of_a_facility_keeps_the_facility() {
    check_with(
        RECORDS,
        &[
            (
                "Ia dilepas di Ruang VIP Bandara Juanda , Sidoarjo.",
                "Bandara Juanda",
                Some("bandara-juanda"),
            ),
            (
                "Tamu negara transit di VVIP Bandara Juanda sore itu.",
                "Bandara Juanda",
                Some("bandara-juanda"),
            ),
            // trap: another unknown word before the facility is another name
            (
                "Ia dilepas di Ruang Garuda Bandara Juanda , Sidoarjo.",
                "Bandara Juanda",
                None,
            ),
        ],
    );
}

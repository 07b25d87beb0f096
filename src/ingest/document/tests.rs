use super::*;

const SEEDS: [&str; 5] = [
    include_str!("../../../corpus/seeds/000_a4d24f8d53168425.txt"),
    include_str!("../../../corpus/seeds/001_536ced1bbd919f71.txt"),
    include_str!("../../../corpus/seeds/002_59e454f0b43af36c.txt"),
    include_str!("../../../corpus/seeds/003_0dc7af725f29fc38.txt"),
    include_str!("../../../corpus/seeds/004_a8f5743524ae6b21.txt"),
];

fn prep(text: &str) -> Prepared {
    let mut p = Prepared::default();
    prepare_into(text, &mut p);
    check_invariants(text, &p);
    p
}

/// Sentences with whitespace collapsed.
fn sents(p: &Prepared) -> Vec<String> {
    p.sentences
        .iter()
        .map(|s| collapse_spaces(&p.clean[s.range.clone()]))
        .collect()
}

fn check_invariants(text: &str, p: &Prepared) {
    assert_eq!(p.clean.len(), text.len());
    for (i, (a, b)) in text.bytes().zip(p.clean.bytes()).enumerate() {
        if a == b'\n' || a == b'\r' {
            assert_eq!(a, b, "line end at {i} changed");
        }
    }
    let mut last = 0;
    for s in &p.sentences {
        let r = &s.range;
        assert!(r.start < r.end && r.end <= text.len(), "{r:?}");
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
        assert!(r.start >= last, "sentences out of order");
        last = r.end;
        let para = &p.paragraphs[s.paragraph as usize];
        assert!(para.start <= r.start && r.end <= para.end);
    }
    for r in &p.paragraphs {
        assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end));
    }
}

#[test]
fn seed_boilerplate_is_stripped() {
    let gone = [
        "radio_button_unchecked",
        "light_mode",
        "IKUTI BERITABALI",
        "GOOGLE NEWS",
        "Editor:",
        "Reporter:",
        "Simak berita",
        "Ikuti kami",
        "beritabali.com/cnnindonesia.com",
        "BERITABALI.COM, DUNIA",
        "tulis komentar",
        "Advertisement",
        "INFOGRAFIS",
        "Halaman:",
        "Follow",
        "Berita Terkait",
        "Telusuri berita",
        "Sedang Trending",
        "ARTICLE AD BOX",
        "(ygs/imk)",
        "Loading",
        "Hoegeng",
        "WITA",
        "Jurnalis",
    ];
    for (n, text) in SEEDS.iter().enumerate() {
        let p = prep(text);
        for g in gone {
            assert!(!p.clean.contains(g), "seed {n}: {g:?} kept");
        }
        for line in p.clean.lines() {
            assert_ne!(line.trim(), "A", "seed {n}: font-size button kept");
            assert_ne!(line.trim(), "search");
            assert_ne!(line.trim(), "image");
        }
    }
    let p = prep(SEEDS[0]);
    assert!(p
        .clean
        .contains("Menteri Luar Negeri Rusia Sergey Lavrov akan mengunjungi"));
    assert!(p.clean.contains("Sergei Shoigu datang ke Korut"));
}

#[test]
fn seed_titles_and_dates() {
    let want = [
        (
            "Usai Kim Jong Un Bertemu Putin, Menlu Rusia Akan Kunjungi Korut",
            "2023-09-25",
        ),
        (
            "Rusia Tepis Tudingan AS Dapat Pasokan Amunisi dari Korut",
            "2023-10-21",
        ),
        (
            "Kim Jong-un Diskusikan Kerja Sama Militer, Latihan Gabungan, dalam Kunjungan di Rusia",
            "2023-09-17",
        ),
        (
            "Menlu Rusia Bertemu Kim Jong Un, Bahas Kerja Sama Militer-konflik Ukraina",
            "2025-07-12",
        ),
        (
            "Diundang Kim Jong Un, Putin Janji Bakal Kunjungi Korea Utara",
            "2023-09-14",
        ),
    ];
    for (text, (title, date)) in SEEDS.iter().zip(want) {
        let p = prep(text);
        assert_eq!(p.title.as_deref(), Some(title));
        assert_eq!(p.date.as_deref(), Some(date), "{title}");
    }
}

#[test]
fn repeated_paragraphs_are_dropped() {
    let text = SEEDS[1];
    let p = prep(text);
    let s = sents(&p);
    let n = s
        .iter()
        .filter(|s| s.starts_with("“Persahabatan kami"))
        .count();
    assert_eq!(n, 1);
    assert_eq!(
        s.iter().filter(|s| s.contains("Semenanjung Korea")).count(),
        1
    );
    // The second copy is blanked in `clean`, not just skipped.
    let needle = "Lavrov juga mengatakan kepada wartawan";
    let second = text.rfind(needle).unwrap();
    assert_ne!(text.find(needle), Some(second));
    assert!(p.clean[second..second + needle.len()].trim().is_empty());
    assert_eq!(p.paragraphs.len(), 10);
}

#[test]
fn repeated_title_is_dropped() {
    let text = SEEDS[2];
    let p = prep(text);
    let title = "Kim Jong-un Diskusikan";
    assert_eq!(p.clean.matches(title).count(), 1);
    assert_eq!(sents(&p)[0], p.title.clone().unwrap());
    // The caption stays: captions are article text.
    assert!(sents(&p).iter().any(|s| s == "(Foto: KCNA via Reuters)"));
}

#[test]
fn dateline_alone_joins_next_sentence() {
    let p = prep(SEEDS[3]);
    let s = sents(&p);
    assert!(
        s[1].starts_with("Jakarta - Menteri Luar Negeri Rusia, Sergei Lavrov"),
        "{}",
        s[1]
    );
    let p = prep("Judul Berita Panjang\n\nMOSKOW -\nPemimpin tiba. Dia disambut.\n");
    assert_eq!(sents(&p)[1..], ["MOSKOW - Pemimpin tiba.", "Dia disambut."]);
    let p = prep("WASHINGTON (Reuters) - The U.S. said on Monday. Talks end.");
    assert_eq!(
        sents(&p),
        [
            "WASHINGTON (Reuters) - The U.S. said on Monday.",
            "Talks end."
        ]
    );
}

// Found by the `document` fuzz target: a hard-wrapped last paragraph ending
// with a dash was taken for a dateline and cut to its first line, so its
// other lines were in no paragraph (and no sentence) yet not blanked.
#[test]
fn hard_wrapped_dateline_at_end_keeps_its_lines() {
    let text = "Presiden tiba di\nkota itu hari ini.\n\nlalu pergi ke\nkota lain -\n";
    let p = prep(text);
    assert_eq!(p.paragraphs.last(), Some(&(37..62)), "{:?}", p.paragraphs);
    assert_eq!(
        sents(&p),
        [
            "Presiden tiba di kota itu hari ini.",
            "lalu pergi ke kota lain -"
        ]
    );
    // Lone CR line ends, as the fuzzer had them.
    let p = prep("\u{FFFD}g\u{FFFD}\rz\"-");
    assert_eq!(p.paragraphs, vec![(0..11)]);
}

#[test]
fn tricky_paragraph_sentences() {
    let text = "Prof. Dr. H. Budi, S.H. bertemu Jl. Sudirman No. 5 dkk. pada pukul 10.30. \
                Harga naik 1,5 persen (Rp 3.000). \"Kami siap.\" Lalu Mr. J. Smith pergi! \
                Kenapa? Karena... Entahlah.";
    let p = prep(text);
    assert_eq!(
        sents(&p),
        [
            "Prof. Dr. H. Budi, S.H. bertemu Jl. Sudirman No. 5 dkk. pada pukul 10.30.",
            "Harga naik 1,5 persen (Rp 3.000).",
            "\"Kami siap.\"",
            "Lalu Mr. J. Smith pergi!",
            "Kenapa?",
            "Karena...",
            "Entahlah.",
        ]
    );
}

#[test]
fn markdown_keeps_the_words() {
    let text = "# Putin Meets Kim\n\n\
        ![Kim Jong Un and **Vladimir Putin**](https://img.example/a_b.jpg)\n\n\
        **MOSCOW** - The [Kremlin](https://kremlin.ru/a_b) said _on Monday_ that radio_button stays.\n\n\
        | Name | Role |\n|------|:----:|\n| Sergei Lavrov | Foreign minister |\n\n\
        > Quoted `text` here.\n\n\
        - First item\n* Second item\n1. Third item\n\n\
        ---\n\n\
        See https://example.com/x_y for more &amp; <b>more</b>.\n";
    let p = prep(text);
    assert_eq!(p.title.as_deref(), Some("Putin Meets Kim"));
    assert_eq!(
        sents(&p),
        [
            "Putin Meets Kim",
            "Kim Jong Un and Vladimir Putin",
            "MOSCOW - The Kremlin said on Monday that radio_button stays.",
            "Name Role",
            "Sergei Lavrov Foreign minister",
            "Quoted text here.",
            "First item",
            "Second item",
            "Third item",
            "See for more & more .",
        ]
    );
}

#[test]
fn entities_are_decoded_in_place() {
    let text = "Kim&#039;s &amp; Putin&#8217;s &quot;deal&quot;&nbsp;x &#x2019; &hellip; &#x1F600; &bogus; & done";
    let p = prep(text);
    assert_eq!(p.clean.len(), text.len());
    assert_eq!(
        collapse_spaces(&p.clean),
        // Padding spaces stay: offsets never move.
        "Kim 's & Putin ’s \"deal\" x ’ … 😀 &bogus; & done"
    );
    // The decoded character sits at the entity's offset.
    let at = text.find("&#8217;").unwrap();
    assert_eq!(&p.clean[at + 4..at + 7], "’");
    let at = text.find("deal&quot;").unwrap() + 4;
    assert_eq!(&p.clean[at..at + 6], "\"     ");
}

#[test]
fn html_paragraphs() {
    let p = prep("<p>Putin <b>met</b> Kim.</p><p>Second <a href=\"x\">para</a>.</p><script>var a = '<p>';</script>");
    assert_eq!(sents(&p), ["Putin met Kim.", "Second para ."]);
    assert_eq!(p.paragraphs.len(), 2);
}

#[test]
fn hard_wrapped_paragraphs_are_joined() {
    let text = "The two leaders met at the Vostochny\ncosmodrome on Wednesday, and talked\nfor hours about\nweapons.\n\nA second paragraph\nfollows here.\n";
    let p = prep(text);
    assert_eq!(p.paragraphs.len(), 2);
    assert_eq!(sents(&p)[0], "The two leaders met at the Vostochny cosmodrome on Wednesday, and talked for hours about weapons.");
    // One paragraph per line when lines end like sentences.
    let text = "Judul Berita\nKalimat pertama di sini.\nKalimat kedua di sini.\n";
    assert_eq!(prep(text).paragraphs.len(), 3);
}

#[test]
fn prose_with_marker_words_is_kept() {
    let text = "Advertisement revenue fell, and editors said readers should follow the story closely as it develops.\n\nBaca juga: Putin tiba di Pyongyang\n";
    let p = prep(text);
    assert_eq!(sents(&p), ["Advertisement revenue fell, and editors said readers should follow the story closely as it develops."]);
}

#[test]
fn tokenised_indosum_text() {
    let text = "Ketua MPR Zulkifli Hasan menyesalkan kisruh itu . Zulkifli menyarankan pertemuan .\n\n\" Tidak hanya tarif , \" ucap Zulkifli di Jakarta , Senin ( 27 / 3 ) .\n\nBaca juga : Setya Novanto : Jangan Sampai Kisruh\n\nKetua Umum PAN menambahkan .";
    let p = prep(text);
    assert_eq!(p.sentences.len(), 4);
    assert!(!p.clean.contains("Baca juga"));
    assert_eq!(p.date, None);
}

#[test]
fn dates_prefer_the_header() {
    let cases: &[(&str, Option<&str>)] = &[
        ("Judul Berita\nSenin, 2 Januari 2023 10:00 WIB\nPresiden bertemu menteri pada 5 Januari 2023 di istana negara.", Some("2023-01-02")),
        ("Judul Berita\nPresiden bertemu menteri pada 5 Januari 2023 di istana negara kemarin.\nFinal 17 September 2017.", None),
        ("Jakarta, 25 September 2023 - Presiden bertemu menteri di istana negara kemarin sore.", Some("2023-09-25")),
        ("Presiden bertemu menteri di istana negara, Senin (27/3/2017), kemarin sore.\nLalu Rabu (29/3/2017).", Some("2017-03-27")),
        ("Presiden bertemu menteri di istana negara, Kamis (14/9), kemarin sore.", None),
        ("Putin Meets Kim\nBy Jane Doe\nSept. 13, 2023\n\nVLADIVOSTOK (Reuters) - Kim Jong Un met Vladimir Putin on Wednesday at a spaceport.", Some("2023-09-13")),
    ];
    for (text, want) in cases {
        assert_eq!(prep(text).date.as_deref(), *want, "{text}");
    }
    // The date stamp line is metadata, not a sentence.
    let p = prep(cases[0].0);
    assert_eq!(p.sentences.len(), 2);
}

#[test]
fn english_article() {
    let text = "Putin hosts Kim at Russian spaceport\n\
        By Guy Faulconbridge and Ju-min Park\n\
        September 13, 2023 8:14 AM GMT+7 Updated 2 years ago\n\n\
        VOSTOCHNY COSMODROME, Russia, Sept 13 (Reuters) - Russian President Vladimir Putin on Wednesday \
        hosted North Korea's Kim Jong Un at a space rocket launch station. Putin said Russia would help \
        North Korea build satellites.\n\n\
        Advertisement · Scroll to continue\n\n\
        \"Of course,\" Putin said when asked by Russian state TV if Moscow would help. \"That is why we came here.\"\n\n\
        Reporting by Guy Faulconbridge; Editing by Alex Richardson\n\
        Our Standards: The Thomson Reuters Trust Principles.\n";
    let p = prep(text);
    assert_eq!(
        p.title.as_deref(),
        Some("Putin hosts Kim at Russian spaceport")
    );
    assert_eq!(p.date.as_deref(), Some("2023-09-13"));
    let s = sents(&p);
    assert_eq!(s.len(), 5, "{s:#?}");
    assert!(s[1].starts_with("VOSTOCHNY COSMODROME, Russia, Sept 13 (Reuters) - Russian President"));
    assert_eq!(
        s[3],
        "\"Of course,\" Putin said when asked by Russian state TV if Moscow would help."
    );
    for gone in ["Faulconbridge", "Advertisement", "Standards", "Updated"] {
        assert!(!p.clean.contains(gone), "{gone}");
    }
}

#[test]
fn buffers_are_reused_and_reset() {
    let mut p = Prepared::default();
    prepare_into(SEEDS[0], &mut p);
    prepare_into("", &mut p);
    assert!(p.clean.is_empty() && p.sentences.is_empty() && p.paragraphs.is_empty());
    assert_eq!((p.title.clone(), p.date.clone()), (None, None));
    prepare_into("Satu.", &mut p);
    assert_eq!(p.sentences.len(), 1);
}

/// Many odd inputs built from tricky pieces: the invariants always hold.
#[test]
fn odd_inputs_keep_offsets() {
    const PIECES: &[&str] = &[
        "&amp;",
        "&#8217;",
        "&#x1F600;",
        "&nbsp;",
        "&",
        "#",
        "**",
        "*",
        "_",
        "__",
        "~~",
        "`",
        "[",
        "](",
        ")",
        "![",
        "]",
        "<b>",
        "</p>",
        "<",
        ">",
        "<script>",
        "|",
        "|---|",
        "\r",
        "\n",
        "\r\n",
        "\n\n",
        " ",
        "  ",
        ".",
        "...",
        "…",
        "?",
        "\"",
        "“",
        "”",
        "’",
        "é",
        "Ж",
        "😀",
        "\u{a0}",
        "\u{200b}",
        "\u{feff}",
        "\t",
        "\u{0}",
        "A",
        "z",
        "Kim",
        "Dr.",
        "U.S.",
        "http://x.y/a_b",
        "www.",
        "(12/7/2025)",
        "25 September 2023",
        "radio_button",
        "Follow",
        "Jakarta -",
        "1.5",
        "- ",
        "1. ",
        "# ",
        "> ",
        "(ygs/imk)",
        "a.b/c",
        "-",
        "—",
    ];
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut text = String::new();
    let mut p = Prepared::default();
    for _ in 0..3000 {
        text.clear();
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let n = (seed % 40) as usize;
        for k in 0..n {
            let x = seed.rotate_left(k as u32 * 7) ^ (k as u64).wrapping_mul(0x2545_F491_4F6C_DD1D);
            text.push_str(PIECES[(x % PIECES.len() as u64) as usize]);
        }
        prepare_into(&text, &mut p);
        check_invariants(&text, &p);
    }
}

#[test]
fn complete_from_keeps_input_fields() {
    let p = prep(SEEDS[0]);
    let mut d = Document {
        date: Some("2020-01-01".into()),
        ..Document::default()
    };
    d.complete_from(&p);
    assert_eq!(d.date.as_deref(), Some("2020-01-01"));
    assert_eq!(d.title, p.title);
}

#[test]
fn markdown_blocks_in_wrapped_text() {
    let text = "## Heading here\nThe leaders met at the spaceport and\nthen talked about weapons.\n- Rusia\n- Korea Utara\n\n| Negara | Ya |\n| Rusia | Ya |\n\n- Rusia\n";
    let p = prep(text);
    assert_eq!(
        sents(&p),
        [
            "Heading here",
            "The leaders met at the spaceport and then talked about weapons.",
            "Rusia",
            "Korea Utara",
            "Negara Ya",
            "Rusia Ya",
            "Rusia",
        ]
    );
}

#[test]
fn crlf_and_lone_cr_line_ends() {
    for text in [
        "Judul Berita Ini\r\n\r\nKalimat satu di sini.\r\nKalimat dua di sini.\r\n",
        "Judul Berita Ini\r\rKalimat satu di sini.\rKalimat dua di sini.\r",
    ] {
        let p = prep(text);
        assert_eq!(p.title.as_deref(), Some("Judul Berita Ini"));
        assert_eq!(
            sents(&p),
            [
                "Judul Berita Ini",
                "Kalimat satu di sini.",
                "Kalimat dua di sini."
            ]
        );
        assert_eq!(p.paragraphs.len(), 3);
    }
}

#[test]
fn repeats_need_all_the_same_words() {
    let a = "Alpha beta gamma delta epsilon zeta eta theta iota kappa lambda akhir.";
    let late = "Alpha beta gamma delta epsilon zeta eta theta iota kappa mu akhir.";
    let spaced = "Alpha  beta gamma\tdelta epsilon zeta eta theta iota kappa lambda akhir.";
    let text = format!("{a}\n\n{late}\n\n{spaced}\n\n{late}\n");
    let p = prep(&text);
    assert_eq!(sents(&p), [a, late]);
    assert_eq!(p.paragraphs.len(), 2);
}

// Each paragraph was compared with every earlier one, which made a
// document of many paragraphs quadratic; it is now compared only with
// those of the same first and last word. A repeat after many other
// paragraphs, some of them sharing its first and last word, still goes.
#[test]
fn regression_repeats_are_found_among_many_paragraphs() {
    let repeat = "Menurut dia , rapat itu berjalan lancar hingga malam .";
    let mut text = format!("{repeat}\n\n");
    for i in 0..300 {
        text.push_str(&format!("Menurut dia , rapat ke-{i} berjalan lancar .\n\n"));
        text.push_str(&format!(
            "Warga kampung {i} datang ke balai desa pagi ini .\n\n"
        ));
    }
    text.push_str(&format!("{repeat}\n"));
    let p = prep(&text);
    assert_eq!(p.paragraphs.len(), 601);
    assert_eq!(sents(&p).iter().filter(|s| **s == repeat).count(), 1);
}

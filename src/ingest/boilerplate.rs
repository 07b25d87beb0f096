//! Web boilerplate lines (UI labels, ads, share/follow prompts, bylines,
//! breadcrumbs), recognised by general rules in Indonesian and English.
//!
//! A line is only boilerplate when it is short or mostly the marker: a
//! paragraph of real prose that merely contains "follow" or "iklan" stays.

/// Where a marker phrase must appear in the line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Pos {
    /// The whole line (ignoring case and trailing punctuation).
    Exact,
    /// At the start of the line, followed by a non-letter.
    Prefix,
    /// Anywhere in the line.
    Contains,
}

/// A marker phrase (lowercase ASCII), the longest line, in words, that it
/// condemns, and the index of its rarest letter (where a search for the
/// phrase inside a line starts: see [`contains_ci`]).
struct Marker(&'static str, Pos, usize, usize);

/// A [`Marker`], its search anchor worked out at compile time.
const fn m(phrase: &'static str, pos: Pos, max: usize) -> Marker {
    Marker(phrase, pos, max, rarest_letter(phrase))
}

/// Index of the letter of `phrase` that is least frequent in running text
/// (English and Indonesian letter frequencies), 0 if it has no letter.
const fn rarest_letter(phrase: &str) -> usize {
    const BY_RARITY: &[u8] = b"qxzjvwkfypbgchmudlorstinea";
    let p = phrase.as_bytes();
    let (mut best, mut best_rank) = (0, usize::MAX);
    let mut i = 0;
    while i < p.len() {
        let mut r = 0;
        while r < BY_RARITY.len() {
            if BY_RARITY[r] == p[i] && r < best_rank {
                best = i;
                best_rank = r;
            }
            r += 1;
        }
        i += 1;
    }
    best
}

use Pos::{Contains, Exact, Prefix};

/// Marker phrases of news-site chrome. Exact markers are UI labels; prefix
/// markers start a prompt, a credit or a teaser; contained markers name a
/// channel only promotional lines mention.
const MARKERS: &[Marker] = &[
    // Advertising and loading placeholders.
    m("advertisement", Prefix, 3),
    m("advertisment", Prefix, 3),
    m("iklan", Exact, 1),
    m("ads", Exact, 1),
    m("sponsored", Prefix, 3),
    m("konten bersponsor", Exact, 2),
    m("article ad box", Exact, 3),
    m("loading", Prefix, 2),
    m("memuat", Exact, 1),
    m("scroll to continue", Contains, 8),
    m("scroll untuk", Prefix, 8),
    m("continue reading", Prefix, 6),
    m("lanjutkan membaca", Prefix, 6),
    m("skip to", Prefix, 5),
    // Share, follow, subscribe, app prompts.
    m("share", Exact, 1),
    m("share this", Prefix, 6),
    m("share on", Prefix, 6),
    m("bagikan", Exact, 1),
    m("bagikan artikel", Prefix, 6),
    m("bagikan berita", Prefix, 6),
    m("follow", Prefix, 20),
    m("ikuti", Prefix, 20),
    m("subscribe", Prefix, 20),
    m("berlangganan", Prefix, 20),
    m("dapatkan update", Prefix, 30),
    m("dapatkan berita", Prefix, 30),
    m("download aplikasi", Prefix, 30),
    m("unduh aplikasi", Prefix, 30),
    m("klik di sini", Prefix, 20),
    m("click here", Prefix, 20),
    m("sign up", Prefix, 20),
    m("whatsapp channel", Contains, 40),
    m("saluran whatsapp", Contains, 40),
    m("google news", Contains, 12),
    m("newsletter", Contains, 20),
    m("follow us", Contains, 10),
    // Teasers and related-article blocks.
    m("baca juga", Prefix, 25),
    m("baca selengkapnya", Prefix, 20),
    m("selengkapnya", Exact, 1),
    m("read also", Prefix, 25),
    m("read more", Prefix, 25),
    m("see also", Prefix, 25),
    m("lihat juga", Prefix, 25),
    m("simak juga", Prefix, 25),
    m("simak berita", Prefix, 40),
    m("simak video", Prefix, 25),
    m("tonton juga", Prefix, 25),
    m("berita terkait", Prefix, 12),
    m("artikel terkait", Prefix, 12),
    m("berita lainnya", Prefix, 8),
    m("telusuri berita", Prefix, 12),
    m("related", Prefix, 6),
    m("more stories", Prefix, 6),
    m("most popular", Prefix, 6),
    m("terpopuler", Prefix, 4),
    m("sedang trending", Prefix, 12),
    m("trending", Prefix, 6),
    // Comments, pagination, tags.
    m("tulis komentar", Prefix, 8),
    m("komentar", Exact, 1),
    m("comments", Exact, 1),
    m("leave a comment", Prefix, 6),
    m("halaman", Prefix, 5),
    m("page", Exact, 1),
    m("next", Exact, 1),
    m("previous", Exact, 1),
    m("selanjutnya", Exact, 1),
    m("sebelumnya", Exact, 1),
    m("tags", Prefix, 30),
    m("tag", Prefix, 30),
    m("topik", Prefix, 15),
    // Credits.
    m("editor", Prefix, 6),
    m("reporter", Prefix, 6),
    m("penulis", Prefix, 6),
    m("redaktur", Prefix, 6),
    m("pewarta", Prefix, 6),
    m("writer", Prefix, 6),
    m("editing by", Prefix, 12),
    m("reporting by", Prefix, 16),
    m("writing by", Prefix, 12),
    // Bylines ("By Jane Doe and John Roe", "Oleh: Budi").
    m("by", Prefix, 8),
    m("oleh", Prefix, 5),
    m("our standards", Contains, 12),
    m("copyright", Prefix, 20),
    m("hak cipta", Prefix, 20),
    m("all rights reserved", Contains, 15),
    m("artikel ini telah tayang", Prefix, 40),
    // Site chrome.
    m("home", Exact, 1),
    m("beranda", Exact, 1),
    m("back to top", Exact, 3),
    m("kembali ke atas", Exact, 3),
    m("infografis", Prefix, 3),
];

/// Number of words of a line, counted only when a rule's other conditions
/// hold, and only as far as the rule needs: on most lines no rule gets that
/// far, and most limits are a few words.
struct Count<'a> {
    line: &'a str,
    /// `min(words, cap)` and the cap of the last count, once counted.
    words: Option<(usize, usize)>,
}

impl Count<'_> {
    /// Whether the line has at most `n` words (`n` at most 40).
    fn at_most(&mut self, n: usize) -> bool {
        match self.words {
            // Exact, or a lower bound above `n`.
            Some((w, cap)) if w < cap || w > n => w <= n,
            // Counted too few (or not yet): a small limit counts a little,
            // a larger one counts as far as any rule goes.
            _ => {
                let cap = if n < 16 && self.words.is_none() {
                    16
                } else {
                    41
                };
                let w = super::words::count_words(self.line, cap);
                self.words = Some((w, cap));
                w <= n
            }
        }
    }
}

/// Marker sets as bit masks over [`MARKERS`] indices: the exact and prefix
/// markers by first letter, and the contained ones.
struct MarkerIndex {
    by_first: [u128; 26],
    contains: u128,
}

/// [`MarkerIndex`] of [`MARKERS`], built at compile time.
const INDEX: MarkerIndex = {
    assert!(MARKERS.len() <= 128);
    let mut index = MarkerIndex {
        by_first: [0; 26],
        contains: 0,
    };
    let mut i = 0;
    while i < MARKERS.len() {
        let m = &MARKERS[i];
        if matches!(m.1, Contains) {
            index.contains |= 1 << i;
        } else {
            let c = m.0.as_bytes()[0];
            assert!(c.is_ascii_lowercase());
            index.by_first[(c - b'a') as usize] |= 1 << i;
        }
        i += 1;
    }
    index
};

/// Whether a trimmed line of cleaned text is boilerplate.
pub fn is_boilerplate(line: &str) -> bool {
    let line = line.trim();
    if line.is_empty() {
        return false;
    }
    // Every rule takes at most 40 words (rules without their own limit ask
    // for it themselves). Each rule tests its cheap conditions before its
    // word limit: the same answer, and most lines are never counted.
    let mut words = Count { line, words: None };
    if is_ui_tokens(line, &mut words)
        || is_initials(line)
        || is_breadcrumb(line, &mut words)
        || is_caps_label(line, &mut words)
    {
        return true;
    }
    let bare = line.trim_end_matches(|c: char| c.is_ascii_punctuation() || c == '…' || c == ' ');
    // An exact or prefix marker must share the line's first letter: only
    // those and the contained markers are tried.
    let first = line
        .as_bytes()
        .first()
        .map(u8::to_ascii_lowercase)
        .filter(u8::is_ascii_lowercase)
        .and_then(|c| INDEX.by_first.get(usize::from(c - b'a')))
        .copied()
        .unwrap_or(0);
    let mut candidates = first | INDEX.contains;
    while candidates != 0 {
        let i = candidates.trailing_zeros() as usize;
        candidates &= candidates - 1;
        let Some(m) = MARKERS.get(i) else {
            break;
        };
        let hit = match m.1 {
            Exact => bare.eq_ignore_ascii_case(m.0) && words.at_most(m.2),
            // A prefixed line that ends like a sentence is prose, unless it
            // is a label of a few words ("Loading...").
            Prefix => {
                starts_with_word(line, m.0)
                    && words.at_most(m.2)
                    && (words.at_most(3) || !ends_sentence(line))
            }
            // Counting a few words costs less than scanning the line, which
            // costs less than counting many.
            Contains if m.2 <= 12 => words.at_most(m.2) && contains_ci(line, m),
            Contains => contains_ci(line, m) && words.at_most(m.2),
        };
        if hit {
            return true;
        }
    }
    false
}

fn ends_sentence(line: &str) -> bool {
    line.trim_end_matches(['"', '\'', '”', '’', ')'])
        .ends_with(['.', '!', '?', '…'])
}

fn starts_with_word(line: &str, phrase: &str) -> bool {
    let b = line.as_bytes();
    b.len() >= phrase.len()
        && b[..phrase.len()].eq_ignore_ascii_case(phrase.as_bytes())
        // "Follow-up talks" and "Follow's" are words, not the marker.
        && !b
            .get(phrase.len())
            .is_some_and(|c| c.is_ascii_alphanumeric() || matches!(c, b'-' | b'\'' | b'_'))
}

/// Whether the marker's phrase occurs in `line`, ignoring ASCII case.
fn contains_ci(line: &str, m: &Marker) -> bool {
    let p = m.0.as_bytes();
    let at = m.3;
    let Some(&anchor) = p.get(at) else {
        return p.is_empty();
    };
    // Candidates are where the phrase's rarest letter is, in either case
    // (memchr): few places in a line, unlike its first letter.
    let hay = line.as_bytes();
    memchr::memchr2_iter(anchor, anchor.to_ascii_uppercase(), hay).any(|i| {
        i.checked_sub(at)
            .and_then(|start| hay.get(start..start + p.len()))
            .is_some_and(|w| w.eq_ignore_ascii_case(p))
    })
}

/// Icon names and UI labels: `radio_button_unchecked`, `light_mode
/// dark_mode`, a lone lowercase word (`search`, `image`), or a line of one
/// or two characters (font-size buttons "A", "A+").
fn is_ui_tokens(line: &str, words: &mut Count<'_>) -> bool {
    // Two characters take at most 8 bytes: longer lines need no count.
    if line.len() <= 8 && line.chars().count() <= 2 && !line.chars().any(|c| c.is_ascii_digit()) {
        return true;
    }
    let snake = |w: &str| {
        w.contains('_')
            && w.bytes()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_')
    };
    if super::words::words(line).all(snake) && words.at_most(6) {
        return true;
    }
    // A trimmed, non-empty line has a word.
    line.bytes().all(|c| c.is_ascii_lowercase()) && words.at_most(1)
}

/// Editor's initials closing an article: `(ygs/imk)`, `(ant)`, `[bbn]`.
fn is_initials(line: &str) -> bool {
    let inner = line
        .strip_prefix('(')
        .and_then(|s| s.strip_suffix(')'))
        .or_else(|| line.strip_prefix('[').and_then(|s| s.strip_suffix(']')));
    inner.is_some_and(|s| {
        s.len() <= 30
            && s.bytes().any(|c| c.is_ascii_lowercase())
            && s.bytes()
                .all(|c| c.is_ascii_lowercase() || matches!(c, b'/' | b',' | b'-' | b' ' | b'.'))
    })
}

/// URL paths and breadcrumbs: `site.com/section/Title`, `Home > News > World`.
fn is_breadcrumb(line: &str, words: &mut Count<'_>) -> bool {
    let first = super::words::words(line).next().unwrap_or("");
    if let Some(slash) = first.find('/') {
        let host = first.get(..slash).unwrap_or("");
        let tld = host.rsplit('.').next().unwrap_or("");
        if host.contains('.')
            && tld.len() >= 2
            && tld.bytes().all(|c| c.is_ascii_alphabetic())
            && host
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'.' || c == b'-')
            && words.at_most(40)
        {
            return true;
        }
    }
    // '»' is C2 BB and '›' E2 80 BA: one scan rules out all three.
    let b = line.as_bytes();
    let has_sep = memchr::memchr3(b'>', 0xBB, 0xBA, b).is_some()
        && (memchr::memchr(b'>', b).is_some() || line.contains('»') || line.contains('›'));
    if !has_sep || !words.at_most(15) {
        return false;
    }
    let seps =
        line.matches(" > ").count() + line.matches(" » ").count() + line.matches(" › ").count();
    seps >= 2
}

/// Short labels in capitals ("GOOGLE NEWS", "SITE.COM, DUNIA."): section
/// names and channel prompts. A dateline ("MOSKOW -", "LONDON 1996-08-30",
/// "JAKARTA, 12/3/2017", "LONDON" alone) is article text.
fn is_caps_label(line: &str, words: &mut Count<'_>) -> bool {
    // Prose has a lowercase letter within a few bytes: tested first, so
    // that the dateline tests below (which read the whole line) run on
    // the few lines written in capitals.
    if line.chars().any(char::is_lowercase) || !line.chars().any(char::is_uppercase) {
        return false;
    }
    // A place alone on a line ("LONDON") is a dateline too: a label has
    // several words or punctuation ("GOOGLE NEWS", "DUNIA.").
    let alone = line.chars().count() >= 3 && line.chars().all(char::is_alphabetic);
    let dateline = line.ends_with(['-', '–', '—']) || alone || has_date(line);
    !dateline && words.at_most(4)
}

/// Does the line hold a numeric date: digits, a `-`, `/` or `.`, digits,
/// the same separator, digits ("1996-08-30", "30/8/1996", "30.08.96")?
fn has_date(line: &str) -> bool {
    line.split(|c: char| c.is_whitespace() || c == ',' || c == '(' || c == ')')
        .any(|tok| {
            let Some(sep) = tok.chars().find(|c| matches!(c, '-' | '/' | '.')) else {
                return false;
            };
            let mut parts = 0;
            tok.trim_end_matches('.').split(sep).all(|p| {
                parts += 1;
                parts <= 3 && (1..=4).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
            }) && parts == 3
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_dates_are_three_short_digit_groups_with_one_separator() {
        for (line, want) in [
            ("LONDON 1996-08-30", true),
            ("30/8/1996", true),
            ("JAKARTA (30.08.96)", true),
            ("1996-08-30.", true),
            ("1.2.3.4", false),
            ("12345-1-1", false),
            ("1996-08", false),
            ("1996-08/30", false),
            ("a-b-c", false),
            ("1996--30", false),
            ("BERITA TERKINI", false),
        ] {
            assert_eq!(has_date(line), want, "{line}");
        }
    }

    // Through the first-letter index and the rarest-letter search, every
    // marker still condemns a line that is just its phrase, in any case.
    #[test]
    fn every_marker_is_indexed() {
        for m in MARKERS {
            if m.0.split_whitespace().count() > m.2 {
                continue;
            }
            for line in [m.0.to_string(), m.0.to_uppercase()] {
                assert!(is_boilerplate(&line), "{line}");
            }
            if m.1 == Contains {
                assert!(is_boilerplate(&format!("x {} y", m.0)), "{}", m.0);
            }
        }
    }

    // Word limits hold exactly, whether the count is taken early or late.
    #[test]
    fn word_limits_are_exact() {
        let words = |n: usize| vec!["kata"; n].join(" ");
        for (marker, max) in [
            ("google news", 12),
            ("follow", 20),
            ("whatsapp channel", 40),
        ] {
            let fill = max - marker.split_whitespace().count();
            let at = format!("{marker} {}", words(fill));
            let over = format!("{marker} {}", words(fill + 1));
            assert!(is_boilerplate(&at), "{at}");
            assert!(!is_boilerplate(&over), "{over}");
        }
        // A breadcrumb URL has no limit of its own: 40 words at most.
        let url = |n: usize| format!("site.com/a {}", words(n));
        assert!(is_boilerplate(&url(39)));
        assert!(!is_boilerplate(&url(40)));
        assert!(is_boilerplate("Home > News > World"));
        assert!(!is_boilerplate(&format!("Home > News > {}", words(14))));
    }

    #[test]
    fn boilerplate_table() {
        let yes = [
            "radio_button_unchecked",
            "light_mode dark_mode",
            "search",
            "image",
            "A",
            "Advertisement",
            "ARTICLE AD BOX",
            "Loading...",
            "Follow",
            "Ikuti kami",
            "IKUTI BERITABALI.COM DI",
            "GOOGLE NEWS",
            "Follow WhatsApp Channel Okezone untuk update berita terbaru setiap hari",
            "Baca juga: Putin Tiba di Pyongyang",
            "Baca juga : Setya Novanto : Jangan Sampai Kisruh",
            "Berita Terkait",
            "Telusuri berita news lainnya",
            "Halaman:",
            "Editor: Redaksi",
            "Reporter: bbn/net",
            "(ygs/imk)",
            "tulis komentar anda",
            "Sedang Trending 4 jam yang lalu",
            "example.com/world/Putin Meets Kim",
            "Home > World > Asia",
            "Read more: Kim visits Russia",
            "Sign up for our newsletter",
            "By Guy Faulconbridge and Ju-min Park",
            "Advertisement · Scroll to continue",
            "Follow us on Twitter.",
            "Copyright 2023 Example Media. All rights reserved.",
        ];
        for l in yes {
            assert!(is_boilerplate(l), "should be boilerplate: {l}");
        }
        let no = [
            "MOSKOW -",
            "LONDON 1996-08-30",
            "LONDON",
            "JAKARTA 30/8/2017",
            "WASHINGTON, 2023.09.13",
            "Jakarta -",
            "Putin mengatakan akan mengikuti perkembangan dan follow up hasil pertemuan itu dengan cermat.",
            "Kim Jong Un Bertemu Putin di Vladivostok",
            "Advertisement revenue at the group fell by a third last year, the company said in a statement on Monday.",
            "Editors of the paper argued that the summit would change relations between the two countries for years.",
            "Kim juga bertemu dengan Menteri Pertahanan Rusia Sergey Shoigu.",
            "(Foto: KCNA via Reuters)",
            "1,5 juta",
            "Hal ini",
            "Follow-up talks are planned for next week.",
            "Share prices fell sharply.",
            "Bagikan bantuan kepada warga.",
            "By Monday, the talks had ended.",
            "Oleh karena itu, pertemuan ditunda.",
        ];
        for l in no {
            assert!(!is_boilerplate(l), "should be kept: {l}");
        }
    }
}

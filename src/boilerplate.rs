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

/// A marker phrase (lowercase ASCII) and the longest line, in words, that
/// it condemns.
struct Marker(&'static str, Pos, usize);

use Pos::{Contains, Exact, Prefix};

/// Marker phrases of news-site chrome. Exact markers are UI labels; prefix
/// markers start a prompt, a credit or a teaser; contained markers name a
/// channel only promotional lines mention.
const MARKERS: &[Marker] = &[
    // Advertising and loading placeholders.
    Marker("advertisement", Prefix, 3),
    Marker("advertisment", Prefix, 3),
    Marker("iklan", Exact, 1),
    Marker("ads", Exact, 1),
    Marker("sponsored", Prefix, 3),
    Marker("konten bersponsor", Exact, 2),
    Marker("article ad box", Exact, 3),
    Marker("loading", Prefix, 2),
    Marker("memuat", Exact, 1),
    Marker("scroll to continue", Contains, 8),
    Marker("scroll untuk", Prefix, 8),
    Marker("continue reading", Prefix, 6),
    Marker("lanjutkan membaca", Prefix, 6),
    Marker("skip to", Prefix, 5),
    // Share, follow, subscribe, app prompts.
    Marker("share", Exact, 1),
    Marker("share this", Prefix, 6),
    Marker("share on", Prefix, 6),
    Marker("bagikan", Exact, 1),
    Marker("bagikan artikel", Prefix, 6),
    Marker("bagikan berita", Prefix, 6),
    Marker("follow", Prefix, 20),
    Marker("ikuti", Prefix, 20),
    Marker("subscribe", Prefix, 20),
    Marker("berlangganan", Prefix, 20),
    Marker("dapatkan update", Prefix, 30),
    Marker("dapatkan berita", Prefix, 30),
    Marker("download aplikasi", Prefix, 30),
    Marker("unduh aplikasi", Prefix, 30),
    Marker("klik di sini", Prefix, 20),
    Marker("click here", Prefix, 20),
    Marker("sign up", Prefix, 20),
    Marker("whatsapp channel", Contains, 40),
    Marker("saluran whatsapp", Contains, 40),
    Marker("google news", Contains, 12),
    Marker("newsletter", Contains, 20),
    Marker("follow us", Contains, 10),
    // Teasers and related-article blocks.
    Marker("baca juga", Prefix, 25),
    Marker("baca selengkapnya", Prefix, 20),
    Marker("selengkapnya", Exact, 1),
    Marker("read also", Prefix, 25),
    Marker("read more", Prefix, 25),
    Marker("see also", Prefix, 25),
    Marker("lihat juga", Prefix, 25),
    Marker("simak juga", Prefix, 25),
    Marker("simak berita", Prefix, 40),
    Marker("simak video", Prefix, 25),
    Marker("tonton juga", Prefix, 25),
    Marker("berita terkait", Prefix, 12),
    Marker("artikel terkait", Prefix, 12),
    Marker("berita lainnya", Prefix, 8),
    Marker("telusuri berita", Prefix, 12),
    Marker("related", Prefix, 6),
    Marker("more stories", Prefix, 6),
    Marker("most popular", Prefix, 6),
    Marker("terpopuler", Prefix, 4),
    Marker("sedang trending", Prefix, 12),
    Marker("trending", Prefix, 6),
    // Comments, pagination, tags.
    Marker("tulis komentar", Prefix, 8),
    Marker("komentar", Exact, 1),
    Marker("comments", Exact, 1),
    Marker("leave a comment", Prefix, 6),
    Marker("halaman", Prefix, 5),
    Marker("page", Exact, 1),
    Marker("next", Exact, 1),
    Marker("previous", Exact, 1),
    Marker("selanjutnya", Exact, 1),
    Marker("sebelumnya", Exact, 1),
    Marker("tags", Prefix, 30),
    Marker("tag", Prefix, 30),
    Marker("topik", Prefix, 15),
    // Credits.
    Marker("editor", Prefix, 6),
    Marker("reporter", Prefix, 6),
    Marker("penulis", Prefix, 6),
    Marker("redaktur", Prefix, 6),
    Marker("pewarta", Prefix, 6),
    Marker("writer", Prefix, 6),
    Marker("editing by", Prefix, 12),
    Marker("reporting by", Prefix, 16),
    Marker("writing by", Prefix, 12),
    // Bylines ("By Jane Doe and John Roe", "Oleh: Budi").
    Marker("by", Prefix, 8),
    Marker("oleh", Prefix, 5),
    Marker("our standards", Contains, 12),
    Marker("copyright", Prefix, 20),
    Marker("hak cipta", Prefix, 20),
    Marker("all rights reserved", Contains, 15),
    Marker("artikel ini telah tayang", Prefix, 40),
    // Site chrome.
    Marker("home", Exact, 1),
    Marker("beranda", Exact, 1),
    Marker("back to top", Exact, 3),
    Marker("kembali ke atas", Exact, 3),
    Marker("infografis", Prefix, 3),
];

/// Whether a trimmed line of cleaned text is boilerplate.
pub fn is_boilerplate(line: &str) -> bool {
    let line = line.trim();
    if line.is_empty() {
        return false;
    }
    let words = crate::document::count_words(line, 41);
    if words > 40 {
        return false;
    }
    if is_ui_tokens(line, words)
        || is_initials(line)
        || is_breadcrumb(line, words)
        || is_caps_label(line, words)
    {
        return true;
    }
    let bare = line.trim_end_matches(|c: char| c.is_ascii_punctuation() || c == '…' || c == ' ');
    // An exact or prefix marker must share the line's first letter: most
    // markers are ruled out by one byte comparison.
    let first = line.as_bytes().first().map(u8::to_ascii_lowercase);
    MARKERS.iter().any(|m| {
        words <= m.2
            && (m.1 == Contains || m.0.as_bytes().first().copied() == first)
            && match m.1 {
                Exact => bare.eq_ignore_ascii_case(m.0),
                // A prefixed line that ends like a sentence is prose,
                // unless it is a label of a few words ("Loading...").
                Prefix => starts_with_word(line, m.0) && (words <= 3 || !ends_sentence(line)),
                Contains => contains_ci(line, m.0),
            }
    })
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

fn contains_ci(line: &str, phrase: &str) -> bool {
    let p = phrase.as_bytes();
    let Some(&first) = p.first() else {
        return true;
    };
    // Candidates are where the first letter is, in either case (memchr).
    let hay = line.as_bytes();
    memchr::memchr2_iter(first, first.to_ascii_uppercase(), hay).any(|i| {
        hay.get(i..i + p.len())
            .is_some_and(|w| w.eq_ignore_ascii_case(p))
    })
}

/// Icon names and UI labels: `radio_button_unchecked`, `light_mode
/// dark_mode`, a lone lowercase word (`search`, `image`), or a line of one
/// or two characters (font-size buttons "A", "A+").
fn is_ui_tokens(line: &str, words: usize) -> bool {
    // Two characters take at most 8 bytes: longer lines need no count.
    if line.len() <= 8 && line.chars().count() <= 2 && !line.chars().any(|c| c.is_ascii_digit()) {
        return true;
    }
    let snake = |w: &str| {
        w.contains('_')
            && w.bytes()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == b'_')
    };
    if words <= 6 && crate::document::words(line).all(snake) {
        return true;
    }
    words == 1 && line.bytes().all(|c| c.is_ascii_lowercase())
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
fn is_breadcrumb(line: &str, words: usize) -> bool {
    let first = crate::document::words(line).next().unwrap_or("");
    if let Some(slash) = first.find('/') {
        let host = first.get(..slash).unwrap_or("");
        let tld = host.rsplit('.').next().unwrap_or("");
        if host.contains('.')
            && tld.len() >= 2
            && tld.bytes().all(|c| c.is_ascii_alphabetic())
            && host
                .bytes()
                .all(|c| c.is_ascii_alphanumeric() || c == b'.' || c == b'-')
        {
            return true;
        }
    }
    if words > 15 || !line.contains(['>', '»', '›']) {
        return false;
    }
    let seps =
        line.matches(" > ").count() + line.matches(" » ").count() + line.matches(" › ").count();
    seps >= 2 && words <= 15
}

/// Short labels in capitals ("GOOGLE NEWS", "SITE.COM, DUNIA."): section
/// names and channel prompts. A dateline ("MOSKOW -") is article text.
fn is_caps_label(line: &str, words: usize) -> bool {
    let dateline = line.ends_with(['-', '–', '—']);
    words <= 4
        && !dateline
        && line.chars().any(char::is_uppercase)
        && !line.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

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

//! A minister's portfolio in more words than the office data holds
//! (issue 17, twentieth round, part B): "Menteri Perdagangan Luar Negeri
//! dan Pariwisata Peru, X", "Wakil Menteri Kesehatan Timor Leste X",
//! "Bangladesh's Health and Family Welfare Minister X", "Nepal's Culture,
//! Tourism and Civil Aviation Secretary X". The office data names the
//! first words of the portfolio (or only the rank), so the capitalised
//! words left over stood between the title and its country, and the
//! holder got none.

use super::appoint::{
    before_name, link, linked_places_end, mention_at, posting_at, punct, rank_before_name,
};
use super::index::Extractor;
use super::office_list::of_country;
use super::sentence::Sent;
use super::title_words::title_at;
use crate::base::types::EntityType;
use std::ops::Range;

/// Capitalised words at most in a portfolio's run (its links aside):
/// eight since the twenty-eighth round ("Menteri Perdagangan
/// Internasional, Promosi Ekspor, Usaha Kecil, dan Pembangunan Ekonomi
/// Kanada X" has seven after the office data's title).
const MAX_WORDS: usize = 8;

/// Whether the title at `title` heads a portfolio (a word of class
/// `portfolio_head`: "Menteri", "Minister", "Secretary"). Only these may
/// reach their country across unknown words: a company's "Presiden
/// Direktur Freeport Indonesia" or a province's "Kepala Dinas Pariwisata
/// Jawa Barat" must not.
pub(super) fn heads_portfolio(s: &Sent, title: Range<usize>, x: &Extractor) -> bool {
    title.into_iter().any(|k| {
        s.toks
            .get(k)
            .is_some_and(|t| t.word && x.lex.in_class("portfolio_head", &t.norm))
    })
}

/// A capitalised word at `k` that may be part of a portfolio: in no
/// mention but a region's ("Urusan Eropa": forty-first round, part A,
/// [`super::portfolio_names::in_region`]), no day or month, no title's
/// first word ("Saudi Arabia's Crown Prince and Prime Minister X" names
/// two offices) and no rank opening a name ("Brigjen TNI X").
pub(super) fn portfolio_word(s: &Sent, k: usize, x: &Extractor) -> bool {
    s.toks.get(k).is_some_and(|t| {
        t.word
            && t.upper
            && !x.lex.in_class("calendar", &t.norm)
            && !x.lex.in_class("coord", &t.norm)
    }) && (!s.in_mention(k) || super::portfolio_names::in_region(s, k, x))
        && rank_before_name(s, k, x) == 0
        && title_at(s, k, x).is_none()
}

/// Indonesian order: the tokens from `k` (right after the title) that end
/// at a country's mention, when they are capitalised words, possibly
/// linked by commas and a coordination word ("Luar Negeri dan
/// Pariwisata", "Kesehatan"). The run opens and closes with a word; 0 when
/// there is none.
pub(super) fn run_to_country(s: &Sent, k: usize, x: &Extractor) -> usize {
    // "Menteri Perdagangan dan Industri Malaysia X": the run may open
    // with a coordination word after a title ending in a portfolio word,
    // when the holder's name follows the country (thirty-eighth round,
    // part A: super::modified_title)
    let (mut j, named) = match super::modified_title::opening(s, k, x) {
        Some(j) => (j, true),
        None => (k, false),
    };
    let mut words = 0;
    while words < MAX_WORDS && portfolio_word(s, j, x) {
        words += 1;
        j += 1;
        if country_at(s, j, x) {
            if named && !super::modified_title::name_after_country(s, j) {
                return 0;
            }
            return j - k;
        }
        j = past_links(s, j, x);
    }
    0
}

/// Token `j`, or the next portfolio word after the links from it ("Pelaburan
/// , Perdagangan dan Industri": a comma, a coordination word, or a comma
/// and one, then a word again).
fn past_links(s: &Sent, j: usize, x: &Extractor) -> usize {
    let n = (0..2).take_while(|&i| link(s, j + i, x)).count();
    if n > 0 && portfolio_word(s, j + n, x) {
        j + n
    } else {
        j
    }
}

/// English order: "of" or a word of class `portfolio` ("for") after a
/// title that heads a portfolio (`title`), then capitalised words the
/// office data does not hold (linked as above), up to the holder's name
/// (after a comma or not) or "of" and a country: "Egypt's Deputy Minister
/// *of Petroleum*, X", "Cabinet Secretary *for Foreign and Diaspora
/// Affairs* of Kenya" (twenty-eighth round). The tokens it takes; 0 when
/// there is none.
pub(super) fn portfolio_after(s: &Sent, title: Range<usize>, x: &Extractor) -> usize {
    let k = title.end;
    let lead = s.is_lower(k)
        && s.toks
            .get(k)
            .is_some_and(|t| t.word && (t.norm == "of" || x.lex.tok_in_class("portfolio", t)));
    if !lead || !heads_portfolio(s, title, x) {
        return 0;
    }
    let person =
        |e: usize| mention_at(s, e).is_some_and(|p| s.ments[p].etype == EntityType::Person);
    let mut j = k + 1;
    let mut words = 0;
    while words < MAX_WORDS && portfolio_word(s, j, x) {
        words += 1;
        j += 1;
        let named = person(j) || (punct(s, j, &[","]) && person(j + 1));
        if named || of_country(s, j, x) {
            return j - k;
        }
        j = past_links(s, j, x);
    }
    0
}

/// Whether a mention of a country starts at `k`.
fn country_at(s: &Sent, k: usize, x: &Extractor) -> bool {
    mention_at(s, k).is_some_and(|m| {
        s.ments[m].etype == EntityType::Place && x.countries.contains(&s.ments[m].entity)
    })
}

/// The tokens of an owner's possessive mark right before token `k`: 2
/// for "'s", 1 for a bare apostrophe closing a word that ends in "s"
/// ("Barbados' Minister", twenty-sixth round: written with no space
/// before it and a space after, so no quotation's closing mark), 0 for
/// none.
pub(super) fn possessive_len(s: &Sent, k: usize) -> usize {
    if s.possessive_s_before(k) {
        return 2;
    }
    let (Some(w), Some(a), Some(t)) = (
        k.checked_sub(2).and_then(|i| s.toks.get(i)),
        s.toks.get(k.wrapping_sub(1)),
        s.toks.get(k),
    ) else {
        return 0;
    };
    let opened = k >= 3 && s.toks[k - 3].norm == "'";
    let bare = a.norm == "'"
        && w.word
        && w.norm.ends_with('s')
        && w.range.end == a.range.start
        && a.range.end < t.range.start
        && !opened;
    usize::from(bare)
}

/// English order: the start of capitalised words (linked as above) right
/// before the title at `ts`, when an owner's "'s" stands before them
/// ("Bangladesh's *Health and Family Welfare* Minister"). `None` when
/// there is no such run.
pub(super) fn run_after_owner(s: &Sent, ts: usize, x: &Extractor) -> Option<usize> {
    let mut k = ts;
    for _ in 0..MAX_WORDS {
        // "Culture , Tourism and Civil Aviation Minister": links may stand
        // before any word of the run, the title's first one included
        let n = (1..=2).take_while(|&i| k >= i && link(s, k - i, x)).count();
        let j = k - n;
        if j == 0 || !portfolio_word(s, j - 1, x) {
            return None;
        }
        k = j - 1;
        if possessive_len(s, k) > 0 {
            return Some(k);
        }
    }
    None
}

/// The end of an envoy's posting at `k` after the title's country, when
/// the title follows its holder's name ("X, Ambassador of India to
/// Argentina and Uruguay, and Y"): a word of class `envoy_to` and places
/// linked by commas and a coordination word, or an organisation ("X,
/// Belize's Ambassador to the OAS,": [`posting_at`]). `k` when there is
/// none. The posting is no country of the office; it only lets the
/// apposition close after it.
pub(super) fn posting_end(s: &Sent, k: usize, x: &Extractor) -> usize {
    match posting_at(s, k, x) {
        Some(p) => linked_places_end(s, p, x),
        None => k,
    }
}

/// Adds the place mention `p` of a title's posting or seat and the places
/// linked to it up to token `end` ("untuk PNG dan Kepulauan Solomon",
/// [`linked_places_end`]) to `in_title`; returns `end`.
pub(super) fn take_linked_places(
    s: &Sent,
    (p, end): (usize, usize),
    in_title: &mut Vec<usize>,
) -> usize {
    let start = s.ments[p].toks.start;
    in_title.extend(
        (0..s.ments.len())
            .filter(|&m| s.ments[m].toks.start >= start && s.ments[m].toks.end <= end),
    );
    end
}

/// "Duta Besar RI untuk PNG dan Kepulauan Solomon X": when the title read
/// so far (ending at `head_end`) ends with a place of its posting, the
/// places linked to it, up to a holder's name right after them, are part
/// of the title too; the new end of the title, if they are.
pub(super) fn posting_before_name(
    s: &Sent,
    head_end: usize,
    x: &Extractor,
    in_title: &mut Vec<usize>,
) -> Option<usize> {
    // "Presiden AIPA 2023, X": a year after the title (twenty-fourth round)
    if let Some(end) = super::office_list::year_before_name(s, head_end, in_title) {
        return Some(end);
    }
    let &p = in_title
        .last()
        .filter(|&&p| s.ments[p].toks.end == head_end && s.ments[p].etype == EntityType::Place)?;
    let end = linked_places_end(s, p, x);
    let person =
        |k: usize| mention_at(s, k).is_some_and(|q| s.ments[q].etype == EntityType::Person);
    // "Duta Besar RI untuk Rumania dan Moldova, X": after a posting's
    // word, the holder may follow the places' comma (thirtieth round)
    let posted = s.ments[p].toks.start.checked_sub(1).is_some_and(|k| {
        s.toks
            .get(k)
            .is_some_and(|t| t.word && x.lex.in_class("envoy_to", &t.norm))
    });
    // "untuk Kazakhstan dan Tajikistan M. X", "untuk Australia dan
    // Vanuatu, Laksma TNI X": an initial, an honorific or a rank (with
    // its full stop) may open the name (thirty-ninth round, part A)
    let opened = |k: usize| {
        let n = match mention_at(s, k) {
            Some(_) => 0,
            None => before_name(s, k, x),
        };
        person(k + n + usize::from(n > 0 && punct(s, k + n, &["."])))
    };
    let named = opened(end)
        || (posted && punct(s, end, &[","]) && opened(end + 1))
        || super::seat_country::seat_country_apposed(s, head_end, end, x);
    (end > head_end && named).then(|| take_linked_places(s, (p, end), in_title))
}

/// A title written after its holder's name whose portfolio goes on past
/// the office data's words ("X, Morocco's Minister of Trade and
/// Industry, said", "X, the Emirates' Minister of Foreign Affairs and
/// International Cooperation,"; thirty-ninth round, part A): from the
/// title's end `k`, capitalised words linked by commas and a
/// coordination word, up to where the apposition closes. The end of the
/// longest such run; `k` when the title heads no portfolio, its country
/// follows it (`k` is past the title's words) or no run closes.
pub(super) fn portfolio_rest(s: &Sent, title: Range<usize>, k: usize, x: &Extractor) -> usize {
    if k != title.end || !heads_portfolio(s, title, x) {
        return k;
    }
    let (mut j, mut best) = (k, k);
    for _ in 0..MAX_WORDS {
        let n = (0..2).take_while(|&i| link(s, j + i, x)).count();
        if n == 0 || !portfolio_word(s, j + n, x) {
            break;
        }
        j += n;
        while j < k + 4 * MAX_WORDS && portfolio_word(s, j, x) {
            j += 1;
        }
        if super::office_list::apposition_closes(s, j, x) {
            best = j;
        }
    }
    best
}

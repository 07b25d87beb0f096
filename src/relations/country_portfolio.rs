//! A minister's portfolio written after the title's country (issue 17,
//! forty-first round, part A): "Menteri Federal Jerman untuk Lingkungan
//! Hidup X". A word of class `portfolio_after_country` ("untuk") after the
//! country opens capitalised words of the portfolio, and the holder's
//! name follows them; the words had stood between the country and the
//! name, so the holder got none.

use super::appoint::{link, mention_at, punct};
use super::index::Extractor;
use super::sentence::Sent;
use super::title_of::portfolio_place;
use super::title_run::{heads_portfolio, portfolio_word};
use crate::base::types::EntityType;
use std::ops::Range;

/// Capitalised words at most in the portfolio (its links aside).
const MAX_WORDS: usize = 5;

/// The tokens after a title's country at `k` that belong to the title: an
/// organisation's portfolio closing with a place ([`portfolio_place`]),
/// or, when the title heads a portfolio, a word of class
/// `portfolio_after_country` and capitalised words (linked by a comma or
/// a coordination word) right before the holder's name, after a comma or
/// not. 0 when there is none.
pub(super) fn after_country(s: &Sent, title: Range<usize>, k: usize, x: &Extractor) -> usize {
    let place = portfolio_place(s, k, x);
    if place > 0 || !heads_portfolio(s, title, x) {
        return place;
    }
    let lead = s.class_phrase_at(x.lex, "portfolio_after_country", k);
    if lead == 0 || !(k..k + lead).all(|j| s.is_lower(j)) {
        return 0;
    }
    let person =
        |j: usize| mention_at(s, j).is_some_and(|p| s.ments[p].etype == EntityType::Person);
    let mut j = k + lead;
    let mut words = 0;
    while words < MAX_WORDS && portfolio_word(s, j, x) {
        words += 1;
        j += 1;
        if person(j) || (punct(s, j, &[","]) && person(j + 1)) {
            return j - k;
        }
        // "untuk Lingkungan Hidup dan Keamanan Nuklir": a link, then a word
        let n = (0..2).take_while(|&i| link(s, j + i, x)).count();
        if n > 0 && portfolio_word(s, j + n, x) {
            j += n;
        }
    }
    0
}

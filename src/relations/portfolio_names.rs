//! Names inside a minister's portfolio (issue 17, forty-first round, part
//! A): a demonym ("Morocco's Minister of Foreign Affairs, African
//! Cooperation and *Moroccan* Expatriates, X") or a region ("Menteri Luar
//! Negeri dan Urusan *Eropa* Republik Kroasia, X"). The portfolio's run of
//! capitalised words stopped at the name's mention, so the title never
//! reached its country or its holder's name.

use super::appoint::mention_at;
use super::index::Extractor;
use super::sentence::Sent;
use super::title_words::title_at;
use crate::base::types::{EntityType, Via};

/// The end of a demonym's mention at `k` that stands inside a portfolio's
/// run: a place named by its demonym ("Moroccan"), followed by a
/// capitalised word of the run that is in no mention and opens no title
/// ("Expatriates"). A demonym followed by a name, a title or nothing
/// capitalised is the owner of something else, and ends the run.
pub(super) fn demonym_in_run(s: &Sent, k: usize, x: &Extractor) -> Option<usize> {
    let m = mention_at(s, k)?;
    let ment = &s.ments[m];
    if ment.via != Via::Demonym || ment.etype != EntityType::Place {
        return None;
    }
    let e = ment.toks.end;
    let word = s.toks.get(e).is_some_and(|t| t.word && t.upper)
        && !s.in_mention(e)
        && title_at(s, e, x).is_none();
    word.then_some(e)
}

/// The end of a region's mention at `k` inside a portfolio's run ("Urusan
/// Eropa", "Europe and Foreign Affairs"): a place that is no country,
/// named by a phrase of class `portfolio_region` and not by a demonym.
/// The caller reads it only where the title heads a portfolio.
pub(super) fn region_in_run(s: &Sent, k: usize, x: &Extractor) -> Option<usize> {
    let m = mention_at(s, k)?;
    let ment = &s.ments[m];
    let place = ment.etype == EntityType::Place
        && ment.via != Via::Demonym
        && !x.countries.contains(&ment.entity);
    let n = s.class_phrase_at(x.lex, "portfolio_region", k);
    (place && n == ment.toks.len()).then_some(ment.toks.end)
}

/// Whether token `k` is inside a region's mention that
/// [`region_in_run`] reads (any of its tokens).
pub(super) fn in_region(s: &Sent, k: usize, x: &Extractor) -> bool {
    s.ments
        .iter()
        .filter(|m| !m.nested && m.toks.contains(&k))
        .any(|m| region_in_run(s, m.toks.start, x).is_some())
}

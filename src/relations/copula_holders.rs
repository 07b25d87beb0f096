//! A plural title as the subject of a copula over a list of names, each
//! with its country after "of" (issue 17, thirty-fourth round, part A):
//! "The new envoys are A of X, B of Y and C of Z", "The ambassadors
//! were A of X and B of Y". The title (class `plural_title`, also an
//! office title) names no holder of its own; the first name after the
//! copula (class `plural_copula`) is its first holder, with the country
//! after his name, and `plural_title` gives the office to the rest of the
//! list as for "Presidents A of X and B of Y". The title must open its
//! clause (a determiner and a few lowercase modifiers before it, at the
//! sentence's start or after punctuation) and carry no country of its own.

use super::appoint::{mention_at, punct};
use super::index::Extractor;
use super::sentence::Sent;
use super::titles::TitleMatch;
use crate::base::types::EntityType;

/// Most lowercase modifiers between the determiner and the title ("the
/// newly accredited envoys").
const MODIFIERS: usize = 2;

/// Gives each plural title with no holder the first name of a list set
/// after a copula, when the name is followed by "of" and a country.
pub(super) fn copula_holders(
    s: &mut Sent,
    titles: &mut [TitleMatch],
    x: &Extractor,
    plural: &impl Fn(&Sent, &TitleMatch) -> bool,
) {
    for t in titles.iter_mut() {
        if t.person.is_some() || t.of.is_some() || !plural(s, t) || !opens_clause(s, t, x) {
            continue;
        }
        let n = s.class_phrase_at(x.lex, "plural_copula", t.head.end);
        if n == 0 {
            continue;
        }
        let Some(q) = mention_at(s, t.head.end + n)
            .filter(|&q| s.ments[q].etype == EntityType::Person)
        else {
            continue;
        };
        let Some(c) = super::plural_title::country_after(s, q, x) else {
            continue;
        };
        t.person = Some(q);
        t.of = Some(s.ments[c].entity);
        s.ments[c].in_title = true;
    }
}

/// Whether title `t` opens its clause: a determiner before it (a few
/// lowercase words between), itself at the sentence's start or after
/// punctuation.
fn opens_clause(s: &Sent, t: &TitleMatch, x: &Extractor) -> bool {
    let start = t.head.start;
    (1..=MODIFIERS + 1).filter(|&d| d <= start).any(|d| {
        let det = start - d;
        let between = (det + 1..start).all(|k| s.toks[k].word && !s.toks[k].upper);
        between
            && s.toks[det].word
            && x.lex.tok_in_class("determiner", &s.toks[det])
            && (det == 0 || punct(s, det - 1, &[",", ";", ":", "(", "\"", "-"]))
    })
}

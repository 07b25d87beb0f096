//! Issue 17, thirty-third round, part D: "we" opening a quotation stands
//! for the state of the official quoted. "\"Kami juga memberlakukan sanksi
//! terhadap X ,\" lanjut Blinken", "\"We will impose sanctions on X ,\"
//! said Y": the pronoun (class `quoted_we`: kami; we), the first word
//! after an opening quote, becomes a mention of the country the speaker
//! holds an office of, when the speaker is the person named right after
//! the closing quote (past a comma and at most two lowercase words) and
//! the country is the one of the speaker's title in the sentence or the
//! only one the gazetteer gives the speaker an office of.

use super::index::Extractor;
use super::sentence::{may_hold, Sent};
use crate::base::types::EntityType;

/// Most lowercase words between the closing quote and the speaker's name
/// ("lanjut", "said").
const VERB_WORDS: usize = 2;

/// Adds, for "we" opening a quotation of sentence `si` whose speaker holds
/// an office of one country, a mention of that country.
pub(super) fn resolve(x: &Extractor, s: &mut Sent, si: u32) {
    let lex = x.lex;
    if !may_hold!(s, lex, "quoted_we") {
        return;
    }
    let quote = |k: usize| s.toks.get(k).is_some_and(|t| !t.word && t.norm == "\"");
    let mut found = Vec::new();
    for k in 1..s.toks.len() {
        let t = &s.toks[k];
        if !t.word || s.in_mention(k) || !lex.tok_in_class("quoted_we", t) || !quote(k - 1) {
            continue;
        }
        // an opening quote: an even number of quotes before it
        if (0..k - 1).filter(|&j| quote(j)).count() % 2 != 0 {
            continue;
        }
        let Some(close) = (k + 1..s.toks.len()).find(|&j| quote(j)) else {
            continue;
        };
        // the speaker right after the quote: ', " lanjut Blinken'
        let mut j = close + 1;
        if s.toks.get(j).is_some_and(|t| t.norm == ",") {
            j += 1;
        }
        let verb = j;
        while j < verb + VERB_WORDS && s.is_lower(j) && !s.in_mention(j) {
            j += 1;
        }
        let Some(p) = s
            .free_at(j)
            .filter(|&p| s.ments[p].etype == EntityType::Person)
        else {
            continue;
        };
        // the country of the speaker's title before the name ("said US
        // Secretary of State X"), or the one country of the speaker's
        // offices
        let country = super::state_pronoun::person_country(x, s, p);
        if let Some(c) = country {
            found.push((c, k));
        }
    }
    for (entity, k) in found {
        super::coref::add_typed(s, entity, EntityType::Place, k..k + 1, si);
    }
}

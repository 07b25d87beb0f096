//! A venue named after its town (issue 17, twenty-ninth round, main's
//! share): "the Royal Palace of Amsterdam", or a user's alias "Government
//! Palace in Lima". The gazetteer names the venue with its town inside, so
//! the tagger finds one mention and no town after it for `venue::venues`
//! to read. A place mention whose words hold a venue's head word (class
//! `venue_head`), then a link word ("of", or class `venue_in`), then,
//! closing the mention, the name of a town the lexicon data places in a
//! country (the `capitals` and `cities` records), lies in that town.

use super::env::Env;
use super::index::Extractor;
use super::instance::RelationInstance;
use super::sentence::Sent;
use super::venue::push_located;
use crate::base::types::EntityType;

/// Most words of the town's name inside the venue's ("Kuala Lumpur").
const TOWN_WORDS: usize = 3;

/// Pushes `located_in` for each venue mention of sentence `si` whose name
/// closes with its town (see the module's note).
pub(super) fn named_towns(
    x: &Extractor,
    env: &Env,
    s: &Sent,
    si: u32,
    out: &mut Vec<RelationInstance>,
) {
    for m in &s.ments {
        if !m.free() || m.coref.is_some() || m.etype != EntityType::Place || m.toks.len() < 3 {
            continue;
        }
        // the link: the last "of" or `venue_in` word inside the name, right
        // after a head word, with a few words of the town after it
        let Some(link) = (m.toks.start + 1..m.toks.end - 1).rev().find(|&k| {
            let t = &s.toks[k];
            t.word && (t.norm == "of" || env.lex.tok_in_class("venue_in", t))
        }) else {
            continue;
        };
        let head = &s.toks[link - 1];
        if !head.word
            || !env.lex.tok_in_class("venue_head", head)
            || m.toks.end - link > TOWN_WORDS + 1
        {
            continue;
        }
        let words: Vec<&str> = (link + 1..m.toks.end)
            .map(|k| s.toks[k].norm.as_str())
            .collect();
        if let Some(town) = town_named(x, env, &words).filter(|&t| t != m.entity) {
            let trigger = env.span_text(s, link, link + 1);
            push_located(out, (m.entity, town), si, trigger);
        }
    }
}

/// The town of the `capitals` or `cities` data whose name or an alias is
/// `words` (lowercased), if exactly one is.
fn town_named(x: &Extractor, env: &Env, words: &[&str]) -> Option<u32> {
    let same = |name: &str| {
        let mut parts = name.split_whitespace();
        words
            .iter()
            .all(|w| parts.next().is_some_and(|p| p.to_lowercase() == *w))
            && parts.next().is_none()
    };
    let mut found = x.city_country.keys().filter(|&&c| {
        env.gaz
            .entities
            .get(c as usize)
            .is_some_and(|e| same(&e.name) || e.aliases.iter().any(|a| same(a)))
    });
    match (found.next(), found.next()) {
        (Some(&town), None) => Some(town),
        _ => None,
    }
}

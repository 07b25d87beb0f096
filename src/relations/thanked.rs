//! Issue 17, thirty-eighth round, part D: the receiver of a support
//! thanked for. "Presiden X menyampaikan terima kasih atas persahabatan
//! dan dukungan Indonesia", "Minister X expressed appreciation for
//! Japan's support": the support noun is owned by its giver, and the
//! sentence's subject is the one who thanks, not the one supported. A
//! person who thanks speaks for a state: the receiver is that person's
//! country (an office named in the document, else the gazetteer's roles),
//! settled once the whole document is read, and nothing when it is not
//! known or is the giver itself. A party thanked by name ("thanked Prime
//! Minister X for Japan's support", "apresiasi kepada X atas dukungan
//! Indonesia") is the giver's side or its receiver is not said: the
//! noun then gives no receiver at all.
//! The language knowledge is data: class `support_thanks` (the thanking
//! words and phrases, both languages) and class `support_thanks_for`
//! (the word before what is thanked for: for; atas).

use super::env::Env;
use super::index::Extractor;
use super::instance::{dedupe, RelationInstance, HOLDS_OFFICE};
use super::morph::Voice;
use super::sentence::Sent;
use super::triggers::Trig;
use crate::base::types::EntityType;

/// The kind of a candidate support whose target is the person who thanks,
/// until [`settle`] replaces the person by the person's country.
pub(super) const THANKER: &str = "supports:thanker";
/// The kind a settled candidate becomes.
const SUPPORTS: &str = "supports";
/// Most tokens between the thanking phrase and the support noun.
const REACH: usize = 10;
/// Most words between a thanking verb and the noun it takes directly
/// ("appreciated the continued support of X").
const DIRECT_GAP: usize = 3;

/// How the target `m` of noun trigger `t` stands to a thanking phrase
/// before the noun: `Some(true)` when `m` is the one who thanks (named
/// before the phrase, no party thanked by name), `Some(false)` when a
/// party is thanked by name (`m` or another: the noun gives no receiver),
/// `None` when no thanking phrase governs the noun.
pub(super) fn thanks_frame(env: &Env, s: &Sent, t: &Trig, m: usize) -> Option<bool> {
    let lex = env.lex;
    if t.voice != Voice::Nominal || s.ments[m].etype != EntityType::Person {
        return None;
    }
    // (asked only for a support noun whose target is a person before it;
    // no class mask: the Indonesian phrases are of two words)
    if s.ments[m].toks.end > t.start {
        return None;
    }
    let lo = t.start.saturating_sub(REACH);
    let (k, len) = (lo..t.start).rev().find_map(|k| {
        let len = s.class_phrase_at(lex, "support_thanks", k);
        (len > 0 && !s.in_mention(k)).then_some((k, len))
    })?;
    let after = k + len;
    let plain = |a: usize, b: usize| {
        (a..b).all(|j| {
            !s.in_mention(j)
                && !lex.tok_in_class("clause", &s.toks[j])
                && (!s.toks[j].word || s.is_lower(j))
        })
    };
    // the word before what is thanked for, else the noun right after a verb
    let link = (after..t.start).find(|&j| {
        s.toks[j].word && !s.in_mention(j) && lex.tok_in_class("support_thanks_for", &s.toks[j])
    });
    let start = super::noun_agent::modified_start(lex, s, t.start);
    // the noun's owner or demonym before it ("for Japan's support", "the
    // Emirati assistance") belongs to the noun's phrase
    let end = if s.possessive_s_before(start) {
        start - 2
    } else {
        start
    };
    let owner_start = s
        .ment_ending_at(end)
        .map_or(end, |g| s.ments[g].ext.min(end));
    match link {
        Some(j) => {
            // "for the friendship and support of X", "for Japan's support"
            let tail = (j + 1..owner_start).all(|i| {
                !s.in_mention(i)
                    && !lex.tok_in_class("clause", &s.toks[i])
                    && !lex.tok_in_class("support_thanks_for", &s.toks[i])
            });
            if !tail {
                return None;
            }
            let named = (after..j).any(|i| s.in_mention(i));
            if named {
                return Some(false);
            }
            (s.ments[m].toks.end <= k).then_some(true)
        }
        None => {
            // "mengapresiasi dukungan Indonesia": a verb taking the noun
            // ("thanks to Japan's support": a preposition makes it a cause)
            let direct = owner_start >= after
                && owner_start - after <= DIRECT_GAP
                && plain(after, owner_start)
                && (after..owner_start).all(|j| !lex.tok_in_class("prep", &s.toks[j]));
            (direct && s.ments[m].toks.end <= k).then_some(true)
        }
    }
}

/// Settles the candidates of `out[first..]` (one document's instances):
/// each becomes a support of the thanking person's one country, dropped
/// when that country is not known or is the giver itself.
pub(super) fn settle(x: &Extractor, out: &mut Vec<RelationInstance>, first: usize) {
    let Some(doc) = out.get(first..) else {
        return;
    };
    if !doc.iter().any(|r| r.kind == THANKER) {
        return;
    }
    let titled = super::abroad::countries_by(x, doc, HOLDS_OFFICE);
    let country = |p: u32| super::abroad::person_country(x, &titled, p);
    let settled: Vec<Option<u32>> = doc
        .iter()
        .map(|r| {
            (r.kind == THANKER)
                .then(|| country(r.target))
                .flatten()
                .filter(|&c| c != r.source)
        })
        .collect();
    let mut i = 0;
    out.retain(|r| {
        let keep = i < first || r.kind != THANKER || settled[i - first].is_some();
        i += 1;
        keep
    });
    let mut it = settled.into_iter().flatten();
    for r in out.iter_mut().skip(first) {
        if r.kind == THANKER {
            if let Some(c) = it.next() {
                r.kind = SUPPORTS.to_string();
                r.target = c;
                // (the country came from the person, by no coreference)
                r.coref.retain(|c| c.source);
            }
        }
    }
    dedupe(out, first);
}

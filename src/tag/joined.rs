//! One name written in parts: "Raja Salman bin Abdulaziz al - Saud" is
//! matched as the alias "Raja Salman" and then, leftmost-longest, the
//! short forms "Abdulaziz" and "Saud" of the same man, three mentions of
//! one occurrence. A short form of an entity that continues a mention of
//! the same entity across nothing but connectors of names (`connector` in
//! `gazetteer/chunks.tsv`: bin, al, van, de ...), hyphens and spaces is
//! part of that mention, which is widened over it.

use crate::base::types::{Mention, Via};
use crate::gazetteer::{ChunkWords, CONNECTOR};

/// Most connector words between two parts of one name ("bin Abdul", "van
/// der").
const MAX_CONNECTORS: usize = 3;

/// Whether `gap`, the text between two mentions, holds only spaces,
/// hyphens and at most [`MAX_CONNECTORS`] connector words.
fn joins(gap: &str, chunks: &ChunkWords) -> bool {
    let mut words = 0;
    for part in gap.split(|c: char| c.is_whitespace() || c == '-') {
        if part.is_empty() {
            continue;
        }
        words += 1;
        if words > MAX_CONNECTORS || chunks.flags(part) & CONNECTOR == 0 {
            return false;
        }
    }
    true
}

/// Widens a mention over the short forms of its own entity that continue
/// it (see the module's text); `mentions` are in text order, of one
/// document whose text is `text`.
pub fn join_name_parts(text: &str, chunks: &ChunkWords, mentions: &mut Vec<Mention>) {
    // `dedup_by` hands each mention with the last one kept: a part that
    // continues it widens it and is dropped.
    mentions.dedup_by(|m, last| {
        let continues = m.via == Via::Partial
            && m.entity == last.entity
            && m.sentence == last.sentence
            && last.end <= m.start
            && text
                .get(last.end..m.start)
                .is_some_and(|g| joins(g, chunks));
        if continues {
            last.end = m.end;
        }
        continues
    });
}

/// Widens a demonym followed by a state's form ("Italian" of "the Italian
/// Republic", `state` in `gazetteer/chunks.tsv`) over the form: the two
/// words are a name of the country (`Via::Variant`), not a demonym. Not
/// before "of", where the form opens another state's name ("the Turkish
/// Republic of Northern Cyprus").
pub fn state_forms(text: &str, chunks: &ChunkWords, mentions: &mut [Mention]) {
    for m in mentions.iter_mut().filter(|m| m.via == Via::Demonym) {
        let Some(rest) = text.get(m.end..).and_then(|r| r.strip_prefix(' ')) else {
            continue;
        };
        let len = rest
            .find(|c: char| !c.is_alphanumeric())
            .unwrap_or(rest.len());
        let word = &rest[..len];
        let after = rest[len..].trim_start_matches([' ', ',']);
        let of = rest[len..].starts_with(' ')
            && after
                .split(' ')
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("of"));
        if word.starts_with(char::is_uppercase) && chunks.state(word) && !of {
            m.end += 1 + len;
            m.via = Via::Variant;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn m(start: usize, end: usize, entity: u32, via: Via) -> Mention {
        Mention {
            start,
            end,
            entity,
            via,
            sentence: 0,
        }
    }

    fn spans(text: &str, ms: &[Mention]) -> Vec<String> {
        ms.iter()
            .map(|m| text[m.start..m.end].to_string())
            .collect()
    }

    /// Mentions of `text` at the given words (entity, via).
    fn at(text: &str, parts: &[(&str, u32, Via)]) -> Vec<Mention> {
        let mut from = 0;
        parts
            .iter()
            .map(|&(w, e, via)| {
                let start = from + text[from..].find(w).unwrap();
                from = start + w.len();
                m(start, from, e, via)
            })
            .collect()
    }

    /// A text, its mentions (word, entity, via) and the spans wanted.
    type Case<'a> = (&'a str, &'a [(&'a str, u32, Via)], &'a [&'a str]);

    #[test]
    fn regression_a_name_with_bin_and_al_is_one_mention_not_three() {
        let chunks = ChunkWords::builtin().unwrap();
        let table: &[Case] = &[
            (
                "Raja Salman bin Abdulaziz al - Saud memerintahkan",
                &[
                    ("Raja Salman", 1, Via::Exact),
                    ("Abdulaziz", 1, Via::Partial),
                    ("Saud", 1, Via::Partial),
                ],
                &["Raja Salman bin Abdulaziz al - Saud"],
            ),
            (
                "King Salman bin Abdulaziz Al Saud of Saudi Arabia",
                &[
                    ("King Salman", 1, Via::Exact),
                    ("Abdulaziz", 1, Via::Partial),
                    ("Saud", 1, Via::Partial),
                    ("Saudi Arabia", 2, Via::Exact),
                ],
                &["King Salman bin Abdulaziz Al Saud", "Saudi Arabia"],
            ),
            (
                "Ludwig van Beethoven",
                &[("Ludwig", 3, Via::Exact), ("Beethoven", 3, Via::Partial)],
                &["Ludwig van Beethoven"],
            ),
            // another entity's name, or a word that is no connector,
            // between: two mentions
            (
                "Salman bin Abdulaziz",
                &[("Salman", 1, Via::Exact), ("Abdulaziz", 4, Via::Partial)],
                &["Salman", "Abdulaziz"],
            ),
            (
                "Salman menemui Abdulaziz",
                &[("Salman", 1, Via::Exact), ("Abdulaziz", 1, Via::Partial)],
                &["Salman", "Abdulaziz"],
            ),
            (
                "Salman , Abdulaziz",
                &[("Salman", 1, Via::Exact), ("Abdulaziz", 1, Via::Partial)],
                &["Salman", "Abdulaziz"],
            ),
            // a full name repeated is two mentions: only a short form is a part
            (
                "Jokowi - Jokowi",
                &[("Jokowi", 5, Via::Exact), ("Jokowi", 5, Via::Exact)],
                &["Jokowi", "Jokowi"],
            ),
            // more connectors than a name holds
            (
                "Salman bin al de la Saud",
                &[("Salman", 1, Via::Exact), ("Saud", 1, Via::Partial)],
                &["Salman", "Saud"],
            ),
        ];
        for (text, parts, want) in table {
            let mut ms = at(text, parts);
            join_name_parts(text, &chunks, &mut ms);
            assert_eq!(spans(text, &ms), *want, "{text}");
        }
    }

    #[test]
    fn parts_in_two_sentences_stay_apart() {
        let chunks = ChunkWords::builtin().unwrap();
        let text = "Salman bin Saud";
        let mut ms = vec![m(0, 6, 1, Via::Exact), m(11, 15, 1, Via::Partial)];
        ms[1].sentence = 1;
        join_name_parts(text, &chunks, &mut ms);
        assert_eq!(ms.len(), 2);
    }

    #[test]
    fn a_demonym_before_a_state_form_is_the_country_named() {
        let chunks = ChunkWords::builtin().unwrap();
        // (text, the demonym, the mention wanted, its via)
        let table: &[(&str, &str, &str, Via)] = &[
            (
                "the envoy of the French Republic, X",
                "French",
                "French Republic",
                Via::Variant,
            ),
            (
                "with the Kyrgyz Republic.",
                "Kyrgyz",
                "Kyrgyz Republic",
                Via::Variant,
            ),
            // traps: another state's name, a lowercase noun, another word
            (
                "the Turkish Republic of Cyprus",
                "Turkish",
                "Turkish",
                Via::Demonym,
            ),
            (
                "the French republic of letters",
                "French",
                "French",
                Via::Demonym,
            ),
            ("the French Embassy", "French", "French", Via::Demonym),
            (
                "the French Republican Guard",
                "French",
                "French",
                Via::Demonym,
            ),
        ];
        for &(text, demonym, want, via) in table {
            let mut ms = at(text, &[(demonym, 1, Via::Demonym)]);
            state_forms(text, &chunks, &mut ms);
            assert_eq!(spans(text, &ms), vec![want.to_string()], "{text}");
            assert_eq!(ms[0].via, via, "{text}");
        }
    }
}

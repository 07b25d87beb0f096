//! One sentence made ready for the rules: tokens plus the mentions inside
//! it, as token spans, with the flags the title and relation rules set.

use super::text::{tokenize, Tok};
use crate::gazetteer::Gazetteer;
use crate::types::{EntityType, Mention, Via};
use std::ops::Range;

/// A mention as a token span of its sentence.
#[derive(Clone, Debug)]
pub(crate) struct Ment {
    /// Index into `Gazetteer::entities`.
    pub entity: u32,
    /// Entity type.
    pub etype: EntityType,
    /// Token span.
    pub toks: Range<usize>,
    /// Start token of the whole noun phrase: the title of an apposition
    /// ("Menteri Pertahanan Rusia Sergei Shoigu" starts at "Menteri").
    pub ext: usize,
    /// How it was resolved.
    pub via: Via,
    /// Inside a longer mention (e.g. the country of a title mention).
    pub nested: bool,
    /// The country or organisation of a title ("Presiden *Rusia* X").
    pub in_title: bool,
}

impl Ment {
    /// Usable as a relation argument.
    pub fn free(&self) -> bool {
        !self.nested && !self.in_title
    }
}

/// A tokenised sentence and its mentions, ordered by position.
#[derive(Clone, Debug, Default)]
pub(crate) struct Sent {
    pub toks: Vec<Tok>,
    pub ments: Vec<Ment>,
}

impl Sent {
    /// Builds the sentence `range` of `text` with the mentions that fall
    /// inside it (by offsets; mentions of unknown entities are skipped).
    pub fn build(text: &str, range: Range<usize>, mentions: &[Mention], gaz: &Gazetteer) -> Sent {
        let mut s = Sent::default();
        tokenize(text, range.clone(), &mut s.toks);
        for m in mentions {
            if m.start < range.start || m.end > range.end || m.start >= m.end {
                continue;
            }
            let Some(e) = gaz.entities.get(m.entity as usize) else {
                continue;
            };
            let first = s.toks.iter().position(|t| t.range.end > m.start);
            let last = s.toks.iter().rposition(|t| t.range.start < m.end);
            if let (Some(a), Some(b)) = (first, last) {
                if a <= b {
                    s.ments.push(Ment {
                        entity: m.entity,
                        etype: e.etype,
                        toks: a..b + 1,
                        ext: a,
                        via: m.via,
                        nested: false,
                        in_title: false,
                    });
                }
            }
        }
        // longest first at equal start, then mark mentions inside another
        s.ments.sort_by(|x, y| {
            (x.toks.start, y.toks.end, x.entity).cmp(&(y.toks.start, x.toks.end, y.entity))
        });
        for i in 0..s.ments.len() {
            let r = s.ments[i].toks.clone();
            let inside = s.ments[..i]
                .iter()
                .any(|o| o.toks.start <= r.start && r.end <= o.toks.end);
            s.ments[i].nested = inside;
        }
        s
    }

    /// The free mention whose phrase starts at token `k`, skipping up to two
    /// filler words ("kota", "the") or, when `loose`, any lowercase words
    /// ("kepada tentara Rusia"); direct objects are strict, so "menyambut
    /// baik usulan Kim" has no object Kim.
    pub fn ment_at(&self, k: usize, lex: &super::Lexicon, loose: bool) -> Option<usize> {
        for k in k..k + 3 {
            if let Some(i) = self.ments.iter().position(|m| m.free() && m.ext == k) {
                return Some(i);
            }
            let t = self.toks.get(k)?;
            let skippable = t.word
                && (lex.in_class("filler", &t.norm)
                    || (loose
                        && self.is_lower(k)
                        && !lex.in_class("prep", &t.norm)
                        && !lex.in_class("clause", &t.norm)))
                && !self.in_mention(k);
            if !skippable {
                return None;
            }
        }
        None
    }

    /// The free mention whose last token is `k - 1`.
    pub fn ment_ending_at(&self, k: usize) -> Option<usize> {
        self.ments.iter().position(|m| m.free() && m.toks.end == k)
    }

    /// Whether token `k` lies inside some mention.
    pub fn in_mention(&self, k: usize) -> bool {
        self.ments.iter().any(|m| m.toks.contains(&k))
    }

    /// Whether token `k` is a word starting with a lowercase letter.
    pub fn is_lower(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| t.word && !t.upper)
    }
}

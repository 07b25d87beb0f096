//! A short form inside a longer name of its own entity (issue 17,
//! thirty-fourth round, part A): "King Hamad bin Isa Al Khalifa", where
//! "King Hamad" is a short form listed with its title and "Hamad bin Isa
//! Al Khalifa" the entity's name, starting at the short form's second
//! word. Leftmost-longest alone keeps the short form and leaves the rest
//! of the name as unknown capitalised words, which make a longer unknown
//! name of the country after them ("... Al Khalifa of Bahrain"). The
//! longer name wins when it is no short form, names the same entity and
//! ends after the short form; the title before it stays a title word.

use super::{Cands, Hit, Matcher};
use crate::base::types::Via;
use crate::tag::normalize::{Normalized, WORD_START};

impl Matcher {
    /// `hit` (found at normalised offset `s`, with its normalised end), or
    /// the longer name of the same entity starting at its second word
    /// (see the module doc).
    pub(super) fn inner_longer(
        &self,
        text: &str,
        scratch: &Normalized,
        s: usize,
        hit: (Hit, usize),
        lifted: bool,
    ) -> (Hit, usize) {
        // only a short form of several words asks (the cheap test first)
        let Some(list) = self.targets.get(hit.0.pattern as usize) else {
            return hit;
        };
        if list.is_empty() || list.iter().any(|t| t.via != Via::Partial) {
            return hit;
        }
        let hay = &scratch.bytes[..];
        let end = hit.1;
        let Some(w) = hay
            .get(s + 1..end)
            .and_then(|r| r.iter().position(|&b| b == WORD_START))
            .map(|o| s + 1 + o)
        else {
            return hit;
        };
        let Some(part) = hay
            .get(w + 1)
            .and_then(|&b| self.parts.get(usize::from(self.route[usize::from(b)])))
        else {
            return hit;
        };
        let from = w + part.skip;
        let Some(rest) = hay.get(from..) else {
            return hit;
        };
        let mut cands = Cands::new();
        let (st, b) = (part.start, part.last);
        part.auto.walk_last(st, rest, from, w, b, &mut cands);
        let Some(longer) = self
            .pick(text, scratch, w, &cands, lifted)
            .filter(|l| l.1 > end)
        else {
            return hit;
        };
        let same = self
            .targets
            .get(longer.0.pattern as usize)
            .is_some_and(|inner| {
                inner
                    .iter()
                    .any(|t| t.via != Via::Partial && list.iter().any(|u| u.entity == t.entity))
            });
        if same {
            longer
        } else {
            hit
        }
    }
}

//! A channel after a clause's subject (issue 17, twenty-third round, part
//! B): "Indonesia melalui KBRI Suva telah menyerahkan bantuan bagi Fiji",
//! "Pemerintah Indonesia melalui Kementerian Pertahanan mengirimkan ...",
//! "Japan through JICA provided ...". The names between a word of class
//! `channel` (melalui, lewat; through) and the verb only carry the act
//! of the subject before them: they are no argument of a trigger (as
//! `nested`), so the subject is the state, not the embassy's city.

use super::lexicon::Lexicon;
use super::sentence::{may_hold, Sent};

/// Most capitalised words before the subject's name in its clause
/// ("Pemerintah Indonesia").
const LEAD: usize = 1;

/// Marks the names of a channel phrase right after a clause-opening
/// subject as no argument.
pub(super) fn mark_channels(s: &mut Sent, lex: &Lexicon) {
    if !may_hold!(s, lex, "channel") {
        return;
    }
    for k in 1..s.toks.len() {
        let t = &s.toks[k];
        if !t.word || t.upper || !lex.tok_in_class("channel", t) {
            continue;
        }
        let Some(subj) = s.ment_ending_at(k) else {
            continue;
        };
        // the subject opens its clause: the sentence's start or
        // punctuation, at most one capitalised word before it
        let start = s.ments[subj].toks.start;
        let lead = (0..start)
            .rev()
            .take_while(|&j| s.toks[j].word && s.toks[j].upper)
            .count();
        let opens = lead <= LEAD && (start == lead || !s.toks[start - lead - 1].word);
        if !opens {
            continue;
        }
        // the channel: capitalised words and names up to the verb
        let end = (k + 1..s.toks.len())
            .find(|&j| !(s.toks[j].word && s.toks[j].upper))
            .unwrap_or(s.toks.len());
        for m in s.ments.iter_mut() {
            if m.toks.start > k && m.toks.end <= end {
                m.nested = true;
            }
        }
    }
}

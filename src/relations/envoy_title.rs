//! An envoy's title written with a hyphened status (issue 17, forty-first
//! round, part A): "X, Ambassador-designate of Japan to Bhutan,". The
//! title data holds "Ambassador-designate", but the class `envoy` that
//! lets a title read its posting ("to Bhutan") is matched word by word,
//! and the hyphen is no word: the posting was not read, the apposition
//! did not close and the envoy got no office.

use super::compound::HYPHENS;
use super::index::Extractor;
use super::sentence::Sent;

/// Whether the title words `ts..te` are an envoy's: a phrase of class
/// `envoy` covering them, or one followed by an unspaced hyphen and one
/// word of class `envoy_modifier` ("Ambassador-designate") that end the
/// title.
pub(super) fn envoy_title(s: &Sent, ts: usize, te: usize, x: &Extractor) -> bool {
    let n = s.class_phrase_at(x.lex, "envoy", ts);
    if n == 0 {
        return false;
    }
    let h = ts + n;
    h == te
        || (h + 2 == te
            && s.unspaced(h, &HYPHENS)
            && s.toks[h + 1].word
            && x.lex.in_class("envoy_modifier", &s.toks[h + 1].norm))
}

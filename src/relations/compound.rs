//! Names joined by a hyphen into a modifier ("perbatasan Irak-Suriah",
//! "US-China trade talks", "the Russia-Ukraine war"): the pair names a
//! border, a relationship or a conflict between the two, and neither is
//! an argument of a trigger on its own ("serangan udara AS ... di
//! perbatasan Irak-Suriah" attacks neither Iraq nor Syria).

use super::sentence::Sent;
use crate::base::types::EntityType;

/// Hyphens (joining names when written with no space on either side).
pub(super) const HYPHENS: [&str; 4] = ["-", "\u{2010}", "\u{2011}", "\u{2013}"];

/// Marks places and organisations joined by an unspaced hyphen as no
/// argument (as `nested`). People are left alone: "Putin-Kim summit"
/// names the two who met.
pub(super) fn mark_compounds(s: &mut Sent) {
    for b in 1..s.ments.len() {
        let (l, r) = (&s.ments[b - 1], &s.ments[b]);
        let place = |e: EntityType| e != EntityType::Person;
        if l.nested || r.nested || !place(l.etype) || !place(r.etype) {
            continue;
        }
        let h = l.toks.end;
        if r.toks.start == h + 1 && s.unspaced(h, &HYPHENS) {
            s.ments[b - 1].nested = true;
            s.ments[b].nested = true;
        }
    }
}

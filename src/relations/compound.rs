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

/// "the Iran-backed Houthi militia", "the Riyadh-led coalition": a place
/// or organisation joined by an unspaced hyphen to a participle of class
/// `hyphen_modifier` qualifies the name after it and is no argument of a
/// trigger (as `nested`; twenty-third round, part B): "condemned the
/// Iran-backed militia's attempts" criticises no Iran.
pub(super) fn mark_hyphen_modifiers(s: &mut Sent, lex: &super::lexicon::Lexicon) {
    for m in 0..s.ments.len() {
        let (h, etype) = (s.ments[m].toks.end, s.ments[m].etype);
        let participle = s
            .toks
            .get(h + 1)
            .is_some_and(|t| t.word && !t.upper && lex.in_class("hyphen_modifier", &t.norm));
        if etype != EntityType::Person && participle && s.unspaced(h, &HYPHENS) {
            s.ments[m].nested = true;
        }
    }
}

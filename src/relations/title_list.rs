//! One title over a list of names: "Wakil Ketua KPK , A , B dan C ,":
//! every name of a list set off by the apposition's comma holds the title
//! (issue 17, tenth round). The list must close with a list word before
//! its last name and end there (punctuation or the sentence end), and no
//! name in it may carry a title of its own; the last name may be one the
//! gazetteer does not know (capitalised words).

use super::env::Env;
use super::sentence::Sent;
use crate::base::types::EntityType;

/// How many capitalised words an unknown last name of a list may have.
const NAME_WORDS: usize = 4;

/// The persons listed after person mention `p`, apposed to a title by a
/// comma ("Title , p , B dan C"), in text order; empty unless the list
/// is closed as described above.
pub(super) fn listed_after(env: &Env, s: &Sent, p: usize) -> Vec<usize> {
    let m = &s.ments[p];
    if m.toks.start == 0 || s.toks[m.toks.start - 1].norm != "," {
        return Vec::new();
    }
    let mut out = Vec::new();
    let mut k = m.toks.end;
    let mut closed = false;
    while let Some(sep) = s.toks.get(k) {
        let list = sep.word && env.lex.in_class("list", &sep.norm);
        if sep.norm != "," && !list {
            break;
        }
        let Some(q) = s.ments.iter().position(|n| {
            n.free()
                && !n.nested
                && n.etype == EntityType::Person
                && n.ext == k + 1
                && n.toks.start == n.ext
        }) else {
            // "dan Laode M Syarif": a last name the gazetteer does not
            // know still closes the list
            let caps = (k + 1..s.toks.len())
                .take_while(|&j| s.toks[j].word && s.toks[j].upper && !s.in_mention(j))
                .count();
            if list && (1..=NAME_WORDS).contains(&caps) {
                closed = true;
                k += 1 + caps;
            }
            break;
        };
        out.push(q);
        k = s.ments[q].toks.end;
        if list {
            closed = true;
            break;
        }
    }
    let ends = s.toks.get(k).is_none_or(|t| !t.word);
    if closed && ends {
        out
    } else {
        Vec::new()
    }
}

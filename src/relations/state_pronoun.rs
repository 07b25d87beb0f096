//! Issue 17, twenty-ninth round, part D: a state or body that says what
//! it will do. "Canada said on Sunday it would impose sanctions on X",
//! "Kanada menyatakan bahwa pihaknya akan mendukung Haiti": the pronoun
//! after the verb of saying (class `state_pronoun`: it; pihaknya) stands
//! for the country or organisation named right before that verb (class
//! `state_said`: said, announced; mengatakan, menyatakan), and becomes a
//! mention of it. Between the verb and the pronoun only words of class
//! `state_said_gap` may stand (that, on Sunday; bahwa, pada Minggu), and
//! between the name and the verb only words of class
//! `sanction_sequel_aux` (has, also; telah, juga). A person before the
//! verb ("Biden said it would ...") leaves the pronoun alone: it then
//! stands for a thing, not its speaker.
//!
//! An administration named by its head stands for the head's state the
//! same way: "Pemerintahan Presiden Amerika Serikat Donald Trump
//! menjatuhkan sanksi", "the administration of US President X", "the X
//! administration". The noun (class `administration_noun`) becomes a
//! mention of the country of the head's title, or failing a title, of
//! the one country whose office the gazetteer gives the head. The head's
//! own mention stays, so a kind whose source may be a person still has
//! the person nearest its trigger; a kind whose source is a state or a
//! body (`sanctions`) finds the state.

use super::index::Extractor;
use super::sentence::{may_hold, Sent};
use crate::base::types::EntityType;

/// Most words between the verb of saying and the pronoun ("on Sunday
/// that").
const GAP: usize = 3;
/// Most auxiliary words between the name and the verb ("has also").
const AUX: usize = 2;

/// Adds, for each pronoun of sentence `si` standing for the state or
/// body that said what follows it, a mention of that state or body.
pub(super) fn resolve(x: &Extractor, s: &mut Sent, si: u32) {
    let lex = x.lex;
    if !may_hold!(s, lex, "state_pronoun") && !may_hold!(s, lex, "administration_noun") {
        return;
    }
    let mut found = Vec::new();
    for k in 0..s.toks.len() {
        let t = &s.toks[k];
        if !t.word || s.in_mention(k) || !lex.tok_in_class("state_pronoun", t) {
            continue;
        }
        // back over the gap words to the verb of saying
        let mut j = k;
        while j > 0
            && k - j < GAP
            && s.is_lower(j - 1)
            && !s.in_mention(j - 1)
            && lex.tok_in_class("state_said_gap", &s.toks[j - 1])
        {
            j -= 1;
        }
        // ("on Sunday": a capitalised day name of the gap)
        while j > 0
            && k - j < GAP
            && s.toks[j - 1].word
            && !s.in_mention(j - 1)
            && lex.tok_in_class("state_said_gap", &s.toks[j - 1])
        {
            j -= 1;
        }
        let Some(v) = j.checked_sub(1) else { continue };
        if !s.is_lower(v) || !lex.tok_in_class("state_said", &s.toks[v]) {
            continue;
        }
        // back over the auxiliaries to the name
        let mut e = v;
        while e > 0
            && v - e < AUX
            && s.is_lower(e - 1)
            && lex.tok_in_class("sanction_sequel_aux", &s.toks[e - 1])
        {
            e -= 1;
        }
        let state = s.ments.iter().find(|m| {
            m.toks.end == e
                && m.free()
                && (m.etype == EntityType::Organisation
                    || (m.etype == EntityType::Place && x.countries.contains(&m.entity)))
        });
        if let Some(m) = state {
            found.push((m.entity, m.etype, k));
        }
    }
    found.extend(administrations(x, s));
    for (entity, etype, k) in found {
        super::coref::add_typed(s, entity, etype, k..k + 1, si);
    }
}

/// The administrations of `s` named by their head, with the head's
/// state: (country, its type, the noun's token).
fn administrations(x: &Extractor, s: &Sent) -> Vec<(u32, EntityType, usize)> {
    let lex = x.lex;
    let mut found = Vec::new();
    for k in 0..s.toks.len() {
        let t = &s.toks[k];
        if !t.word || s.in_mention(k) || !lex.tok_in_class("administration_noun", t) {
            continue;
        }
        // "Pemerintahan Presiden X", "the administration of President X"
        let of =
            usize::from(s.is_lower(k + 1) && lex.tok_in_class("administration_of", &s.toks[k + 1]));
        let after = s.ments.iter().position(|m| {
            // (the title's phrase may open at the noun itself)
            m.free() && m.etype == EntityType::Person && (m.ext == k + 1 + of || m.ext == k)
        });
        // "the X administration"
        let before = || {
            s.ments
                .iter()
                .position(|m| m.free() && m.etype == EntityType::Person && m.toks.end == k)
        };
        let Some(p) = after.or_else(before) else {
            continue;
        };
        if let Some(c) = person_country(x, s, p) {
            found.push((c, EntityType::Place, k));
        }
    }
    found
}

/// The country person mention `p` speaks for: the country of its title,
/// nested before the name ("US Secretary of State X"), or else the one
/// country of the person's offices, if there is exactly one.
pub(super) fn person_country(x: &Extractor, s: &Sent, p: usize) -> Option<u32> {
    let head = &s.ments[p];
    let titled = s.ments.iter().find(|c| {
        c.in_title
            && c.etype == EntityType::Place
            && x.countries.contains(&c.entity)
            && c.toks.start >= head.ext
            && c.toks.end <= head.toks.start
    });
    titled.map(|c| c.entity).or_else(|| {
        let mut held: Vec<u32> = x.role_countries(head.entity).collect();
        held.sort_unstable();
        held.dedup();
        (held.len() == 1).then(|| held[0])
    })
}

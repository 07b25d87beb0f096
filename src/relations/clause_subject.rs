//! Issue 17, twenty-third round, part A: the subject of a clause when the
//! nearest name before the trigger is not it. "X , didampingi Y ,
//! menyambut Z": Y only accompanies (the golds' notes say so throughout:
//! accompanying is no meeting), so the subject is X. "X arrived in A and
//! was received by Y ; he also met Z": after a semicolon, a subject
//! pronoun stands for the person who opened the sentence, not for the one
//! person it would need to be alone (both X and Y are named before it).
//! A person whose title has a modifier of class `title_modifier` before it
//! ("met the new Minister of Foreign Affairs of Estonia , X") has the
//! modifier in the phrase of the name, as a determiner before the title is.

use super::env::Env;
use super::lexicon::Lexicon;
use super::sentence::Sent;
use crate::base::types::{EntityType, Via};

/// Most words of a title joined to the next ("Deputi Perdana Menteri
/// merangkap").
const JOINED_WORDS: usize = 5;
/// Most lowercase words naming a companion's role ("anggota grup").
const ROLE_WORDS: usize = 3;
/// Most words of a title modifier ("newly appointed").
const MODIFIER_WORDS: usize = 2;

/// The subject to take in place of mention `m`: the person before the
/// comma opening a phrase of class `accompanied` (or `stands_for`:
/// "X , mewakili Y , ...", "X , on behalf of Y , ...") that holds `m` and is
/// closed by a comma ("X , didampingi Wakil Wali Kota Y , menyambut
/// Z", "X , accompanied by Y , met Z"). `m` itself otherwise, or when
/// the person before does not pass `ok`.
pub(super) fn past_companion(env: &Env, s: &Sent, m: usize, ok: &dyn Fn(usize) -> bool) -> usize {
    // "X , didampingi A dan B , menerima Z": the phrase holds every
    // coordinated companion, and opens before the first (twenty-fourth
    // round)
    let first = super::args::coordinated_before(env, s, m, ok)
        .last()
        .copied()
        .unwrap_or(m);
    let ext = s.ments[first].ext;
    let closed = s
        .toks
        .get(s.ments[m].toks.end)
        .is_some_and(|t| t.norm == ",");
    // "X , didampingi anggota grup Y , menerima Z": a common noun
    // (lowercase words in no mention) may name the companion's role
    // between the word and the name (thirtieth round, part B)
    let role = (0..=ROLE_WORDS)
        .take_while(|&g| g == 0 || (ext >= g && s.is_lower(ext - g) && !s.in_mention(ext - g)))
        .collect::<Vec<_>>();
    let lead = role.iter().find_map(|&g| {
        let at = ext - g;
        (1..=2)
            .find(|&n| {
                // "X , mewakili Y , mengantarkan Z": one standing in for Y
                // (class `stands_for`, twenty-fifth round) is the subject
                // as well
                let opens = |c: &str| s.class_phrase_at(env.lex, c, at - n) == n;
                at > n && (opens("accompanied") || opens("stands_for")) && !s.in_mention(at - n)
            })
            .map(|n| n + g)
    });
    let Some(n) = lead else {
        return m;
    };
    let comma = ext - n - 1;
    // "X yang didampingi Y disambut Z": a relative word (class
    // `relative`) opens the phrase, which then needs no closing comma: a
    // subject's relative clause ends before its verb (thirty-fourth
    // round, part B)
    let relative = s.toks[comma].word && env.lex.in_class("relative", &s.toks[comma].norm);
    if !(relative || (closed && s.toks[comma].norm == ",")) {
        return m;
    }
    s.ment_ending_at(comma)
        .filter(|&p| p != m && p != first && s.ments[p].etype == EntityType::Person && ok(p))
        .unwrap_or(m)
}

/// "Presidents A of X and B of Y met", "A dari X dan B bertemu": the
/// person coordinated before mention `m` past the place of origin after
/// that person's name (a list word before `m`'s phrase, a place before
/// it after a word of class `origin` or "of", a person before that).
/// None otherwise, or when that person does not pass `ok`.
pub(super) fn origin_conjunct(
    env: &Env,
    s: &Sent,
    m: usize,
    ok: &dyn Fn(usize) -> bool,
) -> Option<usize> {
    let lex = env.lex;
    // (a title shared with the first person may reach back over it: the
    // name's own start is read too)
    let list = |k: usize| s.is_lower(k) && lex.in_class("list", &s.toks[k].norm);
    let and = [s.ments[m].ext, s.ments[m].toks.start]
        .into_iter()
        .filter_map(|k| k.checked_sub(1))
        .find(|&k| list(k))?;
    // (the country may be read into the first person's title already:
    // "President A of X and B")
    let place = s
        .ments
        .iter()
        .find(|p| p.toks.end == and && p.etype == EntityType::Place)?;
    let of = place.toks.start.checked_sub(1)?;
    let w = &s.toks[of];
    if !s.is_lower(of) || !(w.norm == "of" || lex.in_class("origin", &w.norm)) {
        return None;
    }
    s.ment_ending_at(of)
        .filter(|&p| s.ments[p].etype == EntityType::Person && ok(p))
}

/// "X arrived in A and was received by Y ; he also met Z": the person a
/// subject pronoun at token `k`, right after a semicolon, stands for: the
/// first mention of the sentence when it is a person's and opens the
/// sentence (nothing before it but its title). None otherwise.
pub(super) fn semicolon_subject(s: &Sent, k: usize) -> Option<u32> {
    if k == 0 || s.toks[k - 1].norm != ";" {
        return None;
    }
    let first = s
        .ments
        .iter()
        .filter(|m| !m.nested && m.toks.end <= k)
        .min_by_key(|m| m.ext)?;
    (first.etype == EntityType::Person && first.ext == 0).then_some(first.entity)
}

/// Extends the phrase of every titled person over a modifier of class
/// `title_modifier` right before its title ("the new Minister of Foreign
/// Affairs of Estonia , X"), so that a verb reads the name as its object
/// past the determiner and the modifier, as it does without the modifier.
pub(super) fn extend_over_modifiers(lex: &Lexicon, s: &mut Sent) {
    for i in 0..s.ments.len() {
        let m = &s.ments[i];
        if m.etype != EntityType::Person || m.ext >= m.toks.start {
            continue;
        }
        let mut ext = m.ext;
        // "Deputi Perdana Menteri merangkap Menteri Luar Negeri Thailand ,
        // X": a title joined to the next by a word of class `title_join`
        // (capitalised words before it, none a name)
        if ext >= 2 && s.is_lower(ext - 1) && lex.in_class("title_join", &s.toks[ext - 1].norm) {
            let name = |k: usize| {
                s.ments
                    .iter()
                    .any(|m| m.toks.contains(&k) && m.via != Via::Title)
            };
            let mut j = ext - 1;
            while j > 0
                && ext - 1 - j < JOINED_WORDS
                && s.toks[j - 1].word
                && s.toks[j - 1].upper
                && !name(j - 1)
            {
                j -= 1;
            }
            if j < ext - 1 {
                ext = j;
                s.ments[i].ext = ext;
            }
        }
        let n = (1..=MODIFIER_WORDS.min(ext)).find(|&n| {
            s.class_phrase_at(lex, "title_modifier", ext - n) == n
                && (ext - n..ext).all(|k| s.is_lower(k) && !s.in_mention(k))
        });
        if let Some(n) = n {
            s.ments[i].ext = ext - n;
        }
    }
}

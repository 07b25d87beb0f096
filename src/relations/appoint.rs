//! Small readers for office titles (issue 17, fourth round): where a
//! token is punctuation or starts a mention, an ordinal after a title
//! ("ke - 12"), the seat of an office before a name in apposition ("di New
//! York , X"), the person an appointment or a copula before a title
//! names ("X sebagai Menteri Luar Negeri Rusia"), and (fifth round) a
//! unit's bracketed acronym and a rank before a name; (seventh round) the
//! comma before a title after a name.

use super::index::Extractor;
use super::lexicon::Lexicon;
use super::sentence::Sent;
use crate::base::types::{EntityType, Modality};

/// Whether token `k` is one of the punctuation marks `chars`.
pub(super) fn punct(s: &Sent, k: usize, chars: &[&str]) -> bool {
    s.toks
        .get(k)
        .is_some_and(|t| !t.word && chars.contains(&t.norm.as_str()))
}

/// Whether token `k` is a word of class `determiner` ("the", "a").
pub(super) fn determiner_at(s: &Sent, k: usize, x: &Extractor) -> bool {
    s.toks
        .get(k)
        .is_some_and(|t| t.word && x.lex.in_class("determiner", &t.norm))
}

/// A non-nested mention starting exactly at token `k`.
pub(super) fn mention_at(s: &Sent, k: usize) -> Option<usize> {
    s.ments.iter().position(|m| !m.nested && m.toks.start == k)
}

/// A person's mention (not nested) starting at token `k`.
pub(super) fn person_at(s: &Sent, k: usize) -> Option<usize> {
    mention_at(s, k).filter(|&m| s.ments[m].etype == EntityType::Person)
}

/// An ordinal at token `k` ("ke - 12", "ke-12"): its number of tokens.
pub(super) fn ordinal_at(s: &Sent, k: usize) -> usize {
    let digits = |k: usize| {
        s.toks
            .get(k)
            .is_some_and(|t| t.word && t.norm.bytes().all(|b| b.is_ascii_digit()))
    };
    let Some(t) = s.toks.get(k).filter(|t| t.word) else {
        return 0;
    };
    if t.norm == "ke" && punct(s, k + 1, &["-"]) && digits(k + 2) {
        return 3;
    }
    let joined = t
        .norm
        .strip_prefix("ke-")
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    usize::from(joined)
}

/// A place after a word of class `title_place` at token `k` ("di New
/// York") that a person follows, after a comma or right after it ("Duta
/// Besar RI di Dar es Salaam X", seventeenth round): the office's seat,
/// with the end of the places linked to it ([`linked_places_end`]).
/// An envoy's title (`envoy`) may also name its posting with a word of
/// class `envoy_to`: "Kenya's Ambassador to Ethiopia X" (nineteenth
/// round); the posting is no country of the office.
pub(super) fn seat_before_name(
    s: &Sent,
    k: usize,
    x: &Extractor,
    envoy: bool,
) -> Option<(usize, usize)> {
    // "Duta Besar Vietnam yang baru untuk Indonesia, X": a new holder's
    // phrase (class `title_post`) before the posting (thirty-seventh
    // round, part A)
    let post = s.class_phrase_at(x.lex, "title_post", k);
    let new = envoy
        && post > 0
        && (k..k + post).all(|j| s.is_lower(j))
        && posting_at(s, k + post, x).is_some();
    let k = k + if new { post } else { 0 };
    let t = s.toks.get(k).filter(|t| t.word)?;
    let p = match envoy.then(|| posting_at(s, k, x)).flatten() {
        Some(p) => p,
        None if x.lex.in_class("title_place", &t.norm) => {
            let filler = s.is_lower(k + 1) && x.lex.in_class("filler", &s.toks[k + 1].norm);
            mention_at(s, k + 1 + usize::from(filler))
                .filter(|&p| s.ments[p].etype == EntityType::Place)?
        }
        None => return None,
    };
    // "Duta Besar RI untuk PNG dan Kepulauan Solomon X": a posting to
    // several places
    let end = linked_places_end(s, p, x);
    let mut name = end + usize::from(punct(s, end, &[","]));
    // "the Zambian High Commissioner to Tanzania, Ms X": an honorific or
    // a rank, with its full stop, before the name (twenty-eighth round)
    if mention_at(s, name).is_none() {
        name += before_name(s, name, x);
        name += usize::from(punct(s, name, &["."]));
    }
    let named = mention_at(s, name).is_some_and(|q| s.ments[q].etype == EntityType::Person);
    named.then_some((p, end))
}

/// The posting named after an envoy's title by a word of class
/// `envoy_to` at token `k`: the mention after it, across one lowercase
/// word of class `filler` ("Ambassador of Uzbekistan to the United
/// States", twenty-second round), a place or an organisation an envoy is
/// accredited to ("Belize's Ambassador to the OAS, X", thirty-second
/// round, part A).
pub(super) fn posting_at(s: &Sent, k: usize, x: &Extractor) -> Option<usize> {
    let t = s.toks.get(k).filter(|t| t.word)?;
    if !x.lex.in_class("envoy_to", &t.norm) {
        return None;
    }
    let filler = s.is_lower(k + 1) && x.lex.in_class("filler", &s.toks[k + 1].norm);
    let at = k + 1 + usize::from(filler);
    // "to the Republic of South Africa", "to the State of Kuwait": an
    // English state form and "of" before the posting's country (fortieth
    // round, part A)
    let at = at + state_form_before(s, at, x) + state_of_before(s, at, x);
    mention_at(s, at).filter(|&p| {
        matches!(
            s.ments[p].etype,
            EntityType::Place | EntityType::Organisation
        )
    })
}

/// The length of a state's form written before a country the gazetteer
/// names without it, at token `k`: a capitalised phrase of class
/// `title_modifier`, in no mention, right before a country's mention
/// ("untuk Republik Islam Gambia", thirty-third round, part A); 0 when
/// there is none.
pub(super) fn state_form_before(s: &Sent, k: usize, x: &Extractor) -> usize {
    if mention_at(s, k).is_some() {
        return 0;
    }
    let n = s.class_phrase_at(x.lex, "title_modifier", k);
    let caps = n > 0 && (k..k + n).all(|j| s.toks[j].upper && !s.in_mention(j));
    let country = mention_at(s, k + n).is_some_and(|m| {
        s.ments[m].etype == EntityType::Place && x.countries.contains(&s.ments[m].entity)
    });
    if caps && country {
        n
    } else {
        0
    }
}

/// The length of an English state form and its "of" before a country's
/// mention at token `k` ("Republic of", "State of": a capitalised phrase
/// of class `state_form`, in no mention); 0 when there is none.
pub(super) fn state_of_before(s: &Sent, k: usize, x: &Extractor) -> usize {
    if mention_at(s, k).is_some() {
        return 0;
    }
    let n = s.class_phrase_at(x.lex, "state_form", k);
    let caps = n > 0 && (k..k + n).all(|j| s.toks[j].upper && !s.in_mention(j));
    let of = s.toks.get(k + n).is_some_and(|t| t.word && t.norm == "of");
    let country = mention_at(s, k + n + 1).is_some_and(|m| {
        s.ments[m].etype == EntityType::Place && x.countries.contains(&s.ments[m].entity)
    });
    if caps && of && country {
        n + 1
    } else {
        0
    }
}

/// A link inside a portfolio's run or a list of places: a comma or a
/// lowercase coordination word.
pub(super) fn link(s: &Sent, k: usize, x: &Extractor) -> bool {
    punct(s, k, &[","])
        || s.toks
            .get(k)
            .is_some_and(|t| t.word && !t.upper && x.lex.in_class("coord", &t.norm))
}

/// The end of the last place linked to the place mention `p` after it
/// ("Argentina and Uruguay", "PNG dan Kepulauan Solomon", "A, B and C").
pub(super) fn linked_places_end(s: &Sent, p: usize, x: &Extractor) -> usize {
    let place = |j: usize| mention_at(s, j).filter(|&m| s.ments[m].etype == EntityType::Place);
    let mut p = p;
    loop {
        let end = s.ments[p].toks.end;
        // "untuk Takhta Suci Vatikan": a second name of the same place
        // right after it is one posting (thirty-first round, part A)
        if let Some(q) = place(end).filter(|&q| s.ments[q].entity == s.ments[p].entity) {
            p = q;
            continue;
        }
        // a link then a place; each round moves past a later mention;
        // "untuk Panama merangkap Kosta Rika": a word of class
        // `posting_link` adds a posting held concurrently (thirty-fifth
        // round, part A)
        let joined = |k: usize| {
            link(s, k, x) || (s.is_lower(k) && x.lex.tok_in_class("posting_link", &s.toks[k]))
        };
        let n = (0..2).take_while(|&i| joined(end + i)).count();
        // "merangkap Georgia dan Republik Armenia": a state's form before
        // a later posting (thirty-seventh round, part A)
        let at = |k: usize| place(k + state_form_before(s, k, x));
        match at(end + n)
            .filter(|_| n > 0)
            .or_else(|| clause_posting(s, end, x).and_then(at))
        {
            Some(q) => p = q,
            None => return end,
        }
    }
}

/// The token after a relative clause of a concurrent posting at token
/// `k`: a word of class `relative` and a lowercase phrase of class
/// `posting_link`, maybe after a comma ("di Dakar yang merangkap Pantai
/// Gading", "untuk Selandia Baru yang terakreditasi untuk Samoa";
/// thirty-seventh round, part A).
fn clause_posting(s: &Sent, k: usize, x: &Extractor) -> Option<usize> {
    let k = k + usize::from(punct(s, k, &[","]));
    let rel = s.is_lower(k) && x.lex.tok_in_class("relative", &s.toks[k]);
    let n = s.class_phrase_at(x.lex, "posting_link", k + 1);
    (rel && n > 0 && (k + 1..k + 1 + n).all(|j| s.is_lower(j))).then_some(k + 1 + n)
}

/// The person an appointment or copula word (class `appointment`) right
/// before the title at `start` gives the office to, and whether it is
/// planned: the person just before it, across up to three lowercase words
/// ("yang ditunjuk menjadi") and a person's origin ("X dari Belanda yang
/// bertindak sebagai"), never across a word of class `former` ("yang
/// pernah menjabat sebagai", "maju sebagai"), a negation cue ("tak
/// memiliki kewenangan sebagai") or a clause boundary, and never to a
/// name a word of class `topic_prep` follows ("surat Presiden X tentang
/// penunjukannya sebagai Duta Besar": the name owns the noun before it,
/// and the appointee is the one the "-nya" names; twenty-sixth round).
/// A planned cue
/// ("akan dilantik sebagai", fifth round) makes the office planned.
pub(super) fn appointee(s: &Sent, start: usize, x: &Extractor) -> Option<(usize, bool)> {
    let k = start.checked_sub(1)?;
    let cue = s.toks.get(k).filter(|t| t.word)?;
    if !x.lex.in_class("appointment", &cue.norm) {
        return None;
    }
    let modal = |w: &str, planned: bool| {
        x.lex
            .cues
            .iter()
            .any(|(m, c)| c.len() == 1 && c[0] == w && (*m == Modality::Planned) == planned)
    };
    let mut words = 0;
    let mut planned = false;
    let mut j = k;
    for _ in 0..6 {
        let ending = s.ments.iter().position(|m| !m.nested && m.toks.end == j);
        if let Some(p) = ending {
            if s.ments[p].etype == EntityType::Person {
                // "dilantik oleh Presiden X sebagai KSAU": the agent of
                // the appointment, not its appointee ("dipimpin oleh X
                // yang merupakan Ketua Y": a relative clause on the agent
                // describes the agent)
                let lead = s.ments[p].ext.min(s.ments[p].toks.start);
                let agent = lead.checked_sub(1).and_then(|b| s.toks.get(b));
                if words == 0
                    && agent.is_some_and(|t| t.word && x.lex.in_class("agent_prep", &t.norm))
                {
                    return None;
                }
                let topic = s
                    .toks
                    .get(j)
                    .is_some_and(|t| x.lex.tok_in_class("topic_prep", t));
                if words > 0 && topic {
                    return None;
                }
                return Some((p, planned));
            }
            let from = s.ments[p].toks.start.checked_sub(1)?;
            if !x.lex.in_class("origin", &s.toks[from].norm) {
                return None;
            }
            j = from;
            continue;
        }
        let t = s.toks.get(j.checked_sub(1)?)?;
        words += 1;
        let stop = !t.word
            || t.upper
            || words > 3
            || modal(&t.norm, false)
            || x.lex.in_class("former", &t.norm)
            || x.lex.in_class("clause", &t.norm);
        if stop {
            return None;
        }
        planned |= modal(&t.norm, true);
        j -= 1;
    }
    None
}

/// A bracketed acronym at token `k` ("( Kapuspenkum )") that is no
/// mention: its number of tokens, or 0.
pub(super) fn bracket_acronym(s: &Sent, k: usize) -> usize {
    let inner = s
        .toks
        .get(k + 1)
        .is_some_and(|t| t.word && t.upper && !s.in_mention(k + 1));
    if punct(s, k, &["("]) && inner && punct(s, k + 2, &[")"]) {
        3
    } else {
        0
    }
}

/// The tokens of the honorifics at token `k`, each with the full stop
/// after it if one stands there ("of Her Excellency Dr. X", "led by Dr.
/// X"); 0 when a name starts there ("to Sri Lanka": a word of a name is
/// no honorific).
pub(super) fn honorifics(lex: &Lexicon, s: &Sent, k: usize) -> usize {
    let mut n = 0;
    while !s.in_mention(k + n) {
        let h = s.class_phrase_at(lex, "honorific", k + n);
        if h == 0 {
            break;
        }
        n += h;
        n += usize::from(s.toks.get(k + n).is_some_and(|w| w.norm == "."));
    }
    n
}

/// Most tokens of a bracketed gloss of a title before its name.
const GLOSS: usize = 10;

/// The tokens at `k` that may stand between a title and its name: "Yang
/// Mulia", "His Excellency", "Samdech" (class `honorific`), a rank with
/// its branch ("Komisaris Besar", "Jenderal TNI", "Lt Gen"), an initial
/// ("M Hanif Dhakiri", "H. Joko") or the rest of a bracketed gloss whose
/// "(" was passed ("( Chief of Defence Force Republic of Singapore )"):
/// their number, or 0.
pub(super) fn before_name(s: &Sent, k: usize, x: &Extractor) -> usize {
    let Some(t) = s.toks.get(k) else { return 0 };
    if t.word && t.upper && t.norm.chars().count() == 1 && !s.in_mention(k) {
        return 1;
    }
    match s.class_phrase_at(x.lex, "honorific", k) {
        0 => match rank_before_name(s, k, x) {
            0 => gloss_rest(s, k, x),
            n => n,
        },
        n => n,
    }
}

/// "Panglima Angkatan Bersenjata Singapura ( Chief of Defence Force
/// Republic of Singapore ) Lt Gen X": after a "(" at `k - 1`, a
/// translation of the title (at least two capitalised words, linked by
/// lowercase words of class `title_link`, no person) up to its ")": the
/// tokens through the ")", or 0. The acronym of a title ("( Menlu )") is
/// one word and read elsewhere ([`bracket_acronym`]).
fn gloss_rest(s: &Sent, k: usize, x: &Extractor) -> usize {
    if k == 0 || !punct(s, k - 1, &["("]) {
        return 0;
    }
    let mut words = 0;
    for j in k..(k + GLOSS).min(s.toks.len()) {
        let t = &s.toks[j];
        let person = s
            .ments
            .iter()
            .any(|m| m.etype == EntityType::Person && m.toks.contains(&j));
        if punct(s, j, &[")"]) {
            return if words >= 2 { j + 1 - k } else { 0 };
        }
        let link = t.word && !t.upper && x.lex.in_class("title_link", &t.norm);
        if person || !t.word || !(t.upper || link) {
            return 0;
        }
        words += usize::from(t.upper);
    }
    0
}

/// A capitalised rank (class `rank`) at token `k` and its branch ("TNI",
/// "Pol .", "Laut ( P )": capitalised words, dots and brackets, at most
/// four tokens) when a person's name follows: their number of tokens, or
/// 0 ("Komisaris Besar Martinus Sitompul", "Jenderal TNI Gatot").
pub(super) fn rank_before_name(s: &Sent, k: usize, x: &Extractor) -> usize {
    if !s.toks.get(k).is_some_and(|t| t.upper) {
        return 0;
    }
    let n = s.class_phrase_at(x.lex, "rank", k);
    if n == 0 {
        return 0;
    }
    let person =
        |j: usize| mention_at(s, j).is_some_and(|p| s.ments[p].etype == EntityType::Person);
    for j in k + n..=k + n + 4 {
        if person(j) {
            return j - k;
        }
        let branch = s
            .toks
            .get(j)
            .is_some_and(|t| (t.word && t.upper) || punct(s, j, &[".", "(", ")"]));
        if !branch {
            return 0;
        }
    }
    0
}

/// The comma before a title after a name: right before it, or before a
/// determiner and at most one lowercase word ("X, a project manager at
/// Y"); "X , dan sejumlah anggota DPR" is a list, no apposition.
pub(super) fn comma_before_title(s: &Sent, start: usize, x: &Extractor) -> Option<usize> {
    let det = |k: usize| x.lex.in_class("determiner", &s.toks[k].norm);
    let modifier = |k: usize| {
        let w = &s.toks[k].norm;
        s.is_lower(k)
            && !["prep", "clause", "list", "coord"]
                .iter()
                .any(|c| x.lex.in_class(c, w))
    };
    (1..=3)
        .map_while(|d| start.checked_sub(d))
        .find(|&c| {
            let words = match start - c - 1 {
                0 => true,
                1 => det(c + 1),
                _ => det(c + 1) && modifier(c + 2),
            };
            words && c >= 1 && punct(s, c, &[","])
        })
        .or_else(|| comma_before_modified(s, start, x))
        .or_else(|| super::modified_title::comma_before_status(s, start, x))
}

/// The comma before a title after a name whose determiner is followed by
/// more than one word (issue 17, thirty-seventh round, part A): a phrase
/// of class `title_modifier` ("X, the newly appointed Ambassador of Y")
/// or a seat joined by a hyphen to a word of class `seat_suffix` ("X,
/// the Sofia-based Ambassador of Y").
fn comma_before_modified(s: &Sent, start: usize, x: &Extractor) -> Option<usize> {
    let det = |k: usize| determiner_at(s, k, x);
    // "the Sofia-based": a word, an unspaced hyphen, the suffix
    let seat = start >= 3
        && s.unspaced(start - 2, &["-"])
        && s.toks[start - 1].word
        && x.lex.tok_in_class("seat_suffix", &s.toks[start - 1]);
    if seat && start >= 5 && det(start - 4) && punct(s, start - 5, &[","]) {
        return Some(start - 5);
    }
    // "the newly appointed": the longest modifier ending right at the title
    (2..=3).map_while(|n| start.checked_sub(n + 2)).find(|&c| {
        punct(s, c, &[","])
            && det(c + 1)
            && s.class_phrase_at(x.lex, "title_modifier", c + 2) == start - c - 2
    })
}

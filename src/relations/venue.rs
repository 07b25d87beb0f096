//! A venue with its town (issue 17, twenty-third round, part B):
//! "Bandara Bauerfield di Port Vila", "Istana Merdeka (IM) di Jakarta"
//! give `located_in`. The link word is data (class `venue_in`); English
//! "in" ("the Miraflores Palace in Caracas") and the comma ("Royal Guest
//! House, Riyadh") were turned on in the twenty-fourth round, part B, after
//! a count of the golds (docs/relations.md: most sets have such lines,
//! heldout11, 13 and 16 have six without them). The appositive rules of
//! `apposition::located_in` take a country as the target (or a province
//! for a town); a venue (a place whose name opens or ends with a word of
//! class `venue_head`: palace, airport, hotel, istana, bandara, ...) is
//! also said to be in its town or island, which is no country and no
//! larger region.

use super::appoint::{mention_at, punct};
use super::env::{push, Env};
use super::instance::RelationInstance;
use super::lexicon::ArgType;
use super::sentence::Sent;
use crate::base::types::{EntityType, Modality};

/// Whether mention `x` names a venue: a place, no country, whose first or
/// last word is of class `venue_head`, or whose entity's name has one
/// ("JCC Senayan" for "Jakarta Convention Center").
pub(super) fn venue(env: &Env, s: &Sent, x: usize) -> bool {
    let m = &s.ments[x];
    m.free()
        && env.type_ok(s, x, &[ArgType::City])
        && ((m.toks.len() >= 2
            && (opened_by(env, s, x, "venue_head")
                || closed_by(env, s, x, "venue_head")
                || headed_inside(env, s, x)))
            || named_as_venue(env, m.entity)
            || headed_before(env, s, x))
}

/// Whether mention `x` stands in apposition after a comma and a phrase of
/// lowercase words holding one of class `venue_head` ("the president's
/// official residence, Mantyniemi, in Helsinki"; "kediaman resmi
/// presiden, X, di Y", the head first): a name with no head word of its
/// own, which the phrase before it calls a venue.
fn headed_before(env: &Env, s: &Sent, x: usize) -> bool {
    // the head closes an English phrase, and opens an Indonesian one
    // before a modifier and an owner ("kediaman resmi presiden")
    const MAX_WORDS: usize = 3;
    let start = s.ments[x].toks.start;
    if start < 2 || !punct(s, start - 1, &[","]) {
        return false;
    }
    (1..=MAX_WORDS)
        .map_while(|n| (start - 1).checked_sub(n))
        .take_while(|&p| s.is_lower(p) && !s.in_mention(p))
        .any(|p| env.lex.tok_in_class("venue_head", &s.toks[p]))
}

/// Whether mention `x`, of three words or more, holds a word of class
/// `venue_head` after its first word and before its last ("Grand Hotel
/// River Park", "Royal Palace Gardens"): a venue whose name wraps its head
/// word in a brand or a site.
fn headed_inside(env: &Env, s: &Sent, x: usize) -> bool {
    let r = &s.ments[x].toks;
    r.len() >= 3
        && (r.start + 1..r.end - 1).any(|p| {
            let t = &s.toks[p];
            t.word && t.upper && env.lex.in_class("venue_head", &t.norm)
        })
}

/// Whether `entity`'s canonical name or one of its aliases opens or
/// closes with a word of class `venue_head`: a mention of it by another
/// name ("JCC", "JCC Senayan" for "Jakarta Convention Center"; "Kadriorg"
/// for an entity also called "Kadriorg Palace") names the venue too.
fn named_as_venue(env: &Env, entity: u32) -> bool {
    // kept per document: every located_in pass asks it of the same places
    if let Some(&known) = env.venue_names.borrow().get(&entity) {
        return known;
    }
    let named = name_headed(env, entity);
    env.venue_names.borrow_mut().insert(entity, named);
    named
}

/// [`named_as_venue`] read from the gazetteer's names.
fn name_headed(env: &Env, entity: u32) -> bool {
    let Some(e) = env.gaz.entities.get(entity as usize) else {
        return false;
    };
    // asked of every one-word place in every located_in pass: only the
    // first and last words are lowercased, with no list of all of them
    let headed = |name: &str| {
        let mut words = name.split_whitespace();
        let (Some(first), Some(last)) = (words.next(), words.next_back()) else {
            return false;
        };
        [first, last]
            .iter()
            .any(|w| env.lex.in_class("venue_head", &w.to_lowercase()))
    };
    std::iter::once(&e.name)
        .chain(&e.aliases)
        .any(|n| headed(n))
}

/// Whether mention `x` opens with a phrase of class `class` ("Istana
/// Merdeka", "Bandar Udara X": a head of two words opens a name only).
fn opened_by(env: &Env, s: &Sent, x: usize, class: &str) -> bool {
    s.class_phrase_at(env.lex, class, s.ments[x].toks.start) > 0
}

/// Whether mention `x` ends with a word of class `class` ("Grand Lotus
/// Hotel").
fn closed_by(env: &Env, s: &Sent, x: usize, class: &str) -> bool {
    let t = &s.toks[s.ments[x].toks.end - 1];
    t.word && env.lex.in_class(class, &t.norm)
}

/// Whether the words before token `k` are the name of a venue the
/// gazetteer does not know: a run of capitalised words outside any
/// mention, up to `k`, holding a word of class `venue_head` that opens a
/// name ("VIP Bandara Ngurah Rai", the Indonesian order) or closes it
/// ("Blue Lotus Hotel"). "Bandara Ngurah Rai, Denpasar, Bali" then lists
/// no towns: the venue's town is followed by its province.
pub(super) fn unknown_venue_before(env: &Env, s: &Sent, k: usize) -> bool {
    // a venue's name is short: a few words are enough to find its head
    const MAX_WORDS: usize = 6;
    let capital = |p: usize| s.toks[p].word && s.toks[p].upper && !s.in_mention(p);
    let mut start = k;
    while start > 0 && k - start < MAX_WORDS && capital(start - 1) {
        start -= 1;
    }
    (start..k).any(|p| {
        let n = s.class_phrase_at(env.lex, "venue_head", p);
        n > 0 && (p + n < k || (p > start && p + n == k))
    })
}

/// Whether mention `x`, free or not, names a venue: a place of two words
/// or more whose first or last words are of class `venue_head` or `venue`
/// ("Pangkalan Udara X").
pub(super) fn named_venue(env: &Env, s: &Sent, x: usize) -> bool {
    s.ments[x].toks.len() >= 2
        && ["venue_head", "venue"]
            .iter()
            .any(|c| opened_by(env, s, x, c) || closed_by(env, s, x, c))
}

/// `located_in` for a venue followed by its town, after a word of class
/// `venue_in` ("di", "in"; "the" may follow an English one) or a comma
/// ("Royal Guest House, Riyadh"), or right after the venue's name
/// ("Gedung Negara Grahadi Surabaya"; after a name closed by its head
/// word, "Diaz Hotel Mossel Bay", only when punctuation ends the town); a
/// bracketed acronym of the venue may stand first. The town must close
/// its phrase: no capitalised word, hyphen or list of places after it.
pub(super) fn venues(env: &Env, s: &Sent, si: u32, out: &mut Vec<RelationInstance>) {
    for x in 0..s.ments.len() {
        if !venue(env, s, x) {
            continue;
        }
        let mut k = s.ments[x].toks.end;
        // "Istana Merdeka ( IM ) di Jakarta", "Jakarta Convention Center (
        // JCC ) , Jakarta": the acronym may be a mention of the venue
        k += acronym_after(s, x);
        // "Mantyniemi, in Helsinki": a comma before the link word closes
        // an apposition, the link word still leads to the town
        if punct(s, k, &[","])
            && s.toks
                .get(k + 1)
                .is_some_and(|t| t.word && env.lex.in_class("venue_in", &t.norm))
        {
            k += 1;
        }
        let link = k;
        let linked = s
            .toks
            .get(k)
            .is_some_and(|t| (t.word && env.lex.in_class("venue_in", &t.norm)) || t.norm == ",");
        // "Gedung Negara Grahadi Surabaya", "Diaz Hotel Mossel Bay": a
        // venue's name opens or closes with its head word (`venue`), and
        // its town may follow with no link at all
        let bare = !linked && mention_at(s, k).is_some();
        let opens = opened_by(env, s, x, "venue_head");
        if !linked && !bare {
            continue;
        }
        let word_link = linked && s.toks[k].word;
        k += usize::from(linked);
        if s.toks.get(k).is_some_and(|t| t.word && t.norm == "the") {
            k += 1;
        }
        // "in the capital Amman", "in the historic centre of Quito", "di
        // pusat kota X": a word of class `town_lead` before the town
        if word_link {
            k += town_lead(env, s, k);
        }
        // "Gedung X, Kompleks Parlemen, Jakarta": a site the gazetteer
        // does not know may stand between the venue and its town
        if linked && !word_link {
            k += site_between(env, s, k);
            k += body_between(env, s, k);
        }
        let Some(mut y) = mention_at(s, k).filter(|&y| s.ments[y].free()) else {
            continue;
        };
        let town = env.type_ok(s, y, &[ArgType::Town]);
        if town && !word_link && !closes(env, s, s.ments[y].toks.end) {
            // an address, "JCC Senayan, Jakarta": the quarter, then the
            // town that closes the phrase
            y = town_after(env, s, y).unwrap_or(y);
        }
        if !town || !closes(env, s, s.ments[y].toks.end) {
            continue;
        }
        // after a name closed by its head word, the town must end the
        // phrase at punctuation: "the Grand Lotus Hotel Surabaya branch"
        // names a branch, "Diaz Hotel Mossel Bay ," a town
        let after = s.toks.get(s.ments[y].toks.end);
        if bare && !opens && after.is_some_and(|t| t.word || t.norm == "-") {
            continue;
        }
        let trigger = if bare {
            env.span_text(s, s.ments[x].toks.start, s.ments[x].toks.start + 1)
        } else {
            env.span_text(s, link, link + 1)
        };
        let pair = (s.ments[x].entity, s.ments[y].entity);
        push_located(out, pair, si, trigger);
    }
}

/// Pushes an asserted `located_in` of `pair` (place, where it lies).
pub(super) fn push_located(
    out: &mut Vec<RelationInstance>,
    pair: (u32, u32),
    si: u32,
    trigger: String,
) {
    push(
        out,
        "located_in",
        pair,
        true,
        si,
        trigger,
        Modality::Asserted,
    );
}

/// How many tokens a bracketed acronym of venue `x` right after its name
/// takes ("Istana Merdeka ( IM )", "Stadion Utama X ( SU GBK )"): up to
/// three capitalised words and the brackets, or none. The acronym holds
/// no mention or mentions of the venue itself ("Jakarta Convention Center
/// ( JCC )").
pub(super) fn acronym_after(s: &Sent, x: usize) -> usize {
    // an acronym is short: more words in brackets are a gloss
    const MAX_WORDS: usize = 3;
    let k = s.ments[x].toks.end;
    if !punct(s, k, &["("]) {
        return 0;
    }
    let own = |j: usize| {
        s.toks[j].word
            && s.toks[j].upper
            && mention_at(s, j).is_none_or(|a| s.ments[a].entity == s.ments[x].entity)
    };
    let words = (k + 1..(k + 1 + MAX_WORDS).min(s.toks.len()))
        .take_while(|&j| own(j))
        .count();
    if words > 0 && punct(s, k + 1 + words, &[")"]) {
        words + 2
    } else {
        0
    }
}

/// How many tokens before a town a phrase of class `town_lead` takes,
/// from token `k`: "capital" ("in the capital Amman"), "historic centre
/// of" (one lowercase word may open it; English "of" may close it, or a
/// comma: "in the capital, Maseru"), "pusat kota"; none when no such
/// phrase stands there.
fn town_lead(env: &Env, s: &Sent, k: usize) -> usize {
    let free_lower = |j: usize| s.is_lower(j) && !s.in_mention(j);
    let lead = (k..k + 2).take_while(|&j| free_lower(j)).find_map(|j| {
        let n = s.class_phrase_at(env.lex, "town_lead", j);
        (n > 0 && (j..j + n).all(free_lower)).then_some(j + n)
    });
    let Some(mut end) = lead else { return 0 };
    if s.toks
        .get(end)
        .is_some_and(|t| (t.word && t.norm == "of") || t.norm == ",")
    {
        end += 1;
    }
    end - k
}

/// How many tokens an unknown site's name and the comma after it take
/// from token `k`, or none: up to four capitalised words in no mention,
/// the first or last of class `site_head` ("Kompleks Parlemen", "the
/// Parliament Complex") or the first of class `body` ("Kementerian Luar
/// Negeri"), then a comma. A venue listed with its site and
/// its town ("Gedung X, Kompleks Parlemen, Jakarta") lies in the town.
fn site_between(env: &Env, s: &Sent, k: usize) -> usize {
    // a site's name is short: more words are a clause
    const MAX_WORDS: usize = 4;
    let name = |p: usize| {
        s.toks
            .get(p)
            .is_some_and(|t| t.word && t.upper && !s.in_mention(p))
    };
    let n = (k..k + MAX_WORDS).take_while(|&p| name(p)).count();
    let head = |p: usize| env.lex.in_class("site_head", &s.toks[p].norm);
    // "Gedung X, Kementerian Luar Negeri, Jakarta": a body the gazetteer
    // does not know, housed at the venue, stands there as a site does
    // (`body_between` for one it knows)
    let body = n > 0 && env.lex.in_class("body", &s.toks[k].norm);
    if n == 0 || !punct(s, k + n, &[","]) || !(head(k) || head(k + n - 1) || body) {
        return 0;
    }
    n + 1
}

/// How many tokens an organisation's mention and the comma after it take
/// from token `k`, or none: the body a venue houses, listed between the
/// venue and its town ("Gedung X, Kementerian Luar Negeri, Jakarta";
/// "Gedung Y, Sekretariat ASEAN, Jakarta"), as an unknown site is
/// ([`site_between`]).
fn body_between(env: &Env, s: &Sent, k: usize) -> usize {
    let Some(b) = mention_at(s, k).filter(|&b| s.ments[b].free()) else {
        return 0;
    };
    let end = s.ments[b].toks.end;
    if !env.type_ok(s, b, &[ArgType::Organisation]) || !punct(s, end, &[","]) {
        return 0;
    }
    end + 1 - k
}

/// The town after town mention `y` and a comma that closes the phrase
/// ("Senayan , Jakarta ,"): the larger place of an address.
fn town_after(env: &Env, s: &Sent, y: usize) -> Option<usize> {
    let end = s.ments[y].toks.end;
    if !punct(s, end, &[","]) {
        return None;
    }
    mention_at(s, end + 1).filter(|&z| {
        s.ments[z].free()
            && env.type_ok(s, z, &[ArgType::Town])
            && closes(env, s, s.ments[z].toks.end)
    })
}

/// The venue whose name, and its bracketed acronym if any, ends right
/// before token `k` ("Jakarta Convention Center ( JCC ) ,"): a place
/// listed after it is its town, not one of a list.
pub(super) fn venue_ending_at(env: &Env, s: &Sent, k: usize) -> Option<usize> {
    s.ments
        .iter()
        .enumerate()
        .find(|&(x, m)| m.free() && m.toks.end <= k && m.toks.end + acronym_after(s, x) == k)
        .map(|(x, _)| x)
        .filter(|&x| venue(env, s, x))
}

/// `located_in` for a venue after its town's possessive ("Lima's Torre
/// Tagle Palace"), the English order `owned_place` reads for a place and
/// its country.
pub(super) fn owned_venues(env: &Env, s: &Sent, si: u32, out: &mut Vec<RelationInstance>) {
    for x in 0..s.ments.len() {
        let start = s.ments[x].toks.start;
        if start < 3 || !s.possessive_s_before(start) || !venue(env, s, x) {
            continue;
        }
        let Some(y) = s
            .ment_ending_at(start - 2)
            .filter(|&y| env.type_ok(s, y, &[ArgType::Town]))
        else {
            continue;
        };
        let trigger = env.span_text(s, s.ments[y].toks.start, s.ments[x].toks.end);
        let pair = (s.ments[x].entity, s.ments[y].entity);
        push_located(out, pair, si, trigger);
    }
}

/// `located_in` for a venue and the town closing an apposition that
/// describes it: "the Faladie Gendarmerie School, a training unit for
/// security personnel in Bamako", "Wisma X, sebuah pusat pelatihan di Y".
/// The description opens with a word of class `venue_described` ("a",
/// "an", "sebuah") and runs over lowercase words only, at most
/// `MAX_WORDS`, to a word of class `venue_in` and the town, which closes
/// its phrase.
pub(super) fn described_venues(env: &Env, s: &Sent, si: u32, out: &mut Vec<RelationInstance>) {
    // an apposition describing a building is short; a longer run is a
    // clause of its own
    const MAX_WORDS: usize = 8;
    for x in 0..s.ments.len() {
        if !venue(env, s, x) {
            continue;
        }
        let comma = s.ments[x].toks.end + acronym_after(s, x);
        let opens = |k: usize| s.is_lower(k) && env.lex.tok_in_class("venue_described", &s.toks[k]);
        if !punct(s, comma, &[","]) || !opens(comma + 1) {
            continue;
        }
        let linked = (comma + 2..comma + 2 + MAX_WORDS)
            .take_while(|&k| s.is_lower(k) && !s.in_mention(k))
            .filter(|&k| env.lex.tok_in_class("venue_in", &s.toks[k]))
            .find_map(|k| Some((k, mention_at(s, k + 1)?)));
        let Some((link, y)) = linked.filter(|&(_, y)| s.ments[y].free()) else {
            continue;
        };
        if !env.type_ok(s, y, &[ArgType::Town]) || !closes(env, s, s.ments[y].toks.end) {
            continue;
        }
        let trigger = env.span_text(s, link, link + 1);
        let pair = (s.ments[x].entity, s.ments[y].entity);
        push_located(out, pair, si, trigger);
    }
}

/// Whether the town ending before token `k` closes its phrase: the end,
/// punctuation but a hyphen (a comma only before a province or country,
/// "Grand Hyatt, Nusa Dua, Bali", a person, or no mention: "in Baku, he
/// said"),
/// or a lowercase word that opens no list of places ("in Baku and
/// Tbilisi" lists two).
pub(super) fn closes(env: &Env, s: &Sent, k: usize) -> bool {
    let Some(t) = s.toks.get(k) else { return true };
    let next = mention_at(s, k + 1);
    if t.norm == "," {
        // "Before departing from X Airport in Y , Chakwera said": a
        // person after the comma opens the main clause (fortieth round,
        // part C)
        return next.is_none_or(|n| {
            env.type_ok(s, n, &[ArgType::Country, ArgType::Province])
                || s.ments[n].etype == EntityType::Person
        });
    }
    if !t.word {
        return t.norm != "-";
    }
    let listed = env.lex.in_class("list", &t.norm) && next.is_some();
    !t.upper && !listed
}

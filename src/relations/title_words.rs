//! The words of a title: where a title starts and ends in a sentence
//! ("charge d'affaires", "Minister of Foreign Affairs and Trade", "special
//! envoy for Afghan reconciliation"), the demonym before it, and a title
//! that opens a person's own name ("King Felipe VI of Spain").

use super::appoint::{mention_at, person_at, punct};
use super::compound::HYPHENS;
use super::index::Extractor;
use super::sentence::Sent;
use super::title_of::country_after_name;
use super::titles::TitleMatch;
use crate::base::types::{EntityType, Via};

/// Apostrophes; with the hyphens, the punctuation written inside a word
/// ("d'affaires", "Vice-President").
const APOSTROPHES: [&str; 2] = ["'", "\u{2019}"];

/// A hyphen or an apostrophe at token `k` with no space on either side.
fn joiner(s: &Sent, k: usize) -> bool {
    s.unspaced(k, &HYPHENS) || s.unspaced(k, &APOSTROPHES)
}

/// Tokens taken by the title `words` from token `i`, if they match there.
/// A joiner written between two of its words is skipped: the lexicon
/// folds "charge d'affaires" to three words, the sentence has four tokens.
fn words_at(s: &Sent, i: usize, words: &[String]) -> Option<usize> {
    let mut k = i;
    for (j, w) in words.iter().enumerate() {
        if j > 0 && joiner(s, k) {
            k += 1;
        }
        s.toks.get(k).filter(|t| t.word && t.norm == *w)?;
        k += 1;
    }
    Some(k - i)
}

/// The longest title starting at token `i`: (office, number of tokens,
/// English). Only titles whose first word is token `i` are tried.
pub(super) fn title_at(s: &Sent, i: usize, x: &Extractor) -> Option<(usize, usize, bool)> {
    let first = s.toks.get(i).filter(|t| t.word)?;
    // by the token's id where the lexicon's table numbered the sentence
    // (an id names one word: the same candidates as by its text)
    let cands = match &x.title_ids {
        Some(ids) if s.numbered_by(&x.lex.words) => ids.get(first.id as usize)?,
        _ => x.title_index.get(&first.norm)?,
    };
    cands.iter().find_map(|&(ti, english)| {
        let (office, _, words) = x.lex.titles.get(ti)?;
        words_at(s, i, words).map(|n| (*office, n, english))
    })
}

/// A demonym of some place ending just before token `i` ("Russian",
/// "North Korean"): (entity, first token). The longest wins.
pub(super) fn demonym_before(s: &Sent, i: usize, x: &Extractor) -> Option<(u32, usize)> {
    let mut best: Option<(u32, usize)> = None;
    for (e, words) in &x.demonyms {
        let n = words.len();
        if n > i {
            continue;
        }
        let ok = words
            .iter()
            .enumerate()
            .all(|(j, w)| s.toks[i - n + j].word && s.toks[i - n + j].norm == *w);
        if ok && best.is_none_or(|(_, start)| i - n < start) {
            best = Some((*e, i - n));
        }
    }
    best
}

/// Whether the word before token `start` (across a dash) says the office
/// is no longer or not yet held: "mantan", "former", "then-".
pub(super) fn former_before(s: &Sent, start: usize, x: &Extractor) -> bool {
    (0..start)
        .rev()
        .find(|&k| s.toks[k].norm != "-")
        .is_some_and(|k| x.lex.in_class("former", &s.toks[k].norm))
}

/// Tokens after a title at `k` that still belong to its portfolio, before
/// its country or holder: a coordinated part ("Minister of Foreign Affairs
/// *and Trade* X", "Menteri Pertanian *dan Ketahanan Pangan* Mozambik X")
/// or a phrase of class `portfolio` before a name ("special envoy *for
/// Afghan reconciliation* Zalmay Khalilzad"). 0 when there is none.
pub(super) fn title_tail(s: &Sent, title: std::ops::Range<usize>, x: &Extractor) -> usize {
    let k = title.end;
    let portfolio = super::title_run::heads_portfolio(s, title, x);
    if mention_at(s, k).is_some() {
        return 0;
    }
    // capitalised words joined by commas and a coordination word; a word
    // that starts a title of its own ends the run ("Foreign Minister and
    // Defence Minister X" names two offices)
    // (nine tokens: ", African Cooperation and Moroccan Expatriates ,";
    // twenty since the forty-first round: ", Infrastructure ,
    // Environment , Labour , Meteorology and Disaster ,")
    let end = (k + 20).min(s.toks.len());
    let (mut j, mut caps_end, mut joined) = (k, k, false);
    while j < end {
        let t = &s.toks[j];
        let link = punct(s, j, &[","]) || (t.word && x.lex.in_class("coord", &t.norm));
        if link {
            // no two links in a row, but for a coordination word after a
            // comma ("Kehutanan , Perikanan , dan Lingkungan")
            let serial = t.word && j == caps_end + 1 && punct(s, caps_end, &[","]);
            if j != caps_end && !serial {
                break;
            }
            joined |= t.word;
            j += 1;
            continue;
        }
        // "and Moroccan Expatriates": a demonym opening a part of the run,
        // right after a link (forty-first round, part A)
        if let Some(e) = (j > k && j != caps_end)
            .then(|| super::portfolio_names::demonym_in_run(s, j, x))
            .flatten()
        {
            j = e;
            continue;
        }
        // "dan Urusan Eropa Republik Kroasia": a region is a word of the
        // run when the title heads a portfolio
        if let Some(e) = (portfolio && j > k)
            .then(|| super::portfolio_names::region_in_run(s, j, x))
            .flatten()
        {
            j = e;
            caps_end = e;
            continue;
        }
        let cap = t.word && t.upper && !s.in_mention(j) && title_at(s, j, x).is_none();
        // the run opens with a link
        if !cap || j == k {
            break;
        }
        j += 1;
        caps_end = j;
    }
    // ("... and Tourism of Sri Lanka": "of" and the country, twenty-fourth round)
    let holder = |e: usize| {
        mention_at(s, e).is_some()
            || (punct(s, e, &[","]) && person_at(s, e + 1).is_some())
            || super::office_list::of_country(s, e, x)
    };
    if joined && caps_end > k && holder(caps_end) {
        return caps_end - k;
    }
    // "for" and up to four words (no clause word), then the holder's name
    let lead = s.class_phrase_at(x.lex, "portfolio", k);
    if lead == 0 {
        return 0;
    }
    for e in k + lead + 1..=k + lead + 4 {
        let w = e - 1;
        let word = s.toks.get(w).is_some_and(|t| {
            t.word
                && !x.lex.in_class("clause", &t.norm)
                && !x.lex.in_class("prep", &t.norm)
                && person_at(s, w).is_none()
        });
        if !word {
            return 0;
        }
        if person_at(s, e).is_some() {
            return e - k;
        }
    }
    0
}

/// The place or organisation whose possessive mark ("'s") stands right
/// before token `i`: "*Spain*'s King Felipe VI".
fn owner_before(s: &Sent, i: usize) -> Option<usize> {
    let n = super::title_run::possessive_len(s, i);
    let end = i.checked_sub(n).filter(|_| n > 0)?;
    s.ments
        .iter()
        .position(|m| !m.nested && m.toks.end == end && m.etype != EntityType::Person)
}

/// "King Felipe VI of Spain", "Raja Salman dari Arab Saudi", "Spanish
/// King Felipe VI", "Spain's King Felipe VI": a person whose gazetteer
/// name opens with a title (token `i` starts that mention and the title
/// ends inside it), the office's country after "of" or an origin word, or
/// a demonym or a possessive owner before.
/// The country is marked as in the title.
pub(super) fn titled_name(s: &mut Sent, i: usize, x: &Extractor) -> Option<TitleMatch> {
    // (the title's hash probe first: it fails for nearly every token of
    // a name, and spares the scan of the mentions)
    let (office, n, english) = title_at(s, i, x)?;
    let p = s.ments.iter().position(|m| {
        !m.nested && m.toks.start == i && m.etype == EntityType::Person && m.via != Via::Title
    })?;
    let end = s.ments[p].toks.end;
    if i + n >= end {
        return None;
    }
    // ("King A and Queen B of Sweden": the couple's; twenty-ninth round)
    let country = country_after_name(s, end, office, true, x)
        .filter(|&c| x.countries.contains(&s.ments[c].entity));
    let (of, head) = match country {
        Some(c) => {
            s.ments[c].in_title = true;
            // (a couple's head ends at the first name: the second title
            // is read on its own)
            let direct = s.ments[c].toks.start <= end + 2;
            let last = if direct { s.ments[c].toks.end } else { end };
            (s.ments[c].entity, i..last)
        }
        // "Spain's King Felipe VI": a possessive owner before the title
        // (twenty-eighth round), else a demonym
        None if english => match owner_before(s, i) {
            Some(m) => {
                s.ments[m].in_title = true;
                (s.ments[m].entity, s.ments[m].toks.start..end)
            }
            None => {
                let (e, start) = demonym_before(s, i, x)?;
                (e, start..end)
            }
        },
        None => return None,
    };
    s.ments[p].ext = s.ments[p].ext.min(head.start);
    let former = former_before(s, head.start, x);
    Some(TitleMatch {
        office,
        title: i..i + n,
        head,
        of: Some(of),
        person: Some(p),
        former,
        planned: false,
    })
}

#[cfg(test)]
mod tests {
    use super::title_at;
    use crate::gazetteer::Gazetteer;
    use crate::relations::index::Extractor;
    use crate::relations::lexicon::Lexicon;
    use crate::relations::sentence::Sent;

    // Issue 22 (twenty-fourth round): a title found by the token's id (a
    // sentence the lexicon's table numbered) is the one found by its text
    // (a sentence numbered by no table, or by another lexicon's) and the
    // first of the whole list in lexicon order that matches there, at
    // every token of many sentences of title words, joiners and others;
    // an office added by a later file is found by id too.
    #[test]
    fn a_title_by_id_is_the_title_by_text() {
        let gaz = Gazetteer::default();
        let mut lex = Lexicon::builtin();
        let extra = r#"{"office": "zz_warden", "titles": {"en": ["Quxwarden General"]}}"#;
        lex.extend_from_reader(extra.as_bytes(), "extra.jsonl")
            .unwrap();
        let other = Lexicon::from_reader(
            r#"{"class":"prep","lang":"en","words":["with"]}"#.as_bytes(),
            "test",
        )
        .unwrap();
        let x = Extractor::new(&gaz, &lex);
        assert!(x.title_ids.is_some(), "every title's first word has an id");
        // the words of every title, a few others, joiners and punctuation
        let mut pool: Vec<String> = lex.titles.iter().flat_map(|t| t.2.clone()).collect();
        pool.extend(["Jakarta", "rumah", "xyz", "the", "-", "'", ",", "."].map(String::from));
        let mut next = crate::relations::tests_round3::xorshift(0x9e37_79b9_7f4a_7c15_u64);
        // the first title of the whole list, in lexicon order, at token i
        let scan = |s: &Sent, i: usize| {
            lex.titles
                .iter()
                .enumerate()
                .find_map(|(ti, (office, _, words))| {
                    let n = super::words_at(s, i, words)?;
                    let english = lex.titles.iter().any(|(_, en, w)| *en && w == words);
                    s.toks
                        .get(i)
                        .filter(|t| t.word)
                        .map(|_| (ti, (*office, n, english)))
                })
        };
        let found = |s: &Sent, i: usize| title_at(s, i, &x);
        let mut titles = 0;
        for round in 0..600 {
            let len = 1 + next(10);
            let text: Vec<&str> = (0..len).map(|_| pool[next(pool.len())].as_str()).collect();
            let mut text = text.join(" ");
            if round == 0 {
                text = "the Quxwarden General said".to_string();
            }
            let by_id = Sent::build_in(&text, 0..text.len(), &[], &gaz, Some(&lex.words));
            let by_text = Sent::build(&text, 0..text.len(), &[], &gaz);
            let by_other = Sent::build_in(&text, 0..text.len(), &[], &gaz, Some(&other.words));
            assert!(by_id.numbered_by(&lex.words) && !by_other.numbered_by(&lex.words));
            for i in 0..=by_id.toks.len() {
                let want = scan(&by_text, i).map(|(_, t)| t);
                assert_eq!(found(&by_id, i), want, "{i} {text:?}");
                assert_eq!(found(&by_text, i), want, "{i} {text:?}");
                assert_eq!(found(&by_other, i), want, "{i} {text:?}");
                titles += usize::from(want.is_some());
            }
            if round == 0 {
                let warden = lex.offices.iter().position(|o| o.office == "zz_warden");
                assert_eq!(
                    found(&by_id, 1).map(|t| (Some(t.0), t.1)),
                    Some((warden, 2))
                );
            }
        }
        assert!(titles > 500, "{titles}");
    }
}

//! Office titles: appositions ("Presiden Rusia Vladimir Putin", "Menlu
//! Korut, Choe Son Hui", "Russia's Foreign Minister Sergei Lavrov",
//! "Foreign Minister Sergei Lavrov of Russia") give `holds_office`; a title
//! with a country but no name ("Menlu Rusia") is a mention of whoever held
//! the office at the document's date, per the gazetteer's roles.

use super::appoint::{
    appointee, before_name, bracket_acronym, comma_before_title, mention_at, ordinal_at, punct,
    rank_before_name, seat_before_name, state_form_before, state_of_before,
};
use super::index::Extractor;
use super::lexicon::Lexicon;
use super::national_body::national_body;
use super::office_list::{apposition_closes, comma_before_coordinated, past_state_form};
use super::sentence::{sorted, starting_in, Sent};
use super::title_checks::{comma_apposition_ok, other_name_after, roles_allow, sentence_year};
use super::title_close::{modifier_len, post_before_name, seat_clause_end};
use super::title_of::{country_after_name, given_name, of_tail};
use super::title_run::{
    heads_portfolio, portfolio_after, possessive_len, posting_before_name, posting_end,
    run_after_owner, run_to_country, take_linked_places,
};
use super::title_words::{demonym_before, former_before, title_at, title_tail, titled_name};
use crate::base::types::{EntityType, Mention, Via};
use crate::gazetteer::Gazetteer;
use crate::ingest::document::Prepared;
use std::ops::Range;

/// One title found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct TitleMatch {
    /// Index into `Lexicon::offices`.
    pub office: usize,
    /// Tokens of the title words.
    pub title: Range<usize>,
    /// Title plus its country ("Menlu Rusia", "Russia's foreign minister").
    pub head: Range<usize>,
    /// The country or organisation the office belongs to.
    pub of: Option<u32>,
    /// The person named in apposition (index into `Sent::ments`).
    pub person: Option<usize>,
    /// "mantan Menlu Rusia", "former President": not the holder of the day
    /// and no current office.
    pub former: bool,
    /// "X akan dilantik sebagai Presiden Singapura": an office not yet
    /// taken up.
    pub planned: bool,
}

fn is_place_or_org(s: &Sent, i: usize) -> bool {
    s.ments[i].etype != EntityType::Person
}

/// Finds the titles of a sentence; marks the countries of titles
/// (`in_title`) and extends apposed persons to the title start (`ext`).
pub(crate) fn find_titles(s: &mut Sent, x: &Extractor) -> Vec<TitleMatch> {
    let mut out = Vec::new();
    // tokens inside a name (not a title mention), marked once
    let mut in_name = vec![false; s.toks.len()];
    for m in s.ments.iter().filter(|m| m.via != Via::Title && !m.nested) {
        for f in in_name.get_mut(m.toks.clone()).into_iter().flatten() {
            *f = true;
        }
    }
    let mut i = 0;
    while i < s.toks.len() {
        let inside_name = in_name.get(i).copied().unwrap_or(false);
        if inside_name {
            // "King Felipe VI of Spain": a title opening the name itself
            if let Some(t) = titled_name(s, i, x) {
                i = t.head.end.max(i + 1);
                out.push(t);
            } else {
                i += 1;
            }
            continue;
        }
        let Some((office, n, english)) = title_at(s, i, x) else {
            i += 1;
            continue;
        };
        let n = n + title_tail(s, i..i + n, x);
        let n = n + portfolio_after(s, i..i + n, x);
        let t = analyse(s, i, i + n, office, english, x);
        i = t.head.end.max(i + n);
        out.push(t);
    }
    super::shared_title::share_coordinated(s, &mut out, x);
    super::shared_country::share_country(s, &mut out, x);
    super::shared_title::qualify_titles(s, x);
    super::plural_title::share_plural(s, &mut out, x);
    out
}

fn analyse(
    s: &mut Sent,
    ts: usize,
    te: usize,
    office: usize,
    english: bool,
    x: &Extractor,
) -> TitleMatch {
    let mut of = None;
    let mut head = ts..te;
    let mut in_title = Vec::new();
    // "Perdana Menteri (PM) Malaysia": an acronym of the title in brackets
    let mut after = te;
    if punct(s, te, &["("]) {
        if let Some(close) = (te + 2..(te + 4).min(s.toks.len())).find(|&k| punct(s, k, &[")"])) {
            let acronym = (te + 1..close).all(|k| s.toks[k].word && s.toks[k].upper);
            if acronym && mention_at(s, te + 1).is_none() {
                after = close + 1;
            }
        }
    }
    // "Ketua DPR RI X", "Ketua MPR X": a title whose last words name its
    // organisation (a name that starts inside the title and ends at or
    // after its end)
    // (inside the title's own mention, if any, so nested in it)
    if after == te {
        let inside = (0..s.ments.len())
            .filter(|&m| {
                let m = &s.ments[m];
                m.via != Via::Title
                    && m.etype != EntityType::Person
                    && (ts + 1..te).contains(&m.toks.start)
                    && m.toks.end >= te
            })
            .max_by_key(|&m| {
                (
                    s.ments[m].toks.end,
                    std::cmp::Reverse(s.ments[m].toks.start),
                )
            });
        if let Some(m) = inside {
            of = Some(s.ments[m].entity);
            in_title.push(m);
            head.end = s.ments[m].toks.end;
            after = head.end;
        }
    }
    let acronym_end = after;
    // "presiden ke - 12 Bank Dunia": an ordinal of the office
    // after an appointment only: "Presiden ke - 6 RI X" is mostly history
    let appointed = ts > 0 && x.lex.tok_in_class("appointment", &s.toks[ts - 1]);
    let ord = if appointed { ordinal_at(s, after) } else { 0 };
    if ord > 0 && mention_at(s, after + ord).is_some() {
        after += ord;
    }
    // "Ketua Pengurus Pusat Ikatan Hakim Indonesia": up to two capitalised
    // words of the office before an organisation
    let org_at =
        |k: usize| mention_at(s, k).filter(|&m| s.ments[m].etype == EntityType::Organisation);
    // "Juru Bicara Kementerian Luar Negeri China", "Juru Bicara kejaksaan
    // Swedia": a body of a state or organisation the gazetteer does not
    // know (a known one is a mention here already) stands for its parent
    let body = |k: usize| {
        s.toks
            .get(k)
            .is_some_and(|t| t.word && x.lex.tok_in_class("body", t))
            && !s.in_mention(k)
    };
    // "Pemimpin nasional Myanmar", "direktur eksekutif Sekretariat APEC":
    // a modifier of the title before its country, body or organisation
    after += super::title_close::modifiers_before(s, after, x, &body);
    // "Ketua Pansus Angket KPK": a committee of inquiry (class
    // `inquiry`) into an organisation is no body of it (twelfth round)
    let inquiry = |a: usize, b: usize| {
        (a..b).any(|k| {
            s.toks
                .get(k)
                .is_some_and(|t| x.lex.tok_in_class("inquiry", t))
        })
    };
    if mention_at(s, after).is_none() && body(after) {
        let words = (after + 1..(after + 4).min(s.toks.len()))
            .take_while(|&k| s.toks[k].word && s.toks[k].upper && !s.in_mention(k))
            .count();
        let parent = mention_at(s, after + 1 + words).filter(|&m| is_place_or_org(s, m));
        if parent.is_some() && !inquiry(after, after + 1 + words) {
            after += 1 + words;
        }
    }
    // "Kepala Bagian Penerangan Umum Divisi Humas Polri", "Kepala Pusat
    // Penerangan Hukum ( Kapuspenkum ) Kejagung": up to five capitalised
    // words, and the bracketed acronym of the unit; "Direktur Jenderal
    // Penguatan Daya Saing Produk Kelautan dan Perikanan KKP": two words
    // joined by a coordination word count as one
    if mention_at(s, after).is_none() {
        let cap = |k: usize| s.toks.get(k).is_some_and(|t| t.word && t.upper) && !s.in_mention(k);
        let (mut caps, mut joined) = (0, false);
        for skip in 1..=8 {
            let k = after + skip - 1;
            let coord = skip > 1
                && cap(k + 1)
                && s.toks
                    .get(k)
                    .is_some_and(|t| t.word && x.lex.tok_in_class("coord", t));
            // "Kepala Biro Informasi Pertahanan Brigjen TNI X": a rank
            // opening a name ends the run, its branch is no organisation
            // of the title (twentieth round)
            let rank = rank_before_name(s, k, x) > 0;
            if !(cap(k) || coord) || (!coord && !joined && caps == 5) || rank {
                break;
            }
            caps += usize::from(!coord && !joined);
            joined = coord;
            let acronym = bracket_acronym(s, after + skip);
            if org_at(after + skip + acronym).is_some() {
                if !inquiry(after, after + skip) {
                    after += skip + acronym;
                }
                break;
            }
        }
    }
    // "Menteri Perdagangan Luar Negeri dan Pariwisata Peru": a portfolio
    // in more words than the office data holds, before its country
    if mention_at(s, after).is_none() && heads_portfolio(s, ts..te, x) {
        after += run_to_country(s, after, x);
    }
    // Indonesian order: title, country, "(acronym)", "untuk <country>"
    if let Some(m) = mention_at(s, after).filter(|&m| is_place_or_org(s, m)) {
        of = Some(s.ments[m].entity);
        in_title.push(m);
        head.end = s.ments[m].toks.end;
        if punct(s, head.end, &["("]) {
            if let Some(p) = mention_at(s, head.end + 1).filter(|&p| is_place_or_org(s, p)) {
                if punct(s, s.ments[p].toks.end, &[")"]) {
                    in_title.push(p);
                    head.end = s.ments[p].toks.end + 1;
                }
            }
        }
        // "Kepala Kepolisian Negara Republik Indonesia ( Kapolri ) Jenderal
        // Pol . X": the acronym of the whole title after its organisation
        head.end += bracket_acronym(s, head.end);
        let to = s
            .toks
            .get(head.end)
            .is_some_and(|t| t.norm == "untuk" || t.norm == "to");
        if to {
            // "untuk Republik Islam Gambia": past the posting's state form
            let at = head.end + 1;
            let at = at + state_form_before(s, at, x) + state_of_before(s, at, x);
            if let Some(p) = mention_at(s, at).filter(|&p| is_place_or_org(s, p)) {
                in_title.push(p);
                head.end = s.ments[p].toks.end;
            }
        }
    }
    // "President of Russia Vladimir Putin", "the president of Russia"
    if of.is_none() && s.toks.get(te).is_some_and(|t| t.norm == "of") {
        // "president of the World Bank"
        let det = s
            .toks
            .get(te + 1)
            .is_some_and(|t| t.word && x.lex.tok_in_class("determiner", t));
        let at = te + 1 + usize::from(det && mention_at(s, te + 1).is_none());
        let at = past_state_form(s, at, x);
        // "State Secretary of the Norwegian Ministry of Foreign Affairs X"
        if let Some((e, m, end)) = national_body(s, ts, at, x) {
            (of, head.end) = (Some(e), end);
            in_title.extend(m);
        } else if let Some(m) = mention_at(s, at).filter(|&m| is_place_or_org(s, m)) {
            of = Some(s.ments[m].entity);
            in_title.push(m);
            head.end = s.ments[m].toks.end + of_tail(s, m, x);
        }
    }
    // "X , manajer proyek di PT Y ,", "X, director at Y,": an organisation
    // after the title and a word of class `title_place`
    // (up to two lowercase words of the title may come first)
    let lower = (te..(te + 2).min(s.toks.len()))
        .take_while(|&k| {
            s.is_lower(k)
                && !x.lex.tok_in_class("prep", &s.toks[k])
                && !x.lex.tok_in_class("clause", &s.toks[k])
        })
        .count();
    let at = te + lower;
    let place_word = s
        .toks
        .get(at)
        .is_some_and(|t| t.word && x.lex.tok_in_class("title_place", t));
    let det = s
        .toks
        .get(at + 1)
        .is_some_and(|t| t.word && x.lex.tok_in_class("determiner", t));
    if of.is_none() && place_word {
        if let Some(m) = org_at(at + 1 + usize::from(det)) {
            of = Some(s.ments[m].entity);
            in_title.push(m);
            head.end = s.ments[m].toks.end;
        }
    }
    // "Kepala Bareskrim Mabes Polri Komjen X", "Kepala Kanwil Kemenkumham
    // Provinsi Bali X": after an organisation, its parent or its seat
    // (after at most one capitalised word) right before the name (across
    // a rank)
    let org_title = in_title.len() == 1 && s.ments[in_title[0]].etype == EntityType::Organisation;
    let lead = usize::from(
        s.toks
            .get(head.end)
            .is_some_and(|t| t.word && t.upper && !s.in_mention(head.end)),
    );
    if let Some(p) = mention_at(s, head.end + lead).filter(|&p| org_title && is_place_or_org(s, p))
    {
        // "Direktur Yayasan X Langkat , Y ,": the seat may close with a comma
        let k = s.ments[p].toks.end;
        let k = k + usize::from(punct(s, k, &[","]));
        let k = k + rank_before_name(s, k, x);
        if mention_at(s, k).is_some_and(|m| s.ments[m].etype == EntityType::Person) {
            in_title.push(p);
            head.end = s.ments[p].toks.end;
        }
    }
    // English order: "Russia's foreign minister", "Russian President"
    if of.is_none() && english {
        let owner = |k: usize| possessive_len(s, k) > 0;
        // (or a demonym: "Vietnamese Acting Minister"; twenty-second round)
        let owned = |k: usize| owner(k) || demonym_before(s, k, x).is_some();
        // "India's newly appointed External Affairs Minister": a modifier
        // of class `title_modifier` between the owner and the title
        let ts = (1..=2)
            .filter(|&n| ts > n)
            .find(|&n| modifier_len(s, ts - n, x) == n && owned(ts - n))
            .map_or(ts, |n| ts - n);
        // "Bangladesh's Health and Family Welfare Minister"
        let ts = match owner(ts) || !heads_portfolio(s, ts..te, x) {
            true => ts,
            false => run_after_owner(s, ts, x).unwrap_or(ts),
        };
        let poss = owner(ts);
        let mut end = ts - possessive_len(s, ts);
        // "the Russian Foreign Ministry spokesperson": a body before the
        // title, its country before the body
        if !poss && ts >= 1 && body(ts - 1) {
            end = ts - 1;
            for _ in 0..2 {
                if end >= 1
                    && s.toks[end - 1].word
                    && s.toks[end - 1].upper
                    && !s.in_mention(end - 1)
                    && !x.lex.tok_in_class("body", &s.toks[end - 1])
                    && demonym_before(s, end, x).is_none()
                {
                    end -= 1;
                }
            }
            end = super::title_close::past_owner(s, end, x);
        }
        if let Some(m) = s
            .ments
            .iter()
            .position(|m| !m.nested && m.toks.end == end && m.etype != EntityType::Person)
        {
            of = Some(s.ments[m].entity);
            in_title.push(m);
            head.start = s.ments[m].toks.start;
        } else if let Some((e, start)) = demonym_before(s, ts, x) {
            of = Some(e);
            head.start = start;
        }
    }
    // "Duta Besar RI di New York , X", "the Indonesian Ambassador in New
    // York, X": the seat of the office, before a name in apposition
    let envoy = super::envoy_title::envoy_title(s, ts, te, x);
    if let Some(seat) = of.and_then(|_| seat_before_name(s, head.end, x, envoy)) {
        head.end = take_linked_places(s, seat, &mut in_title);
    } else if let Some(end) = posting_before_name(s, head.end, x, &mut in_title) {
        head.end = end;
    }
    // "Presiden RI petahana X", "Menlu RI yang baru, X"
    if of.is_some() {
        head.end += post_before_name(s, head.end, x);
    }
    // "Wakil Ketua Umum Kadin Bidang Perhubungan , X": a portfolio (class
    // `portfolio`, then up to four capitalised words) after the
    // organisation, before the comma of an apposition (twelfth round) or
    // the sentence's end ("the EU's High Representative for Foreign Affairs.")
    let lead = s.class_phrase_at(x.lex, "portfolio", head.end);
    let caps = (head.end + lead..head.end + lead + 4)
        .take_while(|&k| s.toks.get(k).is_some_and(|t| t.word && t.upper) && !s.in_mention(k))
        .count();
    let closed = |k: usize| k >= s.toks.len() || punct(s, k, &[",", ".", ";", ")", "\""]);
    if of.is_some() && lead > 0 && caps > 0 && closed(head.end + lead + caps) {
        head.end += lead + caps;
    } else if of.is_some() {
        head.end += super::country_portfolio::after_country(s, ts..te, head.end, x);
    }
    // "Kapolri X", "Kapolda Metro Jaya X"; "Kapolres Bogor X": not Bogor's
    if let Some((e, end)) = x.fused_at(s, ts, te, of.is_some()) {
        (of, head.end) = (e, end);
    }
    // the apposed person: directly, after "(" / ")" or after a comma; a
    // title without a country is followed by its acronym, if any
    // ("Menteri Komunikasi dan Informatika ( Menkominfo ) , X")
    let mut k = if head.end == te {
        acronym_end
    } else {
        head.end
    };
    let mut comma = false;
    for _ in 0..3 {
        if punct(s, k, &["(", ")"]) {
            k += 1;
        } else if punct(s, k, &[","]) && !comma {
            comma = true;
            k += 1;
        }
    }
    // an honorific, a rank, an initial or a gloss before the name
    for _ in 0..3 {
        let n = match before_name(s, k, x) {
            0 if of.is_some() && mention_at(s, te).is_some() => given_name(s, k, x),
            n => n,
        };
        if n == 0 || mention_at(s, k).is_some() {
            break;
        }
        k += n;
        // "H.", "Dato'": a full stop or an apostrophe may close one
        if punct(s, k, &[".", "'", "\u{2019}"]) {
            k += 1;
        }
    }
    // "X ( Ketua Komisi X DPR RI ) , Y": a title in brackets right after
    // a name is that name's, never the next one's
    let bracketed = (ts >= 1 && punct(s, ts - 1, &["("]) && punct(s, head.end, &[")"]))
        .then(|| {
            s.ments
                .iter()
                .position(|m| !m.nested && m.toks.end == ts - 1 && m.etype == EntityType::Person)
        })
        .flatten();
    let mut person = match bracketed {
        Some(_) => bracketed,
        None => mention_at(s, k).filter(|&p| s.ments[p].etype == EntityType::Person),
    };
    // "(Presiden Rusia Vladimir) Putin": a first name left inside brackets
    if person.is_none() && s.toks.get(k).is_some_and(|t| t.word) && punct(s, k + 1, &[")"]) {
        person = mention_at(s, k + 2).filter(|&p| s.ments[p].etype == EntityType::Person);
    }
    if let Some(p) = person {
        let end = s.ments[p].toks.end;
        // "Foreign Minister Sergei Lavrov of Russia"
        if let Some(c) = country_after_name(s, end, office, false, x).filter(|_| of.is_none()) {
            of = Some(s.ments[c].entity);
            in_title.push(c);
        }
        // "Ratu Maxima dari Belanda": a country after the name's origin word
        let origin = s
            .toks
            .get(end)
            .is_some_and(|t| t.word && x.lex.tok_in_class("origin", t));
        if of.is_none() && origin {
            let country = mention_at(s, end + 1)
                .filter(|&c| s.ments[c].etype == EntityType::Place)
                .filter(|&c| x.countries.contains(&s.ments[c].entity));
            if let Some(c) = country {
                of = Some(s.ments[c].entity);
                in_title.push(c);
            }
        }
        if comma && !comma_apposition_ok(s, p, office, of, head.start, x) {
            person = None;
        }
    }
    if let Some(p) = person {
        s.ments[p].ext = s.ments[p].ext.min(head.start);
    } else if let Some(c) = of.and_then(|_| {
        comma_before_title(s, head.start, x).or_else(|| comma_before_coordinated(s, head.start, x))
    }) {
        // "Sergei Lavrov, Menteri Luar Negeri Rusia, tiba": a title after the name
        // ("X, Ambassador of India to Argentina and Uruguay, and Y")
        let end = if envoy {
            posting_end(s, head.end, x)
        } else {
            super::title_run::portfolio_rest(s, ts..te, head.end, x)
        };
        // "X, Duta Besar Y yang berkedudukan di Z;"
        let closes = apposition_closes(s, seat_clause_end(s, end, x), x);
        let before = s
            .ments
            .iter()
            .position(|m| !m.nested && m.toks.end == c && m.etype == EntityType::Person);
        if let Some(p) = before.filter(|&p| closes && roles_allow(s, p, office, of, x)) {
            person = Some(p);
        }
    }
    // "X sebagai Menteri Sosial RI", "X merupakan pimpinan Y": an
    // appointment or a copula before the title names the holder
    let mut planned = false;
    if person.is_none() && of.is_some() {
        // ("X, who is also chairperson of Y": thirty-sixth round, part A)
        let relative = || super::title_relative::relative_holder(s, head.start, x);
        if let Some((p, plan)) = appointee(s, head.start, x).or_else(|| relative().zip(Some(false)))
        {
            person = Some(p);
            planned = plan;
        }
    }
    for m in in_title {
        s.ments[m].in_title = true;
    }
    // the word before the phrase ("mantan", "former", "then-")
    let former = former_before(s, head.start, x);
    TitleMatch {
        office,
        title: ts..te,
        head,
        of,
        person,
        former,
        planned,
    }
}

/// Title mentions of a document: a title with a country and no name in
/// apposition ("Menlu Rusia", "the Russian defence minister") stands for
/// the person who held that office on `date` (YYYY-MM-DD), per the
/// gazetteer's roles. Without a date it resolves only when the office has
/// had a single known holder. A title without a country resolves to nobody.
/// The returned mentions have `via = Via::Title`, in text order. For many
/// documents, build an [`Extractor`] once and call its method instead.
pub fn title_mentions(
    text: &str,
    prep: &Prepared,
    mentions: &[Mention],
    gaz: &Gazetteer,
    lex: &Lexicon,
    date: Option<&str>,
) -> Vec<Mention> {
    Extractor::new(gaz, lex).title_mentions(text, prep, mentions, date, None)
}

pub(crate) fn title_mentions_with(
    x: &Extractor,
    text: &str,
    prep: &Prepared,
    mentions: &[Mention],
    date: Option<&str>,
    flags: Option<&[u8]>,
) -> Vec<Mention> {
    let src = if prep.clean.len() == text.len() {
        prep.clean.as_str()
    } else {
        text
    };
    let mut out = Vec::new();
    let mentions = sorted(mentions);
    for (si, sentence) in prep.sentences.iter().enumerate() {
        if !super::cues::cued(flags, si, super::cues::TITLE) {
            continue;
        }
        let here = starting_in(&mentions, &sentence.range);
        let mut s = Sent::build_in(src, sentence.range.clone(), here, x.gaz, Some(&x.lex.words));
        let year = sentence_year(&s).map(str::to_string);
        for t in find_titles(&mut s, x) {
            let (Some(of), None) = (t.of, t.person) else {
                continue;
            };
            // "Menteri Keuangan pada 2010": the holder in that year; a
            // former holder ("mantan", "former") is nobody unless a year
            // says who.
            let year = year
                .as_deref()
                .filter(|y| t.former || date.is_none_or(|d| !d.starts_with(y)));
            if t.former && year.is_none() {
                continue;
            }
            let taken = s.ments.iter().any(|m| {
                (m.etype == EntityType::Person || m.via == Via::Title)
                    && m.toks.start < t.head.end
                    && t.head.start < m.toks.end
            });
            let Some(office) = x.lex.offices.get(t.office) else {
                continue;
            };
            let who = match year {
                Some(y) => x.holders_in_year(&office.office, of, y),
                None => x.holders(&office.office, of, date),
            };
            if taken || who.len() != 1 || other_name_after(&s, t.head.end, x, who[0]) {
                continue;
            }
            let (Some(a), Some(b)) = (s.toks.get(t.head.start), s.toks.get(t.head.end - 1)) else {
                continue;
            };
            out.push(Mention {
                start: a.range.start,
                end: b.range.end,
                entity: who[0],
                via: Via::Title,
                sentence: si as u32,
            });
        }
    }
    out
}

impl Extractor<'_> {
    /// Title mentions of one document; see [`super::title_mentions`]. With
    /// `flags` from [`Extractor::scan_cues`], only sentences that may hold
    /// a title are analysed.
    pub fn title_mentions(
        &self,
        text: &str,
        prep: &Prepared,
        mentions: &[Mention],
        date: Option<&str>,
        flags: Option<&[u8]>,
    ) -> Vec<Mention> {
        title_mentions_with(self, text, prep, mentions, date, flags)
    }
}

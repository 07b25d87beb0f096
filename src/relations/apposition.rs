//! Appositions that state a relation without a trigger verb: a title
//! with its holder (`holds_office`) and a place with its country
//! (`located_in`).

use super::env::{push, Env};
use super::instance::RelationInstance;
use super::lexicon::{ArgType, RelationRule};
use super::sentence::Sent;
use super::title_list::listed_after;
use super::titles::TitleMatch;
use crate::base::types::{EntityType, Mention, Modality};

/// The office of a seat in a body (offices.jsonl): held in an
/// organisation only.
const MEMBERSHIP: &str = "member";

pub(super) fn holds_office(
    env: &Env,
    s: &Sent,
    titles: &[TitleMatch],
    si: u32,
    out: &mut Vec<RelationInstance>,
) {
    for t in titles {
        let (Some(p), Some(of), false) = (t.person, t.of, t.former) else {
            continue;
        };
        let Some(m) = s.ments.get(p) else { continue };
        // "wali Kota Levallois - Perret , X": an office of a province or
        // a city gives no office in a place (only in an organisation)
        // "anggota parlemen Lebanon X": a seat (the `member` office) is a
        // post in an organisation, never one in a country (policy: members
        // of parliament get no holds_office)
        let subnational = env
            .lex
            .offices
            .get(t.office)
            .is_some_and(|o| o.subnational || o.office == MEMBERSHIP);
        // "Premier Sarawak X", "Premier of Ontario X": a state's or
        // province's own head is a regional office (policy: none), whatever
        // the title's word
        let regional = env.entity_type_ok(of, &[ArgType::Province])
            && !env.entity_type_ok(of, &[ArgType::Country]);
        let of_ok = env.gaz.entities.get(of as usize).is_some_and(|e| {
            e.etype != EntityType::Person
                && !((subnational || regional) && e.etype == EntityType::Place)
        });
        // "Presiden RI X memberikan grasi" in a 2017 article about a
        // president whose term (per the gazetteer's roles) ended in 2014:
        // history, not an office at the document's date
        let history = !t.planned && ended_before(env, s, m.entity, t.office, of);
        // "the Namibian First Lady, X": a spouse's title is no office held
        // (policy: none for a first lady)
        let spouse = env.lex.offices.get(t.office).is_some_and(|o| o.spouse);
        if m.nested || !of_ok || history || spouse {
            continue;
        }
        let trigger = env.span_text(s, t.title.start, t.title.end);
        let modality = if t.planned {
            Modality::Planned
        } else {
            Modality::Asserted
        };
        // "Wakil Ketua KPK , A , B dan C": the title over a list
        let others = listed_after(env, s, p)
            .into_iter()
            .map(|q| s.ments[q].entity);
        // "Juru bicara Kementerian Luar Negeri AS X": the state a known
        // body's written name holds is the office's too (thirty-sixth
        // round, part A)
        let state = super::body_state::named_state(env, s, t.head.clone(), of);
        for e in std::iter::once(m.entity).chain(others) {
            for of in std::iter::once(of).chain(state) {
                let history = !t.planned && ended_before(env, s, e, t.office, of);
                if !history {
                    push(
                        out,
                        super::instance::HOLDS_OFFICE,
                        (e, of),
                        true,
                        si,
                        trigger.clone(),
                        modality,
                    );
                }
            }
        }
    }
}

/// Whether the gazetteer gives `person` this office of `of` only in terms
/// that all ended before the document's date, and the sentence names no
/// past time inside one of them ("Timor-Leste Prime Minister X ... last
/// May" in a November article, his term having ended in July: the office
/// of that May, not history).
fn ended_before(env: &Env, s: &Sent, person: u32, office: usize, of: u32) -> bool {
    let (Some(doc), Some(o), Some(e), Some(of)) = (
        env.date,
        env.lex.offices.get(office),
        env.gaz.entities.get(person as usize),
        env.gaz.entities.get(of as usize),
    ) else {
        return false;
    };
    let day = |d: &Option<String>| d.as_deref().and_then(super::when::doc_day).map(|(_, n)| n);
    let terms: Vec<(Option<i64>, Option<i64>)> = e
        .roles
        .iter()
        .filter(|r| r.office == o.office && r.of == of.id)
        .map(|r| (day(&r.start), day(&r.end)))
        .collect();
    let ended = !terms.is_empty()
        && terms
            .iter()
            .all(|&(_, end)| end.is_some_and(|end| end < doc.1));
    ended
        && !super::when::past_days(s, env.lex, doc).iter().any(|&d| {
            terms
                .iter()
                .any(|&(start, end)| start.is_none_or(|a| a <= d) && end.is_some_and(|b| d <= b))
        })
}

/// "Vladivostok, Rusia", "Kosmodrom Vostochny di Rusia timur", "wilayah
/// Kursk Rusia", "di Kursk Rusia .": a non-country place followed by its
/// country.
pub(super) fn located_in(env: &Env, s: &Sent, si: u32, out: &mut Vec<RelationInstance>) {
    for rule in env.lex.rules.iter().filter(|r| r.appositive) {
        let chains = !rule.target.contains(&ArgType::Province);
        for x in 0..s.ments.len() {
            // the town of a title is a place too: "Wali Kota Gondar,
            // Ethiopia, ..." says where Gondar lies
            let titled = !s.ments[x].free() && !s.ments[x].nested;
            if s.ments[x].nested
                || !env.type_ok(s, x, &rule.source)
                || (titled && super::venue::named_venue(env, s, x))
            {
                continue;
            }
            let end = s.ments[x].toks.end;
            let Some(tok) = s.toks.get(end) else { continue };
            let mut via_chain = false;
            let (y, trig) = if !tok.word && tok.norm == "," {
                // the country of a title counts ("Wali Kota Gondar,
                // Ethiopia, Bayuh Kibret": Ethiopia is the title's too)
                let y = s
                    .ment_at(end + 1, env.lex, false)
                    .filter(|&y| s.ments[y].toks.start == end + 1)
                    .or_else(|| {
                        super::appoint::mention_at(s, end + 1)
                            .filter(|&y| titled && env.type_ok(s, y, &[ArgType::Country]))
                    })
                    // "at Boma, in Chad's Lac province": a province after
                    // the comma and the preposition
                    .or_else(|| {
                        (!chains).then(|| {
                            super::described_actor::comma_prep_place(
                                env,
                                s,
                                end,
                                &rule.target_preps,
                            )
                        })?
                    });
                // "Honolulu, Hawaii, Amerika Serikat": a chain of places
                // ends in the country of all of them; a province does not
                // end one ("Jakarta, Bandung, Surabaya, Yogyakarta" lists
                // towns)
                // a venue's chain ends in its town, not the country: "Bandar
                // Udara X, Dhaka, Bangladesh" (`venue::venues`)
                let z = y
                    .filter(|_| chains && !super::venue::venue(env, s, x))
                    .and_then(|y| chain_end(env, s, y, rule));
                via_chain = z.is_some();
                // "distrik X, Baghdad, Irak": a quarter lies in its town
                // (`district::districts`), the chain's country is the town's
                if via_chain && super::district::quarter(env, s, x) {
                    continue;
                }
                (z.or(y), end)
            } else if tok.word && rule.target_preps.contains(&tok.norm) {
                // "the town of Mpondwe in western Uganda": words of class
                // `place_modifier` may name the part of the country
                let k = end + 1 + super::owned_place::modifiers(env, s, end + 1);
                (s.ment_at(k, env.lex, false), end)
            } else {
                let start = s.ments[x].toks.start;
                let before = start.checked_sub(1).map(|b| &s.toks[b]);
                let noun = before.is_some_and(|t| rule.place_nouns.contains(&t.norm));
                // "di Civitavecchia Italia .": after the rule's preposition,
                // a place and its country closing the phrase
                let prep = before.is_some_and(|t| t.word && rule.target_preps.contains(&t.norm));
                let closes = |y: usize| {
                    s.toks
                        .get(s.ments[y].toks.end)
                        .is_none_or(|t| !t.word && t.norm != "-")
                };
                (
                    s.ments
                        .iter()
                        .position(|m| m.free() && m.toks.start == end)
                        .filter(|&y| noun || (prep && closes(y))),
                    start.wrapping_sub(1),
                )
            };
            // "Pandanguo in Kenya's Lamu County": the place after the
            // possessive is the one `x` lies in (`owned_place` gives it its
            // country)
            let owned = y.and_then(|y| owned_after(env, s, y));
            // "in Beijing, Mongolia's foreign ministry said": a country
            // owning an organ of the state, no place, or naming a speaker
            // (thirty-third round, part C2) opens a phrase of its own
            if owned.is_none()
                && y.is_some_and(|y| {
                    owns_organ(env, s, y) || (trig == end && owner_speaks(env, s, y))
                })
            {
                continue;
            }
            let y = owned.or(y);
            // "kota Maiduguri, Provinsi Borno": a place named as a province
            // is one, though the provinces record lacks it
            let province =
                |y: usize| rule.target.contains(&ArgType::Province) && named_province(env, s, y);
            let Some(y) = y.filter(|&y| env.type_ok(s, y, &rule.target) || province(y)) else {
                continue;
            };
            // "Moskow, Rusia dan China" lists places; it states no location.
            // A person after the comma lists none: "Wali Kota Gondar,
            // Ethiopia, Bayuh Kibret" closes the place with its country (a
            // venue keeps the old reading: it is said to be in its town
            // only, `venue`).
            let after = s.ments[y].toks.end;
            let listed = s.toks.get(after).is_some_and(|t| {
                env.lex.in_class("list", &t.norm)
                    || (t.norm == ","
                        && s.ments.iter().enumerate().any(|(i, m)| {
                            // "Addis Ababa, Ethiopia, South Sudan's
                            // presidency said": an owner opens a phrase of
                            // its own, no list
                            m.free()
                                && m.toks.start == after + 1
                                && !s.possessive_s_before(m.toks.end + 2)
                                && (!env.type_ok(s, i, &[ArgType::Person])
                                    || super::venue::named_venue(env, s, x))
                        }))
            });
            let start = s.ments[x].toks.start;
            let chained = via_chain
                || chains
                    && start >= 2
                    && s.toks[start - 1].norm == ","
                    && s.ment_ending_at(start - 1).is_some_and(|w| {
                        env.type_ok(s, w, &rule.source) && chain_end(env, s, x, rule) == Some(y)
                    });
            // "Bandara X, Tangerang, Banten": a venue before the comma
            // lists no town with this one
            let after_venue = start >= 2
                && s.toks[start - 1].norm == ","
                && (super::venue::venue_ending_at(env, s, start - 1).is_some()
                    || super::venue::unknown_venue_before(env, s, start - 1));
            // "Kota Surabaya dan Kota Sumgait, Azerbaijan": the last of
            // coordinated places may still be followed by its own country;
            // a comma before it lists it ("Moskow, Tokyo, Jepang")
            // (not before a demonym: "... Ubon Ratchathani and Surin, Thai
            // officials said" closes the list)
            let demonym = s.demonym.get(s.ments[y].toks.start) == Some(&true);
            let listed_before = start > 0
                && !chained
                && !after_venue
                && s.toks
                    .get(start - 1)
                    .is_some_and(|t| t.norm == "," || (demonym && env.lex.tok_in_class("list", t)));
            if listed || (listed_before && s.toks[end].norm == ",") {
                continue;
            }
            let trigger = env.span_text(s, trig, trig + 1);
            push(
                out,
                &rule.kind,
                (s.ments[x].entity, s.ments[y].entity),
                true,
                si,
                trigger,
                Modality::Asserted,
            );
        }
    }
}

/// The place mention owned by place `y` through a possessive right after
/// it ("Kenya's Lamu County", "Kenya's coastal Lamu County": words of
/// class `place_modifier` may stand between), if any.
fn owned_after(env: &Env, s: &Sent, y: usize) -> Option<usize> {
    let k = s.ments[y].toks.end + 2;
    if !s.possessive_s_before(k) {
        return None;
    }
    // "Kenya's northern coastal Lamu County": the modifiers the owned
    // place of `owned_place` takes after its owner's possessive
    let k = k + super::owned_place::modifiers(env, s, k);
    super::appoint::mention_at(s, k)
        .filter(|&z| s.ments[z].free() && env.type_ok(s, z, &[ArgType::City]))
}

/// Whether place `y` is followed by a possessive that owns an organ of
/// the state (class `state_organ`, after at most two lowercase words):
/// "Mongolia's foreign ministry", "South Sudan's presidency", not
/// "France's capital" or "Kenya's coastal region".
fn owns_organ(env: &Env, s: &Sent, y: usize) -> bool {
    // "foreign", "defence": an organ's words before its head are few
    const LEAD: usize = 2;
    let k = s.ments[y].toks.end + 2;
    s.possessive_s_before(k)
        && (k..k + LEAD + 1)
            .take_while(|&j| s.is_lower(j) && !s.in_mention(j))
            .any(|j| env.lex.tok_in_class("state_organ", &s.toks[j]))
}

/// Most tokens of the speaker's phrase after an owner's possessive ("'s
/// foreign ministry").
const SPEAKER_TOKENS: usize = 4;

/// Whether place `y` is followed by a possessive and then, within
/// [`SPEAKER_TOKENS`] tokens of lowercase words or names, a verb of
/// saying (classes `state_said`, `report_verb`): "Mongolia's foreign
/// ministry said" names the speaker's owner, no place's country.
fn owner_speaks(env: &Env, s: &Sent, y: usize) -> bool {
    let k = s.ments[y].toks.end + 2;
    if !s.possessive_s_before(k) {
        return false;
    }
    let said = |j: usize| {
        ["state_said", "report_verb"]
            .iter()
            .any(|c| env.free_word_in(s, j, c))
    };
    for j in k..(k + SPEAKER_TOKENS + 1).min(s.toks.len()) {
        if j > k && said(j) {
            return true;
        }
        if !(s.in_mention(j) || s.is_lower(j)) {
            return false;
        }
    }
    false
}

/// Whether mention `y` is a place, no country, named as a province or a
/// state: a phrase of class `province_head` opens its name or stands right
/// before it ("Provinsi Borno", "provinsi Borno"), or closes it ("Borno
/// State").
fn named_province(env: &Env, s: &Sent, y: usize) -> bool {
    // a province's word is short: "negara bagian" has two
    const MAX_WORDS: usize = 2;
    let r = &s.ments[y].toks;
    if !env.type_ok(s, y, &[ArgType::City]) {
        return false;
    }
    let opens = s.class_phrase_at(env.lex, "province_head", r.start);
    let before = (r.start.saturating_sub(MAX_WORDS)..r.start)
        .any(|p| !s.in_mention(p) && p + s.class_phrase_at(env.lex, "province_head", p) == r.start);
    let last = &s.toks[r.end - 1];
    let closes = r.len() >= 2 && last.word && env.lex.tok_in_class("province_head", last);
    (opens > 0 && opens < r.len()) || before || closes
}

/// The country closing a chain of places after `y` ("Hawaii , Amerika
/// Serikat", "Los Angeles , California , Amerika Serikat"): `y` and the
/// places after it are of the rule's source type, each followed by a
/// comma, and the last comma is followed by a mention of its target type.
fn chain_end(env: &Env, s: &Sent, y: usize, rule: &RelationRule) -> Option<usize> {
    const LINKS: usize = 4;
    let mut cur = y;
    for _ in 0..LINKS {
        if !env.type_ok(s, cur, &rule.source) {
            return None;
        }
        let end = s.ments[cur].toks.end;
        if s.toks.get(end).is_none_or(|t| t.norm != ",") {
            return None;
        }
        let next = s
            .ments
            .iter()
            .position(|m| m.free() && m.toks.start == end + 1)?;
        if env.type_ok(s, next, &rule.target) {
            return Some(next);
        }
        cur = next;
    }
    None
}

/// "Ibu Kota Timor Leste , Dili", "Dili , ibu kota Timor Leste", "Tokyo,
/// the capital of Japan": a city in apposition with the capital of a
/// country (word class `capital`) lies in that country.
pub(super) fn capitals(env: &Env, s: &Sent, si: u32, out: &mut Vec<RelationInstance>) {
    let filler = |k: usize| {
        s.toks[k].word && !s.in_mention(k) && env.lex.in_class("filler", &s.toks[k].norm)
    };
    for rule in env.lex.rules.iter().filter(|r| r.appositive) {
        for z in 0..s.ments.len() {
            if !s.ments[z].free() || !env.type_ok(s, z, &rule.target) {
                continue;
            }
            let zs = s.ments[z].toks.start;
            // the capital phrase before the country, fillers between
            let Some((p, n)) = (zs.saturating_sub(4)..zs).find_map(|p| {
                let n = s.class_phrase_at(env.lex, "capital", p);
                (n > 0 && p + n <= zs && (p + n..zs).all(filler)).then_some((p, n))
            }) else {
                continue;
            };
            let city_ok = |c: &usize| s.ments[*c].free() && env.type_ok(s, *c, &rule.source);
            let mut k = s.ments[z].toks.end;
            if s.toks.get(k).is_some_and(|t| t.norm == ",") {
                k += 1;
            }
            let after = s
                .ments
                .iter()
                .position(|m| m.toks.start == k)
                .filter(city_ok);
            // before: "Dili , ibu kota ...", "Tokyo, the capital of ..."
            let mut q = p;
            if q > 0 && env.lex.in_class("determiner", &s.toks[q - 1].norm) {
                q -= 1;
            }
            let before = (q >= 2 && s.toks[q - 1].norm == ",")
                .then(|| s.ment_ending_at(q - 1))
                .flatten()
                .filter(city_ok);
            let Some(c) = after.or(before) else { continue };
            let trigger = env.span_text(s, p, p + n);
            push(
                out,
                &rule.kind,
                (s.ments[c].entity, s.ments[z].entity),
                true,
                si,
                trigger,
                Modality::Asserted,
            );
        }
    }
}

/// Whether some appositive rule ("Vladivostok, Rusia") has both a source
/// and a target among `mentions`, or two places are named (a venue, a
/// quarter or a described place with its town: "JCC Senayan, Jakarta"):
/// a cheap test on types alone.
pub(super) fn appositive_possible(env: &Env, mentions: &[Mention]) -> bool {
    let place = |m: &&Mention| env.entity_type_ok(m.entity, &[ArgType::City]);
    let mut places = mentions.iter().filter(place);
    if let Some(first) = places.next() {
        if places.any(|m| m.entity != first.entity) {
            return true;
        }
    }
    env.lex.rules.iter().filter(|r| r.appositive).any(|r| {
        mentions.iter().any(|x| {
            env.entity_type_ok(x.entity, &r.source)
                && mentions
                    .iter()
                    .any(|y| y.entity != x.entity && env.entity_type_ok(y.entity, &r.target))
        })
    })
}

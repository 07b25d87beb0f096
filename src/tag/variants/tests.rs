//! Tests of the parent module.

use super::*;
use crate::tag::normalize::normalize_key;

fn show(k: &[u8]) -> String {
    String::from_utf8_lossy(k)
        .replace('\u{1}', "[")
        .replace('\u{2}', "]")
}

fn ent(name: &str, etype: EntityType, aliases: &[&str], short: &[&str], origin: Origin) -> Entity {
    Entity {
        id: name.to_lowercase(),
        name: name.into(),
        etype,
        qid: None,
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
        short: short.iter().map(|s| s.to_string()).collect(),
        demonyms: vec![],
        roles: vec![],
        origin,
        case: crate::gazetteer::CaseSetting::default(),
    }
}

fn rules() -> Vec<TranslitRule> {
    let r = |f: &str, t: &str, anchor| TranslitRule {
        from: f.into(),
        to: t.into(),
        anchor,
    };
    vec![
        r("ey", "ei", RuleAnchor::Any),
        r("oi", "oy", RuleAnchor::Any),
        r("iy", "y", RuleAnchor::End),
    ]
}

/// (key, via, case, standalone) of every target of entity `e`, sorted.
fn of(p: &Patterns, e: u32) -> Vec<(String, Via, CaseRule, bool)> {
    let mut v: Vec<_> = p
        .keys
        .iter()
        .zip(&p.targets)
        .flat_map(|(k, ts)| {
            ts.iter()
                .filter(|t| t.entity == e)
                .map(move |t| (show(k), t.via, t.case, t.standalone))
        })
        .collect();
    v.sort();
    v.dedup();
    v
}

#[test]
fn acronyms() {
    for (s, want) in [
        ("AS", true),
        ("U.S.", true),
        ("DPRK", true),
        ("PBB", true),
        ("As", false),
        ("NASAROSCOS", false),
        ("123", false),
        ("Korea", false),
    ] {
        assert_eq!(is_acronym(s), want, "{s}");
    }
}

#[test]
fn word_spellings_both_directions_and_anchors() {
    let show_all = |w: &str| -> Vec<String> {
        word_spellings(w.as_bytes(), &rules())
            .iter()
            .map(|v| String::from_utf8_lossy(v).into_owned())
            .collect()
    };
    // "sergeiy" is junk from the symmetric -y/-iy rule, but harmless:
    // each rule applies once per derivation, so it cannot run away.
    assert_eq!(show_all("sergei"), ["sergei", "sergey", "sergeiy"]);
    assert_eq!(
        show_all("sergey"),
        ["sergey", "sergei", "sergeiy", "sergeyy"]
    );
    assert_eq!(show_all("shoygu"), ["shoygu", "shoigu"]);
    assert_eq!(show_all("dmitry"), ["dmitry", "dmitriy"]);
    // End-anchored: "y" in the middle is left alone.
    assert_eq!(show_all("kyiv"), ["kyiv"]);
    assert_eq!(show_all("shoigu"), ["shoigu", "shoygu"]);
    // Capped.
    let long = "eyeyeyeyeyey";
    assert_eq!(
        word_spellings(long.as_bytes(), &rules()).len(),
        MAX_PER_TOKEN
    );
}

#[test]
fn curated_person_keys() {
    let gaz = Gazetteer {
        entities: vec![ent(
            "Sergei Lavrov",
            EntityType::Person,
            &["Sergei Viktorovich Lavrov"],
            &["Lavrov"],
            Origin::Curated,
        )],
        rules: rules(),
        chunks: Default::default(),
    };
    let p = generate(&gaz);
    let keys = of(&p, 0);
    let has = |k: &str, via: Via| keys.iter().any(|(kk, v, _, _)| kk == k && *v == via);
    assert!(has("[sergei][lavrov]", Via::Exact));
    assert!(has("[sergey][lavrov]", Via::Variant));
    assert!(has("[sergeilavrov]", Via::Variant));
    assert!(has("[sergei][lavrovnya]", Via::Variant));
    assert!(has("[lavrov]", Via::Partial));
    assert!(has("[lavrovnya]", Via::Partial));
    assert!(has("[sergey]", Via::Partial));
    assert!(has("[viktorovich]", Via::Partial));
    // Parts are joined, and -nya added, in the spelling as listed only: a
    // transliteration is neither joined nor possessive (the product made
    // most of a person's keys).
    assert!(!keys.iter().any(|(k, ..)| k == "[sergeylavrov]"));
    assert!(!keys.iter().any(|(k, ..)| k == "[sergey][lavrovnya]"));
    // The standalone short form wins over the derived token.
    assert!(keys.contains(&("[lavrov]".into(), Via::Partial, CaseRule::Capitalized, true)));
    // Keys are sorted and distinct.
    assert!(p.keys.windows(2).all(|w| w[0] < w[1]));
}

#[test]
fn full_names_win_over_partials_and_lists_stay_plain() {
    let gaz = Gazetteer {
        entities: vec![
            ent("Jordan", EntityType::Place, &[], &[], Origin::Curated),
            ent(
                "Michael Jordan",
                EntityType::Person,
                &[],
                &["Jordan"],
                Origin::Curated,
            ),
            ent("Sergei Lavrov", EntityType::Person, &[], &[], Origin::List),
            ent("UN", EntityType::Organisation, &[], &[], Origin::List),
        ],
        rules: rules(),
        chunks: Default::default(),
    };
    let p = generate(&gaz);
    let jordan = p.keys.iter().position(|k| show(k) == "[jordan]").unwrap();
    assert_eq!(p.targets[jordan].len(), 1);
    assert_eq!(p.targets[jordan][0].entity, 0);
    assert_eq!(
        of(&p, 2),
        [(
            "[sergei][lavrov]".into(),
            Via::Exact,
            CaseRule::SomeCapital,
            false
        )]
    );
    assert_eq!(
        of(&p, 3),
        [("[un]".into(), Via::Exact, CaseRule::Acronym, false)]
    );
}

#[test]
fn parse_and_render_round_trip() {
    for name in ["Kim Jong-un", "U.S.", "Putin's", "a (b) c"] {
        let key = normalize_key(name);
        let p = parse(&key);
        let words: Vec<&[u8]> = p.words.iter().map(|w| &w[..]).collect();
        assert_eq!(show(&render(&p, &words, 0)), show(&key), "{name}");
    }
    let p = parse(&normalize_key("Kim Jong Un"));
    let words: Vec<&[u8]> = p.words.iter().map(|w| &w[..]).collect();
    assert_eq!(show(&render(&p, &words, 0b10)), "[kim][jongun]");
    assert_eq!(show(&render(&p, &words, 0b11)), "[kimjongun]");
}

#[test]
fn regression_long_name_shift_overflow() {
    // A name of 200+ words used to panic in `render` ("attempt to shift
    // left with overflow").
    let mut name = String::from("Agung");
    for _ in 0..250 {
        name.push_str(" Wiratama");
    }
    let p = parse(&crate::tag::normalize::normalize_key(&name));
    let words: Vec<&[u8]> = p.words.iter().map(|w| &w[..]).collect();
    let k = render(&p, &words, 0);
    assert_eq!(k, crate::tag::normalize::normalize_key(&name));
}

#[test]
fn regression_trimmed_list_names_do_not_become_common_words() {
    // dbpedia-id lists "?ya", "Nya'" and "?e": trimmed, they matched every
    // "ya", "nya" and "e" in Indonesian text.
    let mut gaz = Gazetteer::default();
    for name in ["?ya", "Nya'", "?e", "U.S.", "Seri?"] {
        gaz.entities.push(crate::gazetteer::Entity {
            id: name.into(),
            name: name.into(),
            etype: crate::base::types::EntityType::Place,
            qid: None,
            aliases: vec![name.into()],
            short: vec![],
            demonyms: vec![],
            roles: vec![],
            origin: crate::gazetteer::Origin::List,
            case: crate::gazetteer::CaseSetting::default(),
        });
    }
    let p = generate(&gaz);
    let keys: Vec<String> = p
        .keys
        .iter()
        .map(|k| String::from_utf8_lossy(k).replace(['\u{1}', '\u{2}'], "|"))
        .collect();
    assert!(
        !keys
            .iter()
            .any(|k| k == "|ya|" || k == "|nya|" || k == "|e|"),
        "{keys:?}"
    );
    assert!(keys.iter().any(|k| k == "|u|.|s|"), "{keys:?}");
    assert!(keys.iter().any(|k| k == "|seri|"), "{keys:?}");
}

#[test]
fn regression_an_honorific_in_an_alias_is_no_partial_name() {
    // "Ibu Negara Iriana Joko Widodo" gave a partial "Ibu" of Iriana, from
    // her alias "Ibu Iriana"; a title word that the record's own name
    // holds ("Hakim Ziyech") stays a partial.
    let mut chunks = crate::gazetteer::ChunkWords::default();
    for w in ["Ibu", "King", "Hakim"] {
        chunks.add(w, crate::gazetteer::TITLE);
    }
    let gaz = Gazetteer {
        entities: vec![
            ent(
                "Iriana Joko Widodo",
                EntityType::Person,
                &["Ibu Iriana"],
                &["Iriana"],
                Origin::Curated,
            ),
            ent(
                "Felipe VI",
                EntityType::Person,
                &["King Felipe VI"],
                &[],
                Origin::Curated,
            ),
            ent(
                "Hakim Ziyech",
                EntityType::Person,
                &[],
                &[],
                Origin::Curated,
            ),
        ],
        rules: rules(),
        chunks,
    };
    let p = generate(&gaz);
    let partial = |e: u32, k: &str| {
        of(&p, e)
            .iter()
            .any(|(kk, v, _, _)| kk == k && *v == Via::Partial)
    };
    assert!(!partial(0, "[ibu]"));
    assert!(partial(0, "[joko]"));
    assert!(!partial(1, "[king]"));
    assert!(partial(1, "[felipe]"));
    assert!(partial(2, "[hakim]"));
}

#[test]
fn the_builtin_titles_hold_the_malay_honorifics() {
    // "Seri Perdana" (a residence) was a partial of "Dato' Seri Anwar
    // Ibrahim"; "Sri" stays a given name ("Sri Mulyani").
    let gaz = Gazetteer {
        entities: vec![
            ent(
                "Anwar Ibrahim",
                EntityType::Person,
                &["Dato' Seri Anwar Ibrahim", "Tun Anwar"],
                &[],
                Origin::Curated,
            ),
            ent("Sri Mulyani", EntityType::Person, &[], &[], Origin::Curated),
        ],
        rules: rules(),
        chunks: crate::gazetteer::ChunkWords::builtin().expect("built-in chunk words"),
    };
    let p = generate(&gaz);
    let partial = |e: u32, k: &str| {
        of(&p, e)
            .iter()
            .any(|(kk, v, _, _)| kk == k && *v == Via::Partial)
    };
    for k in ["[seri]", "[dato]", "[tun]"] {
        assert!(!partial(0, k), "{k}");
    }
    assert!(partial(0, "[anwar]"));
    assert!(partial(1, "[sri]"));
}

//! Tests of titles and extraction on hand-built inputs: a small gazetteer
//! built in code, mentions found by a naive whole-word search, sentences
//! split at ". ". Every sentence here is written for the tests (none is
//! taken from the sample corpus).

use super::*;
use crate::base::types::{EntityType, Mention, Modality, Via};
use crate::gazetteer::{Entity, Gazetteer, Origin, Role};
use crate::ingest::document::{Prepared, Sentence};

pub(super) fn role(office: &str, of: &str, start: Option<&str>, end: Option<&str>) -> Role {
    Role {
        office: office.into(),
        of: of.into(),
        start: start.map(Into::into),
        end: end.map(Into::into),
        to: None,
    }
}

pub(super) fn ent(
    id: &str,
    etype: EntityType,
    aliases: &[&str],
    demonyms: &[&str],
    roles: Vec<Role>,
) -> Entity {
    Entity {
        id: id.into(),
        name: aliases[0].into(),
        etype,
        qid: None,
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
        short: Vec::new(),
        demonyms: demonyms.iter().map(|s| s.to_string()).collect(),
        roles,
        origin: Origin::Curated,
        case: crate::gazetteer::CaseSetting::default(),
    }
}

/// Adds countries (id, name, demonym) to `g`: a place with a demonym is
/// what the index takes for a country.
pub(super) fn push_countries(g: &mut Gazetteer, countries: &[(&str, &str, &str)]) {
    for &(id, name, demonym) in countries {
        g.entities
            .push(ent(id, EntityType::Place, &[name], &[demonym], vec![]));
    }
}

pub(super) fn gaz() -> Gazetteer {
    use EntityType::*;
    let p = Person;
    let pl = Place;
    Gazetteer {
        entities: vec![
            ent(
                "vladimir-putin",
                p,
                &["Vladimir Putin", "Putin"],
                &[],
                vec![role("president", "russia", Some("2012-05-07"), None)],
            ),
            ent(
                "kim-jong-un",
                p,
                &["Kim Jong Un", "Kim Jong-un", "Kim"],
                &[],
                vec![role("leader", "north-korea", Some("2011-12-17"), None)],
            ),
            ent(
                "sergei-lavrov",
                p,
                &["Sergei Lavrov", "Sergey Lavrov", "Lavrov"],
                &[],
                vec![role("foreign_minister", "russia", Some("2004-03-09"), None)],
            ),
            ent(
                "sergei-shoigu",
                p,
                &["Sergei Shoigu", "Shoigu"],
                &[],
                vec![role(
                    "defence_minister",
                    "russia",
                    Some("2012-11-06"),
                    Some("2024-05-11"),
                )],
            ),
            ent(
                "andrei-belousov",
                p,
                &["Andrei Belousov", "Belousov"],
                &[],
                vec![role("defence_minister", "russia", Some("2024-05-12"), None)],
            ),
            ent(
                "choe-son-hui",
                p,
                &["Choe Son Hui"],
                &[],
                vec![role(
                    "foreign_minister",
                    "north-korea",
                    Some("2022-06-10"),
                    None,
                )],
            ),
            ent(
                "alexander-matsegora",
                p,
                &["Alexander Matsegora"],
                &[],
                vec![],
            ),
            ent(
                "xi-jinping",
                p,
                &["Xi Jinping", "Xi"],
                &[],
                vec![role("president", "china", Some("2013-03-14"), None)],
            ),
            ent(
                "prabowo-subianto",
                p,
                &["Prabowo Subianto", "Prabowo"],
                &[],
                vec![role("president", "indonesia", Some("2024-10-20"), None)],
            ),
            ent(
                "antony-blinken",
                p,
                &["Antony Blinken", "Blinken"],
                &[],
                vec![],
            ),
            ent(
                "volodymyr-zelensky",
                p,
                &["Volodymyr Zelensky", "Zelensky"],
                &[],
                vec![],
            ),
            ent("russia", pl, &["Rusia", "Russia"], &["Russian"], vec![]),
            ent(
                "north-korea",
                pl,
                &["Korea Utara", "Korut", "North Korea"],
                &["North Korean"],
                vec![],
            ),
            ent(
                "south-korea",
                pl,
                &["Korea Selatan", "South Korea"],
                &["South Korean"],
                vec![],
            ),
            ent(
                "united-states",
                pl,
                &["Amerika Serikat", "United States"],
                &["American"],
                vec![],
            ),
            ent("china", pl, &["China", "Tiongkok"], &["Chinese"], vec![]),
            ent("indonesia", pl, &["Indonesia"], &["Indonesian"], vec![]),
            ent(
                "ukraine",
                pl,
                &["Ukraina", "Ukraine"],
                &["Ukrainian"],
                vec![],
            ),
            ent("iran", pl, &["Iran"], &["Iranian"], vec![]),
            ent("moscow", pl, &["Moskow", "Moscow", "Kremlin"], &[], vec![]),
            ent("pyongyang", pl, &["Pyongyang"], &[], vec![]),
            ent("vladivostok", pl, &["Vladivostok"], &[], vec![]),
            ent("jakarta", pl, &["Jakarta"], &[], vec![]),
            ent("beijing", pl, &["Beijing"], &[], vec![]),
            ent("seoul", pl, &["Seoul"], &[], vec![]),
            ent("kursk", pl, &["Kursk"], &[], vec![]),
            ent(
                "vostochny-cosmodrome",
                pl,
                &["Kosmodrom Vostochny", "Vostochny Cosmodrome"],
                &[],
                vec![],
            ),
        ],
        rules: Vec::new(),
        chunks: crate::gazetteer::ChunkWords::builtin().expect("built-in chunk words"),
    }
}

/// Sentences as the ingest stage splits them (abbreviations, initials
/// and honorifics such as "Dr." end no sentence), in one paragraph.
pub(super) fn prepare(text: &str) -> Prepared {
    let mut sentences = Vec::new();
    crate::ingest::sentences::split_with(text, 0..text.len(), |range| {
        sentences.push(Sentence {
            range,
            paragraph: 0,
        });
    });
    Prepared {
        clean: text.to_string(),
        paragraphs: std::iter::once(0..text.len()).collect(),
        sentences,
        date: None,
        title: None,
    }
}

/// Whole-word occurrences of every alias, longest first, no overlaps.
pub(super) fn find_mentions(text: &str, gaz: &Gazetteer, prep: &Prepared) -> Vec<Mention> {
    let mut found: Vec<Mention> = Vec::new();
    for (ei, e) in gaz.entities.iter().enumerate() {
        // Demonyms are mentions too, as the matcher reports them.
        let names = e.aliases.iter().map(|a| (a, Via::Exact));
        for (a, via) in names.chain(e.demonyms.iter().map(|d| (d, Via::Demonym))) {
            for (start, _) in text.match_indices(a.as_str()) {
                let end = start + a.len();
                let before = text[..start]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric() && c != '-');
                let after = text[end..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric() && c != '-');
                if before && after {
                    let sentence = prep
                        .sentences
                        .iter()
                        .position(|s| s.range.contains(&start))
                        .unwrap_or(0) as u32;
                    found.push(Mention {
                        start,
                        end,
                        entity: ei as u32,
                        via,
                        sentence,
                    });
                }
            }
        }
    }
    found.sort_by_key(|m| (m.start, std::cmp::Reverse(m.end)));
    let mut out: Vec<Mention> = Vec::new();
    for m in found {
        if out.last().is_none_or(|l| m.start >= l.end) {
            out.push(m);
        }
    }
    out
}

pub(super) type Rel = (String, String, String, Modality);

fn run_with(text: &str, date: Option<&str>, lex: &Lexicon) -> Vec<Rel> {
    let g = gaz();
    let prep = prepare(text);
    let mut mentions = find_mentions(text, &g, &prep);
    mentions.extend(title_mentions(text, &prep, &mentions, &g, lex, date));
    mentions.sort();
    let mut out = Vec::new();
    let x = Extractor::new(&g, lex);
    x.extract(text, &prep, &mentions, None, date, &mut out);
    if date.is_none() {
        let mut plain = Vec::new();
        extract(text, &prep, &mentions, &g, lex, &mut plain);
        assert_eq!(plain, out, "extract and Extractor::extract\ntext: {text}");
    }
    // The cue filter must change nothing: the same mentions and relations
    // as analysing every sentence.
    let mut norm = crate::tag::normalize::Normalized::new();
    crate::tag::normalize::normalize_into(text, &mut norm);
    let mut buf = Vec::new();
    let flags = x.scan_cues(&norm, &prep.sentences, &mut buf);
    let mut cued = find_mentions(text, &g, &prep);
    cued.extend(x.title_mentions(text, &prep, &cued, date, flags));
    cued.sort();
    assert_eq!(
        cued, mentions,
        "title mentions with the cue filter\ntext: {text}"
    );
    let mut cued_out = Vec::new();
    x.extract(text, &prep, &cued, flags, date, &mut cued_out);
    assert_eq!(cued_out, out, "relations with the cue filter\ntext: {text}");
    let id = |i: u32| g.entities[i as usize].id.clone();
    let mut rels: Vec<Rel> = out
        .iter()
        .map(|r| {
            let (a, b) = if r.directed || id(r.source) < id(r.target) {
                (id(r.source), id(r.target))
            } else {
                (id(r.target), id(r.source))
            };
            (r.kind.clone(), a, b, r.modality)
        })
        .collect();
    rels.sort();
    rels.dedup();
    rels
}

/// The relation instances of `text` over `g`, title mentions included,
/// with the built-in lexicon and no document date.
pub(super) fn instances_over(text: &str, g: &Gazetteer) -> Vec<RelationInstance> {
    let lex = Lexicon::builtin();
    let prep = prepare(text);
    let mut mentions = find_mentions(text, g, &prep);
    mentions.extend(title_mentions(text, &prep, &mentions, g, &lex, None));
    mentions.sort();
    let mut out = Vec::new();
    extract(text, &prep, &mentions, g, &lex, &mut out);
    out
}

pub(super) fn run(text: &str, date: Option<&str>) -> Vec<Rel> {
    run_with(text, date, &Lexicon::builtin())
}

pub(super) fn rel(kind: &str, a: &str, b: &str, m: Modality) -> Rel {
    (kind.into(), a.into(), b.into(), m)
}

pub(super) const A: Modality = Modality::Asserted;
pub(super) const P: Modality = Modality::Planned;
pub(super) const N: Modality = Modality::Negated;

/// Checks that `text` yields every relation of `want` (other kinds than
/// those listed in `kinds` are ignored) and nothing else of those kinds.
pub(super) fn check(text: &str, date: Option<&str>, kinds: &[&str], want: &[Rel]) {
    let got: Vec<Rel> = run(text, date)
        .into_iter()
        .filter(|r| kinds.contains(&r.0.as_str()))
        .collect();
    let mut want = want.to_vec();
    want.sort();
    assert_eq!(got, want, "\ntext: {text}");
}

#[test]
fn meets_in_indonesian() {
    let k = &["meets"];
    let table: &[(&str, &[Rel])] = &[
        ("Presiden Indonesia Prabowo Subianto bertemu dengan Presiden China Xi Jinping di Beijing pada Sabtu.", &[rel("meets", "prabowo-subianto", "xi-jinping", A)]),
        ("Sergei Lavrov menemui Choe Son Hui di Moskow untuk membahas kerja sama.", &[rel("meets", "choe-son-hui", "sergei-lavrov", A)]),
        ("Pertemuan antara Xi Jinping dan Vladimir Putin berlangsung tertutup.", &[rel("meets", "vladimir-putin", "xi-jinping", A)]),
        ("Prabowo dan Putin berjumpa di Kremlin kemarin.", &[rel("meets", "prabowo-subianto", "vladimir-putin", A)]),
        ("Prabowo dijumpai oleh Xi Jinping di sela KTT.", &[rel("meets", "prabowo-subianto", "xi-jinping", A)]),
        ("Antony Blinken dan Sergei Lavrov bertukar pandangan soal Ukraina.", &[rel("meets", "antony-blinken", "sergei-lavrov", A)]),
        ("Dalam perundingan dengan Xi Jinping, Putin menyinggung soal energi.", &[rel("meets", "vladimir-putin", "xi-jinping", A)]),
    ];
    for (text, want) in table {
        check(text, None, k, want);
    }
}

#[test]
fn visits_in_indonesian() {
    let k = &["visits"];
    let table: &[(&str, &[Rel])] = &[
        (
            "Presiden Xi Jinping dijadwalkan berkunjung ke Jakarta pekan depan.",
            &[rel("visits", "xi-jinping", "jakarta", P)],
        ),
        (
            "Kunjungan Prabowo Subianto ke Beijing menghasilkan sejumlah kesepakatan dagang.",
            &[rel("visits", "prabowo-subianto", "beijing", A)],
        ),
        (
            "Pyongyang dikunjungi oleh Sergei Shoigu pada akhir Juli.",
            &[rel("visits", "sergei-shoigu", "pyongyang", A)],
        ),
        (
            "Setibanya di Seoul, Antony Blinken langsung menggelar rapat.",
            &[rel("visits", "antony-blinken", "seoul", A)],
        ),
        (
            "Xi Jinping melawat ke Moskow bulan ini.",
            &[rel("visits", "xi-jinping", "moscow", A)],
        ),
        (
            "Prabowo mengunjungi Rusia dan bertemu Putin.",
            &[rel("visits", "prabowo-subianto", "russia", A)],
        ),
        (
            "Iran mengirim drone ke Moskow dan memasok rudal kepada Rusia.",
            &[],
        ),
    ];
    for (text, want) in table {
        check(text, None, k, want);
    }
}

#[test]
fn active_and_passive_invites_agree() {
    let want = [rel("invites", "prabowo-subianto", "xi-jinping", A)];
    for text in [
        "Prabowo Subianto mengundang Xi Jinping untuk menghadiri KTT di Jakarta.",
        "Xi Jinping diundang oleh Prabowo Subianto untuk menghadiri KTT di Jakarta.",
        "Xi Jinping diundang Prabowo Subianto ke Jakarta.",
        "Diundang Prabowo Subianto, Xi Jinping berjanji datang.",
        "Xi Jinping menerima undangan dari Prabowo Subianto.",
        "Prabowo Subianto invited Xi Jinping to the summit.",
        "Xi Jinping was invited by Prabowo Subianto to the summit.",
    ] {
        check(text, None, &["invites"], &want);
    }
}

#[test]
fn invitation_makes_the_visit_planned() {
    check(
        "Shoigu tiba di Pyongyang atas undangan Kim Jong Un.",
        None,
        &["invites", "visits"],
        &[
            rel("invites", "kim-jong-un", "sergei-shoigu", A),
            rel("visits", "sergei-shoigu", "pyongyang", A),
        ],
    );
    check(
        "Xi Jinping mengundang Prabowo untuk mengunjungi Beijing tahun depan.",
        None,
        &["invites", "visits"],
        &[
            rel("invites", "xi-jinping", "prabowo-subianto", A),
            rel("visits", "prabowo-subianto", "beijing", P),
        ],
    );
    // a noun trigger passes no modality on
    check(
        "Kim menyampaikan undangan itu setelah bertemu dengan Putin.",
        None,
        &["meets"],
        &[rel("meets", "kim-jong-un", "vladimir-putin", A)],
    );
    check(
        "Kim Jong Un invited Putin to visit Pyongyang.",
        None,
        &["invites", "visits"],
        &[
            rel("invites", "kim-jong-un", "vladimir-putin", A),
            rel("visits", "vladimir-putin", "pyongyang", P),
        ],
    );
}

#[test]
fn supplies_both_languages() {
    let k = &["supplies"];
    check(
        "Amerika Serikat akan memasok rudal kepada Ukraina.",
        None,
        k,
        &[rel("supplies", "united-states", "ukraine", P)],
    );
    check(
        "Iran dituduh memasok drone kepada Rusia sejak 2022.",
        None,
        k,
        &[rel("supplies", "iran", "russia", A)],
    );
    check(
        "China membantah memasok senjata kepada Rusia.",
        None,
        k,
        &[rel("supplies", "china", "russia", N)],
    );
    check(
        "The United States will supply air defence systems to Ukraine.",
        None,
        k,
        &[rel("supplies", "united-states", "ukraine", P)],
    );
    check(
        "Iran supplied drones to Russia last year.",
        None,
        k,
        &[rel("supplies", "iran", "russia", A)],
    );
    // a coordinated verb shares the first verb's subject, not its object
    check(
        "Iran mengusir pasukan Ukraina dan memasok rudal kepada Rusia.",
        None,
        k,
        &[rel("supplies", "iran", "russia", A)],
    );
}

#[test]
fn modality_cues() {
    let k = &["meets", "visits"];
    let table: &[(&str, &[Rel])] = &[
        (
            "Putin tidak akan bertemu dengan Zelensky.",
            &[rel("meets", "vladimir-putin", "volodymyr-zelensky", N)],
        ),
        (
            "Prabowo belum pernah berkunjung ke Moskow.",
            &[rel("visits", "prabowo-subianto", "moscow", N)],
        ),
        (
            "Xi Jinping bakal bertemu Putin di Moskow.",
            &[rel("meets", "vladimir-putin", "xi-jinping", P)],
        ),
        (
            "Lavrov akan mengunjungi Pyongyang bulan depan.",
            &[rel("visits", "sergei-lavrov", "pyongyang", P)],
        ),
        (
            "Putin did not meet Zelensky.",
            &[rel("meets", "vladimir-putin", "volodymyr-zelensky", N)],
        ),
        (
            "Putin didn't meet Zelensky in Istanbul.",
            &[rel("meets", "vladimir-putin", "volodymyr-zelensky", N)],
        ),
        (
            "Lavrov refused to meet Blinken.",
            &[rel("meets", "antony-blinken", "sergei-lavrov", N)],
        ),
        (
            "Kim Jong Un will visit Russia next month.",
            &[rel("visits", "kim-jong-un", "russia", P)],
        ),
        (
            "Xi Jinping is expected to visit Moscow.",
            &[rel("visits", "xi-jinping", "moscow", P)],
        ),
        (
            "Kim Jong Un visited Russia in September.",
            &[rel("visits", "kim-jong-un", "russia", A)],
        ),
    ];
    for (text, want) in table {
        check(text, None, k, want);
    }
}

#[test]
fn english_relations() {
    let k = &["meets", "visits"];
    let table: &[(&str, &[Rel])] = &[
        (
            "Foreign Minister Sergei Lavrov of Russia held talks with Choe Son Hui on Saturday.",
            &[rel("meets", "choe-son-hui", "sergei-lavrov", A)],
        ),
        (
            "Talks between Xi Jinping and Vladimir Putin ended on Tuesday.",
            &[rel("meets", "vladimir-putin", "xi-jinping", A)],
        ),
        (
            "Putin was welcomed by Kim Jong Un at the airport.",
            &[rel("meets", "kim-jong-un", "vladimir-putin", A)],
        ),
        (
            "Putin's visit to Pyongyang was his first in 24 years.",
            &[rel("visits", "vladimir-putin", "pyongyang", A)],
        ),
        (
            "After arriving in Seoul, Blinken met South Korean officials.",
            &[rel("visits", "antony-blinken", "seoul", A)],
        ),
        (
            "Lavrov travelled to Pyongyang, where he met Kim Jong Un.",
            &[
                rel("meets", "kim-jong-un", "sergei-lavrov", A),
                rel("visits", "sergei-lavrov", "pyongyang", A),
            ],
        ),
    ];
    for (text, want) in table {
        check(text, None, k, want);
    }
}

#[test]
fn merely_listed_pairs_are_not_related() {
    let all = &["meets", "visits", "invites", "supplies", "located_in"];
    for text in [
        "Korea Selatan dan Amerika Serikat menggelar latihan militer gabungan pekan ini.",
        "Rusia, China dan Korea Utara mengecam latihan tersebut.",
        "South Korea and the United States said the drills would continue.",
        "Delegasi dari Moskow, Beijing, dan Seoul hadir dalam forum itu.",
        "Putin dan Xi Jinping sama-sama absen dari forum itu.",
        "Lavrov membahas situasi Ukraina dalam wawancara.",
        "Putin menyambut baik usulan Kim Jong Un soal kerja sama.",
        "Pyongyang mengirim ribuan pasukan ke wilayah Kursk.",
        "Xi Jinping tidak akan menghadiri sidang PBB mendatang di Moskow.",
        "China merupakan negara tujuan ekspor terbesar bagi Indonesia.",
        "Dalam pertemuan tersebut Prabowo menyampaikan pidato.",
    ] {
        check(text, None, all, &[]);
    }
}

#[test]
fn a_loaded_lexicon_adds_kinds() {
    let data = r#"{"kind": "sanctions", "lang": "id", "source": ["place"], "target": ["place"], "triggers": ["sanksi"], "target_preps": ["terhadap", "kepada"]}"#;
    let lex = Lexicon::from_reader(data.as_bytes(), "extra.jsonl").expect("parses");
    let got = run_with(
        "Amerika Serikat menjatuhkan sanksi kepada Iran.",
        None,
        &lex,
    );
    assert_eq!(got, [rel("sanctions", "united-states", "iran", A)]);
}

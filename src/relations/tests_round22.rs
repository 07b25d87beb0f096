//! Issue 17, twenty-second round, part A: meetings, visits and receptions.
//! The place of a meeting after a time phrase or a gathering, the
//! counterpart's demonym, the object of a preposition naming a
//! counterpart, and the guest's entourage or an office's city in a
//! reception's venue. Every sentence is written for the tests, in both
//! languages where the rule has both, with traps that must give no
//! relation.

use super::tests::{Rel, A};
use super::tests_round3::{check_cases, people_relations_of, with, BUDI, RINA};

/// An asserted visit.
fn v(a: &str, b: &str) -> Rel {
    with("visits", a, b, A)
}

/// An asserted meeting, its pair in id order.
fn met(a: &str, b: &str) -> Rel {
    let (a, b) = if a < b { (a, b) } else { (b, a) };
    with("meets", a, b, A)
}

const PUTIN: &str = "vladimir-putin";
const KIM: &str = "kim-jong-un";

#[test]
fn a_counterpart_after_a_preposition_is_its_object() {
    check_cases(
        |t| people_relations_of(t, &["meets"]),
        &[
            (
                "Budi Santoso held a meeting with his Chinese counterpart Rina Wati on Monday .",
                &[met(BUDI, RINA)],
            ),
            (
                "Budi Santoso had a meeting with his counterpart Rina Wati in the capital .",
                &[met(BUDI, RINA)],
            ),
            (
                "Budi Santoso mengadakan pertemuan dengan mitranya , Rina Wati , pada Senin .",
                &[met(BUDI, RINA)],
            ),
            // traps: no person named after the counterpart noun
            (
                "Budi Santoso held a meeting with his Chinese counterpart on Monday .",
                &[],
            ),
            (
                "Budi Santoso held a meeting with his staff on Monday .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_time_phrase_may_stand_before_the_meeting_place() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            (
                "Vladimir Putin met Kim Jong Un on Saturday afternoon at the palace in Beijing .",
                &[v(KIM, "beijing"), v(PUTIN, "beijing")],
            ),
            (
                "Vladimir Putin bertemu Kim Jong Un pada Sabtu ( 12/3 ) di Beijing .",
                &[v(KIM, "beijing"), v(PUTIN, "beijing")],
            ),
            // the host at home gets nothing
            (
                "Xi Jinping met Vladimir Putin on Monday at the Great Hall in Beijing .",
                &[v(PUTIN, "beijing")],
            ),
            // traps: no preposition of a venue after the time; no calendar
            // word in the phrase; a person of no known country
            (
                "Vladimir Putin met Kim Jong Un on Saturday as the markets in Beijing fell .",
                &[],
            ),
            (
                "Vladimir Putin met Kim Jong Un on the way at the palace in Beijing .",
                &[],
            ),
            (
                "Budi Santoso bertemu Rina Wati pada Sabtu di Beijing .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_meeting_at_a_gathering_in_a_named_city_is_a_visit_of_the_one_away() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            (
                "Vladimir Putin met Kim Jong Un on the sidelines of the summit in Beijing .",
                &[v(KIM, "beijing"), v(PUTIN, "beijing")],
            ),
            (
                "Vladimir Putin bertemu Kim Jong Un di sela KTT Ekonomi ke-5 di Beijing , Selasa .",
                &[v(KIM, "beijing"), v(PUTIN, "beijing")],
            ),
            // the host at home gets nothing
            (
                "Xi Jinping held talks with Vladimir Putin on Tuesday , on the sidelines of the Asia Forum in Beijing .",
                &[v(PUTIN, "beijing")],
            ),
            (
                "Xi Jinping bertemu Vladimir Putin di sela Konferensi Para Menteri Energi di Beijing .",
                &[v(PUTIN, "beijing")],
            ),
            // traps: a gathering of the UN; a person inside the phrase; a
            // person of no known country; a place that is no phrase's end;
            // a meeting yet to come
            (
                "Vladimir Putin met Kim Jong Un on the sidelines of the UN General Assembly in Beijing .",
                &[],
            ),
            (
                "Vladimir Putin bertemu Kim Jong Un di sela Sidang Majelis Umum PBB di Beijing .",
                &[],
            ),
            (
                "Vladimir Putin met Kim Jong Un at the forum of Xi Jinping in Beijing .",
                &[],
            ),
            (
                "Budi Santoso bertemu Rina Wati di sela KTT di Beijing .",
                &[],
            ),
            (
                "Vladimir Putin met Kim Jong Un at the summit in Beijing Hall .",
                &[],
            ),
            (
                "Vladimir Putin will meet Kim Jong Un on the sidelines of the summit in Beijing .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_counterpart_demonym_tells_who_is_away() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            // Budi has no office: not Chinese, so away in Beijing; Rina,
            // Chinese by the demonym, at home
            (
                "Budi Santoso met his Chinese counterpart Rina Wati in Beijing on Tuesday .",
                &[v(BUDI, "beijing")],
            ),
            // Rina is Chinese and away in Moscow; Budi's country stays
            // unknown (he is no Chinese, but may be Russian)
            (
                "Budi Santoso met his Chinese counterpart Rina Wati in Moscow on Tuesday .",
                &[v(RINA, "moscow")],
            ),
            // traps: no demonym; a counterpart of a person with a known
            // country at home
            (
                "Budi Santoso met his counterpart Rina Wati in Beijing on Tuesday .",
                &[],
            ),
            (
                "Xi Jinping met his Russian counterpart Rina Wati in Beijing on Tuesday .",
                &[v(RINA, "beijing")],
            ),
        ],
    );
}

#[test]
fn a_reception_venue_may_follow_the_entourage_and_name_the_city_in_an_office() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            (
                "Budi Santoso menerima kunjungan Menteri Luar Negeri China Rina Wati beserta jajarannya di Balai Kota Jakarta , Senin .",
                &[v(RINA, "jakarta")],
            ),
            (
                "Budi Santoso menerima Menteri Luar Negeri China Rina Wati di ruang kerjanya di Kementerian Luar Negeri , Jakarta , Senin .",
                &[v(RINA, "jakarta")],
            ),
            (
                "Budi Santoso welcomed Chinese Foreign Minister Rina Wati and her delegation at the palace in Jakarta on Monday .",
                &[v(RINA, "jakarta")],
            ),
            // traps: the entourage, then no venue; a place of no office
            // kind inside a venue's name
            (
                "Budi Santoso menerima Rina Wati beserta jajarannya dan membahas kerja sama ekonomi Jakarta .",
                &[],
            ),
            (
                "Budi Santoso menerima Rina Wati di Gedung Jakarta Raya , Senin .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_bare_visit_after_a_meeting_takes_a_hyphenated_modifier_and_of() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            (
                "Vladimir Putin held talks with Xi Jinping during a one-day visit to China .",
                &[v(PUTIN, "china")],
            ),
            (
                "Vladimir Putin met Xi Jinping in Beijing on Thursday , at the start of a two-day visit to China .",
                &[v(PUTIN, "beijing"), v(PUTIN, "china")],
            ),
            // the counterpart's demonym settles a person of no office
            (
                "Budi Santoso held talks with his Russian counterpart Rina Wati during a one-day visit to Russia .",
                &[v(BUDI, "russia")],
            ),
            // traps: both away; one of no known country; "of" with no
            // visit noun after it
            (
                "Vladimir Putin met Kim Jong Un during a one-day visit to China .",
                &[],
            ),
            (
                "Budi Santoso held talks with Xi Jinping during a one-day visit to China .",
                &[],
            ),
            (
                "Vladimir Putin met Xi Jinping at the end of a long day of talks .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_description_by_demonym_stands_for_the_one_titled_person_it_fits() {
    check_cases(
        |t| people_relations_of(t, &["meets"]),
        &[
            (
                "Chinese Foreign Minister Budi Santoso arrived on Monday . Later the Chinese minister met Vladimir Putin .",
                &[met(BUDI, PUTIN)],
            ),
            (
                "Russian President Budi Santoso arrived on Monday . The Russian leader also met Rina Wati .",
                &[met(BUDI, RINA)],
            ),
            (
                "Chinese Foreign Minister Budi Santoso arrived on Monday . Rina Wati and the visiting Chinese minister discussed trade .",
                &[met(BUDI, RINA)],
            ),
            // traps: two titled persons of the country fit; the head does
            // not fit the office; a title going on after the head; no
            // titled person of that country
            (
                "Chinese Foreign Minister Budi Santoso and Chinese Trade Minister Rina Wati arrived . The Chinese minister met Vladimir Putin .",
                &[],
            ),
            (
                "Chinese Foreign Minister Budi Santoso arrived on Monday . The Chinese leader met Vladimir Putin .",
                &[],
            ),
            (
                "Chinese Foreign Minister Budi Santoso arrived on Monday . The Chinese Minister of Trade Rina Wati met Vladimir Putin .",
                &[met(PUTIN, RINA)],
            ),
            (
                "Russian President Budi Santoso arrived on Monday . The Chinese leader met Rina Wati .",
                &[],
            ),
        ],
    );
}

#[test]
fn his_majesty_stands_for_the_one_monarch_titled_before() {
    check_cases(
        |t| people_relations_of(t, &["meets"]),
        &[
            (
                "His Majesty King Budi Santoso arrived in Moscow on Monday . The dinner was attended by Crown Prince Rina Wati . His Majesty welcomed Vladimir Putin .",
                &[met(BUDI, PUTIN)],
            ),
            // traps: two monarchs; no monarch (the crown prince named just
            // before is not meant)
            (
                "King Budi Santoso and King Rina Wati arrived in Moscow on Monday . His Majesty welcomed Vladimir Putin .",
                &[],
            ),
            (
                "Crown Prince Rina Wati arrived in Moscow on Monday . His Majesty welcomed Vladimir Putin .",
                &[],
            ),
        ],
    );
}

const LAVROV: &str = "sergei-lavrov";

#[test]
fn an_object_pronoun_after_three_persons_of_its_sentence_is_left_open() {
    // only the meetings of Lavrov, the one person of the sentence before
    let lavrov = |t: &str| {
        people_relations_of(t, &["meets"])
            .into_iter()
            .filter(|r| r.1 == LAVROV || r.2 == LAVROV)
            .collect::<Vec<_>>()
    };
    check_cases(
        lavrov,
        &[
            (
                "Sergei Lavrov arrived in Beijing on Monday . Xi Jinping greeted him .",
                &[met(LAVROV, XI_ID)],
            ),
            (
                "Sergei Lavrov arrived in Beijing on Monday . Xi Jinping and Kim Jong Un greeted him .",
                &[met(LAVROV, XI_ID), met(KIM, LAVROV)],
            ),
            // trap: three persons named before the pronoun in its sentence
            (
                "Sergei Lavrov arrived in Beijing on Monday . Budi Santoso , who travelled with Rina Wati , was received by Vladimir Putin , and Xi Jinping greeted him .",
                &[],
            ),
        ],
    );
}

const XI_ID: &str = "xi-jinping";

//! Issue 17, thirty-seventh round, part C: a meeting placed by its own
//! phrase further on in the sentence ([`super::meeting_phrase`]), and the
//! longer gathering's phrase (a name's acronym in brackets, a function
//! word inside a capitalised name; none for a gathering to come) that
//! [`super::met_place::gathering_place`] reads. Every sentence is written
//! for the tests, in both languages, with traps that must keep their
//! reading.

use super::tests::{Rel, A};
use super::tests_round3::{check_cases, people_relations_of, with};

/// An asserted visit.
fn v(a: &str, b: &str) -> Rel {
    with("visits", a, b, A)
}

const PUTIN: &str = "vladimir-putin";
const KIM: &str = "kim-jong-un";

#[test]
fn a_meeting_is_placed_by_its_phrase_further_on() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            // the meeting's verb first, its phrase after the object
            (
                "Vladimir Putin dan Kim Jong Un membahas situasi di kawasan dalam pertemuan Komisi Bersama di Beijing , Tiongkok , Senin .",
                &[v(KIM, "beijing"), v(PUTIN, "beijing")],
            ),
            (
                "Vladimir Putin met Kim Jong Un and discussed energy cooperation at a meeting of the Joint Commission for Energy Cooperation ( JCEC ) in Beijing .",
                &[v(KIM, "beijing"), v(PUTIN, "beijing")],
            ),
            // the meeting's noun in its own phrase, a gathering after it
            // with a long name, an inner "dan" and its acronym
            (
                "Vladimir Putin dan Kim Jong Un sepakat memperkuat kerja sama dalam pertemuan bilateral di sela-sela pertemuan para menteri Forum Kerja Sama Asia Timur dan Amerika Latin ( FEALAC ) di Beijing .",
                &[v(KIM, "beijing"), v(PUTIN, "beijing")],
            ),
            // a meeting's noun after a lead word, of no gathering class
            (
                "Vladimir Putin and Kim Jong Un agreed to deepen cooperation during their talks at the Great Hall of the People in Beijing .",
                &[v(KIM, "beijing"), v(PUTIN, "beijing")],
            ),
            (
                "Vladimir Putin dan Kim Jong Un sepakat memperdalam kerja sama dalam perundingan di Beijing .",
                &[v(KIM, "beijing"), v(PUTIN, "beijing")],
            ),
            // the acronym and an ordinal after it
            (
                "Vladimir Putin menemui Kim Jong Un beserta delegasinya di sela-sela Pertemuan Menteri Ekonomi Asia ( AEM ) ke-55 di Beijing .",
                &[v(KIM, "beijing"), v(PUTIN, "beijing")],
            ),
        ],
    );
}

#[test]
fn a_meeting_phrase_gives_nothing_where_the_reading_is_another() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            // traps: the one at home gets nothing
            (
                "Vladimir Putin dan Kim Jong Un membahas situasi di kawasan dalam pertemuan Komisi Bersama di Moscow .",
                &[v(KIM, "moscow")],
            ),
            (
                "Vladimir Putin and Kim Jong Un agreed to deepen cooperation during their talks at the Kremlin in Moscow .",
                &[v(KIM, "moscow")],
            ),
            // talks to come give none
            (
                "Vladimir Putin and Kim Jong Un will deepen cooperation during their talks in Beijing next week .",
                &[],
            ),
            // a meeting at the UN gives none, as the golds say
            (
                "Vladimir Putin dan Kim Jong Un membahas situasi di kawasan dalam pertemuan di sela Sidang Majelis Umum PBB di New York .",
                &[],
            ),
            // a gathering to come is no presence
            (
                "Vladimir Putin bertemu Kim Jong Un dan mengundangnya hadir pada KTT Ekonomi Asia yang akan digelar di Beijing .",
                &[],
            ),
            (
                "Vladimir Putin met Kim Jong Un and invited him to a summit that will be held in Beijing .",
                &[],
            ),
            // a place in the object is no meeting's place
            (
                "Vladimir Putin dan Kim Jong Un membahas konflik di Suriah .",
                &[],
            ),
            // a bracket holding a name is no acronym
            (
                "Vladimir Putin bertemu Kim Jong Un di sela forum ( kata Kim ) di Beijing .",
                &[],
            ),
            // a person named between the meeting and the phrase: the
            // phrase is another clause's
            (
                "Vladimir Putin met Kim Jong Un in Moscow , while Xi Jinping spoke at a meeting in Beijing .",
                &[v(KIM, "moscow")],
            ),
        ],
    );
}

//! Issue 17, thirty-third round, part C1: plural references in meetings
//! (a plural pronoun, a counted description, a pair owning a meeting
//! noun), a description by "diplomat", a coordinated person introduced by
//! a title phrase, and attendance at a meeting. Every sentence is written
//! for the tests, in both languages, with traps that must give no
//! meeting.

use super::tests::{Rel, P};
use super::tests_round3::{check_cases, meeting, met, relations_with};

const PUTIN: &str = "vladimir-putin";
const XI: &str = "xi-jinping";
const KIM: &str = "kim-jong-un";
const BUDI: &str = "budi-santoso";

/// The meetings of `text` over the test gazetteer.
fn meets(text: &str) -> Vec<Rel> {
    relations_with(text, &[], &[], &["meets"])
}

#[test]
fn a_plural_pronoun_stands_for_the_pair_of_the_sentence_before() {
    check_cases(
        meets,
        &[
            (
                "Vladimir Putin and Kim Jong Un arrived in Beijing . They were welcomed by Xi Jinping .",
                &[met(PUTIN, XI), met(KIM, XI)],
            ),
            (
                "Vladimir Putin dan Kim Jong Un tiba di Beijing . Mereka disambut oleh Xi Jinping .",
                &[met(PUTIN, XI), met(KIM, XI)],
            ),
            // traps: three persons before; a sentence between; one party;
            // no passive (the pronoun may stand for the two states)
            (
                "Vladimir Putin , Kim Jong Un and Prabowo Subianto arrived in Beijing . They were welcomed by Xi Jinping .",
                &[],
            ),
            (
                "Vladimir Putin and Kim Jong Un arrived in Beijing . The weather was cold . They were welcomed by Xi Jinping .",
                &[],
            ),
            (
                "Vladimir Putin , accompanied by Sergei Lavrov , arrived in Beijing . They were welcomed by Xi Jinping .",
                &[],
            ),
            (
                "Vladimir Putin dan Kim Jong Un tiba di Beijing . Mereka berharap negosiasi dengan Xi Jinping selesai .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_counted_description_stands_for_as_many_titled_persons() {
    let planned = |a: &str, b: &str| meeting(a, b, P);
    let three = "Russian President Vladimir Putin , Chinese President Xi Jinping and Indonesian President Prabowo Subianto arrived in Moscow .";
    let tiga = "Presiden Rusia Vladimir Putin , Presiden China Xi Jinping dan Presiden Indonesia Prabowo Subianto tiba di Moskow .";
    let cases = [
        format!("{three} The three presidents will also meet Budi Santoso ."),
        format!("{tiga} Ketiga presiden juga akan bertemu Budi Santoso ."),
        // traps: a count that does not fit; a title no one was shown with;
        // a bare English count
        format!("{three} The four presidents will also meet Budi Santoso ."),
        format!("{three} The three ministers will also meet Budi Santoso ."),
        format!("{three} Three presidents will also meet Budi Santoso ."),
    ];
    let all = [
        planned(BUDI, PUTIN),
        planned(BUDI, XI),
        planned(BUDI, "prabowo-subianto"),
    ];
    check_cases(
        meets,
        &[
            (&cases[0], &all),
            (&cases[1], &all),
            (&cases[2], &[]),
            (&cases[3], &[]),
            (&cases[4], &[]),
        ],
    );
}

#[test]
fn a_pair_owning_a_meeting_noun_meets() {
    check_cases(
        meets,
        &[
            (
                "Vladimir Putin introduced Xi Jinping to the press after their talks .",
                &[met(PUTIN, XI)],
            ),
            (
                "Vladimir Putin dan Xi Jinping tiba di Moskow . Wartawan menunggu seusai pertemuan bilateral kedua pemimpin .",
                &[met(PUTIN, XI)],
            ),
            (
                "Vladimir Putin dan Xi Jinping tiba di Moskow . Wartawan menunggu hasil pertemuan mereka .",
                &[met(PUTIN, XI)],
            ),
            // traps: three persons before the possessive (the meetings are
            // the coordinated subject's, an older reading; the possessive
            // adds none); a pair two sentences back
            (
                "Vladimir Putin , Xi Jinping and Kim Jong Un spoke to the press after their talks .",
                &[met(KIM, PUTIN), met(KIM, XI), met(PUTIN, XI)],
            ),
            (
                "Vladimir Putin dan Xi Jinping tiba di Moskow . Cuaca dingin . Hujan turun . Wartawan menunggu hasil pertemuan mereka .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_diplomat_by_demonym_stands_for_the_one_foreign_minister_or_envoy() {
    check_cases(
        meets,
        &[
            (
                "Russian Foreign Minister Sergei Lavrov arrived in Beijing . The Russian diplomat later met Budi Santoso .",
                &[met(BUDI, "sergei-lavrov")],
            ),
            // trap: a president is no diplomat
            (
                "Russian President Vladimir Putin arrived in Beijing . The Russian diplomat later met Budi Santoso .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_person_coordinated_after_a_title_phrase_is_an_object_too() {
    check_cases(
        meets,
        &[
            (
                "Xi Jinping held talks with Vladimir Putin , and the deputy speaker of parliament , Budi Santoso .",
                &[met(PUTIN, XI), met(BUDI, XI)],
            ),
            (
                "Xi Jinping held talks with the President of Russia , Vladimir Putin , and the speaker , Budi Santoso ; the talks were long .",
                &[met(PUTIN, XI), met(BUDI, XI)],
            ),
            // traps: a time phrase is no title; a name that opens a clause
            (
                "Xi Jinping held talks with Vladimir Putin , and the next day , Budi Santoso flew home .",
                &[met(PUTIN, XI)],
            ),
            (
                "Xi Jinping held talks with Vladimir Putin , and the deputy speaker , Budi Santoso said the talks were long .",
                &[met(PUTIN, XI)],
            ),
        ],
    );
}

#[test]
fn persons_present_at_a_meeting_do_not_meet_each_other() {
    check_cases(
        meets,
        &[
            (
                "Vladimir Putin met Xi Jinping . Sergei Lavrov and Kim Jong Un were also present at the meeting .",
                &[met(PUTIN, XI)],
            ),
            (
                "Vladimir Putin bertemu Xi Jinping . Sergei Lavrov dan Kim Jong Un juga hadir dalam pertemuan itu .",
                &[met(PUTIN, XI)],
            ),
        ],
    );
}

//! Issue 17, thirty-sixth round, part C: the scene of a round of
//! meetings ([`super::scene`]). A meeting whose partners are not named,
//! placed by its venue or its gathering, sets the place of the meetings
//! its subject holds in the sentences after it. Every sentence is written
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
const PRABOWO: &str = "prabowo-subianto";

#[test]
fn a_round_of_meetings_at_a_gathering_places_the_meetings_after_it() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            (
                "Vladimir Putin held a series of bilateral meetings on the sidelines of the Asia Forum in Beijing . On Monday , Putin met Kim Jong Un .",
                &[v(KIM, "beijing"), v(PUTIN, "beijing")],
            ),
            (
                "Vladimir Putin menggelar sejumlah pertemuan bilateral di sela KTT Ekonomi di Beijing . Pada Senin , Putin bertemu Kim Jong Un .",
                &[v(KIM, "beijing"), v(PUTIN, "beijing")],
            ),
            (
                "Vladimir Putin mengadakan pertemuan dengan sejumlah menteri di sela Forum Energi di Beijing . Putin juga bertemu Kim Jong Un untuk membahas perdagangan .",
                &[v(KIM, "beijing"), v(PUTIN, "beijing")],
            ),
            // a host's round: the host at home gets nothing, the guest
            // met after it does
            (
                "Prabowo Subianto menerima sejumlah pemimpin negara sahabat di Istana Merdeka , Jakarta . Prabowo kemudian bertemu Vladimir Putin .",
                &[v(PUTIN, "jakarta")],
            ),
        ],
    );
}

#[test]
fn a_scene_gives_nothing_where_the_reading_is_another() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            // traps: a meeting to come after the round
            (
                "Vladimir Putin held a series of bilateral meetings on the sidelines of the Asia Forum in Beijing . Putin will meet Kim Jong Un next week .",
                &[v(PUTIN, "beijing")],
            ),
            // a meeting the round's subject is no party of
            (
                "Prabowo Subianto menggelar sejumlah pertemuan bilateral di sela KTT Ekonomi di Beijing . Vladimir Putin bertemu Kim Jong Un .",
                &[v(PRABOWO, "beijing")],
            ),
            // a meeting placed by its own sentence
            (
                "Vladimir Putin held a series of bilateral meetings on the sidelines of the Asia Forum in Beijing . Putin later met Kim Jong Un in Pyongyang .",
                &[v(PUTIN, "beijing"), v(PUTIN, "pyongyang")],
            ),
            // a round with a named partner sets no scene
            (
                "Vladimir Putin met Xi Jinping on the sidelines of the Asia Forum in Beijing . Putin also met Kim Jong Un .",
                &[v(PUTIN, "beijing")],
            ),
            // a round at home, and a partner of no known country
            (
                "Prabowo Subianto menggelar sejumlah pertemuan di Istana Merdeka , Jakarta . Prabowo bertemu Budi Santoso .",
                &[],
            ),
            // a round with no place
            (
                "Vladimir Putin held a series of bilateral meetings on Monday . Putin met Kim Jong Un .",
                &[],
            ),
            // a passive meeting is no round
            (
                "Vladimir Putin was received at the palace in Beijing . Putin met Kim Jong Un .",
                &[],
            ),
        ],
    );
}

#[test]
fn an_envoy_met_after_a_round_in_his_posting_is_at_his_post() {
    check_cases(
        |t| people_relations_of(t, &["visits"]),
        &[
            (
                "Prabowo Subianto menerima lima duta besar di Istana Merdeka , Jakarta . Prabowo bertemu Duta Besar Rusia Vladimir Putin .",
                &[],
            ),
            // the same with a leader
            (
                "Prabowo Subianto menerima lima pemimpin di Istana Merdeka , Jakarta . Prabowo bertemu Presiden Rusia Vladimir Putin .",
                &[v(PUTIN, "jakarta")],
            ),
            (
                "Budi Santoso menerima lima pemimpin di Istana Merdeka , Jakarta . Budi Santoso bertemu Presiden Rusia Vladimir Putin .",
                &[v(PUTIN, "jakarta")],
            ),
        ],
    );
}

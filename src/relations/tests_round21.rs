//! Issue 17, twenty-first round, part A: meetings, visits, receptions and
//! pair descriptions. Every sentence is written for the tests, in both
//! languages where the rule has both, with traps that must give no
//! relation.

use super::tests::{Rel, A};
use super::tests_round3::{check_cases, people_gaz, unordered_relations_of, with, BUDI, RINA};
use crate::base::types::EntityType;

/// A third person of no office.
const ANDI: &str = "andi-wijaya";

/// The relations of `text` (kinds `kinds`) with Budi, Rina and Andi.
fn of3(text: &str, kinds: &[&str]) -> Vec<Rel> {
    let g = people_gaz(&[(ANDI, EntityType::Person, &["Andi Wijaya", "Andi"])]);
    unordered_relations_of(text, &g, kinds)
}

/// A meeting or a signing, its pair in id order.
fn sym(kind: &str, a: &str, b: &str) -> Rel {
    let (a, b) = if a < b { (a, b) } else { (b, a) };
    with(kind, a, b, A)
}

#[test]
fn a_pair_description_stands_for_the_two_titled_persons_it_fits() {
    check_cases(
        |t| of3(t, &["signs"]),
        &[
            (
                "Menteri Luar Negeri Indonesia Budi Santoso bertemu dengan Menteri Luar Negeri China Rina Wati pada Jumat . Kunjungan ini yang pertama bagi Rina . Kedua menlu menandatangani tiga dokumen .",
                &[sym("signs", BUDI, RINA)],
            ),
            (
                "Indonesian Foreign Minister Budi Santoso met Chinese Foreign Minister Rina Wati on Friday . It was the first such visit for Rina . The two ministers signed three agreements .",
                &[sym("signs", BUDI, RINA)],
            ),
            (
                "Presiden Indonesia Budi Santoso menerima Presiden China Rina Wati di istana . Rina tiba pada Kamis . Cuaca cerah . Kedua presiden menandatangani dua perjanjian .",
                &[sym("signs", BUDI, RINA)],
            ),
            // traps: three titled persons fit; two of one country; an
            // office the description does not name; three persons in the
            // sentence before ("keduanya" is two of them)
            (
                "Menteri Luar Negeri Indonesia Budi Santoso bertemu Menteri Luar Negeri China Rina Wati dan Menteri Luar Negeri Rusia Andi Wijaya . Kunjungan ini yang pertama bagi Rina . Kedua menlu menandatangani tiga dokumen .",
                &[],
            ),
            (
                "Indonesian Foreign Minister Budi Santoso met Indonesian Defence Minister Rina Wati on Friday . It was the first such meeting for Rina . The two ministers signed three agreements .",
                &[],
            ),
            (
                "Indonesian Foreign Minister Budi Santoso met Chinese Foreign Minister Rina Wati on Friday . It was the first such visit for Rina . The two presidents signed three agreements .",
                &[],
            ),
            (
                "Presiden Indonesia Budi Santoso bertemu Presiden China Rina Wati . Budi , Rina dan Andi Wijaya tiba di aula . Keduanya lalu menandatangani buku tamu .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_working_session_and_exchanged_thoughts_are_meetings() {
    check_cases(
        |t| of3(t, &["meets"]),
        &[
            (
                "Budi Santoso held a working session with Rina Wati on Monday .",
                &[sym("meets", BUDI, RINA)],
            ),
            (
                "Budi Santoso and Rina Wati arrived on Monday . The two ministers exchanged thoughts on security .",
                &[sym("meets", BUDI, RINA)],
            ),
            (
                "Budi Santoso exchanged ideas with Rina Wati at the forum .",
                &[sym("meets", BUDI, RINA)],
            ),
            // traps: a session of a body; thoughts shared with no one named
            (
                "Budi Santoso chaired a working session of the committee on Monday .",
                &[],
            ),
            (
                "Budi Santoso exchanged thoughts on security in a letter , Rina Wati said .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_pronoun_in_a_relative_clause_of_a_description_is_not_the_first_person() {
    check_cases(
        |t| of3(t, &["visits"]),
        &[
            // the clause's head is a name: its pronoun is that person's
            (
                "On Monday , Budi Santoso , who ended his visit to Russia the same day , met Rina Wati .",
                &[with("visits", BUDI, "russia", A)],
            ),
            (
                "Pada Senin , Budi Santoso , yang mengakhiri kunjungannya ke Rusia hari itu , bertemu Rina Wati .",
                &[with("visits", BUDI, "russia", A)],
            ),
            // traps: the head is a description of no name
            (
                "Earlier , Budi Santoso received the Russian guest , who ended his visit to Russia the same day .",
                &[],
            ),
            // (the Indonesian "menerima tamu itu , yang mengakhiri
            // kunjungannya ke Z" still gives the host a visit through the
            // visit noun's subject reading: left)
        ],
    );
}

#[test]
fn landing_is_an_arrival_and_a_described_owner_takes_the_visit() {
    check_cases(
        |t| of3(t, &["visits"]),
        &[
            (
                "Budi Santoso landed on Tuesday in Moscow for talks .",
                &[with("visits", BUDI, "moscow", A)],
            ),
            (
                "Budi Santoso and Rina Wati touched down in Jakarta on Monday .",
                &[
                    with("visits", BUDI, "jakarta", A),
                    with("visits", RINA, "jakarta", A),
                ],
            ),
            // a named owner after "by" still owns the visit
            (
                "Budi Santoso met Rina Wati on Wednesday , the first visit to Russia by Andi Wijaya .",
                &[with("visits", ANDI, "russia", A)],
            ),
            // traps: land as a noun; an owner described by "by a ..."
            // (not the person named before)
            (
                "Budi Santoso said the land in Jakarta was sold .",
                &[],
            ),
            (
                "Budi Santoso met Rina Wati on Wednesday , the first visit to Russia by a Chinese prime minister .",
                &[],
            ),
        ],
    );
}

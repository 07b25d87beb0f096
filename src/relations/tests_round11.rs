//! Issue 17, eleventh round: criticism phrased as a judgement ("menilai X
//! sudah tak layak", "called X a failure"), and an agentless report
//! standing for the previous sentence's speaker ("Hal itu diungkapkan usai
//! bertemu Y"). Every sentence is written for the tests, in both
//! languages.

use super::tests::{gaz, Rel};
use super::tests_round3::{add, add_people, check_cases, rel, relations_of};
use crate::base::types::EntityType;

/// The relations of `text` (kinds in `kinds`), with a gazetteer that also
/// knows a party and three people of no office.
fn run11(text: &str, kinds: &[&str]) -> Vec<Rel> {
    let mut g = gaz();
    add(
        &mut g,
        "partai-maju",
        EntityType::Organisation,
        &["Partai Maju"],
    );
    add(&mut g, "andi-wijaya", EntityType::Person, &["Andi Wijaya"]);
    add_people(&mut g);
    relations_of(text, &g, kinds)
}

fn table(kinds: &[&str], cases: &[(&str, &[Rel])]) {
    check_cases(|t| run11(t, kinds), cases);
}

#[test]
fn a_judgement_with_a_negative_verdict_is_criticism() {
    let c = |a: &str, b: &str| rel("criticizes", a, b);
    table(
        &["criticizes"],
        &[
            (
                "Rina Wati menilai dari sudut hukum Budi Santoso sudah tak layak menjabat .",
                &[c("rina-wati", "budi-santoso")],
            ),
            (
                "Partai Maju menyebut Budi Santoso gagal memimpin kota .",
                &[c("partai-maju", "budi-santoso")],
            ),
            (
                "Rina Wati menganggap Partai Maju tidak pantas memimpin .",
                &[c("rina-wati", "partai-maju")],
            ),
            (
                "Rina Wati called Budi Santoso a failure .",
                &[c("rina-wati", "budi-santoso")],
            ),
            (
                "Partai Maju described Budi Santoso as unfit for office .",
                &[c("partai-maju", "budi-santoso")],
            ),
            (
                "Rina Wati deemed Partai Maju incompetent .",
                &[c("rina-wati", "partai-maju")],
            ),
        ],
    );
}

#[test]
fn a_judgement_without_a_verdict_after_the_party_is_none() {
    table(
        &["criticizes"],
        &[
            // a neutral or positive judgement
            (
                "Rina Wati menilai wajar desakan agar Budi Santoso mundur .",
                &[],
            ),
            ("Rina Wati menilai Budi Santoso layak menjabat .", &[]),
            ("Rina Wati called Budi Santoso a friend .", &[]),
            // the verdict is far from the party, or about someone else
            (
                "Rina Wati menyebut Budi Santoso pernah bilang bahwa rencana itu gagal .",
                &[],
            ),
            ("Rina Wati called Budi Santoso after the plan failed .", &[]),
            // a passive or a noun reads nothing
            ("Budi Santoso disebut gagal oleh Rina Wati .", &[]),
            (
                "Penilaian Rina Wati atas Budi Santoso tidak layak dimuat .",
                &[],
            ),
            // a speech verb after a quote
            ("\" Rencana itu gagal , \" sebut Budi Santoso .", &[]),
            (
                "\" The plan was a failure , \" Rina Wati called Budi Santoso .",
                &[],
            ),
        ],
    );
}

// A judged party closing a text with no full stop was read past the
// sentence's last token, and the run panicked.
#[test]
fn regression_a_judgement_ending_the_text_reads_no_word_past_it() {
    table(
        &["criticizes"],
        &[
            ("Rina Wati menilai Budi Santoso", &[]),
            ("Rina Wati called Budi Santoso", &[]),
            ("Hal itu diungkapkan", &[]),
            ("This was", &[]),
        ],
    );
}

#[test]
fn an_agentless_report_stands_for_the_last_speaker() {
    let m = |a: &str, b: &str| rel("meets", a, b);
    table(
        &["meets"],
        &[
            (
                "Rina Wati menyatakan akan mundur . Hal itu diungkapkan usai bertemu dengan Budi Santoso .",
                &[m("rina-wati", "budi-santoso")],
            ),
            (
                "Rina Wati menyatakan akan mundur . Hal diungkapkan usai bertemu dengan Budi Santoso .",
                &[m("rina-wati", "budi-santoso")],
            ),
            (
                "Rina Wati said she would resign . This was stated after meeting Budi Santoso .",
                &[m("rina-wati", "budi-santoso")],
            ),
        ],
    );
}

#[test]
fn a_report_with_an_agent_or_no_single_speaker_stays_as_it_was() {
    let m = |a: &str, b: &str| rel("meets", a, b);
    table(
        &["meets"],
        &[
            // two persons before: no single speaker
            (
                "Rina Wati dan Andi Wijaya menyatakan akan mundur . Hal itu diungkapkan usai bertemu dengan Budi Santoso .",
                &[],
            ),
            // the speaker is not in the sentence right before
            (
                "Rina Wati menyatakan akan mundur . Partai Maju menolak . Hal itu diungkapkan usai bertemu dengan Budi Santoso .",
                &[],
            ),
            // an agent is named
            (
                "Rina Wati menyatakan akan mundur . Hal itu diungkapkan Andi Wijaya usai bertemu dengan Budi Santoso .",
                &[m("andi-wijaya", "budi-santoso")],
            ),
            (
                "Rina Wati said she would resign . This was stated by Andi Wijaya after meeting Budi Santoso .",
                &[m("andi-wijaya", "budi-santoso")],
            ),
            // not a verb of saying
            (
                "Rina Wati menyatakan akan mundur . Hal itu dibahas usai bertemu dengan Budi Santoso .",
                &[],
            ),
            ("Rina Wati resigned . This was planned after meeting Budi Santoso .", &[]),
        ],
    );
}

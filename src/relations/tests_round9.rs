//! Issue 17, ninth round: a title whose last words name its organisation
//! ("Ketua DPR RI X"), a title in brackets after a name, an embrace as a
//! meeting, the members of an organisation standing for it as a subject,
//! and the person apposed to a perpetrator of an attack on a place
//! ("Pelaku penembakan di X , Y"). Every sentence is written for the
//! tests, in both languages.

use super::tests::{gaz, Rel};
use super::tests_round3::{add, add_people, check_cases, rel, relations_of};
use crate::base::types::EntityType;

/// The relations of `text` (kinds in `kinds`), with a gazetteer that also
/// knows a parliament, a party, two towns and three people of no office.
fn run9(text: &str, kinds: &[&str]) -> Vec<Rel> {
    let mut g = gaz();
    let org = EntityType::Organisation;
    let pl = EntityType::Place;
    add(&mut g, "dpr", org, &["DPR", "DPR RI"]);
    add(&mut g, "mpr", org, &["MPR"]);
    add(&mut g, "partai-maju", org, &["Partai Maju"]);
    add(&mut g, "bogor", pl, &["Bogor"]);
    add(&mut g, "tangerang", pl, &["Tangerang"]);
    add(&mut g, "andi-wijaya", EntityType::Person, &["Andi Wijaya"]);
    add_people(&mut g);
    relations_of(text, &g, kinds)
}

fn table(kinds: &[&str], cases: &[(&str, &[Rel])]) {
    check_cases(|t| run9(t, kinds), cases);
}

#[test]
fn a_title_ending_in_its_organisation_names_it() {
    let h = |a: &str, b: &str| rel("holds_office", a, b);
    table(
        &["holds_office"],
        &[
            (
                "Ketua DPR RI Budi Santoso memastikan hal itu .",
                &[h("budi-santoso", "dpr")],
            ),
            (
                "Ketua DPR Budi Santoso dan Ketua MPR Rina Wati hadir .",
                &[h("budi-santoso", "dpr"), h("rina-wati", "mpr")],
            ),
            (
                "Wakil Ketua DPR Budi Santoso menggelar survei .",
                &[h("budi-santoso", "dpr")],
            ),
            (
                "Menurut Ketua DPR , Budi Santoso , rapat ditunda .",
                &[h("budi-santoso", "dpr")],
            ),
            // English order: the organisation before the title
            (
                "DPR Speaker Budi Santoso said the vote was postponed .",
                &[h("budi-santoso", "dpr")],
            ),
            // no name after the title: none
            ("Ketua DPR memastikan hal itu .", &[]),
            ("The DPR Speaker said so .", &[]),
        ],
    );
}

#[test]
fn a_title_in_brackets_after_a_name_is_that_names() {
    let h = |a: &str, b: &str| rel("holds_office", a, b);
    table(
        &["holds_office"],
        &[
            (
                "Hadir Budi Santoso ( Ketua Komisi X DPR RI ) , Rina Wati , dan Andi Wijaya .",
                &[h("budi-santoso", "dpr")],
            ),
            (
                "Hadir Budi Santoso ( Ketua Partai Maju ) , Rina Wati ( Ketua Komisi IV DPR ) , dan Andi Wijaya .",
                &[h("budi-santoso", "partai-maju"), h("rina-wati", "dpr")],
            ),
            (
                "Present were Budi Santoso ( Chairman of Partai Maju ) , Rina Wati and Andi Wijaya .",
                &[h("budi-santoso", "partai-maju")],
            ),
            // a title before a name keeps that name
            (
                "Hadir Ketua Partai Maju , Rina Wati , dan Andi Wijaya .",
                &[h("rina-wati", "partai-maju")],
            ),
        ],
    );
}

#[test]
fn an_embrace_is_a_meeting() {
    let m = |a: &str, b: &str| rel("meets", a, b);
    table(
        &["meets"],
        &[
            (
                "Budi Santoso berpelukan dengan Rina Wati di akhir sidang .",
                &[m("budi-santoso", "rina-wati")],
            ),
            (
                "Budi Santoso memeluk Rina Wati seusai sidang .",
                &[m("budi-santoso", "rina-wati")],
            ),
            (
                "Budi Santoso embraced Rina Wati after the hearing .",
                &[m("budi-santoso", "rina-wati")],
            ),
            (
                "Budi Santoso hugged Rina Wati .",
                &[m("budi-santoso", "rina-wati")],
            ),
            // a lowercase object is nobody named
            ("Budi Santoso memeluk anaknya .", &[]),
        ],
    );
}

#[test]
fn members_of_an_organisation_stand_for_it_as_subject() {
    let sup = |a: &str, b: &str| rel("supports", a, b);
    table(
        &["supports"],
        &[
            (
                "Rina Wati mengklaim , seluruh kader maupun simpatisan Partai Maju sudah mendukung Budi Santoso .",
                &[sup("partai-maju", "budi-santoso")],
            ),
            (
                "Para relawan Partai Maju mendukung Budi Santoso .",
                &[sup("partai-maju", "budi-santoso")],
            ),
            (
                "Rina Wati said all members of Partai Maju support Budi Santoso .",
                &[sup("partai-maju", "budi-santoso")],
            ),
            // a name after another noun is no subject
            (
                "Rina Wati mengklaim , perwakilan Partai Maju sudah mendukung Budi Santoso .",
                &[sup("rina-wati", "budi-santoso")],
            ),
        ],
    );
}

#[test]
fn the_person_apposed_to_a_perpetrator_attacks_the_place() {
    let a = |x: &str, y: &str| rel("attacks", x, y);
    table(
        &["attacks"],
        &[
            (
                "Pelaku penembakan di Pasar Baru Bogor , Budi Santoso ( 45 ) , ditangkap polisi .",
                &[a("budi-santoso", "bogor")],
            ),
            (
                "Dalang serangan di Tangerang , Budi Santoso , divonis hari ini .",
                &[a("budi-santoso", "tangerang")],
            ),
            (
                "The perpetrator of the shooting at the Blue Market in Bogor , Budi Santoso , was arrested .",
                &[a("budi-santoso", "bogor")],
            ),
            (
                "The mastermind of the attack on Tangerang , Budi Santoso , was sentenced .",
                &[a("budi-santoso", "tangerang")],
            ),
            // the perpetrator word must open the phrase; the name must
            // follow the comma; a person is no place
            (
                "Polisi menyebut pelaku penembakan di Bogor , Budi Santoso .",
                &[],
            ),
            ("Pelaku penembakan di Bogor , kata Budi Santoso , kabur .", &[]),
            (
                "The perpetrator of the attack on Rina Wati , Budi Santoso , fled .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_shot_in_sport_is_no_attack() {
    table(
        &["attacks"],
        &[
            (
                "Tembakan Budi Santoso dari luar kotak penalti membobol gawang Tangerang .",
                &[],
            ),
            ("A shot by Budi Santoso from distance beat Tangerang .", &[]),
            // a shooting is one
            (
                "Budi Santoso melakukan penembakan di Tangerang .",
                &[rel("attacks", "budi-santoso", "tangerang")],
            ),
            (
                "Budi Santoso carried out a shooting on Tangerang .",
                &[rel("attacks", "budi-santoso", "tangerang")],
            ),
        ],
    );
}

#[test]
fn a_description_after_a_clause_word_is_not_the_topic_before_it() {
    let m = |a: &str, b: &str| rel("meets", a, b);
    table(
        &["meets"],
        &[
            // the speaker described is not the person spoken of
            (
                "Budi Santoso diperiksa polisi , kata Ketua DPR itu seusai bertemu Rina Wati .",
                &[],
            ),
            (
                "Budi Santoso was questioned , said the DPR Speaker after meeting Rina Wati .",
                &[],
            ),
            // nor the person of the sentence before (the speaker may be
            // someone the gazetteer does not know)
            (
                "Rina Wati hadir . Budi Santoso diperiksa , kata Ketua DPR itu seusai bertemu Andi Wijaya .",
                &[],
            ),
            (
                "Rina Wati arrived . Budi Santoso was questioned , said the DPR Speaker after meeting Andi Wijaya .",
                &[],
            ),
            // in its own clause, the one person named before it
            (
                "Budi Santoso tiba dan Ketua DPR itu langsung bertemu Rina Wati .",
                &[m("budi-santoso", "rina-wati")],
            ),
        ],
    );
}

#[test]
fn a_name_joined_to_others_listed_between_dashes_is_in_the_group() {
    let m = |a: &str, b: &str| rel("meets", a, b);
    // (pairs in text order)
    let all = [
        m("budi-santoso", "andi-wijaya"),
        m("budi-santoso", "rina-wati"),
        m("rina-wati", "andi-wijaya"),
    ];
    table(
        &["meets"],
        &[
            (
                "Budi Santoso dan kedua tersangka lainnya -- Rina Wati dan Andi Wijaya -- bertemu dua kali .",
                &all,
            ),
            (
                "Budi Santoso and two other suspects -- Rina Wati and Andi Wijaya -- met twice .",
                &all,
            ),
            // no word of others: the list alone
            (
                "Budi Santoso dan kedua tersangka -- Rina Wati dan Andi Wijaya -- bertemu .",
                &[m("rina-wati", "andi-wijaya")],
            ),
            (
                "Budi Santoso and the suspects -- Rina Wati and Andi Wijaya -- met .",
                &[m("rina-wati", "andi-wijaya")],
            ),
        ],
    );
}

#[test]
fn a_chief_of_staff_title_spelled_out_names_its_force() {
    let h = |a: &str, b: &str| rel("holds_office", a, b);
    let run = |t: &str| {
        let mut g = gaz();
        let org = EntityType::Organisation;
        add(&mut g, "tni-ad", org, &["TNI AD", "TNI Angkatan Darat"]);
        add(&mut g, "tni-al", org, &["TNI AL"]);
        add(&mut g, "ksp", org, &["Kantor Staf Presiden", "KSP"]);
        add_people(&mut g);
        relations_of(t, &g, &["holds_office"])
    };
    check_cases(
        run,
        &[
            (
                "Hadir Kepala Staf Angkatan Darat Jenderal Budi Santoso dan Kepala Staf Angkatan Laut Laksamana Rina Wati .",
                &[h("budi-santoso", "tni-ad"), h("rina-wati", "tni-al")],
            ),
            (
                "Kepala Staf Kepresidenan Budi Santoso menerima tamu .",
                &[h("budi-santoso", "ksp")],
            ),
            (
                "Kepala Staf Angkatan Darat Budi Santoso told reporters the exercise was over .",
                &[h("budi-santoso", "tni-ad")],
            ),
            // a force the gazetteer does not know: none
            ("Kepala Staf Angkatan Udara Budi Santoso hadir .", &[]),
            ("Kepala Staf Angkatan Udara Budi Santoso attended .", &[]),
        ],
    );
}

#[test]
fn a_word_may_stand_between_a_titles_organisation_and_the_name() {
    let h = |a: &str, b: &str| rel("holds_office", a, b);
    table(
        &["holds_office"],
        &[
            (
                "Ketua Partai Maju petahana Budi Santoso kembali mencalonkan diri .",
                &[h("budi-santoso", "partai-maju")],
            ),
            (
                "The Partai Maju chairman incumbent Budi Santoso ran again .",
                &[h("budi-santoso", "partai-maju")],
            ),
            // another lowercase word is no part of the title
            (
                "Ketua Partai Maju menyebut Budi Santoso kembali mencalonkan diri .",
                &[],
            ),
        ],
    );
}

//! Issue 17, seventh round: visiting a person and talking with someone
//! as meetings, a name in apposition closed by a preposition, the seat of
//! an organisation before a comma and the name, members as office
//! holders, and the place closing an address as the target of an attack
//! or an arrival. Every sentence is written for the tests, in both
//! languages.

use super::tests::{gaz, Rel, P};
use super::tests_round3::{add, add_people, check_cases, rel, relations_of, with};
use crate::base::types::EntityType;

/// The relations of `text` (kinds in `kinds`), with a gazetteer that also
/// knows a police force, a parliament, a foundation, two towns and two
/// people of no office.
fn run7(text: &str, kinds: &[&str]) -> Vec<Rel> {
    let mut g = gaz();
    let org = EntityType::Organisation;
    let pl = EntityType::Place;
    add(&mut g, "polri", org, &["Polri", "Kepolisian RI"]);
    add(&mut g, "dpr", org, &["DPR", "DPR RI"]);
    let foundation = ["Yayasan Laut Biru", "Blue Sea Foundation"];
    add(&mut g, "laut-biru", org, &foundation);
    add(&mut g, "bogor", pl, &["Bogor"]);
    add(&mut g, "tangerang", pl, &["Tangerang"]);
    add_people(&mut g);
    relations_of(text, &g, kinds)
}

fn table(kinds: &[&str], cases: &[(&str, &[Rel])]) {
    check_cases(|t| run7(t, kinds), cases);
}

#[test]
fn visiting_a_person_and_talking_with_someone_are_meetings() {
    let m = |a: &str, b: &str| rel("meets", a, b);
    table(
        &["meets"],
        &[
            (
                "Budi Santoso menjenguk Rina Wati di rumah sakit .",
                &[m("budi-santoso", "rina-wati")],
            ),
            (
                "Beberapa kali , Budi Santoso mengunjungi Rina Wati di Bogor .",
                &[m("budi-santoso", "rina-wati")],
            ),
            (
                "Budi Santoso berencana membesuk Rina Wati di penjara .",
                &[with("meets", "budi-santoso", "rina-wati", P)],
            ),
            (
                "Budi Santoso dan rombongan kemudian melanjutkan ramah tamah dengan Rina Wati .",
                &[m("budi-santoso", "rina-wati")],
            ),
            // a visit to a place, its travellers, and the noun of a visit,
            // meet no one
            ("Budi Santoso mengunjungi Bogor .", &[]),
            ("Budi Santoso dan Rina Wati berkunjung ke Bogor .", &[]),
            ("Budi Santoso and Rina Wati visited Bogor together .", &[]),
            (
                "Rina Wati mengatakan kunjungan Budi Santoso ke Bogor berjalan lancar .",
                &[],
            ),
            (
                "Budi Santoso visited Rina Wati in hospital .",
                &[m("budi-santoso", "rina-wati")],
            ),
            (
                "Budi Santoso later chatted with Rina Wati .",
                &[m("budi-santoso", "rina-wati")],
            ),
            ("Budi Santoso visited Bogor .", &[]),
            (
                "Rina Wati said Budi Santoso's visit to Bogor went well .",
                &[],
            ),
        ],
    );
}

#[test]
fn appositions_closed_by_a_preposition_or_after_a_seat_and_members_hold_offices() {
    let h = |a: &str, b: &str| rel("holds_office", a, b);
    table(
        &["holds_office"],
        &[
            // a name closed by a preposition after a title with its
            // organisation
            (
                "\" Kami sudah siap , \" ujar Kabid Humas Polri , Kombes Budi Santoso dalam keterangannya .",
                &[h("budi-santoso", "polri")],
            ),
            (
                "\" We are ready , \" said the Head of Polri , Budi Santoso in a statement .",
                &[h("budi-santoso", "polri")],
            ),
            // a title without its organisation takes no name closed so
            ("Ia bertemu Kepala Humas , Budi Santoso di Bogor .", &[]),
            // the seat of the organisation before the comma and the name
            (
                "kata Direktur Yayasan Laut Biru Bogor , Budi Santoso , di Bogor .",
                &[h("budi-santoso", "laut-biru")],
            ),
            (
                "said the Director of the Blue Sea Foundation Bogor , Budi Santoso , in Bogor .",
                &[h("budi-santoso", "laut-biru")],
            ),
            // a deputy director with his unit and rank
            (
                "Wadir Lantas Polri AKBP Budi Santoso ikut hadir .",
                &[h("budi-santoso", "polri")],
            ),
            (
                "Polri Deputy Director Budi Santoso also attended .",
                &[h("budi-santoso", "polri")],
            ),
            // a member of a body of a parliament
            (
                "Anggota Komisi I DPR RI , Budi Santoso meminta penjelasan .",
                &[h("budi-santoso", "dpr")],
            ),
            (
                "DPR member Budi Santoso asked for an explanation .",
                &[h("budi-santoso", "dpr")],
            ),
            // a member of no named organisation holds no office
            ("Budi Santoso , anggota keluarga korban , hadir .", &[]),
            ("Budi Santoso , a member of the family , came .", &[]),
        ],
    );
}

#[test]
fn the_place_closing_an_address_is_the_target() {
    table(
        &["attacks", "visits"],
        &[
            (
                "Budi Santoso menyerang Pos Polisi Cikokol , Tangerang .",
                &[rel("attacks", "budi-santoso", "tangerang")],
            ),
            (
                "Budi Santoso attacked the Cikokol Police Post , Tangerang , on Monday .",
                &[rel("attacks", "budi-santoso", "tangerang")],
            ),
            (
                "Budi Santoso tiba di Kantor Imigrasi Kelas I , Bogor , Senin .",
                &[rel("visits", "budi-santoso", "bogor")],
            ),
            (
                "Budi Santoso flew to Atang Sendjaja Airbase , Bogor .",
                &[rel("visits", "budi-santoso", "bogor")],
            ),
            // a list of places closes no address; a person is no place
            (
                "Budi Santoso menyerang Pos Polisi Cikokol , Bogor dan Tangerang .",
                &[],
            ),
            (
                "Budi Santoso menyerang Pos Polisi , Rina Wati mengatakan .",
                &[],
            ),
            (
                "Budi Santoso attacked Police Post Cikokol , Bogor and Tangerang .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_bare_title_stands_for_the_one_person_shown_with_it() {
    let m = |a: &str, b: &str| rel("meets", a, b);
    table(
        &["meets"],
        &[
            (
                "Presiden Budi Santoso tiba di Bogor . Dalam acara itu , Presiden berbicara dengan Rina Wati .",
                &[m("budi-santoso", "rina-wati")],
            ),
            (
                "President Budi Santoso arrived in Bogor . At the dinner , President talked with Rina Wati .",
                &[m("budi-santoso", "rina-wati")],
            ),
            // two presidents shown before: none
            (
                "Presiden Budi Santoso bertemu Presiden Rusia Vladimir Putin . Presiden kemudian berbicara dengan Rina Wati .",
                &[m("budi-santoso", "vladimir-putin")],
            ),
            // a title inside a longer name stands for no one
            (
                "Presiden Budi Santoso tiba di Bogor . Rina Wati berbicara dengan staf Kantor Presiden .",
                &[],
            ),
            (
                "President Budi Santoso arrived in Bogor . Rina Wati spoke with the Office of the President staff .",
                &[],
            ),
            // an honorific between a preposition and the name
            (
                "Budi Santoso kemudian berbincang dengan Ustaz Rina Wati .",
                &[m("budi-santoso", "rina-wati")],
            ),
            (
                "Budi Santoso later chatted with Sheikh Rina Wati .",
                &[m("budi-santoso", "rina-wati")],
            ),
        ],
    );
}

#[test]
fn titles_after_the_name_name_their_organisation() {
    table(
        &["meets", "holds_office"],
        &[
            (
                "Budi Santoso , manajer proyek di Yayasan Laut Biru , mengatakan hal itu .",
                &[rel("holds_office", "budi-santoso", "laut-biru")],
            ),
            (
                "Budi Santoso , a project manager at the Blue Sea Foundation , said so .",
                &[rel("holds_office", "budi-santoso", "laut-biru")],
            ),
            // a list after the name is no apposition
            (
                "Ia bertemu dengan Budi Santoso , dan sejumlah anggota DPR .",
                &[],
            ),
            ("He met Budi Santoso , and several DPR members .", &[]),
            // a place after the title is a seat, no organisation
            (
                "Budi Santoso , manajer proyek di Bogor , mengatakan hal itu .",
                &[],
            ),
        ],
    );
}

//! Issue 17, twelfth round: a complaint to the police is an accusation
//! ("melaporkan X ke polisi", "reported X to the police"), a committee of
//! inquiry into an organisation is no body of it ("Ketua Pansus Angket X
//! Y"), an investigator holds a post ("penyidik X Y", "X investigator
//! Y"), a walkabout is a visit ("blusukan ke X", "a walkabout in X"), a
//! portfolio may follow a title's organisation ("Ketua X Bidang Y , Z"),
//! and "Wakil" before a title opening the sentence keeps it opening
//! ("Wakil Ketua X , Y mengatakan").
//! Every sentence is written for the tests, in both languages.

use super::tests::{gaz, Rel};
use super::tests_round3::{add, add_people, check_cases, rel, relations_of};
use crate::base::types::EntityType;

/// The relations of `text` (kinds in `kinds`), with a gazetteer that also
/// knows an anti-corruption agency, a parliament, a police station, a
/// village and three people of no office.
fn run12(text: &str, kinds: &[&str]) -> Vec<Rel> {
    let mut g = gaz();
    add(
        &mut g,
        "lembaga-antikorupsi",
        EntityType::Organisation,
        &["Lembaga Antikorupsi", "LAK"],
    );
    add(
        &mut g,
        "dewan-rakyat",
        EntityType::Organisation,
        &["Dewan Rakyat", "DR"],
    );
    add(
        &mut g,
        "polres-kota-baru",
        EntityType::Organisation,
        &["Polres Kota Baru"],
    );
    add(
        &mut g,
        "kelurahan-sukamaju",
        EntityType::Place,
        &["Kelurahan Sukamaju"],
    );
    add(&mut g, "andi-wijaya", EntityType::Person, &["Andi Wijaya"]);
    add_people(&mut g);
    relations_of(text, &g, kinds)
}

fn table(kinds: &[&str], cases: &[(&str, &[Rel])]) {
    check_cases(|t| run12(t, kinds), cases);
}

#[test]
fn a_complaint_to_the_police_is_an_accusation() {
    let c = |a: &str, b: &str| rel("criticizes", a, b);
    table(
        &["criticizes"],
        &[
            (
                "Rina Wati melaporkan Budi Santoso ke Polres Kota Baru karena dugaan penipuan .",
                &[c("rina-wati", "budi-santoso")],
            ),
            // across an apposition set off by commas
            (
                "Rina Wati melaporkan Budi Santoso , adik Andi Wijaya , ke polisi .",
                &[c("rina-wati", "budi-santoso")],
            ),
            (
                "Rina Wati mengadukan Budi Santoso ke pihak kepolisian atas dugaan fitnah .",
                &[c("rina-wati", "budi-santoso")],
            ),
            (
                "Rina Wati reported Budi Santoso to the police on Monday .",
                &[c("rina-wati", "budi-santoso")],
            ),
            (
                "Rina Wati reported Budi Santoso , a local trader , to police .",
                &[c("rina-wati", "budi-santoso")],
            ),
        ],
    );
}

#[test]
fn reporting_without_the_police_is_no_accusation() {
    table(
        &["criticizes"],
        &[
            // news reporting: the party is the subject of what is reported
            (
                "Rina Wati melaporkan Budi Santoso sudah tiba di kantor .",
                &[],
            ),
            ("Rina Wati reported Budi Santoso had left the city .", &[]),
            // a report to someone, no complaint against them
            (
                "Rina Wati melaporkan kepada Budi Santoso hasil rapat itu .",
                &[],
            ),
            ("Rina Wati reported to Budi Santoso on Monday .", &[]),
            // the apposition does not close before the police
            (
                "Rina Wati melaporkan Budi Santoso , karena ia datang ke polisi .",
                &[],
            ),
            // a passive with no agent or a noun reads nothing (a passive
            // with its agent is a complaint since the thirteenth round,
            // tests_round13.rs)
            ("Budi Santoso dilaporkan ke polisi .", &[]),
            (
                "Laporan Rina Wati atas Budi Santoso ke polisi ditolak .",
                &[],
            ),
        ],
    );
}

// The reported party may close a text with no full stop: no token past it
// is read.
#[test]
fn a_complaint_ending_the_text_reads_no_word_past_it() {
    table(
        &["criticizes"],
        &[
            ("Rina Wati melaporkan Budi Santoso", &[]),
            ("Rina Wati melaporkan Budi Santoso ,", &[]),
            ("Rina Wati melaporkan Budi Santoso , adik Andi Wijaya", &[]),
            ("Rina Wati reported Budi Santoso", &[]),
            ("Rina Wati reported Budi Santoso , a trader ,", &[]),
        ],
    );
}

#[test]
fn a_committee_of_inquiry_is_no_body_of_the_organisation() {
    let h = |a: &str, b: &str| rel("holds_office", a, b);
    table(
        &["holds_office"],
        &[
            (
                "Ketua Pansus Angket Lembaga Antikorupsi Budi Santoso mengatakan itu .",
                &[],
            ),
            (
                "Ketua Panitia Khusus Hak Angket LAK Budi Santoso mengatakan itu .",
                &[],
            ),
            ("Ketua Komisi Angket LAK Budi Santoso mengatakan itu .", &[]),
            (
                "Chairman of the LAK Inquiry Committee Budi Santoso said it .",
                &[],
            ),
            // a committee of the organisation itself keeps its office
            (
                "Ketua Komisi III Dewan Rakyat Budi Santoso mengatakan itu .",
                &[h("budi-santoso", "dewan-rakyat")],
            ),
            (
                "Ketua Dewan Pengawas LAK Budi Santoso mengatakan itu .",
                &[h("budi-santoso", "lembaga-antikorupsi")],
            ),
            // a title ending the text
            ("Ketua Pansus Angket LAK", &[]),
        ],
    );
}

#[test]
fn an_investigator_holds_a_post() {
    let h = |a: &str, b: &str| rel("holds_office", a, b);
    table(
        &["holds_office"],
        &[
            (
                "Penyidik Lembaga Antikorupsi Budi Santoso diperiksa .",
                &[h("budi-santoso", "lembaga-antikorupsi")],
            ),
            (
                "Menurut penyidik senior LAK , Rina Wati , kasus itu selesai .",
                &[h("rina-wati", "lembaga-antikorupsi")],
            ),
            (
                "Rina Wati , a senior investigator at the LAK , said it .",
                &[h("rina-wati", "lembaga-antikorupsi")],
            ),
            (
                "LAK investigator Budi Santoso said it .",
                &[h("budi-santoso", "lembaga-antikorupsi")],
            ),
            // no name in apposition: the investigators act on someone
            ("Penyidik LAK memeriksa Budi Santoso di kantornya .", &[]),
            ("Investigators of the LAK questioned Budi Santoso .", &[]),
            ("Penyidik LAK", &[]),
        ],
    );
}

#[test]
fn a_walkabout_is_a_visit() {
    let v = |a: &str, b: &str| rel("visits", a, b);
    table(
        &["visits"],
        &[
            (
                "Budi Santoso blusukan ke Kelurahan Sukamaju , Jakarta Timur .",
                &[v("budi-santoso", "kelurahan-sukamaju")],
            ),
            (
                "Budi Santoso went on a walkabout in Kelurahan Sukamaju .",
                &[v("budi-santoso", "kelurahan-sukamaju")],
            ),
            // no place named
            ("Budi Santoso blusukan bersama warga pada Senin .", &[]),
            ("Budi Santoso ended his walkabout early .", &[]),
            ("Budi Santoso blusukan ke", &[]),
        ],
    );
}

#[test]
fn a_portfolio_after_the_organisation_keeps_the_apposition() {
    let h = |a: &str, b: &str| rel("holds_office", a, b);
    table(
        &["holds_office"],
        &[
            (
                "Wakil Ketua Umum Lembaga Antikorupsi Bidang Pencegahan , Budi Santoso mengatakan itu .",
                &[h("budi-santoso", "lembaga-antikorupsi")],
            ),
            (
                "Menurut Ketua LAK Urusan Luar Negeri , Rina Wati , rapat itu selesai .",
                &[h("rina-wati", "lembaga-antikorupsi")],
            ),
            (
                "Deputy Chairman of the LAK for Prevention , Budi Santoso , said it .",
                &[h("budi-santoso", "lembaga-antikorupsi")],
            ),
            // lowercase words after the organisation are no portfolio
            (
                "Ketua LAK bidang hukum , Rina Wati , hadir .",
                &[],
            ),
            (
                "The chairman of the LAK for years , Rina Wati , left .",
                &[],
            ),
            // the text ends in the portfolio
            ("Ketua LAK Bidang", &[]),
            ("Ketua LAK Bidang Pencegahan", &[]),
            ("Chairman of the LAK for Prevention", &[]),
        ],
    );
}

#[test]
fn a_deputy_title_opening_the_sentence_takes_its_apposed_name() {
    let h = |a: &str, b: &str| rel("holds_office", a, b);
    table(
        &["holds_office"],
        &[
            (
                "Wakil Ketua Umum LAK , Budi Santoso mengatakan itu .",
                &[h("budi-santoso", "lembaga-antikorupsi")],
            ),
            (
                "Plt Ketua LAK , Rina Wati menjawab pertanyaan itu .",
                &[h("rina-wati", "lembaga-antikorupsi")],
            ),
            (
                "Deputy Chairman of the LAK , Budi Santoso said it .",
                &[h("budi-santoso", "lembaga-antikorupsi")],
            ),
            // the title does not open the sentence: the name may be the
            // subject of the verb after it
            (
                "Usai bertemu Wakil Ketua LAK , Budi Santoso mengatakan itu .",
                &[],
            ),
            (
                "After meeting the Deputy Chairman of the LAK , Budi Santoso said it .",
                &[],
            ),
            // the text ends after the comma or the name
            ("Wakil Ketua LAK ,", &[]),
            (
                "Wakil Ketua LAK , Budi Santoso",
                &[h("budi-santoso", "lembaga-antikorupsi")],
            ),
        ],
    );
}

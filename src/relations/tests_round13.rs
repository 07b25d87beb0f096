//! Issue 17, thirteenth round: a passive complaint has its agent as the
//! complainant ("X dilaporkan Y ke polisi", "X was reported to the police
//! by Y"), the grounds of a complaint serve as its police phrase
//! ("melaporkan X atas dugaan ...", "reported X for alleged ..."), a
//! finding of abuse of power or of breaking the law is a verdict ("menilai
//! X menyalahgunakan wewenang", "called X's decision illegal"), and a
//! negation between the party and the verdict leaves none ("menilai X
//! tidak melanggar hukum").
//! Every sentence is written for the tests, in both languages.

use super::tests::{gaz, Rel};
use super::tests_round3::{add, add_people, check_cases, rel, relations_of};
use crate::base::types::EntityType;

/// The relations of `text` (kinds in `kinds`), with a gazetteer that also
/// knows a court, an association and three people of no office.
fn run13(text: &str, kinds: &[&str]) -> Vec<Rel> {
    let mut g = gaz();
    add(
        &mut g,
        "mahkamah-negeri",
        EntityType::Organisation,
        &["Mahkamah Negeri", "MN"],
    );
    add(
        &mut g,
        "ikatan-warga",
        EntityType::Organisation,
        &["Ikatan Warga Bersatu", "IWB"],
    );
    add(&mut g, "andi-wijaya", EntityType::Person, &["Andi Wijaya"]);
    add_people(&mut g);
    relations_of(text, &g, kinds)
}

fn table(cases: &[(&str, &[Rel])]) {
    check_cases(|t| run13(t, &["criticizes"]), cases);
}

fn c(a: &str, b: &str) -> Rel {
    rel("criticizes", a, b)
}

#[test]
fn a_passive_complaint_has_its_agent_complaining() {
    table(&[
        (
            "Budi Santoso dilaporkan Rina Wati ke polisi .",
            &[c("rina-wati", "budi-santoso")],
        ),
        (
            "Pekan lalu , Budi Santoso dilaporkan oleh Ikatan Warga Bersatu ke Polres karena dugaan penipuan .",
            &[c("ikatan-warga", "budi-santoso")],
        ),
        (
            "Budi Santoso diadukan ke polisi oleh Rina Wati .",
            &[c("rina-wati", "budi-santoso")],
        ),
        (
            "Budi Santoso dilaporkan Rina Wati atas dugaan pencemaran nama baik .",
            &[c("rina-wati", "budi-santoso")],
        ),
        (
            "Budi Santoso was reported to the police by Rina Wati on Monday .",
            &[c("rina-wati", "budi-santoso")],
        ),
        (
            "Last week Budi Santoso was reported by Rina Wati to police .",
            &[c("rina-wati", "budi-santoso")],
        ),
    ]);
}

#[test]
fn a_passive_report_without_agent_or_police_is_no_complaint() {
    table(&[
        // news reporting: "dilaporkan" = it was reported
        (
            "Budi Santoso dilaporkan Rina Wati sudah tiba di kantor .",
            &[],
        ),
        ("Budi Santoso dilaporkan tewas oleh Rina Wati .", &[]),
        ("Budi Santoso was reported by Rina Wati to have left .", &[]),
        ("Budi Santoso was reported missing by Rina Wati .", &[]),
        // no agent: the complainant is unnamed
        ("Budi Santoso dilaporkan ke polisi pekan lalu .", &[]),
        ("Budi Santoso was reported to the police .", &[]),
        // a report to someone is no complaint
        (
            "Hasil rapat dilaporkan Rina Wati kepada Budi Santoso .",
            &[],
        ),
    ]);
}

#[test]
fn the_grounds_of_a_complaint_serve_as_its_police_phrase() {
    table(&[
        (
            "Rina Wati melaporkan Budi Santoso atas dugaan pencemaran nama baik .",
            &[c("rina-wati", "budi-santoso")],
        ),
        (
            "Rina Wati mengadukan Budi Santoso , adik Andi Wijaya , dengan tuduhan penipuan .",
            &[c("rina-wati", "budi-santoso")],
        ),
        (
            "Rina Wati reported Budi Santoso for alleged fraud .",
            &[c("rina-wati", "budi-santoso")],
        ),
        // no grounds and no police: news reporting
        (
            "Rina Wati melaporkan Budi Santoso dalam keadaan sehat .",
            &[],
        ),
        ("Rina Wati reported Budi Santoso for the first time .", &[]),
    ]);
}

#[test]
fn a_finding_of_a_wrongdoing_is_a_verdict() {
    table(&[
        (
            "Mahkamah Negeri menilai Budi Santoso menyalahgunakan wewenang .",
            &[c("mahkamah-negeri", "budi-santoso")],
        ),
        (
            "Rina Wati menilai Ikatan Warga Bersatu telah melanggar hukum .",
            &[c("rina-wati", "ikatan-warga")],
        ),
        (
            "Rina Wati menyebut Ikatan Warga Bersatu ilegal .",
            &[c("rina-wati", "ikatan-warga")],
        ),
        (
            "Rina Wati described Ikatan Warga Bersatu as unlawful .",
            &[c("rina-wati", "ikatan-warga")],
        ),
        (
            "Rina Wati called Ikatan Warga Bersatu illegal .",
            &[c("rina-wati", "ikatan-warga")],
        ),
    ]);
}

#[test]
fn a_negated_verdict_is_no_criticism() {
    table(&[
        (
            "Mahkamah Negeri menilai Budi Santoso tidak melanggar hukum .",
            &[],
        ),
        ("Rina Wati menilai Budi Santoso tidak gagal .", &[]),
        (
            "Rina Wati menyebut Ikatan Warga Bersatu bukan organisasi ilegal .",
            &[],
        ),
        ("Rina Wati called Ikatan Warga Bersatu not illegal .", &[]),
        ("Rina Wati considered Budi Santoso never a failure .", &[]),
    ]);
}

// The reported party or the agent may close a text with no full stop: no
// token past it is read.
#[test]
fn a_passive_complaint_ending_the_text_reads_no_word_past_it() {
    table(&[
        ("Budi Santoso dilaporkan Rina Wati", &[]),
        ("Budi Santoso dilaporkan oleh Rina Wati", &[]),
        ("Budi Santoso dilaporkan ke polisi oleh", &[]),
        (
            "Budi Santoso dilaporkan ke polisi oleh Rina Wati",
            &[c("rina-wati", "budi-santoso")],
        ),
        ("Budi Santoso dilaporkan", &[]),
        ("Budi Santoso was reported to the police by", &[]),
        ("Budi Santoso was reported by Rina Wati", &[]),
        ("Rina Wati melaporkan Budi Santoso atas", &[]),
        ("Mahkamah Negeri menilai Budi Santoso tidak", &[]),
    ]);
}

#[test]
fn the_agent_of_the_thing_judged_and_coordinated_parties_are_judged() {
    table(&[
        (
            "Rina Wati menilai operasi yang dilakukan Ikatan Warga Bersatu selama ini ilegal .",
            &[c("rina-wati", "ikatan-warga")],
        ),
        (
            "Rina Wati called the raids carried out by Ikatan Warga Bersatu illegal .",
            &[c("rina-wati", "ikatan-warga")],
        ),
        (
            "Rina Wati menilai Budi Santoso dan Andi Wijaya gagal .",
            &[
                c("rina-wati", "budi-santoso"),
                c("rina-wati", "andi-wijaya"),
            ],
        ),
        (
            "Rina Wati called Budi Santoso and Andi Wijaya a failure .",
            &[
                c("rina-wati", "budi-santoso"),
                c("rina-wati", "andi-wijaya"),
            ],
        ),
        (
            "Rina Wati considers Ikatan Warga Bersatu so far a failure .",
            &[c("rina-wati", "ikatan-warga")],
        ),
        // no verdict, or a verdict on someone else
        (
            "Rina Wati menilai operasi yang dilakukan Budi Santoso berhasil .",
            &[],
        ),
        (
            "Rina Wati menilai Budi Santoso dan Andi Wijaya sudah bekerja keras .",
            &[],
        ),
        (
            "Rina Wati menilai Budi Santoso selama ini bekerja dengan baik .",
            &[],
        ),
        (
            "Rina Wati called the raids carried out by Budi Santoso a success .",
            &[],
        ),
        // the agent phrase opens too far from the verb
        (
            "Rina Wati menilai hasil kerja keras tim lapangan yang dilakukan Budi Santoso gagal .",
            &[],
        ),
    ]);
}

#[test]
fn a_judged_agent_or_conjunct_ending_the_text_reads_no_word_past_it() {
    table(&[
        ("Rina Wati menilai operasi yang dilakukan", &[]),
        ("Rina Wati menilai operasi yang dilakukan Budi Santoso", &[]),
        ("Rina Wati menilai Budi Santoso dan", &[]),
        ("Rina Wati menilai Budi Santoso dan Andi Wijaya", &[]),
        ("Rina Wati menilai Budi Santoso selama ini", &[]),
        ("Rina Wati called the raids carried out by", &[]),
        ("Rina Wati called Budi Santoso so far", &[]),
    ]);
}

#[test]
fn a_wrongdoing_by_someone_is_an_accusation() {
    table(&[
        (
            "Rina Wati melihat ada upaya penyalahgunaan kekuasaan yang dilakukan Budi Santoso .",
            &[c("rina-wati", "budi-santoso")],
        ),
        (
            "Menurut Rina Wati , terjadi penyimpangan prosedur oleh Ikatan Warga Bersatu .",
            &[c("rina-wati", "ikatan-warga")],
        ),
        (
            "Rina Wati spoke of an abuse of power by Budi Santoso .",
            &[c("rina-wati", "budi-santoso")],
        ),
        (
            "Rina Wati pointed to misconduct committed by Ikatan Warga Bersatu .",
            &[c("rina-wati", "ikatan-warga")],
        ),
        // alleged or investigated: no accusation
        (
            "Mahkamah Negeri memeriksa dugaan penyalahgunaan wewenang yang dilakukan Budi Santoso .",
            &[],
        ),
        (
            "Mahkamah Negeri is investigating alleged misconduct by Budi Santoso .",
            &[],
        ),
        // no agent named, or the agent too far
        (
            "Rina Wati melihat ada penyalahgunaan kekuasaan di kantor Budi Santoso .",
            &[],
        ),
        (
            "Rina Wati menolak penyalahgunaan dana bantuan sosial warga yang dilakukan Budi Santoso .",
            &[],
        ),
        // the verb is a judging verb, which needs a verdict
        ("Budi Santoso menyalahgunakan wewenang Rina Wati .", &[]),
    ]);
}

#[test]
fn a_wrongdoing_ending_the_text_reads_no_word_past_it() {
    table(&[
        ("Rina Wati melihat penyalahgunaan", &[]),
        ("Rina Wati melihat penyalahgunaan kekuasaan yang", &[]),
        ("Rina Wati melihat penyalahgunaan kekuasaan oleh", &[]),
        (
            "Rina Wati melihat penyalahgunaan kekuasaan oleh Budi Santoso",
            &[c("rina-wati", "budi-santoso")],
        ),
        ("Rina Wati spoke of misconduct by", &[]),
        ("Rina Wati spoke of an abuse of power", &[]),
    ]);
}

#[test]
fn a_description_opening_a_sentence_stands_for_the_first_person_before() {
    table(&[
        (
            "Rina Wati menilai wajar desakan agar Budi Santoso mundur . Pria yang juga menjabat sebagai anggota dewan itu menilai Budi Santoso sudah tak layak .",
            // "Pria ... itu" is Rina Wati (a woman would be "Wanita";
            // the words are not checked for sex)
            &[c("rina-wati", "budi-santoso")],
        ),
        (
            "Rina Wati said the plan was wise , but Budi Santoso should quit . The woman , who also chairs a local council , called Budi Santoso a failure .",
            &[c("rina-wati", "budi-santoso")],
        ),
        // not the sentence right before
        (
            "Rina Wati menilai wajar desakan itu . Rapat berlangsung lama . Pria yang juga anggota dewan itu menilai Budi Santoso gagal .",
            &[],
        ),
        // a person named inside the description: it stands for no one
        // (the name inside stays the nearest subject, as before)
        (
            "Rina Wati hadir . Pria yang juga adik Andi Wijaya itu menilai Budi Santoso gagal .",
            &[c("andi-wijaya", "budi-santoso")],
        ),
        // no closing word: no description
        (
            "Rina Wati hadir . Pria yang juga anggota dewan menilai Budi Santoso gagal .",
            &[],
        ),
    ]);
}

#[test]
fn a_description_ending_the_text_reads_no_word_past_it() {
    table(&[
        ("Rina Wati hadir . Pria yang", &[]),
        ("Rina Wati hadir . Pria yang juga anggota dewan itu", &[]),
        ("Rina Wati attended . The man , who", &[]),
        ("Rina Wati attended . The man , who chairs it ,", &[]),
        ("Pria", &[]),
    ]);
}

#[test]
fn an_arrest_warrant_is_an_accusation() {
    table(&[
        (
            "Pada 2004 , Pengadilan Rusia mengeluarkan surat perintah penangkapan bagi Budi Santoso atas tuduhan penipuan .",
            &[c("russia", "budi-santoso")],
        ),
        (
            "Mahkamah Negeri menerbitkan surat perintah penangkapan terhadap Budi Santoso .",
            &[c("mahkamah-negeri", "budi-santoso")],
        ),
        (
            "The Mahkamah Negeri issued an arrest warrant for Budi Santoso on Friday .",
            &[c("mahkamah-negeri", "budi-santoso")],
        ),
        (
            "Russia issued an arrest warrant against Budi Santoso .",
            &[c("russia", "budi-santoso")],
        ),
        // a person issues none; an arrest is no warrant
        (
            "Rina Wati mengeluarkan surat perintah penangkapan bagi Budi Santoso .",
            &[],
        ),
        ("Russia announced the arrest of Budi Santoso .", &[]),
        // a court of a person is a trial, and no state
        ("Pengadilan Budi Santoso menuduh Rina Wati .", &[]),
    ]);
}

#[test]
fn a_warrant_ending_the_text_reads_no_word_past_it() {
    table(&[
        ("Russia issued an arrest warrant", &[]),
        ("Russia issued an arrest warrant for", &[]),
        (
            "Mahkamah Negeri menerbitkan surat perintah penangkapan terhadap Budi Santoso",
            &[c("mahkamah-negeri", "budi-santoso")],
        ),
        ("Pengadilan Rusia", &[]),
    ]);
}

#[test]
fn a_commissioner_and_a_division_head_hold_posts() {
    let h = |a: &str, b: &str| rel("holds_office", a, b);
    check_cases(
        |t| run13(t, &["holds_office"]),
        &[
            (
                "Pernyataan itu ditanggapi oleh Komisioner Ikatan Warga Bersatu , Budi Santoso .",
                &[h("budi-santoso", "ikatan-warga")],
            ),
            (
                "Kadiv Humas Ikatan Warga Bersatu Irjen Budi Santoso menegaskan , pihaknya siap .",
                &[h("budi-santoso", "ikatan-warga")],
            ),
            (
                "IWB Commissioner Budi Santoso said the plan was sound .",
                &[h("budi-santoso", "ikatan-warga")],
            ),
            // no name after the title, or a rank that is no post
            ("Komisioner itu menegaskan , pihaknya siap .", &[]),
            (
                "Komisaris Besar Budi Santoso menegaskan , pihaknya siap .",
                &[],
            ),
            // the title may close the text
            (
                "Pernyataan itu ditanggapi oleh Komisioner Ikatan Warga Bersatu",
                &[],
            ),
            ("Kadiv Humas", &[]),
        ],
    );
}

#[test]
fn condemning_an_attack_criticises_the_attacker() {
    table(&[
        (
            "Rusia mengecam keras serangan militer Ikatan Warga Bersatu di desa itu .",
            &[c("russia", "ikatan-warga")],
        ),
        (
            "Rina Wati memprotes tindakan berbahaya Ikatan Warga Bersatu .",
            &[c("rina-wati", "ikatan-warga")],
        ),
        (
            "Russia condemned the deadly attacks by Ikatan Warga Bersatu .",
            &[c("russia", "ikatan-warga")],
        ),
        // an attack on the party ("on" is no possessor's preposition), or
        // by no one named, criticises no one
        ("Russia condemned the attack on Ikatan Warga Bersatu .", &[]),
        ("Rusia mengecam serangan di desa itu .", &[]),
        // modifiers alone are no object
        ("Rusia mengecam keras militer di desa itu .", &[]),
        // the object may close the text
        ("Rusia mengecam keras serangan militer", &[]),
        ("Russia condemned the attacks by", &[]),
    ]);
}

#[test]
fn foreign_ministers_other_titles_and_a_state_counsellor() {
    let h = |a: &str, b: &str| rel("holds_office", a, b);
    check_cases(
        |t| run13(t, &["holds_office"]),
        &[
            (
                "Russia's Secretary of Foreign Affairs , Budi Santoso , is visiting .",
                &[h("budi-santoso", "russia")],
            ),
            (
                "Russian External Affairs Minister Budi Santoso met reporters .",
                &[h("budi-santoso", "russia")],
            ),
            (
                "Rina Wati bertemu State Counsellor Rusia Budi Santoso .",
                &[h("budi-santoso", "russia")],
            ),
            (
                "Rina Wati bertemu Penasihat Negara Rusia Budi Santoso .",
                &[h("budi-santoso", "russia")],
            ),
            // no country: no office
            (
                "Budi Santoso also met Minister for Foreign Affairs Rina Wati .",
                &[],
            ),
            ("Rina Wati bertemu State Counsellor", &[]),
        ],
    );
}

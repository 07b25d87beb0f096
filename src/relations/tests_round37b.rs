//! Issue 17, thirty-seventh round, part B: receptions of groups of envoys
//! (`meets`). A counted group as the subject of a passive reception, its
//! agent maybe past a place and a date; a group of envoys named again
//! with a participle ("The envoys accredited were"), with "antara lain",
//! or with its members apposed between commas; a shortened first name
//! ("Muh.") that ends no sentence; the host of a received visit, who
//! makes no visit. Every sentence is written for the tests, with traps
//! that must give no meeting (or not the wrong one).

use super::tests::Rel;
use super::tests_round3::{check_cases, met, rel, relations_with, BUDI, RINA};
use super::tests_round31b::TOMAS;
use super::tests_round34b::{run, ANDI, DEWI};
use crate::base::types::EntityType;

/// The meetings of `text`.
fn meets(text: &str) -> Vec<Rel> {
    run(text, &["meets"])
}

#[test]
fn a_passive_group_received_by_a_host() {
    check_cases(
        meets,
        &[
            (
                "Five new ambassadors to Peru were received at the palace on June 2, 2023 by President Budi Santoso. They were Rina Wati of Chile and Tomas Vidal of Gambia.",
                &[met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            (
                "Three ministers were welcomed by Budi Santoso in Lima. They were Rina Wati, Tomas Vidal and Andi Pratama.",
                &[met(ANDI, BUDI), met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            (
                "Selama dua hari, empat duta besar dari negara-negara sahabat dijamu Budi Santoso di Lima. Mereka adalah Rina Wati, Tomas Vidal dan Andi Pratama.",
                &[met(ANDI, BUDI), met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            // trap: a person between the count and the trigger is its subject
            (
                "Three weeks later Dewi Lestari was welcomed by Budi Santoso. They were Rina Wati and Tomas Vidal.",
                &[met(BUDI, DEWI)],
            ),
            // trap: no agent named, no host
            (
                "Five new ambassadors were received at the palace on Monday. They were Rina Wati and Tomas Vidal.",
                &[],
            ),
            // trap: a relative clause stands between the trigger and the agent
            (
                "Five new ambassadors were received at the palace, which was restored by Budi Santoso. They were Rina Wati and Tomas Vidal.",
                &[],
            ),
        ],
    );
}

#[test]
fn envoys_named_again_with_a_participle_or_a_link() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso received the letters of credence of three new ambassadors. The envoys accredited were Rina Wati, Ambassador of Chile, Tomas Vidal, Ambassador of Peru, and Andi Pratama, Ambassador of Gambia.",
                &[met(ANDI, BUDI), met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            (
                "Budi Santoso menerima surat kepercayaan dari tiga duta besar. Para duta besar yang baru itu adalah Rina Wati, Tomas Vidal dan Andi Pratama.",
                &[met(ANDI, BUDI), met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            (
                "Budi Santoso menerima sejumlah duta besar di Lima. Para dubes itu antara lain Rina Wati, Tomas Vidal dan Andi Pratama.",
                &[met(ANDI, BUDI), met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            // trap: no group before the renamed envoys
            (
                "The envoys accredited were Rina Wati and Tomas Vidal.",
                &[],
            ),
            // trap: a participle of no class between the noun and its link
            (
                "Budi Santoso received the letters of credence of three new ambassadors. The envoys expelled were Rina Wati and Tomas Vidal.",
                &[],
            ),
        ],
    );
}

#[test]
fn envoys_named_again_with_their_names_apposed() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso received the credentials of three new ambassadors on Monday. The envoys, Chile's Rina Wati, Peru's Tomas Vidal and Gambia's Andi Pratama, were received at the palace in Lima.",
                &[met(ANDI, BUDI), met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            (
                "Budi Santoso menerima surat kepercayaan dari tiga duta besar. Para duta besar itu, Rina Wati, Tomas Vidal dan Andi Pratama, kemudian berfoto bersama.",
                &[met(ANDI, BUDI), met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            // trap: one name between the commas is a speaker, no list
            (
                "Budi Santoso received the credentials of three new ambassadors. The envoys, Rina Wati said, came from Chile and Peru.",
                &[],
            ),
            // trap: the apposed list ends at the comma before its verb
            (
                "Budi Santoso received the credentials of three new ambassadors. The envoys, Rina Wati and Tomas Vidal, were later thanked by Dewi Lestari and Andi Pratama.",
                &[met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
        ],
    );
}

#[test]
fn a_shortened_first_name_ends_no_sentence() {
    let meets = |text: &str| {
        relations_with(
            text,
            &[
                (ANDI, EntityType::Person, &["Muh. Andi Pratama"]),
                (TOMAS, EntityType::Person, &["Syed Md. Tomas Vidal"]),
            ],
            &[("chile", "Chile", "Chilean")],
            &["meets"],
        )
    };
    check_cases(
        meets,
        &[
            (
                "Sekretaris Daerah Chile, Muh. Andi Pratama, menerima kunjungan tiga duta besar di Chile. Mereka adalah Rina Wati dan Budi Santoso.",
                &[met(ANDI, BUDI), met(ANDI, RINA)],
            ),
            (
                "Presiden Rina Wati menerima surat kepercayaan dari dua duta besar. Mereka adalah Syed Md. Tomas Vidal, Duta Besar Chile; dan Budi Santoso, Duta Besar Chile.",
                &[met(BUDI, RINA), met(RINA, TOMAS)],
            ),
        ],
    );
}

#[test]
fn the_host_of_a_received_visit_is_no_visitor() {
    let visits = |text: &str| run(text, &["visits"]);
    check_cases(
        visits,
        &[
            (
                "Budi Santoso menerima kunjungan tiga duta besar di Lima.",
                &[],
            ),
            (
                "Budi Santoso received a visit from three envoys in Lima.",
                &[],
            ),
            // trap: the visitor's own visit still counts
            (
                "Budi Santoso melakukan kunjungan kerja ke Lima.",
                &[rel("visits", BUDI, "lima")],
            ),
        ],
    );
}

#[test]
fn more_greeters_of_the_guest_before() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso tiba di Lima. Di bawah tangga pesawat, Budi Santoso disambut oleh Rina Wati dan Dewi Lestari. Di ujung barisan kehormatan, turut menyambut Menteri Luar Negeri Chile Tomas Vidal dan Andi Pratama.",
                &[
                    met(ANDI, BUDI),
                    met(BUDI, DEWI),
                    met(BUDI, RINA),
                    met(BUDI, TOMAS),
                ],
            ),
            (
                "Budi Santoso arrived in Lima on Monday and was received at the airport by Rina Wati. Also welcoming the visitor was Tomas Vidal, the Chilean ambassador to Peru.",
                &[met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            (
                "Budi Santoso arrived in Lima on Monday. He was welcomed at the airport by Rina Wati. Also present to receive the guest were Tomas Vidal and Andi Pratama.",
                &[met(ANDI, BUDI), met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            // trap: the clause has a subject of its own
            (
                "Budi Santoso disambut oleh Rina Wati dan Dewi Lestari. Andi Pratama juga turut menyambut Tomas Vidal.",
                &[met(ANDI, TOMAS), met(BUDI, DEWI), met(BUDI, RINA)],
            ),
            // trap: one meeting before, of no visitor: no guest known
            (
                "Budi Santoso met Rina Wati in Lima. Also welcoming the visitor was Tomas Vidal.",
                &[met(BUDI, RINA)],
            ),
            // trap: no reception in the sentence right before
            (
                "Budi Santoso disambut oleh Rina Wati dan Dewi Lestari. Cuaca cerah. Turut menyambut Tomas Vidal.",
                &[met(BUDI, DEWI), met(BUDI, RINA)],
            ),
        ],
    );
}

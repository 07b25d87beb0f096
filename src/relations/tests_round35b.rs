//! Issue 17, thirty-fifth round, part B: receptions of credentials and
//! meetings (`meets`). An uncounted group of envoys after a ceremony
//! trigger, its origins stated ("negara sahabat"; "of X , Y and Z"), its
//! list opened by "Di antara mereka adalah" or by the renamed credentials
//! ("The letters were presented by"); a collective count of eleven and
//! more ("Kedua belas duta besar itu adalah"); a list going on past a
//! clause of places ("yang berkedudukan di X , yakni"); a first member
//! right after the opener's preposition; an envoy's country after a
//! determiner ("of The Gambia"); a meeting frame opening a sentence
//! ("Dalam pertemuan dengan X , kedua pihak ..."). Every sentence is
//! written for the tests, with traps that must give no meeting (or not
//! the wrong one).

use super::tests::Rel;
use super::tests_round3::{check_cases, met, office, BUDI, RINA};
use super::tests_round31b::TOMAS;
use super::tests_round34b::{run, ANDI, DEWI};

/// The meetings of `text`.
fn meets(text: &str) -> Vec<Rel> {
    run(text, &["meets"])
}

/// The offices of `text`.
fn offices(text: &str) -> Vec<Rel> {
    run(text, &["holds_office"])
}

#[test]
fn an_uncounted_group_of_envoys_after_credentials() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso menerima surat kepercayaan dari duta besar luar biasa dan berkuasa penuh negara sahabat di Lima. Di antara mereka adalah Rina Wati, Duta Besar Chile; Tomas Vidal, Duta Besar Peru; dan Andi Pratama, Duta Besar Chile.",
                &[met(ANDI, BUDI), met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            (
                "Budi Santoso received letters of credence from the new ambassadors of Chile and Peru. The letters were presented by Rina Wati of Chile and Tomas Vidal of Peru.",
                &[met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            // trap: the envoys of one country are no group of stated origins
            (
                "Budi Santoso received letters of credence from the new ambassadors of Chile. The letters were presented by Rina Wati and Tomas Vidal.",
                &[],
            ),
            // trap: no list phrase opens the later sentence
            (
                "Budi Santoso received letters of credence from the new ambassadors of Chile and Peru. The letters were written by Rina Wati and Tomas Vidal.",
                &[],
            ),
            // trap: a meeting is no ceremony, its envoys no group
            (
                "Budi Santoso membahas kerja sama dengan duta besar negara sahabat di Lima. Di antara mereka adalah Rina Wati dan Tomas Vidal.",
                &[],
            ),
            // trap: the list comes three sentences after the group
            (
                "Budi Santoso menerima surat kepercayaan dari duta besar negara sahabat di Lima. Upacara berlangsung singkat. Lagu kebangsaan diperdengarkan. Di antara mereka adalah Rina Wati dan Tomas Vidal.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_named_envoy_after_the_noun_makes_no_group() {
    // the envoy noun is the one named envoy's title: the later list is no
    // group of his
    let got = meets(
        "Budi Santoso menerima surat kepercayaan dari duta besar baru Chile, Rina Wati, di Lima. Mereka adalah Tomas Vidal dan Andi Pratama.",
    );
    assert!(!got.contains(&met(BUDI, TOMAS)), "{got:?}");
    assert!(!got.contains(&met(ANDI, BUDI)), "{got:?}");
}

#[test]
fn a_collective_count_of_twelve_renames_the_group() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso menerima surat kepercayaan dari 12 duta besar negara sahabat di Lima. Kedua belas duta besar itu adalah Duta Besar Chile Rina Wati, Duta Besar Peru Tomas Vidal dan Duta Besar Chile Andi Pratama.",
                &[met(ANDI, BUDI), met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            // trap: the count renames no envoys
            (
                "Budi Santoso menerima surat kepercayaan dari 12 duta besar negara sahabat di Lima. Kedua belas pemain itu adalah Rina Wati, Tomas Vidal dan Andi Pratama.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_list_goes_on_past_a_clause_of_places() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso menerima surat kepercayaan dari lima duta besar negara sahabat di Lima. Mereka adalah Rina Wati dan Tomas Vidal, serta dua duta besar non-residen yang berkedudukan di Lima, yakni Andi Pratama dan Dewi Lestari.",
                &[
                    met(ANDI, BUDI),
                    met(BUDI, DEWI),
                    met(BUDI, RINA),
                    met(BUDI, TOMAS),
                ],
            ),
            // trap: a clause naming a person is no seat's
            (
                "Budi Santoso menerima surat kepercayaan dari lima duta besar negara sahabat di Lima. Mereka adalah Rina Wati dan Tomas Vidal, serta dua duta besar yang dikenal Andi Pratama, yakni Dewi Lestari.",
                &[met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            // trap: a clause with no namely word closes the list
            (
                "Budi Santoso menerima surat kepercayaan dari lima duta besar negara sahabat di Lima. Mereka adalah Rina Wati dan Tomas Vidal, serta dua duta besar yang berkedudukan di Lima dan Dewi Lestari.",
                &[met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
        ],
    );
}

#[test]
fn the_first_member_after_the_opener_s_preposition() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso menerima surat kepercayaan dari tiga duta besar di Lima. Mereka terdiri dari Rina Wati, Tomas Vidal dan Andi Pratama.",
                &[met(ANDI, BUDI), met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            // trap: an object of a preposition inside the list is no member
            (
                "Budi Santoso menerima surat kepercayaan dari tiga duta besar di Lima. Mereka adalah Rina Wati dan utusan dari Andi Pratama.",
                &[met(BUDI, RINA)],
            ),
        ],
    );
}

#[test]
fn an_envoy_s_country_after_a_determiner() {
    check_cases(
        offices,
        &[
            (
                "Budi Santoso received letters of credence from the new ambassadors of friendly countries in Lima. The letters were presented by Rina Wati of The Gambia and Tomas Vidal of Peru.",
                &[office(RINA, "gambia"), office(TOMAS, "peru")],
            ),
            // trap: a city after the determiner is no envoy's country
            (
                "Budi Santoso received letters of credence from the new ambassadors of friendly countries in Lima. The letters were presented by Rina Wati of the Lima office and Tomas Vidal.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_meeting_frame_opening_a_sentence_of_no_named_subject() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso menerima Rina Wati di Lima. Dalam pertemuan dengan Tomas Vidal, kedua pihak sepakat memperkuat kerja sama perdagangan.",
                &[met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            (
                "Budi Santoso arrived in Lima on Monday. During his meeting with Tomas Vidal, an agreement on trade was signed.",
                &[met(BUDI, TOMAS)],
            ),
            // trap: a sentence naming no one stands between: no lead
            (
                "Budi Santoso menerima Rina Wati di Lima. Upacara berlangsung singkat. Dalam pertemuan dengan Tomas Vidal, kedua pihak sepakat memperkuat kerja sama perdagangan.",
                &[met(BUDI, RINA)],
            ),
            // trap: the frame opens no sentence
            (
                "Budi Santoso menerima Rina Wati di Lima. Situasi di kawasan menjadi perhatian dalam pertemuan dengan Tomas Vidal, kata juru bicara.",
                &[met(BUDI, RINA)],
            ),
        ],
    );
}

#[test]
fn a_meeting_frame_before_a_named_subject_is_the_subject_s() {
    // the clause's subject met the frame's person, not the lead before
    let got = meets(
        "Budi Santoso menerima Rina Wati di Lima. Dalam pertemuan dengan Tomas Vidal, Andi Pratama menyampaikan harapannya.",
    );
    assert!(got.contains(&met(BUDI, RINA)), "{got:?}");
    assert!(!got.contains(&met(BUDI, TOMAS)), "{got:?}");
}

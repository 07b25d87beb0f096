//! Issue 17, thirty-eighth round, part B: the roll of envoys of a
//! credentials ceremony (`meets`, `envoy_roll.rs`). The host set by the
//! ceremony meets each envoy named with a title and a country, after a
//! colon, in a sequence of sentences, in a chain of origins, with an
//! apposed title or by origin alone. Every sentence is written for the
//! tests, with traps that must give no meeting (or not the wrong one).

use super::tests::Rel;
use super::tests_round3::{check_cases, met, BUDI, RINA};
use super::tests_round31b::TOMAS;
use super::tests_round34b::{run, ANDI, DEWI};

/// The meetings of `text`.
fn meets(text: &str) -> Vec<Rel> {
    run(text, &["meets"])
}

#[test]
fn envoys_listed_in_the_ceremony_s_sentence() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso received the letters of credence of three new ambassadors: the Ambassador of Chile, Rina Wati, the Ambassador of the Republic of Peru, Tomas Vidal, and the Ambassador of Gambia, Andi Pratama.",
                &[met(ANDI, BUDI), met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            (
                "Budi Santoso received the credentials of the ambassadors of Chile, Rina Wati, of Peru, Tomas Vidal, and of Gambia, Andi Pratama.",
                &[met(ANDI, BUDI), met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            (
                "Budi Santoso received the letters of credence of two new ambassadors, Rina Wati of Chile and Tomas Vidal of Peru, who will reside in Lima.",
                &[met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
        ],
    );
}

#[test]
fn envoys_named_in_the_sentences_after() {
    check_cases(
        meets,
        &[
            (
                "Budi Santoso received the credentials of four new ambassadors in Lima. The first was the new Ambassador of Chile, Rina Wati. She was followed by Tomas Vidal, Non-Resident Ambassador of Peru.",
                &[met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            (
                "Five new envoys presented their credentials to King Budi Santoso this week. The presentations began with the Ambassador of Chile, Her Excellency Rina Wati. The Peruvian envoy, Tomas Vidal, came next.",
                &[met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            (
                "Budi Santoso menerima surat kepercayaan dari tiga duta besar negara sahabat di Lima. Duta Besar Chile, Rina Wati, berharap hubungan kedua negara makin erat.",
                &[met(BUDI, RINA)],
            ),
            (
                "Budi Santoso menerima surat kepercayaan dari tiga duta besar di Lima. Rina Wati, Duta Besar Chile, dan Tomas Vidal, Duta Besar Peru, berharap hubungan makin erat.",
                &[met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
            (
                "Budi Santoso received the credentials of four new ambassadors. The first to present was the Chilean envoy, Rina Wati, followed by Tomas Vidal of Peru and Andi Pratama of Gambia.",
                &[met(ANDI, BUDI), met(BUDI, RINA), met(BUDI, TOMAS)],
            ),
        ],
    );
}

#[test]
fn traps_of_the_roll() {
    check_cases(
        meets,
        &[
            // trap: an envoy presenting with no host named sets no host
            (
                "Rina Wati presented her credentials in Lima. The Ambassador of Peru, Tomas Vidal, praised the country.",
                &[],
            ),
            // trap: a former envoy, and a title with no country
            (
                "Budi Santoso received the credentials of four new ambassadors. Rina Wati, the former Ambassador of Chile, praised the country. Ambassador Tomas Vidal, his protocol chief, stood by.",
                &[],
            ),
            // trap: a capitalised title before a name and its origin
            (
                "Budi Santoso received the credentials of four new ambassadors. Prime Minister Rina Wati of Chile praised the country.",
                &[],
            ),
            // trap: an envoy named long after the ceremony
            (
                "Budi Santoso received the credentials of four new ambassadors. Lima is warm. Lima is old. Lima is large. Lima is busy. Lima is green. The Ambassador of Chile, Rina Wati, praised the country.",
                &[],
            ),
            // trap: a list of the counted group ends the roll
            (
                "Budi Santoso received the credentials of four new ambassadors. They were Dewi Lestari and Andi Pratama. Later the Ambassador of Chile, Rina Wati, praised the country.",
                &[met(ANDI, BUDI), met(BUDI, DEWI)],
            ),
            // trap: an origin alone after the ceremony's sentence
            (
                "Budi Santoso received the credentials of four new ambassadors. Later the guests were Rina Wati of Chile and Tomas Vidal of Peru.",
                &[],
            ),
        ],
    );
}

#[test]
fn another_ceremony_sets_another_host() {
    // trap: the envoy named after the second ceremony meets its host, not
    // the first ceremony's
    let got = meets(
        "Budi Santoso received the credentials of four new ambassadors. Dewi Lestari presented her credentials to Andi Pratama. The Ambassador of Chile, Rina Wati, praised the country.",
    );
    assert!(got.contains(&met(ANDI, RINA)), "{got:?}");
    assert!(!got.contains(&met(BUDI, RINA)), "{got:?}");
}

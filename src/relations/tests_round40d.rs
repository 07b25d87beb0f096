//! Issue 17, fortieth round, part D: aid for the victims in a country,
//! and a grant ("hibah") as aid.
//! "bantuan kemanusiaan untuk korban gempa bumi di X", "delivered food aid
//! to drought-affected families in X": the country where the people
//! helped live is the party supported. Every sentence is written for the
//! tests, in both languages, with traps that must give no relation.

use super::tests::Rel;
use super::tests_round3::{check_cases, rel, relations_with, with};
use crate::base::types::{EntityType, Modality};

/// The relations of `text` (kind `supports`) with three countries, a
/// city, an organisation and a person.
fn rels(text: &str) -> Vec<Rel> {
    rels_of(text, &["supports"])
}

/// The relations of `text` of `kinds` with the places and organisation of
/// [`rels`] (round 41d's tests read `supplies` too).
pub(super) fn rels_of(text: &str, kinds: &[&str]) -> Vec<Rel> {
    relations_with(
        text,
        &[
            ("valdora", EntityType::Place, &["Valdora"]),
            ("red-hand", EntityType::Organisation, &["Red Hand"]),
        ],
        &[
            ("portugal", "Portugal", "Portuguese"),
            ("chile", "Chile", "Chilean"),
            ("spain", "Spain", "Spanish"),
        ],
        kinds,
    )
}

#[test]
fn aid_for_the_victims_in_a_country_supports_the_country() {
    check_cases(
        rels,
        &[
            (
                "Portugal mengirimkan bantuan kemanusiaan untuk korban gempa bumi di Chile.",
                &[rel("supports", "portugal", "chile")],
            ),
            (
                "Bantuan kemanusiaan Portugal untuk korban banjir dan tanah longsor tiba di Valdora, Chile.",
                &[rel("supports", "portugal", "chile")],
            ),
            (
                "Pemerintah Portugal mengirimkan bantuan kemanusiaan bagi masyarakat yang terdampak siklon di Chile.",
                &[rel("supports", "portugal", "chile")],
            ),
            (
                "Portugal today delivered food aid to drought-affected families in Chile.",
                &[rel("supports", "portugal", "chile")],
            ),
            (
                "Portugal sent emergency assistance to the victims of the floods in Chile.",
                &[rel("supports", "portugal", "chile")],
            ),
            (
                "Portugal akan mengirimkan bantuan kemanusiaan untuk korban gempa bumi di Chile.",
                &[with("supports", "portugal", "chile", Modality::Planned)],
            ),
            // traps: a place that is no country; a name between the victims
            // and the place; no victims word; punctuation before the place
            (
                "Portugal mengirimkan bantuan untuk korban gempa di Valdora.",
                &[],
            ),
            (
                "Portugal mengirimkan bantuan untuk korban serangan Red Hand di Chile.",
                &[],
            ),
            (
                "Portugal mengirimkan bantuan untuk pembangunan sekolah di Chile.",
                &[],
            ),
            (
                "Portugal sent aid to the victims; the floods in Chile were worse.",
                &[],
            ),
            (
                "Portugal mengirimkan bantuan untuk korban gempa, kata pejabat di Chile.",
                &[],
            ),
            (
                "Budi Santoso praised the food Portugal donated to support the people hit by rains in Chile.",
                &[],
            ),
        ],
    );
}

#[test]
fn a_grant_to_a_state_supports_it() {
    check_cases(
        rels,
        &[
            (
                "Pemerintah Portugal juga telah memberikan hibah bus sekolah kepada Chile.",
                &[rel("supports", "portugal", "chile")],
            ),
            (
                "Dubes menyampaikan perkembangan hibah Portugal kepada Chile senilai 100 ribu dolar AS.",
                &[rel("supports", "portugal", "chile")],
            ),
            // traps: a grant to a body; a grant to no one named
            ("Portugal memberikan hibah kepada Red Hand.", &[]),
            ("Portugal memberikan hibah senilai 10 juta dolar.", &[]),
        ],
    );
}

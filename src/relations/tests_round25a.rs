//! Issue 17, twenty-fifth round, part A: a counted group of envoys named
//! again at the head of a later sentence lists its members ("... the
//! credentials of three ambassadors . The envoys were A of Portugal , B of
//! Chile and C", "... dari tiga duta besar . Ketiga duta besar itu adalah
//! A dari Portugal ..."), and an envoy of such a list named with the
//! country they come from holds an office of that country. Every sentence
//! is written for the tests, in both languages, with traps that must give
//! no relation (or not the wrong one).

use super::tests::{ent, Rel};
use super::tests_round3::{check_cases, met as m, office, people_gaz, BUDI, RINA};
use crate::base::types::EntityType;

/// The relations of `text` (meetings and offices) with the two people, a
/// third one (Sari Dewi), a town and two countries (with demonyms, the
/// index's test for a country).
fn rels(text: &str) -> Vec<Rel> {
    let mut g = people_gaz(&[
        ("sari-dewi", EntityType::Person, &["Sari Dewi"]),
        ("braga", EntityType::Place, &["Braga"]),
        ("bank-maju", EntityType::Organisation, &["Bank Maju"]),
    ]);
    for (id, name, demonym) in [
        ("portugal", "Portugal", "Portuguese"),
        ("chile", "Chile", "Chilean"),
    ] {
        g.entities.push(ent(
            id,
            EntityType::Place,
            &[name, demonym],
            &[demonym],
            vec![],
        ));
    }
    super::tests_round3::unordered_relations_of(text, &g, &["meets", "holds_office"])
}

const SARI: &str = "sari-dewi";
const PUTIN: &str = "vladimir-putin";

#[test]
fn a_group_of_envoys_named_again_lists_its_members() {
    check_cases(
        rels,
        &[
            (
                "Vladimir Putin received the credentials of three ambassadors in Moscow . The envoys were Budi Santoso of Portugal , Rina Wati of Chile and Sari Dewi .",
                &[
                    m(PUTIN, BUDI),
                    m(PUTIN, RINA),
                    m(PUTIN, SARI),
                    office(BUDI, "portugal"),
                    office(RINA, "chile"),
                ],
            ),
            // with honorifics and their full stops (the case the test
            // harness, splitting sentences after every ". ", lost until the
            // twenty-eighth round)
            (
                "Vladimir Putin received the credentials of two ambassadors in Moscow . The envoys were H.E. Budi Santoso of Portugal and H.E. Rina Wati of Chile .",
                &[
                    m(PUTIN, BUDI),
                    m(PUTIN, RINA),
                    office(BUDI, "portugal"),
                    office(RINA, "chile"),
                ],
            ),
            (
                "Vladimir Putin received the credentials of two ambassadors in Moscow . The new ambassadors are Budi Santoso of Portugal and Rina Wati of Chile .",
                &[
                    m(PUTIN, BUDI),
                    m(PUTIN, RINA),
                    office(BUDI, "portugal"),
                    office(RINA, "chile"),
                ],
            ),
            (
                "Vladimir Putin menerima surat kepercayaan dari tiga duta besar di Moskow . Ketiga duta besar itu adalah Budi Santoso dari Portugal , Rina Wati dari Chile , dan Sari Dewi .",
                &[
                    m(PUTIN, BUDI),
                    m(PUTIN, RINA),
                    m(PUTIN, SARI),
                    office(BUDI, "portugal"),
                    office(RINA, "chile"),
                ],
            ),
            (
                "Vladimir Putin menerima surat kepercayaan dari dua dubes . Para duta besar tersebut ialah Budi Santoso dari Portugal dan Rina Wati dari Chile .",
                &[
                    m(PUTIN, BUDI),
                    m(PUTIN, RINA),
                    office(BUDI, "portugal"),
                    office(RINA, "chile"),
                ],
            ),
            // "They were" after a group of envoys: offices too
            (
                "Vladimir Putin received the credentials of two ambassadors in Moscow . They were Budi Santoso of Portugal and Rina Wati of Chile .",
                &[
                    m(PUTIN, BUDI),
                    m(PUTIN, RINA),
                    office(BUDI, "portugal"),
                    office(RINA, "chile"),
                ],
            ),
        ],
    );
}

#[test]
fn no_envoys_no_list_or_office() {
    check_cases(
        rels,
        &[
            // no counted group before: the envoys' sentence lists nothing
            (
                "Vladimir Putin spoke in Moscow . The envoys were Budi Santoso of Portugal and Rina Wati of Chile .",
                &[],
            ),
            // a group of no envoys: members, but no office by "of"
            (
                "Vladimir Putin received the credentials of two guests in Moscow . They were Budi Santoso of Portugal and Rina Wati of Chile .",
                &[m(PUTIN, BUDI), m(PUTIN, RINA)],
            ),
            // a place that is no country, an organisation after "of", a
            // country that does not close the entry
            (
                "Vladimir Putin received the credentials of three ambassadors in Moscow . The envoys were Budi Santoso of Braga , Rina Wati of Bank Maju and Sari Dewi of Chile Today .",
                &[m(PUTIN, BUDI), m(PUTIN, RINA), m(PUTIN, SARI)],
            ),
            // the envoy noun not opening the sentence
            (
                "Vladimir Putin received the credentials of two ambassadors in Moscow . Later the envoys were Budi Santoso of Portugal and Rina Wati of Chile .",
                &[],
            ),
            // three sentences later: too far
            (
                "Vladimir Putin menerima surat kepercayaan dari dua duta besar . Upacara singkat . Ia lalu pergi . Kedua duta besar itu adalah Budi Santoso dari Portugal dan Rina Wati dari Chile .",
                &[],
            ),
        ],
    );
}

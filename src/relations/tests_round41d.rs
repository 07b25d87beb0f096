//! Issue 17, forty-first round, part D: the event kinds. Every sentence
//! is written for the tests, in both languages, with traps that must give
//! no relation.

use super::tests::Rel;
use super::tests_round3::{check_cases, rel, relations_with, BUDI};

/// The relations of `text` (kinds `supports` and `supplies`) with round
/// 40d's three countries, city and organisation and the two test persons.
fn rels(text: &str) -> Vec<Rel> {
    super::tests_round40d::rels_of(text, &["supports", "supplies"])
}

#[test]
fn aid_given_in_a_relative_clause_supports_the_receiver() {
    check_cases(
        rels,
        &[
            (
                "Budi Santoso thanked Rina Wati for the budgetary support Portugal had provided to Chile.",
                &[rel("supports", "portugal", "chile")],
            ),
            (
                "Spain conveyed its appreciation for the financial support Portugal extended to Chile last year.",
                &[rel("supports", "portugal", "chile")],
            ),
            (
                "Budi Santoso praised the assistance that Portugal has given Chile.",
                &[rel("supports", "portugal", "chile")],
            ),
            (
                "Presiden Budi Santoso mengapresiasi bantuan yang telah diberikan Portugal kepada Chile melalui beasiswa.",
                &[rel("supports", "portugal", "chile")],
            ),
            (
                "Budi Santoso berterima kasih atas bantuan kemanusiaan yang dikirimkan oleh Portugal kepada Chile.",
                &[rel("supports", "portugal", "chile")],
            ),
            // no receiver named: the noun and the verb read nothing either
            (
                "Budi Santoso thanked Rina Wati for the humanitarian assistance Portugal had sent to help with the floods.",
                &[],
            ),
            // traps: a request for aid sent; the noun's own party after a
            // preposition (no clause); a giver that is the receiver
            (
                "Surat permintaan bantuan yang dikirimkan Portugal kepada Chile tiba kemarin.",
                &[],
            ),
            (
                "Chile responded to the request for assistance that Portugal sent to Spain.",
                &[],
            ),
            (
                "Spain welcomed the support for Portugal announced by Chile.",
                &[rel("supports", "chile", "portugal")],
            ),
            (
                "Budi Santoso praised the support Portugal had given to Portugal.",
                &[],
            ),
        ],
    );
}

/// The `sanctions` relations of `text` with the countries of [`rels`].
fn sanctions(text: &str) -> Vec<Rel> {
    relations_with(
        text,
        &[],
        &[
            ("portugal", "Portugal", "Portuguese"),
            ("chile", "Chile", "Chilean"),
        ],
        &["sanctions"],
    )
}

#[test]
fn elites_ministers_and_companies_of_a_state_are_no_state() {
    check_cases(
        sanctions,
        &[
            ("Portugal imposed sanctions on two Chilean elites.", &[]),
            (
                "Portugal announced sanctions on the Chilean tobacco company.",
                &[],
            ),
            (
                "Portugal menjatuhkan sanksi kepada tiga elite politik Chile.",
                &[],
            ),
            (
                "Portugal menjatuhkan sanksi kepada dua mantan menteri kabinet Chile.",
                &[],
            ),
            (
                "Portugal menjatuhkan sanksi kepada wakil menteri pertahanan Chile.",
                &[],
            ),
            // a person named after the word is still sanctioned; the state
            // itself still is
            (
                "Portugal menjatuhkan sanksi kepada menteri pertahanan Budi Santoso.",
                &[rel("sanctions", "portugal", BUDI)],
            ),
            (
                "Portugal menjatuhkan sanksi kepada Chile.",
                &[rel("sanctions", "portugal", "chile")],
            ),
        ],
    );
}

#[test]
fn support_supplied_is_aid() {
    check_cases(
        rels,
        &[
            (
                "Portugal has already provided support to Chile for its clean-up.",
                &[rel("supports", "portugal", "chile")],
            ),
            (
                "Portugal delivered assistance to Chile after the floods.",
                &[rel("supports", "portugal", "chile")],
            ),
            // trap: goods with no aid word stay a supply
            (
                "Portugal delivered tents to Chile.",
                &[rel("supplies", "portugal", "chile")],
            ),
        ],
    );
}

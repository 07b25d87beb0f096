//! Issue 17, tenth round: the party of an object that names something of
//! it, after a stance verb ("mengecam kebijakan X", "criticised the
//! policies of X"), and the coordinated agents of a passive signing
//! ("diteken X dan Y", "signed by X and Y"). Every sentence is written
//! for the tests, in both languages.

use super::tests::{gaz, Rel};
use super::tests_round3::{add, add_people, check_cases, rel, relations_of, with};
use crate::base::types::{EntityType, Modality};

/// The relations of `text` (kinds in `kinds`), with a gazetteer that also
/// knows a party, a union, a university, a town and two people of no
/// office.
fn run10(text: &str, kinds: &[&str]) -> Vec<Rel> {
    let mut g = gaz();
    let org = EntityType::Organisation;
    add(&mut g, "partai-maju", org, &["Partai Maju"]);
    add(&mut g, "serikat-nelayan", org, &["Serikat Nelayan"]);
    add(&mut g, "universitas-maju", org, &["Universitas Maju"]);
    add(&mut g, "andi-wijaya", EntityType::Person, &["Andi Wijaya"]);
    add(&mut g, "bogor", EntityType::Place, &["Bogor"]);
    add_people(&mut g);
    relations_of(text, &g, kinds)
}

fn table(kinds: &[&str], cases: &[(&str, &[Rel])]) {
    check_cases(|t| run10(t, kinds), cases);
}

#[test]
fn a_stance_verb_reaches_the_party_of_its_object() {
    let c = |a: &str, b: &str| rel("criticizes", a, b);
    let s = |a: &str, b: &str| rel("supports", a, b);
    table(
        &["criticizes", "supports"],
        &[
            (
                "Serikat Nelayan mengkritik gaya kepemimpinan Budi Santoso .",
                &[c("serikat-nelayan", "budi-santoso")],
            ),
            (
                "Rina Wati mengecam kebijakan Partai Maju soal pajak .",
                &[c("rina-wati", "partai-maju")],
            ),
            (
                "Rina Wati mendukung permintaan Budi Santoso agar rapat ditunda .",
                &[s("rina-wati", "budi-santoso")],
            ),
            (
                "Serikat Nelayan criticised the policies of Budi Santoso .",
                &[c("serikat-nelayan", "budi-santoso")],
            ),
            (
                "Rina Wati condemned the decision by Partai Maju .",
                &[c("rina-wati", "partai-maju")],
            ),
            (
                "Rina Wati supported the request of Budi Santoso .",
                &[s("rina-wati", "budi-santoso")],
            ),
            // other words before the name: not a possessed object, none
            ("Rina Wati mengecam warga yang memilih Budi Santoso .", &[]),
            ("Rina Wati criticised voters who chose Budi Santoso .", &[]),
            // a preposition after the object: the name is elsewhere
            ("Rina Wati mengecam kebijakan di Bogor .", &[]),
            ("Rina Wati condemned the policy in Bogor .", &[]),
        ],
    );
}

#[test]
fn a_possessed_object_is_no_target_of_other_kinds() {
    table(
        &["meets", "visits"],
        &[
            ("Rina Wati menemui keluarga Budi Santoso di Bogor .", &[]),
            ("Rina Wati met the family of Budi Santoso .", &[]),
        ],
    );
}

#[test]
fn the_coordinated_agents_of_a_passive_signing_are_its_parties() {
    let g = |a: &str, b: &str| rel("signs", a, b);
    table(
        &["signs"],
        &[
            (
                "Nota kesepahaman itu diteken Budi Santoso dan Rina Wati .",
                &[g("budi-santoso", "rina-wati")],
            ),
            (
                "Perjanjian itu ditandatangani oleh Budi Santoso dan Rina Wati di Bogor .",
                &[g("budi-santoso", "rina-wati")],
            ),
            (
                "The memorandum was signed by Budi Santoso and Rina Wati .",
                &[g("budi-santoso", "rina-wati")],
            ),
            (
                "The deal was signed by Budi Santoso and Rina Wati in Bogor .",
                &[g("budi-santoso", "rina-wati")],
            ),
            // one agent only: no pair
            ("Nota kesepahaman itu diteken Budi Santoso .", &[]),
            ("The memorandum was signed by Budi Santoso .", &[]),
        ],
    );
}

#[test]
fn the_agents_of_a_passive_meeting_are_no_pair() {
    table(
        &["meets"],
        &[
            ("Mereka diterima Budi Santoso dan Rina Wati .", &[]),
            ("They were received by Budi Santoso and Rina Wati .", &[]),
        ],
    );
}

#[test]
fn the_agent_of_a_passive_is_the_subject_of_the_clause_after_it() {
    let m = |a: &str, b: &str| rel("meets", a, b);
    table(
        &["meets"],
        &[
            (
                "Hal itu diungkapkan Budi Santoso usai bertemu dengan Rina Wati .",
                &[m("budi-santoso", "rina-wati")],
            ),
            (
                "Hal itu disampaikan oleh Budi Santoso seusai bertemu Rina Wati di Bogor .",
                &[m("budi-santoso", "rina-wati")],
            ),
            (
                "This was said by Budi Santoso after meeting Rina Wati .",
                &[m("budi-santoso", "rina-wati")],
            ),
            // the agent far from the trigger: none
            (
                "Hal itu diungkapkan Budi Santoso dalam rapat panjang yang digelar kemarin usai bertemu Rina Wati .",
                &[],
            ),
        ],
    );
}

#[test]
fn a_first_person_pronoun_in_a_quote_is_its_speaker() {
    let v = |a: &str, b: &str| rel("visits", a, b);
    let g = |a: &str, b: &str| rel("signs", a, b);
    table(
        &["visits", "signs", "meets"],
        &[
            (
                "\" Kemarin saya berkunjung ke Bogor , \" ujar Budi Santoso .",
                &[v("budi-santoso", "bogor")],
            ),
            (
                "\" Saya menandatangani kesepakatan dengan Partai Maju , \" kata Rina Wati .",
                &[g("rina-wati", "partai-maju")],
            ),
            (
                "\" Yesterday I visited Bogor , \" said Budi Santoso .",
                &[v("budi-santoso", "bogor")],
            ),
            // a possessor after a noun: the talks' other party is unknown
            (
                "\" Kami akan mengatur pembicaraan saya di Bogor dengan Partai Maju , \" kata Rina Wati .",
                &[],
            ),
            // no speaker named after the quote: none
            ("\" Kemarin saya berkunjung ke Bogor , \" ujarnya .", &[]),
            ("\" Yesterday I visited Bogor , \" he said .", &[]),
            // outside a quote: none
            ("Saya berkunjung ke Bogor bersama warga .", &[]),
        ],
    );
}

#[test]
fn a_memorandum_named_as_such_is_a_signing() {
    let g = |a: &str, b: &str| rel("signs", a, b);
    table(
        &["signs"],
        &[
            (
                "Partai Maju membuat MoU dengan Serikat Nelayan .",
                &[g("partai-maju", "serikat-nelayan")],
            ),
            (
                "Nota kesepahaman antara Partai Maju dan Serikat Nelayan berlaku setahun .",
                &[g("partai-maju", "serikat-nelayan")],
            ),
            // English names the signing by its verb
            (
                "Partai Maju signed an MoU with Serikat Nelayan .",
                &[g("partai-maju", "serikat-nelayan")],
            ),
            (
                "A memorandum of understanding was signed by Partai Maju and Serikat Nelayan .",
                &[g("partai-maju", "serikat-nelayan")],
            ),
            // a memorandum being discussed is still named: planned or not,
            // the kind is the same; without a party after it, none
            ("Partai Maju membahas MoU itu kemarin .", &[]),
        ],
    );
}

#[test]
fn looking_forward_to_a_trip_or_having_to_make_it_plans_it() {
    let v = |a: &str, b: &str| with("visits", a, b, Modality::Planned);
    table(
        &["visits"],
        &[
            (
                "\" Saya sangat menantikan berkunjung ke Bogor , \" ujar Budi Santoso .",
                &[v("budi-santoso", "bogor")],
            ),
            (
                "Rina Wati berharap berkunjung ke Bogor tahun ini .",
                &[v("rina-wati", "bogor")],
            ),
            (
                "\" I look forward to visiting Bogor , \" said Budi Santoso .",
                &[v("budi-santoso", "bogor")],
            ),
            (
                "Rina Wati is looking forward to visiting Bogor .",
                &[v("rina-wati", "bogor")],
            ),
            // an English obligation is not yet done; Indonesian "harus"
            // has no tense (also "had to", of a trip made): no cue
            (
                "\" I have to fly to Bogor for treatment , \" said Rina Wati .",
                &[v("rina-wati", "bogor")],
            ),
            (
                "Rina Wati harus terbang ke Bogor untuk bekerja .",
                &[rel("visits", "rina-wati", "bogor")],
            ),
        ],
    );
}

#[test]
fn a_coordinator_and_a_lecturer_hold_posts() {
    let h = |a: &str, b: &str| rel("holds_office", a, b);
    table(
        &["holds_office"],
        &[
            (
                "Koordinator Serikat Nelayan Rina Wati hadir .",
                &[h("rina-wati", "serikat-nelayan")],
            ),
            (
                "Dosen Universitas Maju Budi Santoso menilai hal itu wajar .",
                &[h("budi-santoso", "universitas-maju")],
            ),
            (
                "Serikat Nelayan coordinator Rina Wati was there .",
                &[h("rina-wati", "serikat-nelayan")],
            ),
            (
                "Budi Santoso , a lecturer at Universitas Maju , said so .",
                &[h("budi-santoso", "universitas-maju")],
            ),
            // a coordinating minister's title names no organisation
            ("Menteri Koordinator Rina Wati hadir .", &[]),
            ("Coordinating Minister Rina Wati was there .", &[]),
        ],
    );
}

#[test]
fn one_title_over_a_closed_list_gives_each_name_the_office() {
    let h = |a: &str, b: &str| rel("holds_office", a, b);
    table(
        &["holds_office"],
        &[
            (
                "Hadir pula Wakil Ketua Partai Maju , Budi Santoso , Andi Wijaya dan Rina Wati , serta tamu lain .",
                &[
                    h("budi-santoso", "partai-maju"),
                    h("andi-wijaya", "partai-maju"),
                    h("rina-wati", "partai-maju"),
                ],
            ),
            (
                "Also present were Partai Maju Director , Budi Santoso , Andi Wijaya and Rina Wati .",
                &[
                    h("budi-santoso", "partai-maju"),
                    h("andi-wijaya", "partai-maju"),
                    h("rina-wati", "partai-maju"),
                ],
            ),
            // a last name the gazetteer does not know closes the list too
            (
                "Hadir Wakil Ketua Partai Maju , Budi Santoso , Rina Wati dan Laode M Karim , serta tamu .",
                &[h("budi-santoso", "partai-maju"), h("rina-wati", "partai-maju")],
            ),
            (
                "Present were Partai Maju Director , Budi Santoso , Rina Wati and Laode M Karim .",
                &[h("budi-santoso", "partai-maju"), h("rina-wati", "partai-maju")],
            ),
            // the list goes on past a lowercase word: not closed, the
            // apposed name only
            (
                "Ketua Partai Maju , Budi Santoso , Andi Wijaya dan Rina Wati hadir .",
                &[h("budi-santoso", "partai-maju")],
            ),
            (
                "Partai Maju chair , Budi Santoso , Andi Wijaya and Rina Wati attended .",
                &[h("budi-santoso", "partai-maju")],
            ),
        ],
    );
}

#[test]
fn a_reciprocal_passive_pairs_its_subjects() {
    let m = |a: &str, b: &str| rel("meets", a, b);
    table(
        &["meets"],
        &[
            (
                "Budi Santoso dan Rina Wati dipertemukan Rabu ini di Bogor .",
                &[m("budi-santoso", "rina-wati")],
            ),
            (
                "Budi Santoso , Andi Wijaya dan Rina Wati pertama kali dipertemukan pada Jumat .",
                &[
                    m("budi-santoso", "andi-wijaya"),
                    m("andi-wijaya", "rina-wati"),
                    m("budi-santoso", "rina-wati"),
                ],
            ),
            // received by someone unnamed: they are no pair
            ("Budi Santoso dan Rina Wati diterima di Bogor .", &[]),
            // English has no reciprocal passive in the lexicon: met is
            // active, were received pairs no one
            (
                "Budi Santoso and Rina Wati met in Bogor .",
                &[m("budi-santoso", "rina-wati")],
            ),
            ("Budi Santoso and Rina Wati were received in Bogor .", &[]),
        ],
    );
}

//! Issue 17, fourteenth round: a reception of a visit or an arrival named
//! by its noun is a meeting ("menerima kunjungan kenegaraan X",
//! "menyambut kedatangan X", "welcomed visiting X"); a name after a
//! reporting verb in -kan is the subject of the clause it reports ("X
//! mengatakan Y akan berkunjung ke Z"); the person invited or asked is the
//! subject of the purpose clause after "kepada"/"to" ("undangan kepada Y
//! untuk berkunjung ke Z"); a counterpart set off by a comma is the
//! object ("with his counterpart , X"); a spouse after a list word and a
//! comma is a conjunct ("X dan istrinya , Y"); "beserta"/"alongside"
//! join a co-subject; a courtesy call on someone is a meeting; the next
//! step of a planned trip is planned ("akan berkunjung ke X sebelum
//! bertolak ke Y"); an honorific before an object is a filler ("meeting
//! Mr X"). Every sentence is written for the tests, in both
//! languages, with traps that must give no relation and texts ending
//! right after the argument.

use super::tests::{check, gaz, rel, Rel, A, P};
use super::tests_round3::{add_people, check_cases, relations_of};

fn m(a: &str, b: &str) -> Rel {
    rel("meets", a, b, A)
}

#[test]
fn a_reception_of_a_visit_or_an_arrival_is_a_meeting() {
    let table: &[(&str, &[Rel])] = &[
        (
            "Putin menerima kunjungan kenegaraan Kim Jong Un di Kremlin .",
            &[m("kim-jong-un", "vladimir-putin")],
        ),
        (
            "Putin menerima kunjungan resmi Kim di Kremlin , Senin .",
            &[m("kim-jong-un", "vladimir-putin")],
        ),
        (
            "Kim menyambut kedatangan Vladimir Putin di Pyongyang .",
            &[m("kim-jong-un", "vladimir-putin")],
        ),
        (
            "Kim menyambut kunjungan resmi Putin di Pyongyang .",
            &[m("kim-jong-un", "vladimir-putin")],
        ),
        (
            "Kim welcomed visiting Vladimir Putin in Pyongyang .",
            &[m("kim-jong-un", "vladimir-putin")],
        ),
        (
            "Putin received visiting Kim Jong Un at the Kremlin .",
            &[m("kim-jong-un", "vladimir-putin")],
        ),
        // the text ends right after the visitor
        (
            "Kim menyambut kedatangan Vladimir Putin",
            &[m("kim-jong-un", "vladimir-putin")],
        ),
        (
            "Kim welcomed visiting Vladimir Putin",
            &[m("kim-jong-un", "vladimir-putin")],
        ),
        // traps: no person receives, or no person is received
        ("Warga menyambut kedatangan Putin di Pyongyang .", &[]),
        ("Kim menyambut kedatangan rombongan di Pyongyang .", &[]),
        ("Crowds welcomed visiting Putin in Pyongyang .", &[]),
        ("Kim menyambut kedatangan", &[]),
    ];
    for (text, want) in table {
        check(text, None, &["meets"], want);
    }
}

#[test]
fn a_name_after_a_reporting_verb_is_the_subject_it_reports() {
    let v = |a: &str| rel("visits", a, "pyongyang", P);
    let table: &[(&str, &[Rel])] = &[
        (
            "Lavrov mengatakan Putin akan berkunjung ke Pyongyang pekan depan .",
            &[v("vladimir-putin")],
        ),
        (
            "Sergei Lavrov menyampaikan Vladimir Putin akan tiba di Pyongyang .",
            &[v("vladimir-putin")],
        ),
        (
            "Lavrov said Putin will visit Pyongyang next week .",
            &[v("vladimir-putin")],
        ),
        // no name after the verb: the speaker is the subject
        (
            "Lavrov mengatakan akan berkunjung ke Pyongyang pekan depan .",
            &[v("sergei-lavrov")],
        ),
        // the text ends right after the name
        (
            "Lavrov mengatakan Putin akan berkunjung ke Pyongyang",
            &[v("vladimir-putin")],
        ),
        ("Lavrov mengatakan Putin", &[]),
    ];
    for (text, want) in table {
        check(text, None, &["visits"], want);
    }
}

#[test]
fn the_person_invited_is_the_subject_of_the_purpose_clause() {
    let table: &[(&str, &[Rel])] = &[
        (
            "Kim menyampaikan undangan kepada Putin untuk berkunjung ke Pyongyang .",
            &[rel("visits", "vladimir-putin", "pyongyang", P)],
        ),
        (
            "Kim sent an invitation to Putin to visit Pyongyang .",
            &[rel("visits", "vladimir-putin", "pyongyang", P)],
        ),
        (
            "Lavrov menyampaikan pesan kepada Kim untuk bertemu Putin .",
            &[rel("meets", "kim-jong-un", "vladimir-putin", A)],
        ),
        // traps: a place before "to" is no subject; nor is a person when
        // a noun trigger follows
        (
            "Putin flew to Pyongyang to meet Kim on Tuesday .",
            &[
                rel("meets", "kim-jong-un", "vladimir-putin", A),
                rel("visits", "vladimir-putin", "pyongyang", A),
            ],
        ),
        (
            "Putin terbang ke Pyongyang untuk bertemu Kim .",
            &[
                rel("meets", "kim-jong-un", "vladimir-putin", A),
                rel("visits", "vladimir-putin", "pyongyang", A),
            ],
        ),
        // the text ends right after the person or the complementizer
        ("Kim menyampaikan undangan kepada Putin untuk", &[]),
        ("Kim sent an invitation to Putin", &[]),
    ];
    for (text, want) in table {
        check(text, None, &["visits", "meets"], want);
    }
}

#[test]
fn a_counterpart_set_off_by_a_comma_is_the_object() {
    let table: &[(&str, &[Rel])] = &[
        (
            "Lavrov bertemu dengan mitranya , Choe Son Hui , di Moskow .",
            &[m("choe-son-hui", "sergei-lavrov")],
        ),
        (
            "Lavrov sat down with his North Korean counterpart , Choe Son Hui , on Monday .",
            &[m("choe-son-hui", "sergei-lavrov")],
        ),
        // the text ends right after the name, or after the comma
        (
            "Lavrov sat down with his counterpart , Choe Son Hui",
            &[m("choe-son-hui", "sergei-lavrov")],
        ),
        ("Lavrov bertemu dengan mitranya ,", &[]),
        // traps: a clause word or a list word after the comma
        ("Lavrov bertemu dengan mitranya , kata Choe Son Hui .", &[]),
        (
            "Lavrov met with his counterpart , and Choe Son Hui said so .",
            &[],
        ),
    ];
    for (text, want) in table {
        check(text, None, &["meets"], want);
    }
}

#[test]
fn a_spouse_after_a_list_word_and_a_comma_is_a_conjunct() {
    let mut g = gaz();
    add_people(&mut g);
    // relations_of keeps the text order of a meeting's pair
    let m2 = |b: &str| rel("meets", "vladimir-putin", b, A);
    let cases: &[(&str, &[Rel])] = &[
        (
            "Putin menyambut Budi Santoso dan istrinya , Rina Wati , di Kremlin .",
            &[m2("budi-santoso"), m2("rina-wati")],
        ),
        (
            "Putin welcomed Budi Santoso and his wife , Rina Wati , at the Kremlin .",
            &[m2("budi-santoso"), m2("rina-wati")],
        ),
        // the text ends right after the spouse's name
        (
            "Putin menyambut Budi Santoso dan istrinya , Rina Wati",
            &[m2("budi-santoso"), m2("rina-wati")],
        ),
        // traps: no name after the comma; no comma
        (
            "Putin menyambut Budi Santoso dan istrinya , kemarin .",
            &[m2("budi-santoso")],
        ),
        (
            "Putin menyambut Budi Santoso dan istrinya",
            &[m2("budi-santoso")],
        ),
    ];
    check_cases(|t| relations_of(t, &g, &["meets"]), cases);
}

#[test]
fn a_partner_joined_by_beserta_or_alongside_is_a_co_subject() {
    let v = |a: &str| rel("visits", a, "pyongyang", A);
    let table: &[(&str, &[Rel])] = &[
        (
            "Putin beserta Sergei Lavrov tiba di Pyongyang , Selasa .",
            &[v("sergei-lavrov"), v("vladimir-putin")],
        ),
        (
            "Putin alongside Sergei Lavrov arrived in Pyongyang on Tuesday .",
            &[v("sergei-lavrov"), v("vladimir-putin")],
        ),
        // the partner after the trigger is not taken; the text may end
        // right after the place
        (
            "Putin tiba di Pyongyang beserta Sergei Lavrov",
            &[v("vladimir-putin")],
        ),
        (
            "Putin beserta Sergei Lavrov tiba di Pyongyang",
            &[v("sergei-lavrov"), v("vladimir-putin")],
        ),
    ];
    for (text, want) in table {
        check(text, None, &["visits"], want);
    }
}

#[test]
fn a_courtesy_call_is_a_meeting_with_the_one_called_on() {
    let table: &[(&str, &[Rel])] = &[
        (
            "Prabowo melakukan kunjungan kehormatan kepada Xi Jinping di Beijing .",
            &[m("prabowo-subianto", "xi-jinping")],
        ),
        (
            "Prabowo paid a courtesy call on Xi Jinping in Beijing .",
            &[m("prabowo-subianto", "xi-jinping")],
        ),
        // the text ends right after the one called on
        (
            "Prabowo melakukan kunjungan kehormatan kepada Xi Jinping",
            &[m("prabowo-subianto", "xi-jinping")],
        ),
        // traps: a call on no person; a person after another preposition
        ("Prabowo melakukan kunjungan kehormatan ke Beijing .", &[]),
        (
            "Prabowo paid a courtesy call in Beijing , Xi Jinping said .",
            &[],
        ),
    ];
    for (text, want) in table {
        check(text, None, &["meets"], want);
    }
}

#[test]
fn the_next_step_of_a_planned_trip_is_planned() {
    let v = |b: &str, md| rel("visits", "vladimir-putin", b, md);
    let table: &[(&str, &[Rel])] = &[
        (
            "Putin akan berkunjung ke Pyongyang sebelum bertolak ke Beijing .",
            &[v("beijing", P), v("pyongyang", P)],
        ),
        (
            "Putin will visit Pyongyang , starting in the capital before travelling on to Beijing .",
            &[v("beijing", P), v("pyongyang", P)],
        ),
        // an asserted trip's next step stays asserted
        (
            "Putin visited Pyongyang before travelling on to Beijing .",
            &[v("beijing", A), v("pyongyang", A)],
        ),
        // the plan of another sentence is not this one's
        (
            "Putin akan berkunjung ke Pyongyang . Ia lalu terbang ke Beijing .",
            &[v("beijing", A), v("pyongyang", P)],
        ),
        // the text ends right after the place
        (
            "Putin will visit Pyongyang before flying to Beijing",
            &[v("beijing", P), v("pyongyang", P)],
        ),
    ];
    for (text, want) in table {
        check(text, None, &["visits"], want);
    }
}

#[test]
fn an_honorific_before_an_object_is_a_filler() {
    let table: &[(&str, &[Rel])] = &[
        (
            "Putin bertemu Pak Lavrov di Moskow .",
            &[m("sergei-lavrov", "vladimir-putin")],
        ),
        (
            "Putin , who is in Pyongyang meeting Mr Kim , said so .",
            &[m("kim-jong-un", "vladimir-putin")],
        ),
        // the text ends right after the name, or after the honorific
        ("Putin met Mr Kim", &[m("kim-jong-un", "vladimir-putin")]),
        ("Putin met Mr", &[]),
        // a trap: the honorific of nobody the gazetteer knows
        ("Putin met Mr Smith in Pyongyang .", &[]),
    ];
    for (text, want) in table {
        check(text, None, &["meets"], want);
    }
}

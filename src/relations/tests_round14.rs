//! Issue 17, fourteenth round: a reception of a visit or an arrival named
//! by its noun is a meeting ("menerima kunjungan kenegaraan X",
//! "menyambut kedatangan X", "welcomed visiting X"); a name after a
//! reporting verb in -kan is the subject of the clause it reports ("X
//! mengatakan Y akan berkunjung ke Z"); the person invited or asked is the
//! subject of the purpose clause after "kepada"/"to" ("undangan kepada Y
//! untuk berkunjung ke Z"). Every sentence is written for the tests, in both
//! languages, with traps that must give no relation and texts ending
//! right after the argument.

use super::tests::{check, rel, Rel, A, P};

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

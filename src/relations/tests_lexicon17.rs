//! Issue 17, seventeenth round: the trigger lexicon widened from the
//! CAMEO verb classes (040-046 consult, meet, visit, host; 057 sign;
//! 05x/07x support and aid; 11x criticise, accuse; 163/172 sanctions;
//! 18x-19x use of force) as data in `gazetteer/relations.jsonl`. Each new
//! trigger fires on a clear sentence, in both languages, and the traps
//! (another sense of the word, no named argument) give nothing. Every
//! sentence is written for the tests.

use super::tests::{Rel, A};
use super::tests_round3::{check_cases, people_relations_of, with, BUDI, RINA};

fn table(kinds: &[&str], cases: &[(&str, &[Rel])]) {
    check_cases(|t| people_relations_of(t, kinds), cases);
}

/// An asserted relation; a meeting's or signing's pair in id order.
fn r(kind: &str, a: &str, b: &str) -> Rel {
    if (kind == "meets" || kind == "signs") && b < a {
        with(kind, b, a, A)
    } else {
        with(kind, a, b, A)
    }
}

const PUTIN: &str = "vladimir-putin";
const PRABOWO: &str = "prabowo-subianto";
const KIM: &str = "kim-jong-un";

#[test]
fn consultations_audiences_and_meals_are_meetings() {
    let m = |a, b| r("meets", a, b);
    table(
        &["meets"],
        &[
            (
                "Budi Santoso melakukan audiensi dengan Rina Wati di Jakarta .",
                &[m(BUDI, RINA)],
            ),
            (
                "Budi Santoso bersilaturahmi dengan Rina Wati pada hari Lebaran .",
                &[m(BUDI, RINA)],
            ),
            (
                "Budi Santoso berkonsultasi dengan Rina Wati soal anggaran .",
                &[m(BUDI, RINA)],
            ),
            (
                "Budi Santoso bernegosiasi dengan Rina Wati selama dua jam .",
                &[m(BUDI, RINA)],
            ),
            (
                "Budi Santoso bertatap muka dengan Rina Wati di Jakarta .",
                &[m(BUDI, RINA)],
            ),
            (
                "Budi Santoso santap siang bersama Rina Wati di Jakarta .",
                &[m(BUDI, RINA)],
            ),
            (
                "Budi Santoso sarapan bersama Rina Wati sebelum berangkat .",
                &[m(BUDI, RINA)],
            ),
            ("Budi Santoso sowan kepada Rina Wati .", &[m(BUDI, RINA)]),
            (
                "Budi Santoso bertukar pikiran dengan Rina Wati .",
                &[m(BUDI, RINA)],
            ),
            ("Budi Santoso bersua dengan Rina Wati .", &[m(BUDI, RINA)]),
            (
                "Budi Santoso mengobrol dengan Rina Wati di Jakarta .",
                &[m(BUDI, RINA)],
            ),
            (
                "Budi Santoso bersalaman dengan Rina Wati di Jakarta .",
                &[m(BUDI, RINA)],
            ),
            (
                "Budi Santoso held a dialogue with Rina Wati .",
                &[m(BUDI, RINA)],
            ),
            (
                "Budi Santoso had a working lunch with Rina Wati .",
                &[m(BUDI, RINA)],
            ),
            (
                "Budi Santoso attended a dinner with Vladimir Putin .",
                &[m(BUDI, PUTIN)],
            ),
            (
                "Budi Santoso consulted with Rina Wati on Monday .",
                &[m(BUDI, RINA)],
            ),
            (
                "Budi Santoso had an audience with Vladimir Putin at the Kremlin .",
                &[m(BUDI, PUTIN)],
            ),
            (
                "Budi Santoso huddled with Rina Wati before the vote .",
                &[m(BUDI, RINA)],
            ),
            (
                "Budi Santoso had breakfast with Rina Wati on Friday .",
                &[m(BUDI, RINA)],
            ),
            // traps: no person met
            ("Budi Santoso mengikuti konsultasi publik di Jakarta .", &[]),
            (
                "Budi Santoso menyebut negosiasi dagang dengan China belum selesai .",
                &[],
            ),
            ("Santap siang gratis dibagikan di Jakarta .", &[]),
            (
                "Budi Santoso spoke to an audience of students in Jakarta .",
                &[],
            ),
            ("Budi Santoso consulted the constitution .", &[]),
            ("Budi Santoso menyampaikan salam kepada Rina Wati .", &[]),
            ("Budi Santoso attended a dinner in Jakarta .", &[]),
            ("Russia called for dialogue with the United States .", &[]),
        ],
    );
}

#[test]
fn pilgrimages_stopovers_inspections_and_returns_are_visits() {
    let v = |a, b| r("visits", a, b);
    table(
        &["visits"],
        &[
            (
                "Budi Santoso berziarah ke Jakarta pada hari Minggu .",
                &[v(BUDI, "jakarta")],
            ),
            (
                "Budi Santoso mampir ke Jakarta sebelum pulang .",
                &[v(BUDI, "jakarta")],
            ),
            (
                "Budi Santoso transit di Vladivostok selama dua jam .",
                &[v(BUDI, "vladivostok")],
            ),
            (
                "Budi Santoso mudik ke Jakarta bersama keluarganya .",
                &[v(BUDI, "jakarta")],
            ),
            (
                "Presiden Prabowo Subianto meninjau lokasi banjir di Jakarta .",
                &[v(PRABOWO, "jakarta")],
            ),
            (
                "Budi Santoso melakukan sidak ke Jakarta .",
                &[v(BUDI, "jakarta")],
            ),
            (
                "Budi Santoso journeyed to Pyongyang by train .",
                &[v(BUDI, "pyongyang")],
            ),
            (
                "Budi Santoso made a pilgrimage to Moscow .",
                &[v(BUDI, "moscow")],
            ),
            (
                "Budi Santoso made a stopover in Vladivostok .",
                &[v(BUDI, "vladivostok")],
            ),
            (
                "Budi Santoso set foot in North Korea for the first time .",
                &[v(BUDI, "north-korea")],
            ),
            (
                "Vladimir Putin returned to Moscow on Thursday .",
                &[v(PUTIN, "moscow")],
            ),
            (
                "Kim Jong Un came to Vladivostok by train .",
                &[v(KIM, "vladivostok")],
            ),
            (
                "Budi Santoso kunker ke Jakarta pekan lalu .",
                &[v(BUDI, "jakarta")],
            ),
            (
                "Budi Santoso berpelesir ke Vladivostok .",
                &[v(BUDI, "vladivostok")],
            ),
            (
                "Budi Santoso menapakkan kaki di Pyongyang .",
                &[v(BUDI, "pyongyang")],
            ),
            // traps: another sense, or no place
            ("Budi Santoso meninjau ulang kebijakan itu .", &[]),
            (
                "Budi Santoso mengatakan libur sekolah di Jakarta dimulai Senin .",
                &[],
            ),
            ("Budi Santoso returned to power in 2020 .", &[]),
            ("Kim Jong Un came to an agreement with Russia .", &[]),
            ("The prize went to Budi Santoso .", &[]),
            ("The land in Kursk belongs to Russia .", &[]),
            ("Budi Santoso bought land in Jakarta .", &[]),
            ("Budi Santoso said the money will come to Ukraine .", &[]),
        ],
    );
}

#[test]
fn initialled_countersigned_and_concluded_pacts_are_signings() {
    let s = |a, b| r("signs", a, b);
    table(
        &["signs"],
        &[
            (
                "Budi Santoso memaraf perjanjian itu dengan Rina Wati .",
                &[s(BUDI, RINA)],
            ),
            (
                "Russia countersigned the accord with North Korea .",
                &[s("russia", "north-korea")],
            ),
            (
                "Russia concluded pacts with North Korea .",
                &[s("russia", "north-korea")],
            ),
            (
                "Russia and North Korea concluded memorandums on trade .",
                &[s("russia", "north-korea")],
            ),
            // trap: concluding talks is no signing
            ("Russia concluded the talks with North Korea .", &[]),
        ],
    );
}

#[test]
fn asset_freezes_and_travel_bans_are_sanctions() {
    let s = |a, b| r("sanctions", a, b);
    table(
        &["sanctions"],
        &[
            (
                "Amerika Serikat membekukan aset Iran .",
                &[s("united-states", "iran")],
            ),
            (
                "Amerika Serikat memblokir aset Iran .",
                &[s("united-states", "iran")],
            ),
            (
                "The United States imposed an asset freeze on Iran .",
                &[s("united-states", "iran")],
            ),
            (
                "The United States imposed a travel ban on Kim Jong Un .",
                &[s("united-states", KIM)],
            ),
            (
                "China adopted restrictive measures against North Korea .",
                &[s("china", "north-korea")],
            ),
            (
                "The United States announced punitive measures against Iran .",
                &[s("united-states", "iran")],
            ),
            (
                "China imposed a visa ban on Budi Santoso .",
                &[s("china", BUDI)],
            ),
            (
                "The United States imposed export controls on China .",
                &[s("united-states", "china")],
            ),
            // traps: nobody named as target
            ("The United States lifted the travel ban on Monday .", &[]),
            ("Indonesia eased a travel ban for tourists .", &[]),
            ("Polisi memblokir rekening Budi Santoso .", &[]),
            ("Indonesia tightened export controls on nickel .", &[]),
        ],
    );
}

#[test]
fn censure_scorn_and_lashing_out_are_criticism() {
    let c = |a, b| r("criticizes", a, b);
    let br = || c(BUDI, RINA);
    table(
        &["criticizes"],
        &[
            ("Budi Santoso mencela Rina Wati di depan umum .", &[br()]),
            ("Budi Santoso mencaci Rina Wati .", &[br()]),
            (
                "Budi Santoso menghujat Rina Wati di media sosial .",
                &[br()],
            ),
            ("Budi Santoso menegur Rina Wati dengan keras .", &[br()]),
            ("Budi Santoso mencibir Rina Wati .", &[br()]),
            ("Budi Santoso memfitnah Rina Wati .", &[br()]),
            ("Budi Santoso menghina Rina Wati .", &[br()]),
            ("Budi Santoso menyentil Rina Wati .", &[br()]),
            (
                "Indonesia menyesalkan serangan Rusia .",
                &[c("indonesia", "russia")],
            ),
            (
                "China censured the United States on Monday .",
                &[c("china", "united-states")],
            ),
            ("Budi Santoso castigated Rina Wati .", &[br()]),
            ("Budi Santoso lambasted Rina Wati .", &[br()]),
            ("Budi Santoso chastised Rina Wati .", &[br()]),
            ("Budi Santoso reprimanded Rina Wati .", &[br()]),
            ("Budi Santoso reproached Rina Wati .", &[br()]),
            ("Budi Santoso berated Rina Wati .", &[br()]),
            (
                "China deplored the attack by Russia .",
                &[c("china", "russia")],
            ),
            ("China decried North Korea .", &[c("china", "north-korea")]),
            ("Budi Santoso disparaged Rina Wati .", &[br()]),
            ("Budi Santoso derided Rina Wati .", &[br()]),
            ("Budi Santoso ridiculed Rina Wati .", &[br()]),
            ("Budi Santoso scolded Rina Wati .", &[br()]),
            ("Budi Santoso chided Rina Wati .", &[br()]),
            ("Budi Santoso admonished Rina Wati .", &[br()]),
            ("Budi Santoso excoriated Rina Wati .", &[br()]),
            ("Budi Santoso vilified Rina Wati .", &[br()]),
            ("Budi Santoso assailed Rina Wati .", &[br()]),
            (
                "China lashed out at the United States on Friday .",
                &[c("china", "united-states")],
            ),
            (
                "China hit out at the United States .",
                &[c("china", "united-states")],
            ),
            ("Budi Santoso took aim at Rina Wati .", &[br()]),
            ("Budi Santoso took a swipe at Rina Wati .", &[br()]),
            // traps: regret of one's own, a thing blamed, no party
            ("Budi Santoso menyesal .", &[]),
            ("Budi Santoso merasa terhina .", &[]),
            ("Budi Santoso menyebut perbuatan itu tercela .", &[]),
            (
                "Budi Santoso swiped his card at the airport in Jakarta .",
                &[],
            ),
            ("China hit back at critics .", &[]),
        ],
    );
}

#[test]
fn backing_solidarity_and_assistance_are_support() {
    let s = |a, b| r("supports", a, b);
    table(
        &["supports"],
        &[
            (
                "Indonesia menyatakan solidaritas terhadap Ukraina .",
                &[s("indonesia", "ukraine")],
            ),
            (
                "Budi Santoso menyerahkan donasi untuk Ukraina .",
                &[s(BUDI, "ukraine")],
            ),
            (
                "The United States backs Ukraine .",
                &[s("united-states", "ukraine")],
            ),
            (
                "Ukraine is backed by the United States .",
                &[s("united-states", "ukraine")],
            ),
            ("China pledged assistance to Iran .", &[s("china", "iran")]),
            ("China assisted Iran .", &[s("china", "iran")]),
            (
                "China expressed endorsement for Russia .",
                &[s("china", "russia")],
            ),
            (
                "The United States donated vaccines to Indonesia .",
                &[s("united-states", "indonesia")],
            ),
            ("China rallied behind Russia .", &[s("china", "russia")]),
            (
                "Indonesia stood with Ukraine .",
                &[s("indonesia", "ukraine")],
            ),
            (
                "Indonesia stands with Ukraine .",
                &[s("indonesia", "ukraine")],
            ),
            (
                "Indonesia expressed solidarity with Ukraine .",
                &[s("indonesia", "ukraine")],
            ),
            // traps: back as an adverb, no party supported
            ("Budi Santoso flew back to Moscow .", &[]),
            ("Budi Santoso came back on Monday .", &[]),
            ("Donasi dibuka di Jakarta .", &[]),
            ("Budi Santoso will stand by for instructions .", &[]),
            ("The United States stood by its decision on Ukraine .", &[]),
            ("The bill has broad support .", &[]),
        ],
    );
}

#[test]
fn bombardments_offensives_and_invasions_are_attacks() {
    let a = |x, y| r("attacks", x, y);
    table(
        &["attacks"],
        &[
            (
                "Rusia menghantam Ukraina dengan rudal .",
                &[a("russia", "ukraine")],
            ),
            ("Rusia mengepung Kursk .", &[a("russia", "kursk")]),
            (
                "Dunia mengecam invasi Rusia ke Ukraina .",
                &[a("russia", "ukraine")],
            ),
            ("Ukraine bombarded Kursk .", &[a("ukraine", "kursk")]),
            (
                "Ukraine launched an assault on Kursk .",
                &[a("ukraine", "kursk")],
            ),
            (
                "Russia began an offensive against Ukraine .",
                &[a("russia", "ukraine")],
            ),
            (
                "Ukraine's incursion into Kursk surprised Moscow .",
                &[a("ukraine", "kursk")],
            ),
            ("Russia besieged Kursk .", &[a("russia", "kursk")]),
            (
                "North Korea opened fire on South Korea .",
                &[a("north-korea", "south-korea")],
            ),
            (
                "North Korea fired missiles at Seoul .",
                &[a("north-korea", "seoul")],
            ),
            // traps: another sense, a test launch, no place
            ("Banjir menghantam Jakarta .", &[]),
            ("Rusia meluncurkan roket dari Kosmodrom Vostochny .", &[]),
            ("Budi Santoso made offensive remarks about Russia .", &[]),
            ("Budi Santoso was charged with assault in Jakarta .", &[]),
            ("Budi Santoso was fired from his post in Jakarta .", &[]),
            ("Russia struck a deal with North Korea .", &[]),
        ],
    );
}

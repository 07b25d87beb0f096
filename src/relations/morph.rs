//! Morphology by rule: every candidate stem of an Indonesian or English word,
//! with the voice its affixes signal. The lexicon keeps only stems
//! ("temu", "kunjung", "meet"), so bertemu, pertemuan, menemui, dijumpai,
//! visited or invitation find their entry without listing the forms.

use std::collections::BTreeMap;

/// The grammatical voice a word form signals.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Voice {
    /// Active verb or bare stem (me-, ber-, bare root; English base forms).
    Active,
    /// Passive verb (Indonesian di-; English participle after a form of "be").
    Passive,
    /// Noun (Indonesian -an, pe-/per-…-an, ke-…-an; English -ion).
    Nominal,
}

/// One reading of a word: a candidate stem and the voice of its affixes.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Analysis {
    /// The candidate stem, folded.
    pub stem: String,
    /// The voice the stripped affixes signal.
    pub voice: Voice,
}

const VOWELS: &[u8] = b"aiueo";

fn starts_vowel(s: &str) -> bool {
    s.as_bytes().first().is_some_and(|b| VOWELS.contains(b))
}

/// Shortest stem the rules may produce: shorter strings are noise.
const MIN_STEM: usize = 3;

/// Stems a prefixed Indonesian form may come from, undoing the nasal
/// assimilation of me-/pe- (meny+a → sa, mem+a → pa, men+e → te,
/// meng+u → ku or u, menge+bom → bom).
fn strip_nasal(rest: &str, out: &mut Vec<String>) {
    if let Some(r) = rest.strip_prefix("ny") {
        if starts_vowel(r) {
            out.push(format!("s{r}"));
            out.push(format!("ny{r}"));
        }
    } else if let Some(r) = rest.strip_prefix("nge") {
        // menge- before one-syllable stems (mengebom → bom)
        out.push(r.to_string());
        out.push(format!("e{r}"));
        out.push(format!("ge{r}"));
        // meng+e → ke (mengecam → kecam, mengenal → kenal)
        out.push(format!("ke{r}"));
    } else if let Some(r) = rest.strip_prefix("ng") {
        if starts_vowel(r) {
            out.push(format!("k{r}"));
            out.push(r.to_string());
        } else if r.starts_with(['g', 'h', 'k', 'x']) {
            out.push(r.to_string());
        }
    } else if let Some(r) = rest.strip_prefix('m') {
        if starts_vowel(r) {
            out.push(format!("p{r}"));
            out.push(format!("m{r}"));
        } else if r.starts_with(['b', 'f', 'v', 'p']) {
            out.push(r.to_string());
        }
    } else if let Some(r) = rest.strip_prefix('n') {
        if starts_vowel(r) {
            out.push(format!("t{r}"));
            out.push(format!("n{r}"));
        } else if r.starts_with(['c', 'd', 'j', 'z', 't', 's']) {
            out.push(r.to_string());
        }
    } else if rest.starts_with(['l', 'r', 'w', 'y']) {
        out.push(rest.to_string());
    }
}

/// Strips one layer of prefix from `w`, pushing (stem, voice) pairs; the
/// voice of a nasal/pe- noun depends on whether a suffix was stripped.
fn strip_prefix(w: &str, nominal_suffix: bool, out: &mut Vec<(String, Voice)>) {
    let mut stems = Vec::new();
    let noun_or = |v: Voice| if nominal_suffix { Voice::Nominal } else { v };
    if let Some(r) = w.strip_prefix("me") {
        strip_nasal(r, &mut stems);
        out.extend(stems.drain(..).map(|s| (s, Voice::Active)));
    }
    if let Some(r) = w.strip_prefix("pe") {
        strip_nasal(r, &mut stems);
        out.extend(stems.drain(..).map(|s| (s, Voice::Nominal)));
        // per-/pe- before r: perundingan = pe + runding + an
        out.push((r.to_string(), Voice::Nominal));
        if let Some(r2) = r.strip_prefix('r') {
            out.push((r2.to_string(), Voice::Nominal));
        }
    }
    if let Some(r) = w.strip_prefix("di") {
        out.push((r.to_string(), Voice::Passive));
    }
    if let Some(r) = w.strip_prefix("ber") {
        out.push((r.to_string(), noun_or(Voice::Active)));
    }
    if let Some(r) = w.strip_prefix("be") {
        // be- before r (beranak) and bel- (belajar)
        out.push((r.to_string(), noun_or(Voice::Active)));
        if let Some(r2) = r.strip_prefix('l') {
            out.push((r2.to_string(), Voice::Active));
        }
    }
    if let Some(r) = w.strip_prefix("ter") {
        out.push((r.to_string(), Voice::Active));
    }
    if let Some(r) = w.strip_prefix("ke") {
        out.push((r.to_string(), noun_or(Voice::Active)));
    }
    if let Some(r) = w.strip_prefix("se") {
        out.push((r.to_string(), Voice::Active));
    }
}

/// Whether the folded word `word` reads as an Indonesian passive verb
/// ("diungkapkan") with a stem that `stem_ok` accepts.
pub(crate) fn passive_id_with(word: &str, stem_ok: impl Fn(&str) -> bool) -> bool {
    if !word.starts_with("di") {
        return false;
    }
    let mut out = Vec::new();
    analyze_id(word, &mut out);
    out.iter()
        .any(|a| a.voice == Voice::Passive && stem_ok(&a.stem))
}

/// "diberangkat(kan)", "diberlaku(kan)": di- on a ber- verb, before -kan.
/// That is the causative of an intransitive verb ("bantuan
/// diberangkatkan oleh X": the aid is sent off, X does not travel), not
/// the ber- verb's passive, so it gives no analysis of the ber- verb. A
/// root of three letters or fewer after "ber" is no ber- verb ("diberi",
/// "diberita").
fn causative_of_ber(s: &str) -> bool {
    s.strip_prefix("diber")
        .is_some_and(|root| root.chars().count() >= 4)
}

/// Every candidate analysis of a folded Indonesian word, the word itself
/// first. Over-generation is harmless: only stems the lexicon knows match.
pub fn analyze_id(word: &str, out: &mut Vec<Analysis>) {
    out.clear();
    let mut bases: Vec<String> = vec![word.to_string()];
    // particles, then possessive clitics
    for p in ["lah", "kah", "pun", "tah"] {
        if let Some(b) = word.strip_suffix(p) {
            bases.push(b.to_string());
        }
    }
    for i in 0..bases.len() {
        for p in ["nya", "ku", "mu"] {
            if let Some(b) = bases[i].strip_suffix(p) {
                bases.push(b.to_string());
            }
        }
    }
    let mut layer: Vec<(String, Voice, bool)> = Vec::new();
    for b in &bases {
        layer.push((b.clone(), Voice::Active, false));
        if let Some(s) = b.strip_suffix("kan").filter(|s| !causative_of_ber(s)) {
            layer.push((s.to_string(), Voice::Active, false));
        }
        if let Some(s) = b.strip_suffix("an") {
            layer.push((s.to_string(), Voice::Nominal, true));
        }
        if let Some(s) = b.strip_suffix('i') {
            layer.push((s.to_string(), Voice::Active, false));
        }
    }
    let mut once = Vec::new();
    let mut twice = Vec::new();
    for (s, v, nominal) in &layer {
        push(out, s, *v);
        once.clear();
        strip_prefix(s, *nominal, &mut once);
        for (s1, v1) in &once {
            push(out, s1, *v1);
            // a second layer: memper-, diper-, keber-
            twice.clear();
            strip_prefix(s1, *nominal, &mut twice);
            for (s2, _) in &twice {
                push(out, s2, *v1);
            }
        }
    }
}

fn push(out: &mut Vec<Analysis>, stem: &str, voice: Voice) {
    if stem.chars().count() >= MIN_STEM && !out.iter().any(|a| a.stem == stem) {
        out.push(Analysis {
            stem: stem.to_string(),
            voice,
        });
    }
}

/// Every candidate analysis of a folded English word, the word itself
/// first: irregular forms from the lexicon, then -s/-es/-ies, -ed/-ied,
/// -ing (with e-restoration and undoubled consonants) and -ion/-ation.
pub fn analyze_en(word: &str, irregular: &BTreeMap<String, String>, out: &mut Vec<Analysis>) {
    out.clear();
    push(out, word, Voice::Active);
    if let Some(lemma) = irregular.get(word) {
        push(out, lemma, Voice::Active);
    }
    if let Some(s) = word.strip_suffix("ies") {
        push(out, &format!("{s}y"), Voice::Active);
    }
    if let Some(s) = word.strip_suffix("es") {
        push(out, s, Voice::Active);
    }
    if let Some(s) = word.strip_suffix('s') {
        if !s.ends_with('s') {
            push(out, s, Voice::Active);
        }
    }
    // "held separate meetings with X": a plural -ing noun is the -ing form's
    for suffix in ["ed", "ing", "ings"] {
        if let Some(s) = word.strip_suffix(suffix) {
            if let Some(y) = s.strip_suffix('i') {
                push(out, &format!("{y}y"), Voice::Active);
            }
            push(out, s, Voice::Active);
            push(out, &format!("{s}e"), Voice::Active);
            // A doubled final letter ("stopped"): compare chars, not bytes,
            // since two equal trailing bytes may be inside one char ("x₂").
            let mut last = s.chars().rev();
            if let (Some(a), Some(b)) = (last.next(), last.next()) {
                if a == b {
                    push(out, &s[..s.len() - a.len_utf8()], Voice::Active);
                }
            }
        }
    }
    for suffix in ["ations", "ation", "ions", "ion"] {
        if let Some(s) = word.strip_suffix(suffix) {
            push(out, s, Voice::Nominal);
            push(out, &format!("{s}e"), Voice::Nominal);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn stems_id(w: &str) -> Vec<(String, Voice)> {
        let mut out = Vec::new();
        analyze_id(w, &mut out);
        out.into_iter().map(|a| (a.stem, a.voice)).collect()
    }

    #[test]
    fn indonesian_forms_reduce_to_stems() {
        use Voice::*;
        let table = [
            ("bertemu", "temu", Active),
            ("pertemuan", "temu", Nominal),
            ("menemui", "temu", Active),
            ("ditemui", "temu", Passive),
            ("berjumpa", "jumpa", Active),
            ("dijumpai", "jumpa", Passive),
            ("mengunjungi", "kunjung", Active),
            ("kunjungan", "kunjung", Nominal),
            ("kunjungannya", "kunjung", Nominal),
            ("berkunjung", "kunjung", Active),
            ("dikunjungi", "kunjung", Passive),
            ("kunjungi", "kunjung", Active),
            ("lawatan", "lawat", Nominal),
            ("melawat", "lawat", Active),
            ("mengundang", "undang", Active),
            ("undangan", "undang", Nominal),
            ("diundang", "undang", Passive),
            ("memasok", "pasok", Active),
            ("pasokan", "pasok", Nominal),
            ("dipasok", "pasok", Passive),
            ("menyampaikan", "sampai", Active),
            ("pembicaraan", "bicara", Nominal),
            ("perundingan", "runding", Nominal),
            ("membahas", "bahas", Active),
            ("disambut", "sambut", Passive),
            ("kedatangan", "datang", Nominal),
            ("mengirim", "kirim", Active),
            ("menjatuhkan", "jatuh", Active),
            ("mengebom", "bom", Active),
            ("memperkenalkan", "kenal", Active),
            ("bertukar", "tukar", Active),
            ("pandangan", "pandang", Nominal),
            ("berjabat", "jabat", Active),
            ("penyampaian", "sampai", Nominal),
            ("pengiriman", "kirim", Nominal),
            ("pemasok", "pasok", Nominal),
            ("pemasokan", "pasok", Nominal),
            ("keberangkatan", "angkat", Nominal),
            ("sekembalinya", "kembali", Active),
            ("diperpanjang", "panjang", Passive),
            ("menghadiri", "hadir", Active),
            ("menyatakan", "nyata", Active),
        ];
        for (form, stem, voice) in table {
            let got = stems_id(form);
            assert!(
                got.contains(&(stem.to_string(), voice)),
                "{form} → {stem} ({voice:?}); got {got:?}"
            );
        }
    }

    #[test]
    fn a_causative_of_a_ber_verb_is_no_passive_of_it() {
        let verbs = [
            ("diberangkatkan", "berangkat"),
            ("diberangkatkannya", "berangkat"),
            ("diberlakukan", "berlaku"),
        ];
        for (w, verb) in verbs {
            let got = stems_id(w);
            assert!(!got.iter().any(|(s, _)| s == verb), "{w}: {got:?}");
        }
        // traps: a root of three letters or fewer, and di- without -kan
        let has = |w: &str, stem: &str| stems_id(w).iter().any(|(s, _)| s == stem);
        assert!(has("diberikan", "beri"));
        assert!(has("diberitakan", "berita"));
        assert!(has("diberantas", "berantas"));
    }

    #[test]
    fn word_itself_comes_first() {
        assert_eq!(stems_id("temu")[0], ("temu".to_string(), Voice::Active));
        assert!(!stems_id("puting").iter().any(|(s, _)| s == "putin"));
    }

    #[test]
    fn english_inflections_reduce_to_lemmas() {
        let irregular: BTreeMap<String, String> = [("met", "meet"), ("flew", "fly")]
            .iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        let table = [
            ("meet", "meet"),
            ("met", "meet"),
            ("meets", "meet"),
            ("meeting", "meet"),
            ("talks", "talk"),
            ("visit", "visit"),
            ("visited", "visit"),
            ("visits", "visit"),
            ("visiting", "visit"),
            ("arrives", "arrive"),
            ("arrived", "arrive"),
            ("travelled", "travel"),
            ("traveled", "travel"),
            ("invite", "invite"),
            ("invited", "invite"),
            ("invitation", "invite"),
            ("supply", "supply"),
            ("supplied", "supply"),
            ("supplies", "supply"),
            ("supplying", "supply"),
            ("flew", "fly"),
        ];
        for (form, lemma) in table {
            let mut out = Vec::new();
            analyze_en(form, &irregular, &mut out);
            assert!(
                out.iter().any(|a| a.stem == lemma),
                "{form} → {lemma}: {out:?}"
            );
        }
        let mut out = Vec::new();
        analyze_en("invitation", &irregular, &mut out);
        let a = out.iter().find(|a| a.stem == "invite").map(|a| a.voice);
        assert_eq!(a, Some(Voice::Nominal));
    }

    #[test]
    fn multibyte_endings_do_not_split_a_char() {
        // "₂" is E2 82 82: its last two bytes are equal.
        let mut out = Vec::new();
        for w in ["x₂ed", "x₂ing", "₂₂ed", "ééing", "ed", "ing"] {
            // Must not panic; short stems are simply not analysed.
            analyze_en(w, &BTreeMap::new(), &mut out);
        }
        analyze_en("abc₂₂ed", &BTreeMap::new(), &mut out);
        assert!(out.iter().any(|a| a.stem == "abc₂"), "{out:?}");
    }
}

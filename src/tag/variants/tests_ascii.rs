//! The list names' byte tests ([`is_acronym`], [`plain`]) against their
//! tests by chars.

use super::plain::plain_by_chars;
use super::*;

/// Every string of up to four chars drawn from ASCII letters, digits,
/// marks and every ASCII whitespace char, and chars past ASCII (letters of
/// both cases, whitespace and a mark).
fn strings() -> Vec<String> {
    let chars = [
        'a', 'Z', 'q', 'M', '0', '_', ' ', '\t', '\n', '\u{b}', '\u{c}', '\r', '.', '-', '\u{1f}',
        '\u{7f}', '\u{a0}', '\u{85}', '\u{2003}', 'é', 'É', 'İ', 'ß', '\u{301}',
    ];
    let mut out = vec![String::new()];
    let mut last = vec![String::new()];
    for _ in 0..4 {
        let next: Vec<String> = last
            .iter()
            .flat_map(|s| chars.iter().map(move |c| format!("{s}{c}")))
            .collect();
        out.extend(next.iter().cloned());
        last = next;
    }
    out
}

#[test]
fn list_names_tested_by_bytes_are_tested_as_by_chars() {
    let all = strings();
    assert!(all.len() > 300_000, "{} strings", all.len());
    let word = |c: &u8| c.is_ascii_alphanumeric() || *c == b'_';
    let (mut acronyms, mut plains) = (0, 0);
    for s in &all {
        let b = s.as_bytes();
        assert_eq!(is_acronym(s), is_acronym_by_chars(s), "{s:?}");
        let by_chars =
            b.first().is_some_and(word) && b.last().is_some_and(word) && plain_by_chars(s);
        assert_eq!(plain(s), by_chars, "{s:?}");
        acronyms += usize::from(is_acronym(s));
        plains += usize::from(by_chars);
    }
    // Both answers occur often: the comparison is no comparison of "no".
    assert!(acronyms > 10_000 && plains > 1_000, "{acronyms} {plains}");
}

#[test]
fn plain_keys_read_in_one_pass_are_plain_keys_read_by_words() {
    use super::plain::plain_key_is_by_words;
    use crate::tag::normalize::normalize_key;
    let mut checked = (0, 0);
    for s in strings().iter().filter(|s| s.chars().count() <= 3) {
        let own = normalize_key(s);
        // Its own key, keys of its neighbours (a letter changed, a marker
        // dropped or doubled, a byte added) and the empty key.
        let mut keys = vec![own.clone(), Vec::new()];
        for at in 0..own.len() {
            let mut k = own.clone();
            k.remove(at);
            keys.push(k);
            let mut k = own.clone();
            k.insert(at, own[at]);
            keys.push(k);
            let mut k = own.clone();
            k[at] = k[at].wrapping_add(1);
            keys.push(k);
        }
        let mut k = own.clone();
        k.push(b'a');
        keys.push(k);
        for k in &keys {
            let got = plain_key_is(s, k);
            assert_eq!(got, plain_key_is_by_words(s, k), "{s:?} {k:?}");
            checked.0 += 1;
            checked.1 += usize::from(got);
        }
    }
    assert!(checked.0 > 100_000 && checked.1 > 500, "{checked:?}");
}

//! Acronyms a corpus spells out. An acronym whose spelling is written in
//! lowercase ("rapat dengar pendapat ( RDP )", "memorandum of
//! understanding ( MoU )", "teknologi informasi atau TI") is a common
//! noun; one spelled in capitals ("Mahkamah Agung ( MA )") is a name.

use super::shape::Word;

/// The acronyms `words` spell out, each with whether the spelling is in
/// lowercase: every word of it after the first (which may open the
/// sentence) starts with a lowercase letter. An acronym (two to six
/// capitals, letters and digits only) spells the words right before it
/// when it stands in brackets or after "atau"/"or", and their initials,
/// lowercase connectors (`connector`) aside, are its capitals in order.
pub(super) fn spelled<'a>(
    text: &'a str,
    words: &[Word],
    connector: impl Fn(&str) -> bool,
) -> Vec<(&'a str, bool)> {
    let mut out = Vec::new();
    for (n, w) in words.iter().enumerate() {
        let acr = &text[w.start..w.end];
        let caps: Vec<char> = acr.chars().filter(|c| c.is_uppercase()).collect();
        if caps.len() < 2 || caps.len() > 6 || !acr.chars().all(char::is_alphanumeric) {
            continue;
        }
        let bracketed = text[..w.start].trim_end().ends_with('(')
            && text[w.end..].trim_start().starts_with(')');
        let end = if bracketed {
            n
        } else if n > 0
            && !w.after_break
            && matches!(&text[words[n - 1].start..words[n - 1].end], "atau" | "or")
        {
            n - 1
        } else {
            continue;
        };
        let mut want = caps.iter().rev().peekable();
        let mut matched: Vec<usize> = Vec::new();
        let mut k = end;
        // At most three words a capital (connectors aside, a spelling has
        // one): a run of connectors costs no more than that.
        let mut steps = 0;
        while let Some(&&c) = want.peek() {
            steps += 1;
            if k == 0 || (k < end && words[k].after_break) || steps > 3 * caps.len() {
                break;
            }
            k -= 1;
            let word = &text[words[k].start..words[k].end];
            let first = word.chars().next().unwrap_or(' ');
            if !matched.is_empty() && first.is_lowercase() && connector(word) {
                continue;
            }
            if first.to_uppercase().eq(std::iter::once(c)) {
                matched.push(k);
                want.next();
            } else {
                break;
            }
        }
        if want.peek().is_none() {
            let lower = matched[..matched.len() - 1]
                .iter()
                .all(|&m| text[words[m].start..].starts_with(char::is_lowercase));
            out.push((acr, lower));
        }
    }
    out
}

/// The codes of a results table in one sentence, by start offset:
/// bracketed words of three capitals that the words before them do not
/// spell (`spelled`), as country and team codes follow players ("Yuki
/// Kaneko ( JPN ) 21 - 19"), when one of them is followed by a number.
/// A sentence with no score keeps its bracketed acronyms.
pub(super) fn table_codes(text: &str, words: &[Word], spelled: &[(&str, bool)]) -> Vec<usize> {
    let mut codes = Vec::new();
    let mut scored = false;
    for w in words {
        let code = &text[w.start..w.end];
        if code.len() != 3 || !code.chars().all(|c| c.is_ascii_uppercase()) {
            continue;
        }
        let after = text[w.end..].trim_start();
        if !text[..w.start].trim_end().ends_with('(')
            || !after.starts_with(')')
            || spelled.iter().any(|(a, _)| *a == code)
        {
            continue;
        }
        scored |= after[1..]
            .trim_start()
            .starts_with(|c: char| c.is_ascii_digit());
        codes.push(w.start);
    }
    if scored {
        codes
    } else {
        Vec::new()
    }
}

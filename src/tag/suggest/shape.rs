//! The shapes `suggest` reads: words of a sentence (with hyphens set off
//! by spaces joined), acronyms, brand-case words, collapsed examples.

/// A word of a sentence: byte range, capitalised or not.
#[derive(Clone, Copy, Debug)]
pub(super) struct Word {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) capital: bool,
    /// Punctuation or a line end comes right before it.
    pub(super) after_break: bool,
    /// A mention overlaps it.
    pub(super) known: bool,
}

/// Up to six letters, all capitals ("DPP", "INASGOC" is seven: no).
pub(super) fn acronym(name: &str) -> bool {
    let letters: Vec<char> = name.chars().filter(|c| c.is_alphabetic()).collect();
    !letters.is_empty() && letters.len() <= 6 && letters.iter().all(|c| c.is_uppercase())
}

/// A word that starts with an elided article or preposition before a
/// capital: "d'Or", "d’Ivoire", "l'Equipe".
pub(super) fn elided(word: &str) -> bool {
    let mut it = word.chars();
    it.next().is_some_and(char::is_lowercase)
        && matches!(it.next(), Some('\'' | '\u{2019}'))
        && it.next().is_some_and(char::is_uppercase)
}

/// A model code: a capital, then letters and digits, with a digit, at most
/// six characters ("S8", "A5s", "P10").
pub(super) fn model_code(word: &str) -> bool {
    word.len() <= 6
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.chars().all(|c| c.is_ascii_alphanumeric())
        && word.chars().any(|c| c.is_ascii_digit())
}

/// A word with a capital after two lowercase letters or more
/// ("DailySocial", "YouTube"), as brands write their names; "McGregor" or
/// "LeBron" (one lowercase letter before the capital) are surnames.
pub(super) fn brand_case(name: &str) -> bool {
    name.split_whitespace().any(|w| {
        let mut run = 0;
        let mut seen_upper = false;
        for ch in w.chars() {
            if ch.is_uppercase() {
                if seen_upper && run >= 2 {
                    return true;
                }
                seen_upper = true;
                run = 0;
            } else if ch.is_lowercase() {
                run += 1;
            } else {
                run = 0;
            }
        }
        false
    })
}

/// The words of `text[start..end]`: runs of letters and digits with inner
/// hyphens, apostrophes, periods and ampersands ("Tae-yong", "U.S.",
/// "Pull&Bear").
pub(super) fn split_words(
    text: &str,
    start: usize,
    end: usize,
    spans: &[(usize, usize)],
) -> Vec<Word> {
    let mut out = Vec::new();
    let bytes = &text[start..end];
    let mut it = bytes.char_indices().peekable();
    let mut brk = true;
    while let Some((i, c)) = it.next() {
        if c.is_alphanumeric() {
            let s = start + i;
            let mut e = s + c.len_utf8();
            while let Some(&(k, d)) = it.peek() {
                let inner = matches!(d, '-' | '\'' | '\u{2019}' | '.' | '&');
                let next_alnum = bytes[k + d.len_utf8()..]
                    .chars()
                    .next()
                    .is_some_and(char::is_alphanumeric);
                if d.is_alphanumeric() || (inner && next_alnum) {
                    e = start + k + d.len_utf8();
                    it.next();
                } else {
                    break;
                }
            }
            let known = spans.iter().any(|&(a, b)| a < e && b > s);
            out.push(Word {
                start: s,
                end: e,
                capital: c.is_uppercase(),
                after_break: brk,
                known,
            });
            brk = false;
        } else if !(c == ' ' || c == '\t') {
            brk = true;
        }
    }
    join_spaced_hyphens(text, out)
}

/// A hyphen set off by spaces inside one name, as tokenised text writes
/// it ("Go - Jek", "Son Heung - min"): the two words become one when the
/// second starts in lowercase or either is a word of three letters or
/// fewer that is no acronym, unless the second repeats the first. "Jakarta - Bandung" and "Persib - PSM" (two
/// names, as in a result) stay apart.
fn join_spaced_hyphens(text: &str, words: Vec<Word>) -> Vec<Word> {
    let short = |w: &str| w.chars().count() <= 3 && !acronym(w);
    let mut out: Vec<Word> = Vec::with_capacity(words.len());
    for w in words {
        if let Some(prev) = out.last_mut() {
            let (a, b) = (&text[prev.start..prev.end], &text[w.start..w.end]);
            let letters = a.starts_with(char::is_alphabetic) && b.starts_with(char::is_alphabetic);
            // A reduplicated word ("Alih - alih", "budaya - budaya") is
            // one common word, no name.
            let doubled = a.to_lowercase() == b.to_lowercase();
            if prev.capital
                && letters
                && !doubled
                && text.get(prev.end..w.start) == Some(" - ")
                && (b.starts_with(char::is_lowercase) || short(a) || short(b))
            {
                prev.end = w.end;
                prev.known |= w.known;
                continue;
            }
        }
        out.push(w);
    }
    out
}

/// The word a run `words[i..j]` is joined to by a hyphen set off by
/// spaces, as its own name continues ("Oxlade - Chamberlain", "Karl -
/// Heinz Rummenigge"): the capitalised word right after it, or else right
/// before it, if any. That word must be a name of one word (two names
/// paired, "Basuki Tjahaja Purnama - Djarot", are not one name) and not
/// open the sentence (a dateline: "Rimanews - Lucky Hakim").
pub(super) fn hyphen_neighbour<'a>(
    text: &'a str,
    words: &[Word],
    i: usize,
    j: usize,
) -> Option<&'a str> {
    let name = |w: &Word| w.capital || w.known;
    // A reduplicated word ("Bolo - Bolo") is one word, no longer name.
    let joined = |a: &Word, b: &Word| {
        text.get(a.end..b.start) == Some(" - ")
            && name(a)
            && name(b)
            && text[a.start..a.end].to_lowercase() != text[b.start..b.end].to_lowercase()
    };
    let goes_on = |w: Option<&Word>| w.is_some_and(|w| name(w) && !w.after_break);
    if let (Some(a), Some(b)) = (j.checked_sub(1).and_then(|k| words.get(k)), words.get(j)) {
        if joined(a, b) && !goes_on(words.get(j + 1)) {
            return Some(&text[b.start..b.end]);
        }
    }
    let k = i.checked_sub(1).filter(|&k| k > 0)?;
    let (a, b) = (words.get(k)?, words.get(i)?);
    let paired = name(&words[k - 1]) && !a.after_break;
    (joined(a, b) && !paired).then(|| &text[a.start..a.end])
}

/// Whitespace collapsed, at most `max` characters.
pub(super) fn collapse(s: &str, max: usize) -> String {
    let mut out: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if out.chars().count() > max {
        out = out.chars().take(max - 1).collect::<String>() + "…";
    }
    out
}

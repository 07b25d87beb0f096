//! Name keys, slugs and digests: how names are compared for duplicates and
//! ambiguity, and how ids are made for plain-list entries.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

/// A stable id for a name: lowercase, diacritics removed, every run of
/// non-alphanumeric characters turned into one `-`, no leading or trailing
/// `-` (`"Kim Jong-un"` → `kim-jong-un`). Empty for names without letters
/// or digits.
pub fn slug(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut dash = false;
    if name.is_ascii() {
        // Fast path for the large plain lists.
        for b in name.bytes() {
            if b.is_ascii_alphanumeric() {
                if dash && !out.is_empty() {
                    out.push('-');
                }
                dash = false;
                out.push(char::from(b.to_ascii_lowercase()));
            } else {
                dash = true;
            }
        }
        return out;
    }
    for c in fold_chars(name) {
        if c.is_alphanumeric() {
            if dash && !out.is_empty() {
                out.push('-');
            }
            dash = false;
            out.extend(c.to_lowercase());
        } else {
            dash = true;
        }
    }
    out
}

/// Whether a name is an acronym the matcher treats case-sensitively: no
/// lowercase letter and at most 6 letters (`AS`, `PBB`, `U.S.`, `NATO`).
pub fn is_acronym(name: &str) -> bool {
    let mut letters = 0;
    for c in name.chars() {
        if c.is_lowercase() {
            return false;
        }
        if c.is_alphabetic() {
            letters += 1;
        }
    }
    (1..=6).contains(&letters)
}

/// The key under which two names count as the same name for duplicate and
/// ambiguity checks: letters and digits only, lowercased, without
/// diacritics (so case, hyphens, spaces and dots do not matter), except
/// acronyms, which are compared as written.
pub fn name_key(name: &str) -> String {
    let mut key = String::new();
    name_key_into(name, &mut key);
    key
}

/// [`name_key`] into a reused buffer (cleared first).
pub fn name_key_into(name: &str, key: &mut String) {
    key.clear();
    let name = name.trim();
    if is_acronym(name) {
        key.push('\u{1}');
        key.push_str(name);
        return;
    }
    if name.is_ascii() {
        // Fast path for the large plain lists.
        for b in name.bytes() {
            if b.is_ascii_alphanumeric() {
                key.push(char::from(b.to_ascii_lowercase()));
            }
        }
        return;
    }
    for c in fold_chars(name) {
        if c.is_alphanumeric() {
            key.extend(c.to_lowercase());
        }
    }
}

/// The words of a name as the matcher splits them: runs of letters and
/// digits, lowercased, without diacritics, one space between, and any
/// other character but blanks and hyphens kept ("Asy'ari" gives `asy ' ari`,
/// "Go-Jek" `go jek`, "Gojek" `gojek`). Two names of one [`name_key`]
/// with other words ("Hasyim Asy'ari", "Hasyim Asyari") are both matched.
pub(crate) fn word_split(name: &str) -> String {
    let mut out = String::new();
    let mut in_word = false;
    for c in fold_chars(name.trim()) {
        if c.is_alphanumeric() {
            if !in_word && !out.is_empty() {
                out.push(' ');
            }
            out.extend(c.to_lowercase());
            in_word = true;
        } else {
            in_word = false;
            if !c.is_whitespace() && !matches!(c, '-' | '\u{2010}'..='\u{2015}') {
                out.push(' ');
                out.push(c);
            }
        }
    }
    out
}

/// The characters of `s` in canonical decomposition, without combining
/// marks (diacritics).
fn fold_chars(s: &str) -> impl Iterator<Item = char> + '_ {
    use unicode_normalization::char::is_combining_mark;
    use unicode_normalization::UnicodeNormalization;
    s.nfd().filter(|c| !is_combining_mark(*c))
}

/// A fast non-cryptographic hasher (the Fx hash of rustc) for the name and
/// id maps: loading large plain lists is dominated by hashing otherwise,
/// and gazetteer files are trusted local input (no hash flooding concern).
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct FxHasher {
    hash: u64,
}

impl FxHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

impl Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0u8; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0u8; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A hash map with [`FxHasher`].
pub(super) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;

/// A 64-bit digest of a name key or id (SipHash with fixed keys), so the
/// claim maps hold no strings: with 64 bits, two of even millions of names
/// colliding is vanishingly unlikely (about n²/2⁶⁵).
pub(super) fn digest(s: &str) -> u64 {
    // `DefaultHasher::new()` uses fixed keys: the same digest every run.
    let mut h = std::collections::hash_map::DefaultHasher::new();
    h.write(s.as_bytes());
    h.finish()
}

//! Legacy encodings: guessed, decoded, and named in the note.

use super::{decode_text, Decoded};

fn decoded(bytes: &[u8]) -> (String, String) {
    match decode_text(bytes.to_vec()) {
        Decoded::Text { text, repair } => (text, repair.unwrap_or_default()),
        Decoded::Binary(why) => panic!("judged binary: {why}"),
    }
}

/// Regression (issue 15): Latin-1 "café" was decoded lossily ("caf�").
#[test]
fn latin1_cafe_is_decoded_not_replaced() {
    let (text, note) = decoded(b"Kami minum kopi di caf\xe9 dekat Jakarta.");
    assert_eq!(text, "Kami minum kopi di café dekat Jakarta.");
    assert!(note.contains("decoded as windows-1252"), "{note}");
    assert!(note.contains("invalid byte at 22"), "{note}");
}

#[test]
fn windows_1252_quotes_dashes_and_euro_are_decoded() {
    let bytes = b"\x93Kim Jong Un\x94 \x96 the talks cost \x80 5 million, said the minister\x85";
    let (text, note) = decoded(bytes);
    assert_eq!(
        text,
        "\u{201c}Kim Jong Un\u{201d} \u{2013} the talks cost \u{20ac} 5 million, said the minister\u{2026}"
    );
    assert!(note.contains("windows-1252"), "{note}");
    assert!(!note.contains("replacement"), "{note}");
}

#[test]
fn iso_8859_1_text_reads_as_its_characters() {
    // Every byte of ISO-8859-1 text in the A0..FF range means the same
    // character in windows-1252 (the Encoding Standard reads one as the
    // other).
    let bytes = b"Fran\xe7ois Hollande a rencontr\xe9 le pr\xe9sident \xe0 l'\xc9lys\xe9e.";
    let (text, note) = decoded(bytes);
    assert_eq!(
        text,
        "François Hollande a rencontré le président à l'Élysée."
    );
    assert!(note.contains("windows-1252"), "{note}");
}

#[test]
fn cyrillic_windows_1251_is_guessed() {
    let (bytes, _, _) = encoding_rs::WINDOWS_1251
        .encode("Президент России Владимир Путин встретился с Ким Чен Ыном во Владивостоке.");
    let (text, note) = decoded(&bytes);
    assert_eq!(
        text,
        "Президент России Владимир Путин встретился с Ким Чен Ыном во Владивостоке."
    );
    assert!(note.contains("windows-1251"), "{note}");
}

#[test]
fn utf8_stays_as_it_is_without_a_note() {
    let (text, note) = decoded("café, Владимир, 東京".as_bytes());
    assert_eq!(text, "café, Владимир, 東京");
    assert_eq!(note, "");
}

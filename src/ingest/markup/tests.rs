use super::*;

fn clean(s: &str) -> String {
    let mut b = s.as_bytes().to_vec();
    clean_markup(&mut b);
    let out = String::from_utf8(b).unwrap();
    assert_eq!(out.len(), s.len());
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn markup_table() {
    let cases = [
        (
            "radio_button_unchecked light_mode",
            "radio_button_unchecked light_mode",
        ),
        (
            "**bold** and *it* and _it_ and __b__",
            "bold and it and it and b",
        ),
        ("snake_case_word _x_", "snake_case_word x"),
        ("5 * 3 = 15", "5 * 3 = 15"),
        ("~~gone~~ ~5 km", "gone ~5 km"),
        ("[Kim [Jong] Un](http://a.b/(c)) said", "Kim [Jong] Un said"),
        ("![Putin](x.jpg) [ref][1]", "Putin ref"),
        ("[1]: http://example.com", ""),
        ("## Title ##", "Title"),
        ("> > nested quote", "nested quote"),
        ("- [ ] task", "[ ] task"),
        ("see <https://x.y/z> and www.example.com/a.", "see and ."),
        ("`code` \\*star\\*", "code *star *"),
        ("| a | b |", "a b"),
        ("|---|:--:|", ""),
        ("```rust", ""),
        ("***", ""),
        ("a < b and c > d", "a < b and c > d"),
        ("x<br/>y", "x y"),
        ("<!-- note --> text", "text"),
        ("R&D &#0; &#xD800; &#99999999;", "R&D &#xD800; &#99999999;"),
        ("tab\there\u{a0}nbsp\u{200b}zw\u{feff}", "tab here nbsp zw"),
    ];
    for (input, want) in cases {
        assert_eq!(clean(input), want, "{input:?}");
    }
}

// A stray '<' in text with lone-CR line ends ate every line up to the
// next '>', as if the tag could span lines.
#[test]
fn stray_lt_with_cr_line_ends_eats_no_lines() {
    for eol in ["\n", "\r", "\r\n"] {
        let text = format!("if a <b then{eol}Kim tiba.{eol}x > y");
        assert_eq!(clean(&text), "if a <b then Kim tiba. x > y", "{eol:?}");
    }
}

// URLs are found from their ':' or '.': starts must still be word
// starts, in any case, and a URL swallows the candidates inside it.
#[test]
fn bare_urls_found_from_anchors() {
    let cases = [
        (
            "xhttp://a.b/c and https://a.b/c. then www.x.y, end",
            "xhttp://a.b/c and . then , end",
        ),
        ("WWW.EXAMPLE.COM/Path and Www.Foo.org", "and"),
        (
            "awww.x.y and _www.x.y and 9www.x.y",
            "awww.x.y and _ and 9www.x.y",
        ),
        ("http://a http://b <http://x.y/z> (https://q.r/s)", "( )"),
        (
            "www ww.w w.ww.x http:/x https//y HTTP://UP.CASE",
            "www ww.w w.ww.x http:/x https//y",
        ),
        (
            "said:www.x.y and é www.x.y and éwww.x.y",
            "said: and é and éwww.x.y",
        ),
        ("ahttps://x https://https://x www.www.x", "ahttps://x"),
    ];
    for (input, want) in cases {
        assert_eq!(clean(input), want, "{input:?}");
    }
}

// Odd spaces are blanked chunk by chunk: at chunk edges too.
#[test]
fn odd_spaces_at_every_offset() {
    for pad in 0..70 {
        let text = format!("{}\u{a0}x\u{200b}\u{1}y\u{feff}", "a".repeat(pad));
        let want = format!("{} x y", "a".repeat(pad));
        assert_eq!(clean(&text), want.trim_start(), "{pad}");
    }
}

#[test]
fn block_tags_break_lines() {
    let mut b = b"<p>a</p><p>b</p>".to_vec();
    clean_markup(&mut b);
    assert_eq!(b.iter().filter(|&&c| c == b'\n').count(), 4);
}

#[test]
fn named_entities_never_grow() {
    for (name, c) in NAMED_ENTITIES {
        assert!(c.len_utf8() <= name.len() + 2, "&{name};");
    }
}

//! Markup removal that keeps byte offsets: HTML tags and entities, odd
//! spaces, Markdown syntax and bare URLs are overwritten in place.
//!
//! Invariant of every function here: the buffer stays valid UTF-8 and keeps
//! its length. Only ASCII bytes, or whole characters, are overwritten, and
//! only with ASCII spaces (newlines for block-level HTML tags) or with a
//! decoded character that is never longer than the entity it replaces.

/// Runs every markup pass over `buf` (the bytes of one document).
pub fn clean_markup(buf: &mut [u8]) {
    strip_tags(buf);
    decode_entities(buf);
    let mut start = 0;
    while start < buf.len() {
        let end = line_end(buf, start);
        if let Some(line) = buf.get_mut(start..end) {
            // Odd spaces never span a line end, so blanking them line by
            // line, just before the line's Markdown, is the same as one pass
            // over the whole buffer first (and touches each line once).
            blank_odd_spaces(line);
            markdown_line(line);
        }
        start = next_line(buf, end);
    }
}

/// End (exclusive) of the line starting at `start`: the next `\n` or `\r`.
pub fn line_end(buf: &[u8], start: usize) -> usize {
    buf.get(start..)
        .and_then(|rest| memchr::memchr2(b'\n', b'\r', rest))
        .map_or(buf.len().max(start), |p| start + p)
}

/// Start of the line after a line ending at `end` (`\n`, `\r\n` or `\r`).
pub fn next_line(buf: &[u8], end: usize) -> usize {
    match (buf.get(end), buf.get(end + 1)) {
        (Some(b'\r'), Some(b'\n')) => end + 2,
        (Some(_), _) => end + 1,
        (None, _) => buf.len().max(end),
    }
}

fn blank(buf: &mut [u8], from: usize, to: usize) {
    let to = to.min(buf.len());
    for b in buf.iter_mut().take(to).skip(from) {
        if *b != b'\n' && *b != b'\r' {
            *b = b' ';
        }
    }
}

/// HTML tags become spaces; block-level tags start a new line so that
/// `</p><p>` separates paragraphs. `<script>` and `<style>` lose their body.
fn strip_tags(buf: &mut [u8]) {
    const BLOCK: &[&str] = &[
        "p",
        "br",
        "div",
        "li",
        "ul",
        "ol",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "tr",
        "table",
        "blockquote",
        "section",
        "article",
        "figure",
        "figcaption",
        "hr",
    ];
    let mut i = 0;
    while i < buf.len() {
        match memchr::memchr(b'<', &buf[i..]) {
            Some(p) => i += p,
            None => return,
        }
        let starts_tag = matches!(buf.get(i + 1), Some(c) if c.is_ascii_alphabetic() || *c == b'/' || *c == b'!' || *c == b'?');
        if !starts_tag {
            i += 1;
            continue;
        }
        // A tag ends at '>' on the same line, within a bounded distance, so a
        // stray '<' in prose ("a < b") never eats the rest of the document.
        // A lone CR ends a line too (old Mac text).
        let mut j = i + 1;
        let limit = (i + 2000).min(buf.len());
        while j < limit && !matches!(buf[j], b'>' | b'<' | b'\n' | b'\r') {
            j += 1;
        }
        if buf.get(j) != Some(&b'>') {
            i += 1;
            continue;
        }
        let name_start = if buf.get(i + 1) == Some(&b'/') {
            i + 2
        } else {
            i + 1
        };
        let mut name_end = name_start;
        while name_end < j && buf[name_end].is_ascii_alphanumeric() {
            name_end += 1;
        }
        let name = &buf[name_start..name_end];
        let is_block = BLOCK
            .iter()
            .any(|b| b.as_bytes().eq_ignore_ascii_case(name));
        let is_script = name.eq_ignore_ascii_case(b"script");
        let raw_body = is_script || name.eq_ignore_ascii_case(b"style");
        let closing = buf.get(i + 1) == Some(&b'/');
        blank(buf, i, j + 1);
        if is_block {
            buf[i] = b'\n';
        }
        i = j + 1;
        if raw_body && !closing {
            let close = find_ci(buf, i, if is_script { b"</script" } else { b"</style" });
            let stop = close.unwrap_or(buf.len());
            blank(buf, i, stop);
            i = stop;
        }
    }
}

fn find_ci(buf: &[u8], from: usize, needle: &[u8]) -> Option<usize> {
    let hay = buf.get(from..)?;
    hay.windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
        .map(|p| p + from)
}

/// Named entities common in scraped news, with their characters.
const NAMED_ENTITIES: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    // A no-break space is a plain space for every later stage.
    ("nbsp", ' '),
    ("ensp", ' '),
    ("emsp", ' '),
    ("thinsp", ' '),
    ("ndash", '–'),
    ("mdash", '—'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("bdquo", '„'),
    ("hellip", '…'),
    ("laquo", '«'),
    ("raquo", '»'),
    ("middot", '·'),
    ("bull", '•'),
    ("copy", '©'),
    ("reg", '®'),
    ("trade", '™'),
    ("deg", '°'),
    ("eacute", 'é'),
    ("egrave", 'è'),
    ("aacute", 'á'),
    ("agrave", 'à'),
    ("iacute", 'í'),
    ("oacute", 'ó'),
    ("uacute", 'ú'),
    ("ouml", 'ö'),
    ("uuml", 'ü'),
    ("auml", 'ä'),
    ("ccedil", 'ç'),
    ("ntilde", 'ñ'),
    ("szlig", 'ß'),
    ("euro", '€'),
    ("pound", '£'),
];

/// Decodes `&name;`, `&#123;` and `&#x1F;` in place, padding with spaces.
fn decode_entities(buf: &mut [u8]) {
    let mut i = 0;
    while i < buf.len() {
        match memchr::memchr(b'&', &buf[i..]) {
            Some(p) => i += p,
            None => return,
        }
        let mut j = i + 1;
        let limit = (i + 12).min(buf.len());
        while j < limit && (buf[j].is_ascii_alphanumeric() || buf[j] == b'#') {
            j += 1;
        }
        if buf.get(j) != Some(&b';') || j == i + 1 {
            i += 1;
            continue;
        }
        let decoded = std::str::from_utf8(&buf[i + 1..j])
            .ok()
            .and_then(entity_char);
        if let Some(c) = decoded {
            let mut tmp = [0u8; 4];
            let enc = c.encode_utf8(&mut tmp).as_bytes();
            // Never longer: the shortest entity yielding n UTF-8 bytes
            // is at least n + 3 bytes long (checked by tests).
            let len = j + 1 - i;
            if enc.len() <= len {
                // The character sits next to the word it belongs to:
                // at the end when a word follows ("&quot;deal",
                // "Kim&#039;s"), else at the start ("deal&quot;").
                let at = if buf.get(j + 1).is_some_and(|&b| is_word_byte(b)) {
                    j + 1 - enc.len()
                } else {
                    i
                };
                blank(buf, i, j + 1);
                buf[at..at + enc.len()].copy_from_slice(enc);
            }
        }
        i = j + 1;
    }
}

fn entity_char(name: &str) -> Option<char> {
    let c = if let Some(num) = name.strip_prefix('#') {
        let code = match num.strip_prefix(['x', 'X']) {
            Some(hex) => u32::from_str_radix(hex, 16).ok()?,
            None => num.parse::<u32>().ok()?,
        };
        let c = char::from_u32(code)?;
        // Control characters and no-break spaces become a plain space.
        if c.is_control() || c == '\u{a0}' {
            ' '
        } else {
            c
        }
    } else {
        NAMED_ENTITIES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|&(_, c)| c)?
    };
    Some(c)
}

/// No-break, zero-width and other odd spaces and control characters become
/// ASCII spaces so that trimming and word splitting see them as spaces.
fn blank_odd_spaces(buf: &mut [u8]) {
    const CHUNK: usize = 32;
    let mut i = 0;
    while i < buf.len() {
        // Printable ASCII (most of the text) holds nothing to blank: skip it
        // a chunk at a time (a branch-free test the compiler vectorises).
        let stop = (i + CHUNK).min(buf.len());
        let plain = buf[i..stop]
            .iter()
            .fold(true, |ok, &b| ok & (b.wrapping_sub(0x20) < 0x5F));
        if plain {
            i = stop;
            continue;
        }
        while i < stop {
            odd_space_at(buf, i);
            i += 1;
        }
    }
}

/// Blanks the odd space or control character starting at `i`, if any.
fn odd_space_at(buf: &mut [u8], i: usize) {
    let Some(&b) = buf.get(i) else {
        return;
    };
    if b < 0x20 && b != b'\n' && b != b'\r' && b != b'\t' || b == 0x7f {
        buf[i] = b' ';
    } else if b == 0xC2 && buf.get(i + 1) == Some(&0xA0) {
        blank(buf, i, i + 2);
    } else if b == 0xE2 && buf.get(i + 1) == Some(&0x80) {
        // U+2000..U+200B spaces, U+2028/2029 separators, U+202F.
        if matches!(buf.get(i + 2), Some(0x80..=0x8B | 0xA8 | 0xA9 | 0xAF)) {
            blank(buf, i, i + 3);
        }
    } else if b == 0xEF && buf.get(i + 1) == Some(&0xBB) && buf.get(i + 2) == Some(&0xBF) {
        blank(buf, i, i + 3);
    }
}

fn is_word_byte(b: u8) -> bool {
    // Any non-ASCII byte counts as a letter: good enough for flanking rules.
    b.is_ascii_alphanumeric() || b >= 0x80
}

/// Markdown syntax of one line (block markers first, then inline syntax).
fn markdown_line(line: &mut [u8]) {
    let mut i = 0;
    while i < line.len() && (line[i] == b' ' || line[i] == b'\t') {
        i += 1;
    }
    let rest = &line[i..];
    // Fences, rules and table separator rows carry no text.
    let only = |set: &[u8]| {
        rest.iter()
            .all(|b| set.contains(b) || *b == b' ' || *b == b'\t')
    };
    let fence = rest.starts_with(b"```") || rest.starts_with(b"~~~");
    let rule = rest.len() >= 3
        && (only(b"-") || only(b"=") || only(b"*") || only(b"_"))
        && rest.iter().filter(|b| **b != b' ').count() >= 3;
    let table_sep = memchr::memchr(b'|', rest).is_some()
        && memchr::memchr(b'-', rest).is_some()
        && only(b"|-:");
    if fence || rule || table_sep {
        blank(line, 0, line.len());
        return;
    }
    // Blockquote markers, possibly nested.
    while line.get(i) == Some(&b'>') {
        line[i] = b' ';
        i += 1;
        while line.get(i) == Some(&b' ') {
            i += 1;
        }
    }
    // ATX heading.
    let hashes = line[i..].iter().take_while(|b| **b == b'#').count();
    if (1..=6).contains(&hashes) && matches!(line.get(i + hashes), None | Some(b' ' | b'\t')) {
        blank(line, i, i + hashes);
        let mut e = line.len();
        while e > i && line[e - 1] == b' ' {
            e -= 1;
        }
        let mut h = e;
        while h > i && line[h - 1] == b'#' {
            h -= 1;
        }
        if h < e && h > i && line[h - 1] == b' ' {
            blank(line, h, e);
        }
    }
    // List bullets and ordered-list numbers ("1." / "1)"), then task boxes.
    if matches!(line.get(i), Some(b'-' | b'*' | b'+'))
        && matches!(line.get(i + 1), Some(b' ' | b'\t'))
    {
        line[i] = b' ';
    } else if line.get(i..i + 3) == Some("•".as_bytes()) && line.get(i + 3) == Some(&b' ') {
        blank(line, i, i + 3);
    } else {
        let digits = line[i..].iter().take_while(|b| b.is_ascii_digit()).count();
        if (1..=3).contains(&digits)
            && matches!(line.get(i + digits), Some(b'.' | b')'))
            && matches!(line.get(i + digits + 1), Some(b' ' | b'\t'))
        {
            blank(line, i, i + digits + 1);
        }
    }
    let table_row = line[i..].first() == Some(&b'|');
    links(line);
    // "http:" needs a colon and "www." two w's in a row (either case):
    // cheap memchr scans that rule out most lines.
    let ww = || {
        memchr::memchr2_iter(b'w', b'W', line)
            .any(|p| line.get(p + 1).is_some_and(|&c| c | 0x20 == b'w'))
    };
    if memchr::memchr(b':', line).is_some() || ww() {
        bare_urls(line);
    }
    // Most lines have no emphasis marker at all: memchr finds out (links
    // and URLs only ever blank bytes, never add markers).
    let marked = memchr::memchr3(b'*', b'_', b'~', line).is_some()
        || memchr::memchr2(b'\\', b'`', line).is_some()
        || table_row && memchr::memchr(b'|', line).is_some();
    if marked {
        emphasis(line, table_row);
    }
}

/// `![caption](url)` and `[text](url)` keep caption and text;
/// `[text][ref]` keeps text; `[ref]: url` definition lines are blanked.
fn links(line: &mut [u8]) {
    let mut i = 0;
    while i < line.len() {
        match memchr::memchr(b'[', &line[i..]) {
            Some(p) => i += p,
            None => return,
        }
        let Some(close) = matching(line, i, b'[', b']') else {
            i += 1;
            continue;
        };
        let bang = i > 0 && line[i - 1] == b'!';
        match line.get(close + 1) {
            Some(b'(') => {
                if let Some(paren) = matching(line, close + 1, b'(', b')') {
                    if bang {
                        line[i - 1] = b' ';
                    }
                    line[i] = b' ';
                    blank(line, close, paren + 1);
                    i += 1;
                    continue;
                }
            }
            Some(b'[') => {
                if let Some(end) = matching(line, close + 1, b'[', b']') {
                    line[i] = b' ';
                    blank(line, close, end + 1);
                    i += 1;
                    continue;
                }
            }
            Some(b':') if line[..i].iter().all(|b| *b == b' ') => {
                blank(line, 0, line.len());
                return;
            }
            _ => {}
        }
        i += 1;
    }
}

fn matching(line: &[u8], open_at: usize, open: u8, close: u8) -> Option<usize> {
    let mut depth = 0usize;
    for (k, &b) in line.iter().enumerate().skip(open_at) {
        if b == open {
            depth += 1;
        } else if b == close {
            depth = depth.saturating_sub(1);
            if depth == 0 {
                return Some(k);
            }
        }
    }
    None
}

/// `http://…`, `https://…` and `www.…` up to the next space, keeping
/// trailing sentence punctuation; `<http://…>` autolinks lose their brackets.
fn bare_urls(line: &mut [u8]) {
    // A URL is found from its ':' or '.' ("http:", "https:", "www."), which
    // memchr finds fast, rather than by testing every byte for an 'h' or 'w'.
    // Starts come in the order of their anchors: the anchor sits 3 to 5
    // bytes in, and two starts that close would overlap impossibly.
    let mut i = 0;
    let mut from = 3;
    while let Some(p) = line
        .get(from..)
        .and_then(|r| memchr::memchr2(b':', b'.', r))
    {
        let anchor = from + p;
        from = anchor + 1;
        let start = if line[anchor] == b':' {
            [5, 4].into_iter().find_map(|back| {
                let s = anchor.checked_sub(back)?;
                let prefix: &[u8] = if back == 5 { b"https://" } else { b"http://" };
                (s >= i && starts_ci(&line[s..], prefix)).then_some(s)
            })
        } else {
            anchor
                .checked_sub(3)
                .filter(|&s| s >= i && starts_ci(&line[s..], b"www."))
        };
        let Some(start) = start else {
            continue;
        };
        if start > 0 && is_word_byte(line[start - 1]) {
            continue;
        }
        let end = url_at(line, start);
        i = end;
        from = from.max(end + 3);
    }
}

/// Blanks the URL starting at `i` (see [`bare_urls`]); returns where it ends.
fn url_at(line: &mut [u8], i: usize) -> usize {
    let mut j = i;
    while j < line.len() && !matches!(line[j], b' ' | b'\t' | b'<' | b'>' | b'"') {
        j += 1;
    }
    let mut e = j;
    while e > i && matches!(line[e - 1], b'.' | b',' | b';' | b':' | b'!' | b'?' | b')') {
        e -= 1;
    }
    blank(line, i, e);
    if i > 0 && line[i - 1] == b'<' && line.get(j) == Some(&b'>') {
        line[i - 1] = b' ';
        line[j] = b' ';
    }
    j.max(i + 1)
}

fn starts_ci(hay: &[u8], prefix: &[u8]) -> bool {
    hay.len() >= prefix.len() && hay[..prefix.len()].eq_ignore_ascii_case(prefix)
}

/// Emphasis markers (`*`, `**`, `_`, `__`, `~~`), backticks, backslash
/// escapes and, in table rows, the `|` cell separators. A `_` between two
/// letters is part of a word (snake_case) and stays.
fn emphasis(line: &mut [u8], table_row: bool) {
    let mut i = 0;
    while i < line.len() {
        let b = line[i];
        if b == b'\\' && line.get(i + 1).is_some_and(|n| n.is_ascii_punctuation()) {
            line[i] = b' ';
            i += 2;
            continue;
        }
        if b == b'`' || (table_row && b == b'|') {
            line[i] = b' ';
            i += 1;
            continue;
        }
        if !matches!(b, b'*' | b'_' | b'~') {
            i += 1;
            continue;
        }
        let mut j = i;
        while j < line.len() && line[j] == b {
            j += 1;
        }
        let prev = if i == 0 { b' ' } else { line[i - 1] };
        let next = line.get(j).copied().unwrap_or(b' ');
        let space = |c: u8| c == b' ' || c == b'\t';
        let left = !space(next);
        let right = !space(prev);
        let strip = match b {
            b'*' => left || right,
            b'~' => j - i >= 2 && (left || right),
            _ => (left && !is_word_byte(prev)) || (right && !is_word_byte(next)),
        };
        if strip {
            blank(line, i, j);
        }
        i = j;
    }
}

#[cfg(test)]
mod tests;

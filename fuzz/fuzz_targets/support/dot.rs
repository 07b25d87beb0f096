//! A small, strict parser for the DOT subset gazegraph writes, used by the
//! `exporters` fuzz target to check that the output is well-formed.
//!
//! Grammar accepted (whitespace between tokens is free):
//! ```text
//! file  := "digraph" STRING "{" stmt* "}"
//! stmt  := ("graph" | "node" | "edge") attrs ";"
//!        | STRING attrs ";"                      (node)
//!        | STRING "->" STRING attrs ";"          (edge)
//! attrs := "[" (WORD "=" (STRING | WORD) ("," WORD "=" (STRING | WORD))*)? "]"
//! ```
//! Strings must be closed, may hold only the escapes `\\`, `\"` and `\n`,
//! and no raw control characters. WORD is `[A-Za-z0-9_.#-]+`.

use gazegraph::export::dot::LABEL_CAP;
use gazegraph::base::escape::truncate_chars;
use gazegraph::graph::KnowledgeGraph;
use std::collections::HashSet;

#[derive(Clone, Debug, PartialEq, Eq)]
enum Tok {
    Str(String),
    /// An HTML-like label `<...>` (the legend), angle brackets balanced.
    Html(String),
    Word(String),
    Arrow,
    Punct(char),
}

fn is_word_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '_' | '.' | '#' | '-')
}

fn tokenize(text: &str) -> Vec<Tok> {
    let mut toks = Vec::new();
    let mut it = text.char_indices().peekable();
    while let Some((at, c)) = it.next() {
        match c {
            ' ' | '\n' => {}
            '"' => {
                let mut s = String::new();
                loop {
                    let Some((_, c)) = it.next() else {
                        panic!("DOT: string opened at byte {at} is never closed");
                    };
                    match c {
                        '"' => break,
                        '\\' => match it.next() {
                            Some((_, '\\')) => s.push('\\'),
                            Some((_, '"')) => s.push('"'),
                            Some((_, 'n')) => s.push('\n'),
                            other => panic!("DOT: bad escape \\{other:?} in string at byte {at}"),
                        },
                        c if c.is_control() => {
                            panic!("DOT: raw control character {c:?} in string at byte {at}")
                        }
                        c => s.push(c),
                    }
                }
                toks.push(Tok::Str(s));
            }
            '<' => {
                let mut s = String::new();
                let mut depth = 1usize;
                loop {
                    let Some((_, c)) = it.next() else {
                        panic!("DOT: HTML label opened at byte {at} is never closed");
                    };
                    match c {
                        '<' => depth += 1,
                        '>' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        c if c.is_control() && c != '\n' => {
                            panic!("DOT: raw control character {c:?} in HTML label at byte {at}")
                        }
                        _ => {}
                    }
                    s.push(c);
                }
                check_html(&s, at);
                toks.push(Tok::Html(s));
            }
            '-' if it.peek().map(|&(_, c)| c) == Some('>') => {
                it.next();
                toks.push(Tok::Arrow);
            }
            '{' | '}' | '[' | ']' | '=' | ',' | ';' => toks.push(Tok::Punct(c)),
            c if is_word_char(c) => {
                let mut w = String::from(c);
                while let Some(&(_, c)) = it.peek() {
                    if !is_word_char(c) {
                        break;
                    }
                    w.push(c);
                    it.next();
                }
                toks.push(Tok::Word(w));
            }
            c => panic!("DOT: unexpected {c:?} outside strings at byte {at}"),
        }
    }
    toks
}

/// Checks an HTML-like label's text: every `&` starts an entity
/// (`&name;` or `&#N;`), and every tag is one of the few the legend uses,
/// opened and closed in order.
fn check_html(s: &str, at: usize) {
    let mut rest = s;
    while let Some(i) = rest.find('&') {
        let after = &rest[i + 1..];
        let end = after
            .find(';')
            .unwrap_or_else(|| panic!("DOT: bare & in HTML label at byte {at}"));
        let name = &after[..end];
        let ok = !name.is_empty()
            && (name.chars().all(|c| c.is_ascii_alphanumeric())
                || (name.starts_with('#') && name[1..].chars().all(|c| c.is_ascii_digit())));
        assert!(ok, "DOT: bad entity &{name}; in HTML label at byte {at}");
        rest = &after[end + 1..];
    }
    let mut open: Vec<String> = Vec::new();
    let mut rest = s;
    while let Some(i) = rest.find('<') {
        let after = &rest[i + 1..];
        let end = after.find('>').unwrap_or_else(|| panic!("DOT: unclosed tag at byte {at}"));
        let tag = &after[..end];
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        assert!(
            matches!(name.as_str(), "TABLE" | "TR" | "TD" | "FONT" | "BR" | "B" | "I"),
            "DOT: unexpected tag <{tag}> in HTML label at byte {at}"
        );
        if tag.starts_with('/') {
            assert_eq!(open.pop().as_deref(), Some(name.as_str()), "DOT: misnested </{name}>");
        } else if !tag.ends_with('/') {
            open.push(name);
        }
        rest = &after[end + 1..];
    }
    assert!(open.is_empty(), "DOT: unclosed tags {open:?} in HTML label at byte {at}");
}

/// One parsed statement.
enum Stmt {
    Node {
        id: String,
        attrs: Vec<(String, Tok)>,
    },
    Edge {
        from: String,
        to: String,
    },
    Defaults,
}

struct Parser {
    toks: Vec<Tok>,
    pos: usize,
}

impl Parser {
    fn next(&mut self) -> Tok {
        let t = self
            .toks
            .get(self.pos)
            .cloned()
            .unwrap_or_else(|| panic!("DOT: unexpected end after token {}", self.pos));
        self.pos += 1;
        t
    }

    fn expect(&mut self, want: &Tok) {
        let got = self.next();
        assert_eq!(&got, want, "DOT: token {}", self.pos - 1);
    }

    fn string(&mut self) -> String {
        match self.next() {
            Tok::Str(s) => s,
            t => panic!(
                "DOT: expected a string, got {t:?} at token {}",
                self.pos - 1
            ),
        }
    }

    fn attrs(&mut self) -> Vec<(String, Tok)> {
        self.expect(&Tok::Punct('['));
        let mut out = Vec::new();
        loop {
            match self.next() {
                Tok::Punct(']') => return out,
                Tok::Word(key) => {
                    self.expect(&Tok::Punct('='));
                    let value = self.next();
                    assert!(
                        matches!(value, Tok::Str(_) | Tok::Word(_) | Tok::Html(_)),
                        "DOT: attribute {key} has value {value:?}"
                    );
                    out.push((key, value));
                    match self.next() {
                        Tok::Punct(',') => {}
                        Tok::Punct(']') => return out,
                        t => panic!("DOT: expected , or ] after attribute, got {t:?}"),
                    }
                }
                t => panic!("DOT: expected an attribute name, got {t:?}"),
            }
        }
    }

    fn stmt(&mut self) -> Option<Stmt> {
        let stmt = match self.next() {
            Tok::Punct('}') => return None,
            Tok::Word(w) if matches!(w.as_str(), "graph" | "node" | "edge") => {
                self.attrs();
                Stmt::Defaults
            }
            Tok::Str(id) => {
                if self.toks.get(self.pos) == Some(&Tok::Arrow) {
                    self.pos += 1;
                    let to = self.string();
                    self.attrs();
                    Stmt::Edge { from: id, to }
                } else {
                    let attrs = self.attrs();
                    Stmt::Node { id, attrs }
                }
            }
            t => panic!("DOT: unexpected {t:?} at the start of a statement"),
        };
        self.expect(&Tok::Punct(';'));
        Some(stmt)
    }
}

/// What the DOT escaper keeps of a label: newlines (any style) as `\n`,
/// tabs as spaces, other control characters and the noncharacters U+FFFE
/// and U+FFFF dropped (base::escape documents why).
fn dot_visible(s: &str) -> String {
    let s = s.replace("\r\n", "\n").replace('\r', "\n");
    s.chars()
        .filter_map(|c| match c {
            '\n' => Some('\n'),
            '\t' => Some(' '),
            c if c.is_control() || matches!(c, '\u{FFFE}' | '\u{FFFF}') => None,
            c => Some(c),
        })
        .collect()
}

/// Parses `text` and checks it against `graph`; panics on any violation.
pub fn check_dot(graph: &KnowledgeGraph, text: &str) {
    let mut p = Parser {
        toks: tokenize(text),
        pos: 0,
    };
    p.expect(&Tok::Word("digraph".into()));
    p.string();
    p.expect(&Tok::Punct('{'));
    let mut nodes: Vec<(String, Vec<(String, Tok)>)> = Vec::new();
    let mut edges = Vec::new();
    while let Some(stmt) = p.stmt() {
        match stmt {
            Stmt::Node { id, attrs } => nodes.push((id, attrs)),
            Stmt::Edge { from, to } => edges.push((from, to)),
            Stmt::Defaults => {}
        }
    }
    assert_eq!(p.pos, p.toks.len(), "DOT: tokens after the closing brace");

    assert_eq!(nodes.len(), graph.node_count(), "DOT: node statements");
    let ids: HashSet<&str> = nodes.iter().map(|(id, _)| id.as_str()).collect();
    assert_eq!(ids.len(), nodes.len(), "DOT: two nodes share an id");
    assert_eq!(edges.len(), graph.edge_count(), "DOT: edge statements");
    for (from, to) in &edges {
        assert!(
            ids.contains(from.as_str()) && ids.contains(to.as_str()),
            "DOT: edge {from:?} -> {to:?} names an undeclared node"
        );
    }
    let plain_ids = !graph
        .graph
        .node_weights()
        .any(|n| n.id.chars().any(|c| c.is_control() || matches!(c, '\u{FFFE}' | '\u{FFFF}')));
    for (i, (n, (id, attrs))) in graph.graph.node_weights().zip(&nodes).enumerate() {
        let want_id = if plain_ids {
            n.id.clone()
        } else {
            format!("n{i}")
        };
        assert_eq!(id, &want_id, "DOT: node id");
        let label = attrs
            .iter()
            .find(|(k, _)| k == "label")
            .map(|(_, v)| v.clone());
        let want = dot_visible(&truncate_chars(&n.name, LABEL_CAP));
        assert_eq!(label, Some(Tok::Str(want)), "DOT: node label");
    }
}

//! Issue 17, twenty-ninth round, part C2: a visit dated to a year before
//! the described person held any office. "balasan atas kunjungan Perdana
//! Menteri India ke Indonesia pada 2013" (in a 2016 text): the title
//! without a name stands for the prime minister named before
//! (`coref.rs`), whose office began in 2014, so the 2013 visit was a
//! predecessor's, whom no name gives. The year is read right after the
//! visit's place, past at most two words of class `year_link` ("pada",
//! "tahun"; "in"); the offices' first days are the gazetteer's roles.

use super::env::Env;
use super::sentence::Sent;

/// Whether the visit of person mention `a` to place mention `b` is dated
/// to a year before every office `a`'s person holds began, `a` being a
/// description: a mention resolved to someone named before that opens
/// with a capitalised word of no pronoun class ("Perdana Menteri India").
pub(super) fn earlier_holder(env: &Env, s: &Sent, a: usize, b: usize) -> bool {
    let (Some(ma), Some(mb)) = (s.ments.get(a), s.ments.get(b)) else {
        return false;
    };
    let Some(first) = s.toks.get(ma.toks.start) else {
        return false;
    };
    let pronoun = ["pronoun_subject", "pronoun_object", "possessive_pronoun"]
        .iter()
        .any(|c| env.lex.tok_in_class(c, first));
    if ma.coref.is_none() || ma.nested || !first.word || !first.upper || pronoun {
        return false;
    }
    let mut k = mb.toks.end;
    let mut links = 0;
    while links < 2 && s.is_lower(k) && env.lex.tok_in_class("year_link", &s.toks[k]) {
        k += 1;
        links += 1;
    }
    let Some(year) = s
        .toks
        .get(k)
        .filter(|t| t.word && t.norm.len() == 4 && t.norm.bytes().all(|c| c.is_ascii_digit()))
        .and_then(|t| t.norm.parse::<u32>().ok())
    else {
        return false;
    };
    let Some(e) = env.gaz.entities.get(ma.entity as usize) else {
        return false;
    };
    let starts: Vec<u32> = e
        .roles
        .iter()
        .filter_map(|r| r.start.as_deref()?.get(0..4)?.parse().ok())
        .collect();
    links > 0 && !starts.is_empty() && starts.iter().all(|&st| year < st)
}

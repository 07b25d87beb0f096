//! The first question `coref::resolve` asks of each free word (issue 22,
//! thirty-second throughput round). The loop asked every free word for
//! three pronoun classes, then whether its predecessor and itself carry a
//! possessive clitic, and whether it is a possessive "her" before a trip.
//! A word of no pronoun class whose ending is no clitic's goes no
//! further, whatever those tests answer: [`cue`] tells so first, from one
//! read of the word's classes (most words have none).

use super::lexicon::Lexicon;
use super::text::Tok;

/// What free word `t` may be for [`super::coref::resolve`]: (of class
/// `pronoun_first`, of `pronoun_subject`, of `pronoun_object`), or none
/// when it is of none of the three and ends with no possessive clitic.
/// Then none of the loop's tests holds: `owned_trip::possessive_her`
/// needs an object pronoun, and [`clitic`] and
/// `owned_trip::modifier_clitic` a clitic ending the word.
pub(super) fn cue(lex: &Lexicon, t: &Tok) -> Option<(bool, bool, bool)> {
    let classes = lex.words.classes(lex.words.id_of(t));
    let ends = || {
        lex.possessive_clitics()
            .iter()
            .any(|c| t.norm.ends_with(c.as_str()))
    };
    if classes.is_empty() {
        return ends().then_some((false, false, false));
    }
    let is = |c: &str| classes.iter().any(|x| x == c);
    let (first, subject, object) = (
        is("pronoun_first"),
        is("pronoun_subject"),
        is("pronoun_object"),
    );
    (first || subject || object || ends()).then_some((first, subject, object))
}

/// Whether `word` is an event noun (-an, as in "kunjungan", "pertemuan")
/// carrying a possessive clitic ("-nya"): its owner is the event's agent.
/// An agent noun ("pendukungnya", its supporters) is not: there the owner
/// is the one supported.
pub(super) fn clitic(lex: &Lexicon, word: &str) -> bool {
    lex.possessive_clitics().iter().any(|c| {
        word.strip_suffix(c.as_str())
            .is_some_and(super::owned_trip::event_noun)
    })
}

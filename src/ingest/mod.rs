//! Inputs in, documents out: read files, folders and standard input
//! ([`input`]), decode them, strip markup and site boilerplate, and split
//! the text into paragraphs and sentences ([`document`]).
//!
//! In: paths and byte streams. Out: [`document::Document`]s and their
//! [`document::Prepared`] form (cleaned spans and sentences).
//!
//! Invariants: offsets never move (every span of the prepared text maps
//! back to the same characters of the original text); documents come out
//! in path order, whatever order the inputs were listed in. Files inside
//! the module flow one way: `words` < `markup` < `sentences` <
//! `boilerplate` < `document` < `input`.

pub mod boilerplate;
pub mod document;
pub mod input;
pub mod markup;
pub mod sentences;
pub mod words;

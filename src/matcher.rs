//! The gazetteer matcher (STUB: interface only, to be implemented).

use crate::gazetteer::Gazetteer;
use crate::normalize::Normalized;
use crate::types::Via;

/// Errors building a matcher.
#[derive(Debug, thiserror::Error)]
pub enum MatchError {
    /// The automaton could not be built.
    #[error("cannot build the matcher: {0}")]
    Build(String),
}

/// A whole-word match of one pattern, in original byte offsets.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Hit {
    /// Start byte offset in the original text.
    pub start: usize,
    /// End byte offset (exclusive) in the original text.
    pub end: usize,
    /// Pattern id, for [`Matcher::targets`].
    pub pattern: u32,
}

/// One entity a hit may refer to, after case rules are checked.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct TargetMatch {
    /// Index into `Gazetteer::entities`.
    pub entity: u32,
    /// Exact, variant, partial (a short form) or demonym.
    pub via: Via,
    /// For partial forms: may resolve without an earlier full mention when
    /// no other entity claims it.
    pub standalone: bool,
}

/// A compiled gazetteer: one automaton over every normalised name and variant.
pub struct Matcher {
    _private: (),
}

impl Matcher {
    /// Compiles the gazetteer's names, aliases, generated variants and short
    /// forms.
    ///
    /// # Errors
    /// Fails if the automaton cannot be built (too many patterns).
    pub fn new(gaz: &Gazetteer) -> Result<Matcher, MatchError> {
        let _ = gaz;
        unimplemented!()
    }

    /// Finds the leftmost-longest whole-word hits in `text`, in order.
    /// `scratch` is reused between calls; `out` is cleared first.
    pub fn find(&self, text: &str, scratch: &mut Normalized, out: &mut Vec<Hit>) {
        let _ = (text, scratch, out);
        unimplemented!()
    }

    /// The entities a hit may refer to whose case rule accepts the surface
    /// form `&text[hit.start..hit.end]`, with `via` refined against it.
    pub fn targets(&self, hit: &Hit, text: &str, out: &mut Vec<TargetMatch>) {
        let _ = (hit, text, out);
        unimplemented!()
    }
}

//! A capital stands for its state as the one who acts: "was sanctioned by
//! Washington", "Mogadishu has accused Kenya", "dikenai sanksi oleh
//! Washington". The capitals and the kinds of acts of a state are
//! lexicon data (the `capitals` record of `gazetteer/relations.jsonl`);
//! only the source is replaced, once the whole document is read: as a
//! target a capital is often the city itself ("aid for Kyiv", "dukungan
//! kepada Madrid"), which the gold keeps (issue 17, seventeenth round).

use super::index::Extractor;
use super::instance::{dedupe, RelationInstance};

/// Replaces, in `out[first..]` (one document's instances), a capital as
/// the source of a kind of `Lexicon::capital_kinds` by its country. An
/// instance that then pairs the country with itself is dropped, and so is
/// one that repeats another of its sentence.
pub(super) fn capitals_as_states(x: &Extractor, out: &mut Vec<RelationInstance>, first: usize) {
    if x.capitals.is_empty() || out.len() <= first {
        return;
    }
    let mut changed = false;
    for r in out.iter_mut().skip(first) {
        if !x.lex.capital_kinds.contains(&r.kind) {
            continue;
        }
        if let Some(&state) = x.capitals.get(&r.source) {
            r.source = state;
            changed = true;
        }
    }
    if !changed {
        return;
    }
    let mut i = 0;
    out.retain(|r| {
        i += 1;
        i <= first || r.source != r.target
    });
    dedupe(out, first);
}

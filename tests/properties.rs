//! Property tests (issue 7): invariants that must hold for any input, run in
//! CI with a bounded number of cases. The fuzz targets in fuzz/ check the
//! same invariants for longer runs.

use gazegraph::document::{prepare_into, Prepared};
use gazegraph::gazetteer::Gazetteer;
use gazegraph::matcher::Matcher;
use gazegraph::normalize::{normalize_into, Normalized};
use proptest::prelude::*;
use std::sync::OnceLock;

fn matcher() -> &'static (Gazetteer, Matcher) {
    static M: OnceLock<(Gazetteer, Matcher)> = OnceLock::new();
    M.get_or_init(|| {
        let gaz = Gazetteer::builtin().expect("built-in gazetteer");
        let m = Matcher::new(&gaz).expect("matcher");
        (gaz, m)
    })
}

/// Text mixing names, separators, markup and odd Unicode.
fn texty() -> impl Strategy<Value = String> {
    let atoms = prop_oneof![
        Just("Kim Jong-un".to_string()),
        Just("Putin".to_string()),
        Just("Korea Utara".to_string()),
        Just("AS".to_string()),
        Just("Sergey".to_string()),
        Just("’s".to_string()),
        Just("-nya".to_string()),
        Just(" ".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just(". ".to_string()),
        Just("&#039;".to_string()),
        Just("**".to_string()),
        Just("[a](http://x)".to_string()),
        Just("|".to_string()),
        Just("é".to_string()),
        Just("\u{0301}".to_string()),
        Just("ß".to_string()),
        Just("İ".to_string()),
        Just("😀".to_string()),
        Just("\u{0}".to_string()),
        Just("\u{1}\u{2}".to_string()),
        "\\PC{0,6}",
    ];
    prop::collection::vec(atoms, 0..24).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn normalized_map_points_at_char_boundaries(text in texty()) {
        let mut n = Normalized::new();
        normalize_into(&text, &mut n);
        prop_assert_eq!(n.map.len(), n.bytes.len() + 1);
        for &o in &n.map {
            prop_assert!(text.is_char_boundary(o as usize), "offset {} in {:?}", o, text);
        }
    }

    #[test]
    fn every_hit_is_the_original_slice(text in texty()) {
        let (_, m) = matcher();
        let mut scratch = Normalized::new();
        let mut hits = Vec::new();
        m.find(&text, &mut scratch, &mut hits);
        let mut last_end = 0;
        for h in &hits {
            prop_assert!(h.start < h.end && h.end <= text.len());
            prop_assert!(text.get(h.start..h.end).is_some(), "not a slice: {:?}", h);
            prop_assert!(h.start >= last_end, "overlapping hits");
            last_end = h.end;
        }
    }

    #[test]
    fn prepared_text_keeps_offsets(text in texty()) {
        let mut p = Prepared::default();
        prepare_into(&text, &mut p);
        prop_assert_eq!(p.clean.len(), text.len());
        let mut last = 0;
        for s in &p.sentences {
            prop_assert!(s.range.start <= s.range.end && s.range.end <= text.len());
            prop_assert!(s.range.start >= last, "sentences out of order");
            prop_assert!(p.clean.get(s.range.clone()).is_some());
            last = s.range.end;
        }
    }
}

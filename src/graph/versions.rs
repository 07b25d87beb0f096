//! Which copy of a repeated document id counts.
//!
//! News feeds re-publish updated articles under the same id. One rule,
//! free of input order, decides which copy counts: the greatest version
//! (`ingest::document::Document::version`: the latest input date, undated
//! lowest, ties broken by a hash of title, URL and text). `build` finds the
//! winners in a first pass over its inputs ([`Versions`]), `merge` from the
//! shards' ledgers; both then count the winning copy once and nothing of
//! the others, so any split of the input, merged in any order, equals one
//! build.

use crate::graph::ledger::id_hash;
use crate::ingest::document::version_string;
use std::collections::HashMap;

/// Every document's id hash and version key, collected in a first pass.
#[derive(Debug, Default)]
pub struct Versions {
    all: Vec<(u128, u32, u128)>,
}

impl Versions {
    /// Records one copy of `id` with `key` (`Document::version_key`).
    pub fn push(&mut self, id: &str, key: (u32, u128)) {
        self.all.push((id_hash(id), key.0, key.1));
    }

    /// The winning version of every id that occurs with more than one
    /// version.
    pub fn winners(mut self) -> Winners {
        self.all.sort_unstable();
        let mut map = HashMap::new();
        for run in self.all.chunk_by(|a, b| a.0 == b.0) {
            if let (Some(first), Some(last)) = (run.first(), run.last()) {
                if (first.1, first.2) != (last.1, last.2) {
                    map.insert(last.0, version_string((last.1, last.2)));
                }
            }
        }
        Winners { map }
    }
}

/// The winning version of the ids that have copies differing in version.
#[derive(Debug, Default)]
pub struct Winners {
    map: HashMap<u128, String>,
}

impl Winners {
    /// Whether the copy of `id` with `version` is the one that counts
    /// (always, for an id without differing copies).
    pub fn counts(&self, id: &str, version: &str) -> bool {
        self.map
            .get(&id_hash(id))
            .is_none_or(|w| w.as_str() == version)
    }

    /// Number of ids whose copies differ.
    pub fn len(&self) -> usize {
        self.map.len()
    }

    /// True when no id has differing copies.
    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latest_date_wins_then_greatest_hash_whatever_the_order() {
        for order in [[0, 1, 2], [2, 1, 0], [1, 2, 0]] {
            let keys = [(20170101, 5u128), (20180101, 1), (20180101, 3)];
            let mut v = Versions::default();
            for i in order {
                v.push("a", keys[i]);
            }
            v.push("b", (0, 1));
            v.push("b", (0, 1));
            let w = v.winners();
            assert_eq!(w.len(), 1);
            assert!(w.counts("a", &version_string((20180101, 3))));
            assert!(!w.counts("a", &version_string((20180101, 1))));
            assert!(!w.counts("a", &version_string((20170101, 5))));
            assert!(w.counts("b", &version_string((0, 1))));
        }
    }
}

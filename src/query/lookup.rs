//! Finding an entity by any of its names: id, canonical name, alias or a
//! surface form seen in the corpus, compared after folding (lowercase, no
//! diacritics, letters and digits only), with "did you mean" suggestions
//! for unknown names and a candidate list for ambiguous ones.

use super::{QueryError, QueryGraph};
use crate::graph::Node;
use std::cmp::Reverse;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Key tier: the id or canonical name (beats the tiers below).
const TIER_NAME: u8 = 0;
/// Key tier: a gazetteer alias.
const TIER_ALIAS: u8 = 1;
/// Key tier: a surface form seen in the corpus.
const TIER_SURFACE: u8 = 2;
/// Suggestions listed for an unknown name.
pub const MAX_SUGGESTIONS: usize = 5;

/// Folds a name for comparison: lowercase, diacritics dropped (NFD minus
/// combining marks), everything but letters and digits dropped, so
/// "Kim Jong-un", "kim jong un" and "KIM JONG UN" are one key.
pub fn fold(s: &str) -> String {
    // ASCII (most ids and names): NFD leaves it as it is and it holds no
    // combining mark, so folding keeps the lowercased ASCII letters and
    // digits; the same result without the decomposition, which cost
    // 2,400 instructions a name when graph.db's key index is built.
    if s.is_ascii() {
        let mut out = Vec::with_capacity(s.len());
        out.extend(
            s.bytes()
                .filter(u8::is_ascii_alphanumeric)
                .map(|b| b.to_ascii_lowercase()),
        );
        // ASCII bytes are UTF-8: this never falls back.
        return String::from_utf8(out).unwrap_or_default();
    }
    fold_unicode(s)
}

/// [`fold`] of any string, by its canonical decomposition.
fn fold_unicode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.nfd() {
        if is_combining_mark(c) {
            continue;
        }
        for l in c.to_lowercase() {
            if l.is_alphanumeric() {
                out.push(l);
            }
        }
    }
    out
}

/// One folded name of a node, as a range of [`KeyIndex::blob`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct KeyEntry {
    pub(crate) start: u32,
    pub(crate) len: u32,
    pub(crate) node: u32,
    pub(crate) tier: u8,
}

/// All folded names of all nodes, sorted by (key, tier, node), in one
/// byte buffer so loading it allocates twice, not once per name.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct KeyIndex {
    pub(crate) blob: Vec<u8>,
    pub(crate) entries: Vec<KeyEntry>,
}

impl KeyIndex {
    /// Folds every id, name, alias and surface form of `nodes`.
    pub(crate) fn build(nodes: &[Node]) -> KeyIndex {
        let mut keys: Vec<(String, u8, u32)> = Vec::new();
        for (i, n) in nodes.iter().enumerate() {
            let i = i as u32;
            keys.push((fold(&n.id), TIER_NAME, i));
            keys.push((fold(&n.name), TIER_NAME, i));
            keys.extend(n.aliases.iter().map(|a| (fold(a), TIER_ALIAS, i)));
            keys.extend(n.surface.keys().map(|s| (fold(s), TIER_SURFACE, i)));
        }
        keys.retain(|k| !k.0.is_empty());
        // Equal tuples are identical: the unstable sort gives the same
        // order as a stable one.
        keys.sort_unstable();
        keys.dedup_by(|a, b| a.0 == b.0 && a.2 == b.2);
        let mut index = KeyIndex::default();
        for (key, tier, node) in keys {
            index.entries.push(KeyEntry {
                start: index.blob.len() as u32,
                len: key.len() as u32,
                node,
                tier,
            });
            index.blob.extend_from_slice(key.as_bytes());
        }
        index
    }

    fn key(&self, e: &KeyEntry) -> &[u8] {
        self.blob
            .get(e.start as usize..(e.start + e.len) as usize)
            .unwrap_or(&[])
    }

    /// The entries whose key equals `folded`.
    fn exact(&self, folded: &str) -> &[KeyEntry] {
        let k = folded.as_bytes();
        let lo = self.entries.partition_point(|e| self.key(e) < k);
        let hi = lo + self.entries[lo..].partition_point(|e| self.key(e) == k);
        &self.entries[lo..hi]
    }
}

/// The outcome of looking a name up.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Lookup {
    /// Exactly one entity has this name.
    Found(u32),
    /// Several entities share the name (most mentioned first).
    Ambiguous(Vec<u32>),
    /// No entity has the name; the closest names' entities, best first.
    Unknown(Vec<u32>),
}

/// Looks `query` up among ids, canonical names, aliases and surface forms.
/// When several entities match, the best tier wins (id or name, then
/// alias, then surface form); several entities in that tier are ambiguous.
///
/// # Errors
/// Fails when entity records cannot be read from graph.db.
pub fn lookup(g: &QueryGraph, query: &str) -> Result<Lookup, QueryError> {
    let folded = fold(query);
    if folded.is_empty() {
        return Ok(Lookup::Unknown(Vec::new()));
    }
    let hits = g.keys.exact(&folded);
    if let Some(best) = hits.iter().map(|e| e.tier).min() {
        let mut nodes: Vec<u32> = hits
            .iter()
            .filter(|e| e.tier == best)
            .map(|e| e.node)
            .collect();
        nodes.sort_unstable();
        nodes.dedup();
        if let [one] = nodes[..] {
            return Ok(Lookup::Found(one));
        }
        return Ok(Lookup::Ambiguous(by_prominence(
            g,
            nodes.into_iter().map(|n| (0, n)),
        )?));
    }
    Ok(Lookup::Unknown(suggest(g, &folded)?))
}

/// (score, node) pairs sorted by score, then most mentioned, then name and
/// id; the nodes only.
fn by_prominence(
    g: &QueryGraph,
    scored: impl Iterator<Item = (usize, u32)>,
) -> Result<Vec<u32>, QueryError> {
    let mut keyed = Vec::new();
    for (score, n) in scored {
        let node = g.node(n)?;
        keyed.push((score, Reverse(node.mentions), node.name.clone(), n));
    }
    keyed.sort();
    Ok(keyed.into_iter().map(|k| k.3).collect())
}

/// Entities with a name close to `folded`: within an edit distance that
/// grows with the query length, or starting with or containing it.
fn suggest(g: &QueryGraph, folded: &str) -> Result<Vec<u32>, QueryError> {
    let q: Vec<char> = folded.chars().collect();
    let bound = 1 + q.len() / 4;
    let mut best: Vec<Option<usize>> = vec![None; g.node_count()];
    let mut key_chars = Vec::new();
    for e in &g.keys.entries {
        let Ok(key) = std::str::from_utf8(g.keys.key(e)) else {
            continue;
        };
        key_chars.clear();
        key_chars.extend(key.chars());
        // Long keys cannot be within the bound unless they contain the
        // query; skip the quadratic distance for them.
        let mut score = usize::MAX;
        if q.len() >= 3 && key.contains(folded) {
            score = 1;
        }
        if key_chars.len() <= q.len() + bound {
            score = score.min(osa_distance(&q, &key_chars));
        }
        if q.len() >= 3 && key_chars.len() > q.len() {
            score = score.min(osa_distance(&q, &key_chars[..q.len()]) + 1);
        }
        if score <= bound {
            let slot = &mut best[e.node as usize];
            *slot = Some(slot.map_or(score, |s| s.min(score)));
        }
    }
    // Only the best scores need their records read.
    let mut found: Vec<(usize, u32)> = best
        .iter()
        .enumerate()
        .filter_map(|(i, s)| s.map(|s| (s, i as u32)))
        .collect();
    found.sort_unstable();
    if let Some(&(cut, _)) = found.get(MAX_SUGGESTIONS - 1) {
        found.retain(|&(s, _)| s <= cut);
    }
    let mut out = by_prominence(g, found.into_iter())?;
    out.truncate(MAX_SUGGESTIONS);
    Ok(out)
}

/// Optimal string alignment distance (Damerau-Levenshtein without
/// substring moves): insertions, deletions, substitutions and adjacent
/// transpositions each cost one.
pub fn osa_distance(a: &[char], b: &[char]) -> usize {
    let w = b.len() + 1;
    let mut prev2 = vec![0usize; w];
    let mut prev: Vec<usize> = (0..w).collect();
    let mut cur = vec![0usize; w];
    for i in 1..=a.len() {
        cur[0] = i;
        for j in 1..w {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (prev[j] + 1).min(cur[j - 1] + 1).min(prev[j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(prev2[j - 2] + 1);
            }
            cur[j] = d;
        }
        std::mem::swap(&mut prev2, &mut prev);
        std::mem::swap(&mut prev, &mut cur);
    }
    prev[b.len()]
}

/// One line describing a node: "id  name  (type, N mentions)".
///
/// # Errors
/// Fails when the entity record cannot be read from graph.db.
pub fn describe(g: &QueryGraph, n: u32) -> Result<String, QueryError> {
    let node = g.node(n)?;
    Ok(format!(
        "{}  {}  ({}, {} mentions)",
        node.id, node.name, node.etype, node.mentions
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::base::types::{EntityType, Window};
    use crate::graph::{GraphData, KnowledgeGraph, FORMAT};

    fn graph() -> QueryGraph {
        let node = |id: &str, name: &str, aliases: &[&str], surface: &[&str], mentions| Node {
            id: id.into(),
            name: name.into(),
            etype: EntityType::Person,
            qid: None,
            aliases: aliases.iter().map(|s| s.to_string()).collect(),
            mentions,
            documents: 1,
            surface: surface.iter().map(|s| (s.to_string(), 1)).collect(),
            docs: vec![],
            first_seen: None,
            last_seen: None,
            degree: 0,
            weighted_degree: 0,
            pagerank: Default::default(),
            community: 0,
        };
        let data = GraphData {
            format: FORMAT.into(),
            window: Window::Sentence,
            evidence_limit: 0,
            document_count: 0,
            documents: vec![],
            nodes: vec![
                node(
                    "kim-jong-un",
                    "Kim Jong Un",
                    &["Kim Jong-un"],
                    &["Kim", "Kim Jong Un"],
                    9,
                ),
                node("kim-yo-jong", "Kim Yo Jong", &[], &["Kim"], 2),
                node(
                    "sergei-lavrov",
                    "Sergei Lavrov",
                    &["Sergey Lavrov"],
                    &["Lavrov"],
                    5,
                ),
                node(
                    "north-korea",
                    "North Korea",
                    &["Korut", "Korea Utara", "DPRK"],
                    &[],
                    7,
                ),
                node("jose-marti", "José Martí", &[], &[], 1),
            ],
            edges: vec![],
            negated: vec![],
        };
        QueryGraph::from_knowledge(&KnowledgeGraph::from_data(data).0)
    }

    #[test]
    fn ascii_folding_equals_the_decomposition() {
        let all: String = (0u8..128).map(char::from).collect();
        assert_eq!(fold(&all), fold_unicode(&all));
        for b in 0u8..128 {
            let one = char::from(b).to_string();
            assert_eq!(fold(&one), fold_unicode(&one), "{b}");
        }
    }

    #[test]
    fn folding() {
        for (s, want) in [
            ("Kim Jong-un", "kimjongun"),
            ("KIM JONG UN", "kimjongun"),
            ("José Martí", "josemarti"),
            ("Korea  Utara", "koreautara"),
            ("Ñoño's", "nonos"),
            ("---", ""),
        ] {
            assert_eq!(fold(s), want, "{s}");
        }
    }

    #[test]
    fn finds_by_any_name() {
        let g = graph();
        let id = |s: &str| {
            (0..g.node_count() as u32)
                .find(|&i| g.node(i).unwrap().id == s)
                .unwrap()
        };
        for (q, want) in [
            ("kim jong-un", "kim-jong-un"),
            ("Kim-Jong-Un", "kim-jong-un"),
            ("sergey lavrov", "sergei-lavrov"),
            ("LAVROV", "sergei-lavrov"),
            ("Korut", "north-korea"),
            ("korea utara", "north-korea"),
            ("jose marti", "jose-marti"),
            ("north-korea", "north-korea"),
        ] {
            assert_eq!(lookup(&g, q).unwrap(), Lookup::Found(id(want)), "{q}");
        }
    }

    #[test]
    fn ambiguous_lists_most_mentioned_first() {
        let g = graph();
        let Lookup::Ambiguous(c) = lookup(&g, "kim").unwrap() else {
            panic!("kim should be ambiguous");
        };
        let ids: Vec<String> = c.iter().map(|&n| g.node(n).unwrap().id.clone()).collect();
        assert_eq!(ids, ["kim-jong-un", "kim-yo-jong"]);
    }

    #[test]
    fn unknown_suggests_close_names() {
        let g = graph();
        for (q, want) in [
            ("Lavrof", "sergei-lavrov"),
            ("Kim Jung Un", "kim-jong-un"),
            ("Korutt", "north-korea"),
            ("Sergei Lavro", "sergei-lavrov"),
        ] {
            let Lookup::Unknown(s) = lookup(&g, q).unwrap() else {
                panic!("{q} should be unknown");
            };
            assert_eq!(
                s.first().map(|&n| g.node(n).unwrap().id.clone()).as_deref(),
                Some(want),
                "{q}"
            );
        }
        assert_eq!(lookup(&g, "Zelensky").unwrap(), Lookup::Unknown(vec![]));
        assert_eq!(lookup(&g, "!!").unwrap(), Lookup::Unknown(vec![]));
    }

    #[test]
    fn osa() {
        let c = |s: &str| s.chars().collect::<Vec<_>>();
        for (a, b, d) in [
            ("", "", 0),
            ("abc", "abc", 0),
            ("abc", "acb", 1),
            ("kitten", "sitting", 3),
            ("lavrov", "lavrof", 1),
            ("", "abc", 3),
        ] {
            assert_eq!(osa_distance(&c(a), &c(b)), d, "{a} {b}");
        }
    }
}

//! One document's ledger line, written as the document is folded in.

use super::GraphBuilder;
use crate::analyse::pipeline::DocOutput;
use crate::base::escape::{json_str, push_u64};
use crate::base::types::DocInfo;

impl GraphBuilder<'_> {
    /// The entity id of index `e` (the empty string for an unknown index,
    /// which [`GraphBuilder::add`] never lets through).
    pub(super) fn eid(&self, e: u32) -> &str {
        self.gaz
            .entities
            .get(e as usize)
            .map_or("", |x| x.id.as_str())
    }

    /// Fills `self.line` with the ledger line of the document just added:
    /// the bytes `ledger::write_line` gives for the same contribution.
    pub(super) fn write_line(&mut self, info: &DocInfo, doc: &DocOutput) {
        let mut ents = std::mem::take(&mut self.line_entities);
        let mut edges = std::mem::take(&mut self.line_edges);
        let mut out = std::mem::take(&mut self.line);
        out.clear();
        out.extend_from_slice(b"{\"id\":");
        json_str(&mut out, &info.id);
        for (name, v) in [
            (&b",\"title\":"[..], &info.title),
            (b",\"date\":", &info.date),
            (b",\"url\":", &info.url),
        ] {
            if let Some(v) = v {
                out.extend_from_slice(name);
                json_str(&mut out, v);
            }
        }
        if !doc.version.is_empty() {
            out.extend_from_slice(b",\"version\":");
            json_str(&mut out, &doc.version);
        }
        if doc.stdin_id {
            out.extend_from_slice(b",\"stdin\":true");
        }
        out.extend_from_slice(b",\"entities\":[");
        // Local ranks: the document's entities and edge endpoints sorted
        // by id once, so edges sort by integers, not by three strings.
        let mut local = std::mem::take(&mut self.line_local);
        local.clear();
        local.extend(ents.iter().copied());
        for &(_, a, b) in &edges {
            local.push(a);
            local.push(b);
        }
        local.sort_unstable();
        local.dedup();
        local.sort_unstable_by(|&a, &b| self.eid(a).cmp(self.eid(b)));
        let mut rank = std::mem::take(&mut self.line_rank);
        rank.clear();
        rank.extend(local.iter().enumerate().map(|(r, &e)| (e, r as u32)));
        rank.sort_unstable();
        let rank_of = |e: u32| {
            rank.binary_search_by_key(&e, |x| x.0)
                .ok()
                .and_then(|i| rank.get(i))
                .map_or(u32::MAX, |x| x.1)
        };
        ents.sort_by_cached_key(|&e| rank_of(e));
        let mut first = true;
        for e in &ents {
            let Some(count) = doc.entities.get(e) else {
                continue;
            };
            if !first {
                out.push(b',');
            }
            first = false;
            out.extend_from_slice(b"{\"id\":");
            json_str(&mut out, self.eid(*e));
            out.extend_from_slice(b",\"mentions\":");
            push_u64(&mut out, count.mentions);
            out.extend_from_slice(b",\"surface\":{");
            for (j, (s, c)) in count.surface.iter().enumerate() {
                if j > 0 {
                    out.push(b',');
                }
                json_str(&mut out, s);
                out.push(b':');
                push_u64(&mut out, *c);
            }
            out.extend_from_slice(b"}}");
        }
        out.extend_from_slice(b"],\"edges\":[");
        let kinds = &self.kinds;
        let kind = |k: u32| kinds.get(k as usize).map_or("", String::as_str);
        let krank = |k: u32| self.kind_rank.get(k as usize).copied().unwrap_or(u32::MAX);
        // Keys computed once per edge, not once per comparison.
        let mut keyed = std::mem::take(&mut self.line_keyed);
        keyed.clear();
        keyed.extend(
            edges
                .iter()
                .map(|&(k, a, b)| ((krank(k), rank_of(a), rank_of(b)), (k, a, b))),
        );
        keyed.sort_unstable();
        edges.clear();
        edges.extend(keyed.iter().map(|x| x.1));
        self.line_keyed = keyed;
        first = true;
        for run in edges.chunk_by(|x, y| x == y) {
            let Some(&(k, a, b)) = run.first() else {
                continue;
            };
            if !first {
                out.push(b',');
            }
            first = false;
            out.extend_from_slice(b"{\"kind\":");
            json_str(&mut out, kind(k));
            out.extend_from_slice(b",\"source\":");
            json_str(&mut out, self.eid(a));
            out.extend_from_slice(b",\"target\":");
            json_str(&mut out, self.eid(b));
            out.extend_from_slice(b",\"weight\":");
            push_u64(&mut out, run.len() as u64);
            out.push(b'}');
        }
        self.line_local = local;
        self.line_rank = rank;
        out.extend_from_slice(b"]}\n");
        self.line = out;
        ents.clear();
        edges.clear();
        self.line_entities = ents;
        self.line_edges = edges;
    }
}

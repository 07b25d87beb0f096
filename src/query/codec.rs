//! The byte encoding of the query cache: little-endian integers, strings
//! as a u32 length plus UTF-8 bytes, entity and evidence records, and a
//! decoder over any reader that reads fixed-size records in blocks.

use super::QueryError;
use crate::base::types::{EntityType, Modality};
use crate::graph::{Evidence, Node};
use std::io::Read;
use std::path::Path;

/// An encoder: appends little-endian integers and length-prefixed strings.
pub(crate) struct Enc(pub(crate) Vec<u8>);

impl Enc {
    pub(crate) fn u32(&mut self, v: u32) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    pub(crate) fn u64(&mut self, v: u64) {
        self.0.extend_from_slice(&v.to_le_bytes());
    }
    pub(crate) fn str(&mut self, s: &str) {
        self.u32(s.len() as u32);
        self.0.extend_from_slice(s.as_bytes());
    }
    pub(crate) fn opt<T: AsRef<str>>(&mut self, s: &Option<T>) {
        match s.as_ref().map(AsRef::as_ref) {
            Some(s) => {
                self.0.push(1);
                self.str(s);
            }
            None => self.0.push(0),
        }
    }
    pub(crate) fn strs<S: AsRef<str>>(&mut self, v: &[S]) {
        self.u32(v.len() as u32);
        for s in v {
            self.str(s.as_ref());
        }
    }
}

/// The little-endian u32 at `i` of a fixed-size record.
pub(crate) fn le32<const N: usize>(b: &[u8; N], i: usize) -> u32 {
    let mut a = [0u8; 4];
    a.copy_from_slice(&b[i..i + 4]);
    u32::from_le_bytes(a)
}

/// The little-endian u64 at `i` of a fixed-size record.
pub(crate) fn le64<const N: usize>(b: &[u8; N], i: usize) -> u64 {
    let mut a = [0u8; 8];
    a.copy_from_slice(&b[i..i + 8]);
    u64::from_le_bytes(a)
}

pub(crate) fn type_byte(t: EntityType) -> u8 {
    match t {
        EntityType::Person => 0,
        EntityType::Place => 1,
        EntityType::Organisation => 2,
    }
}

pub(crate) fn type_from(b: u8) -> Option<EntityType> {
    match b {
        0 => Some(EntityType::Person),
        1 => Some(EntityType::Place),
        2 => Some(EntityType::Organisation),
        _ => None,
    }
}

/// Decodes one entity record of the cache.
pub(crate) fn decode_node(rec: &[u8], path: &Path) -> Result<Node, QueryError> {
    dec_node(&mut Dec::new(rec, path, rec.len()))
}

pub(crate) fn enc_node(e: &mut Enc, n: &Node) {
    e.str(&n.id);
    e.str(&n.name);
    e.0.push(type_byte(n.etype));
    e.opt(&n.qid);
    e.strs(&n.aliases);
    e.u64(n.mentions);
    e.u64(n.documents);
    e.u32(n.surface.len() as u32);
    for (s, c) in &n.surface {
        e.str(s);
        e.u64(*c);
    }
    e.strs(&n.docs);
    e.opt(&n.first_seen);
    e.opt(&n.last_seen);
    e.u64(n.degree);
    e.u64(n.weighted_degree);
    e.u64(n.pagerank.0.to_bits());
    e.u32(n.community);
}

/// Bytes [`enc_node`] writes for `n`, without encoding it.
pub(crate) fn node_len(n: &Node) -> usize {
    fn strs<S: AsRef<str>>(v: &[S]) -> usize {
        4 + v.iter().map(|s| 4 + s.as_ref().len()).sum::<usize>()
    }
    str_len(&n.id)
        + str_len(&n.name)
        + 1
        + opt_len(&n.qid)
        + strs(&n.aliases)
        + 16
        + 4
        + n.surface.keys().map(|s| str_len(s) + 8).sum::<usize>()
        + strs(&n.docs)
        + opt_len(&n.first_seen)
        + opt_len(&n.last_seen)
        + 28
}

fn str_len(s: &str) -> usize {
    4 + s.len()
}

fn opt_len<T: AsRef<str>>(s: &Option<T>) -> usize {
    1 + s.as_ref().map_or(0, |s| str_len(s.as_ref()))
}

/// Where an evidence text sits in the cache's text pool.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) struct TextRef {
    /// Byte offset in the pool.
    pub(crate) offset: u64,
    /// Byte length.
    pub(crate) len: u32,
}

/// An evidence record as stored: document and text by reference.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct EvidenceRecord {
    /// A position in the cache's document list (whose date is the item's),
    /// or past its end, an entry of the spelled-out documents.
    pub(crate) doc: u32,
    pub(crate) sentence: u32,
    pub(crate) text: TextRef,
    pub(crate) trigger: Option<String>,
    pub(crate) modality: Option<Modality>,
}

/// Flag bit: the record carries a trigger string.
const HAS_TRIGGER: u8 = 1 << 2;
/// Flag bits 0-1 hold the modality.
const MODALITY: u8 = 0b11;

/// Writes the evidence record of `ev`: a flags byte (modality, whether a
/// trigger follows), the document reference `doc`, the sentence index,
/// the text's pool reference, the trigger.
pub(crate) fn enc_record(e: &mut Enc, ev: &Evidence, doc: u32, text: TextRef) {
    let mut flags = match ev.modality {
        None => 0,
        Some(Modality::Asserted) => 1,
        Some(Modality::Planned) => 2,
        Some(Modality::Negated) => 3,
    };
    if ev.trigger.is_some() {
        flags |= HAS_TRIGGER;
    }
    e.0.push(flags);
    e.u32(doc);
    e.u32(ev.sentence);
    e.u64(text.offset);
    e.u32(text.len);
    if let Some(t) = &ev.trigger {
        e.str(t);
    }
}

/// Bytes [`enc_record`] writes for `ev`: they depend on the trigger only,
/// so sizing the records needs no lookup.
pub(crate) fn record_len(ev: &Evidence) -> usize {
    1 + 4 + 4 + 12 + ev.trigger.as_deref().map_or(0, str_len)
}

/// Writes a spelled-out document: its date, then its id.
pub(crate) fn enc_doc(e: &mut Enc, date: Option<&str>, doc: &str) {
    e.opt(&date);
    e.str(doc);
}

/// Bytes [`enc_doc`] writes.
pub(crate) fn doc_len(date: Option<&str>, doc: &str) -> usize {
    opt_len(&date) + str_len(doc)
}

/// A decoder over any reader, tracking its position for error messages.
pub(crate) struct Dec<'p, R: Read> {
    r: R,
    pub(crate) pos: usize,
    /// Bytes available, to cap allocations a corrupt count could ask for.
    limit: usize,
    path: &'p Path,
}

impl<'p, R: Read> Dec<'p, R> {
    pub(crate) fn new(r: R, path: &'p Path, limit: usize) -> Dec<'p, R> {
        Dec {
            r,
            pos: 0,
            limit,
            path,
        }
    }
    pub(crate) fn err(&self, what: &'static str) -> QueryError {
        QueryError::Cache {
            path: self.path.to_path_buf(),
            offset: self.pos,
            what,
        }
    }
    pub(crate) fn fill(&mut self, buf: &mut [u8]) -> Result<(), QueryError> {
        if self.r.read_exact(buf).is_err() {
            return Err(self.err("truncated"));
        }
        self.pos += buf.len();
        Ok(())
    }
    pub(crate) fn u8(&mut self) -> Result<u8, QueryError> {
        let mut b = [0u8; 1];
        self.fill(&mut b)?;
        Ok(b[0])
    }
    pub(crate) fn u32(&mut self) -> Result<u32, QueryError> {
        let mut b = [0u8; 4];
        self.fill(&mut b)?;
        Ok(u32::from_le_bytes(b))
    }
    pub(crate) fn u64(&mut self) -> Result<u64, QueryError> {
        let mut b = [0u8; 8];
        self.fill(&mut b)?;
        Ok(u64::from_le_bytes(b))
    }
    pub(crate) fn bytes(&mut self) -> Result<Vec<u8>, QueryError> {
        let n = self.u32()? as usize;
        if n > self.limit.saturating_sub(self.pos) {
            return Err(self.err("length past the end"));
        }
        let mut v = vec![0u8; n];
        self.fill(&mut v)?;
        Ok(v)
    }
    pub(crate) fn string(&mut self) -> Result<String, QueryError> {
        let v = self.bytes()?;
        String::from_utf8(v).map_err(|_| self.err("invalid UTF-8"))
    }
    pub(crate) fn opt(&mut self) -> Result<Option<String>, QueryError> {
        match self.u8()? {
            0 => Ok(None),
            _ => self.string().map(Some),
        }
    }
    /// A list of fixed-size records, read in blocks (per-field reads
    /// would dominate the load time); `item` returns `None` for a record
    /// out of range.
    pub(crate) fn fixed<const N: usize, T>(
        &mut self,
        mut item: impl FnMut(&[u8; N]) -> Option<T>,
    ) -> Result<Vec<T>, QueryError> {
        const BLOCK: usize = 4096;
        let n = self.u32()? as usize;
        if n.saturating_mul(N) > self.limit.saturating_sub(self.pos) {
            return Err(self.err("length past the end"));
        }
        let mut v = Vec::with_capacity(n);
        let mut buf = vec![0u8; N * BLOCK.min(n)];
        let mut left = n;
        while left > 0 {
            let k = left.min(BLOCK);
            let start = self.pos;
            let chunk = &mut buf[..k * N];
            self.fill(chunk)?;
            for (i, rec) in chunk.chunks_exact(N).enumerate() {
                let t = <&[u8; N]>::try_from(rec).ok().and_then(&mut item);
                match t {
                    Some(t) => v.push(t),
                    None => {
                        self.pos = start + i * N;
                        return Err(self.err("record out of range"));
                    }
                }
            }
            left -= k;
        }
        Ok(v)
    }

    pub(crate) fn list<T>(
        &mut self,
        mut item: impl FnMut(&mut Self) -> Result<T, QueryError>,
    ) -> Result<Vec<T>, QueryError> {
        let n = self.u32()? as usize;
        let mut v = Vec::with_capacity(n.min(self.limit.saturating_sub(self.pos)));
        for _ in 0..n {
            v.push(item(self)?);
        }
        Ok(v)
    }
}

pub(crate) fn dec_node<R: Read>(d: &mut Dec<R>) -> Result<Node, QueryError> {
    Ok(Node {
        id: d.string()?,
        name: d.string()?,
        etype: match type_from(d.u8()?) {
            Some(t) => t,
            None => return Err(d.err("bad entity type")),
        },
        qid: d.opt()?,
        aliases: d.list(Dec::string)?,
        mentions: d.u64()?,
        documents: d.u64()?,
        surface: {
            let n = d.u32()?;
            let mut m = std::collections::BTreeMap::new();
            for _ in 0..n {
                let s = d.string()?;
                m.insert(s, d.u64()?);
            }
            m
        },
        docs: d.list(|d| d.string().map(std::sync::Arc::from))?,
        first_seen: d.opt()?,
        last_seen: d.opt()?,
        degree: d.u64()?,
        weighted_degree: d.u64()?,
        pagerank: crate::graph::metrics::Score(f64::from_bits(d.u64()?)),
        community: d.u32()?,
    })
}

/// Decodes one evidence record written by [`enc_record`].
pub(crate) fn dec_record<R: Read>(d: &mut Dec<R>) -> Result<EvidenceRecord, QueryError> {
    let flags = d.u8()?;
    if flags & !(MODALITY | HAS_TRIGGER) != 0 {
        return Err(d.err("bad evidence flags"));
    }
    Ok(EvidenceRecord {
        doc: d.u32()?,
        sentence: d.u32()?,
        text: TextRef {
            offset: d.u64()?,
            len: d.u32()?,
        },
        trigger: if flags & HAS_TRIGGER != 0 {
            Some(d.string()?)
        } else {
            None
        },
        modality: match flags & MODALITY {
            0 => None,
            1 => Some(Modality::Asserted),
            2 => Some(Modality::Planned),
            _ => Some(Modality::Negated),
        },
    })
}

/// Decodes a spelled-out document written by [`enc_doc`]: (date, id).
pub(crate) fn dec_doc<R: Read>(d: &mut Dec<R>) -> Result<(Option<String>, String), QueryError> {
    Ok((d.opt()?, d.string()?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn records_round_trip() {
        let path = Path::new("graph.bin");
        let evidence: Vec<Evidence> = [
            None,
            Some(Modality::Asserted),
            Some(Modality::Planned),
            Some(Modality::Negated),
        ]
        .into_iter()
        .map(|modality| Evidence {
            date: modality.map(|_| "2023-09-25".into()),
            doc: "d1".into(),
            sentence: 7,
            text: "Kim bertemu Putin — «ñ»".into(),
            trigger: modality.map(|m| m.as_str().to_string()),
            modality,
        })
        .collect();
        let node = Node {
            id: "kim-jong-un".into(),
            name: "Kim Jong Un".into(),
            etype: EntityType::Organisation,
            qid: Some("Q56226".into()),
            aliases: vec!["Kim Jong-un".into(), "김정은".into()],
            mentions: u64::MAX,
            documents: 3,
            surface: [("Kim".to_string(), 2), ("Kim Jong Un".to_string(), 5)]
                .into_iter()
                .collect(),
            docs: vec!["d1".into()],
            first_seen: None,
            last_seen: Some("2025-07-12".into()),
            degree: 0,
            weighted_degree: 0,
            pagerank: Default::default(),
            community: 0,
        };
        let mut e = Enc(Vec::new());
        enc_node(&mut e, &node);
        assert_eq!(e.0.len(), node_len(&node));
        assert_eq!(decode_node(&e.0, path).unwrap(), node);
        // Every modality, with and without a trigger.
        let cases: Vec<(&Evidence, u32, TextRef)> = evidence
            .iter()
            .enumerate()
            .map(|(i, ev)| {
                let text = TextRef {
                    offset: u64::from(u32::MAX) + i as u64,
                    len: ev.text.len() as u32,
                };
                (ev, i as u32 * 1000 + 7, text)
            })
            .collect();
        let mut e = Enc(Vec::new());
        e.u32(cases.len() as u32);
        for &(ev, doc, text) in &cases {
            let before = e.0.len();
            enc_record(&mut e, ev, doc, text);
            assert_eq!(e.0.len() - before, record_len(ev));
        }
        let mut d = Dec::new(&e.0[..], path, e.0.len());
        let got = d.list(dec_record).unwrap();
        let want: Vec<EvidenceRecord> = cases
            .iter()
            .map(|&(ev, doc, text)| EvidenceRecord {
                doc,
                sentence: ev.sentence,
                text,
                trigger: ev.trigger.clone(),
                modality: ev.modality,
            })
            .collect();
        assert_eq!(got, want);
        // Truncated input is an error, never a panic.
        for cut in 0..e.0.len() {
            let mut d = Dec::new(&e.0[..cut], path, cut);
            assert!(d.list(dec_record).is_err(), "cut at {cut}");
        }
        for (date, doc) in [(None, "d1"), (Some("2023-09-25"), "berita/ñ.txt")] {
            let mut e = Enc(Vec::new());
            enc_doc(&mut e, date, doc);
            assert_eq!(e.0.len(), doc_len(date, doc));
            let mut d = Dec::new(&e.0[..], path, e.0.len());
            let want = (date.map(str::to_string), doc.to_string());
            assert_eq!(dec_doc(&mut d).unwrap(), want);
        }
        // Unknown flag bits are refused.
        let mut bad = e.0.clone();
        bad[4] |= 0x80;
        let mut d = Dec::new(&bad[..], path, bad.len());
        assert!(d.list(dec_record).is_err());
    }
}

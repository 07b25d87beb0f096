//! Issue 17, thirty-fifth round, part B: a meeting named as the frame
//! opening a sentence whose clause names no meeting party as its subject.
//! "Dalam pertemuan dengan Menlu X Y , kedua pihak sepakat ...", "Dalam
//! pertemuan dengan Menteri Z , situasi di W menjadi perhatian utama":
//! the meeting is one of the person named in the frame and of the one
//! who opened the sentence right before ("Menlu A menerima B ...";
//! `Memory::lead_before`), the document's actor of the paragraph.
//!
//! The frame is a phrase of class `meeting_frame` opening the sentence,
//! followed within a few tokens by a person's name (maybe after a title
//! and a comma: "Menteri Pertahanan X , Y") and a comma. It is read only
//! when the sentence gave no meeting of that person already. A person
//! opening the clause after the comma is the one who met the frame's
//! person ("Dalam pertemuan empat mata dengan Presiden X , Dubes Y
//! menyampaikan", thirty-sixth round, part B); the lead before stands
//! in only when none does, or when the reader took the clause's pronoun
//! for the frame's person ("Speaking during a courtesy call on King X ,
//! he said").

use super::appoint::punct;
use super::env::{push, Env};
use super::instance::RelationInstance;
use super::sentence::Sent;
use crate::base::types::{EntityType, Modality};

/// The relation kind the frame gives.
const MEETS: &str = "meets";

/// Most tokens between the frame's phrase and its person's name.
const REACH: usize = 10;

/// Adds the meeting of the person of a meeting frame opening sentence
/// `si` (`s`) with `lead`, the person who opened the sentence right
/// before (with its index), unless the sentence's relations from
/// `out[first..]` already hold a meeting of that person.
pub(super) fn push_frame_meeting(
    env: &Env,
    s: &Sent,
    lead: Option<(u32, u32)>,
    (si, first): (u32, usize),
    out: &mut Vec<RelationInstance>,
) {
    let k = s.class_phrase_at(env.lex, "meeting_frame", 0);
    if k == 0 {
        return;
    }
    // the frame's person: the first free name after the phrase, only
    // words and commas before it
    let Some(p) = s
        .ments
        .iter()
        .find(|m| m.free() && m.toks.start >= k && m.etype == EntityType::Person)
        .filter(|m| m.toks.start < k + REACH)
    else {
        return;
    };
    let plain = (k..p.toks.start).all(|j| s.toks[j].word || s.toks[j].norm == ",");
    let comma = p.toks.end;
    let closed = punct(s, comma, &[","]);
    if !plain || !closed {
        return;
    }
    // ("Dalam pertemuan dengan X , Y mengatakan": Y, the subject, met X
    // (thirty-sixth round, part B); the lead only when no person opens
    // the clause)
    let subject = s
        .ments
        .iter()
        .find(|m| m.ext == comma + 1 && m.etype == EntityType::Person)
        .map(|m| m.entity);
    let met = out.get(first..).into_iter().flatten().any(|r| {
        r.kind == MEETS && r.sentence == si && (r.source == p.entity || r.target == p.entity)
    });
    // (a pronoun opening the clause that the reader took for the frame's
    // person is the lead's: "During a courtesy call on X , he said")
    let partner = match subject.filter(|&y| y != p.entity) {
        Some(y) => y,
        None => match lead {
            Some((lead, _)) => lead,
            None => return,
        },
    };
    if met || partner == p.entity {
        return;
    }
    push(
        out,
        MEETS,
        (partner, p.entity),
        false,
        si,
        env.span_text(s, 0, k),
        Modality::Asserted,
    );
}

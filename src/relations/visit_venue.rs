//! Issue 17, thirty-third round, part C2: a country's visit whose venue
//! phrase names a city of that country. "pertemuan bilateral ... dalam
//! rangka kunjungan kenegaraan X ke Indonesia di Istana Merdeka,
//! Jakarta", "during his state visit to Indonesia at the Merdeka Palace
//! in Jakarta": the visit to the country is read by its trigger, and the
//! venue phrase right after the country's name ([`super::reception`]'s
//! reading of "di Istana Merdeka , Jakarta") places the visitor in the
//! city too, when the `capitals` or `cities` data put that city in the
//! visited country (a city elsewhere says the phrase is no venue of the
//! visit).

use std::collections::BTreeMap;

use super::env::{push_coref, Env};
use super::instance::RelationInstance;
use super::sentence::Sent;

/// The relation kind read and added.
const VISITS: &str = "visits";

/// Pushes to `out` a visit to the city of the venue phrase after the
/// country of each visit of sentence `s` (index `si`) found from `first`
/// on, with the country visit's trigger, modality and coreference, when
/// `city_country` (`Extractor::city_country`: the `capitals` and `cities`
/// data) puts that city in the visited country.
pub(super) fn push_venue_cities(
    env: &Env,
    s: &Sent,
    si: u32,
    first: usize,
    city_country: &BTreeMap<u32, u32>,
    out: &mut Vec<RelationInstance>,
) {
    let found: Vec<RelationInstance> = out
        .get(first..)
        .unwrap_or_default()
        .iter()
        .filter(|r| r.kind == VISITS && r.sentence == si && env.countries.contains(&r.target))
        .cloned()
        .collect();
    for r in found {
        for m in s.ments.iter().filter(|m| m.entity == r.target && m.free()) {
            let Some(p) = super::reception::venue_place(env, s, m.toks.end) else {
                continue;
            };
            let city = s.ments[p].entity;
            if city_country.get(&city) != Some(&r.target) {
                continue;
            }
            push_coref(
                out,
                VISITS,
                (r.source, city),
                true,
                si,
                r.trigger.clone(),
                r.modality,
                r.coref.clone(),
            );
        }
    }
}

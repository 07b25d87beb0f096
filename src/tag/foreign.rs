//! A state body's bare name followed by another country is that country's
//! body, which the gazetteer does not know: "Kemlu Jepang" is Japan's
//! foreign ministry and "Kementerian Kesehatan Malaysia" Malaysia's health
//! ministry, not the Indonesian bodies whose aliases "Kemlu" and
//! "Kementerian Kesehatan" are.
//!
//! A body's country is read from its own names: a full name that ends with
//! a country's name ("Kemlu RI", "Ministry of Health of Indonesia") ties
//! it to that country. A body tied to no country (an international
//! organisation, a company) is left alone, and so is a place that is no
//! country ("KPU Sumatera Selatan" is the commission's provincial office).

use crate::base::types::EntityType;
use crate::gazetteer::{name_key_into, Gazetteer};
use crate::tag::matcher::{Hit, TargetMatch};

/// The most words of a country's name looked for at the end of a body's
/// name ("Negara Kesatuan Republik Indonesia" has four).
const MAX_COUNTRY_WORDS: usize = 4;

/// Is the organisation hit `hit` (its claimants `orgs`) followed, across
/// spaces only, by the hit `next` (claimants `places`) that names only
/// countries, none of them a country any claimant's names tie it to,
/// while every claimant is tied to some country?
pub fn foreign_body(
    gaz: &Gazetteer,
    text: &str,
    (hit, orgs): (&Hit, &[TargetMatch]),
    (next, places): (&Hit, &[TargetMatch]),
) -> bool {
    let gap = text.get(hit.end..next.start).unwrap_or("");
    if gap.is_empty() || !gap.chars().all(|c| c == ' ') || places.is_empty() || orgs.is_empty() {
        return false;
    }
    let notes = &gaz.chunks.notes;
    let mut key = String::new();
    let mut countries = Vec::with_capacity(places.len());
    for t in places {
        let Some(e) = gaz.entities.get(t.entity as usize) else {
            return false;
        };
        if e.etype != EntityType::Place || e.demonyms.is_empty() {
            return false;
        }
        countries.push(t.entity);
    }
    orgs.iter().all(|t| {
        let Some(e) = gaz.entities.get(t.entity as usize) else {
            return false;
        };
        if e.etype != EntityType::Organisation || notes.takes_branch(t.entity) {
            return false;
        }
        let mut tied = false;
        for name in e.full_names() {
            let words: Vec<&str> = name.split_whitespace().collect();
            for n in 1..=MAX_COUNTRY_WORDS.min(words.len().saturating_sub(1)) {
                let tail = words.get(words.len() - n..).unwrap_or(&[]).join(" ");
                name_key_into(&tail, &mut key);
                if let Some(c) = notes.country(&key) {
                    if countries.contains(&c) {
                        return false;
                    }
                    tied = true;
                }
            }
        }
        tied
    })
}

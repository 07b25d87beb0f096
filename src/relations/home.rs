//! A person does not visit the country whose office they hold: "Kenyan
//! President Uhuru Kenyatta and President Julius Maada Bio of Sierra
//! Leone, who is on a state visit to Kenya" names one visitor, and a
//! minister who "said the prince will visit Indonesia" is at home there.
//! Such a visit is always a misread argument (the host, or the speaker
//! reporting someone else's trip), so it is dropped once the whole
//! document is read. So is a visit to that country's capital, where its
//! national offices are held, when a title of the document names the
//! office ("Menteri Pertahanan Republik Indonesia X ... datang ke Jakarta",
//! "Erdogan's visit to Islamabad" read as the host's; thirty-fourth round,
//! part C): by the gazetteer's roles alone a leader may still tour or
//! inspect his capital ("Presiden X meninjau lokasi banjir di Jakarta"),
//! and a trip to another town of one's own country may be a working
//! visit ("kunjungan kerja di Provinsi Banten").

use super::index::Extractor;
use super::instance::RelationInstance;
use std::collections::BTreeSet;

/// The relation kind whose instances are checked.
const VISITS: &str = "visits";
/// The relation kind that names a person's country in the text.
const HOLDS_OFFICE: &str = "holds_office";

/// Drops from `out[first..]` (one document's instances) every `visits`
/// whose visitor holds an office of the visited country, by a title in
/// this document (`holds_office`) or by the gazetteer's roles, or by such
/// a title an office of the country whose capital is visited. Only
/// offices of countries count (a governor does visit places of their
/// province).
pub(super) fn drop_home_visits(x: &Extractor, out: &mut Vec<RelationInstance>, first: usize) {
    let Some(doc) = out.get(first..) else {
        return;
    };
    if !doc.iter().any(|r| r.kind == VISITS) {
        return;
    }
    let mut home: BTreeSet<(u32, u32)> = doc
        .iter()
        .filter(|r| r.kind == HOLDS_OFFICE && x.countries.contains(&r.target))
        .map(|r| (r.source, r.target))
        .collect();
    // the offices the document's own titles name (before the roles): a
    // capital is home only by those
    let titled = home.clone();
    // roles of the visitors only: the gazetteer may hold thousands
    let visitors: BTreeSet<u32> = doc
        .iter()
        .filter(|r| r.kind == VISITS)
        .map(|r| r.source)
        .collect();
    home.extend(
        visitors
            .iter()
            .flat_map(|&p| x.role_countries(p).map(move |c| (p, c))),
    );
    let mut i = first;
    out.retain(|r| {
        i += 1;
        let capital_of = x.capitals.get(&r.target);
        i <= first
            || r.kind != VISITS
            || !(home.contains(&(r.source, r.target))
                || capital_of.is_some_and(|&c| titled.contains(&(r.source, c))))
    });
}

#[cfg(test)]
mod tests {
    use crate::base::types::EntityType::{Person, Place};
    use crate::relations::tests::{ent, gaz, role};
    use crate::relations::tests_round3::relations_of;

    /// The visits of `text` as "visitor>place", over the test gazetteer
    /// with Kenya, Malaysia and three people (Bio holds no office there).
    fn visits(text: &str) -> Vec<String> {
        let mut g = gaz();
        g.entities.extend([
            ent("kenya", Place, &["Kenya"], &["Kenyan"], vec![]),
            ent("malaysia", Place, &["Malaysia"], &["Malaysian"], vec![]),
            ent("uhuru", Person, &["Uhuru Kenyatta"], &[], vec![]),
            ent("bio", Person, &["Julius Bio"], &[], vec![]),
            ent(
                "retno",
                Person,
                &["Retno Marsudi", "Retno"],
                &[],
                vec![role("foreign_minister", "indonesia", None, None)],
            ),
        ]);
        relations_of(text, &g, &["visits"])
            .into_iter()
            .map(|(_, a, b, _)| format!("{a}>{b}"))
            .collect()
    }

    #[test]
    fn a_person_does_not_visit_the_country_of_their_office() {
        let cases: &[(&str, &[&str])] = &[
            // by a title in the text
            ("It took place in the presence of Kenyan President Uhuru Kenyatta, who is on a state visit to Kenya.", &[]),
            // by the gazetteer's roles
            ("Retno Marsudi tiba di Indonesia pada Senin.", &[]),
            // trap: the same people visiting another country keep the visit
            ("Kenyan President Uhuru Kenyatta arrived in Malaysia on Monday.", &["uhuru>malaysia"]),
            ("Retno Marsudi tiba di Malaysia pada Senin.", &["retno>malaysia"]),
            // trap: a person of no office there
            ("Julius Bio arrived in Kenya on Monday.", &["bio>kenya"]),
        ];
        for (text, want) in cases {
            assert_eq!(&visits(text), want, "\ntext: {text}");
        }
    }
}

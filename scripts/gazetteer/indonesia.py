"""Indonesia's provinces (ISO 3166-2:ID from Debian iso-codes, plus the four
provinces created in 2022 that it lacks) and its 514 regencies and cities
(kabupaten/kota, from the areaid package)."""

import glob
import json
import os
import re

from common import slug

ISO2_JSON = "/usr/share/iso-codes/json/iso_3166-2.json"

# Provinces created in 2022 (Law 14, 15 and 16 of 2022, and Law 29 of 2022),
# missing from iso-codes 4.15.
NEW_PROVINCES = ["Papua Selatan", "Papua Tengah", "Papua Pegunungan", "Papua Barat Daya"]

# Indonesian province names as news writes them, where ISO differs.
PROVINCE_NAME = {"Jakarta Raya": "DKI Jakarta", "Yogyakarta": "Daerah Istimewa Yogyakarta"}

# The usual abbreviations of province names.
PROVINCE_ABBR = {
    "Sumatera Utara": ["Sumut"], "Sumatera Barat": ["Sumbar"], "Sumatera Selatan": ["Sumsel"],
    "Jawa Barat": ["Jabar"], "Jawa Tengah": ["Jateng"], "Jawa Timur": ["Jatim"],
    "Kalimantan Barat": ["Kalbar"], "Kalimantan Tengah": ["Kalteng"],
    "Kalimantan Selatan": ["Kalsel"], "Kalimantan Timur": ["Kaltim"],
    "Kalimantan Utara": ["Kaltara"], "Sulawesi Utara": ["Sulut"],
    "Sulawesi Tengah": ["Sulteng"], "Sulawesi Selatan": ["Sulsel"],
    "Sulawesi Tenggara": ["Sultra"], "Sulawesi Barat": ["Sulbar"],
    "Kepulauan Bangka Belitung": ["Babel", "Bangka Belitung"],
    "Kepulauan Riau": ["Kepri"], "Nusa Tenggara Barat": ["NTB"],
    "Nusa Tenggara Timur": ["NTT"], "Maluku Utara": ["Malut"],
    "Daerah Istimewa Yogyakarta": ["DIY"],
}

DIRECTION = [
    ("Barat Daya", "Southwest"), ("Barat Laut", "Northwest"), ("Tenggara", "Southeast"),
    ("Timur Laut", "Northeast"), ("Barat", "West"), ("Timur", "East"), ("Utara", "North"),
    ("Selatan", "South"), ("Tengah", "Central"),
]


def english(name):
    """English form of an Indonesian region name: "Jawa Barat" → "West
    Java", "Kepulauan Riau" → "Riau Islands"; None when it is the same."""
    base, direction = name, None
    for idn, en in DIRECTION:
        if base.endswith(" " + idn):
            base, direction = base[: -len(idn) - 1], en
            break
    base = {"Jawa": "Java", "Sumatera": "Sumatra", "Papua Pegunungan": "Highland Papua"}.get(base, base)
    if base.startswith("Kepulauan "):
        base = base[len("Kepulauan "):] + " Islands"
    out = f"{direction} {base}" if direction else base
    return None if out == name else out


def provinces():
    with open(ISO2_JSON, encoding="utf-8") as f:
        iso = json.load(f)["3166-2"]
    names = [c["name"] for c in iso if c["code"].startswith("ID-")
             and c["type"] in ("Province", "Capital district", "Special region")]
    out = []
    for n in names + NEW_PROVINCES:
        n = PROVINCE_NAME.get(n, n)
        idn = n.replace("Sumatera", "Sumatera")
        rec = {"id": slug(english(idn) or idn), "name": idn, "type": "place",
               "origin": "generated"}
        aliases = [f"Provinsi {idn}"]
        en = english(idn)
        if en:
            aliases += [en, f"{en} Province", f"{en} province"]
        else:
            aliases.append(f"{idn} Province")
        if "Sumatera" in idn:
            aliases.append(idn.replace("Sumatera", "Sumatra"))
        aliases += PROVINCE_ABBR.get(idn, [])
        rec["aliases"] = aliases
        rec["description"] = "province of Indonesia"
        rec["sources"] = ["iso-codes"] if n not in NEW_PROVINCES else ["hand: Law 14-16/2022, 29/2022"]
        out.append(rec)
    return out


def regencies(areaid_dir, common, withheld):
    """Kabupaten and kota records. A regency or city goes by its bare name
    ("Sleman", "Surabaya") unless that is a common word or another entity
    claims it; the city wins a bare name it shares with a regency
    ("Bogor": Kota Bogor; Kabupaten Bogor keeps "Kabupaten Bogor")."""
    units = []
    for fn in sorted(glob.glob(os.path.join(areaid_dir, "areaid", "data", "*.json"))):
        with open(fn, encoding="utf-8") as f:
            for prov in json.load(f):
                for k in prov["kabupaten"]:
                    units.append((prov["provinsi"], k["kab_kota"], k.get("ibukota", "")))
    kota_bare = set()
    parsed = []
    for prov, full, seat in units:
        full = re.sub(r"\s+", " ", full.replace("Adm. ", "")).strip()
        extra = re.findall(r"\(([^)]*)\)", full)
        full = re.sub(r"\s*\([^)]*\)", "", full)
        kind, bare = full.split(" ", 1)
        parsed.append((prov, kind, bare, extra, seat))
        if kind == "Kota":
            kota_bare.add(bare)
    out = []
    for prov, kind, bare, extra, seat in parsed:
        en = english(bare) or bare
        if kind == "Kota":
            names = [bare, f"Kota {bare}", f"{en} City"]
            if bare.startswith("Jakarta "):
                names.append(en)
        else:
            names = [f"Kabupaten {bare}", f"Kab. {bare}", f"{en} Regency"]
            if bare not in kota_bare:
                names.append(bare)
        names += [f"{kind} {e}" for e in extra]
        is_common, why = common.common(bare)
        if is_common:
            withheld.append((bare, f"{kind} {bare}", why))
            names = [n for n in names if n != bare]
        canonical = names[0]
        rec = {"id": slug(f"{kind} {bare}" if kind == "Kabupaten" else bare), "name": canonical,
               "type": "place", "origin": "generated"}
        aliases = [n for n in names[1:] if n != canonical]
        rec["aliases"] = aliases
        kind_en = "city" if kind == "Kota" else "regency"
        rec["description"] = f"{kind_en} in {prov}" + (f", seat {seat}" if seat and kind == "Kabupaten" else "")
        rec["sources"] = ["areaid"]
        out.append(rec)
    return out


def candidates(areaid_dir):
    """Bare names the common-word check should count."""
    for fn in sorted(glob.glob(os.path.join(areaid_dir, "areaid", "data", "*.json"))):
        with open(fn, encoding="utf-8") as f:
            for prov in json.load(f):
                for k in prov["kabupaten"]:
                    full = re.sub(r"\s*\([^)]*\)", "", k["kab_kota"].replace("Adm. ", ""))
                    yield full.split(" ", 1)[1].strip()

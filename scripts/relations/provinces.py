#!/usr/bin/env python3
"""Prints the `provinces` record of gazetteer/relations.jsonl (issue 17,
twenty-second round): every first-level subdivision the built-in
gazetteer holds, with its country, so that "Semarang, Jawa Tengah" can be
read as a place in its province. Sources:
- the generated subdivisions (gazetteer/generated/subdivisions.jsonl and
  the provinces of indonesia.jsonl), by their descriptions ("state of
  Australia", "province of Indonesia");
- the Indonesian provinces and the states and provinces that
  scripts/gazetteer/ generates but leaves to a curated record of
  gazetteer/entities.jsonl ("Jawa Tengah" is curated as central-java):
  the curated place whose name or alias is the subdivision's name.
A national capital that is also a province (Jakarta) is left out: a
capital is a city first.
Needs the iso-codes package (apt-get install iso-codes), as
scripts/gazetteer/build.py does. Run from the repository root."""
import json
import os
import re
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'gazetteer'))
import indonesia  # noqa: E402
import subdivisions  # noqa: E402


def rows(path):
    for line in open(path, encoding='utf-8'):
        if line.strip() and not line.startswith('#'):
            yield json.loads(line)


places = {}
for path in ['gazetteer/generated/countries.jsonl', 'gazetteer/entities.jsonl']:
    for e in rows(path):
        if e.get('type') == 'place':
            for n in [e['name']] + e.get('aliases', []):
                places.setdefault(n, set()).add(e['id'])
# Countries: the generated ones and the curated places with demonyms.
country_ids = {e['id'] for e in rows('gazetteer/generated/countries.jsonl')}
country_ids |= {e['id'] for e in rows('gazetteer/entities.jsonl')
                if e.get('type') == 'place' and e.get('demonyms')}
countries = {n: next(iter(ids)) for n, ids in places.items()
             if len(ids) == 1 and next(iter(ids)) in country_ids}
curated = {e['id'] for e in rows('gazetteer/entities.jsonl')}


def curated_place(name):
    ids = places.get(name, set()) & curated
    return next(iter(ids)) if len(ids) == 1 else None


provinces = {}
shape = re.compile(r'(state|province|territory|union territory|federal territory|'
                   r'autonomous region) of (.+?)( \(|$)')
for path in ['gazetteer/generated/subdivisions.jsonl', 'gazetteer/generated/indonesia.jsonl']:
    for e in rows(path):
        m = shape.match(e.get('description', ''))
        if m and m.group(2) in countries:
            provinces[e['id']] = countries[m.group(2)]
for rec in indonesia.provinces():
    for name in [rec['name']] + rec['aliases']:
        pid = curated_place(name)
        if pid:
            provinces.setdefault(pid, 'indonesia')
            break
curated_names = {}
for e in rows('gazetteer/entities.jsonl'):
    if e.get('type') == 'place':
        curated_names.setdefault(e['name'], set()).add(e['id'])
# Other countries' subdivisions by a curated record's own name only: "New
# York" is an alias of the city's record.
for cc, _code, name in subdivisions.bare_names():
    country = countries.get(subdivisions.COUNTRY[cc])
    ids = curated_names.get(name, set())
    pid = next(iter(ids)) if len(ids) == 1 else None
    if pid and country and pid not in country_ids:
        provinces.setdefault(pid, country)
# A capital is a city first ("Jakarta" of "Bandung, Jakarta dan Surabaya").
for line in open('gazetteer/relations.jsonl', encoding='utf-8'):
    if line.startswith('{"capitals"'):
        for c in json.loads(line)['capitals']:
            provinces.pop(c, None)
# Islands and regions that hold several provinces are no town of one
# ("Jawa, Bali" lists two).
larger = ['java', 'kalimantan', 'sulawesi', 'sumatra']
print(json.dumps({'provinces': dict(sorted(provinces.items())), 'larger': larger,
                  'note': 'a first-level subdivision and its country '
                          '(scripts/relations/provinces.py): "Semarang, Jawa Tengah" is a '
                          'place in its province (issue 17, twenty-second round)'},
                 ensure_ascii=False))

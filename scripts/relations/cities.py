#!/usr/bin/env python3
"""Prints the `cities` record of gazetteer/relations.jsonl (issue 17,
twentieth round): every generated city that is no capital, with its
country, from the descriptions of gazetteer/generated/cities.jsonl ("city
in Brazil") and every city of gazetteer/generated/indonesia.jsonl (in
Indonesia). Capitals already have their `capitals` record. Run from the
repository root."""
import json

def rows(path):
    for line in open(path, encoding='utf-8'):
        if line.strip() and not line.startswith('#'):
            yield json.loads(line)

ids = {}
for path in ['gazetteer/generated/countries.jsonl', 'gazetteer/entities.jsonl']:
    for e in rows(path):
        if e.get('type') == 'place':
            for n in [e['name']] + e.get('aliases', []):
                ids.setdefault(n, e['id'])
known = {e['id'] for p in ['gazetteer/generated/countries.jsonl',
                           'gazetteer/entities.jsonl'] for e in rows(p)}
capitals = {}
for line in open('gazetteer/relations.jsonl', encoding='utf-8'):
    if line.startswith('{"capitals"'):
        capitals = json.loads(line)['capitals']
cities = {}
for e in rows('gazetteer/generated/cities.jsonl'):
    d = e.get('description', '')
    if d.startswith('city in ') and e['id'] not in capitals:
        country = ids.get(d[len('city in '):].split(',')[0])
        if country in known:
            cities[e['id']] = country
for e in rows('gazetteer/generated/indonesia.jsonl'):
    if e.get('description', '').startswith('city in ') and e['id'] not in capitals:
        cities[e['id']] = 'indonesia'
print(json.dumps({'cities': dict(sorted(cities.items())),
                  'note': 'a city and its country (scripts/relations/cities.py): a meeting '
                          'in a named city is a visit of the one whose country differs '
                          '(issue 17, twentieth round)'}, ensure_ascii=False))

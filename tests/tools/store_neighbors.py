#!/usr/bin/env python3
"""Print the depth-1 neighbourhood of one entity, computed in SQL over
graph.db with Python's standard sqlite3, as the JSON that
`gazegraph neighbors ENTITY --json` lists (rank, id, name, type, weight,
kinds), so a test can compare the two.

    store_neighbors.py GRAPH_DB ENTITY_ID
"""
import json
import sqlite3
import sys


def main():
    db, entity = sys.argv[1], sys.argv[2]
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    rows = con.execute(
        """
        SELECT n.id, n.name, n.type, SUM(v.weight) AS weight,
               GROUP_CONCAT(DISTINCT v.kind) AS kinds
        FROM entities c
        JOIN neighbours v ON v.entity = c.ix
        JOIN entities n ON n.ix = v.neighbour
        WHERE c.id = ? AND v.neighbour <> v.entity
        GROUP BY n.ix
        ORDER BY weight DESC, n.id
        """,
        (entity,),
    ).fetchall()
    out = [
        {
            "rank": i + 1,
            "id": id_,
            "name": name,
            "type": type_,
            "weight": weight,
            "kinds": sorted(kinds.split(",")),
        }
        for i, (id_, name, type_, weight, kinds) in enumerate(rows)
    ]
    print(json.dumps(out, ensure_ascii=False))


if __name__ == "__main__":
    main()

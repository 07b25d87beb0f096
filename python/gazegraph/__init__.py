"""gazegraph: news articles into an entity knowledge graph, from Python.

The same engine as the ``gazegraph`` command line tool (one Rust library):
the same mentions, the same relations, the same graph.json.

>>> import gazegraph as gg
>>> gaz = gg.Gazetteer()                       # the built-in gazetteer
>>> [m.name for m in gaz.tag("Putin bertemu Kim Jong Un di Pyongyang.")]
['Vladimir Putin', 'Kim Jong Un', 'Pyongyang']
>>> g = gg.build(["Putin bertemu Kim Jong Un di Pyongyang."], gazetteer=gaz)
>>> g.number_of_nodes()
3

See python/README.md for a five-minute tour.
"""

from ._native import (
    GazegraphError,
    GazegraphWarning,
    Gazetteer,
    Graph,
    Mention,
    Relation,
    __version__,
    build,
    load,
)

__all__ = [
    "GazegraphError",
    "GazegraphWarning",
    "Gazetteer",
    "Graph",
    "Mention",
    "Relation",
    "__version__",
    "build",
    "load",
]

"""gazegraph as a spaCy pipeline component.

    import spacy
    nlp = spacy.blank("id")
    nlp.add_pipe("gazegraph", config={"gazetteer": ["extra.jsonl"]})
    doc = nlp("Putin bertemu Kim Jong Un di Pyongyang.")
    [(e.text, e.label_, e.ent_id_, e._.gazegraph_via) for e in doc.ents]

The component finds exactly the mentions ``Gazetteer.tag`` (and so
``gazegraph tag``) finds in ``doc.text``, with gazegraph's rules: variants,
partial names, titles standing for their holder, the ambiguity policy.
spaCy registers it through the ``spacy_factories`` entry point, so
``add_pipe("gazegraph")`` works once the package is installed.

Each entity span has
- ``label_``: the entity type mapped by ``labels`` (default ``person`` ->
  ``PERSON``, ``place`` -> ``GPE``, ``organisation`` -> ``ORG``);
- ``ent_id_``: the gazegraph entity id (``kim-jong-un``);
- ``span._.gazegraph_via``: how it matched (``exact``, ``variant``,
  ``partial``, ``title``, ``demonym``);
- ``span._.gazegraph_name``: the entity's canonical name.

Alignment to tokens: a mention is a character span; spaCy entities are
token spans. A mention whose ends fall inside a token (the tokenizer kept
"Putinnya" or "Kim-Putin" whole) is expanded to the tokens it touches
(``doc.char_span(start, end, alignment_mode="expand")``), so ``ent.text``
may be longer than the mention. A mention whose expanded span overlaps
the previous entity (two mentions inside one token) is dropped: spaCy
entities cannot overlap. Everything else is mention for mention what
``gazegraph tag`` reports (a test checks it on the sample corpus with
``spacy.blank("id")`` and ``spacy.blank("en")``).
"""

from __future__ import annotations

from typing import Dict, Iterable, Iterator, List, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ._native import Gazetteer

DEFAULT_LABELS: Dict[str, str] = {"person": "PERSON", "place": "GPE", "organisation": "ORG"}

# Per document, (start_char, end_char) -> (via, name) of each entity span,
# in doc.user_data: one dict per document instead of two writes per span.
_KEY = ("gazegraph", "spans")


def _getter(i: int):
    def get(span: Span):
        found = span.doc.user_data.get(_KEY, {}).get((span.start_char, span.end_char))
        return found[i] if found else None

    return get


for _i, _name in enumerate(("gazegraph_via", "gazegraph_name")):
    if not Span.has_extension(_name):
        Span.set_extension(_name, getter=_getter(_i))


class GazegraphComponent:
    """Sets ``doc.ents`` to gazegraph's mentions (see the module doc)."""

    def __init__(
        self,
        nlp: Language,
        name: str = "gazegraph",
        gazetteer: Optional[List[str]] = None,
        builtin: bool = True,
        demonyms: bool = False,
        labels: Optional[Dict[str, str]] = None,
        overwrite_ents: bool = True,
    ) -> None:
        self.name = name
        self.gazetteer = Gazetteer(list(gazetteer or []) or None, builtin=builtin)
        self.demonyms = demonyms
        self.labels = dict(DEFAULT_LABELS, **(labels or {}))
        self.overwrite_ents = overwrite_ents

    def spans(self, doc: Doc) -> List[Span]:
        """The entity spans of ``doc``, aligned to its tokens."""
        out: List[Span] = []
        info = doc.user_data.setdefault(_KEY, {})
        last_end = -1
        for m in self.gazetteer.tag(doc.text, demonyms=self.demonyms):
            span = doc.char_span(
                m.start,
                m.end,
                label=self.labels.get(m.type, m.type.upper()),
                span_id=m.entity,
                alignment_mode="expand",
            )
            if span is None or span.start < last_end:
                continue
            info[(span.start_char, span.end_char)] = (m.via, m.name)
            out.append(span)
            last_end = span.end
        return out

    def __call__(self, doc: Doc) -> Doc:
        spans = self.spans(doc)
        if self.overwrite_ents:
            doc.ents = spans
        else:
            taken = set()
            for s in spans:
                taken.update(range(s.start, s.end))
            kept = [e for e in doc.ents if not taken.intersection(range(e.start, e.end))]
            doc.ents = sorted(kept + spans, key=lambda s: s.start)
        return doc

    def pipe(self, stream: Iterable[Doc], batch_size: int = 128) -> Iterator[Doc]:
        for doc in stream:
            yield self(doc)


@Language.factory(
    "gazegraph",
    default_config={
        "gazetteer": [],
        "builtin": True,
        "demonyms": False,
        "labels": {},
        "overwrite_ents": True,
    },
)
def make_gazegraph(
    nlp: Language,
    name: str,
    gazetteer: List[str],
    builtin: bool,
    demonyms: bool,
    labels: Dict[str, str],
    overwrite_ents: bool,
) -> GazegraphComponent:
    """The ``gazegraph`` factory: ``nlp.add_pipe("gazegraph", config={...})``
    with ``gazetteer`` (extra gazetteer paths), ``builtin`` (False: only
    those paths), ``demonyms``, ``labels`` (type -> label) and
    ``overwrite_ents`` (False: keep earlier entities gazegraph does not
    overlap)."""
    return GazegraphComponent(
        nlp, name, gazetteer, builtin, demonyms, labels, overwrite_ents
    )

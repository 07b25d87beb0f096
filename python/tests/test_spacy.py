"""The spaCy component sets doc.ents to `gazegraph tag`'s mentions."""

import pytest

spacy = pytest.importorskip("spacy")  # scripts/test.sh installs it: never skipped in CI

from conftest import cli_lines, read_text, seed_files  # noqa: E402


@pytest.mark.parametrize("lang", ["id", "en"])
def test_component_ents_equal_cli_mentions(lang, cli):
    nlp = spacy.blank(lang)
    nlp.add_pipe("gazegraph")
    total = expanded = 0
    for path in seed_files():
        rel = str(path.relative_to(path.parents[2]))
        text = read_text(path)
        doc = nlp(text)
        want, last_end = [], -1
        for m in cli_lines(cli, "tag", rel):
            span = doc.char_span(m["start"], m["end"], alignment_mode="expand")
            assert span is not None
            if span.start < last_end:
                continue  # documented: overlapping expansions are dropped
            last_end = span.end
            if (span.start_char, span.end_char) != (m["start"], m["end"]):
                expanded += 1
            want.append((span.start_char, span.end_char, m["entity"], m["via"], m["name"]))
        got = [(e.start_char, e.end_char, e.ent_id_, e._.gazegraph_via, e._.gazegraph_name) for e in doc.ents]
        assert got == want, rel
        total += len(got)
    assert total > 100
    # The tokenizers split nearly every mention on its own boundaries.
    assert expanded < total // 10


def test_component_labels_config_and_extra_gazetteer(tmp_path):
    extra = tmp_path / "extra.jsonl"
    extra.write_text('{"id": "zorro-x", "name": "Zorro Xylo", "type": "person"}\n')
    nlp = spacy.blank("en")
    nlp.add_pipe("gazegraph", config={"gazetteer": [str(extra)], "labels": {"person": "PER"}})
    doc = nlp("Zorro Xylo met Putin in Moscow.")
    assert [(e.text, e.label_, e.ent_id_) for e in doc.ents] == [
        ("Zorro Xylo", "PER", "zorro-x"),
        ("Putin", "PER", "vladimir-putin"),
        ("Moscow", "GPE", "moscow"),
    ]

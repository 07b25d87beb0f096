"""Tagging from Python equals `gazegraph tag` and `gazegraph relations`."""

import datetime
import pickle
import threading
import time

import pytest

import gazegraph as gg
from conftest import cli_lines, read_text, seed_files


@pytest.fixture(scope="module")
def gaz():
    return gg.Gazetteer()


def test_tag_equals_cli_on_the_sample_corpus(gaz, cli):
    total = 0
    for path in seed_files():
        rel = str(path.relative_to(path.parents[2]))
        want = cli_lines(cli, "tag", rel)
        for line in want:
            del line["doc"]
        got = [m.to_dict() for m in gaz.tag(read_text(path))]
        assert got == want, rel
        total += len(got)
    assert total > 100


def test_relations_equal_cli_on_the_sample_corpus(gaz, cli):
    total = 0
    for path in seed_files():
        rel = str(path.relative_to(path.parents[2]))
        want = cli_lines(cli, "relations", rel)
        for line in want:
            del line["doc"]
            line.setdefault("date", None)
        got = [r.to_dict() for r in gaz.relations(read_text(path))]
        assert got == want, rel
        total += len(got)
    assert total > 5


def test_offsets_slice_python_strings_with_emoji_and_combining_marks(gaz):
    text = (
        "🇷🇺😀 Caf\u0065\u0301 talk: Putin 👋🏽 bertemu Kim Jong Un di Pyongyang. "
        "Me\u0301nlu Rusia Sergey Lavrov 🤝 Choe Son Hui."
    )
    mentions = gaz.tag(text, date="2024-06-19")
    assert [m.name for m in mentions][:3] == ["Vladimir Putin", "Kim Jong Un", "Pyongyang"]
    for m in mentions:
        assert text[m.start : m.end] == m.text
    assert any(m.entity == "sergei-lavrov" for m in mentions)


def test_date_accepts_strings_and_dates_and_rejects_nonsense(gaz):
    text = "Menteri Pertahanan Rusia hadir."
    before = gaz.tag(text, date="2024-01-01")
    after = gaz.tag(text, date=datetime.date(2024, 6, 1))
    assert [m.entity for m in before] != [m.entity for m in after]
    with pytest.raises(ValueError, match="is not a date"):
        gaz.tag(text, date="yesterday-ish")
    with pytest.raises(TypeError):
        gaz.tag(text, date=20240101)


def test_mentions_are_values(gaz):
    a = gaz.tag("Putin di Moskow.")
    b = gaz.tag("Putin di Moskow.")
    assert a == b and hash(a[0]) == hash(b[0])
    assert "Mention(start=0, end=5" in repr(a[0])
    assert a[0].type == "person"


def test_extra_gazetteer_extends_or_replaces_the_builtin(tmp_path):
    extra = tmp_path / "extra.jsonl"
    extra.write_text('{"id": "zorro-x", "name": "Zorro Xylo", "type": "person"}\n')
    both = gg.Gazetteer([extra])
    only = gg.Gazetteer([str(extra)], builtin=False)
    text = "Zorro Xylo bertemu Putin."
    assert [m.entity for m in both.tag(text)] == ["zorro-x", "vladimir-putin"]
    assert [m.entity for m in only.tag(text)] == ["zorro-x"]
    assert len(only) == 1 and len(both) > 500
    assert only.paths == [extra] and not only.builtin


def test_bad_gazetteer_names_file_line_col(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "a", "name": "A Person", "type": "person"}\n{"id": "b", "type": "person"}\n')
    with pytest.raises(gg.GazegraphError) as err:
        gg.Gazetteer([bad], builtin=False)
    assert f"{bad}:2:" in str(err.value)
    assert "loading the gazetteer" in str(err.value)


def test_gazetteer_warnings_are_python_warnings(tmp_path):
    odd = tmp_path / "odd.jsonl"
    odd.write_text('{"id": "a", "name": "A Person", "type": "person", "colour": "red"}\n')
    with pytest.warns(gg.GazegraphWarning, match=f"{odd}:1:.*unknown field `colour`"):
        gg.Gazetteer([odd], builtin=False)
    with pytest.raises(gg.GazegraphError, match="strict"), pytest.warns(gg.GazegraphWarning):
        gg.Gazetteer([odd], builtin=False, strict=True)


def test_gazetteer_survives_pickle(tmp_path):
    extra = tmp_path / "extra.jsonl"
    extra.write_text('{"id": "zorro-x", "name": "Zorro Xylo", "type": "person"}\n')
    gaz = gg.Gazetteer([extra])
    back = pickle.loads(pickle.dumps(gaz))
    assert back.paths == gaz.paths and len(back) == len(gaz)
    assert back.tag("Zorro Xylo") == gaz.tag("Zorro Xylo")


def test_tagging_releases_the_gil(gaz):
    # Distinct paragraphs: a repeated one would be dropped as boilerplate.
    text = "\n\n".join(
        f"Paragraf {i}: Putin bertemu Kim Jong Un di Pyongyang." for i in range(1500)
    )
    start = time.perf_counter()
    gaz.tag(text)
    alone = time.perf_counter() - start
    gaps = []
    done = threading.Event()

    def work():
        gaz.tag(text)
        done.set()

    t = threading.Thread(target=work)
    t.start()
    last = time.perf_counter()
    while not done.is_set():
        now = time.perf_counter()
        gaps.append(now - last)
        last = now
        time.sleep(0.001)
    t.join()
    # With the GIL held for the whole call, this loop would stall once for
    # about the call's duration.
    assert len(gaps) > 5, (alone, gaps)
    assert max(gaps) < max(0.5 * alone, 0.05), (alone, max(gaps))

"""The outlet gold sets (data/gold/outlets, data/gold/outlets2): complete, offsets only, labels from
the spec's sets.

The passages are third-party text kept outside the repository in the ignored ``fetched/<set>/``;
the checks that need them are skipped where they are absent (as in CI). Nothing here runs the
pipeline: the sets are scored only by ``karabach-nlp eval``.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from karabach_nlp.goldsets import materialise

from conftest import ROOT

# each set: its folder under data/gold (and fetched/), the prefix of its passage ids, its size
SETS = [("outlets", "o", 28), ("outlets2", "n", 22)]
KINDS = {"direct", "indirect", "free_indirect", "reported", "according_to"}
OUTCOMES = {"dead", "injured", "missing", "captured"}
CATEGORIES = {"military", "police", "civilian", "unspecified"}
CASUALTY_SPANS = ("count_text", "outcome_span", "victims_span", "source_span")


def _gold_dir(name: str) -> Path:
    return ROOT / "data" / "gold" / name


def _passages(name: str) -> list[dict]:
    return json.loads((_gold_dir(name) / "sources.json").read_text(encoding="utf-8"))["passages"]


def _gold(name: str, passage: dict) -> dict:
    return json.loads((_gold_dir(name) / f"{passage['id']}.gold.json").read_text(encoding="utf-8"))


each_set = pytest.mark.parametrize("name,prefix,size", SETS, ids=[s[0] for s in SETS])


def _spans(gold: dict):
    for item in gold["casualties"]:
        for key in CASUALTY_SPANS:
            if item[key] is not None:
                yield key, item[key]
    for item in gold["attributions"]:
        if item["speaker"] is not None:
            yield "speaker", item["speaker"]
        yield "content", item["content"]
        for cue in item["cue"]:
            yield "cue", cue


def _walk(obj):
    if isinstance(obj, dict):
        yield obj
        for v in obj.values():
            yield from _walk(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from _walk(v)


@each_set
def test_outlet_gold_every_passage_has_a_gold_file_and_no_other_file_is_there(name, prefix, size):
    ids = [p["id"] for p in _passages(name)]
    assert ids == [f"{prefix}{i:02d}" for i in range(1, size + 1)]
    files = {p.name for p in _gold_dir(name).glob("*.gold.json")}
    assert files == {f"{i}.gold.json" for i in ids}
    for p in _passages(name):
        assert _gold(name, p)["document"] == p["document"] == f"{p['id']}.txt"


def test_the_second_outlet_set_shares_no_page_with_the_first():
    first = {p["url"] for p in _passages("outlets")}
    second = [p["url"] for p in _passages("outlets2")]
    assert len(set(second)) == len(second) and not first & set(second)


@each_set
def test_outlet_gold_files_are_offsets_only(name, prefix, size):
    for p in _passages(name):
        gold = _gold(name, p)
        assert set(gold) == {"document", "casualties", "attributions"}, p["id"]
        for d in _walk(gold):
            assert "text" not in d and "victims" not in d, p["id"]
        for key, span in _spans(gold):
            assert set(span) == {"start", "end"}, (p["id"], key)
            assert isinstance(span["start"], int) and isinstance(span["end"], int)
            assert 0 <= span["start"] < span["end"], (p["id"], key, span)


@each_set
def test_outlet_gold_labels_come_from_the_spec(name, prefix, size):
    for p in _passages(name):
        gold = _gold(name, p)
        for c in gold["casualties"]:
            assert c["outcome"] in OUTCOMES and c["category"] in CATEGORIES, p["id"]
            assert isinstance(c["cumulative"], bool) and isinstance(c["required"], bool)
            low, high = c["count"]["low"], c["count"]["high"]
            assert low is not None or high is not None, p["id"]
            assert low is None or high is None or low <= high, p["id"]
            # a source names an actor, and an actor is named only where a source is written
            assert (c["source_span"] is None) == (c["source_actor"] is None), p["id"]
        for a in gold["attributions"]:
            assert a["kind"] in KINDS and isinstance(a["required"], bool), p["id"]
            assert isinstance(a["cue"], list)
            if a["kind"] == "free_indirect":
                assert a["cue"] == [] and a["speaker"] is None, p["id"]


def _texts_or_skip(name: str) -> Path:
    texts = ROOT / "fetched" / name
    if not texts.is_dir():
        pytest.skip(f"outlet passages not present (fetched/{name} is kept out of the repository)")
    return texts


@each_set
def test_outlet_gold_texts_match_their_checksums(name, prefix, size):
    texts = _texts_or_skip(name)
    for p in _passages(name):
        data = (texts / p["document"]).read_bytes()
        assert hashlib.sha256(data).hexdigest() == p["sha256"], p["id"]


@each_set
def test_outlet_gold_spans_lie_inside_their_text_and_are_trimmed(name, prefix, size):
    texts = _texts_or_skip(name)
    for p in _passages(name):
        gold = _gold(name, p)
        full, text, _ = materialise(gold, texts, _gold_dir(name) / f"{p['id']}.gold.json")
        assert len(full["casualties"]) == len(gold["casualties"])
        for key, span in _spans(gold):
            assert span["end"] <= len(text), (p["id"], key)
            piece = text[span["start"] : span["end"]]
            assert piece and piece == piece.strip(), (p["id"], key, piece)
        for item in full["casualties"]:
            victims = item["victims_span"]
            assert item["victims"] == (victims["text"] if victims else None)

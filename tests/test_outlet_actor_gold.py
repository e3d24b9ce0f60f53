"""The actor gold on the outlet passages (data/gold/outlets-actors, data/gold/outlets2-actors): one file
per passage of each set's manifest, stored as offsets and labels only, and every span reading back from
its text. The texts are third-party and live outside the repository (fetched/outlets, fetched/outlets2,
git-ignored): the checks that need them are skipped where they are absent. Only the gold files and the
texts are read: no pipeline runs here."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from karabach_nlp.goldsets import materialise

from conftest import ROOT

GOLD_ROOT = ROOT / "data" / "gold"
TYPES = {"person", "state", "organization", "authority", "armed_group", "region", "media"}
# (actor gold folder, folder of its manifest sources.json, folder of the texts under fetched/, passages)
SETS = {
    "outlets-actors": ("outlets", "outlets", 28),
    "outlets2-actors": ("outlets2", "outlets2", 22),
}


def _manifest(name: str) -> Path:
    return GOLD_ROOT / SETS[name][0] / "sources.json"


def _texts(name: str) -> Path:
    return ROOT / "fetched" / SETS[name][1]


def _passages(name: str) -> list[dict]:
    return json.loads(_manifest(name).read_text(encoding="utf-8"))["passages"]


def _cases() -> list:
    return [pytest.param(name, p, id=p["id"]) for name in SETS for p in _passages(name)]


def _gold(name: str, document: str) -> dict:
    return json.loads((GOLD_ROOT / name / document.replace(".txt", ".gold.json")).read_text(encoding="utf-8"))


def _spans(gold: dict) -> list[dict]:
    return [m for actor in gold["actors"] for m in actor["mentions"]] + gold["not_actors"]


@pytest.mark.parametrize("name", list(SETS))
def test_every_passage_of_the_manifest_has_an_actor_gold_file_and_nothing_else(name):
    documents = {p["document"] for p in _passages(name)}
    assert len(documents) == SETS[name][2]
    files = {p.name for p in (GOLD_ROOT / name).glob("*.gold.json")}
    assert files == {d.replace(".txt", ".gold.json") for d in documents}


def test_the_two_outlet_sets_share_no_passage():
    urls = [{p["url"] for p in _passages(name)} for name in SETS]
    assert not urls[0] & urls[1]


@pytest.mark.parametrize("name,passage", _cases())
def test_outlet_actor_gold_stores_offsets_and_labels_only(name, passage):
    gold = _gold(name, passage["document"])
    assert set(gold) == {"document", "actors", "not_actors"}
    assert gold["document"] == passage["document"]
    names = [actor["name"] for actor in gold["actors"]]
    assert len(names) == len(set(names)), "one entry per actor"
    for actor in gold["actors"]:
        assert set(actor) <= {"name", "type", "required", "role", "speaks_for", "mentions"}, actor["name"]
        assert actor["type"] in TYPES and isinstance(actor["required"], bool), actor["name"]
        assert actor["name"].strip() == actor["name"] and actor["mentions"], actor["name"]
        if "speaks_for" in actor:
            assert actor["speaks_for"] in names and actor["speaks_for"] != actor["name"]
    for span in _spans(gold):
        assert set(span) == {"start", "end"} and 0 <= span["start"] < span["end"]


def _text(name: str, passage: dict) -> str:
    texts = _texts(name)
    if not texts.is_dir():
        pytest.skip(f"{texts.relative_to(ROOT)} is absent (third-party texts, never in the repository)")
    return (texts / passage["document"]).read_text(encoding="utf-8")


@pytest.mark.parametrize("name,passage", _cases())
def test_outlet_text_is_the_one_the_gold_was_written_on(name, passage):
    _text(name, passage)
    data = (_texts(name) / passage["document"]).read_bytes()
    assert hashlib.sha256(data).hexdigest() == passage["sha256"]


@pytest.mark.parametrize("name,passage", _cases())
def test_outlet_actor_spans_read_back_from_their_text(name, passage):
    text = _text(name, passage)
    gold = _gold(name, passage["document"])
    for span in _spans(gold):
        written = text[span["start"]:span["end"]]
        assert span["end"] <= len(text) and written, span
        assert written == written.strip(), (passage["id"], written)
    full, read, _ = materialise(gold, _texts(name), GOLD_ROOT / name / passage["document"])
    assert read == text
    for actor in full["actors"]:
        assert all(m["text"] == text[m["start"]:m["end"]] for m in actor["mentions"])

"""The actor gold on the outlet passages (data/gold/outlets-actors): one file per passage of the
manifest, stored as offsets and labels only, and every span reading back from its text. The texts are
third-party and live outside the repository (fetched/outlets, git-ignored): the checks that need them
are skipped where they are absent. Only the gold files and the texts are read: no pipeline runs here."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from karabach_nlp.goldsets import materialise

from conftest import ROOT

GOLD = ROOT / "data" / "gold" / "outlets-actors"
MANIFEST = ROOT / "data" / "gold" / "outlets" / "sources.json"
TEXTS = ROOT / "fetched" / "outlets"
TYPES = {"person", "state", "organization", "authority", "armed_group", "region", "media"}


def _passages() -> list[dict]:
    return json.loads(MANIFEST.read_text(encoding="utf-8"))["passages"]


def _gold(document: str) -> dict:
    return json.loads((GOLD / document.replace(".txt", ".gold.json")).read_text(encoding="utf-8"))


def _spans(gold: dict) -> list[dict]:
    return [m for actor in gold["actors"] for m in actor["mentions"]] + gold["not_actors"]


def test_every_passage_of_the_manifest_has_an_actor_gold_file_and_nothing_else():
    documents = {p["document"] for p in _passages()}
    assert len(documents) == 28
    assert {p.name for p in GOLD.glob("*.gold.json")} == {d.replace(".txt", ".gold.json") for d in documents}


@pytest.mark.parametrize("passage", _passages(), ids=lambda p: p["id"])
def test_outlet_actor_gold_stores_offsets_and_labels_only(passage):
    gold = _gold(passage["document"])
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


def _text(passage: dict) -> str:
    if not TEXTS.is_dir():
        pytest.skip("fetched/outlets is absent (third-party texts, never in the repository)")
    return (TEXTS / passage["document"]).read_text(encoding="utf-8")


@pytest.mark.parametrize("passage", _passages(), ids=lambda p: p["id"])
def test_outlet_text_is_the_one_the_gold_was_written_on(passage):
    _text(passage)
    data = (TEXTS / passage["document"]).read_bytes()
    assert hashlib.sha256(data).hexdigest() == passage["sha256"]


@pytest.mark.parametrize("passage", _passages(), ids=lambda p: p["id"])
def test_outlet_actor_spans_read_back_from_their_text(passage):
    text = _text(passage)
    gold = _gold(passage["document"])
    for span in _spans(gold):
        written = text[span["start"]:span["end"]]
        assert span["end"] <= len(text) and written, span
        assert written == written.strip(), (passage["id"], written)
    full, read, _ = materialise(gold, TEXTS, GOLD / passage["document"])
    assert read == text
    for actor in full["actors"]:
        assert all(m["text"] == text[m["start"]:m["end"]] for m in actor["mentions"])

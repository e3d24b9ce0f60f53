"""The blind actor gold sets on the quotation dataset's train split (data/gold/quotation-actors-train2,
-train3 and -train4): stored as offsets and labels only, chosen by their fixed strides, and every span
reading back from its article. Only the gold files and the articles are read: no pipeline runs here."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from karabach_nlp.goldsets import materialise

from conftest import ROOT, SHARED

TEXTS = SHARED / "data" / "quotation-2024"
TYPES = {"person", "state", "organization", "authority", "armed_group", "region", "media"}
# set -> (first rank of its stride of 35, number of articles)
SETS = {"quotation-actors-train2": (20, 15), "quotation-actors-train3": (30, 12), "quotation-actors-train4": (12, 12)}


def _gold_dir(name: str) -> Path:
    return ROOT / "data" / "gold" / name


def _golds(name: str) -> dict:
    return {p: json.loads(p.read_text(encoding="utf-8")) for p in sorted(_gold_dir(name).glob("*.gold.json"))}


@pytest.mark.parametrize("name", SETS)
def test_blind_actor_gold_stores_offsets_and_labels_only(name):
    golds = _golds(name)
    assert len(golds) == SETS[name][1]
    for path, gold in golds.items():
        assert set(gold) == {"document", "rank", "actors", "not_actors"}, path
        for actor in gold["actors"]:
            assert set(actor) <= {"name", "type", "required", "role", "speaks_for", "mentions"}, path
            assert actor["type"] in TYPES and actor["mentions"], (path, actor["name"])
            assert all(set(m) == {"start", "end"} for m in actor["mentions"]), path
            if "speaks_for" in actor:
                assert actor["speaks_for"] in {a["name"] for a in gold["actors"]}, path
        assert all(set(m) == {"start", "end"} for m in gold["not_actors"]), path


def _covered_elsewhere(name: str) -> set[str]:
    covered = set()
    for path in [*(ROOT / "data" / "gold").rglob("*.gold.json"), *(SHARED / "eval").rglob("*.gold.json")]:
        if path.parent == _gold_dir(name):
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(gold, dict) and "document" in gold:
            covered.add(gold["document"])
    return covered


def _selected(name: str, names: list[str]) -> list[int]:
    """Ranks first + 35k of the sorted train split, the next free rank replacing a covered or empty
    one. Earlier sets are 'covered elsewhere' for later ones, so each set is checked as it was made:
    a later set's articles do not count against an earlier one."""
    first, count = SETS[name]
    covered = _covered_elsewhere(name) - {g["document"] for later in SETS if later > name for g in _golds(later).values()}
    taken, ranks = set(), []
    for rank in range(first, len(names), 35):
        while rank in taken or f"train/{names[rank]}" in covered or not json.loads(
            (TEXTS / "train" / names[rank]).read_text(encoding="utf-8")
        ).get("originalText", "").strip():
            rank += 1
        taken.add(rank)
        ranks.append(rank)
        if len(ranks) == count:
            break
    return ranks


@pytest.mark.parametrize("name", SETS)
def test_blind_actor_gold_follows_its_selection_rule(name):
    names = sorted(p.name for p in (TEXTS / "train").glob("*.json"))
    golds = _golds(name).values()
    assert sorted(g["rank"] for g in golds) == _selected(name, names)
    assert all(g["document"] == f"train/{names[g['rank']]}" for g in golds)


@pytest.mark.parametrize("name", SETS)
def test_blind_actor_gold_spans_read_back_from_the_articles(name):
    for path, gold in _golds(name).items():
        full, text, _ = materialise(gold, TEXTS, path)
        for actor in full["actors"]:
            for m in actor["mentions"]:
                assert m["text"] == text[m["start"] : m["end"]] and m["text"] == m["text"].strip() != ""
        names = {a["name"] for a in full["actors"]}
        assert len(names) == len(full["actors"]), path  # one actor per canonical name in an article


def _actors_of(name: str, document: str) -> list[dict]:
    path = _gold_dir(name) / f"{document}.gold.json"
    full, _, _ = materialise(json.loads(path.read_text(encoding="utf-8")), TEXTS, path)
    return full["actors"]


def test_a_title_before_a_name_is_a_mention_of_that_person():
    actor = next(a for a in _actors_of("quotation-actors-train2", "24911") if a["name"] == "Stephen Harper")
    assert [m["text"] for m in actor["mentions"]] == ["der Ministerpräsident Kanadas", "Stephen Harper", "Harper"]


def test_a_spokesperson_speaks_for_the_body():
    actors = _actors_of("quotation-actors-train3", "3002")
    spokesman = next(a for a in actors if a.get("speaks_for") == "Afrikanische Union")
    assert [m["text"] for m in spokesman["mentions"]] == ["ein Sprecher der Afrikanischen Union"]
    union = next(a for a in actors if a["name"] == "Afrikanische Union")
    assert [m["text"] for m in union["mentions"]] == ["der Afrikanischen Union", "AU", "der Afrikanischen Union"]


def test_an_unnamed_spokesperson_speaks_for_the_agency_whose_acronym_is_defined():
    actors = _actors_of("quotation-actors-train4", "5310")
    spokesman = next(a for a in actors if a["name"] == "Sprecher")
    assert spokesman["speaks_for"] == "Bundesagentur für Arbeit" and spokesman["type"] == "person"
    assert [m["text"] for m in spokesman["mentions"]] == ["Ein Sprecher der Bundesagentur für Arbeit (BA) in Nürnberg"]
    agency = next(a for a in actors if a["name"] == "Bundesagentur für Arbeit")
    assert [m["text"] for m in agency["mentions"]] == ["der Bundesagentur für Arbeit", "BA", "die BA"]

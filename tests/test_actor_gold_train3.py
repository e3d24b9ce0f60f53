"""The third blind actor gold on the quotation dataset's train split (data/gold/quotation-actors-train3):
stored as offsets and labels only, chosen by its fixed stride, and every span reading back from the article."""

from __future__ import annotations

import json

from karabach_nlp.goldsets import materialise

from conftest import ROOT, SHARED

GOLD = ROOT / "data" / "gold" / "quotation-actors-train3"
TEXTS = SHARED / "data" / "quotation-2024"
TYPES = {"person", "state", "organization", "authority", "armed_group", "region", "media"}


def _golds():
    return {p: json.loads(p.read_text(encoding="utf-8")) for p in sorted(GOLD.glob("*.gold.json"))}


def test_train3_actor_gold_stores_offsets_and_labels_only():
    golds = _golds()
    assert len(golds) == 12
    for path, gold in golds.items():
        assert set(gold) == {"document", "rank", "actors", "not_actors"}, path
        for actor in gold["actors"]:
            assert set(actor) <= {"name", "type", "required", "role", "speaks_for", "mentions"}, path
            assert actor["type"] in TYPES and actor["mentions"], (path, actor["name"])
            assert all(set(m) == {"start", "end"} for m in actor["mentions"]), path
            if "speaks_for" in actor:
                assert actor["speaks_for"] in {a["name"] for a in gold["actors"]}, path
        assert all(set(m) == {"start", "end"} for m in gold["not_actors"]), path


def _covered_elsewhere() -> set[str]:
    covered = set()
    for path in [*(ROOT / "data" / "gold").rglob("*.gold.json"), *(SHARED / "eval").rglob("*.gold.json")]:
        if path.parent == GOLD:
            continue
        gold = json.loads(path.read_text(encoding="utf-8"))
        if isinstance(gold, dict) and "document" in gold:
            covered.add(gold["document"])
    return covered


def test_train3_actor_gold_follows_its_selection_rule():
    """Ranks i % 35 == 30 of the sorted train split, the next free rank replacing a covered or empty one."""
    names = sorted(p.name for p in (TEXTS / "train").glob("*.json"))
    covered, taken, ranks = _covered_elsewhere(), set(), []
    for rank in range(30, len(names), 35):
        while rank in taken or f"train/{names[rank]}" in covered or not json.loads(
            (TEXTS / "train" / names[rank]).read_text(encoding="utf-8")
        ).get("originalText", "").strip():
            rank += 1
        taken.add(rank)
        ranks.append(rank)
        if len(ranks) == 12:
            break
    golds = _golds().values()
    assert sorted(g["rank"] for g in golds) == ranks
    assert all(g["document"] == f"train/{names[g['rank']]}" for g in golds)


def test_train3_actor_gold_spans_read_back_from_the_articles():
    for path, gold in _golds().items():
        full, text, _ = materialise(gold, TEXTS, path)
        for actor in full["actors"]:
            for m in actor["mentions"]:
                assert m["text"] == text[m["start"] : m["end"]] and m["text"] == m["text"].strip() != ""
        names = {a["name"] for a in full["actors"]}
        assert len(names) == len(full["actors"]), path  # one actor per canonical name in an article
    togo = json.loads((GOLD / "3002.gold.json").read_text(encoding="utf-8"))
    full, _, _ = materialise(togo, TEXTS, GOLD / "3002.gold.json")
    spokesman = next(a for a in full["actors"] if a.get("speaks_for") == "Afrikanische Union")
    assert [m["text"] for m in spokesman["mentions"]] == ["ein Sprecher der Afrikanischen Union"]
    union = next(a for a in full["actors"] if a["name"] == "Afrikanische Union")
    assert [m["text"] for m in union["mentions"]] == ["der Afrikanischen Union", "AU", "der Afrikanischen Union"]

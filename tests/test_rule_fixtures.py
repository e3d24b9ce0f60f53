"""Every named rule tested alone on its own German sentences.

A fixture file ``tests/<section>/fixtures/<rule name>.json`` holds cases for one rule of the
component that writes ``<section>`` (``attributions``, ``casualties``, ``actors``)::

    {"cases": [{"text": "Laut der Polizei starben drei Menschen.",
                "expect": [{"kind": "according_to", "cue": ["Laut"], "speaker": "der Polizei"}],
                "absent": [{"kind": "indirect"}]}]}

The pipeline runs with that rule alone in its stage (``only_rules``); every record is checked as
``text[start:end]``. An expected item matches a record when every field it names matches: a span
by its text, a list of spans by their texts, anything else by value.
"""

from __future__ import annotations

import json
from enum import Enum
from functools import lru_cache
from pathlib import Path

import pytest

import karabach_nlp
from karabach_nlp.pipeline import build
from karabach_nlp.records import Span

from conftest import assert_offsets

TESTS = Path(__file__).resolve().parent
COMPONENTS = {"attributions": "karabach_attributions", "casualties": "karabach_casualties", "actors": "karabach_actors"}
FIXTURES = sorted(p for section in COMPONENTS for p in (TESTS / section / "fixtures").glob("*.json"))


@lru_cache(maxsize=None)
def _pipeline(section: str, rule: str):
    return build("blank", config={COMPONENTS[section]: {"only_rules": [rule]}})


def _value(x):
    if isinstance(x, Span):
        return x.text
    if isinstance(x, Enum):
        return x.value
    if isinstance(x, list):
        return [_value(v) for v in x]
    return x


def _matches(record, expected: dict) -> bool:
    return all(_value(getattr(record, field)) == want for field, want in expected.items())


def _cases():
    for path in FIXTURES:
        section = path.parent.parent.name
        for n, case in enumerate(json.loads(path.read_text(encoding="utf-8"))["cases"]):
            yield pytest.param(section, path.stem, case, id=f"{section}/{path.stem}#{n}")


@pytest.mark.parametrize("section,rule,case", list(_cases()))
def test_rule_alone(section, rule, case):
    text = case["text"]
    claims = karabach_nlp.extract(text, _pipeline(section, rule))
    assert_offsets(text, claims)
    records = getattr(claims, section)
    for expected in case.get("expect", []):
        assert any(_matches(r, expected) for r in records), (expected, [r.model_dump() for r in records])
    for unwanted in case.get("absent", []):
        assert not any(_matches(r, unwanted) for r in records), (unwanted, [r.model_dump() for r in records])


def test_every_fixture_names_a_registered_rule():
    from karabach_nlp.components import rule_sets

    for path in FIXTURES:
        section = path.parent.parent.name
        assert path.stem in rule_sets()[COMPONENTS[section]].names(), f"{path}: no rule of that name"



def _finding_rules():
    """The attribution rules that make findings (a rewrite or a drop keeps the finder's name), with their fixture cases."""
    from karabach_nlp.components.attributions import RULES

    stages = {r.name: r.stage for r in RULES}
    for path in FIXTURES:
        if path.parent.parent.name == "attributions" and stages[path.stem] not in ("rewrite", "drop"):
            cases = json.loads(path.read_text(encoding="utf-8"))["cases"]
            yield pytest.param(path.stem, [c for c in cases if c.get("expect")], id=path.stem)


@lru_cache(maxsize=None)
def _without_back_reference(rule: str):
    """Rule ``rule`` alone in its stage, and "back_reference" (which claims a sentence before any other sentence rule) off."""
    off = [] if rule == "back_reference" else ["back_reference"]
    return build("blank", config={"karabach_attributions": {"only_rules": [rule], "disabled_rules": off}})


@pytest.mark.parametrize("rule,cases", list(_finding_rules()))
def test_evidence_names_the_rule(rule, cases):
    """Most expected records of a rule's fixture say, in ``evidence``, that this rule found them (a
    case may also expect the frame a continuation continues, or test that another rule goes first)."""
    named = 0
    for case in cases:
        records = karabach_nlp.extract(case["text"], _without_back_reference(rule)).attributions
        hits = [r for r in records if any(_matches(r, e) for e in case["expect"])]
        named += any(r.evidence == rule for r in hits)
    assert named >= len(cases) / 2, (rule, named, len(cases))

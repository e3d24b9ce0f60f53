"""The actor rules as a registry: switched off by name, and the one rule no fixture can reach
(entities of a statistical NER, which the blank pipeline never sets)."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.tokens import Span

import karabach_nlp
from karabach_nlp.components.actors import RULES
from karabach_nlp.errors import PipelineError
from karabach_nlp.pipeline import build

FIXTURES = Path(__file__).resolve().parent / "actors" / "fixtures"
TALIBAN = "Die Taliban haben die Stadt eingenommen."


def _actors(nlp, text):
    return [(a.name, a.type.value) for a in karabach_nlp.extract(text, nlp).actors]


def test_a_rule_switched_off_by_name_finds_nothing(nlp):
    assert ("Taliban", "armed_group") in _actors(nlp, TALIBAN)
    without = build("blank", config={"karabach_actors": {"disabled_rules": ["gazetteer_names"]}})
    assert ("Taliban", "armed_group") not in _actors(without, TALIBAN)


def test_an_unknown_rule_name_is_an_error_naming_the_rules():
    with pytest.raises(PipelineError, match="gazetteer_names"):
        build("blank", config={"karabach_actors": {"disabled_rules": ["gazeteer_names"]}})


def test_every_rule_but_ner_entities_has_its_fixture_file():
    missing = [name for name in RULES.names() if not (FIXTURES / f"{name}.json").is_file()]
    assert missing == ["ner_entities"]


def _run_with_entities(nlp, text: str, entities: list[tuple[int, int, str]]):
    doc = nlp.make_doc(text)
    doc.ents = [Span(doc, start, end, label=label) for start, end, label in entities]
    for _, proc in nlp.pipeline:
        doc = proc(doc)
    return [(a.name, a.type.value) for a in doc._.actors]


def test_ner_entities_add_persons_and_organisations_a_model_found():
    nlp = build("blank", config={"karabach_actors": {"only_rules": ["ner_entities"]}})
    text = "Xaver Quast besuchte am Montag die Quastwerke."
    assert _run_with_entities(nlp, text, []) == []
    found = _run_with_entities(nlp, text, [(0, 2, "PER"), (6, 7, "ORG")])
    assert ("Xaver Quast", "person") in found
    assert ("Quastwerke", "organization") in found


def test_a_saved_pipeline_matches_the_gazetteer_patterns_saved_with_it(tmp_path):
    import spacy
    import srsly

    nlp = build("blank")
    nlp.to_disk(tmp_path)
    patterns_file = tmp_path / "karabach_actors" / "ruler" / "patterns"
    patterns = list(srsly.read_jsonl(patterns_file))
    assert any(p.get("id") == "Taliban" for p in patterns)
    assert ("Taliban", "armed_group") in _actors(spacy.load(tmp_path), TALIBAN)
    srsly.write_jsonl(patterns_file, [p for p in patterns if p.get("id") != "Taliban"])
    assert ("Taliban", "armed_group") not in _actors(spacy.load(tmp_path), TALIBAN)


def test_the_pipeline_declares_what_each_component_reads_and_writes(nlp):
    analysis = nlp.analyze_pipes()
    assert not any(analysis["problems"].values()), analysis["problems"]
    summary = analysis["summary"]
    assert "token.is_sent_start" in summary["karabach_sentences"]["assigns"]
    assert "token.is_sent_start" in summary["karabach_actors"]["requires"]
    assert summary["karabach_actors"]["assigns"] == ["doc._.actors"]

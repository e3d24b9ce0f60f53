"""The attribution rules as a registry: every rule named, documented and tested alone; rules
switched off by name; verbs as rows of one table."""

from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

import karabach_nlp
from karabach_nlp.components.attributions import RULES
from karabach_nlp.errors import PipelineError
from karabach_nlp.pipeline import build
from karabach_nlp.speech_lexicon import load_lexicon, lexicon_of, parse_verb_row, verb_class, verb_table

from conftest import assert_offsets

FIXTURES = Path(__file__).resolve().parent / "attributions" / "fixtures"


def _records(nlp, text):
    claims = karabach_nlp.extract(text, nlp)
    assert_offsets(text, claims)
    return [(a.kind.value, a.speaker.text if a.speaker else None, [c.text for c in a.cue], a.content.text)
            for a in claims.attributions]


def test_every_rule_has_a_summary_and_a_fixture_of_its_own():
    for rule in RULES:
        assert rule.summary, f"{rule.name}: the first docstring line says what the rule finds"
    assert {p.stem for p in FIXTURES.glob("*.json")} == set(RULES.names())


def test_a_rule_switched_off_by_name_finds_nothing_the_others_keep_finding():
    text = "Laut der Feuerwehr brannte die Lagerhalle bis zum Morgen. Die Polizei teilte mit, dass niemand verletzt wurde."
    full = _records(build("blank"), text)
    without = _records(build("blank", config={"karabach_attributions": {"disabled_rules": ["according_to.laut"]}}), text)
    assert ("according_to", "der Feuerwehr", ["Laut"], "brannte die Lagerhalle bis zum Morgen") in full
    assert not any(kind == "according_to" for kind, *_ in without)
    assert [r for r in full if r[0] != "according_to"] == without


def test_a_reporting_verb_is_one_row_of_the_verb_table():
    text = "Der Trainer frohlockte, dass die Mannschaft endlich gewonnen hat."
    nlp = build("blank")
    assert _records(nlp, text) == []
    row = parse_verb_row("frohlocken\t-\treporting\t\t")
    lex = dataclasses.replace(lexicon_of(verb_table() + (row,)), nouns=load_lexicon().nouns)
    nlp.get_pipe("karabach_attributions").lex = lex
    assert _records(nlp, text) == [("indirect", "Der Trainer", ["frohlockte"], "die Mannschaft endlich gewonnen hat")]


def test_verb_classes_come_from_the_table_and_unknown_names_are_errors():
    assert {"sagen", "mitteilen"} <= verb_class("saying")
    assert "ausschließen" in verb_class("affirmed_by_negation")
    with pytest.raises(ValueError, match="no verb class"):
        verb_class("speaking")
    with pytest.raises(ValueError, match="unknown class"):
        parse_verb_row("frohlocken\t-\treprting\t\t")


def test_separable_verb_row_splits_its_particle():
    row = parse_verb_row("mitteilen\tmit\treporting,saying\t\t")
    assert (row.verb.lemma, row.verb.particle, row.verb.base) == ("mitteilen", "mit", "teilen")
    lex = lexicon_of([row])
    assert [v.lemma for v in lex.split_bases["teilen"]] == ["mitteilen"]


def test_cue_patterns_round_trip_through_to_disk_and_from_disk(tmp_path):
    text = "Entsprechend dem Bericht der Kommission wurden die Mittel falsch verwendet."  # a cue not shipped
    nlp = build("blank")
    component = nlp.get_pipe("karabach_attributions")
    component.to_disk(tmp_path)
    saved = [json.loads(line) for line in (tmp_path / "cues.jsonl").read_text(encoding="utf-8").splitlines()]
    assert {"label": "according_to.laut", "pattern": [{"LOWER": "laut"}]} in saved
    assert _records(nlp, text) == []
    # a cue word added to the saved patterns is read back: one line, no code
    with (tmp_path / "cues.jsonl").open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"label": "according_to.laut", "pattern": [{"LOWER": "entsprechend"}]}) + "\n")
    other = build("blank")
    other.get_pipe("karabach_attributions").from_disk(tmp_path)
    assert other.get_pipe("karabach_attributions").cues.patterns == saved + [
        {"label": "according_to.laut", "pattern": [{"LOWER": "entsprechend"}]}]
    assert _records(other, text) == [
        ("according_to", "dem Bericht der Kommission", ["Entsprechend"], "wurden die Mittel falsch verwendet")]


def test_a_cue_pattern_for_no_rule_is_an_error(tmp_path):
    (tmp_path / "cues.jsonl").write_text(json.dumps({"label": "according_to.lout", "pattern": [{"LOWER": "lout"}]}) + "\n",
                                         encoding="utf-8")
    with pytest.raises(PipelineError, match="names no attribution rule"):
        build("blank").get_pipe("karabach_attributions").from_disk(tmp_path)


def test_a_saved_pipeline_loads_with_its_rule_config_and_cues(tmp_path):
    import spacy

    text = "Welche Schulen sind nach Angaben der Stadt betroffen?"
    nlp = build("blank", config={"karabach_attributions": {"disabled_rules": ["question"]}})
    nlp.to_disk(tmp_path)
    loaded = spacy.load(tmp_path)
    assert (tmp_path / "karabach_attributions" / "cues.jsonl").is_file()
    assert "question" not in loaded.get_pipe("karabach_attributions").rules
    assert _records(loaded, text) == _records(nlp, text) == [
        ("according_to", "der Stadt", ["nach Angaben"], "Welche Schulen sind nach Angaben der Stadt betroffen")]

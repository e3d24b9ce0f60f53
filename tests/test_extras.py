"""Optional dependencies: without one, the feature that needs it says which extra to install."""

from __future__ import annotations

import sys

import pytest

from karabach_nlp import pipeline
from karabach_nlp.errors import KarabachError, PipelineError
from karabach_nlp.quotation_dataset import _Group, assign


def test_lexicon_analysis_without_lookups_names_the_extra(monkeypatch):
    real = pipeline.model_available
    monkeypatch.setattr(pipeline, "model_available", lambda name=pipeline.GERMAN_MODEL: name != "spacy_lookups_data" and real(name))
    with pytest.raises(PipelineError, match=r"karabach-nlp\[lookups\]"):
        pipeline.build("blank", analysis="lexicon")


def test_default_pipeline_needs_no_lookups(monkeypatch):
    real = pipeline.model_available
    monkeypatch.setattr(pipeline, "model_available", lambda name=pipeline.GERMAN_MODEL: name != "spacy_lookups_data" and real(name))
    doc = pipeline.build("blank")("Nach Angaben der Behörden wurden 12 Menschen getötet.")
    assert doc._.casualties


def _quote(ids: list[int]) -> _Group:
    return _Group({"quote": ids}, "Direct", None)


def test_scoring_pairs_quotes_one_to_one():
    assert sorted(assign([_quote([1, 2, 3]), _quote([7, 8])], [_quote([7, 8]), _quote([2, 3])])) == [(0, 1), (1, 0)]


def test_scoring_without_scipy_names_the_extra(monkeypatch):
    monkeypatch.setitem(sys.modules, "scipy.optimize", None)  # import fails as if scipy were missing
    with pytest.raises(KarabachError, match=r"karabach-nlp\[eval\]"):
        assign([_quote([1])], [_quote([1])])

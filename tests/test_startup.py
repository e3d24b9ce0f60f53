"""Start-up with the garbage collector paused: the pipeline's objects are frozen, the collector's
own state is given back as it was found, even when the block fails."""

from __future__ import annotations

import gc

import pytest

from karabach_nlp import pipeline
from karabach_nlp.startup import collector_paused


def test_load_leaves_the_collector_on_and_the_pipeline_frozen():
    pipeline.load()
    assert gc.isenabled()
    assert gc.get_freeze_count() > 10_000  # spaCy's modules, the matchers, HanTa's model


def test_the_collector_stays_off_inside_and_comes_back_after_an_error():
    assert gc.isenabled()
    with pytest.raises(RuntimeError):
        with collector_paused():
            assert not gc.isenabled()
            raise RuntimeError("a failed build")
    assert gc.isenabled()


def test_a_collector_switched_off_by_the_caller_stays_off():
    gc.disable()
    try:
        with collector_paused(freeze=True):
            pass
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_freeze_leaves_out_what_was_made_before():
    before = gc.get_freeze_count()
    made = [[i] for i in range(1000)]  # tracked containers
    with collector_paused(freeze=True):
        pass
    assert gc.get_freeze_count() >= before + len(made)

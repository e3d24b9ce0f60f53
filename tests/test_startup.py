"""Start-up with the garbage collector paused: in the command line's own process the pipeline's
objects are frozen, in a program that imports the library they are not; the collector's own
state is given back as it was found, even when the block fails."""

from __future__ import annotations

import gc

import pytest

from karabach_nlp import pipeline, startup
from karabach_nlp.startup import collector_paused


def test_load_leaves_the_collector_on():
    pipeline.load()
    assert gc.isenabled()


def test_only_a_process_of_our_own_freezes_what_start_up_made(monkeypatch):
    made = [[i] for i in range(1000)]  # tracked containers of the importing program
    monkeypatch.setattr(startup, "_process_is_ours", False)
    before = gc.get_freeze_count()
    with collector_paused():
        pass
    assert gc.get_freeze_count() == before
    monkeypatch.setattr(startup, "_process_is_ours", True)
    with collector_paused():
        pass
    assert gc.get_freeze_count() >= before + len(made)


def test_the_command_line_says_the_process_is_its_own(tmp_path):
    import subprocess
    import sys

    code = ("import sys; from karabach_nlp import cli, startup; sys.argv = ['karabach-nlp', 'extract', sys.argv[1], '--compact']\n"
            "try:\n    cli.main()\nexcept SystemExit:\n    pass\nprint(startup._process_is_ours, file=sys.stderr)")
    article = tmp_path / "a.txt"
    article.write_text("Bei dem Angriff wurden drei Menschen getötet, sagte die Polizei.", encoding="utf-8")
    done = subprocess.run([sys.executable, "-c", code, str(article)], capture_output=True, text=True, check=True)
    assert done.stderr.strip().splitlines()[-1] == "True"


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

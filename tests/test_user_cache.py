"""The user cache of HanTa analyses: written in one process, read in the next, same results."""

from __future__ import annotations

import subprocess
import sys

import pytest

pytest.importorskip("HanTa")

from karabach_nlp.components.analysis import user_cache  # noqa: E402

# rare forms the shipped table lacks, so the tagger must analyse them and cache the analyses
SENTENCE = "Die Gewaltschutzgesetzverhandlung der Militärstrafverfolgungsbehörde wurde vertagt."
RUN = (
    "import json, karabach_nlp; from karabach_nlp.components.analysis import tagger, user_cache;"
    "doc = karabach_nlp.load('blank')(%r);"
    "print(json.dumps([[t.text, t.tag_, t.lemma_] for t in doc]));"
    "print(json.dumps([tagger.is_known_word('Gewaltschutzgesetzverhandlung'), str(user_cache.cache_file())]))"
) % SENTENCE


def _run(cache: str) -> list[str]:
    done = subprocess.run([sys.executable, "-c", RUN], capture_output=True, text=True, check=True,
                          env={"KARABACH_NLP_CACHE_DIR": cache, "PATH": ""})
    return done.stdout.splitlines()


def test_second_process_reads_the_first_ones_analyses(tmp_path):
    first = _run(str(tmp_path))
    files = list(tmp_path.glob("hanta-*.sqlite"))
    assert len(files) == 1
    import sqlite3

    with sqlite3.connect(files[0]) as db:
        cached = {form for (form,) in db.execute("SELECT form FROM forward")}
    assert "gewaltschutzgesetzverhandlung" in cached
    assert _run(str(tmp_path)) == first  # read back: the same tags and lemmas
    assert _run("off")[0] == first[0]  # and the same as without any cache


def test_off_means_no_file(tmp_path, monkeypatch):
    monkeypatch.setenv("KARABACH_NLP_CACHE_DIR", "off")
    user_cache.cache_file.cache_clear()
    try:
        assert user_cache.cache_file() is None
    finally:
        user_cache.cache_file.cache_clear()


def test_unwritable_folder_turns_the_cache_off(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    lines = _run(str(blocker / "cache"))  # cannot create a folder under a file: runs without
    assert lines and not (blocker / "cache").exists()

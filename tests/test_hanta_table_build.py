"""scripts/build/hanta_table.py: which of our words it takes, and that it computes the shipped rows."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from conftest import ROOT

pytest.importorskip("HanTa")

BUILD = ROOT / "scripts" / "build"
sys.path.insert(0, str(BUILD))

import hanta_table  # noqa: E402

# 200 forms drawn from the shipped table, analysed anew by the build script with the table turned
# off: what the runtime computes for a form the table lacks. Prints the forms whose rows differ.
RECOMPUTE = """
import json, random, sys
sys.path.insert(0, sys.argv[1])
import hanta_table
from karabach_nlp.components.analysis import form_table, tagger
from karabach_nlp.resources import resource_path

rows = sorted(hanta_table.read_rows(resource_path(*form_table.TABLE)).items())
sample = random.Random(7).sample(rows, 200)
form_table.turn_off()
model = tagger._tagger()
differing = [form for form, stored in sample if stored != hanta_table.analysis(model, form)]
print(json.dumps({"differing": differing, "precomputed": sum(stored.startswith("[null,") for _, stored in sample)}))
"""


def test_shipped_rows_are_what_the_build_script_computes_now():
    env = {**os.environ, "KARABACH_NLP_CACHE_DIR": "off"}
    done = subprocess.run([sys.executable, "-c", RECOMPUTE, str(BUILD)], capture_output=True, text=True, env=env, check=True)
    found = json.loads(done.stdout)
    assert found["differing"] == []
    assert 0 < found["precomputed"] < 200  # the sample holds both kinds of row


def test_own_words_are_those_of_our_data_files_and_the_seed_article(tmp_path):
    files = {
        "models/lexicons/verbs.tsv": "verlautete\tsagen\n",
        "models/gazetteers/media.json": '{"_comment": "Zeitungen", "names": ["Volksstimme"]}',
        "models/gazetteers/sources/extra.txt": "Bergkarabach # Region\n",
        "models/patterns/cues.jsonl": '{"lemma": "nach_angaben"}\n',
        "models/analysis/MODEL_CARD.md": "Modellkarte",
        "models/analysis/hanta_forms.packed": "Tabellenwort",
        "data/examples/berg-karabach.txt": "Stepanakert meldet 63 Tote.",
        "data/examples/karabach-baku.txt": "Alijew",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    assert hanta_table.own_forms(tmp_path) == {
        "verlautete", "sagen", "_comment", "zeitungen", "names", "volksstimme", "bergkarabach", "region",
        "lemma", "nach_angaben", "stepanakert", "meldet", "63", "tote",
    }

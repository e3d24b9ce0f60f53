"""A plain (non-editable) install must carry every data file the pipeline reads."""

import subprocess
import sys
import zipfile

from conftest import ROOT


def test_wheel_ships_every_model_file_and_the_entry_points(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True,
    )
    assert proc.returncode == 0, proc.stderr
    (wheel,) = tmp_path.glob("karabach_nlp-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    data_files = [p.relative_to(ROOT).as_posix() for p in (ROOT / "models").rglob("*") if p.is_file()]
    assert data_files
    missing = [f for f in data_files if f"karabach_nlp/{f}" not in names]
    assert not missing
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    text = zipfile.ZipFile(wheel).read(entry_points).decode()
    assert "karabach-nlp = karabach_nlp.cli:main" in text
    assert "[spacy_factories]" in text

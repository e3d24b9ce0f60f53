"""A plain (non-editable) install must carry every data file the pipeline reads, the page
templates of the views and every entry point. The wheel is built once for all these tests."""

import subprocess
import sys
import zipfile

import pytest

from conftest import ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> zipfile.ZipFile:
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out), str(ROOT)],
        capture_output=True, text=True,
    )
    assert proc.returncode == 0, proc.stderr
    (path,) = out.glob("karabach_nlp-*.whl")
    return zipfile.ZipFile(path)


def _entry_points(wheel: zipfile.ZipFile) -> str:
    return wheel.read(next(n for n in wheel.namelist() if n.endswith("entry_points.txt"))).decode()


def test_wheel_ships_every_model_file_and_the_entry_points(wheel):
    names = set(wheel.namelist())
    data_files = [p.relative_to(ROOT).as_posix() for p in (ROOT / "models").rglob("*") if p.is_file()]
    assert data_files
    missing = [f for f in data_files if f"karabach_nlp/{f}" not in names]
    assert not missing
    text = _entry_points(wheel)
    assert "karabach-nlp = karabach_nlp.cli:main" in text
    assert "[spacy_factories]" in text


def test_wheel_ships_the_view_templates_and_the_spans_factory(wheel):
    names = set(wheel.namelist())
    templates = [p.name for p in (ROOT / "src" / "karabach_nlp" / "views" / "templates").iterdir()]
    assert {"report.html.j2", "compare.html.j2", "views.css"} <= set(templates)
    assert all(f"karabach_nlp/views/templates/{t}" in names for t in templates)
    assert "karabach_spans = karabach_nlp.components.spans:make_spans" in _entry_points(wheel)

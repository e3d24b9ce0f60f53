"""A plain install carries the page templates and registers the span component."""

import subprocess
import sys
import zipfile

from conftest import ROOT


def test_wheel_ships_the_view_templates_and_the_spans_factory(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True,
    )
    assert proc.returncode == 0, proc.stderr
    (wheel,) = tmp_path.glob("karabach_nlp-*.whl")
    archive = zipfile.ZipFile(wheel)
    names = set(archive.namelist())
    templates = [p.name for p in (ROOT / "src" / "karabach_nlp" / "views" / "templates").iterdir()]
    assert {"report.html.j2", "compare.html.j2", "views.css"} <= set(templates)
    assert all(f"karabach_nlp/views/templates/{t}" in names for t in templates)
    entry_points = archive.read(next(n for n in names if n.endswith("entry_points.txt"))).decode()
    assert "karabach_spans = karabach_nlp.components.spans:make_spans" in entry_points

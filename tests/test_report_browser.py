"""The seed article's report page in a real browser (headless Chromium): every casualty figure
highlighted in the text and listed in the table, the click panel's script working, a screenshot
kept as an artifact (runs/artifacts/, or $KARABACH_ARTIFACTS)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from karabach_nlp.views.html_report import render_report

import browser
from conftest import ROOT
from pagedom import ReportPage

pytestmark = pytest.mark.skipif(
    browser.chromium() is None,
    reason="Chromium is not installed (Debian: apt-get install chromium; .ci/run installs it)",
)
ARTIFACTS = Path(os.environ.get("KARABACH_ARTIFACTS", ROOT / "runs" / "artifacts"))


@pytest.fixture(scope="module")
def seed_report(seed_claims, seed_text, tmp_path_factory) -> Path:
    page = tmp_path_factory.mktemp("report") / "berg-karabach.html"
    page.write_text(render_report(seed_claims, seed_text, title="berg-karabach.txt"), encoding="utf-8")
    return page


def test_browser_shows_every_casualty_highlighted_and_listed(seed_report, seed_claims, seed_text):
    dom = ReportPage(browser.dump_dom(seed_report.as_uri()))
    assert dom.text == seed_text
    assert len(seed_claims.casualties) == 5
    for i, c in enumerate(seed_claims.casualties):
        assert dom.highlighted(f"casualty-{i}") == c.count_text.text
    rows = dom.body_rows("figures")
    assert [r[1] for r in rows] == [c.count_text.text for c in seed_claims.casualties]
    assert dom.row_ids["figures"][1:] == [f"casualty-{i}" for i in range(5)]


def test_browser_runs_the_record_panel_script(seed_report):
    # the page opens on the record named in its address: the script has to parse the embedded
    # records, mark the highlights and fill the panel
    dom = ReportPage(browser.dump_dom(seed_report.as_uri() + "#casualty-2"))
    assert dom.body_attrs.get("data-selected") == "casualty-2"
    assert dom.panel.startswith("casualty-2: 874 dead, victims: Soldaten (military), cumulative")
    assert '"low": 874' in dom.panel


def test_browser_screenshot_artifact(seed_report):
    png = browser.screenshot(seed_report.as_uri() + "#casualty-2", ARTIFACTS / "report-seed.png")
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 50_000  # a rendered page, not a blank one

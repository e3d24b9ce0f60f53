"""The HTML page of one article: highlights, tables, escaping, and the report command."""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

import karabach_nlp
from karabach_nlp import batch
from karabach_nlp.cli import app
from karabach_nlp.views.html_report import TextMismatch, render_report

from conftest import EXAMPLE
from pagedom import ReportPage

runner = CliRunner()


@pytest.fixture(scope="module")
def seed_page(seed_claims, seed_text) -> ReportPage:
    return ReportPage(render_report(seed_claims, seed_text, title="berg-karabach"))


def test_report_shows_the_whole_text_unchanged(seed_page, seed_text):
    assert seed_page.text == seed_text


def test_report_highlights_every_casualty_figure_at_its_offsets(seed_page, seed_claims, seed_text):
    assert len(seed_claims.casualties) == 5
    for i, c in enumerate(seed_claims.casualties):
        assert seed_page.highlighted(f"casualty-{i}") == seed_text[c.count_text.start : c.count_text.end]
        assert f"casualty-{c.outcome.value}" in seed_page.classes[f"casualty-{i}"]


def test_report_lists_the_five_figures_with_their_sources(seed_page):
    rows = seed_page.body_rows("figures")
    assert [r[1] for r in rows] == ["Tausenden", "nähere sich bereits der 5000", "874", "mehr als 30", "63"]
    sources = [r[6] for r in rows]
    assert "Wladimir Putin" in sources[0] and "Wladimir Putin" in sources[1]
    assert sources[2] == sources[3] == "Die Behörden in Berg-Karabach → Behörden in Berg-Karabach"
    assert sources[4] == "Die aserbaidschanische Seite → Aserbaidschan"
    assert [r[2] for r in rows[2:]] == ["874", "≥ 31", "63"]
    assert [r[4] for r in rows[2:]] == ["Soldaten", "Zivilisten", "Zivilisten"]
    assert [r[7] for r in rows] == ["yes", "yes", "yes", "yes", "no"]


def test_report_who_said_what_has_a_row_per_attribution(seed_page, seed_claims):
    rows = seed_page.body_rows("said")
    assert len(rows) == len(seed_claims.attributions) == 10
    assert [r[4] for r in rows] == [a.content.text for a in seed_claims.attributions]
    assert rows[3][1] == "Die Behörden in Berg-Karabach → Behörden in Berg-Karabach" and rows[3][3] == "teilten … mit"


def test_report_embeds_every_record_for_the_click_panel(seed_page, seed_claims):
    records = json.loads(seed_page.scripts[0])
    assert records["casualty-2"]["record"]["count"]["low"] == 874
    assert records["casualty-2"]["record"] == seed_claims.casualties[2].model_dump(mode="json")
    assert len([k for k in records if k.startswith("attribution-")]) == 10


def test_report_keeps_markup_in_the_article_as_text(nlp):
    text = ('Die Polizei sagte, <script>alert("x")</script> 3 Menschen seien getötet worden. '
            '„</script><img src=x onerror=alert(1)>“, sagte der Sprecher & fügte <b>nichts</b> hinzu.')
    claims = karabach_nlp.extract(text, nlp)
    html = render_report(claims, text, title="<script>alert('title')</script>")
    assert "<script>alert" not in html and "<img" not in html and "<b>nichts" not in html
    page = ReportPage(html)
    assert page.text == text  # shown as text, character for character
    assert len(page.scripts) == 2  # the page's own: the records and the click handler
    records = json.loads(page.scripts[0])  # the JSON cannot close its <script> early
    assert any("<script>" in r["record"].get("content", {}).get("text", "") for r in records.values())


def test_report_refuses_claims_of_another_text(seed_claims, seed_text):
    with pytest.raises(TextMismatch, match="do not match"):
        render_report(seed_claims, seed_text.replace("874", "875"))


def test_report_cli_writes_a_page_for_an_article(tmp_path):
    out = tmp_path / "seed.html"
    result = runner.invoke(app, ["report", str(EXAMPLE), "-o", str(out), "--model", "blank"])
    assert result.exit_code == 0, result.output
    page = ReportPage(out.read_text(encoding="utf-8"))
    assert len(page.body_rows("figures")) == 5


def test_report_cli_pages_of_a_batch_found_under_texts(tmp_path, seed_text):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "sub" / "seed.txt").write_text(seed_text, encoding="utf-8")
    (folder / "other.txt").write_text("Die Polizei meldete 4 Verletzte.", encoding="utf-8")
    claims = tmp_path / "claims.jsonl"
    batch.run(folder, claims, model="blank")
    pages = tmp_path / "pages"
    pages.mkdir()
    result = runner.invoke(app, ["report", str(claims), "-o", str(pages), "--texts", str(folder)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in pages.iterdir()) == ["other.txt.html", "sub_seed.txt.html"]
    page = ReportPage((pages / "sub_seed.txt.html").read_text(encoding="utf-8"))
    assert page.text == seed_text and len(page.body_rows("figures")) == 5


def test_report_cli_on_claims_without_their_text_says_where_it_looked(tmp_path, seed_text):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "seed.txt").write_text(seed_text, encoding="utf-8")
    claims = tmp_path / "claims.jsonl"
    batch.run(folder, claims, model="blank")
    result = runner.invoke(app, ["report", str(claims), "-o", str(tmp_path / "r.html")])
    assert result.exit_code == 3
    assert "seed.txt: article text not found" in result.output and "--texts" in result.output
    (folder / "seed.txt").write_text(seed_text.replace("874", "875"), encoding="utf-8")
    result = runner.invoke(app, ["report", str(claims), "-o", str(tmp_path / "r.html"), "--texts", str(folder)])
    assert result.exit_code != 0 and "differs" in result.output


def test_report_cli_uses_a_kept_text_field(tmp_path, seed_text):
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"id": "a1", "body": seed_text}, ensure_ascii=False) + "\n", encoding="utf-8")
    claims = tmp_path / "claims.jsonl"
    batch.run(dump, claims, model="blank", text_field="body", keep_fields=["id", "body"])
    out = tmp_path / "r.html"
    result = runner.invoke(app, ["report", str(claims), "-o", str(out), "--text-field", "body"])
    assert result.exit_code == 0, result.output
    assert ReportPage(out.read_text(encoding="utf-8")).text == seed_text


def test_report_cli_from_extract_output_reads_the_text_at_meta_path(tmp_path, seed_text):
    article = tmp_path / "seed.txt"
    article.write_text(seed_text, encoding="utf-8")
    claims = tmp_path / "seed.claims.json"
    assert runner.invoke(app, ["extract", str(article), "-o", str(claims), "--model", "blank"]).exit_code == 0
    out = tmp_path / "seed.html"
    result = runner.invoke(app, ["report", str(claims), "-o", str(out)])
    assert result.exit_code == 0, result.output
    page = ReportPage(out.read_text(encoding="utf-8"))
    assert page.text == seed_text and len(page.body_rows("figures")) == 5

"""Cross-source comparison of casualty figures from a batch output."""

from __future__ import annotations

import json
import shutil
import sys

import pytest
from typer.testing import CliRunner

from karabach_nlp import batch
from karabach_nlp.cli import app
from karabach_nlp.views.compare import COLUMNS, CompareInputError, compare
from karabach_nlp.views.compare_output import to_csv, to_html, write_parquet

from conftest import ROOT, SHARED

runner = CliRunner()
EXAMPLES = ROOT / "data" / "examples"
CONSTRUCTED = ("karabach-jerewan.txt", "karabach-baku.txt")  # two invented articles for the comparison
DEV = SHARED / "data" / "quotation-2024" / "dev"


@pytest.fixture(scope="module")
def claims(tmp_path_factory):
    """The batch output of the seed article and the two constructed ones."""
    folder = tmp_path_factory.mktemp("articles")
    for name in ("berg-karabach.txt", *CONSTRUCTED):
        shutil.copy(EXAMPLES / name, folder / name)
    out = folder.parent / "claims.jsonl"
    batch.run(folder, out, model="blank")
    return out


@pytest.fixture(scope="module")
def rows(claims):
    return compare([claims])


def _find(rows, article, count_text):
    return next(r for r in rows if r.article == article and r.count_text == count_text)


def test_compare_has_a_row_per_figure_sorted_by_group(rows):
    assert len(rows) == 11
    assert {r.article for r in rows} == {"berg-karabach.txt", *CONSTRUCTED}
    groups = [r.group for r in rows]
    assert groups == sorted(groups, key=lambda g: (g[0], g[1], not g[2]))
    military = [r for r in rows if r.group == ("dead", "military", True)]
    assert sorted((r.source, r.count) for r in military) == [
        ("Behörden in Berg-Karabach", "874"), ("Ilham Alijew", "≥ 2301"), ("armenisches Verteidigungsministerium", "1200")]


def test_compare_flags_figures_of_different_sources_that_cannot_both_hold(rows):
    seed_soldiers = _find(rows, "berg-karabach.txt", "874")
    assert seed_soldiers.conflict
    assert sorted(seed_soldiers.conflicts_with) == [
        "Ilham Alijew: ≥ 2301 (karabach-baku.txt)", "armenisches Verteidigungsministerium: 1200 (karabach-jerewan.txt)"]
    baku_civilians = _find(rows, "karabach-baku.txt", "19")
    assert baku_civilians.conflict and len(baku_civilians.conflicts_with) == 2
    # "mehr als 30" and "mehr als 40" can both hold: no conflict between them
    seed_civilians = _find(rows, "berg-karabach.txt", "mehr als 30")
    assert seed_civilians.conflicts_with == ["aserbaidschanische Generalstaatsanwaltschaft: 19 (karabach-baku.txt)"]


def test_compare_leaves_single_sources_and_other_categories_alone(rows):
    assert not _find(rows, "berg-karabach.txt", "63").conflict  # the only non-cumulative dead civilians
    # single figures of two articles (12 and 85 injured civilians) are not compared: other incidents
    assert not _find(rows, "karabach-jerewan.txt", "12").conflict
    putin = [r for r in rows if r.source == "Wladimir Putin"]
    assert len(putin) == 2 and not any(r.conflict for r in putin)


def test_compare_does_not_flag_one_source_against_itself(nlp, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "Die Polizei sagte am Morgen, bislang seien 3 Menschen getötet worden. "
        "Am Abend sagte die Polizei, bislang seien 9 Menschen getötet worden.", encoding="utf-8")
    (folder / "b.txt").write_text("Die Feuerwehr sagte, bislang seien 5 Menschen getötet worden.", encoding="utf-8")
    batch.run(folder, tmp_path / "c.jsonl", model="blank")
    found = {(r.article, r.count): r for r in compare([tmp_path / "c.jsonl"])}
    assert [r.source for r in found.values()].count("Polizei") == 2
    police3, police9, fire5 = found[("a.txt", "3")], found[("a.txt", "9")], found[("b.txt", "5")]
    assert police3.conflicts_with == ["Feuerwehr: 5 (b.txt)"] and police9.conflicts_with == ["Feuerwehr: 5 (b.txt)"]
    assert len(fire5.conflicts_with) == 2


def test_compare_csv_loads_in_pandas_with_one_call(rows, tmp_path):
    pd = pytest.importorskip("pandas")
    path = tmp_path / "figures.csv"
    path.write_text(to_csv(rows), encoding="utf-8")
    frame = pd.read_csv(path)
    assert list(frame.columns) == list(COLUMNS)
    assert len(frame) == 11 and frame["conflict"].dtype == bool
    assert frame["conflict"].sum() == 6
    assert frame.loc[frame["count_text"] == "874", "count_low"].item() == 874


def test_compare_parquet_round_trip(rows, tmp_path):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    path = tmp_path / "figures.parquet"
    write_parquet(rows, path)
    frame = pd.read_parquet(path)
    assert len(frame) == 11 and list(frame.columns) == list(COLUMNS)
    open_high = frame.loc[frame["count_text"] == "mehr als 30", "count_high"]
    assert open_high.isna().all() and str(frame["count_low"].dtype) == "Int64"
    assert list(frame.loc[frame["count_text"] == "874", "conflicts_with"].item()) == sorted(
        frame.loc[frame["count_text"] == "874", "conflicts_with"].item())


def test_compare_parquet_without_pandas_says_which_extra(rows, tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(CompareInputError, match=r"karabach-nlp\[parquet\]"):
        write_parquet(rows, tmp_path / "x.parquet")


def test_compare_html_marks_conflicts_and_escapes(rows):
    html = to_html(rows, title="<b>Vergleich</b>")
    assert "<b>Vergleich</b>" not in html and "&lt;b&gt;Vergleich&lt;/b&gt;" in html
    assert html.count('<tr class="conflict">') == 6


def test_compare_cli_formats(claims, tmp_path):
    table = runner.invoke(app, ["compare", str(claims)])
    assert table.exit_code == 0, table.output
    assert "11 figures, 6 in conflict" in table.output
    jsonl = runner.invoke(app, ["compare", str(claims), "--format", "jsonl"])
    lines = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert len(lines) == 11 and sum(line["conflict"] for line in lines) == 6
    html = tmp_path / "c.html"
    assert runner.invoke(app, ["compare", str(claims), "-f", "html", "-o", str(html)]).exit_code == 0
    assert html.read_text(encoding="utf-8").count('class="conflict"') == 6
    assert runner.invoke(app, ["compare", str(claims), "-f", "parquet"]).exit_code == 1
    bad = runner.invoke(app, ["compare", str(claims), "-f", "xlsx"])
    assert bad.exit_code == 1 and "--format must be" in bad.output


def test_compare_cli_rejects_what_is_no_claims_file(tmp_path):
    (tmp_path / "x.jsonl").write_text('{"text": "Ein Artikel"}\n', encoding="utf-8")
    result = runner.invoke(app, ["compare", str(tmp_path / "x.jsonl")])
    assert result.exit_code == 16 and "not a claims record" in result.output


def test_compare_on_dataset_folder_with_constructed_pair(tmp_path):
    """Dataset documents (JSON, text in originalText) plus the two constructed articles: every
    dataset figure keeps its document and its group; conflicts only where sources disagree."""
    folder = tmp_path / "in"
    folder.mkdir()
    docs = sorted(DEV.glob("*.json"))[:40]
    for doc in docs:
        shutil.copy(doc, folder / doc.name)
    for name in ("berg-karabach.txt", *CONSTRUCTED):
        (folder / name).write_text(
            json.dumps({"documentName": name, "originalText": (EXAMPLES / name).read_text(encoding="utf-8")}),
            encoding="utf-8")
        (folder / name).rename(folder / (name + ".json"))
    out = tmp_path / "claims.jsonl"
    summary = batch.run(folder, out, globs=["*.json"], text_field="originalText", keep_fields=["documentName"],
                        model="blank")
    assert summary.errors == 0 and summary.articles == len(docs) + 3
    rows = compare([out])
    from_dataset = [r for r in rows if not r.article.startswith(("berg-karabach", "karabach-"))]
    assert from_dataset, "the dataset documents should yield casualty figures"
    assert all(r.fields["documentName"] + ".json" == r.article or r.article == r.fields["documentName"] for r in from_dataset)
    lines = {json.loads(line)["path"]: json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()}
    for r in rows:  # each row is one figure of its article's claims, in its group
        figures = [(c["count_text"]["text"], c["outcome"], c["category"], c["cumulative"]) for c in lines[r.article]["casualties"]]
        assert (r.count_text, r.outcome, r.category, r.cumulative) in figures
    soldiers = [r for r in rows if r.group == ("dead", "military", True) and r.article.startswith(("berg", "karabach-"))]
    assert len(soldiers) == 3 and all(r.conflict for r in soldiers)
    by_label = {r.label(): r for r in rows}
    for r in rows:
        for other in map(by_label.get, r.conflicts_with):
            assert other.group == r.group and other.source_key != r.source_key
            assert r.cumulative or other.article == r.article  # single figures: within one article

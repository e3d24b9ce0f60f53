"""Batch features a researcher joins and pipes on: --keep-field, -o -, --strict, failed inputs
in the summary, --version, schema --batch, and extract of JSON articles."""

from __future__ import annotations

import json
import subprocess
import sys

import jsonschema
from typer.testing import CliRunner

from karabach_nlp import __version__, batch
from karabach_nlp.batch import ArticleLine, ErrorLine
from karabach_nlp.cli import STRICT_FAILED_EXIT, app

runner = CliRunner()

TEXTS = [
    "Die Polizei meldete am Sonntag {n} Verletzte nach den Ausschreitungen in der Innenstadt.",
    "Aserbaidschan sprach von {n} getöteten Soldaten. Armenien wies die Angaben zurück.",
]


def _dump(path, ids, text_field="text"):
    with path.open("a", encoding="utf-8") as fh:
        for i in ids:
            fh.write(json.dumps({"id": f"n{i}", "url": f"https://example.org/{i}", text_field: TEXTS[i % 2].format(n=10 + i)}) + "\n")


def _lines(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_keep_field_copies_the_named_fields_into_article_and_error_lines(tmp_path):
    dump = tmp_path / "dump.jsonl"
    _dump(dump, range(3))
    with dump.open("a", encoding="utf-8") as fh:
        fh.write(json.dumps({"id": "broken", "body": "kein Textfeld"}) + "\n")
    out = tmp_path / "claims.jsonl"
    batch.run(dump, out, model="blank", keep_fields=["id", "url", "date"])
    lines = {line["path"]: line for line in _lines(out)}
    assert lines["dump.jsonl:1"]["fields"] == {"id": "n0", "url": "https://example.org/0", "date": None}
    assert [lines[f"dump.jsonl:{i + 1}"]["fields"]["id"] for i in range(3)] == ["n0", "n1", "n2"]
    assert lines["dump.jsonl:4"]["fields"]["id"] == "broken" and "text" in lines["dump.jsonl:4"]["error"]
    ArticleLine.model_validate(lines["dump.jsonl:2"])
    ErrorLine.model_validate(lines["dump.jsonl:4"])


def test_keep_field_on_a_json_array(tmp_path):
    articles = [{"id": i, "text": TEXTS[0].format(n=i)} for i in (5, 6)]
    (tmp_path / "a.json").write_text(json.dumps(articles), encoding="utf-8")
    out = tmp_path / "claims.jsonl"
    batch.run(tmp_path / "a.json", out, model="blank", keep_fields=["id"])
    assert {line["path"]: line["fields"]["id"] for line in _lines(out)} == {"a.json#0": 5, "a.json#1": 6}


def test_keep_field_resume_adds_new_articles_once_and_keeps_old_lines(tmp_path):
    dump = tmp_path / "in" / "dump.jsonl"
    dump.parent.mkdir()
    _dump(dump, range(3))
    out = tmp_path / "claims.jsonl"
    batch.run(dump.parent, out, globs=["*.jsonl"], model="blank", keep_fields=["id"])
    first = out.read_bytes()
    _dump(dump, range(3, 6))
    with out.open("ab") as fh:
        fh.write(b'{"path":"dump.jsonl:9","sha256":"to')  # a torn last line from a killed run
    summary = batch.run(dump.parent, out, globs=["*.jsonl"], model="blank", keep_fields=["id"], resume=True)
    assert summary.skipped == 3 and summary.articles == 3 and summary.repaired_bytes > 0
    assert out.read_bytes().startswith(first)
    lines = _lines(out)
    assert sorted(line["path"] for line in lines) == [f"dump.jsonl:{i}" for i in range(1, 7)]
    assert sorted(line["fields"]["id"] for line in lines) == [f"n{i}" for i in range(6)]


def test_batch_to_stdout_streams_json_lines_and_keeps_stderr_for_progress(tmp_path):
    dump = tmp_path / "dump.jsonl"
    _dump(dump, range(2))
    proc = subprocess.run(
        [sys.executable, "-m", "karabach_nlp", "batch", str(dump), "-o", "-", "--model", "blank",
         "--progress", "log", "--keep-field", "id"],
        capture_output=True, text=True, timeout=300,
    )
    assert proc.returncode == 0, proc.stderr
    lines = [json.loads(line) for line in proc.stdout.splitlines()]
    assert sorted(line["fields"]["id"] for line in lines) == ["n0", "n1"]
    assert all("casualties" in line for line in lines)
    assert "batch done" in proc.stderr and "-> -" in proc.stderr
    assert not (tmp_path / "-").exists()


def test_batch_to_stdout_cannot_resume(tmp_path):
    _dump(tmp_path / "dump.jsonl", range(1))
    result = runner.invoke(app, ["batch", str(tmp_path / "dump.jsonl"), "-o", "-", "--resume"])
    assert result.exit_code == 1 and "standard output" in result.output


def test_batch_failed_inputs_in_summary_and_strict_exit_code(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(TEXTS[0].format(n=3), encoding="utf-8")
    (folder / "empty.txt").write_text("  \n", encoding="utf-8")
    (folder / "binary.txt").write_bytes(b"\x00\x01\x02")
    args = ["batch", str(folder), "-o", str(tmp_path / "c.jsonl"), "--model", "blank", "--progress", "none"]
    lenient = runner.invoke(app, args)
    assert lenient.exit_code == 0
    assert "2 inputs failed" in lenient.output
    assert "empty.txt: contains no text" in lenient.output and "binary.txt: looks like binary" in lenient.output
    strict = runner.invoke(app, [*args, "--overwrite", "--strict"])
    assert strict.exit_code == STRICT_FAILED_EXIT == 13
    (folder / "empty.txt").unlink()
    (folder / "binary.txt").unlink()
    clean = runner.invoke(app, [*args, "--overwrite", "--strict"])
    assert clean.exit_code == 0 and "inputs failed" not in clean.output


def test_version():
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0 and result.output.strip() == f"karabach-nlp {__version__}"


def test_schema_batch_validates_real_article_and_error_lines(tmp_path):
    result = runner.invoke(app, ["schema", "--batch"])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    dump = tmp_path / "dump.jsonl"
    _dump(dump, range(2))
    dump.open("a").write('{"id": "x"}\n')
    out = tmp_path / "claims.jsonl"
    batch.run(dump, out, model="blank", keep_fields=["id"])
    lines = _lines(out)
    assert any("error" in line for line in lines) and any("casualties" in line for line in lines)
    for line in lines:
        jsonschema.validate(line, schema)
    bad = dict(lines[0], casualties="none")
    try:
        jsonschema.validate(bad, schema)
    except jsonschema.ValidationError:
        pass
    else:
        raise AssertionError("a line with casualties='none' passed the batch schema")


def test_extract_reads_the_text_field_of_a_json_article(tmp_path):
    text = TEXTS[1].format(n=63)
    (tmp_path / "a.json").write_text(json.dumps({"id": 1, "body": text}, ensure_ascii=False), encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.json"), "--text-field", "body", "--model", "blank"])
    assert result.exit_code == 0, result.output
    claims = json.loads(result.output)
    assert [c["count_text"]["text"] for c in claims["casualties"]] == ["63"]
    assert claims["meta"]["chars"] == len(text)


def test_extract_json_without_the_field_is_a_clear_error(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps({"id": 1, "body": "Text"}), encoding="utf-8")
    result = runner.invoke(app, ["extract", str(tmp_path / "a.json"), "--model", "blank"])
    assert result.exit_code == 15
    assert "no text field 'text' (string fields: body); pass --text-field NAME" in result.output
    _dump(tmp_path / "two.jsonl", range(2))
    result = runner.invoke(app, ["extract", str(tmp_path / "two.jsonl"), "--model", "blank"])
    assert result.exit_code == 15 and "holds 2 JSON objects" in result.output and "batch" in result.output

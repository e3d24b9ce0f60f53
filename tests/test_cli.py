import json
import subprocess
import sys

import pytest
from typer.testing import CliRunner

from karabach_nlp.cli import app
from karabach_nlp.records import ArticleClaims

from conftest import EXAMPLE, SEED_DIR

runner = CliRunner()


def test_extract_prints_valid_claims_json(seed_text):
    result = runner.invoke(app, ["extract", str(EXAMPLE), "--model", "blank"])
    assert result.exit_code == 0, result.output
    claims = ArticleClaims.model_validate_json(result.stdout)
    assert claims.meta.path == str(EXAMPLE)
    assert claims.meta.pipeline == "blank"
    for span in claims.spans():
        assert seed_text[span.start : span.end] == span.text


def test_extract_output_validates_against_printed_schema():
    import jsonschema
    schema = json.loads(runner.invoke(app, ["schema"]).stdout)
    out = json.loads(runner.invoke(app, ["extract", str(EXAMPLE), "--model", "blank", "--compact"]).stdout)
    jsonschema.validate(out, schema)


def test_extract_reads_stdin_and_writes_output_file(tmp_path):
    out = tmp_path / "claims.json"
    result = runner.invoke(
        app, ["extract", "-", "--output", str(out), "--model", "blank"],
        input="Bei dem Angriff wurden 12 Soldaten getötet.".encode(),
    )
    assert result.exit_code == 0, result.output
    claims = ArticleClaims.model_validate_json(out.read_text(encoding="utf-8"))
    assert claims.meta.path is None
    assert [c.count_text.text for c in claims.casualties] == ["12"]


@pytest.mark.parametrize(
    "make, code, message",
    [
        (lambda d: d / "missing.txt", 3, "no such file"),
        (lambda d: d, 4, "is a directory"),
        (lambda d: _write(d / "empty.txt", b" \n\t \n"), 5, "contains no text"),
        (lambda d: _write(d / "image.png", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), 6, "binary"),
        (lambda d: _write(d / "latin1.txt", "Die Behörden töteten".encode("latin-1")), 7, "--encoding"),
    ],
)
def test_bad_input_gives_one_line_and_distinct_exit_code(tmp_path, make, code, message):
    path = make(tmp_path)
    proc = subprocess.run(
        [sys.executable, "-m", "karabach_nlp", "extract", str(path), "--model", "blank"],
        capture_output=True, text=True,
    )
    assert proc.returncode == code
    assert message in proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1


def test_encoding_option_decodes_latin1(tmp_path):
    path = _write(tmp_path / "latin1.txt", "Die Behörden meldeten 3 Tote.".encode("latin-1"))
    result = runner.invoke(app, ["extract", str(path), "--encoding", "latin-1", "--model", "blank"])
    assert result.exit_code == 0, result.output
    claims = json.loads(result.stdout)
    assert claims["casualties"] == [] or claims["casualties"][0]["count_text"]["text"] == "3"


def test_eval_on_seed_prints_figures_as_json():
    result = runner.invoke(app, ["eval", str(SEED_DIR), "--json", "--model", "blank"])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.stdout)
    assert figures["documents"] == ["berg-karabach"]
    assert figures["casualties"]["gold"] == 5
    assert figures["attributions"]["gold"] == 10
    assert figures["actors"]["gold"] == 12
    assert figures["casualties"]["matched"] >= 3


def test_eval_on_missing_folder_is_a_clear_error(tmp_path):
    result = runner.invoke(app, ["eval", str(tmp_path / "nope")])
    assert result.exit_code == 3
    assert "not a folder" in result.stderr


def _write(path, data: bytes):
    path.write_bytes(data)
    return path

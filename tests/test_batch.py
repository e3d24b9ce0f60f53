"""Batch runs over folders: one line per article, error records, resume after a kill, Dask."""

from __future__ import annotations

import hashlib
import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from karabach_nlp import batch, pipeline
from karabach_nlp.batch import ArticleLine, ErrorLine, LogReporter, work
from karabach_nlp.cli import app

runner = CliRunner()

# Short articles written for these tests; {n} varies so that every file has its own checksum.
ARTICLES = [
    "Kiew. Bei einem Raketenangriff auf Charkiw sind nach Angaben der Behörden {n} Menschen getötet "
    "worden. „Die Rettungsarbeiten dauern an“, sagte der Bürgermeister am Morgen.",
    "Die Polizei meldete am Sonntag {n} Verletzte nach den Ausschreitungen in der Innenstadt. "
    "Ein Sprecher sagte, die Lage sei inzwischen ruhig.",
    "Nach dem Erdbeben werden noch {n} Menschen vermisst. Laut Rotem Kreuz fehlt es an Zelten "
    "und Trinkwasser. Die Regierung kündigte weitere Hilfe an.",
    "Aserbaidschan sprach von {n} getöteten Soldaten. Armenien wies die Angaben zurück und erklärte, "
    "die Zahlen seien frei erfunden.",
]


def _corpus(folder: Path, count: int) -> dict[str, str]:
    """``count`` articles spread over two subfolders; returns relative path -> text."""
    texts = {}
    for i in range(count):
        rel = f"{'a' if i % 2 else 'b'}/{i:04d}.txt"
        text = ARTICLES[i % len(ARTICLES)].format(n=10 + i)
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text(text, encoding="utf-8")
        texts[rel] = text
    return texts


def _lines(path: Path) -> list[dict]:
    raw = path.read_bytes()
    assert raw == b"" or raw.endswith(b"\n"), "torn last line"
    return [json.loads(line) for line in raw.decode("utf-8").splitlines()]


def _assert_exactly_once(out: Path, texts: dict[str, str]) -> None:
    lines = _lines(out)
    paths = [line["path"] for line in lines]
    assert sorted(paths) == sorted(texts), "an article is missing or written twice"
    for line in lines:
        record = ArticleLine.model_validate(line)
        text = texts[record.path]
        assert record.sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()
        for span in record.spans():
            assert text[span.start : span.end] == span.text


def test_batch_writes_one_validated_line_per_article(tmp_path):
    texts = _corpus(tmp_path / "in", 6)
    out = tmp_path / "claims.jsonl"
    summary = batch.run(tmp_path / "in", out, model="blank", batch_size=4)
    _assert_exactly_once(out, texts)
    lines = {line["path"]: line for line in _lines(out)}
    assert lines["b/0000.txt"]["meta"]["path"] == "b/0000.txt"
    assert [c["count_text"]["text"] for c in lines["b/0000.txt"]["casualties"]] == ["10"]
    assert summary.files == summary.articles == 6
    assert summary.errors == summary.skipped == 0
    assert summary.casualties == sum(len(line["casualties"]) for line in lines.values()) > 0
    assert summary.attributions == sum(len(line["attributions"]) for line in lines.values()) > 0


def test_batch_turns_unreadable_inputs_into_error_records(tmp_path):
    src = tmp_path / "in"
    texts = _corpus(src, 2)
    (src / "binary.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    (src / "latin1.txt").write_bytes("Die Behörden meldeten 3 Tote.".encode("latin-1"))
    (src / "empty.txt").write_bytes(b"  \n\t\n")
    (src / "bom.txt").write_bytes("\ufeffLaut Polizei starben 4 Menschen.".encode("utf-8"))
    texts["bom.txt"] = "Laut Polizei starben 4 Menschen."
    out = tmp_path / "claims.jsonl"
    summary = batch.run(src, out, model="blank")
    errors = {e.path: e.error for e in (ErrorLine.model_validate(x) for x in _lines(out) if "error" in x)}
    assert set(errors) == {"binary.txt", "latin1.txt", "empty.txt"}
    assert "binary" in errors["binary.txt"]
    assert "not valid utf-8" in errors["latin1.txt"] and "--encoding" in errors["latin1.txt"]
    assert "no text" in errors["empty.txt"]
    assert summary.errors == 3 and summary.articles == 3 and summary.files == 6
    out.write_bytes(b"".join(line for line in out.read_bytes().splitlines(keepends=True) if b'"error"' not in line))
    _assert_exactly_once(out, texts)  # the BOM is dropped, offsets count from the text after it


def test_batch_reads_json_and_jsonl_dumps_by_text_field(tmp_path):
    src = tmp_path / "dumps"
    src.mkdir()
    one, two = ARTICLES[0].format(n=5), ARTICLES[1].format(n=7)
    (src / "feed.jsonl").write_bytes(
        b"\xef\xbb\xbf" + json.dumps({"body": one, "id": 1}).encode() + b"\n\n"
        + json.dumps({"title": "ohne Text"}).encode() + b"\n{kaputt\n"
        + json.dumps({"body": two}, ensure_ascii=False).encode() + b"\n"
    )
    (src / "list.json").write_text(json.dumps([{"body": two}, {"body": 3}]), encoding="utf-8")
    (src / "notes.txt").write_text("nicht gemeint", encoding="utf-8")
    out = tmp_path / "claims.jsonl"
    batch.run(src, out, globs=["*.jsonl", "*.json"], text_field="body", model="blank")
    lines = {line["path"]: line for line in _lines(out)}
    assert set(lines) == {"feed.jsonl:1", "feed.jsonl:3", "feed.jsonl:4", "feed.jsonl:5", "list.json#0", "list.json#1"}
    assert lines["feed.jsonl:3"]["error"] == "no string field 'body'"
    assert lines["feed.jsonl:4"]["error"].startswith("not valid JSON")
    assert "error" in lines["list.json#1"]
    texts = {"feed.jsonl:1": one, "feed.jsonl:5": two, "list.json#0": two}
    alone = tmp_path / "alone.jsonl"  # a dump given as the input itself, not a folder
    batch.run(src / "feed.jsonl", alone, text_field="body", model="blank")
    assert sorted(line["path"] for line in _lines(alone)) == [f"feed.jsonl:{i}" for i in (1, 3, 4, 5)]
    for key, text in texts.items():
        record = ArticleLine.model_validate(lines[key])
        assert record.sha256 == hashlib.sha256(text.encode()).hexdigest()
        assert all(text[s.start : s.end] == s.text for s in record.spans())


def test_batch_never_reads_its_own_output(tmp_path):
    src = tmp_path / "in"
    src.mkdir()
    (src / "feed.jsonl").write_text(json.dumps({"text": ARTICLES[2].format(n=9)}) + "\n", encoding="utf-8")
    out = src / "claims.jsonl"
    batch.run(src, out, globs=["*.jsonl"], model="blank")
    batch.run(src, out, globs=["*.jsonl"], model="blank", resume=True)
    assert [line["path"] for line in _lines(out)] == ["feed.jsonl:1"]


def test_batch_cli_refuses_existing_output_without_resume(tmp_path):
    _corpus(tmp_path / "in", 1)
    out = tmp_path / "claims.jsonl"
    out.write_text('{"path": "x.txt", "error": "old"}\n', encoding="utf-8")
    result = runner.invoke(app, ["batch", str(tmp_path / "in"), "-o", str(out), "--model", "blank"])
    assert result.exit_code == 10
    assert "--resume" in result.stderr and len(result.stderr.strip().splitlines()) == 1
    result = runner.invoke(app, ["batch", str(tmp_path / "nope"), "-o", str(tmp_path / "o.jsonl")])
    assert result.exit_code == 3 and "no such file" in result.stderr


def test_batch_cli_prints_summary_and_overwrites_on_request(tmp_path):
    texts = _corpus(tmp_path / "in", 3)
    out = tmp_path / "claims.jsonl"
    out.write_text("alter Inhalt\n", encoding="utf-8")
    args = ["batch", str(tmp_path / "in"), "-o", str(out), "--model", "blank", "--overwrite", "--progress", "none"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.output
    assert "3 files read, 3 articles" in result.stderr and "0 errors" in result.stderr and "claims" in result.stderr
    _assert_exactly_once(out, texts)


def test_batch_resume_cuts_a_torn_last_line_and_adds_only_missing_articles(tmp_path):
    src = tmp_path / "in"
    texts = _corpus(src, 8)
    out = tmp_path / "claims.jsonl"
    batch.run(src, out, model="blank")
    lines = out.read_bytes().splitlines(keepends=True)
    # As if killed while writing line 6: five whole lines and the first half of the sixth.
    out.write_bytes(b"".join(lines[:5]) + lines[5][: len(lines[5]) // 2])
    summary = batch.run(src, out, model="blank", resume=True)
    assert summary.repaired_bytes == len(lines[5]) // 2
    assert summary.skipped == 5 and summary.articles == 3
    _assert_exactly_once(out, texts)


def test_batch_resume_refuses_a_file_that_is_not_batch_output(tmp_path):
    _corpus(tmp_path / "in", 1)
    out = tmp_path / "notes.jsonl"
    out.write_text("Einkaufsliste: Brot\n", encoding="utf-8")
    with pytest.raises(batch.OutputConflict, match="line 1 is not a batch record"):
        batch.run(tmp_path / "in", out, model="blank", resume=True)


def test_batch_refuses_an_output_another_run_is_writing(tmp_path):
    fcntl = pytest.importorskip("fcntl")
    _corpus(tmp_path / "in", 1)
    out = tmp_path / "claims.jsonl"
    with open(out, "ab") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        with pytest.raises(batch.OutputConflict, match="another batch run"):
            batch.run(tmp_path / "in", out, model="blank", resume=True)
    assert out.read_bytes() == b""


def _start_cli(*args: str) -> subprocess.Popen:
    # A session of its own, so that a signal can go to the whole process group, as a terminal sends Ctrl-C.
    return subprocess.Popen(
        [sys.executable, "-m", "karabach_nlp", "batch", *args, "--model", "blank"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
    )


def _wait_for_lines(proc: subprocess.Popen, out: Path, at_least: int, timeout: float = 120) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= at_least:
            return
        time.sleep(0.01)
    raise AssertionError(f"no {at_least} lines before the run ended: {proc.communicate()}")


@pytest.mark.parametrize("workers", ["1", "2"])
def test_batch_resume_after_sigkill_loses_and_duplicates_nothing(tmp_path, workers):
    src = tmp_path / "in"
    texts = _corpus(src, 300)
    out = tmp_path / "claims.jsonl"
    proc = _start_cli(str(src), "-o", str(out), "--batch-size", "2", "--workers", workers, "--progress", "log")
    _wait_for_lines(proc, out, 20)
    proc.kill()  # SIGKILL: no handler runs, no cleanup (its workers notice and exit)
    proc.wait()
    written = out.read_bytes()
    assert 20 <= written.count(b"\n") < len(texts), "the kill did not land mid-run"
    resumed = _start_cli(str(src), "-o", str(out), "--resume", "--progress", "none")
    _, stderr = resumed.communicate(timeout=300)
    assert resumed.returncode == 0, stderr
    assert out.read_bytes().startswith(written[: written.rfind(b"\n") + 1])  # earlier lines kept as they were
    _assert_exactly_once(out, texts)


def test_batch_ctrl_c_with_two_workers_stops_cleanly_then_resumes(tmp_path):
    src = tmp_path / "in"
    texts = _corpus(src, 400)
    out = tmp_path / "claims.jsonl"
    proc = _start_cli(str(src), "-o", str(out), "--workers", "2", "--batch-size", "4", "--progress", "log")
    _wait_for_lines(proc, out, 8)
    os.killpg(proc.pid, signal.SIGINT)  # the workers get it too, as from a terminal
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 130, stderr
    assert "batch interrupted" in stderr and "Traceback" not in stderr
    stopped_at = _lines(out)
    assert 8 <= len(stopped_at) < len(texts)
    summary = batch.run(src, out, model="blank", resume=True)
    assert summary.skipped == len(stopped_at) and summary.articles == len(texts) - len(stopped_at)
    _assert_exactly_once(out, texts)


def test_batch_two_spawned_workers_write_each_article_once(tmp_path, monkeypatch):
    from karabach_nlp.batch import engines

    monkeypatch.setattr(engines, "_fork_is_safe", lambda: False)  # the path taken on macOS or with threads
    texts = _corpus(tmp_path / "in", 10)
    summary = batch.run(tmp_path / "in", tmp_path / "o.jsonl", model="blank", workers=2, batch_size=3)
    assert summary.engine == "2 processes" and summary.articles == 10
    _assert_exactly_once(tmp_path / "o.jsonl", texts)


def test_batch_isolates_an_article_that_breaks_a_component(tmp_path, monkeypatch):
    from spacy.language import Language

    @Language.component("test_batch_explode")
    def explode(doc):
        if "Erdbeben" in doc.text:
            raise RuntimeError("Komponente kaputt")
        return doc

    nlp = pipeline.build("blank")
    nlp.add_pipe("test_batch_explode")
    monkeypatch.setattr(work, "worker_pipeline", lambda model, gazetteer=None: nlp)
    texts = _corpus(tmp_path / "in", 8)
    out = tmp_path / "claims.jsonl"
    summary = batch.run(tmp_path / "in", out, model="blank", batch_size=8)
    lines = {line["path"]: line for line in _lines(out)}
    broken = {p for p, t in texts.items() if "Erdbeben" in t}
    assert {p for p, line in lines.items() if "error" in line} == broken
    assert all("RuntimeError: Komponente kaputt" in lines[p]["error"] for p in broken)
    assert summary.articles == len(texts) - len(broken) and summary.errors == len(broken)


def test_batch_log_progress_reports_rate_and_eta(tmp_path):
    _corpus(tmp_path / "in", 4)
    stream = io.StringIO()
    batch.run(tmp_path / "in", tmp_path / "o.jsonl", model="blank", batch_size=1,
              progress=LogReporter(stream, every=0.0))
    lines = stream.getvalue().splitlines()
    assert lines[0].startswith("batch: started")
    assert lines[-1].startswith("batch: 4 articles (") and "100% of input" in lines[-1] and "ETA 0:00" in lines[-1]


def test_batch_progress_bar_shows_articles_per_second_and_eta(tmp_path):
    from rich.console import Console

    _corpus(tmp_path / "in", 3)
    screen = io.StringIO()
    bar = batch.BarReporter(Console(file=screen, force_terminal=True, width=140, color_system=None))
    batch.run(tmp_path / "in", tmp_path / "o.jsonl", model="blank", progress=bar)
    final = [line for line in screen.getvalue().splitlines() if "batch" in line][-1]
    assert "100%" in final and "3 articles" in final and "/s" in final and "ETA" in final


def test_batch_on_dask_local_cluster_loads_pipeline_once_per_worker(tmp_path):
    distributed = pytest.importorskip("distributed")
    src = tmp_path / "in"
    texts = _corpus(src, 12)
    serial = tmp_path / "serial.jsonl"
    batch.run(src, serial, model="blank")
    loads_before = work.LOADS
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None)
    with cluster, distributed.Client(cluster) as client:
        summary = batch.run(src, tmp_path / "dask.jsonl", model="blank", batch_size=2, scheduler=client)
    assert summary.engine.startswith("Dask at ")
    assert 1 <= work.LOADS - loads_before <= 2  # 6 chunks, at most one pipeline per worker
    _assert_exactly_once(tmp_path / "dask.jsonl", texts)
    by_path = {line["path"]: line for line in _lines(serial)}
    assert all(by_path[line["path"]] == line for line in _lines(tmp_path / "dask.jsonl"))


def test_batch_cli_runs_on_a_dask_local_cluster_of_processes(tmp_path):
    pytest.importorskip("distributed")
    texts = _corpus(tmp_path / "in", 6)
    out = tmp_path / "claims.jsonl"
    proc = _start_cli(str(tmp_path / "in"), "-o", str(out), "--scheduler", "local", "--workers", "1",
                      "--batch-size", "2", "--progress", "none")
    _, stderr = proc.communicate(timeout=300)
    assert proc.returncode == 0, stderr
    assert "on Dask LocalCluster of 1 process" in stderr
    _assert_exactly_once(out, texts)


def test_batch_cli_scheduler_without_dask_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "distributed", None)  # as if the [dask] extra were not installed
    _corpus(tmp_path / "in", 1)
    args = ["batch", str(tmp_path / "in"), "-o", str(tmp_path / "o.jsonl"), "--scheduler", "local"]
    result = runner.invoke(app, args)
    assert result.exit_code == 11
    assert "pip install 'karabach-nlp[dask]'" in result.stderr
    assert not (tmp_path / "o.jsonl").exists()


def test_batch_chunks_shrink_towards_the_end_with_several_workers(tmp_path):
    """With 2 workers the last chunks are small, so neither waits long on the other's last chunk;
    every article is still in exactly one chunk, in input order."""
    from karabach_nlp.batch.inputs import discover
    from karabach_nlp.batch.output import Done
    from karabach_nlp.batch.runner import Summary, _events, _size

    _corpus(tmp_path / "in", 40)
    sources = discover(tmp_path / "in", ["*.txt"], exclude=[])
    total = sum(_size(s.file) for s in sources)

    def chunks(workers: int) -> list[list[str]]:
        events = _events(sources, Done(), Summary(output="-"), encoding="utf-8", text_field="text", batch_size=32,
                         max_chunk_chars=500_000, total_bytes=total, workers=workers)
        return [[item.path for item in payload] for kind, payload in events if kind == "chunk"]

    one, two = chunks(1), chunks(2)
    assert [len(c) for c in one] == [32, 8]
    assert [p for c in two for p in c] == [p for c in one for p in c]
    assert len(two[0]) > len(two[-1]) and len(two[-1]) <= 2 and max(len(c) for c in two) < 32

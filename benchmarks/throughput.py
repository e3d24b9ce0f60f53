"""Throughput of karabach-nlp on a German corpus of >= 1 million characters, in one run.

    .venv/bin/python benchmarks/throughput.py [--chars 2000000] [--json] [--profile]

Rows (each measured in a fresh process, so peak RSS and start-up are its own):
  tokenizer        spaCy's tokenizer alone on the blank German pipeline: the floor
  pipeline         our full pipeline in memory (extract_many), 1 process: no file I/O, no JSON
  batch 1 process  `batch.run` over the folder, as `karabach-nlp batch` runs it
  batch 2 processes
  dask local 2     `batch.run(scheduler='local', workers=2)`: a Dask LocalCluster of 2 processes
Then the cold start of `karabach-nlp extract` on the seed article.

"words/s" counts whitespace-separated words. "steady" leaves out the start-up (importing spaCy,
building the pipeline, starting workers): it is measured from the first finished chunk to the
last. "wall" is the whole run. Targets (issue 8): full pipeline <= 3x the tokenizer's time;
2 processes >= 1.8x one; cold extract <= 2 s; peak RSS <= 400 MB per process.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from corpus import ROOT, SEED, write_corpus  # noqa: E402

MODES = ["tokenizer", "base", "pipeline", "batch-1", "batch-2", "dask-2"]
NAMES = {
    "tokenizer": "spaCy tokenizer alone, blank German (the floor)",
    "base": "blank German + sentencizer + lookup lemmatizer (no karabach components)",
    "pipeline": "full pipeline in memory (`extract_many`), 1 process",
    "batch-1": "`batch`, 1 process",
    "batch-2": "`batch --workers 2`",
    "dask-2": "`batch --scheduler local --workers 2` (Dask LocalCluster)",
}


def _read(folder: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.txt"))]


def _rss_mb() -> tuple[float, float]:
    """Peak RSS of this process and of its largest finished child, in MB (Linux: ru_maxrss in KiB)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return own, kids


def measure(mode: str, folder: Path) -> dict:
    """One row, in this (fresh) process."""
    t_start = time.perf_counter()
    texts = _read(folder)
    words = sum(len(t.split()) for t in texts)
    chars = sum(len(t) for t in texts)
    row = {"mode": mode, "articles": len(texts), "words": words, "chars": chars}
    if mode == "tokenizer":
        import spacy

        nlp = spacy.blank("de")
        t0 = time.perf_counter()
        for _ in nlp.tokenizer.pipe(texts, batch_size=256):
            pass
        row["steady_s"] = time.perf_counter() - t0
    elif mode == "base":
        import spacy

        nlp = spacy.blank("de")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()
        t0 = time.perf_counter()
        for _ in nlp.pipe(texts, batch_size=32):
            pass
        row["steady_s"] = time.perf_counter() - t0
    elif mode == "components":
        row["shares"] = component_times(texts)
    elif mode == "pipeline":
        import karabach_nlp

        nlp = karabach_nlp.load("blank")
        t0 = time.perf_counter()
        for _ in karabach_nlp.extract_many(texts, nlp, batch_size=32):
            pass
        row["steady_s"] = time.perf_counter() - t0
    else:
        from karabach_nlp import batch

        clock = _clock()
        workers = 1 if mode == "batch-1" else 2
        scheduler = "local" if mode.startswith("dask") else None
        out = folder.parent / f"{mode}.jsonl"
        summary = batch.run(folder, out, model="blank", workers=workers, scheduler=scheduler,
                            overwrite=True, progress=clock)
        assert summary.articles == len(texts) and summary.errors == 0, summary
        row["steady_s"] = clock.steady()
        row["claims"] = summary.claims
    row["wall_s"] = time.perf_counter() - t_start
    row["rss_mb"], row["child_rss_mb"] = _rss_mb()
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    row["cpu_s"], row["child_cpu_s"] = own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime
    return row


def _clock():
    """A progress reporter that notes when chunks finish, to tell start-up from steady work."""
    from karabach_nlp.batch import Reporter

    class Clock(Reporter):
        def start(self, total_bytes):
            self.samples = []

        def update(self, done_bytes, articles, errors, skipped):
            if articles and (not self.samples or self.samples[-1][1] != articles):
                self.samples.append((time.perf_counter(), articles, done_bytes))

        def steady(self):
            (t0, _, b0), (t1, _, b1) = self.samples[0], self.samples[-1]
            return (t1 - t0) * b1 / max(b1 - b0, 1)  # time per byte after the first chunk, for all bytes

    return Clock()


def _spin(n: int = 6_000_000) -> float:
    t0 = time.perf_counter()
    x = 0
    for i in range(n):
        x += i
    return time.perf_counter() - t0


def machine_parallelism() -> float:
    """How much faster two CPU-bound processes get through twice the work than one gets through
    it once, right now: about 2.0 on an idle 2-core machine, less when others share the CPU."""
    from concurrent.futures import ProcessPoolExecutor

    one = _spin()
    with ProcessPoolExecutor(2) as pool:
        t0 = time.perf_counter()
        list(pool.map(_spin, [6_000_000, 6_000_000]))
        two = time.perf_counter() - t0
    return 2 * one / two


def cold_extract(runs: int = 3) -> list[float]:
    exe = Path(sys.executable).with_name("karabach-nlp")
    cmd = [str(exe), "extract", str(SEED), "--compact"] if exe.exists() else [
        sys.executable, "-m", "karabach_nlp", "extract", str(SEED), "--compact"]
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return times


def component_times(texts: list[str]) -> dict[str, float]:
    """Seconds each step of the full pipeline takes over the corpus, run step by step."""
    import karabach_nlp

    nlp = karabach_nlp.load("blank")
    list(nlp.pipe(texts[:20]))  # warm-up
    times: dict[str, float] = {}
    t0 = time.perf_counter()
    docs = [nlp.make_doc(t) for t in texts]
    times["tokenizer"] = time.perf_counter() - t0
    for name, proc in nlp.pipeline:
        t0 = time.perf_counter()
        docs = [proc(d) for d in docs]
        times[name] = time.perf_counter() - t0
    t0 = time.perf_counter()
    for d in docs:
        karabach_nlp.claims_from_doc(d, nlp).model_dump_json()
    times["records + JSON (claims_from_doc)"] = time.perf_counter() - t0
    return times


def profile(folder: Path) -> None:
    """Where the full pipeline spends its time (pyinstrument, if installed)."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        sys.exit("--profile needs pyinstrument: .venv/bin/pip install pyinstrument")
    import karabach_nlp

    texts = _read(folder)
    nlp = karabach_nlp.load("blank")
    with Profiler(interval=0.0005) as prof:
        for _ in karabach_nlp.extract_many(texts, nlp):
            pass
    print(prof.output_text(unicode=True, color=False, show_all=False))
    for name, secs in component_times(texts).items():
        print(f"{name:34s} {secs:7.3f} s")


def _table(rows: list[dict], cold: list[float], shares: dict[str, float], parallel: float) -> str:
    by = {r["mode"]: r for r in rows}
    floor = by["tokenizer"]["steady_s"]
    one = by["batch-1"]
    lines = [
        "| run | words/s steady | words/s wall | time vs tokenizer | CPU s (main + workers) | peak RSS MB (main / largest worker) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for mode in MODES:
        r = by[mode]
        kids = f" / {r['child_rss_mb']:.0f}" if mode in ("batch-2", "dask-2") else ""
        wall = r["words"] / r["wall_s"]
        lines.append(
            f"| {NAMES[mode]} | {r['words'] / r['steady_s']:,.0f} | {wall:,.0f} | "
            f"{r['steady_s'] / floor:.1f}x | {r['cpu_s']:.1f} + {r['child_cpu_s']:.1f} | {r['rss_mb']:.0f}{kids} |"
        )
    speed2 = one["steady_s"] / by["batch-2"]["steady_s"]
    speed2_wall = one["wall_s"] / by["batch-2"]["wall_s"]
    lines += [
        "",
        f"corpus: {one['articles']} articles, {one['chars']:,} characters, {one['words']:,} words",
        f"full pipeline vs tokenizer: {by['pipeline']['steady_s'] / floor:.1f}x (target <= 3x)",
        f"2 processes vs 1: {speed2:.2f}x steady, {speed2_wall:.2f}x wall (target >= 1.8x)",
        f"the machine meanwhile: 2 CPU-bound processes ran {parallel:.2f}x as fast as 1 (2.0 when idle)",
        f"Dask LocalCluster (2) vs 1 process: {one['steady_s'] / by['dask-2']['steady_s']:.2f}x steady",
        f"cold `karabach-nlp extract` of the seed article: first {cold[0]:.2f} s, median {statistics.median(cold):.2f} s"
        f" of {len(cold)} (target <= 2 s)",
        f"peak RSS per process: max {max(max(r['rss_mb'], r['child_rss_mb']) for r in rows):.0f} MB (target <= 400 MB)",
        f"load average at the end: {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs",
        "",
        "where the full pipeline's time goes (step by step over the corpus, 1 process):",
        "",
        "| step | seconds | share | vs tokenizer |",
        "|---|---:|---:|---:|",
    ]
    whole = sum(shares.values())
    for name, secs in shares.items():
        lines.append(f"| {name} | {secs:.2f} | {secs / whole:.0%} | {secs / shares['tokenizer']:.1f}x |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--chars", type=int, default=2_000_000, help="corpus size in characters (>= 1,000,000)")
    ap.add_argument("--json", action="store_true", help="also print every row as JSON")
    ap.add_argument("--profile", action="store_true", help="profile the full pipeline instead (pyinstrument)")
    ap.add_argument("--measure", choices=[*MODES, "components"], help=argparse.SUPPRESS)  # internal: one row in a fresh process
    ap.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.corpus)))
        return
    work = Path(tempfile.mkdtemp(prefix="karabach-bench-"))
    try:
        folder = work / "corpus"
        write_corpus(folder, max(args.chars, 1_000_000))
        if args.profile:
            profile(folder)
            return
        rows = []
        for mode in [*MODES, "components"]:
            proc = subprocess.run(
                [sys.executable, __file__, "--measure", mode, "--corpus", str(folder)],
                check=True, capture_output=True, text=True, cwd=ROOT,
            )
            rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
            if args.json:
                print(json.dumps(rows[-1]), flush=True)
        shares = rows.pop()["shares"]
        parallel = machine_parallelism()
        print(_table(rows, cold_extract(), shares, parallel))
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

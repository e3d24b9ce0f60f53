"""Throughput of karabach-nlp on German corpora of >= 1 million characters, in one run.

    .venv/bin/python benchmarks/throughput.py [--corpus own|news|both] [--chars 2000000] [--json]
    .venv/bin/python benchmarks/throughput.py --profile     # where the full pipeline's time goes

Corpora:
  own   the seed article and articles assembled from sentences written for this benchmark
        (benchmarks/corpus.py), >= --chars characters. Its vocabulary is small, so spaCy's
        tokenizer cache makes the tokenizer floor far faster than on real news.
  news  the German news of ../shared/data/quotation-2024 (train + dev, ~1.35 M characters), read
        in place as JSON files with the text in 'originalText'; skipped when absent.

Rows (each measured in a fresh process, so its peak RSS and start-up are its own):
  tokenizer   spaCy's tokenizer alone on the blank German pipeline: the floor
  base        blank German + sentencizer + lookup lemmatizer, without our components
  pipeline-lexicon  the full pipeline with analysis='lexicon' (no HanTa), to show what HanTa costs
  pipeline    our full pipeline in memory (extract_many), 1 process: no file I/O
  batch-1     batch.run over the folder, as `karabach-nlp batch` runs it
  batch-2     the same with --workers 2
  dask-2      the same on a Dask LocalCluster of 2 worker processes (--scheduler local)
Then the time each step of the pipeline takes, the cold start of `karabach-nlp extract` on the
seed article, and how parallel the machine was meanwhile.

"words/s" counts whitespace-separated words. "steady" leaves out start-up (importing spaCy,
building the pipeline, starting workers): for batch rows it is the rate between 20% and 90% of
the input (by bytes), scaled to the whole input. "wall" is the whole run in its process.
Targets (issue 8): full pipeline <= 3x the tokenizer's time; 2 processes >= 1.8x one; cold
extract <= 2 s; peak RSS <= 400 MB per process.
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

NEWS = ROOT.parent / "shared" / "data" / "quotation-2024"
MODES = ["tokenizer", "base", "pipeline-lexicon", "pipeline", "batch-1", "batch-2", "dask-2"]
NAMES = {
    "tokenizer": "spaCy tokenizer alone, blank German (the floor)",
    "base": "blank German + sentencizer + lookup lemmatizer, no karabach components",
    "pipeline-lexicon": "full pipeline, analysis='lexicon' (no tagger: lookup lemmas + Konjunktiv list), 1 process",
    "pipeline": "full pipeline in memory (`extract_many`), 1 process (default analysis: HanTa)",
    "batch-1": "`batch`, 1 process",
    "batch-2": "`batch --workers 2`",
    "dask-2": "`batch --scheduler local --workers 2` (Dask LocalCluster)",
}


def _texts(folder: Path, glob: str, field: str) -> list[str]:
    from karabach_nlp.batch.inputs import discover, read_items

    return [i.text for _, items in read_items(discover(folder, [glob]), text_field=field)
            for i in items if i.text is not None]


def measure(mode: str, folder: Path, glob: str, field: str) -> dict:
    """One row, in this (fresh) process."""
    t_start = time.perf_counter()
    texts = _texts(folder, glob, field)
    row = {"mode": mode, "articles": len(texts), "words": sum(len(t.split()) for t in texts),
           "chars": sum(len(t) for t in texts)}
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
    elif mode in ("pipeline", "pipeline-lexicon"):
        import karabach_nlp

        nlp = karabach_nlp.load("blank", "lexicon" if mode == "pipeline-lexicon" else "auto")
        t0 = time.perf_counter()
        for _ in karabach_nlp.extract_many(texts, nlp, batch_size=32):
            pass
        row["steady_s"] = time.perf_counter() - t0
        # a second pass over the same texts: HanTa's per-word-form caches are full by now, as in a
        # long-running process that has seen most of a language's frequent forms
        t0 = time.perf_counter()
        for _ in karabach_nlp.extract_many(texts, nlp, batch_size=32):
            pass
        row["warm_s"] = time.perf_counter() - t0
    elif mode == "components":
        row["steps"] = component_times(texts)
    else:
        from karabach_nlp import batch

        clock = _clock()
        out = Path(tempfile.mkdtemp(prefix="karabach-bench-out-")) / "claims.jsonl"
        summary = batch.run(folder, out, globs=[glob], text_field=field, model="blank",
                            workers=1 if mode == "batch-1" else 2,
                            scheduler="local" if mode == "dask-2" else None, progress=clock)
        shutil.rmtree(out.parent, ignore_errors=True)
        assert summary.articles == len(texts), summary
        row["steady_s"] = clock.steady()
    row["wall_s"] = time.perf_counter() - t_start
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    row["rss_mb"], row["child_rss_mb"] = own.ru_maxrss / 1024, kids.ru_maxrss / 1024  # Linux: KiB
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
            # The rate between 20% and 90% of the input, scaled to all of it: start-up is over by
            # then, and as many chunks are in flight at both ends, so none is counted unfairly.
            total = self.samples[-1][2]
            a = next(s for s in self.samples if s[2] >= 0.2 * total)
            b = [s for s in self.samples if s[2] <= 0.9 * total][-1]
            if b[2] <= a[2]:  # too few chunks for a middle: fall back to first-to-last
                a, b = self.samples[0], self.samples[-1]
            return (b[0] - a[0]) * total / max(b[2] - a[2], 1)

    return Clock()


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
    times["records + JSON (`claims_from_doc`)"] = time.perf_counter() - t0
    return times


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
    cmd = [str(exe)] if exe.exists() else [sys.executable, "-m", "karabach_nlp"]
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        subprocess.run([*cmd, "extract", str(SEED), "--compact"], check=True, stdout=subprocess.DEVNULL)
        times.append(time.perf_counter() - t0)
    return times


def profile(folder: Path, glob: str, field: str) -> None:
    """Where the full pipeline spends its time (pyinstrument, if installed), then per step."""
    try:
        from pyinstrument import Profiler
    except ImportError:
        sys.exit("--profile needs pyinstrument: .venv/bin/pip install pyinstrument")
    import karabach_nlp

    texts = _texts(folder, glob, field)
    nlp = karabach_nlp.load("blank")
    with Profiler(interval=0.0005) as prof:
        for _ in karabach_nlp.extract_many(texts, nlp):
            pass
    print(prof.output_text(unicode=True, color=False, show_all=False))
    for name, secs in component_times(texts).items():
        print(f"{name:40s} {secs:7.3f} s")


def _table(rows: list[dict], steps: dict[str, float]) -> str:
    by = {r["mode"]: r for r in rows}
    floor = by["tokenizer"]["steady_s"]
    one = by["batch-1"]
    lines = [
        f"corpus: {one['articles']} articles, {one['chars']:,} characters, {one['words']:,} words",
        "",
        "| run | words/s steady | words/s wall | time vs tokenizer | CPU s (main + workers) | peak RSS MB (main / worker) |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for mode in MODES:
        r = by[mode]
        kids = f" / {r['child_rss_mb']:.0f}" if mode in ("batch-2", "dask-2") else ""
        lines.append(
            f"| {NAMES[mode]} | {r['words'] / r['steady_s']:,.0f} | {r['words'] / r['wall_s']:,.0f} | "
            f"{r['steady_s'] / floor:.1f}x | {r['cpu_s']:.1f} + {r['child_cpu_s']:.1f} | {r['rss_mb']:.0f}{kids} |"
        )
    lines += [
        "",
        f"full pipeline vs tokenizer: {by['pipeline']['steady_s'] / floor:.1f}x (target <= 3x); "
        f"second pass over the same texts (HanTa caches warm): {by['pipeline']['words'] / by['pipeline']['warm_s']:,.0f} words/s, "
        f"{by['pipeline']['warm_s'] / floor:.1f}x; with analysis='lexicon': {by['pipeline-lexicon']['steady_s'] / floor:.1f}x "
        f"(second pass {by['pipeline-lexicon']['warm_s'] / floor:.1f}x); "
        f"2 processes vs 1: {one['steady_s'] / by['batch-2']['steady_s']:.2f}x steady, "
        f"{one['wall_s'] / by['batch-2']['wall_s']:.2f}x wall (target >= 1.8x); "
        f"Dask LocalCluster (2) vs 1 process: {one['steady_s'] / by['dask-2']['steady_s']:.2f}x steady; "
        f"peak RSS per process: {max(max(r['rss_mb'], r['child_rss_mb']) for r in rows):.0f} MB (target <= 400 MB)",
        "",
        "| step of the full pipeline (1 process) | seconds | share | vs tokenizer |",
        "|---|---:|---:|---:|",
    ]
    whole = sum(steps.values())
    for name, secs in steps.items():
        lines.append(f"| {name} | {secs:.2f} | {secs / whole:.0%} | {secs / steps['tokenizer']:.1f}x |")
    return "\n".join(lines)


def _run_corpus(folder: Path, glob: str, field: str, show_json: bool) -> str:
    rows = []
    parallel = []
    for mode in [*MODES, "components"]:
        if mode in ("batch-2", "dask-2"):
            parallel.append(machine_parallelism())
        proc = subprocess.run(
            [sys.executable, __file__, "--measure", mode, "--in", str(folder), "--glob", glob, "--field", field],
            check=True, capture_output=True, text=True, cwd=ROOT,
        )
        rows.append(json.loads(proc.stdout.strip().splitlines()[-1]))
        if show_json:
            print(json.dumps(rows[-1]), flush=True)
    return _table(rows[:-1], rows[-1]["steps"]) + (
        "\n\nthe machine just before the 2-process rows: 2 CPU-bound processes ran "
        + " and ".join(f"{p:.2f}x" for p in parallel) + " as fast as 1 (2.0 when 2 cores are free)"
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", choices=["own", "news", "both"], default="both")
    ap.add_argument("--chars", type=int, default=2_000_000, help="size of the own corpus (>= 1,000,000)")
    ap.add_argument("--json", action="store_true", help="also print every row as JSON")
    ap.add_argument("--profile", action="store_true", help="profile the full pipeline on the own corpus")
    # internal: one row in a fresh process
    ap.add_argument("--measure", choices=[*MODES, "components"], help=argparse.SUPPRESS)
    ap.add_argument("--in", dest="folder", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--glob", default="*.txt", help=argparse.SUPPRESS)
    ap.add_argument("--field", default="text", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.measure:
        print(json.dumps(measure(args.measure, args.folder, args.glob, args.field)))
        return
    work = Path(tempfile.mkdtemp(prefix="karabach-bench-"))
    try:
        own = work / "corpus"
        write_corpus(own, max(args.chars, 1_000_000))
        if args.profile:
            profile(own, "*.txt", "text")
            return
        if args.corpus in ("own", "both"):
            print("## own corpus (seed article + sentences written for the benchmark)\n")
            print(_run_corpus(own, "*.txt", "text", args.json), "\n", flush=True)
        if args.corpus in ("news", "both"):
            if NEWS.is_dir():
                print(f"## news corpus ({NEWS.relative_to(ROOT.parent)}, train + dev, read in place)\n")
                print(_run_corpus(NEWS, "*.json", "originalText", args.json), "\n", flush=True)
            else:
                print(f"(news corpus skipped: {NEWS} not found)\n")
        cold = cold_extract()
        print(f"cold `karabach-nlp extract` of the seed article: {', '.join(f'{t:.2f}' for t in cold)} s, "
              f"median {statistics.median(cold):.2f} s (target <= 2 s)")
        print(f"the machine: 2 CPU-bound processes ran {machine_parallelism():.2f}x as fast as 1 "
              f"(2.0 when 2 cores are free); load average {os.getloadavg()[0]:.2f} on {os.cpu_count()} CPUs")
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()

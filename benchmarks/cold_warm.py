"""First pass of a fresh process against the second, quickly, on a machine other jobs share.

    .venv/bin/python benchmarks/cold_warm.py [--runs 3] [--split ../shared/data/quotation-2024/dev] [--freeze]

Each run is a fresh process: ``karabach_nlp.load()``, then ``extract_many`` over the articles of
the split twice (first pass: every cache empty; second: warm), without the user cache of
analyses (a first run ever). CPU seconds of the process are the figure to compare: wall time
swings with the neighbours' load. The median of the runs is printed. ``--freeze``: the program
calls ``gc.freeze()`` after ``load()`` (what the command line does for itself, ``startup.py``);
the CPU time the garbage collector takes in each pass is printed.
``benchmarks/speed.py`` is the full benchmark (other pipelines, workers, RSS) for a quiet machine.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "data" / "quotation-2024" / "dev"


def one_run(split: Path, freeze: bool) -> dict:
    """Both passes in this (fresh) process."""
    t0, c0 = time.perf_counter(), time.process_time()
    import karabach_nlp

    nlp = karabach_nlp.load()
    if freeze:
        import gc

        gc.freeze()
    found = {"load": (time.perf_counter() - t0, time.process_time() - c0)}
    docs = [json.loads(p.read_text(encoding="utf-8"))["originalText"] for p in sorted(split.glob("*.json"))]
    collecting = _collector_timer()
    for name in ("cold", "warm"):
        collecting[0] = 0.0
        t0, c0 = time.perf_counter(), time.process_time()
        for _claims in karabach_nlp.extract_many(docs, nlp):
            pass
        found[name] = (time.perf_counter() - t0, time.process_time() - c0, collecting[0])
    found["words"] = sum(len(t.split()) for t in docs)
    return found


def _collector_timer() -> list[float]:
    """[CPU seconds the cyclic garbage collector has spent since it was last set to 0]."""
    import gc

    spent, started = [0.0], [0.0]

    def timer(phase: str, _info: dict) -> None:
        if phase == "start":
            started[0] = time.process_time()
        else:
            spent[0] += time.process_time() - started[0]

    gc.callbacks.append(timer)
    return spent


def fresh(split: Path, freeze: bool) -> dict:
    env = {**os.environ, "KARABACH_NLP_CACHE_DIR": "off"}
    command = [sys.executable, __file__, "--one", "--split", str(split), *(["--freeze"] if freeze else [])]
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)
    if done.returncode:
        raise SystemExit(f"run failed:\n{done.stderr[-1500:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


def report(runs: list[dict]) -> list[str]:
    words = runs[0]["words"]
    lines = []
    for r in runs:
        lines.append("load {:.2f} s ({:.2f} CPU); 1st pass {:.2f} s ({:.2f} CPU, {:.3f} in the garbage collector); "
                     "2nd pass {:.2f} s ({:.2f} CPU, {:.3f} in the garbage collector)".format(*r["load"], *r["cold"], *r["warm"]))

    def median(key: str, k: int) -> float:
        return statistics.median(r[key][k] for r in runs)

    cold, warm = median("cold", 1), median("warm", 1)
    lines.append(f"median of {len(runs)}, CPU: 1st pass {cold:.2f} s ({words / cold:,.0f} words/s), 2nd pass {warm:.2f} s "
                 f"({words / warm:,.0f} words/s): {cold / warm:.2f}x; wall {median('cold', 0) / median('warm', 0):.2f}x "
                 f"(target <= 1.5x); load() {median('load', 1):.2f} s CPU; garbage collector {median('cold', 2):.3f} / "
                 f"{median('warm', 2):.3f} s CPU")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--split", type=Path, default=DEV, help="folder of quotation-dataset documents (*.json)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--freeze", action="store_true", help="gc.freeze() after load()")
    parser.add_argument("--one", action="store_true", help=argparse.SUPPRESS)  # internal: one run, this process
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one_run(args.split, args.freeze)))
        return
    if not args.split.is_dir():
        raise SystemExit(f"{args.split} not found: the benchmark reads the quotation dataset's dev split in place")
    print(f"{args.split}: {len(list(args.split.glob('*.json')))} articles; load average {os.getloadavg()[0]:.1f} "
          f"on {os.cpu_count()} CPUs{'; gc.freeze() after load()' if args.freeze else ''}")
    print("\n".join(report([fresh(args.split, args.freeze) for _ in range(args.runs)])))


if __name__ == "__main__":
    main()

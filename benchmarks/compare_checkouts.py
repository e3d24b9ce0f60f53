"""Side-by-side speed of two installed checkouts on the same texts, in one run.

    python benchmarks/compare_checkouts.py REFERENCE_PYTHON CANDIDATE_PYTHON [--runs 3] [--split DIR]

Each interpreter is the Python of a venv with one checkout installed (e.g. a worktree of an older
commit with its own `.venv`). Runs alternate between the two, each in a fresh process, so both
see the same machine load; each process times `extract_many` over the split's articles twice
(first pass: HanTa analyses every new word form; second pass: its caches are warm).
"""

from __future__ import annotations

import argparse
import json
import subprocess
from pathlib import Path

DEFAULT_SPLIT = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "quotation-2024" / "dev"

TIMED = r"""
import json, sys, time
from pathlib import Path
import karabach_nlp
texts = [json.loads(p.read_text(encoding="utf-8"))["originalText"] for p in sorted(Path(sys.argv[1]).glob("*.json"))]
nlp = karabach_nlp.load("blank")
passes = []
for _ in range(2):
    t = time.perf_counter()
    for _claims in karabach_nlp.extract_many(texts, nlp):
        pass
    passes.append(time.perf_counter() - t)
print(json.dumps({"articles": len(texts), "words": sum(len(t.split()) for t in texts), "first": passes[0], "second": passes[1]}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("reference")
    parser.add_argument("candidate")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--split", type=Path, default=DEFAULT_SPLIT, help="folder of quotation-dataset documents")
    args = parser.parse_args()
    rows = {"reference": [], "candidate": []}
    for _ in range(args.runs):
        for label in rows:
            python = getattr(args, label)
            done = subprocess.run([python, "-c", TIMED, str(args.split)], capture_output=True, text=True)
            if done.returncode:
                raise SystemExit(f"{label} ({python}) failed:\n{done.stderr[-800:]}")
            rows[label].append(json.loads(done.stdout))
    first = rows["reference"][0]
    print(f"{first['articles']} articles, {first['words']:,} words, {args.runs} runs each, alternating")
    print(f"{'':<10} {'first pass s':>14} {'second pass s':>14}")
    for label, runs in rows.items():
        firsts = sorted(r["first"] for r in runs)
        seconds = sorted(r["second"] for r in runs)
        print(f"{label:<10} {firsts[len(firsts) // 2]:>14.2f} {seconds[len(seconds) // 2]:>14.2f}   (median)")
    ref, cand = rows["reference"], rows["candidate"]
    ratio = sorted(c["first"] / r["first"] for r, c in zip(ref, cand))[len(ref) // 2]
    print(f"candidate / reference, first pass: {ratio:.2f}x")


if __name__ == "__main__":
    main()

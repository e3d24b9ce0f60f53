"""Words per second of the blank pipeline with and without the HanTa analysis (quick check).

The project's speed benchmark is benchmarks/speed.py; this one isolates the analysis:
tokenizer alone, blank pipeline with the lexicon-only analysis, blank pipeline with HanTa, each
on the quotation dataset dev texts (read from ../shared, not shipped). HanTa is timed twice: cold
(first sight of every word form) and warm (its per-form caches filled, the steady state of a
long-running process).

    python scripts/probes/speed_analysis.py [--docs N]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from karabach_nlp.pipeline import build

QUOTATION_DEV = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "quotation-2024" / "dev"


def texts(limit: int) -> list[str]:
    files = sorted(QUOTATION_DEV.glob("*.json"))[:limit]
    return [json.loads(f.read_text(encoding="utf-8"))["originalText"] for f in files]


def words_per_second(run, docs: list[str]) -> tuple[int, float]:
    # CPU time of this process: the machine is shared, wall time swings with the neighbours' load
    started = time.process_time()
    words = sum(len([t for t in doc if not t.is_space]) for doc in run(docs))
    return words, words / (time.process_time() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=150)
    docs = texts(parser.parse_args().docs)
    lexicon = build("blank", analysis="lexicon")
    hanta = build("blank", analysis="hanta")
    rows = [
        ("tokenizer alone", lambda d: lexicon.tokenizer.pipe(d)),
        ("blank pipeline, lexicon analysis", lambda d: lexicon.pipe(d)),
        ("blank pipeline, HanTa analysis (cold)", lambda d: hanta.pipe(d)),
        ("blank pipeline, HanTa analysis (warm)", lambda d: hanta.pipe(d)),
    ]
    for doc in lexicon.pipe(docs[:20]):  # spaCy's own first-call set-up is not what is measured
        pass
    base = None
    for name, run in rows:
        words, wps = words_per_second(run, docs)
        base = base or wps
        print(f"{name:40s} {words:7d} words {wps:9.0f} words/s  ({base / wps:4.1f}x tokenizer time)")


if __name__ == "__main__":
    main()

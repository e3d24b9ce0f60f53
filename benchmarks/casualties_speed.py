"""Speed of the quantity finder and of the whole blank pipeline on the quotation dataset.

    .venv/bin/python benchmarks/casualties_speed.py [--limit N]

Prints figures; asserts nothing (speed is measured here, never in tests).
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import karabach_nlp
from karabach_nlp.quantities import find_quantities

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "quotation-2024"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--limit", type=int, default=200, help="number of articles")
    args = parser.parse_args()
    texts = [json.loads(p.read_text(encoding="utf-8"))["originalText"] for p in sorted(DATA.glob("*/*.json"))[: args.limit]]
    chars = sum(map(len, texts))

    t0 = time.perf_counter()
    found = sum(len(find_quantities(t)) for t in texts)
    t1 = time.perf_counter()
    print(f"quantity finder: {len(texts)} articles, {chars} chars, {found} quantities in {t1 - t0:.2f} s "
          f"({chars / (t1 - t0) / 1000:.0f} k chars/s)")

    nlp = karabach_nlp.load("blank")
    t0 = time.perf_counter()
    mentions = sum(len(doc._.casualties) for doc in nlp.pipe(texts, batch_size=32))
    t1 = time.perf_counter()
    print(f"blank pipeline:  {len(texts)} articles, {mentions} casualty mentions in {t1 - t0:.2f} s "
          f"({len(texts) / (t1 - t0):.1f} articles/s)")


if __name__ == "__main__":
    main()

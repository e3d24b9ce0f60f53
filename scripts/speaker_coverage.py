"""Share of gold speakers of the German news quotation dataset that our actors cover.

    .venv/bin/python scripts/speaker_coverage.py [--split dev] [--n 25] [--offset 0] [--full] [--misses]

A gold speaker (the `speaker` role of an annotation, each distinct span counted once per
article) is covered when a mention of one of our actors overlaps it. By default only the actors
component runs (what it finds on its own); --full runs the whole pipeline, where the attribution
component also ties its speaker phrases to actors through resolve_span. Reads the dataset from
../shared/data/quotation-2024 beside the checkout; nothing of it is copied.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import karabach_nlp

DATA = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "quotation-2024"


def gold_speakers(doc: dict) -> set[tuple[int, int, str]]:
    found = set()
    for ann in doc["annotations"]:
        speaker = ann.get("speaker") or {}
        for span in speaker.get("spans") or []:
            start, end = span["charBegin"], span["charEnd"]
            found.add((start, end, doc["originalText"][start:end]))
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="dev", choices=["train", "dev"])
    parser.add_argument("--n", type=int, default=25, help="N articles in file-name order")
    parser.add_argument("--offset", type=int, default=0, help="skip this many articles first")
    parser.add_argument("--full", action="store_true", help="run the whole pipeline, not only the actors")
    parser.add_argument("--misses", action="store_true", help="print the speakers not covered")
    args = parser.parse_args()

    nlp = karabach_nlp.load("blank")
    files = sorted((DATA / args.split).glob("*.json"))[args.offset : args.offset + args.n]
    if not files:
        raise SystemExit(f"no articles under {DATA / args.split}")
    disabled = [] if args.full else ["karabach_attributions", "karabach_casualties"]
    covered = total = 0
    seconds = 0.0
    with nlp.select_pipes(disable=disabled):
        for path in files:
            data = json.loads(path.read_text(encoding="utf-8"))
            began = time.perf_counter()
            doc = nlp(data["originalText"])
            seconds += time.perf_counter() - began
            mentions = [(m.start, m.end) for a in doc._.actors or [] for m in a.mentions]
            for start, end, text in sorted(gold_speakers(data)):
                total += 1
                if any(s < end and start < e for s, e in mentions):
                    covered += 1
                elif args.misses:
                    print(f"  miss: {text!r}  ({path.name[:40]})")
    mode = "full pipeline" if args.full else "actors component alone"
    print(f"{args.split}[{args.offset}:{args.offset + len(files)}]: {len(files)} articles, {total} gold speaker spans, {covered} covered "
          f"by our actors ({mode}): {covered / total:.3f}")
    print(f"speed: {len(files) / seconds:.1f} articles/s ({seconds:.2f} s in the pipeline)")


if __name__ == "__main__":
    main()

"""Regression harness: run the pipeline on every article we measure on and diff against a baseline.

The corpus is the seed article plus all of the quotation dataset's ``train`` and ``dev`` splits
(every gold set under ``data/gold/`` points into those), so equal records mean equal gold figures.

    python scripts/regression.py save runs/regression/base.jsonl     # before a change
    python scripts/regression.py diff runs/regression/base.jsonl     # after it: exit 1 on any difference

``diff`` prints, per section (actors, casualties, attributions), how many documents and records
differ, then the first ``--show`` differences record by record.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Iterator

ROOT = Path(__file__).resolve().parents[1]
DATASET = ROOT.parent / "shared" / "data" / "quotation-2024"
SEED = ROOT / "data" / "examples" / "berg-karabach.txt"
SECTIONS = ("actors", "casualties", "attributions")


def corpus(splits: list[str]) -> Iterator[tuple[str, str]]:
    """(name, text) of the seed article and of every document of the given dataset splits."""
    yield "seed/" + SEED.name, SEED.read_text(encoding="utf-8")
    for split in splits:
        folder = DATASET / split
        if not folder.is_dir():
            sys.exit(f"{folder}: dataset split not found (the dataset lives in ../shared beside the checkout)")
        for path in sorted(folder.glob("*.json")):
            yield f"{split}/{path.name}", json.loads(path.read_text(encoding="utf-8"))["originalText"]


def run(splits: list[str], n_process: int) -> Iterator[dict]:
    import karabach_nlp
    from karabach_nlp.api import claims_from_doc

    nlp = karabach_nlp.load()
    names, texts = zip(*corpus(splits))
    for name, doc in zip(names, nlp.pipe(texts, batch_size=16, n_process=n_process)):
        claims = claims_from_doc(doc, nlp).model_dump(mode="json")
        yield {"doc": name, **{s: claims[s] for s in SECTIONS}}


def save(out: Path, splits: list[str], n_process: int) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    with out.open("w", encoding="utf-8") as fh:
        for n, row in enumerate(run(splits, n_process), 1):
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{n} documents -> {out} ({time.perf_counter() - started:.1f} s)")


def _load(path: Path) -> dict[str, dict]:
    with path.open(encoding="utf-8") as fh:
        return {row["doc"]: row for row in map(json.loads, fh)}


def _keys(records: list, ignore: frozenset[str] = frozenset()) -> list[str]:
    return [json.dumps({k: v for k, v in r.items() if k not in ignore}, ensure_ascii=False, sort_keys=True)
            for r in records]


def diff(base: dict[str, dict], new: dict[str, dict], show: int, ignore: frozenset[str] = frozenset()) -> int:
    """Print the differences; return how many records differ in all."""
    total = 0
    shown = 0
    missing = sorted(set(base) ^ set(new))
    if missing:
        print(f"documents in only one run: {len(missing)} (first: {missing[0]})")
        total += len(missing)
    for section in SECTIONS:
        docs = records = 0
        for name in sorted(set(base) & set(new)):
            old, now = _keys(base[name][section], ignore), _keys(new[name][section], ignore)
            gone = [k for k in old if k not in now]
            came = [k for k in now if k not in old]
            if not gone and not came:
                continue
            docs += 1
            records += len(gone) + len(came)
            for sign, rows in (("-", gone), ("+", came)):
                for row in rows:
                    if shown < show:
                        print(f"{sign} {section} {name}\n    {row}")
                        shown += 1
        print(f"{section}: {docs} documents, {records} records differ")
        total += records
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("action", choices=["save", "diff"])
    parser.add_argument("baseline", type=Path, help="the saved run (written by save, read by diff)")
    parser.add_argument("--splits", nargs="+", default=["train", "dev"])
    parser.add_argument("--processes", type=int, default=2, help="worker processes for nlp.pipe")
    parser.add_argument("--show", type=int, default=20, help="differences printed record by record")
    parser.add_argument("--keep", type=Path, help="diff: also keep this run's records in this file")
    parser.add_argument("--ignore", nargs="+", default=[], metavar="FIELD",
                        help="diff: record fields left out of the comparison (a field the baseline does not have yet)")
    args = parser.parse_args()
    if args.action == "save":
        save(args.baseline, args.splits, args.processes)
        return
    if not args.baseline.is_file():
        sys.exit(f"{args.baseline}: no baseline; run 'save' on the unchanged code first")
    current = args.keep or args.baseline.with_suffix(".current.jsonl")
    save(current, args.splits, args.processes)
    differing = diff(_load(args.baseline), _load(current), args.show, frozenset(args.ignore))
    print("no differences" if not differing else f"{differing} records differ")
    sys.exit(1 if differing else 0)


if __name__ == "__main__":
    main()

"""The quotation dataset's figures (Messages, Roles, Form, speaker, addressee F1) from a kept run.

    .venv/bin/python scripts/probes/quotation_figures.py RUN.jsonl [RUN2.jsonl]

Reads our records from runs kept by scripts/regression.py (``--keep``) instead of running the
pipeline, and scores train and dev as ``karabach-nlp quotation score`` does; with a second run,
prints both and the change. Reads the dataset from ../shared beside the checkout.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from karabach_nlp.quotation_dataset import QuotationScore, export_annotations, read_split, score_document
from karabach_nlp.records import Actor, Attribution

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "quotation-2024"
FIGURES = ("messages", "roles", "form", "speaker", "addressee", "cue", "frame")


def _rows(run: Path, split: str) -> dict[str, dict]:
    rows = {}
    with run.open(encoding="utf-8") as fh:
        for row in map(json.loads, fh):
            if row["doc"].startswith(split + "/"):
                rows[row["doc"].split("/", 1)[1]] = row
    return rows


def _score(doc, row: dict) -> QuotationScore:
    result = QuotationScore()
    ours = sorted((Attribution.model_validate(a) for a in row["attributions"]), key=lambda a: a.content.start)
    actors = [Actor.model_validate(a) for a in row["actors"]]
    score_document(doc.annotations, export_annotations(doc, ours, actors=actors), result)
    return result


def figures(run: Path, split: str) -> dict[str, float]:
    rows = _rows(run, split)
    result = QuotationScore()
    for doc in read_split(DATA / split):
        part = _score(doc, rows.get(doc.path.name, {"attributions": [], "actors": []}))
        result.pairs += part.pairs
        for k in ("tp", "fp", "fn"):
            result.form[k][0] += part.form[k][0]
        result.documents += 1
    out = result.to_dict()
    return {k: out[k]["f1"] for k in FIGURES}


def changed_train_documents(before: Path, after: Path) -> None:
    """Train documents whose speaker values changed: the sum of speaker recall and precision values."""
    a, b = _rows(before, "train"), _rows(after, "train")
    for doc in read_split(DATA / "train"):
        if a.get(doc.path.name) == b.get(doc.path.name):
            continue
        sums = []
        for rows in (a, b):
            pairs = _score(doc, rows.get(doc.path.name, {"attributions": [], "actors": []})).pairs
            sums.append(sum(x for _, _, v in pairs for x in v["speaker"] if x is not None))
        if abs(sums[1] - sums[0]) > 1e-9:
            print(f"{sums[1] - sums[0]:+.2f} {doc.path.name}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("runs", type=Path, nargs="+")
    parser.add_argument("--changed", action="store_true", help="list train documents whose speaker values changed")
    args = parser.parse_args()
    if args.changed and len(args.runs) == 2:
        changed_train_documents(*args.runs)
    for split in ("train", "dev"):
        rows = [figures(r, split) for r in args.runs]
        cells = []
        for k in FIGURES:
            vals = [f"{r[k]:.4f}" for r in rows]
            if len(rows) == 2:
                vals.append(f"({rows[1][k] - rows[0][k]:+.4f})")
            cells.append(f"{k} {' '.join(vals)}")
        print(f"{split:<6}" + " | ".join(cells))


if __name__ == "__main__":
    main()

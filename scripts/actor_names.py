"""Canonical-name accuracy of actors on an actor gold set (the figure `karabach-nlp eval` lacks).

A gold actor is found as the scorer finds it (``evaluate.score_actors``): a predicted actor of
the same type overlaps one of its mentions; the prediction with most overlapping mentions is its
match. Of the found actors, the share whose predicted ``name`` equals the gold canonical name
exactly, and the share equal up to case and a leading article (``evaluate.norm_name``), for
required and for all gold actors; every mismatch is listed.

Usage: python scripts/actor_names.py GOLD_DIR [--texts DATASET_DIR]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from karabach_nlp.api import extract, load
from karabach_nlp.evaluate import _overlap, gold_files, load_gold, norm_name
from karabach_nlp.goldsets import materialise
from karabach_nlp.textio import read_article


def best_match(gold: dict, pred: list[dict]) -> dict | None:
    def hits(p: dict) -> int:
        return sum(1 for gm in gold["mentions"] for pm in p["mentions"] if _overlap(gm, pm))

    same_type = [p for p in pred if p["type"] == gold["type"] and hits(p)]
    return max(same_type, key=hits) if same_type else None


def pairs(gold_dir: Path, texts: Path | None) -> list[tuple[str, dict, dict]]:
    """(document name, gold actor, matched prediction) for every found gold actor."""
    nlp, out = load(), []
    for path in gold_files(gold_dir):
        gold, text_file = load_gold(path)
        if "document" in gold:
            gold, text, _ = materialise(gold, texts, path)
        else:
            text = read_article(text_file).text
        pred = [a.model_dump(mode="json") for a in extract(text, nlp).actors]
        for actor in gold.get("actors") or []:
            match = best_match(actor, pred)
            if match:
                out.append((path.name.removesuffix(".gold.json"), actor, match))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold_dir", type=Path)
    ap.add_argument("--texts", type=Path, default=None)
    args = ap.parse_args()
    found = pairs(args.gold_dir, args.texts)
    for label, keep in (("required", lambda g: g.get("required", True)), ("all", lambda g: True)):
        rows = [(d, g, p) for d, g, p in found if keep(g)]
        exact = sum(g["name"] == p["name"] for _, g, p in rows)
        loose = sum(norm_name(g["name"]) == norm_name(p["name"]) for _, g, p in rows)
        n = len(rows) or 1
        print(f"{label}: found {len(rows)}, name exact {exact} ({exact / n:.3f}), up to case/article {loose} ({loose / n:.3f})")
    for doc, g, p in found:
        if g["name"] != p["name"]:
            req = "required" if g.get("required", True) else "optional"
            print(json.dumps({"doc": doc, req: g["name"], "predicted": p["name"]}, ensure_ascii=False))


if __name__ == "__main__":
    main()

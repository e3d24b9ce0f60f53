"""Per-article speaker errors of the quotation dataset, with their context, for an error census.

    .venv/bin/python scripts/probes/speaker_errors.py --records RUN.jsonl [--split train] [--rule free_indirect]
        [--n 60] [--offset 0]

Pairs gold and predicted annotations as the dataset's metric does and prints every pair whose
speaker tokens differ with both spans disjoint or one side empty ("wrong", "none", "extra"):
the rule that found ours, gold and predicted speaker with their character offsets, and the
sentence before the quote with the quote's opening. --records reads a run kept by
scripts/regression.py (``--keep``). Develop on train only; dev is for aggregate figures.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from karabach_nlp.quotation_dataset import _group, assign, export_annotations, read_split
from karabach_nlp.records import Actor, Attribution

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "quotation-2024"


def _span(doc, ids: list[int]) -> tuple[int, int] | None:
    by_id = {t["id"]: t for t in doc.tokens}
    if not ids:
        return None
    return by_id[min(ids)]["charBegin"], by_id[max(ids)]["charEnd"]


def _records(path: Path, split: str) -> dict:
    out = {}
    with path.open(encoding="utf-8") as fh:
        for row in map(json.loads, fh):
            if row["doc"].startswith(split + "/"):
                out[row["doc"].split("/", 1)[1]] = ([Attribution.model_validate(a) for a in row["attributions"]],
                                                    [Actor.model_validate(a) for a in row["actors"]])
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=Path, required=True)
    parser.add_argument("--split", default="train", choices=["train"])
    parser.add_argument("--rule", help="only errors of our annotations found by this rule")
    parser.add_argument("--only", choices=["wrong", "none", "extra"], help="only one kind of error")
    parser.add_argument("--n", type=int, default=60)
    parser.add_argument("--offset", type=int, default=0)
    parser.add_argument("--width", type=int, default=260)
    args = parser.parse_args()
    preds = _records(args.records, args.split)
    seen = 0
    for doc in read_split(DATA / args.split):
        attributions, actors = preds.get(doc.path.name, ([], []))
        ours = sorted(attributions, key=lambda a: a.content.start)
        gold = [_group(a) for a in doc.annotations]
        pred = [_group(a) for a in export_annotations(doc, ours, actors=actors)]
        for gi, pi in assign(gold, pred):
            g, p = set(gold[gi].roles["speaker"]), set(pred[pi].roles["speaker"])
            if g == p or (g & p) or (not g and not p):
                continue
            kind = "wrong" if g and p else ("none" if g else "extra")
            if (args.rule and ours[pi].evidence != args.rule) or (args.only and kind != args.only):
                continue
            seen += 1
            if seen <= args.offset:
                continue
            if seen > args.offset + args.n:
                return
            gs, ps, qs = _span(doc, sorted(g)), _span(doc, sorted(p)), _span(doc, gold[gi].roles["quote"])
            left = max(0, min(x[0] for x in (gs, ps, qs) if x) - 60)
            right = min(len(doc.text), qs[0] + 80)
            context = doc.text[left:right].replace("\n", " ")
            show = lambda s: f"{doc.text[s[0]:s[1]]!r}@{s[0] - left}" if s else "-"
            print(f"#{seen} {kind} {doc.path.name[:40]} [{ours[pi].evidence} {gold[gi].form}] gold={show(gs)} ours={show(ps)} quote@{qs[0] - left}")
            print(f"    {context[-args.width:] if len(context) > args.width else context}")


if __name__ == "__main__":
    main()

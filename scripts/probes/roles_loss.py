"""Where the quotation dataset's Roles figure is lost: each (pair, role) classified by cause.

    .venv/bin/python scripts/probes/roles_loss.py --split train [--records RUN.jsonl]
        [--role speaker] [--show "speaker short"] [--n 30] [--by-rule]

Pairs gold and predicted annotations as the dataset's metric does (quotation_dataset.assign) and
gives every role value below 1 a cause: the gold annotation unpaired ("missed Reported"), the
prediction unpaired ("spurious Indirect"), the role empty on one side ("no speaker", "extra
speaker"), disjoint ("wrong speaker"), or overlapping with other boundaries ("speaker short" /
"long" / "shifted"). Prints, per cause, how many values and how much of the mean recall and
precision they cost (the metric's Roles recall is the mean of all defined recall values, so a
cause's cost is the sum of its shortfalls over their number). With --show, examples of one
cause: gold and predicted spans as text.

--records reads our attributions from a run kept by scripts/regression.py (``--keep``), which
is much faster than running the pipeline again. Reads the dataset from ../shared beside the
checkout; nothing of it is copied. --by-rule splits each cause by the rule that found our
annotation (its ``evidence``).
"""

from __future__ import annotations

import argparse
import json
from collections import defaultdict
from pathlib import Path

from karabach_nlp.quotation_dataset import ROLES, _group, assign, export_annotations, read_split
from karabach_nlp.records import Actor, Attribution

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "quotation-2024"


def _predictions(split: str, records: Path | None, docs) -> dict[str, tuple[list[Attribution], list[Actor]]]:
    """Our attributions and actors per document name, read from a kept run or made now."""
    if records is not None:
        out = {}
        with records.open(encoding="utf-8") as fh:
            for row in map(json.loads, fh):
                if row["doc"].startswith(split + "/"):
                    out[row["doc"].split("/", 1)[1]] = ([Attribution.model_validate(a) for a in row["attributions"]],
                                                        [Actor.model_validate(a) for a in row["actors"]])
        return out
    import karabach_nlp

    nlp = karabach_nlp.load("blank")
    out = {}
    for d in docs:
        claims = karabach_nlp.extract(d.text, nlp)
        out[d.path.name] = (claims.attributions, claims.actors)
    return out


def _cause(role: str, gold: list[int], pred: list[int], gtype, ptype) -> str | None:
    g, p = set(gold), set(pred)
    if g == p:
        return None
    if ptype is None:
        return f"missed {gtype}"
    if gtype is None:
        return f"spurious {ptype}"
    if not p:
        return f"no {role} ({gtype})"
    if not g:
        return f"extra {role} ({gtype})"
    if not g & p:
        return f"wrong {role}"
    if p < g:
        return f"{role} short"
    if g < p:
        return f"{role} long"
    return f"{role} shifted"


def _text(doc, ids: list[int]) -> str:
    by_id = {t["id"]: t for t in doc.tokens}
    return " ".join(doc.text[by_id[i]["charBegin"]:by_id[i]["charEnd"]] for i in sorted(ids))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", default="train", choices=["train", "dev"])
    parser.add_argument("--records", type=Path, help="a run kept by scripts/regression.py --keep")
    parser.add_argument("--role", choices=ROLES[1:], help="only this role")
    parser.add_argument("--show", help="print examples of this cause")
    parser.add_argument("--n", type=int, default=30, help="examples printed")
    parser.add_argument("--by-rule", action="store_true", help="split causes by the rule of our annotation")
    args = parser.parse_args()

    docs = list(read_split(DATA / args.split))
    preds = _predictions(args.split, args.records, docs)
    roles = [args.role] if args.role else list(ROLES[1:])
    n_recall = n_precision = 0
    lost = defaultdict(lambda: [0, 0.0, 0.0])  # cause -> [values, recall shortfall, precision shortfall]
    shown = 0
    for doc in docs:
        gold = [_group(a) for a in doc.annotations]
        attributions, actors = preds.get(doc.path.name, ([], []))
        ours = sorted(attributions, key=lambda a: a.content.start)  # export's order
        pred = [_group(a) for a in export_annotations(doc, ours, actors=actors)]
        pairs = assign(gold, pred)
        pairs += [(g, None) for g in range(len(gold)) if g not in {x for x, _ in pairs}]
        pairs += [(None, p) for p in range(len(pred)) if p not in {y for _, y in pairs}]
        for gi, pi in pairs:
            g = gold[gi] if gi is not None else None
            p = pred[pi] if pi is not None else None
            for role in roles:
                gids = g.roles[role] if g else []
                pids = p.roles[role] if p else []
                both = len(set(gids) & set(pids))
                n_recall += bool(gids)
                n_precision += bool(pids)
                cause = _cause(role, gids, pids, g.form if g else None, p.form if p else None)
                if cause is None:
                    continue
                if args.by_rule and p is not None:
                    cause += f" [{ours[pi].evidence}]"
                entry = lost[cause]
                entry[0] += 1
                entry[1] += (1 - both / len(gids)) if gids else 0.0
                entry[2] += (1 - both / len(pids)) if pids else 0.0
                if args.show and cause.startswith(args.show) and shown < args.n:
                    shown += 1
                    quote = _text(doc, (g or p).roles["quote"])[:110]
                    print(f"{doc.path.name} [{role}] gold={_text(doc, gids)!r} ours={_text(doc, pids)!r}\n    quote: {quote}")
    print(f"{len(docs)} documents; defined values: recall {n_recall}, precision {n_precision}")
    print(f"{'cause':<60}{'values':>7}{'recall cost':>13}{'precision cost':>16}")
    for cause, (n, r, p) in sorted(lost.items(), key=lambda kv: -(kv[1][1] / n_recall + kv[1][2] / n_precision)):
        print(f"{cause:<60}{n:>7}{r / n_recall:>13.4f}{p / n_precision:>16.4f}")


if __name__ == "__main__":
    main()

"""Which attribution rule produced each exported prediction, and what gold it pairs with. A probe on `train`.

    python scripts/probes/attribution_origins.py [--split ../shared/data/quotation-2024/train]

A new rule must earn its keep: it fires N times, and M of its predictions pair with a gold
annotation of the same type. This script wraps the rule methods of the attributions component
(without changing them), runs the pipeline over the split, pairs predictions with gold as the
dataset's metric does, and prints one row per (rule, exported type): how often it fired, how many
paired with gold of that type, and the gold types it met ("None" = unpaired, "None(no-ov)" =
paired with zero quote overlap, really a false alarm). A run on train (about 50 s): the
free-indirect runs exported as IndirectFreeIndirect paired with that type 252 times in 287, those
exported as FreeIndirect (hearsay "soll") 79 times in 147.
"""

from __future__ import annotations

import argparse
import collections
from pathlib import Path

import karabach_nlp
from karabach_nlp.components.attributions import Attributions
from karabach_nlp.components.attributions import continuation
from karabach_nlp.quotation_dataset import _group, _token_f1, assign, export_annotations, read_split

DEFAULT_SPLIT = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "quotation-2024" / "train"
# rule method -> its label; the first rule to return a finding names it
RULES = {
    (continuation.FreeIndirectSpeech, "_unlisted_frame"): "unlisted frame",
    (continuation.FreeIndirectSpeech, "_clause_before_konjunktiv"): "clause before Konjunktiv",
    (continuation.FreeIndirectSpeech, "_free_indirect"): "free indirect run",
    (Attributions, "_reporting"): "reporting verb",
    (Attributions, "_according_to"): "according to",
}


def _label_findings(labels: dict[int, str]) -> None:
    for (cls, name), label in RULES.items():
        original = getattr(cls, name)

        def wrapped(self, *args, _original=original, _label=label, **kwargs):
            result = _original(self, *args, **kwargs)
            for f in result if isinstance(result, list) else [result] if result is not None else []:
                labels.setdefault(id(f), _label)
            return result

        setattr(cls, name, wrapped)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", type=Path, default=DEFAULT_SPLIT)
    args = parser.parse_args()
    labels: dict[int, str] = {}
    in_order: list[str] = []  # labels of the current document's findings, in the order of its records
    _label_findings(labels)
    records = Attributions._records

    def labelled_records(self, doc, found):
        in_order[:] = [labels.get(id(f), "other: " + f.kind.value) for f in sorted(found, key=lambda f: (f.content[0], -f.content[1]))]
        return records(self, doc, found)

    Attributions._records = labelled_records
    nlp = karabach_nlp.load()  # as the `quotation export` command does
    table: dict[tuple[str, str], collections.Counter] = collections.defaultdict(collections.Counter)
    for doc in read_split(args.split):
        labels.clear()
        in_order.clear()
        attributions = karabach_nlp.extract(doc.text, nlp).attributions if doc.text.strip() else []
        rule_of = list(in_order)
        exported = export_annotations(doc, attributions)  # in the order of content starts
        order = sorted(range(len(attributions)), key=lambda i: attributions[i].content.start)
        gold = [_group(a) for a in doc.annotations]
        pred = [_group(a) for a in exported]
        paired = {p: g for g, p in assign(gold, pred)}
        for p, group in enumerate(pred):
            g = paired.get(p)
            if g is None:
                met = "None"
            else:
                met = gold[g].form if _token_f1(gold[g].roles["quote"], group.roles["quote"]) > 0 else "None(no-ov)"
            rule = rule_of[order[p]] if order[p] < len(rule_of) else "?"
            table[(rule, group.form)][met] += 1
    print(f"{'rule':26s} {'exported as':22s} {'fired':>5s} {'same':>5s}  gold met")
    for (rule, form), met in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        fired = sum(met.values())
        same = met[form]
        print(f"{rule:26s} {form:22s} {fired:5d} {same:5d}  {same / fired:4.0%}  " + " ".join(f"{k}:{v}" for k, v in met.most_common()))


if __name__ == "__main__":
    main()

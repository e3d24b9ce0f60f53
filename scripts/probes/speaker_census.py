"""Census of wrong speakers on the quotation dataset's train split, grouped by cause and rule.

    .venv/bin/python scripts/probes/speaker_census.py --records RUN.jsonl [--cause "ours pronoun"] [--rule free_indirect] [--n 40]

Pairs gold and predicted annotations as the dataset's metric does and, for every pair whose
speaker spans are disjoint (both non-empty), names a cause: our speaker is another mention of the
same actor ("same actor, other mention", e.g. the full name where the dataset marks the nearer
"Steinbrück"), shares a word with the gold one, is a pronoun, or a document or source noun
("der Bericht", "Angaben"), or the gold one is; else "other actor". Prints counts per cause and per
(rule, cause); with --cause, examples. --records reads a run kept by scripts/regression.py
(``--keep``). Develop on train only; dev is for aggregate figures.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path

from karabach_nlp.quotation_dataset import _group, assign, export_annotations, read_split
from karabach_nlp.records import Actor, Attribution

DATA = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "quotation-2024"
PRONOUNS = frozenset("er sie es ihr ihm ihn man wir ich".split())
SOURCE_NOUNS = re.compile(r"(?i)(bericht|erklärung|mitteilung|studie|schreiben|brief|papier|meldung|angaben|informationen|"
                          r"aussage|stellungnahme|umfrage|gutachten|urteil|resolution|dokument|zeitung|statement|interview)")


def _records(path: Path) -> dict:
    out = {}
    with path.open(encoding="utf-8") as fh:
        for row in map(json.loads, fh):
            if row["doc"].startswith("train/"):
                out[row["doc"].split("/", 1)[1]] = ([Attribution.model_validate(a) for a in row["attributions"]],
                                                    [Actor.model_validate(a) for a in row["actors"]])
    return out


def _cause(gold_text: str, ours_text: str, gold_span: tuple[int, int], actor_mentions: list[tuple[int, int]]) -> str:
    long_words = lambda t: {w for w in re.findall(r"\w+", t.lower()) if len(w) > 3}
    if any(s < gold_span[1] and gold_span[0] < e for s, e in actor_mentions):
        return "same actor, other mention"
    if long_words(gold_text) & long_words(ours_text):
        return "shared word, other mention"
    if ours_text.lower() in PRONOUNS:
        return "ours pronoun"
    if gold_text.lower() in PRONOUNS:
        return "gold pronoun"
    if SOURCE_NOUNS.search(ours_text) and not SOURCE_NOUNS.search(gold_text):
        return "ours document/source noun"
    if SOURCE_NOUNS.search(gold_text):
        return "gold document/source noun"
    return "other actor"


def census(records: Path) -> tuple[Counter, dict]:
    preds = _records(records)
    counts: Counter = Counter()
    examples: dict = defaultdict(list)
    for doc in read_split(DATA / "train"):
        attributions, actors = preds.get(doc.path.name, ([], []))
        ours = sorted(attributions, key=lambda a: a.content.start)
        gold = [_group(a) for a in doc.annotations]
        pred = [_group(a) for a in export_annotations(doc, ours, actors=actors)]
        by_id = {t["id"]: t for t in doc.tokens}
        text_of = lambda ids: " ".join(doc.text[by_id[i]["charBegin"]:by_id[i]["charEnd"]] for i in sorted(ids))
        for gi, pi in assign(gold, pred):
            g, p = set(gold[gi].roles["speaker"]), set(pred[pi].roles["speaker"])
            if not g or not p or g & p:
                continue
            a = ours[pi]
            mentions = [(m.start, m.end) for x in actors if x.id in set(a.speaker_actor_ids) for m in x.mentions]
            span = (by_id[min(g)]["charBegin"], by_id[max(g)]["charEnd"])
            cause = _cause(text_of(g), text_of(p), span, mentions)
            counts[(a.evidence, cause)] += 1
            examples[(a.evidence, cause)].append(f"{doc.path.name[:6]} {gold[gi].form}: gold={text_of(g)!r} ours={text_of(p)!r}")
    return counts, examples


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=Path, required=True)
    parser.add_argument("--cause", help="print examples of this cause")
    parser.add_argument("--rule", help="only examples of our annotations found by this rule")
    parser.add_argument("--n", type=int, default=40)
    args = parser.parse_args()
    counts, examples = census(args.records)
    totals: Counter = Counter()
    for (_, cause), n in counts.items():
        totals[cause] += n
    for cause, n in totals.most_common():
        print(f"{n:5d}  {cause}")
    print()
    for (rule, cause), n in counts.most_common(25):
        print(f"{n:5d}  {cause} [{rule}]")
    if args.cause:
        for (rule, cause), shown in examples.items():
            if cause == args.cause and (args.rule is None or rule == args.rule):
                print(f"\n== {cause} [{rule}]")
                print("\n".join(shown[:args.n]))


if __name__ == "__main__":
    main()

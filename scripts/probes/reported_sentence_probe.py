"""Can a learned sentence classifier find the Reported speech our rules miss? A probe on `train`.

    python scripts/probes/reported_sentence_probe.py [--split ../shared/data/quotation-2024/train] [--epochs 8]

Candidates are the sentences (of our pipeline) that no attribution of ours touches; a candidate is
positive when a gold Reported quote covers at least half of it (the dataset's Reported is mostly
such a cue-less sentence). A spaCy bag-of-words text classifier (unigrams and bigrams) is trained
on the articles of one half of the split and scored on the other half; the script prints, per
threshold, how many positives it finds and how many sentences it wrongly takes. A run on train
(about 45 s): 86 positives among 6,041 candidates; over both folds the best it did was 1 positive
found with 39 false alarms (see docs/evaluation.md).
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

import spacy
from spacy.training import Example

import karabach_nlp
from karabach_nlp.quotation_dataset import read_split

DEFAULT_SPLIT = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "quotation-2024" / "train"


def candidates(split: Path) -> list[dict]:
    nlp = karabach_nlp.load("blank")
    rows = []
    for doc in read_split(split):
        tokens = doc.tokens
        reported = []
        for a in doc.annotations:
            ids = (a.get("quote") or {}).get("tokenIds") or []
            if ids and a.get("type") == "Reported":
                reported.append((tokens[min(ids)]["charBegin"], tokens[max(ids)]["charEnd"]))
        parsed = nlp(doc.text)
        ours = [(a.content.start, a.content.end) for a in parsed._.attributions]
        for sent in parsed.sents:
            start, end = sent.start_char, sent.end_char
            text = parsed.text[start:end].strip()
            if len(text) < 20 or any(s < end and start < e for s, e in ours):
                continue
            covered = any(max(0, min(end, e) - max(start, s)) >= len(text) / 2 for s, e in reported)
            rows.append({"doc": doc.name, "text": text, "label": int(covered)})
    return rows


def train(rows: list[dict], epochs: int):
    nlp = spacy.blank("de")
    config = {"@architectures": "spacy.TextCatBOW.v3", "exclusive_classes": True, "ngram_size": 2,
              "no_output_layer": False, "length": 262144}
    textcat = nlp.add_pipe("textcat", config={"model": config})
    for label in ("REPORTED", "OTHER"):
        textcat.add_label(label)
    examples = [Example.from_dict(nlp.make_doc(r["text"]), {"cats": {"REPORTED": float(r["label"]), "OTHER": 1.0 - r["label"]}})
                for r in rows]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(epochs):
        random.shuffle(examples)
        for i in range(0, len(examples), 32):
            nlp.update(examples[i : i + 32], sgd=optimizer, drop=0.1)
    return nlp


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", type=Path, default=DEFAULT_SPLIT)
    parser.add_argument("--epochs", type=int, default=8)
    args = parser.parse_args()
    random.seed(0)
    rows = candidates(args.split)
    print(f"{len(rows)} candidate sentences, {sum(r['label'] for r in rows)} covered by a gold Reported quote")
    docs = sorted({r["doc"] for r in rows})
    random.shuffle(docs)
    first = set(docs[: len(docs) // 2])
    halves = ([r for r in rows if r["doc"] in first], [r for r in rows if r["doc"] not in first])
    for fold, (fit, held) in enumerate((halves, halves[::-1]), 1):
        model = train(fit, args.epochs)
        scores = [d.cats["REPORTED"] for d in model.pipe(r["text"] for r in held)]
        for threshold in (0.2, 0.3, 0.5, 0.7):
            hits = sum(1 for s, r in zip(scores, held) if s >= threshold and r["label"])
            false = sum(1 for s, r in zip(scores, held) if s >= threshold and not r["label"])
            print(f"fold {fold}  threshold {threshold}: {hits} of {sum(r['label'] for r in held)} found, {false} false alarms")


if __name__ == "__main__":
    main()

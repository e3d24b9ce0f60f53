"""Accuracy of the karabach analysis on UD German-GSD, on gold tokenisation (syntactic words).

Prints UPOS, STTS and lemma accuracy, precision / recall / F1 of Mood=Sub on finite verbs
(gold: VerbForm=Fin with Mood=Sub; predicted: any token whose morph has Mood=Sub) and of PROPN.

    python scripts/probes/eval_gsd.py                       # test split, HanTa + rules
    python scripts/probes/eval_gsd.py --analysis lexicon    # the subjunctive word list alone
    python scripts/probes/eval_gsd.py --split dev --errors 30
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "build"))  # the CoNLL-U reader lives beside the table builder
from conllu import GSD_DIR, read_conllu  # noqa: E402
from spacy.tokens import Doc

from karabach_nlp.pipeline import analysis_name, build


def same_stts(gold: str, predicted: str) -> bool:
    return gold == predicted or {gold, predicted} == {"PAV", "PROAV"}


def prf(tp: int, fp: int, fn: int) -> dict:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4), "tp": tp, "fp": fp, "fn": fn}


def evaluate(split: str, analysis: str, errors: int) -> dict:
    nlp = build("blank", analysis=analysis)
    # everything up to the analysis (the lookup lemmatizer in 'lexicon' mode) but the sentencizer:
    # a gold sentence is one Doc
    names = nlp.pipe_names[: nlp.pipe_names.index("karabach_analysis") + 1]
    steps = [nlp.get_pipe(name) for name in names if name != "sentencizer"]
    n = upos_ok = stts_ok = lemma_ok = lemma_ci_ok = 0
    tp = fp = fn = 0
    propn = Counter()  # names: the token-level feature the actor finder uses
    upos_confusion: Counter = Counter()
    lemma_errors: Counter = Counter()
    mood_errors: Counter = Counter()
    sentences = list(read_conllu(GSD_DIR / f"de_gsd-ud-{split}.conllu"))
    started = time.perf_counter()
    for sentence in sentences:
        words = [w.form for w in sentence]
        doc = Doc(nlp.vocab, words=words, sent_starts=[True] + [False] * (len(words) - 1))
        for step in steps:
            doc = step(doc)
        for gold, token in zip(sentence, doc):
            n += 1
            upos_ok += gold.upos == token.pos_
            stts_ok += same_stts(gold.xpos, token.tag_)
            lemma_ok += gold.lemma == token.lemma_
            lemma_ci_ok += gold.lemma.lower() == token.lemma_.lower()
            if gold.upos != token.pos_:
                upos_confusion[(gold.upos, token.pos_)] += 1
            if gold.lemma != token.lemma_:
                lemma_errors[(gold.form, gold.lemma, token.lemma_)] += 1
            propn["tp"] += gold.upos == "PROPN" and token.pos_ == "PROPN"
            propn["fp"] += gold.upos != "PROPN" and token.pos_ == "PROPN"
            propn["fn"] += gold.upos == "PROPN" and token.pos_ != "PROPN"
            gold_sub = gold.feats.get("VerbForm") == "Fin" and gold.feats.get("Mood") == "Sub"
            predicted_sub = "Sub" in token.morph.get("Mood")
            tp += gold_sub and predicted_sub
            fp += predicted_sub and not gold_sub
            fn += gold_sub and not predicted_sub
            if gold_sub != predicted_sub:
                context = " ".join(words[max(0, token.i - 4) : token.i + 3])
                mood_errors[("FN" if gold_sub else "FP", gold.form, context)] += 1
    seconds = time.perf_counter() - started
    report = {
        "split": split,
        "analysis": analysis_name(nlp),
        "words": n,
        "upos_accuracy": round(upos_ok / n, 4),
        "stts_accuracy": round(stts_ok / n, 4),
        "lemma_accuracy": round(lemma_ok / n, 4),
        "lemma_accuracy_ignoring_case": round(lemma_ci_ok / n, 4),
        "mood_sub_finite": prf(tp, fp, fn),
        "propn": prf(propn["tp"], propn["fp"], propn["fn"]),
        "words_per_second_analysis_only": round(n / seconds),
    }
    if errors:
        report["upos_confusions"] = [f"{g}->{p}: {c}" for (g, p), c in upos_confusion.most_common(errors)]
        report["lemma_errors"] = [f"{f} gold={g} got={p}: {c}" for (f, g, p), c in lemma_errors.most_common(errors)]
        report["mood_errors"] = [f"{k} {f!r} in '{ctx}'" for (k, f, ctx), _ in mood_errors.most_common(errors)]
    return report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--split", choices=("test", "dev"), default="test")
    parser.add_argument("--analysis", choices=("hanta", "lexicon"), default="hanta")
    parser.add_argument("--errors", type=int, default=0, help="also list the N most frequent errors of each kind")
    args = parser.parse_args()
    print(json.dumps(evaluate(args.split, args.analysis, args.errors), ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()

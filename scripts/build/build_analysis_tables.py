"""Learn the word-level exceptions of the analysis from UD German-GSD **dev** (never test).

Runs the tagger (HanTa) over dev on gold tokenisation and writes
models/analysis/gsd_dev_exceptions.json:
- "upos": "TAG|form" -> UPOS where, for that tagger tag and word, GSD's UPOS departs from the
  STTS->UPOS table (e.g. ADJD "wirklich" -> ADV, PIS "alles" -> DET), except towards PROPN;
- "lemma": closed-class form -> GSD lemma where it is not the form itself ("mir" -> "ich").

    python scripts/build/build_analysis_tables.py [path/to/de_gsd-ud-dev.conllu]
"""

from __future__ import annotations

import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

from conllu import GSD_DIR, read_conllu

from karabach_nlp.components.analysis import tagger
from karabach_nlp.components.analysis.conventions import CLOSED_CLASS

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "models" / "analysis" / "gsd_dev_exceptions.json"
MIN_COUNT = 2  # a word-level exception needs at least this many dev occurrences
MIN_SHARE = 0.6  # ... and this share of them


def majority(counter: Counter) -> tuple[str, int, float]:
    value, count = counter.most_common(1)[0]
    return value, count, count / sum(counter.values())


def main(dev: Path) -> None:
    default = json.loads((ROOT / "models" / "analysis" / "stts_upos.json").read_text(encoding="utf-8"))
    upos_seen: dict[str, Counter] = defaultdict(Counter)
    lemma_seen: dict[str, Counter] = defaultdict(Counter)
    for sentence in read_conllu(dev):
        predicted = tagger.tag_sentence([w.form for w in sentence])
        for w, (tag, _) in zip(sentence, predicted):
            if not tag.startswith("V"):  # verbs are decided in context (conventions.upos)
                upos_seen[f"{tag}|{w.form.lower()}"][w.upos] += 1
            if w.xpos in CLOSED_CLASS:
                lemma_seen[w.form.lower()][w.lemma] += 1
    upos = {}
    for key, counter in sorted(upos_seen.items()):
        value, count, share = majority(counter)
        # GSD tags weekdays, months, "Euro" as PROPN; the actor finder reads PROPN as "a name", so
        # exceptions towards PROPN are not learnt
        if value != default.get(key.split("|")[0]) and value != "PROPN" and count >= MIN_COUNT and share >= MIN_SHARE:
            upos[key] = value
    lemma = {}
    for form, counter in sorted(lemma_seen.items()):
        value, count, share = majority(counter)
        if value.lower() != form and share >= MIN_SHARE:
            lemma[form] = value
    OUT.write_text(
        json.dumps({"source": "UD German-GSD dev, CC BY-SA 4.0", "upos": upos, "lemma": lemma}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    print(f"{OUT}: {len(upos)} UPOS exceptions, {len(lemma)} closed-class lemmas")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else GSD_DIR / "de_gsd-ud-dev.conllu")

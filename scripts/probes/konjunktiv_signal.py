"""How often the Konjunktiv signal fires where attribution needs it, on the quotation dataset dev split.

For each gold quotation type (Direct, Indirect, FreeIndirect, ...): the share of quotes holding at
least one token with ``Mood=Sub``. And the noise: the share of sentences overlapping no gold
quote that hold one. Side by side for the lexicon-only analysis and HanTa + rules.
Reads ../shared/data/quotation-2024/dev (not shipped).

    python scripts/probes/konjunktiv_signal.py
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from karabach_nlp.pipeline import build

QUOTATION_DEV = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "quotation-2024" / "dev"


def quote_ranges(annotation: dict) -> list[tuple[int, int]]:
    return [(s["charBegin"], s["charEnd"]) for s in annotation["quote"]["spans"]]


def measure(analysis: str, files: list[Path]) -> dict:
    nlp = build("blank", analysis=analysis)
    with_sub: Counter = Counter()
    total: Counter = Counter()
    quiet_sentences = quiet_with_sub = 0
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        with nlp.select_pipes(enable=["sentencizer", "karabach_analysis"] + (["lemmatizer"] if "lemmatizer" in nlp.pipe_names else [])):
            doc = nlp(data["originalText"])
        sub_offsets = [t.idx for t in doc if "Sub" in t.morph.get("Mood")]
        quoted = []
        for annotation in data["annotations"]:
            ranges = quote_ranges(annotation)
            quoted.extend(ranges)
            total[annotation["type"]] += 1
            with_sub[annotation["type"]] += any(a <= o < b for a, b in ranges for o in sub_offsets)
        for sent in doc.sents:
            if any(a < sent.end_char and sent.start_char < b for a, b in quoted) or not sent.text.strip():
                continue
            quiet_sentences += 1
            quiet_with_sub += any(sent.start_char <= o < sent.end_char for o in sub_offsets)
    shares = {kind: f"{with_sub[kind] / total[kind]:.3f} ({with_sub[kind]}/{total[kind]})" for kind in sorted(total)}
    shares["sentences outside quotes (noise)"] = f"{quiet_with_sub / quiet_sentences:.3f} ({quiet_with_sub}/{quiet_sentences})"
    return shares


def main() -> None:
    files = sorted(QUOTATION_DEV.glob("*.json"))
    results = {analysis: measure(analysis, files) for analysis in ("lexicon", "hanta")}
    print(f"{'quotes holding a Mood=Sub token':40s} {'lexicon':>20s} {'hanta':>20s}")
    for key in results["hanta"]:
        print(f"{key:40s} {results['lexicon'][key]:>20s} {results['hanta'][key]:>20s}")


if __name__ == "__main__":
    main()

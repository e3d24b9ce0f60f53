"""Source agreement on a casualty gold set that annotates `source_span` (not scored by `eval`).

    python scripts/probes/casualty_sources.py data/gold/quotation-casualties-blind [TEXTS_DIR]

For every gold mention that a prediction matches (count text overlap), the source is right when
both are null (the article's own voice) or the gold and predicted speaker spans overlap. Prints
each disagreement and the share right. Reads the article texts from the quotation dataset, or
from TEXTS_DIR (e.g. `fetched/outlets` for `data/gold/outlets`).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from karabach_nlp.goldsets import materialise
from karabach_nlp.pipeline import load

ROOT = Path(__file__).resolve().parents[2]
TEXTS = ROOT.parent / "shared" / "data" / "quotation-2024"


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    return a_start < b_end and b_start < a_end


def main(gold_dir: str, texts: Path = TEXTS) -> None:
    nlp = load("blank")
    right = total = 0
    for path in sorted(Path(gold_dir).glob("*.gold.json")):
        full, text, _ = materialise(json.loads(path.read_text(encoding="utf-8")), texts, path)
        pred = nlp(text)._.casualties
        for g in full["casualties"]:
            if "source_span" not in g:
                continue
            ct = g["count_text"]
            p = next((m for m in pred if _overlap(ct["start"], ct["end"], m.count_text.start, m.count_text.end)), None)
            if p is None:
                continue
            gs, ps = g["source_span"], p.source_span
            ok = (gs is None and ps is None) or bool(gs and ps and _overlap(gs["start"], gs["end"], ps.start, ps.end))
            total += 1
            right += ok
            if not ok:
                print(f"{path.name}: {ct['text']!r} gold {gs and gs['text']!r}, predicted {ps and ps.text!r}")
    print(f"source right: {right}/{total}" + (f" = {right / total:.3f}" if total else ""))


if __name__ == "__main__":
    if len(sys.argv) not in (2, 3):
        sys.exit("usage: casualty_sources.py GOLD_DIR [TEXTS_DIR]")
    main(sys.argv[1], Path(sys.argv[2]) if len(sys.argv) == 3 else TEXTS)

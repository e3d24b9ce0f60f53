"""The seed evaluation (../shared/eval/seed) with each analysis, side by side: P / R / F1.

    python scripts/seed_eval_by_analysis.py [GOLD_DIR]
"""

from __future__ import annotations

import sys
from pathlib import Path

from karabach_nlp.evaluate import evaluate_dir
from karabach_nlp.pipeline import build

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "eval" / "seed"
ANALYSES = ("lexicon", "hanta")


def fmt(value) -> str:
    return "–" if value is None else f"{value:.3f}"


def main(gold_dir: Path) -> None:
    reports = {a: evaluate_dir(gold_dir, build("blank", analysis=a)).to_dict() for a in ANALYSES}
    print(f"{'section':14s} " + " ".join(f"{a + ' P/R/F1':>24s}" for a in ANALYSES))
    for section in ("casualties", "attributions", "actors"):
        cells = [" / ".join(fmt(reports[a][section][m]) for m in ("precision", "recall", "f1")) for a in ANALYSES]
        print(f"{section:14s} " + " ".join(f"{c:>24s}" for c in cells))


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else SEED)

"""Every evaluation that the analysis can move, once per analysis, side by side.

    python scripts/probes/eval_by_analysis.py

Seed gold (P/R/F1 per section), the casualty development gold sets, and the quotation dataset
`dev` split (dataset metric: Messages, Roles, Form and Messages F1 per type), for the blank
pipeline with the word-list analysis ('lexicon') and with HanTa ('hanta').
"""

from __future__ import annotations

from pathlib import Path

from karabach_nlp import quotation_dataset as qd
from karabach_nlp.evaluate import evaluate_dir
from karabach_nlp.pipeline import build

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SEED = SHARED / "eval" / "seed"
QUOTATION = SHARED / "data" / "quotation-2024"
CASUALTY_GOLD = [ROOT / "data" / "gold" / n for n in ("quotation-casualties", "quotation-casualties-heldout", "quotation-casualties-blind", "quotation-casualties-blind2")]
ANALYSES = ("lexicon", "hanta")


def fmt(value) -> str:
    return "–" if value is None else f"{value:.3f}"


def row(label: str, cells: list[str]) -> None:
    print(f"{label:38s} " + " ".join(f"{c:>24s}" for c in cells))


def main() -> None:
    pipelines = {a: build("blank", analysis=a) for a in ANALYSES}
    row("", [f"{a} P / R / F1" for a in ANALYSES])
    seed = {a: evaluate_dir(SEED, nlp).to_dict() for a, nlp in pipelines.items()}
    for section in ("casualties", "attributions", "actors"):
        row(f"seed {section}", [" / ".join(fmt(seed[a][section][m]) for m in ("precision", "recall", "f1")) for a in ANALYSES])
    for gold in CASUALTY_GOLD:
        rep = {a: evaluate_dir(gold, nlp, texts=QUOTATION).to_dict() for a, nlp in pipelines.items()}
        row(f"{gold.name} casualties", [" / ".join(fmt(rep[a]["casualties"][m]) for m in ("precision", "recall", "f1")) for a in ANALYSES])
    dev = {a: qd.score_split(QUOTATION / "dev", nlp).to_dict() for a, nlp in pipelines.items()}
    for key in ("messages", "roles", "form"):
        row(f"quotation dev {key}", [" / ".join(fmt(dev[a][key][m]) for m in ("precision", "recall", "f1")) for a in ANALYSES])
    for kind in dev[ANALYSES[0]]["per_type"]:
        row(f"quotation dev messages F1 {kind}", [fmt(dev[a]["per_type"][kind]["messages"]["f1"]) for a in ANALYSES])


if __name__ == "__main__":
    main()

"""Scoring predictions against gold files written to the spec (``shared/eval/README.md``).

Casualties match on overlapping ``count_text``; attributions when their contents overlap by at
least half of the shorter one; actors when a predicted actor of the same type overlaps a gold
mention. Pairs are one-to-one, chosen greedily by largest overlap. A gold casualty or attribution
with ``"required": false`` is not counted, and a prediction on it neither. Actor names are compared
case-insensitively and without a leading article ("Die Behörden …" = "die Behörden …").
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Optional

from spacy.language import Language

from .api import extract
from .errors import GoldFormatError
from .records import ArticleClaims, Span
from .goldsets import materialise
from .textio import Article, checksum, files_in, read_article

CASUALTY_FIELDS = ("count", "outcome", "category", "victims", "source_actor", "cumulative")
_ARTICLE = re.compile(r"^(der|die|das|den|dem|des)\s+", re.IGNORECASE)


def norm_name(name: Optional[str]) -> Optional[str]:
    return None if name is None else _ARTICLE.sub("", " ".join(name.split())).casefold()


def _overlap(a: dict, b: dict) -> int:
    return max(0, min(a["end"], b["end"]) - max(a["start"], b["start"]))


def pair(gold: list, pred: list, score: Callable[[Any, Any], float]) -> list[tuple[int, int]]:
    """One-to-one pairs (gold index, predicted index) with a positive score, best first."""
    candidates = sorted(
        ((score(g, p), gi, pi) for gi, g in enumerate(gold) for pi, p in enumerate(pred)),
        key=lambda t: -t[0],
    )
    used_g, used_p, pairs = set(), set(), []
    for s, gi, pi in candidates:
        if s > 0 and gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


@dataclass
class Tally:
    """Counts summed over documents; rates are computed at the end (micro-average)."""

    tp: int = 0
    gold: int = 0
    pred: int = 0
    # predictions that count as right, where that differs from the matched pairs (actors: any overlap)
    pred_right: Optional[int] = None
    fields: dict[str, list[int]] = field(default_factory=dict)  # name -> [right, scored]

    def field(self, name: str, right: bool) -> None:
        r = self.fields.setdefault(name, [0, 0])
        r[0] += int(right)
        r[1] += 1

    def prf(self) -> dict[str, Optional[float]]:
        right = self.tp if self.pred_right is None else self.pred_right
        p = right / self.pred if self.pred else None
        r = self.tp / self.gold if self.gold else None
        f = 2 * p * r / (p + r) if p and r else (0.0 if p is not None and r is not None else None)
        return {"precision": p, "recall": r, "f1": f, "gold": self.gold, "predicted": self.pred, "matched": self.tp}

    def summary(self) -> dict[str, Any]:
        out = self.prf()
        out["fields"] = {k: (v[0] / v[1] if v[1] else None) for k, v in self.fields.items()}
        return out


def _dump(claims: ArticleClaims) -> dict:
    return claims.model_dump(mode="json")


def score_casualties(gold: list[dict], pred: list[dict], t: Tally) -> list[dict]:
    required = [g for g in gold if g.get("required", True)]
    optional = [g for g in gold if not g.get("required", True)]
    # a prediction on an optional gold mention is neither rewarded nor punished
    pred = [p for p in pred if not any(_overlap(p["count_text"], o["count_text"]) for o in optional)]
    pairs = pair(required, pred, lambda g, p: _overlap(g["count_text"], p["count_text"]))
    t.gold += len(required)
    t.pred += len(pred)
    t.tp += len(pairs)
    errors = []
    for gi, pi in pairs:
        g, p = required[gi], pred[pi]
        all_right = True
        for name in CASUALTY_FIELDS:
            if name not in g:
                continue
            if name == "source_actor":
                right = norm_name(g[name]) == norm_name(p.get(name))
            else:
                right = g[name] == p.get(name)
            t.field(name, right)
            if not right:
                all_right = False
                errors.append({"gold": g["count_text"]["text"], "field": name, "gold_value": g[name], "predicted": p.get(name)})
        t.field("all", all_right)
    matched_p = {pi for _, pi in pairs}
    matched_g = {gi for gi, _ in pairs}
    errors += [{"missed": required[i]["count_text"]["text"]} for i in range(len(required)) if i not in matched_g]
    errors += [{"spurious": pred[i]["count_text"]["text"]} for i in range(len(pred)) if i not in matched_p]
    return errors


def _content_score(g: dict, p: dict) -> float:
    ov = _overlap(g["content"], p["content"])
    shorter = min(g["content"]["end"] - g["content"]["start"], p["content"]["end"] - p["content"]["start"])
    return ov if shorter and ov * 2 >= shorter else 0


def _cue_key(cues: Iterable[dict]) -> set[tuple[int, int]]:
    return {(c["start"], c["end"]) for c in cues or []}


def _without_optional(gold: list[dict], pred: list[dict]) -> tuple[list[dict], list[dict]]:
    """Required gold, and the predictions left once those that pair with no required gold
    attribution but match an optional one are set aside (neither rewarded nor punished)."""
    optional = [g for g in gold if not g.get("required", True)]
    required = [g for g in gold if g.get("required", True)]
    taken = {pi for _, pi in pair(required, pred, _content_score)}
    kept = [p for i, p in enumerate(pred) if i in taken or not any(_content_score(o, p) for o in optional)]
    return required, kept


def score_attributions(gold: list[dict], pred: list[dict], t: Tally) -> list[dict]:
    gold, pred = _without_optional(gold, pred)
    pairs = pair(gold, pred, _content_score)
    t.gold += len(gold)
    t.pred += len(pred)
    t.tp += len(pairs)
    errors = []
    for gi, pi in pairs:
        g, p = gold[gi], pred[pi]
        kind_ok = g["kind"] == p["kind"]
        if g.get("speaker_actor"):
            speaker_ok = norm_name(g["speaker_actor"]) == norm_name(p.get("speaker_actor"))
        elif g.get("speaker"):
            speaker_ok = bool(p.get("speaker")) and _overlap(g["speaker"], p["speaker"]) > 0
        else:
            speaker_ok = not p.get("speaker_actor")
        cue_ok = _cue_key(g.get("cue")) == _cue_key(p.get("cue"))
        t.field("kind", kind_ok)
        t.field("speaker", speaker_ok)
        t.field("cue", cue_ok)
        t.field("all", kind_ok and speaker_ok and cue_ok)
        for name, ok in (("kind", kind_ok), ("speaker", speaker_ok), ("cue", cue_ok)):
            if not ok:
                errors.append({"gold": g["content"]["text"][:60], "field": name})
    matched_g = {gi for gi, _ in pairs}
    matched_p = {pi for _, pi in pairs}
    errors += [{"missed": gold[i]["content"]["text"][:60]} for i in range(len(gold)) if i not in matched_g]
    errors += [{"spurious": pred[i]["content"]["text"][:60]} for i in range(len(pred)) if i not in matched_p]
    return errors


def score_actors(gold: list[dict], pred: list[dict], t: Tally) -> list[dict]:
    def hits(g: dict, p: dict) -> int:
        return sum(1 for gm in g["mentions"] for pm in p["mentions"] if _overlap(gm, pm))

    required = [g for g in gold if g.get("required", True)]
    errors = []
    t.gold += len(required)
    t.pred += len(pred)
    right_pred = sum(1 for p in pred if any(hits(g, p) for g in gold))
    # spec: an actor prediction is right when it overlaps any gold actor, required or not
    t.pred_right = (t.pred_right or 0) + right_pred
    errors += [{"spurious": p["name"], "type": p["type"]} for p in pred if not any(hits(g, p) for g in gold)]
    for g in required:
        overlapping = [p for p in pred if hits(g, p)]
        same_type = [p for p in overlapping if p["type"] == g["type"]]
        if overlapping:
            # type accuracy: of the required gold actors that some prediction overlaps, the share typed right
            t.field("type", bool(same_type))
        if not same_type:
            if overlapping:
                errors.append({"mistyped": g["name"], "type": g["type"], "predicted": sorted({p["type"] for p in overlapping})})
            else:
                errors.append({"missed": g["name"], "type": g["type"]})
            for _ in g["mentions"]:
                t.field("clustering", False)
            continue
        t.tp += 1
        best = max(same_type, key=lambda p: hits(g, p))
        for gm in g["mentions"]:
            ok = any(_overlap(gm, pm) for pm in best["mentions"])
            t.field("clustering", ok)
            if not ok:
                errors.append({"actor": g["name"], "unclustered_mention": gm["text"], "at": gm["start"]})
    return errors


@dataclass
class Report:
    documents: list[str] = field(default_factory=list)
    casualties: Tally = field(default_factory=Tally)
    attributions: Tally = field(default_factory=Tally)
    actors: Tally = field(default_factory=Tally)
    errors: dict[str, dict[str, list]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "casualties": self.casualties.summary(),
            "attributions": self.attributions.summary(),
            "actors": self.actors.summary(),
            "errors": self.errors,
        }


def gold_files(gold_dir: str | Path) -> list[Path]:
    return files_in(gold_dir, "*.gold.json", "gold files")


def load_gold(path: Path) -> tuple[dict, Path]:
    try:
        gold = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise GoldFormatError(f"{path}: not readable JSON ({err})") from None
    text_file = path.parent / gold.get("text_file", path.name.replace(".gold.json", ".txt"))
    return gold, text_file


def evaluate_dir(
    gold_dir: str | Path,
    nlp: Optional[Language] = None,
    predict: Optional[Callable[[str, str], ArticleClaims]] = None,
    texts: Optional[str | Path] = None,
) -> Report:
    """Score every ``*.gold.json`` in ``gold_dir`` against fresh predictions.

    ``texts``: the dataset folder for gold files that name a document instead of a ``.txt``
    beside them (offsets-only gold over third-party text, see :mod:`karabach_nlp.goldsets`).
    """
    predict = predict or (lambda text, path: extract(text, nlp, path=path))
    report = Report()
    for path in gold_files(gold_dir):
        gold, text_file = load_gold(path)
        if "document" in gold:
            gold, text, source = materialise(gold, Path(texts) if texts else None, path)
            article = Article(text=text, path=source, sha256=checksum(text))
        else:
            article = read_article(text_file)
        for section in ("casualties", "attributions", "actors"):
            for item in gold.get(section) or []:
                for span in _spans_of(item):
                    if article.text[span["start"] : span["end"]] != span["text"]:
                        raise GoldFormatError(f"{path}: span {span} does not match the text")
        pred = _dump(predict(article.text, article.path))
        name = path.name.removesuffix(".gold.json")
        report.documents.append(name)
        errs: dict[str, list] = {}
        if gold.get("casualties") is not None:
            errs["casualties"] = score_casualties(gold["casualties"], pred["casualties"], report.casualties)
        if gold.get("attributions") is not None:
            errs["attributions"] = score_attributions(gold["attributions"], pred["attributions"], report.attributions)
        if gold.get("actors") is not None:
            errs["actors"] = score_actors(gold["actors"], pred["actors"], report.actors)
        report.errors[name] = errs
    return report


def _spans_of(item: dict) -> Iterable[dict]:
    for value in item.values():
        if isinstance(value, dict) and {"start", "end", "text"} <= value.keys():
            yield value
        elif isinstance(value, list):
            yield from (v for v in value if isinstance(v, dict) and {"start", "end", "text"} <= v.keys())


__all__ = ["Report", "evaluate_dir", "norm_name", "pair", "Span"]

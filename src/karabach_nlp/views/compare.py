"""Cross-source comparison: every casualty figure of a batch output, grouped by what it counts
(outcome, victim category, cumulative or not) and by who states it, with figures that disagree
between different sources flagged side by side.

Two figures conflict when they count the same thing (same outcome, category and cumulative
flag), come from different sources, and their ranges cannot both hold (disjoint intervals:
"874" and "mehr als 900" conflict; "mehr als 30" and "63" do not). Totals ("bislang 874
Soldaten") are compared across articles; single figures ("in der Nacht 12 Verletzte") only
within one article, since two articles' single figures are mostly about different incidents.
Whether both speak of the same event the tool cannot know: a flag says "look here", not "one
of them is wrong".
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from itertools import combinations
from pathlib import Path
from typing import Any, Iterable, Iterator, Optional

from ..errors import KarabachError
from ..json_article import iter_json_objects
from ..records import ArticleClaims, CasualtyMention
from .describe import OWN_VOICE, count_range

COLUMNS = (
    "outcome", "category", "cumulative", "source", "source_phrase", "source_actor_id", "article",
    "count", "count_low", "count_high", "approximate", "vague", "count_text", "victims",
    "start", "end", "conflict", "conflicts_with",
)


class CompareInputError(KarabachError):
    exit_code = 16


@dataclass
class FigureRow:
    """One casualty figure of one article, as a row of the comparison."""

    outcome: str
    category: str
    cumulative: bool
    source: str  # the actor's canonical name, else the source phrase, else the article's own voice
    source_phrase: Optional[str]
    source_actor_id: Optional[str]
    article: str
    count: str
    count_low: Optional[int]
    count_high: Optional[int]
    approximate: bool
    vague: bool
    count_text: str
    victims: Optional[str]
    start: int
    end: int
    conflict: bool = False
    conflicts_with: list[str] = field(default_factory=list)
    fields: dict[str, Any] = field(default_factory=dict)  # the batch's --keep-field values

    @property
    def group(self) -> tuple[str, str, bool]:
        return (self.outcome, self.category, self.cumulative)

    @property
    def source_key(self) -> str:
        # the article's own voice is a different source in every article
        return f"{OWN_VOICE} {self.article}" if self.source == OWN_VOICE else self.source.casefold()

    def label(self) -> str:
        return f"{self.source}: {self.count} ({self.article})"

    def flat(self) -> dict[str, Any]:
        """The row as one flat record: COLUMNS, then each kept field as a column of its own."""
        row = {k: v for k, v in asdict(self).items() if k != "fields"}
        for name, value in self.fields.items():
            row[f"field_{name}" if name in row else name] = value
        return row


def _row(article: str, c: CasualtyMention, fields: dict[str, Any]) -> FigureRow:
    return FigureRow(
        outcome=c.outcome.value, category=c.category.value, cumulative=c.cumulative,
        source=c.source_actor or c.source or OWN_VOICE, source_phrase=c.source,
        source_actor_id=c.source_actor_id, article=article, count=count_range(c.count),
        count_low=c.count.low, count_high=c.count.high, approximate=c.count.approximate,
        vague=c.count.vague, count_text=c.count_text.text, victims=c.victims,
        start=c.count_text.start, end=c.count_text.end, fields=dict(fields),
    )


def read_claims(paths: Iterable[str | Path], skipped: list[str]) -> Iterator[tuple[str, ArticleClaims, dict]]:
    """(article key, claims, kept fields) of every article line of batch outputs (or extract
    JSON files); failed inputs' lines go to ``skipped``."""
    for path in paths:
        for n, obj in enumerate(iter_json_objects(path), start=1):
            if isinstance(obj, dict) and "error" in obj:
                skipped.append(f"{obj.get('path')}: {obj['error']}")
                continue
            if not (isinstance(obj, dict) and "meta" in obj and "casualties" in obj):
                raise CompareInputError(f"{path}: object {n} is not a claims record (batch or extract output)")
            fields = {k: obj[k] for k in ("meta", "actors", "casualties", "attributions") if k in obj}
            try:
                claims = ArticleClaims.model_validate(fields)
            except ValueError as err:
                raise CompareInputError(f"{path}: object {n} is not a valid claims record ({err})") from None
            yield obj.get("path") or claims.meta.path or f"{path}:{n}", claims, obj.get("fields") or {}


def _disjoint(a: FigureRow, b: FigureRow) -> bool:
    return (a.count_high is not None and b.count_low is not None and a.count_high < b.count_low) or (
        b.count_high is not None and a.count_low is not None and b.count_high < a.count_low
    )


def flag_conflicts(rows: list[FigureRow]) -> None:
    groups: dict[tuple, list[FigureRow]] = {}
    for row in rows:
        groups.setdefault(row.group, []).append(row)
    for members in groups.values():
        for a, b in combinations(members, 2):
            comparable = a.cumulative or a.article == b.article  # same group: same cumulative flag
            if comparable and a.source_key != b.source_key and _disjoint(a, b):
                a.conflict = b.conflict = True
                a.conflicts_with.append(b.label())
                b.conflicts_with.append(a.label())


def compare(paths: Iterable[str | Path], skipped: Optional[list[str]] = None) -> list[FigureRow]:
    """Every casualty figure of the claims files, sorted by group, source and article, with
    conflicts flagged."""
    skipped = [] if skipped is None else skipped
    rows = [_row(key, c, fields) for key, claims, fields in read_claims(paths, skipped) for c in claims.casualties]
    flag_conflicts(rows)
    rows.sort(key=lambda r: (r.outcome, r.category, not r.cumulative, r.source.casefold(), r.article, r.start))
    return rows


def conflict_count(rows: list[FigureRow]) -> int:
    return sum(r.conflict for r in rows)


def to_jsonl(rows: list[FigureRow]) -> str:
    return "".join(json.dumps(r.flat(), ensure_ascii=False) + "\n" for r in rows)

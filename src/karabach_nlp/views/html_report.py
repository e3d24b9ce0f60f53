"""One article as a self-contained HTML page: the text with the claims highlighted, then tables
of the casualty figures and of who said what. No network at view time: CSS and JS are inline.

``render_report(claims, text)`` is what ``karabach-nlp report`` writes.
"""

from __future__ import annotations

from typing import Any, Optional

from .. import __version__
from ..errors import KarabachError
from ..records import ArticleClaims
from .describe import attribution_summary, casualty_summary, count_range, source_of, speaker_of
from .highlight import check_offsets, marks_of, segments
from .templating import render

# colour legend: layer -> (CSS class, what it marks)
LEGEND = (
    ("casualty casualty-dead", "casualty figure: dead"),
    ("casualty casualty-injured", "casualty figure: injured"),
    ("casualty casualty-missing", "casualty figure: missing"),
    ("casualty casualty-captured", "casualty figure: captured"),
    ("content", "attribution: what is said"),
    ("cue", "attribution: cue word"),
    ("speaker", "attribution: speaker"),
    ("actor", "actor mention"),
)


class TextMismatch(KarabachError):
    """The claims do not belong to this text (their spans do not match it)."""

    exit_code = 14


def _records(claims: ArticleClaims) -> dict[str, dict[str, Any]]:
    """Each record by the id its highlights carry, with a one-line summary for hover titles."""
    found: dict[str, dict[str, Any]] = {}
    for actor in claims.actors:
        data = actor.model_dump(mode="json", exclude={"mentions"})
        found[f"actor-{actor.id}"] = {"summary": f"actor {actor.name} ({actor.type.value})", "record": data}
    for i, a in enumerate(claims.attributions):
        found[f"attribution-{i}"] = {"summary": attribution_summary(a), "record": a.model_dump(mode="json")}
    for i, c in enumerate(claims.casualties):
        found[f"casualty-{i}"] = {"summary": casualty_summary(c), "record": c.model_dump(mode="json")}
    return found


def _figure_rows(claims: ArticleClaims) -> list[dict[str, Any]]:
    return [
        {"id": f"casualty-{i}", "text": c.count_text.text, "count": count_range(c.count), "outcome": c.outcome.value,
         "victims": c.victims or "", "category": c.category.value, "source": source_of(c),
         "cumulative": "yes" if c.cumulative else "no"}
        for i, c in enumerate(claims.casualties)
    ]


def _said_rows(claims: ArticleClaims) -> list[dict[str, Any]]:
    return [
        {"id": f"attribution-{i}", "speaker": speaker_of(a), "kind": a.kind.value,
         "cue": " … ".join(s.text for s in a.cue), "content": a.content.text}
        for i, a in enumerate(claims.attributions)
    ]


def render_report(claims: ArticleClaims, text: str, title: Optional[str] = None) -> str:
    """The HTML page of one article. ``text`` must be the text the claims were extracted from."""
    wrong = check_offsets(text, claims)
    if wrong:
        raise TextMismatch(
            f"the claims do not match this text: {len(wrong)} spans differ "
            f"(first at {wrong[0].start}: expected {wrong[0].text!r})"
        )
    records = _records(claims)
    pieces = segments(text, list(marks_of(claims)))
    titles = {rid: r["summary"] for rid, r in records.items()}
    return render(
        "report.html.j2",
        title=title or claims.meta.path or "article",
        version=__version__,
        meta=claims.meta,
        segments=[(s, " | ".join(titles[r] for r in s.records.split())) for s in pieces],
        legend=LEGEND,
        figures=_figure_rows(claims),
        said=_said_rows(claims),
        actors=claims.actors,
        records=records,
    )

"""The article text cut into segments, each knowing which highlighted spans cover it.

Spans overlap (a casualty figure inside an attribution's content, an actor inside a speaker
phrase), so instead of nesting tags the text is cut at every span boundary and each piece lists
its layers; CSS then draws every layer of a piece at once (background, underline, outline).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterator

from ..records import ArticleClaims, Span


@dataclass(frozen=True)
class Mark:
    """One highlighted span: ``kind`` is the CSS layer, ``record`` the id of its record."""

    start: int
    end: int
    kind: str  # casualty | content | cue | speaker | actor
    label: str  # outcome for a casualty, actor type for an actor mention
    record: str


@dataclass
class Segment:
    text: str
    start: int
    marks: list[Mark] = field(default_factory=list)

    @property
    def classes(self) -> str:
        names = []
        for m in self.marks:
            names += [m.kind, f"{m.kind}-{m.label}"] if m.label else [m.kind]
        return " ".join(dict.fromkeys(names))

    @property
    def records(self) -> str:
        return " ".join(dict.fromkeys(m.record for m in self.marks))


def marks_of(claims: ArticleClaims) -> Iterator[Mark]:
    """Every span to highlight; record ids match those of ``components.spans``."""
    for actor in claims.actors:
        for m in actor.mentions:
            yield Mark(m.start, m.end, "actor", actor.type.value, f"actor-{actor.id}")
    for i, a in enumerate(claims.attributions):
        rid = f"attribution-{i}"
        yield Mark(a.content.start, a.content.end, "content", "", rid)
        for cue in a.cue:
            yield Mark(cue.start, cue.end, "cue", "", rid)
        if a.speaker:
            yield Mark(a.speaker.start, a.speaker.end, "speaker", "", rid)
    for i, c in enumerate(claims.casualties):
        yield Mark(c.count_text.start, c.count_text.end, "casualty", c.outcome.value, f"casualty-{i}")


def segments(text: str, marks: list[Mark]) -> list[Segment]:
    """``text`` cut at every mark boundary; unmarked stretches are segments with no marks."""
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    pieces = []
    for start, end in zip(cuts, cuts[1:]):
        covering = [m for m in marks if m.start <= start and end <= m.end and m.start < m.end]
        pieces.append(Segment(text[start:end], start, covering))
    return pieces


def check_offsets(text: str, claims: ArticleClaims) -> list[Span]:
    """The spans of ``claims`` that do not match ``text`` (wrong text for these claims)."""
    return [s for s in claims.spans() if text[s.start : s.end] != s.text]

"""One actor mention as the rules build it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass
class Mention:
    start: int  # token index
    end: int
    type: str
    key: Optional[str] = None  # canonical name when the mention names its actor
    kind: str = "name"  # name | title | phrase | surname | pronoun
    gender: Optional[str] = None  # m | f | None (unknown)
    surname: Optional[str] = None
    given: Optional[str] = None
    titles: tuple[str, ...] = ()
    state: Optional[str] = None  # the state a title belongs to ("Russlands Präsident")
    head: Optional[str] = None  # head noun of an unnamed phrase ("Behörden")
    plural: bool = False
    acting: bool = False  # subject of a speech verb or after "laut"/"so": a speaker
    extra: dict = field(default_factory=dict)

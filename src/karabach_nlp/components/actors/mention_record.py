"""One actor mention as the finder's rules build it, and the state those rules share over one doc."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from spacy.tokens import Doc

from .lexicon import Lexicon


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


@dataclass
class DocState:
    """What the finder's steps share while reading one doc."""

    doc: Doc
    by_label: dict[str, list]  # ruler spans by label
    starts: list[bool]  # clause starts
    quoted: list[bool]
    mentions: list[Mention] = field(default_factory=list)
    taken: set[int] = field(default_factory=set)  # tokens an earlier step claimed
    demonyms: dict[int, str] = field(default_factory=dict)

    def unpack(self, lex: Lexicon):
        return self.doc, self.mentions, self.taken, self.starts, self.quoted, self.by_label, lex


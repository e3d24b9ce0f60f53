"""Typed records for the claims of one article, mirroring ``shared/spec/claims.md``.

Every span is a half-open ``[start, end)`` range of code points into the text as read
(BOM removed, nothing else changed), and carries its ``text`` so that a reader can check
``article[start:end] == span.text`` without the pipeline.
"""

from __future__ import annotations

from enum import Enum
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field, model_validator


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=False)


class Span(Record):
    start: int = Field(ge=0, description="Offset of the first code point.")
    end: int = Field(ge=0, description="Offset one past the last code point.")
    text: str

    @model_validator(mode="after")
    def _check(self) -> "Span":
        if self.end < self.start:
            raise ValueError(f"span end {self.end} lies before its start {self.start}")
        if len(self.text) != self.end - self.start:
            raise ValueError("span text length does not match its offsets")
        return self

    @classmethod
    def of(cls, text: str, start: int, end: int) -> "Span":
        """The span ``text[start:end]``."""
        return cls(start=start, end=end, text=text[start:end])

    def overlaps(self, other: "Span") -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: "Span") -> bool:
        return self.start <= other.start and other.end <= self.end


class Count(Record):
    """A number of people as a closed or open interval (null = open)."""

    low: Optional[int] = Field(default=None, ge=0)
    high: Optional[int] = Field(default=None, ge=0)
    approximate: bool = False
    vague: bool = False

    @model_validator(mode="after")
    def _check(self) -> "Count":
        if self.low is None and self.high is None:
            raise ValueError("a count needs at least one bound")
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"count low {self.low} exceeds high {self.high}")
        return self


class Outcome(str, Enum):
    dead = "dead"
    injured = "injured"
    missing = "missing"
    captured = "captured"


class Category(str, Enum):
    military = "military"
    police = "police"
    civilian = "civilian"
    unspecified = "unspecified"


class SourceEvidence(str, Enum):
    inside_content = "inside_content"
    according_to = "according_to"
    continued = "continued"
    anaphoric = "anaphoric"
    next_sentence = "next_sentence"
    whole = "whole"
    stance = "stance"
    own_voice = "own_voice"


class CasualtyMention(Record):
    count_text: Span = Field(description="The quantity words as written, qualifier included.")
    count: Count
    outcome: Outcome
    outcome_span: Optional[Span] = Field(
        default=None, description="The word that says dead/injured/…; null when only context says it."
    )
    victims: Optional[str] = Field(default=None, description="The victim noun as written.")
    victims_span: Optional[Span] = None
    category: Category = Category.unspecified
    source: Optional[str] = Field(
        default=None, description="Speaker phrase the figure is attributed to; null in the article's own voice."
    )
    source_span: Optional[Span] = None
    source_actor: Optional[str] = Field(default=None, description="Canonical name of the source's actor.")
    source_actor_id: Optional[str] = None
    source_actor_ids: list[str] = Field(
        default_factory=list, description="Every actor the source phrase names (several for 'Polizei und Feuerwehr')."
    )
    source_evidence: Optional[SourceEvidence] = Field(
        default=None,
        description="How the source was tied to the figure: inside_content (the figure stands in the content "
        "of a frame with a speaker), according_to (inside an according-to frame: 'laut X', 'nach Angaben X'), "
        "continued (free indirect speech or a frameless quote: the last naming of that speaker), anaphoric "
        "('demnach', 'den Angaben zufolge': the last named source), next_sentence (a figure in the first "
        "sentence sourced by the sentence after it), whole (a part takes its whole's source), stance (the object "
        "of a body's verb of fearing or expecting: 'Die Behörden befürchten sechs Tote'), own_voice "
        "(no attribution holds it).",
    )
    cumulative: bool = False


class AttributionKind(str, Enum):
    direct = "direct"
    indirect = "indirect"
    free_indirect = "free_indirect"
    reported = "reported"
    according_to = "according_to"


class Attribution(Record):
    kind: AttributionKind
    speaker: Optional[Span] = Field(
        default=None, description="The speaker phrase in this sentence; null when the text gives none there."
    )
    speaker_actor: Optional[str] = Field(default=None, description="Canonical name of the speaker's actor.")
    speaker_actor_id: Optional[str] = None
    speaker_actor_ids: list[str] = Field(
        default_factory=list,
        description="Every actor the speaker phrase names: one, or several for a coordination "
        "('die Polizei und die Feuerwehr'), where speaker_actor and speaker_actor_id stay null.",
    )
    cue: list[Span] = Field(default_factory=list, description="Cue words; a separable verb has two parts.")
    content: Span
    evidence: Optional[str] = Field(
        default=None,
        description="The name of the rule that found it (the attributions component's rule list, "
        "docs/rules.md), e.g. 'reporting.frame_after', 'according_to.laut', 'free_indirect'.",
    )

    @model_validator(mode="after")
    def _one_speaker_is_a_list_of_one(self) -> "Attribution":
        # records written before speaker_actor_ids existed (gold files, old output) stay consistent
        if self.speaker_actor_id and not self.speaker_actor_ids:
            self.speaker_actor_ids = [self.speaker_actor_id]
        return self


class ActorType(str, Enum):
    person = "person"
    state = "state"
    organization = "organization"
    authority = "authority"
    armed_group = "armed_group"
    region = "region"
    media = "media"


class Actor(Record):
    id: str
    name: str = Field(description="Canonical name: nominative base form, no article, no case ending "
                      "('Innenministerium' for 'des Innenministeriums'). A named body: the fullest name the article "
                      "writes ('Frankfurter Allgemeine Zeitung', 'FAZ' only where only that is written; the long form "
                      "of an acronym defined in '(…)'), a gazetteer's listed name where the article writes it "
                      "('OSZE', 'BaFin'). Group actors across articles by `key`, not by name.")
    type: ActorType
    mentions: list[Span] = Field(default_factory=list)
    role: Optional[str] = Field(default=None, description="Title or function the text gives a named person "
                                "('Sekretär des Weltkongresses der Uiguren'), in the nominative.")
    speaks_for: Optional[str] = Field(default=None, description="Id of the actor this spokesperson or office "
                                      "speaks for ('ein Sprecher der UN' -> the UN's id).")
    key: Optional[str] = Field(default=None, description="Stable key across articles: 'wikidata:<QID>' for a "
                               "gazetteer actor with a known Wikidata item, else '<type>:<canonical name>'.")
    wikidata: Optional[str] = Field(default=None, description="Wikidata QID of a gazetteer actor, from "
                                    "models/gazetteers/wikidata.json.")


class Meta(Record):
    version: str
    pipeline: str = Field(description="Which language pipeline ran: 'de_core_news_md' or 'blank'.")
    components: list[str] = Field(default_factory=list)
    analysis: Optional[str] = Field(default=None, description="Which morphological analysis ran.")
    path: Optional[str] = None
    sha256: Optional[str] = Field(default=None, description="Checksum of the text as read.")
    chars: int = 0


class ArticleClaims(Record):
    meta: Meta
    actors: list[Actor] = Field(default_factory=list)
    casualties: list[CasualtyMention] = Field(default_factory=list)
    attributions: list[Attribution] = Field(default_factory=list)

    def spans(self):
        """Every span in the record, for offset checks."""
        for actor in self.actors:
            yield from actor.mentions
        for c in self.casualties:
            yield from (s for s in (c.count_text, c.outcome_span, c.victims_span, c.source_span) if s)
        for a in self.attributions:
            if a.speaker:
                yield a.speaker
            yield from a.cue
            yield a.content

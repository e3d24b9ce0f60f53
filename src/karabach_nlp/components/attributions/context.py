"""What every attribution rule reads: the document, its quotes, the tokens they mask, the
lexicon, and the findings of the rules that ran before."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Span as SpacySpan

from ...doctext import doc_text
from ...speech_lexicon import SpeechLexicon
from .clauses import Finding
from ..quotes import Quote


@dataclass
class Context:
    doc: Doc
    lex: SpeechLexicon
    sents: list[SpacySpan] = field(default_factory=list)
    found: list[Finding] = field(default_factory=list)  # findings so far, in the order the rules made them
    direct: list[Finding] = field(default_factory=list)  # the quotes taken as direct speech
    inline: list[Quote] = field(default_factory=list)  # short quotes inside a sentence, not speech on their own
    token_masked: set[int] = field(default_factory=set)  # tokens of quotes and their frames: no other frame reads them
    cues: dict[int, frozenset[str]] = field(default_factory=dict)  # token -> the rules whose cue starts there (cues.py)

    def masked(self, i: int) -> bool:
        return i in self.token_masked

    def taken(self) -> list[tuple[int, int]]:
        """The contents found so far (a later rule frames nothing inside them)."""
        return [f.content for f in self.found]

    def mask_quotes(self) -> None:
        """Mask every direct quote with its quotation marks, and its frame verb (it frames nothing else)."""
        spans = [(d.content[0] - 1, d.content[1] + 1) for d in self.direct]
        spans += [c for d in self.direct for c in d.cue]
        end_of_text = len(doc_text(self.doc))
        for s, e in spans:
            span = self.doc.char_span(max(0, s), min(end_of_text, e), alignment_mode="expand")
            if span is not None:
                self.token_masked.update(range(span.start, span.end))

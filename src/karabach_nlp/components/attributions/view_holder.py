"""A sentence opening with "Für X" says what X holds: "Für den Theologen Hans Küng sei der Rücktritt
„verständlich“", "Für die Behörden gehört zu den Verdachtsmomenten, dass …". Its findings that name
no speaker of their own in that sentence (free indirect speech, a frameless or nested quote, a clause
continuing a speaker before) have X as speaker, when X is a person or a body the actors component
found (not a state or place: "Für Deutschland ist das ein Erfolg" says nothing of whose view it is)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span as SpacySpan

from . import phrases
from .clauses import Finding, _chars, _first

HOLDER_TYPES = ("person", "organization", "authority", "armed_group", "media")


def with_view_holders(doc: Doc, sents: list[SpacySpan], found: list[Finding]) -> list[Finding]:
    starts = [s.start_char for s in sents]
    holders = {i: h for i, s in enumerate(sents) if (h := _holder(doc, s)) is not None}
    if not holders:
        return found
    for f in found:
        i = max((k for k, at in enumerate(starts) if at <= f.content[0]), default=None)
        if i is None or i not in holders:
            continue
        sent = sents[i]
        if f.speaker is not None and sent.start_char <= f.speaker[0] < sent.end_char:
            continue  # a speaker of its own in the sentence: "Für die Opfer forderte die Regierung …"
        f.speaker, f.continues, f.antecedent = holders[i], False, None
    return found


def _holder(doc: Doc, sent: SpacySpan) -> Optional[tuple[int, int]]:
    """The phrase after a sentence-opening "Für", when a person or body's mention covers its head."""
    first = _first(sent)
    if doc[first].text != "Für" or first + 1 >= sent.end:
        return None
    phrase = phrases.forward(sent, first + 1, allow_pronoun=False)
    if phrase is None:
        return None
    head_end = next((k for k in range(phrase[0] + 1, phrase[1]) if doc[k].tag_ in ("APPR", "APPRART")
                     or (doc[k].text.lower() in ("des", "der") and doc[k - 1].tag_ == "NN")), phrase[1])
    lo, hi = doc[phrase[0]].idx, doc[head_end - 1].idx + len(doc[head_end - 1].text)
    for actor in doc._.actors or []:
        if actor.type.value in HOLDER_TYPES and any(m.start < hi and lo < m.end for m in actor.mentions):
            return _chars(doc, *phrase)
    return None

"""Hearsay "soll" that names where it comes from: an according-to report, not free indirect speech.

"Die Steuer soll demnach steigen", "Je nach Quellenlage sollen 4.000 Menschen …", "Nach dem
Gesetzentwurf sollen die Ämter …", "Die Mieten sollen sinken, so heißt es in dem Papier": the
sentence names its source itself, which the dataset types indirect speech (train: the rule fires 4 times,
all 4 gold indirect speech typed free indirect before). Only a sentence of its own is retyped; a
Konjunktiv sentence with "demnach" stays free indirect speech (it is in the dataset, 2 of 2).
"""

from __future__ import annotations

import re
from typing import Optional

from spacy.tokens import Doc

from ...records import AttributionKind
from . import phrases
from .clauses import Finding, _chars
from ...doctext import doc_text
from .words import word_tuple

HEARSAY_WORDS = re.compile(r"\b(soll|sollen)\b")
# nouns of a plan or a text that "nach" names as a source ("nach dem Gesetzentwurf", "nach dem
# Wunsch der UN"), unlike "nach dem Angriff" (a time)
SOURCE_NOUN_ENDS = word_tuple("sourced_hearsay", "SOURCE_NOUN_ENDS")
_DEMNACH = re.compile(r"\bdemnach\b", re.I)
_JE_NACH = re.compile(r"\b[Jj]e (nach)\b")
_NACH = re.compile(r"(?:^|\s)([Nn]ach)\s+(?:dem|der|den|einem|einer|des)\s")
_SO_HEISST_ES = re.compile(r",\s*so (heißt es)\s+(?:in|im|aus)\s")


def _sourced_hearsay(doc: Doc, found: list[Finding]) -> None:
    """Retype free indirect hearsay sentences that name their own source as according_to."""
    text = doc_text(doc)
    for f in found:
        if f.kind != AttributionKind.free_indirect:
            continue
        span = doc.char_span(f.content[0], f.content[1], alignment_mode="expand")
        if span is None or span.sent.start != doc[span.end - 1].sent.start:
            continue  # a run of several sentences: the source names only one of them
        words = text[f.content[0] : f.content[1]]
        if not HEARSAY_WORDS.search(words) or any("Sub" in t.morph.get("Mood") for t in span):
            continue
        source = _hearsay_source(doc, span, words, f.content[0])
        if source is not None:
            f.kind, f.cue, f.speaker, f.content = AttributionKind.according_to, [source[0]], source[1], source[2]
            f.continues = source[1] is None


def _hearsay_source(doc: Doc, span, words: str, base: int) -> Optional[tuple]:
    """(cue chars, speaker chars or None, content chars) of the source a hearsay sentence names."""
    m = _DEMNACH.search(words)
    if m:
        cue = (base + m.start(), base + m.end())
        return cue, cue, (base, base + len(words))  # "demnach" is both cue and source in the dataset
    m = _SO_HEISST_ES.search(words)
    if m:
        source = _phrase_after(doc, span, base + m.end())
        if source is not None:
            return (base + m.start(1), base + m.end(1)), source, (base, base + m.start())
    for rx in (_JE_NACH, _NACH):
        m = rx.search(words)
        if not m:
            continue
        source = _phrase_after(doc, span, base + m.end(1) + 1)
        if source is None:
            continue
        noun = doc_text(doc)[source[0] : source[1]].split()
        if rx is _NACH and not any(w.lower().endswith(SOURCE_NOUN_ENDS) for w in noun[:3]):
            continue
        return (base + m.start(1), base + m.end(1)), source, (base, base + len(words))
    return None


def _phrase_after(doc: Doc, span, char: int) -> Optional[tuple[int, int]]:
    k = next((t.i for t in span if t.idx >= char), None)
    if k is None:
        return None
    found = phrases.forward(span.sent, k, allow_pronoun=False)
    return _chars(doc, *found) if found is not None else None

"""A speaker and a colon before what it says, with no verb: "UN: Mindestens 45 Tote bei Angriffen
im Sudan", "Polizei: Fahrer war betrunken". The short form of headlines and news tickers for "laut X";
an according-to report whose cue is the colon.

Only a phrase the actors component found as an actor (or a document of one: "Die Bilanz der
Behörden: …"), opening its sentence and standing alone before the colon, is a speaker: "Fazit: …", "Update: …", "Am Montag: …" name no one. What follows
has a verb or a number (a caption "Bild: Szene vor dem Haus" says nothing), and no sentence next to
it opens the same way (a list of results "Partei: 28 %"). A quote after the colon is direct speech
(rule ``direct``), not this rule's. On the quotation dataset (train) it fires on none of its
annotated quotes: the dataset has almost no headlines; it is for news with them.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span as SpacySpan

from ...records import AttributionKind
from . import phrases
from .authors import document_noun
from .clauses import Finding, _chars, _content_end, _first

MAX_SPEAKER = 6  # tokens: a longer phrase before a colon is a heading or a sentence, not a speaker
MIN_CONTENT = 3  # tokens after the colon


def _colon_frame(sent: SpacySpan, masked, taken: list[tuple[int, int]]) -> Optional[Finding]:
    doc = sent.doc
    first = _first(sent)
    colon = next((t.i for t in sent if t.text == ":"), None)
    if colon is None or colon - first > MAX_SPEAKER or colon == first:
        return None
    end = _content_end(sent)
    start = colon + 1
    while start < end and doc[start].is_space:
        start += 1
    if end - start < MIN_CONTENT or any(masked(k) for k in range(first, end)):
        return None
    named = first + 1 if doc[first].text.lower() in phrases.DETERMINERS else first  # "Das Rote Kreuz:"
    if not (phrases.whole(doc, first, colon) and (any(phrases.is_actor_mention(doc, k, colon) for k in {first, named})
                                                  or _document_of_actor(doc, named, colon))):
        return None
    if any(t.tag_.startswith("V") for t in doc[first:colon]):
        return None  # "Die Polizei teilte mit: …" is the frame of a reporting verb
    if not any(t.tag_.startswith("V") or t.like_num for t in doc[start:end]):
        return None  # "Bild: Nächtliche Szene vor dem Haus": a caption says nothing
    if any(_opens_with_label(s) for s in _neighbours(sent)):
        return None  # "Sozialdemokratische Partei: 28,2 %" in a list of such lines: a table, not speech
    content = _chars(doc, start, end)
    if any(s < content[1] and content[0] < e for s, e in taken):
        return None
    return Finding(AttributionKind.according_to, content, _chars(doc, first, colon), [_chars(doc, colon, colon + 1)],
                   sent=sent.start)


def _document_of_actor(doc, named: int, colon: int) -> bool:
    """ "Die Bilanz der Behörden: …", "Erklärung der Armee: …": a document noun whose author, an actor
    the actors component found, follows it in the genitive (authors.py ties the phrase to that author)."""
    if not document_noun(doc[named]) or named + 1 >= colon or doc[named + 1].text.lower() not in ("der", "des"):
        return False
    return any(phrases.is_actor_mention(doc, k, colon) for k in (named + 1, named + 2))


def _opens_with_label(sent: SpacySpan) -> bool:
    first = _first(sent)
    return any(t.text == ":" for t in sent.doc[first : min(sent.end, first + MAX_SPEAKER + 1)])


def _neighbours(sent: SpacySpan) -> list[SpacySpan]:
    doc = sent.doc
    out = []
    if sent.start > 0:
        out.append(doc[sent.start - 1].sent)
    if sent.end < len(doc):
        out.append(doc[sent.end].sent)
    return out

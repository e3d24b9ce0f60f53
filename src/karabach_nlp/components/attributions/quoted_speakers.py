"""A speaker phrase that ends in a name in quotation marks: "wie die «BBC» berichtet", "der russische
Kanal «Militärinformant» kritisierte". The name inside the marks is the speaker's actor (spec §3: a
medium by its name, without the marks), typed by the noun of its kind before it or a head noun inside it, else an organisation.
Used only where the whole phrase names no actor already."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ...records import ActorType
from ..actors.resolve import doc_lexicon
from .words import word_tuple, words

OPENING = frozenset({"„", "»", "«", "\"", "‚"})
CLOSING = frozenset({"“", "«", "»", "\"", "‘"})
LEAD_ARTICLES = words("quoted_speakers", "LEAD_ARTICLES")
MEDIA_KINDS = word_tuple("quoted_speakers", "MEDIA_KINDS")  # "Kanal", "Blog": a medium no head list holds
TYPES = {t.value for t in ActorType} - {"person"}
MAX_LEAD = 4  # article, adjectives and one noun of the name's kind


def quoted_name(doc: Doc, phrase: tuple[int, int]) -> Optional[tuple[int, int, ActorType]]:
    """The characters of the name inside the closing marks of ``phrase`` and the type of its actor, where
    the phrase before the marks is only an article, adjectives and at most one noun; else None."""
    span = doc.char_span(*phrase, alignment_mode="expand")
    if span is None or len(span) < 4 or span[-1].text not in CLOSING:
        return None
    opening = next((t.i for t in reversed(span[:-1]) if t.text in OPENING), None)
    if opening is None or opening + 1 >= span.end - 1 or not doc[opening + 1].text[:1].isupper():
        return None
    lead = list(doc[span.start:opening])
    if not lead or len(lead) > MAX_LEAD or lead[0].lower_ not in LEAD_ARTICLES:
        return None
    nouns = [t for t in lead[1:] if t.text[:1].isupper()]
    if len(nouns) > 1 or any(not t.is_alpha for t in lead) or nouns and nouns[0].i != opening - 1:
        return None
    inner = doc[opening + 1:span.end - 1]
    lex = doc_lexicon(doc)
    if nouns and nouns[0].text.split("-")[-1].lower().endswith(MEDIA_KINDS):
        return inner.start_char, inner.end_char, ActorType.media
    kinds = [lex.head_type(t.text) for t in nouns + list(inner)]
    kind = next((k for k in kinds if k in TYPES), "organization")
    return inner.start_char, inner.end_char, ActorType(kind)

"""An office speaking with its holder's name apposed: "erklärte das Büro des Bürgermeisters der Stadt
Salamanca, César Prieto": the name belongs to the title in the genitive, the office speaks (spec §3:
the person or office is the actor), for that holder (its ``speaks_for``)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ...records import Actor, ActorType
from ..actors.resolve import resolve_name, resolve_span
from .words import words

OFFICE_HEADS = words("offices", "OFFICE_HEADS")
GENITIVE = frozenset({"des", "der"})
ARTICLES = frozenset({"das", "die", "der", "dem", "den", "des", "ein", "eine", "einem", "eines"})


def office_phrase(doc: Doc, phrase: tuple[int, int]) -> Optional[tuple[int, int]]:
    """The characters of the office ("Büro des Bürgermeisters der Stadt Salamanca") where ``phrase`` is
    an office head, a genitive and, after a comma, a capitalised name to its end; else None."""
    span = doc.char_span(*phrase, alignment_mode="expand")
    if span is None or len(span) < 5:
        return None
    k = span.start + (1 if span[0].lower_ in ARTICLES else 0)
    if doc[k].text not in OFFICE_HEADS or k + 1 >= span.end or doc[k + 1].lower_ not in GENITIVE:
        return None
    comma = next((t.i for t in doc[k + 2:span.end] if t.text == ","), None)
    name = doc[comma + 1:span.end] if comma is not None else None
    if not name or not all(t.text[:1].isupper() and t.is_alpha for t in name) or len(name) > 4:
        return None
    return doc[k].idx, doc[comma - 1].idx + len(doc[comma - 1].text)


def office_actor(doc: Doc, phrase: tuple[int, int]) -> Optional[Actor]:
    """The office's actor, speaking for the holder named after the comma; None for any other phrase."""
    office = office_phrase(doc, phrase)
    if office is None:
        return None
    holder = resolve_span(doc, *phrase)
    found = resolve_name(doc, *office, ActorType.authority, mentioned=False)
    if found is not None and holder is not None and holder is not found:
        found.speaks_for = holder.id
    return found

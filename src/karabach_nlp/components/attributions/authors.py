"""A document or statement as speaker speaks for its author (spec §3): "Der Bericht stellt fest, …",
"In der Erklärung heißt es, …", "Einem Bericht des UNHCHR zufolge …".

The phrase stays the speaker as written; its actor is the author, found in this order:

1. the author named in the phrase itself, after the noun ("Bericht des UNHCHR", "Erklärung von Amnesty");
2. for a definite or demonstrative phrase ("der Bericht", "diese Erklärung"), the author of the same
   document named before: the actor named with that noun ("einen Bericht der UN") or, failing that,
   the first one named in its sentence ("Die UN legten am Montag einen Bericht vor");
3. for such a phrase naming a statement ("die Erklärung", "den Angaben"; not a report or study, whose
   author must be named) with no document named before, the last speaker in reach ("Die Polizei
   teilte mit, … In der Erklärung heißt es, …").
"""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from spacy.tokens import Doc, Span as SpacySpan, Token

from ...records import Actor, ActorType
from ..actors import resolve_span
from .groups import conjuncts
from .last_speaker import LastSpeakers
from .words import word_tuple, words

DOCUMENT_NOUNS = word_tuple("authors", "DOCUMENT_NOUNS")
STATEMENT_NOUNS = words("authors", "STATEMENT_NOUNS")
COMPLEMENT_OPENERS = words("authors", "COMPLEMENT_OPENERS")
DEFINITE = frozenset({"der", "die", "das", "dem", "den", "des", "dieser", "diese", "dieses", "diesem", "diesen"})
ANTECEDENT_REACH = 5  # sentences back to the document's first naming ("legte einen Bericht vor")
SPEAKER_REACH = 2  # sentences back to the last speaker whose statement a bare "die Erklärung" is


def document_noun(tok: Token) -> Optional[str]:
    """The document noun a word is or ends in ("Jahresberichts" -> "Bericht"), if any."""
    text = tok.text
    return _document_noun_of(text) if text[:1].isupper() else None


@lru_cache(maxsize=20_000)  # every word of many speaker phrases is tried against every noun
def _document_noun_of(text: str) -> Optional[str]:
    low = text.lower()
    for noun in DOCUMENT_NOUNS:
        n = noun.lower()
        for form in (low, low[:-1] if low.endswith("s") else low, low[:-2] if low.endswith("es") else low):
            if form == n or (form.endswith(n) and len(form) > len(n) + 2 and form[-len(n) - 1] != "-"):
                return noun
    return None


def author(doc: Doc, phrase: tuple[int, int], speakers: LastSpeakers) -> Optional[Actor]:
    """The author of the document or statement the speaker phrase at ``phrase`` (characters) names, or None."""
    span = doc.char_span(*phrase, alignment_mode="expand")
    if span is None:
        return None
    head = next((t for t in span if document_noun(t)), None)
    if head is None:
        return None
    named = _named_after(doc, head, span.end)
    if named:
        return named[0]
    contracted = span.start > 0 and doc[span.start - 1].tag_ == "APPRART"  # "im Abschlussbericht": "in dem"
    if contracted and span[0].i == head.i:
        return _antecedent_author(doc, head, span.start)
    if span[0].text.lower() not in DEFINITE or span[0].i >= head.i or any(
            t.tag_ in ("APPR", "APPRART", "ART") for t in doc[span[0].i + 1:head.i]):
        return None  # "diese in einer Stellungnahme": the pronoun is the speaker, the noun no part of its phrase
    found = _antecedent_author(doc, head, span.start)
    if found is None and document_noun(head) in STATEMENT_NOUNS:
        found = _last_speaker(speakers, phrase[0])
    return found


def named_authors(doc: Doc, phrase: tuple[int, int]) -> list[Actor]:
    """The authors a document phrase names after its noun ("Bericht der FIFA" -> FIFA; "Erklärung der
    Staatsanwaltschaft und der Polizei" -> both): read before the phrase as a whole, which would make
    the document an actor of its own. [] when it names none."""
    span = doc.char_span(*phrase, alignment_mode="expand")
    if span is None:
        return []
    head = next((t for t in span if document_noun(t)), None)
    if head is None or any(t.tag_ in ("NE", "NN") for t in span[:head.i - span.start]):
        return []  # "Amnesty-Bericht", "Müllers Bericht": the phrase is someone's, read as a whole
    return _named_after(doc, head, span.end)


def _named_after(doc: Doc, head: Token, end: int) -> list[Actor]:
    """ "Bericht des UNHCHR": the actors of the phrase after the noun, within the speaker phrase."""
    if head.i + 1 >= end or doc[head.i + 1].text.lower() not in COMPLEMENT_OPENERS:
        return []
    start = head.i + 1 if doc[head.i + 1].text.lower() in ("des", "der") else head.i + 2
    if start >= end:
        return []
    chars = (doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text))
    parts = conjuncts(doc, *chars) or [chars]
    return [a for a in (resolve_span(doc, *p) for p in parts) if a is not None]


def _antecedent_author(doc: Doc, head: Token, before: int) -> Optional[Actor]:
    """The author of the same document named in the sentences before ("legten einen Bericht vor")."""
    noun = document_noun(head)
    first_sent = max(0, _sentence_index(doc, head.i) - ANTECEDENT_REACH)
    earliest = list(doc.sents)[first_sent].start
    for i in range(before - 1, earliest - 1, -1):
        if document_noun(doc[i]) == noun:
            return _author_in_sentence(doc, doc[i])
    return None


def _author_in_sentence(doc: Doc, noun: Token) -> Optional[Actor]:
    sent: SpacySpan = noun.sent
    mentions = [(m.start, a) for a in (doc._.actors or []) for m in a.mentions
                if sent.start_char <= m.start < sent.end_char and a.type != ActorType.region]
    end_of_noun = noun.idx + len(noun.text)
    after = [(s, a) for s, a in mentions if end_of_noun < s <= end_of_noun + 5]  # "einen Bericht der UN"
    if after:
        return min(after, key=lambda x: x[0])[1]
    before = [(s, a) for s, a in mentions if s < noun.idx]
    return min(before, key=lambda x: x[0])[1] if before else None


def _last_speaker(speakers: LastSpeakers, start: int) -> Optional[Actor]:
    here = speakers.sentence(start)
    spoken = [(at, actor) for at, actor, _ in speakers.spoken if at < start and here - speakers.sentence(at) <= SPEAKER_REACH]
    return spoken[-1][1] if spoken else None


def _sentence_index(doc: Doc, i: int) -> int:
    return next(n for n, s in enumerate(doc.sents) if s.start <= i < s.end)

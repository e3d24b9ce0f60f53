"""Quotes framed by "zitieren": words of the person quoted AND of the medium that quotes them.

"„…“, zitiert die Zeitung den Minister", "Der Sender zitierte ihn mit den Worten: „…“", "X wird von
der Zeitung mit den Worten zitiert: „…“", "„…“, wie X von Y zitiert wird": the dataset marks such a
quote twice, once per speaker (train: both are gold in 10 of 12 such frames that name both).
:meth:`CitedSpeech._with_citers` splits a direct quote whose cue is a form of "zitieren" and whose
frame names both into two findings; a frame that names one of them ("„…“, zitiert CNN.",
"„…“, wird Panetta zitiert.") stays one.
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ...records import AttributionKind
from . import phrases
from .clauses import Finding, _chars, _first
from .clauses import _speaker_around, _with_apposition
from .words import words

CITING = words("cited", "CITING")
PASSIVE_AUX = words("cited", "PASSIVE_AUX")
# prepositions that introduce the citing medium in the passive: "von der Zeitung", "im Fachblatt X",
# "auf der Internetseite", "in der Meldung"
MEDIUM_PREPOSITIONS = words("cited", "MEDIUM_PREPOSITIONS")
# words that open no speaker phrase of the frame
NOT_SPEAKER = words("cited", "NOT_SPEAKER")
IMPERSONAL = words("cited", "IMPERSONAL")  # "zitierte man die Reporterin": no medium named


def _with_citers(doc: Doc, found: list[Finding]) -> list[Finding]:
    """``found`` with each direct quote cited ("zitiert") with both a medium and a person in its
    frame split in two: the medium's finding first, then the person's, whom what follows continues."""
    out: list[Finding] = []
    for f in found:
        roles = _citer_and_cited(doc, f) if f.kind == AttributionKind.direct and f.cue else None
        if roles is not None:
            citer, person = roles
            if doc[citer[0]].text.lower() not in IMPERSONAL:  # "zitierte man X": X alone
                out.append(Finding(AttributionKind.direct, f.content, _chars(doc, *citer), list(f.cue), sent=f.sent))
            f.speaker, f.continues = _chars(doc, *person), False
        out.append(f)
    return out


def _citer_and_cited(doc: Doc, f: Finding) -> Optional[tuple[tuple[int, int], tuple[int, int]]]:
    """(medium, person) token spans of a "zitieren" frame, or None unless the frame names both."""
    z = None
    for s, e in f.cue:
        span = doc.char_span(s, e, alignment_mode="expand")
        if span is not None:
            z = next((t.i for t in span if t.text.lower() in CITING), z)
    quote = doc.char_span(f.content[0], f.content[1], alignment_mode="expand")
    if z is None or quote is None:
        return None
    sent = doc[z].sent
    if z >= quote.end:  # frame after the quote: up to the sentence end
        lo, hi = quote.end, sent.end
        while lo < hi and (doc[lo].is_punct or doc[lo].is_space):
            lo += 1
    else:  # frame before the quote: from the sentence start
        lo, hi = _first(sent), quote.start
        while hi > lo and (doc[hi - 1].is_punct or doc[hi - 1].is_space):
            hi -= 1
    if not lo <= z < hi:
        return None
    aux = next((k for k in range(lo, hi) if doc[k].text.lower() in PASSIVE_AUX), None)
    if aux is not None:
        roles = _passive_roles(doc, sent, lo, hi, aux, z)
    else:
        roles = _active_roles(doc, sent, lo, hi, z)
    if roles is None:
        return None
    citer, person = roles
    if citer[1] > person[0] and person[1] > citer[0]:
        return None
    if doc[person[0]].text.lower() in IMPERSONAL:
        return None
    return roles


def _active_roles(doc: Doc, sent, lo: int, hi: int, z: int):
    """ "„…“, zitiert ndr.de den Sprecher" / "Die Zeitung zitiert den Minister mit den Worten"."""
    if z == lo:  # verb first after the quote: the subject, then the object
        citer = (z + 1, z + 2) if z + 1 < hi and doc[z + 1].text.lower() in IMPERSONAL else phrases.forward(sent, z + 1, allow_pronoun=False)
        if citer is None or citer[1] > hi:
            return None
        person = phrases.forward(sent, citer[1]) if citer[1] < hi else None
        if person is None:
            split = _split_names(doc, *citer)
            if split is None:
                return None
            citer, person = split
    else:  # subject first
        citer = _speaker_around(sent, z, lo)
        person = phrases.forward(sent, z + 1)
    if citer is None or person is None or citer[0] < lo or person[1] > hi:
        return None
    return citer, person


def _passive_roles(doc: Doc, sent, lo: int, hi: int, aux: int, z: int):
    """ "wird der Minister im Fachblatt X zitiert" / "X wird von der Zeitung zitiert" /
    "wie X von Y zitiert wird" / "In der Meldung wird X zitiert"."""
    citer = None
    for k in range(lo, hi):
        if doc[k].text.lower() in MEDIUM_PREPOSITIONS:
            citer = phrases.forward(sent, k + 1, allow_pronoun=False)
            if citer is not None and citer[1] <= hi:
                break
            citer = None
    if citer is None:
        return None
    person = None
    if aux < z and aux + 1 < hi and doc[aux + 1].text.lower() not in MEDIUM_PREPOSITIONS:
        person = _with_apposition(sent, phrases.forward(sent, aux + 1))  # "wird der Minister … zitiert"
    if person is None:
        start = lo
        while start < hi and doc[start].text.lower() in NOT_SPEAKER:
            start += 1
        end = aux if aux < z else citer[0] - 1  # "X wird von …" / "wie X von Y zitiert wird"
        while end > start and doc[end - 1].text in (",",):
            end -= 1
        if start < end and phrases.whole(doc, start, end):
            person = (start, end)
    if person is None or person[1] > hi:
        return None
    return citer, person


def _split_names(doc: Doc, start: int, end: int) -> Optional[tuple[tuple[int, int], tuple[int, int]]]:
    """ "ndr.de Polizeisprecher Ralf Meyer" / "die „Computerwoche“ Lynch": a medium's name (a web
    address or a quoted title) run together with the person it quotes."""
    for k in range(start, end - 1):
        t = doc[k].text
        if ("." in t[1:-1] and t[0].isalpha()) or t in ("“", "”", "\""):
            if phrases.whole(doc, k + 1, end):
                return (start, k + 1), (k + 1, end)
    return None

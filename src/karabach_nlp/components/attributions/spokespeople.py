"""A bare spokesperson as speaker ("Ein Sprecher sagte, …") speaks for the body the text has just
named: the body that spoke last in its sentence or the one before ("Die Armee meldete neue Kämpfe.
Ein Sprecher sagte, …"). Sets the actor's ``speaks_for``, which
the casualty sources read (a spokesperson's phrase with its body, "ein Sprecher der UN", is linked
by the actors component already)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ...doctext import doc_text
from ...records import Actor
from ..actors.canonical import is_spokesperson
from .last_speaker import LastSpeakers

# a definite or indefinite article only: "seine Sprecherin" speaks for the possessive's owner
ARTICLES = ("der", "die", "das", "des", "dem", "den", "ein", "eine", "einer", "eines", "einem", "einen")
BARE_HEADS = ("sprecher", "sprecherin", "sprechers")  # the noun alone, no body in a compound
REACH = 1  # sentences before the spokesperson's own in which its body is looked for


def link_bare_spokesperson(doc: Doc, speakers: LastSpeakers, phrase: tuple[int, int], actor: Optional[Actor]) -> None:
    """Link ``actor``, the speaker named by ``phrase`` (characters), to its body when it is a
    spokesperson named by its noun alone."""
    if actor is None or actor.speaks_for is not None or actor.type.value != "person":
        return
    words = [w for w in doc_text(doc)[phrase[0]:phrase[1]].split() if w.lower() not in ARTICLES]
    if len(words) != 1 or not words[0][:1].isupper() or "-" in words[0] or not is_spokesperson(words[0]):
        return  # "ein WWF-Sprecher", "der Sprecher der Polizei": the phrase names its body itself
    if words[0].lower() not in BARE_HEADS:
        return  # "ein Polizeisprecher": a compound names its body
    body = _body_before(doc, speakers, phrase[0])
    if body is not None:
        actor.speaks_for = body.id


def _body_before(doc: Doc, speakers: LastSpeakers, start: int) -> Optional[Actor]:
    here = speakers.sentence(start)
    near = [(at, a) for at, a, _ in speakers.spoken if at < start and here - speakers.sentence(at) <= REACH]
    bodies = [a for _, a in near if a.type.value != "person"]
    # (the body named last, speaking or not, was wrong as often as right on train: "Auch die Haltung
    # der Hamas wurde vom Sprecher kritisiert")
    return bodies[-1] if bodies else None

"""A body named by its bare head noun and, elsewhere in the article, by that head and its town:
"nach Angaben der Polizei … teilte die Polizei Hamburg mit" is one actor, "Polizei Hamburg"."""

from __future__ import annotations

from spacy.tokens import Doc

from ...records import Actor, ActorType
from .grammar import ARTICLES

BODY_TYPES = (ActorType.authority, ActorType.organization)


def _bare(actor: Actor) -> bool:
    """Named by one head noun, and every mention is that noun with an article at most, or with a phrase
    of a preposition after it ("der Polizei vom Freitagmorgen"; not a genitive, "der Regierung der …")."""
    if " " in actor.name:
        return False
    for m in actor.mentions:
        words = m.text.split()
        words = words[1:] if words and words[0].lower() in ARTICLES else words
        if not words or words[0] != actor.name or len(words) > 1 and (words[1].lower() in ARTICLES or not words[1].islower()):
            return False
    return True


def _town_name(doc: Doc, actor: Actor) -> bool:
    """The second word of a two-word name is a proper noun in its mentions ("Polizei Hamburg"), not a
    common noun a phrase rule ran on into ("Bundesregierung Mehrkosten") nor a state's genitive."""
    word = actor.name.split()[1]
    tags = {t.tag_ for m in actor.mentions if (span := doc.char_span(m.start, m.end, alignment_mode="expand")) is not None
            for t in span if t.text == word}
    return tags == {"NE"} and not word.endswith("s")


def join_bare_heads(doc: Doc, actors: list[Actor]) -> list[Actor]:
    """Each actor named by one head noun alone joins the only actor of its type named by that head and
    one town or name after it ("Polizei" -> "Polizei Hamburg"); with two such actors, neither."""
    by_id = {a.id: a for a in actors}
    dropped: dict[str, str] = {}
    # "wirft die Staatsanwaltschaft Ertmann … vor": a person's name after the head is no part of it
    person_words = {w for a in actors if a.type == ActorType.person for w in a.name.split()}
    for bare in actors:
        if bare.type not in BODY_TYPES or bare.id in dropped or not _bare(bare):
            continue
        named = [a for a in actors if a is not bare and a.type == bare.type and a.id not in dropped
                 and len(words := a.name.split()) == 2 and words[0] == bare.name and words[1] not in person_words
                 and _town_name(doc, a)]
        if len(named) != 1:
            continue
        target = named[0]
        target.mentions = sorted(target.mentions + bare.mentions, key=lambda m: m.start)
        dropped[bare.id] = target.id
    for actor in actors:
        if actor.speaks_for in dropped:
            actor.speaks_for = dropped[actor.speaks_for]
    return [by_id[a.id] for a in actors if a.id not in dropped]

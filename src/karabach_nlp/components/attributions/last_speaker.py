"""A speaker that only refers back — a pronoun ("Er fügte hinzu", "sagte sie") or a bare title
("der Minister") — is the last compatible *speaker* of the sentence before it, not the actor
named last: in "Der Minister traf den Botschafter. Der Botschafter sagte, … Er fügte hinzu, …"
"Er" is the ambassador. Compatible means the pronoun's rules of ``Clusters.pronoun_target``
(gender and number where known) or, for a title, the same title; with no such speaker in reach
the actors component's reading stands."""

from __future__ import annotations

from bisect import bisect_right
from typing import Optional

from spacy.tokens import Doc

from ...records import Actor
from ..actors.clusters import Clusters, head_stem
from ..actors.resolve import doc_lexicon
from ..actors.mention_record import Mention
from ..actors.resolve import describe, referring_mention
from ...doctext import doc_text

SPEAKER_REACH = 1  # sentences back (the same or the one before): further back the actor named since is meant more often than not (measured on train)


class LastSpeakers:
    """The speakers of one document so far, in text order, and the one a referring phrase means."""

    def __init__(self, doc: Doc):
        self.doc = doc
        self.lex = doc_lexicon(doc)  # the user's gazetteer (--gazetteer) too
        self.sent_starts = [s.start_char for s in doc.sents]
        self.spoken: list[tuple[int, Actor, bool]] = []  # (character where it spoke, actor, as a group)

    def sentence(self, char: int) -> int:
        return bisect_right(self.sent_starts, char) - 1

    def note(self, phrase: tuple[int, int], actor: Actor) -> None:
        words = doc_text(self.doc)[phrase[0]:phrase[1]].split()
        self.spoken.append((phrase[0], actor, _group(words, self.lex)))

    def meant(self, start: int, end: int) -> Optional[Actor]:
        """The speaker the phrase at ``[start, end)`` refers to, or None when it names someone itself
        or no compatible speaker stands in the ``SPEAKER_REACH`` sentences before it."""
        mention = referring_mention(self.doc, start, end)
        if mention is None:
            return None
        here = self.sentence(start)
        recent: dict[int, tuple[int, Actor, bool]] = {}  # the latest place each actor spoke, by actor
        for at, actor, group in self.spoken:
            if at < start and here - self.sentence(at) <= SPEAKER_REACH:
                recent[id(actor)] = (at, actor, group)
        if not recent:
            return None
        clusters = Clusters(self.lex, doc_text(self.doc))
        owner = {}
        for at, actor, group in recent.values():
            cluster = describe(actor, self.lex)
            cluster.plural = cluster.plural or group
            cluster.spans, cluster.last = [(at, at + 1)], at  # recency is where it last spoke
            clusters.items.append(cluster)
            owner[id(cluster)] = actor
        found = _compatible(clusters, mention, doc_text(self.doc)[start:end], start)
        return owner[id(found)] if found is not None else None


    def person_meant(self, start: int, end: int) -> Optional[Actor]:
        """A singular personal pronoun as speaker ("Sie sicherte Hilfe zu") with no compatible speaker
        before it: the latest person it agrees with, named in the ``PERSON_REACH`` sentences before it.
        The actors component may have read the pronoun as a state or body named since ("die Ukraine"),
        but who speaks is far more often a person."""
        mention = referring_mention(self.doc, start, end)
        if mention is None or mention.kind != "pronoun" or mention.plural:
            return None
        here = self.sentence(start)
        clusters = Clusters(self.lex, doc_text(self.doc))
        owner = {}
        for actor in self.doc._.actors or []:
            if actor.type.value != "person":
                continue
            spans = [(m.start, m.end) for m in actor.mentions if m.end <= start and here - self.sentence(m.start) <= PERSON_REACH]
            if not spans:
                continue
            cluster = describe(actor, self.lex)
            cluster.spans, cluster.last = spans, spans[-1][0]
            clusters.items.append(cluster)
            owner[id(cluster)] = actor
        found = clusters.pronoun_target(doc_text(self.doc)[start:end].lower(), start, False, prefer_subject=False) if owner else None
        return owner[id(found)] if found is not None else None


PERSON_REACH = 2  # sentences back for a person a pronoun speaker refers to


def _compatible(clusters: Clusters, mention: Mention, phrase: str, start: int):
    """The latest speaker cluster the pronoun or title fits."""
    if mention.kind == "pronoun":
        return clusters.pronoun_target(phrase.lower(), start, mention.plural)
    title = mention.titles[0]
    wanted = set(clusters.lex.title_links.get(title, {}).get("titles", [])) | {title}
    for c in clusters.before(start):
        held = c.titles | ({c.head} if c.head else set())
        if c.type == "person" and (clusters.titles_match(wanted, held) or head_stem(c.head or "") == head_stem(title)):
            return c
    return None


def _group(words: list[str], lex) -> bool:
    """A speaker phrase naming several people by a role in the dative plural ("Politikern der SPD"),
    which the actor's name ("SPD") no longer shows."""
    return any(w.endswith("n") and w[:-1] in lex.plural_roles for w in words)

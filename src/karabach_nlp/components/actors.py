"""Actors: gazetteer matches merged by canonical name, plus resolution of speaker phrases.

Other components call :func:`resolve_span` to tie a speaker phrase ("er", "die Polizei",
"Putin") to an actor, creating or extending one as needed.
"""

from __future__ import annotations

from typing import Optional

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from ..records import Actor, ActorType, Span
from ..resources import load_json

PRONOUNS = {"er": ActorType.person, "sie": None}


class Actors:
    def __init__(self, nlp: Language, name: str, gazetteer: str):
        self.name = name
        self.entries = load_json("lexicons", gazetteer)["entries"]
        self.matcher = PhraseMatcher(nlp.vocab)
        self.by_key: dict[str, dict] = {}
        for i, entry in enumerate(self.entries):
            key = f"actor{i}"
            self.by_key[key] = entry
            self.matcher.add(key, [nlp.make_doc(alias) for alias in entry["aliases"]])

    def __call__(self, doc: Doc) -> Doc:
        matches = [doc[s:e] for _, s, e in self.matcher(doc)]
        labels = {(s, e): self.nlp_key(doc, k) for k, s, e in self.matcher(doc)}
        actors: dict[str, Actor] = {}
        for span in filter_spans(matches):
            entry = self.by_key[labels[(span.start, span.end)]]
            actor = actors.get(entry["name"])
            if actor is None:
                actor = actors[entry["name"]] = Actor(
                    id=f"a{len(actors) + 1}", name=entry["name"], type=ActorType(entry["type"])
                )
            actor.mentions.append(Span.of(doc.text, span.start_char, span.end_char))
        doc._.actors = list(actors.values())
        return doc

    @staticmethod
    def nlp_key(doc: Doc, key: int) -> str:
        return doc.vocab.strings[key]


def actor_at(doc: Doc, start: int, end: int) -> Optional[Actor]:
    """The actor with a mention overlapping ``[start, end)``, preferring the longest overlap."""
    best, best_overlap = None, 0
    for actor in doc._.actors or []:
        for m in actor.mentions:
            overlap = min(end, m.end) - max(start, m.start)
            if overlap > best_overlap:
                best, best_overlap = actor, overlap
    return best


def _add_mention(actor: Actor, mention: Span) -> None:
    if any(m.overlaps(mention) for m in actor.mentions):
        return
    actor.mentions.append(mention)
    actor.mentions.sort(key=lambda m: m.start)


def resolve_span(doc: Doc, start: int, end: int, default_type: ActorType = ActorType.person) -> Optional[Actor]:
    """The actor a speaker phrase refers to; extends or creates actors as needed."""
    text = doc.text[start:end]
    mention = Span.of(doc.text, start, end)
    actors = doc._.actors if doc._.actors is not None else []
    if text.lower() in PRONOUNS:
        wanted = PRONOUNS[text.lower()]
        earlier = [
            (m.start, a) for a in actors for m in a.mentions if m.end <= start and (wanted is None or a.type == wanted)
        ]
        if not earlier:
            return None
        actor = max(earlier, key=lambda t: t[0])[1]
        _add_mention(actor, mention)
        return actor
    found = actor_at(doc, start, end)
    if found is not None:
        return found
    actor = Actor(id=f"a{len(actors) + 1}", name=text, type=default_type, mentions=[mention])
    actors.append(actor)
    doc._.actors = actors
    return actor


@Language.factory(
    "karabach_actors",
    default_config={"gazetteer": "actors.json"},
    assigns=["doc._.actors"],
)
def make_actors(nlp: Language, name: str, gazetteer: str) -> Actors:
    return Actors(nlp, name, gazetteer)

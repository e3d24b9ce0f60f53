"""A speaker phrase headed by a noun of people that no head list holds ("sagte ein Soldat", "Ein
russischer Soldat flucht: …", "berichten Überlebende"): a person named by the phrase (spec §3).

Such nouns make no actor where people are counted or harmed ("drei Soldaten wurden getötet"), so
the actor rules leave them; only where the phrase speaks does ``resolve_span`` read them here. The
nouns: ``models/lexicons/speaking_people.json``, nominalised adjectives and participles
("Überlebende", "Verwandte") from the analysis, agent nouns ("Polizist") by their form."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ...resources import load_json
from ..analysis.tagger import is_nominalised_adjective
from .mention_record import Mention
from .nouns import agent_noun

CLAUSE_OPENERS = frozenset({"denen", "dessen", "deren", "welche", "welcher", "wer", "was"})  # a clause, no phrase
SINGULAR_OPENERS = frozenset({"ein", "eine", "einer", "eines", "einem", "der", "dem", "des"})


@lru_cache(maxsize=1)
def _listed() -> frozenset[str]:
    return frozenset(load_json("lexicons", "speaking_people.json")["words"])


def is_person_noun(word: str, not_actor_endings: tuple[str, ...] = ()) -> bool:
    """A noun for people: listed, a nominalised adjective or participle that is no neuter ("Positives"),
    or an agent noun that names no document or thing ("Dokumenten")."""
    last = word.split("-")[-1]
    low = last.lower()
    if not last[:1].isupper() or any(stem.endswith(not_actor_endings) for stem in (low, low[:-1], low[:-2]) if not_actor_endings):
        return False
    return last in _listed() or is_nominalised_adjective(last) and not last.endswith("es") or agent_noun(last.lower())


def person_mention(tokens: list[str], head: str, not_actor_endings: tuple[str, ...] = ()) -> Optional[Mention]:
    """The mention of a speaking person whose phrase ``tokens`` ends its noun part with ``head``: the
    last word, or one before a genitive or a preposition ("eine Verwandte eines Opfers"); not a
    capitalised adjective before its noun ("Offiziellen Angaben")."""
    after = tokens[tokens.index(head) + 1:] if head in tokens else []
    if after and after[0][:1].isupper() or tokens[0].lower() in CLAUSE_OPENERS or not is_person_noun(head, not_actor_endings):
        return None
    singular = bool(tokens) and tokens[0].lower() in SINGULAR_OPENERS or head in ("Mann", "Frau")
    plural = not singular and head.endswith(("e", "en", "n", "er")) and not head.endswith("in")
    gender = "f" if head.endswith("in") or tokens[:1] and tokens[0].lower() in ("eine", "einer") else "m"
    return Mention(0, 0, "person", kind="title", titles=(head,), head=head, acting=True, plural=plural,
                   gender=None if plural else gender)

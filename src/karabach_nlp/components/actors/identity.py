"""What makes an actor findable across articles and ties an office to its body: ``key`` (type +
canonical name, or the Wikidata item of a gazetteer actor, from ``models/gazetteers/wikidata.json``)
and ``speaks_for`` (a spokesperson or office holds the body it speaks for in its phrase: "ein
Sprecher der UN", "das Büro des Präsidenten")."""

from __future__ import annotations

from functools import lru_cache
from typing import Optional

from ...records import Actor
from ...resources import load_json
from .grammar import ARTICLES
from .words import word_set

SPOKESPERSON_HEADS = word_set("spokesperson_heads")


@lru_cache(maxsize=1)
def wikidata_table() -> dict[tuple[str, str], str]:
    """(type, gazetteer name) -> QID; the file lists only items whose id is certain."""
    data = load_json("gazetteers", "wikidata.json")
    table = {(type_, name): qid for type_, names in data["items"].items() for name, qid in names.items()}
    by_code = {e["code"]: e["name"] for e in load_json("gazetteers", "states.json")["entries"] if e.get("code")}
    for code, qid in data["states_by_code"].items():
        table[("state", by_code[code])] = qid  # an unknown code fails loudly here
    return table


def set_keys(actors: list[Actor], extra: Optional[dict[tuple[str, str], str]] = None) -> None:
    table = wikidata_table()
    for actor in actors:
        qid = (extra or {}).get((actor.type.value, actor.name)) or table.get((actor.type.value, actor.name))
        actor.wikidata = qid
        actor.key = f"wikidata:{qid}" if qid else f"{actor.type.value}:{actor.name}"


def _speaker_head(text: str) -> Optional[int]:
    """Where the word after a spokesperson noun starts in a mention ("Sprecher der UN" -> at "der")."""
    pos = 0
    for n, word in enumerate(text.split()):
        at = text.index(word, pos)
        pos = at + len(word)
        core = word.strip(",.;:")
        if core in SPOKESPERSON_HEADS or core.lower().endswith(("sprecher", "sprecherin")):
            return pos
        if core[:1].isupper() and not (n == 0 and core.lower() in ARTICLES):
            return None  # the phrase's head is another noun
    return None


def link_spokespeople(actors: list[Actor]) -> None:
    """``speaks_for``: the actor with a mention inside a spokesperson's phrase, after its head noun
    ("ein Sprecher der Polizei Dortmund" -> Polizei Dortmund); also through a named person's role."""
    for actor in actors:
        phrases = [(m.start, m.text) for m in actor.mentions]
        for start, text in phrases:
            after = _speaker_head(text)
            if after is None:
                continue
            lo, hi = start + after, start + len(text)
            inside = [a for a in actors if a is not actor and any(lo <= m.start and m.end <= hi for m in a.mentions)]
            if inside:
                actor.speaks_for = min(inside, key=lambda a: min(m.start for m in a.mentions if lo <= m.start)).id
                break

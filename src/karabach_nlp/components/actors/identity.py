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


def link_spokespeople(actors: list[Actor], alias_names: Optional[dict[str, str]] = None) -> None:
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
        if actor.speaks_for is None:
            body = _compound_body(actor, actors, alias_names or {})
            actor.speaks_for = body.id if body is not None else None


SPOKESPERSON_ENDINGS = ("sprecher", "sprecherin")


def _compound_prefix(name: str) -> Optional[str]:
    """The body a compound spokesperson is named after: "Polizeisprecher" -> "polizei",
    "WWF-Sprecher" -> "wwf", "Regierungssprecherin" -> "regierung" (the linking s dropped)."""
    low = name.lower()
    ending = next((e for e in SPOKESPERSON_ENDINGS if low.endswith(e)), None)
    if ending is None or " " in name:
        return None
    prefix = low[: -len(ending)].rstrip("-")
    if prefix.endswith(("ungs", "heits", "keits", "ions", "tums", "iums", "amts")):
        prefix = prefix[:-1]  # the linking s of "Regierungs-", "Ministeriums-", "Außenamts-"
    return prefix if len(prefix) >= 2 else None


def compound_body_name(name: str) -> Optional[str]:
    """The body's name as the compound writes it ("Polizeisprecher" -> "Polizei", "UN-Sprecher" -> "UN")."""
    prefix = _compound_prefix(name)
    return name[: len(prefix)] if prefix is not None else None


def _compound_body(actor: Actor, actors: list[Actor], alias_names: dict[str, str]) -> Optional[Actor]:
    """The one body a compound spokesperson names, in its name or its role ("Polizeisprecher" -> the
    actor "Polizei", "UN-Sprecher Stéphane Dujarric" -> "Vereinte Nationen"): an actor named, or
    mentioned, as the compound's first part or by the listed name of that alias, or named by it and a
    place ("Polizei Hamburg", "Regierung in Port Sudan")."""
    prefix = next((p for p in (_compound_prefix(actor.name), actor.role and _compound_prefix(actor.role)) if p), None)
    if prefix is None:
        return None
    listed = alias_names.get(prefix)
    bodies = [a for a in actors if a is not actor and a.type.value != "person"]
    exact = [a for a in bodies if a.name.lower() == prefix or a.name == listed or any(m.text.lower() == prefix for m in a.mentions)]
    placed = [a for a in bodies if a.name.lower().startswith(prefix + " ")]
    found = exact or placed  # a body named exactly so before one named with a place
    return found[0] if len(found) == 1 else None

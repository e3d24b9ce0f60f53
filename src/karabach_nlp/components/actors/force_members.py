"""Members of a force named as a group stand for the force the article names as an actor: "die
Polizisten", "der Beamten" for the police, "Bundeswehr-Soldaten", "deutsche Soldaten", "Die
Soldaten" for the Bundeswehr. Counted members ("drei Soldaten") and one member stay apart; a
demonym of another state ("afghanische Polizisten") names another force."""

from __future__ import annotations

from typing import Optional

from ...resources import load_json
from .context import Context
from .grammar import QUANTIFIERS
from .mention_record import Mention

MEMBERS: dict[str, tuple[str, ...]] = {
    noun: tuple(w.lower() for w in forces)
    for noun, forces in load_json("gazetteers", "force_members.json")["members"].items()
}
GROUP_DETERMINERS = frozenset({"die", "der", "den"})
FORCE_TYPES = ("authority", "armed_group")


def force_members(ctx: Context) -> None:
    """A plural noun for a force's members, after the force is named, joins the force."""
    doc = ctx.doc
    forces = [m for m in ctx.mentions if m.type in FORCE_TYPES and _force_name(ctx, m)]
    if not forces:
        return
    for tok in ctx.tokens:
        noun = _member_noun(tok.text) if tok.text[:1].isupper() else None  # member nouns are nouns
        if noun is None:
            continue
        start = _group_start(ctx, tok.i)
        if start is None or (tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ in ("der", "des")):
            continue  # "Soldaten der Saarland-Brigade": the genitive says whose
        force = _force_for(ctx, forces, tok, noun, start)
        if force is None:
            _before_the_force(ctx, forces, tok, noun, start)
            continue
        end_char = doc[force.end - 1].idx + len(doc[force.end - 1].text)
        inside = next((m for m in ctx.mentions if m.start <= tok.i < m.end), None)
        if inside is not None:
            if inside.type == "person" and inside.end == tok.i + 1 and inside.start >= start:
                inside.extra.update(refers_back=True, apposed_to=end_char)  # found as people: they are the force
                inside.type = force.type
            continue
        ctx.mentions.append(Mention(start, tok.i + 1, force.type, kind="phrase", head=force.head,
                                    extra={"refers_back": True, "apposed_to": end_char}))
        ctx.taken.update(range(start, tok.i + 1))


def _before_the_force(ctx: Context, forces: list[Mention], tok, noun: str, start: int) -> None:
    """A compound of the force's own name ("Bundeswehr-Soldaten") before the force is named opens
    its actor, which the force's phrase ("Die Bundeswehr") then joins by its head."""
    prefix = tok.text[: -len(noun)].rstrip("-")
    if not prefix or start != tok.i or tok.i in ctx.taken:
        return
    force = next((f for f in forces if f.head == prefix and f.key is None), None)
    if force is not None:
        ctx.mentions.append(Mention(tok.i, tok.i + 1, force.type, kind="phrase", head=force.head))
        ctx.taken.add(tok.i)


def _member_noun(word: str) -> Optional[str]:
    """The member noun a word is or ends in ("Bundeswehr-Soldaten", "Polizeibeamten")."""
    return next((noun for noun in MEMBERS if word == noun or word.endswith(("-" + noun, noun.lower()))), None)


def _force_name(ctx: Context, m: Mention) -> str:
    return " ".join(filter(None, (m.key, m.head, ctx.doc[m.start:m.end].text))).lower()


def _group_start(ctx: Context, i: int) -> Optional[int]:
    """Where the group's phrase starts (article and adjectives), None where it is counted."""
    doc, start = ctx.doc, i
    while start > 0 and doc[start - 1].tag_ == "ADJA":
        start -= 1
    before = doc[start - 1] if start > 0 else None
    if before is not None and (before.like_num or before.tag_ == "CARD" or before.lower_ in QUANTIFIERS):
        return None
    if any(t.like_num or t.tag_ == "CARD" for t in doc[start:i]):
        return None
    if before is not None and before.lower_ in GROUP_DETERMINERS:
        return start - 1
    if before is not None and before.tag_ in ("ART", "PIAT", "PDAT"):
        return None  # "des deutschen Soldaten", "ein Soldat": one member
    return start


def _force_for(ctx: Context, forces: list[Mention], tok, noun: str, start: int) -> Optional[Mention]:
    """The force the members belong to: named in the compound, by the demonym's state, or the
    latest force of their kind named before them."""
    doc, words = ctx.doc, MEMBERS[noun]
    prefix = tok.text[: -len(noun)].rstrip("-").lower()
    kinds = [f for f in forces if any(w in _force_name(ctx, f) for w in words)]
    if prefix:  # "Bundeswehr-Soldaten", "Polizeibeamten"
        return _nearest([f for f in kinds if prefix in _force_name(ctx, f)], start)
    states = {ctx.demonyms[k] for k in range(start, tok.i) if k in ctx.demonyms}
    if states:  # "deutsche Soldaten": the state's force by its own name; "afghanische Polizisten" none
        named = {ctx.lex.forces_by_state.get(s, "").lower() for s in states} - {""}
        return _nearest([f for f in kinds if any(n in _force_name(ctx, f) for n in named)], start)
    adjectives = [t for t in doc[start:tok.i] if t.tag_ == "ADJA"]
    if tok.text != noun or any(t.text[:1].isupper() or t.lower_.rstrip("nrs").endswith("ische") for t in adjectives):
        return None  # "die südsudanesischen Soldaten": a state no list knows, maybe another army
    return _nearest(kinds, start)


def _nearest(forces: list[Mention], at: int) -> Optional[Mention]:
    """The latest force named before ``at`` (members named first stay apart: a mention that refers
    back needs its actor opened before it)."""
    earlier = [f for f in forces if f.end <= at]
    return max(earlier, key=lambda f: f.start) if earlier else None

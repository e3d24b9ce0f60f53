"""A body named short first and in full later is one actor: "die Polizei" … "die Polizei Hamburg"
is one actor named "Polizei Hamburg", the fullest name the article writes."""

from __future__ import annotations

from typing import Optional

from .context import Context
from .grammar import ARTICLES
from .words import word_set

CLASSIFYING_HEADS = word_set("classifying_heads")  # "der Firma Neutrino": the name alone names it


def short_form_before(clusters, m, start: int, end: int, phrase: str) -> Optional[object]:
    """The cluster an earlier bare head ("die Polizei") opened, where ``phrase`` is that head and a
    name after it that the rules took for the body's name (``m.key``: "Polizei Hamburg"); the
    cluster then takes that name.
    Only where one such bare body of that type and head stands before."""
    words = phrase.split()
    if words and words[0].lower() in ARTICLES:
        words = words[1:]
    if not m.extra.get("head_and_name") or m.type == "person" or len(words) < 2 or words[0] != m.head or not all(w[:1].isupper() for w in words[1:]):
        return None
    # no mention of it qualified by a capitalised word before the head: "die Kölner Polizei" is no
    # short form of "die Polizei Bonn"
    bare = [c for c in clusters.before(start) if c.type == m.type and c.key is None and _bare_head(c.name, m.head)
            and not any(_qualified(clusters.text, s) for s, _ in c.spans)]
    if len(bare) != 1:
        return None
    target = bare[0]
    target.name, target.key, target.described = m.key, m.key, (start, end)
    return target


def _qualified(text: str, start: int) -> bool:
    """A capitalised word other than an article just before a mention ("Kölner" Polizei)."""
    before = text[max(start - 40, 0):start].split()[-1:]
    return bool(before) and before[0][:1].isupper() and before[0][-1] not in ".!?:;\"“»«" and before[0].lower() not in ARTICLES


def _bare_head(name: str, head: str) -> bool:
    """"Polizei", "der Polizei vom Freitag": the head with no name after it."""
    words = name.split()
    if words and words[0].lower() in ARTICLES:
        words = words[1:]
    return bool(words) and words[0] == head and (len(words) == 1 or not words[1][:1].isupper())


def heads_with_names(ctx: Context) -> None:
    """Mark a body's phrase that is its head and a proper noun after it ("die Polizei Hamburg"), the
    long form an earlier bare head ("die Polizei") may be short for (``short_form_before``)."""
    doc = ctx.doc
    # "wirft die Staatsanwaltschaft Ertel … vor": a person's name after the head is no part of it
    person_words = {doc[p.end - 1].text for p in ctx.mentions if p.type == "person"}
    for m in ctx.mentions:
        if m.key is None or m.type == "person" or m.head is None or doc[m.end - 1].text in person_words:
            continue
        first = m.start + (1 if doc[m.start].lower_ in ARTICLES else 0)
        rest = doc[first + 1 : m.end]
        if doc[first].text == m.head and m.head not in CLASSIFYING_HEADS and len(rest) == 1 and rest[0].tag_ == "NE":
            m.extra["head_and_name"] = True

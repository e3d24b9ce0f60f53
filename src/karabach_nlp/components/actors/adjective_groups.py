"""Groups of people named by a nominalised adjective or participle ("Überlebende Russen", "die
Überlebenden", "eine Verwandte"): the word names people wherever it stands alone, and a group the
article introduced with it ("Überlebende Russen") is named again by the word alone ("berichten
Überlebende", "Laut Überlebenden", "Einige Überlebende")."""

from __future__ import annotations

from .context import Context
from .mention_record import Mention
from .people_words import names_people

# determiners a group's word may follow; singular indefinites ("eines Überlebenden") name one person
GROUP_DETERMINERS = frozenset({"die", "den", "der", "einige", "einigen", "viele", "vielen", "alle", "allen", "manche"})
SINGULAR_DETERMINERS = frozenset({"ein", "eine", "eines", "einem", "einen", "einer"})


def _stem(word: str) -> str:
    return word.lower().removesuffix("n")


def adjective_groups(ctx: Context) -> None:
    """A group introduced as "Überlebende Russen" is named again by "Überlebende" alone."""
    doc = ctx.doc
    for group in [m for m in ctx.mentions if m.type == "person" and m.kind in ("title", "phrase")]:
        first = group.start + (1 if doc[group.start].tag_ == "ART" else 0)
        word = doc[first].text
        if first + 1 >= group.end or not names_people(word):
            continue
        end_char = doc[group.end - 1].idx + len(doc[group.end - 1].text)
        for tok in doc[group.end:]:
            if tok.i in ctx.taken or tok.tag_ != "NN" or _stem(tok.text) != _stem(word):
                continue
            start = _determiner_start(doc, tok.i)
            if start is None or any(k in ctx.taken for k in range(start, tok.i)):
                continue
            ctx.mentions.append(Mention(start, tok.i + 1, "person", kind="title", head=word, plural=True,
                                        extra={"refers_back": True, "apposed_to": end_char}))
            ctx.taken.update(range(start, tok.i + 1))


def _determiner_start(doc, i: int):
    """Where the group's mention starts: at its determiner, at the word where it stands bare; None
    where it is counted ("drei Überlebende") or one person ("eines Überlebenden")."""
    if i == 0:
        return i
    before = doc[i - 1]
    if before.like_num or before.tag_ == "CARD" or before.lower_ in SINGULAR_DETERMINERS:
        return None
    return i - 1 if before.lower_ in GROUP_DETERMINERS else i

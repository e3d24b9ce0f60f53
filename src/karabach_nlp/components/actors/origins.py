"""Who made a statement named by a noun, after "aus": "ein offizielles Dementi aus dem
Bundespresseamt", "eine Stellungnahme aus dem Innenministerium". The body speaks there, as after
"laut"."""

from __future__ import annotations

from ...resources import load_json
from .context import Context
from .phrases import phrase

STATEMENT_NOUNS = frozenset(load_json("gazetteers", "statement_origins.json")["statement_nouns"])
BODY_TYPES = ("authority", "organization", "media", "armed_group")


def statement_origins(ctx: Context) -> None:
    """A body after "aus" right after a noun for a statement is the statement's source."""
    doc = ctx.doc
    for noun in ctx.tokens_where("text", STATEMENT_NOUNS):
        i = noun.i + 1
        if i + 1 >= len(doc) or doc[i].lower_ != "aus" or i + 1 in ctx.taken:
            continue
        j = i + 1
        if doc[j].tag_ == "ART":
            j += 1
        while j < len(doc) and doc[j].tag_ == "ADJA":
            j += 1
        if j >= len(doc) or j in ctx.taken or ctx.lex.head_type(doc[j].text) not in BODY_TYPES:
            continue
        mention = phrase(ctx, j, ctx.lex.head_type(doc[j].text))
        if mention is None or any(k in ctx.taken for k in range(mention.start, mention.end)):
            continue
        mention.start, mention.acting = min(mention.start, i + 1), True
        ctx.mentions.append(mention)
        ctx.taken.update(range(mention.start, mention.end))

"""Unknown acronyms as organisations, and acronyms defined in "(…)" after their long form."""

from __future__ import annotations

from .clause import speaker_context
from .context import Context
from .edges import long_form
from .grammar import ACRONYM, DEFINITE
from .mention_record import Mention


def acronyms(ctx: Context) -> None:
    """Unknown acronyms as organisations, and acronyms defined in "(…)" after their long form.

    Unknown acronyms: an organisation where an article, "laut" or a "(…)" definition says so;
    a defined acronym keeps the type of its long form everywhere ("des BMI" after "Das deutsche
    Innenministerium (BMI)")."""
    doc, mentions, taken, lex = ctx.doc, ctx.mentions, ctx.taken, ctx.lex
    defined_types: dict[str, str] = {}
    for tok in doc:  # "Deutsche Schutzvereinigung für Wertpapierbesitz (DSW)"
        i = tok.i
        if not (ACRONYM.match(tok.text) and 1 < i and doc[i - 1].text == "(" and i + 1 < len(doc) and doc[i + 1].text == ")"):
            continue
        if tok.text in lex.name_stopwords:
            continue  # "19:20 Uhr (GMT)", "(EUR)": a time zone or a currency, no organisation
        inner = long_form(doc, mentions, i - 1)
        if inner is not None and inner.key is None:
            inner.key = tok.text
        kind = inner.type if inner is not None else "organization"
        defined_types.setdefault(tok.text, kind)
        if i not in taken:
            mentions.append(Mention(i, i + 1, kind, key=tok.text, kind="name"))
            taken.add(i)
    for tok in doc:
        i = tok.i
        if i in taken or not ACRONYM.match(tok.text) or tok.text in lex.name_stopwords:
            continue
        prev = doc[i - 1] if i > 0 else None
        if prev is not None and (prev.lower_ in DEFINITE or speaker_context(ctx, i, i + 1)):
            start = i - 1 if prev.lower_ in DEFINITE else i
            kind = defined_types.get(tok.text, "organization")
            mentions.append(Mention(start, i + 1, kind, key=tok.text, kind="name", acting=True))
            taken.update(range(start, i + 1))

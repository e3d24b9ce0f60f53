"""A body and its description joined by a copula are one actor: "Die größte Oppositionspartei ist
die Liberale Partei Kanadas", "Die Liberale Partei ist die größte Oppositionspartei"."""

from __future__ import annotations

from .context import Context
from .grammar import ARTICLES

IDENTITY_COPULAS = frozenset({"ist", "war", "bleibt", "blieb"})  # not "wird" (a change), "sind" (groups)
BODY_TYPES = frozenset({"organization", "authority", "media", "armed_group"})


def copula_identity(ctx: Context) -> None:
    """A description of a body and a named body on the two sides of "ist"/"war" take one name.

    The unnamed side (a phrase with a definite article, no name of its own) takes the named side's
    key; a predicate with an indefinite article ("ist eine Partei") says what kind, not which."""
    doc = ctx.doc
    by_start = {m.start: m for m in ctx.mentions if m.type in BODY_TYPES}
    for left in [m for m in ctx.mentions if m.type in BODY_TYPES]:
        k = left.end
        if k + 1 >= len(doc) or doc[k].lower_ not in IDENTITY_COPULAS:
            continue
        right = by_start.get(k + 1)
        if right is None or right.type != left.type or doc[right.start].lower_ not in ARTICLES - {"ein", "eine", "einen", "einem", "einer", "eines"}:
            continue
        described, named = (left, right) if left.key is None else (right, left)
        if named.key is None or described.key is not None or described.kind != "phrase" or doc[described.start].lower_ not in ARTICLES:
            continue
        described.key = named.key

"""A coalition is not named by its members: "der Koalition aus SPD und Linkspartei" is a coalition
(an organisation of its own), and the SPD and the Linkspartei are actors of their own."""

from __future__ import annotations

from .context import Context
from .words import word_set

COALITION_HEADS = tuple(word_set("coalition_heads"))
MEMBER_PREPOSITIONS = frozenset({"aus", "von", "zwischen"})


def coalition_members(ctx: Context) -> None:
    """Cut a coalition's phrase before the members its preposition lists, which take no part in its name."""
    doc = ctx.doc
    for m in ctx.mentions:
        if m.head is None or not m.head.endswith(COALITION_HEADS) or m.key is None:
            continue
        cut = next((k for k in range(m.start + 1, m.end) if doc[k].lower_ in MEMBER_PREPOSITIONS), None)
        if cut is None or m.key not in doc[cut:m.end].text:
            continue
        ctx.taken.difference_update(range(cut, m.end))
        m.end, m.key = cut, None

"""A seat of government the article has shown acting for its state ("Laut Kreml", "der Kreml
erklärte") stands for that state wherever it is named again ("die vom Kreml genannte Zahl", "der
Kreml ursprünglich von 63"), but not as a place ("im Kreml", "in den Kreml")."""

from __future__ import annotations

from .context import Context
from .grammar import NON_AGENT_PREPOSITIONS
from .lexicon import SEAT
from .mention_record import Mention

# after these the seat is a place or a party to something ("im Kreml", "mit dem Kreml"); "vom Kreml
# genannt" is the agent
PLACE_PREPOSITIONS = NON_AGENT_PREPOSITIONS - {"von", "vom"}
ARTICLES = frozenset({"der", "des", "dem", "den"})


def seat_echoes(ctx: Context) -> None:
    """A seat of government found acting for its state is that state again wherever it stands."""
    doc = ctx.doc
    acting = {m.key for m in ctx.mentions if m.type == "state" and m.key and _names_seat(ctx, m)}
    for span in ctx.by_label.get(SEAT, []):
        if span.id_ not in acting or any(i in ctx.taken for i in range(span.start, span.end)):
            continue
        start = span.start - 1 if span.start > 0 and doc[span.start - 1].lower_ in ARTICLES else span.start
        before = doc[start - 1].lower_ if start > 0 else ""
        if before in PLACE_PREPOSITIONS:
            continue  # "im Kreml", "in den Kreml": the building
        ctx.mentions.append(Mention(start, span.end, "state", key=span.id_, kind="name"))
        ctx.taken.update(range(start, span.end))


def _names_seat(ctx: Context, m: Mention) -> bool:
    return any(span.start >= m.start and span.end <= m.end for span in ctx.by_label.get(SEAT, []))

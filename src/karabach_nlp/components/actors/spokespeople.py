"""The body an unnamed spokesperson speaks for where no list knows its noun: "eine Sprecherin der
Rechtsmedizin" speaks for the Rechtsmedizin, an actor of its own, as "ein Sprecher der Polizei" does."""

from __future__ import annotations

from typing import Optional

from .context import Context
from .lexicon import CAPITAL, SEAT
from .mention_record import Mention
from .nouns import ABSTRACT_ENDINGS
from .people_words import names_people

GENITIVE_ARTICLES = frozenset({"der", "des"})


def unlisted_body(ctx: Context, mention: Mention, i: int) -> Optional[Mention]:
    """The genitive right after the spokesperson's head ``i`` inside ``mention``, where it is a
    capitalised common noun no list types: an organisation ("der Rechtsmedizin"). Not a person
    ("des Ministers", "des Erwerbslosen"), not an idea ("der Ideenlosigkeit"), not a state or its
    seat ("des Staates", "des Weißen Hauses"), not a name the rules found."""
    doc, lex = ctx.doc, ctx.lex
    k = i + 1
    if k >= mention.end or doc[k].lower_ not in GENITIVE_ARTICLES:
        return None
    j = k + 1
    while j < mention.end and doc[j].tag_ == "ADJA":
        j += 1
    if j >= mention.end or doc[j].tag_ != "NN" or not doc[j].text[:1].isupper():
        return None
    head, low = doc[j].text, doc[j].lower_
    if lex.head_type(head) is not None or head in lex.not_heads or low.endswith(ABSTRACT_ENDINGS):
        return None
    if names_people(head) or {head, head.removesuffix("s"), head.removesuffix("es")} & lex.state_heads:
        return None  # "des Erwerbslosen": a person; "des Staates": a state, not a body of its own
    if any(t.text[:1].isupper() for t in doc[k + 1 : j]) or any(
            s.start <= j < s.end for s in ctx.by_label.get(SEAT, []) + ctx.by_label.get(CAPITAL, [])):
        return None  # "des Weißen Hauses": a name (here a seat of government, which stands for its state)
    if low.endswith(lex.not_actor_endings) or any(m.start <= j < m.end for m in ctx.mentions if m is not mention):
        return None
    return Mention(k, j + 1, "organization", kind="phrase", head=head)

"""The last pass: a title phrase and a name beside it with a comma between are one person."""

from __future__ import annotations

from .clause import closed_apposition
from .context import Context
from .grammar import ARTICLES


def appositive_titles(ctx: Context) -> None:
    """A title and a name in apposition are one person ("Fritz Tack, Agrarexperte der Linksfraktion").

    A title phrase and a name next to it, with a comma between, are one person ("Fritz Tack,
    Agrarexperte der Linksfraktion, kritisierte", "Der Sprecher der Polizei, Lars Beringer,"):
    one mention, and no second person whose title might join someone else with the same title."""
    mentions, doc = ctx.mentions, ctx.doc
    by_end = {m.end: m for m in mentions if m.type == "person" and m.kind in ("name", "surname")}
    by_start = {m.start: m for m in mentions if m.type == "person" and m.kind == "name"}
    for title in [m for m in mentions if m.type == "person" and m.kind == "title" and not m.plural]:
        before, after = by_end.get(title.start - 1), by_start.get(title.end + 1)
        if before is not None and doc[title.start - 1].text == "," and (
                doc[title.start].lower_ not in ARTICLES or closed_apposition(doc, title)):
            # with an article ("Fritz Tack, der …") it may be a relative clause: only when the phrase
            # closes with a comma and no verb ("Peter Müller, der Sprecher der Ambulanz, sagte")
            before.end = title.end
            name = before
        elif after is not None and not after.titles and title.end < len(doc) and doc[title.end].text == ",":
            after.start = title.start  # "Der Sprecher der Polizei, Lars Beringer"
            name = after
        else:
            continue
        role = doc[title.start : title.end]
        name.extra["role"] = (role.start_char, role.end_char)  # the person's role (spec §3)
        name.titles = tuple(dict.fromkeys((*name.titles, *title.titles)))
        name.gender = name.gender or title.gender
        mentions.remove(title)

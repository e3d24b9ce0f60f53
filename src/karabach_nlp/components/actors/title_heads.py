"""A title standing alone right before the person who holds it is named with it: the heading
"Bundesinnenministerin" over "Bundesinnenministerin Nancy Faeser hat …" names her."""

from __future__ import annotations

from .context import Context

MAX_GAP = 30  # tokens between the bare title and the named holder: a heading and its first sentence


def titles_before_names(ctx: Context) -> None:
    """A bare title followed, within a heading's reach, by a person named with that title is that person."""
    people = sorted((m for m in ctx.mentions if m.type == "person"), key=lambda m: m.start)
    for k, m in enumerate(people):
        if m.kind != "title" or m.plural or not m.titles or m.extra.get("refers_back"):
            continue
        nxt = next((n for n in people[k + 1 :] if m.titles[0] in n.titles), None)
        if nxt is None or nxt.kind != "name" or nxt.start - m.end > MAX_GAP or not nxt.surname:
            continue
        if any(n.kind == "name" for n in people[k + 1 :] if n.start < nxt.start):
            continue  # another person named between: the title may be theirs
        m.kind, m.given, m.surname, m.key = "name", nxt.given, nxt.surname, nxt.key
        m.gender = m.gender or nxt.gender

"""Coordinated speakers: one speaker phrase that names several actors.

"Die Polizei und die Feuerwehr teilten mit, …" has one speaker phrase (it is what the text
says, and what the quotation dataset marks) but two actors. Each conjunct is resolved on its
own, so that neither actor takes the other's name as a mention.

A phrase is split only where every part names an actor on its own: a part opening with an
article, a mention the actors component found, a word the actor lexicon types ("Betriebsrat"),
a known name ("UNO"), or a full name of two capitalised words. "Das Ministerium für Wirtschaft
und Energie" stays one phrase: "Energie" names nobody.
"""

from __future__ import annotations

from spacy.tokens import Doc

from ..actors.resolve import doc_lexicon
from . import phrases


def _names_an_actor(doc: Doc, start: int, end: int) -> bool:
    words = [t.text for t in doc[start:end]]
    if not words or not phrases.whole(doc, start, end):
        return False
    if words[0].lower() in phrases.DETERMINERS or phrases._actor_mention(doc, start, end):
        return True
    lex = doc_lexicon(doc)  # the user's gazetteer (--gazetteer) too
    if any(lex.head_type(w) for w in words) or " ".join(words) in lex.alias_index:
        return True
    return len(words) == 2 and all(w[:1].isupper() and w.isalpha() for w in words)


def conjuncts(doc: Doc, start_char: int, end_char: int) -> list[tuple[int, int]]:
    """The parts of a coordinated speaker phrase in character offsets; [] when it is one speaker."""
    span = doc.char_span(start_char, end_char, alignment_mode="expand")
    if span is None or len(span) < 3:
        return []
    start = span.start + (1 if doc[span.start].text.lower() == "sowohl" else 0)
    cuts = []  # (first token of the joiner, first token after it)
    for k in range(start + 1, span.end - 1):
        low = doc[k].text.lower()
        if low in phrases.COORDINATORS:
            cuts.append((k, k + 1))
        elif low == "als" and doc[k + 1].text.lower() == "auch" and start > span.start:
            cuts.append((k, k + 2))
    if not cuts:
        return []
    # "Der Innenminister, die Kanzlerin und der Bürgermeister": commas before the last joiner list too
    last = cuts[-1][0]
    cuts = sorted(cuts + [(k, k + 1) for k in range(start + 1, last) if doc[k].text == ","])
    parts, begin = [], start
    for joiner, after in cuts:
        parts.append((begin, joiner))
        begin = after
    parts.append((begin, span.end))
    if not all(_names_an_actor(doc, s, e) for s, e in parts):
        return []
    return [(doc[s].idx, doc[e - 1].idx + len(doc[e - 1].text)) for s, e in parts]

"""Indirect speech made known with no speaker: "Zuvor war bekannt geworden, dass …", "nachdem
bekannt geworden war, dass …". The particle "bekannt" stands before the participle here, so the
separable-verb rules (which look for a particle after its verb: "wurde bekannt, dass …") miss it;
and in a "nachdem" clause the fact made known is still reported content, only its own clause."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span as SpacySpan

from ...records import AttributionKind
from .clauses import COMPLEMENTIZERS, AUX, SUBORDINATORS, Finding, _chars, _first
from .clauses import _clause_end, _content_end
from .words import words

PARTICIPLES = words("made_known", "PARTICIPLES")  # "bekannt geworden"


def _made_known(sent: SpacySpan, masked, taken: list[tuple[int, int]]) -> list[Finding]:
    doc = sent.doc
    out: list[Finding] = []
    for i in range(_first(sent), sent.end - 1):
        if masked(i) or doc[i].text != "bekannt" or doc[i + 1].text not in PARTICIPLES:
            continue
        found = _made_known_at(sent, i, masked)
        if found is not None and not any(s < found.content[1] and found.content[0] < e for s, e in taken):
            out.append(found)
    return out


def _made_known_at(sent: SpacySpan, i: int, masked) -> Optional[Finding]:
    doc = sent.doc
    comma = i + 2
    while comma < sent.end and doc[comma].text.lower() in AUX:  # "bekannt geworden war,"
        comma += 1
    if comma + 2 >= sent.end or doc[comma].text != "," or doc[comma + 1].text.lower() not in COMPLEMENTIZERS:
        return None
    start = comma + 2
    opening = max([_first(sent), *[k + 1 for k in range(_first(sent), i) if doc[k].text in (",", ";")]])
    # inside "nachdem …" the content ends with its own clause; the main clause follows
    subordinate = doc[opening].text.lower() in SUBORDINATORS
    end = _clause_end(sent, start) if subordinate else _content_end(sent)
    if end - start < 3 or any(masked(k) for k in range(start, end)):
        return None
    return Finding(AttributionKind.indirect, _chars(doc, start, end), None, [_chars(doc, i, i + 2)], sent=sent.start)

"""Indirect speech framed by a stance rather than a verb of saying: "hält es für möglich, dass …",
"zeigte sich zuversichtlich, dass …", "ist sich sicher, dass …", "sah es als erwiesen an, dass …". The verb, its "es für"/"sich"
and the adjective are the cue; the subject of the verb speaks; the clause after the comma is the
content ("dass"/"ob", a zu-infinitive or the Konjunktiv)."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span as SpacySpan

from ...records import AttributionKind
from .clauses import COMPLEMENTIZERS, Finding, _chars, _first, _is_subjunctive
from .clauses import _clause_end, _content_end, _speaker_around, _zu_infinitive
from .words import words

HOLD = words("stances", "HOLD")  # "hält es für möglich"
SEE = words("stances", "SEE")  # "sah es als erwiesen an": "hält es für" with "als … an"
SHOW = words("stances", "SHOW")  # "zeigte sich besorgt"
BE = words("stances", "BE")  # "ist sich sicher" / "ist zuversichtlich"
# adjectives of belief or attitude that, after "ist"/"war" alone, frame what someone thinks
BELIEF_ADJECTIVES = words("stances", "BELIEF_ADJECTIVES")
MAX_GAP = 6  # tokens between the verb and its adjective ("hält es jedoch inzwischen für möglich")


def _stance_frames(sent: SpacySpan, masked, taken: list[tuple[int, int]]) -> list[Finding]:
    doc = sent.doc
    out: list[Finding] = []
    for i in range(_first(sent), sent.end):
        low = doc[i].text.lower()
        if masked(i) or not (low in HOLD or low in SEE or low in SHOW or low in BE):
            continue
        found = _stance(sent, i, masked)
        if found is not None and not any(s < found.content[1] and found.content[0] < e for s, e in [*taken, *(f.content for f in out)]):
            out.append(found)
    return out


def _stance(sent: SpacySpan, i: int, masked) -> Optional[Finding]:
    doc = sent.doc
    low = doc[i].text.lower()
    comma = next((k for k in range(i + 1, min(sent.end, i + MAX_GAP + 3)) if doc[k].text == ","), None)
    if comma is None or comma + 1 >= sent.end:
        return None
    words = [doc[k].text.lower() for k in range(i + 1, comma)]
    adjective = comma - 1
    if low in SEE and words[-1:] == ["an"] and comma - 2 > i:
        adjective = comma - 2  # "sah es als erwiesen an,": the particle closes the clause
    if not doc[adjective].text.isalpha() or not doc[adjective].text.islower():
        return None
    if low in SEE:
        if not ("es" in words and "als" in words and words[-1] == "an" and doc[adjective].text.lower() != "als"):
            return None
        es, als = i + 1 + words.index("es"), i + 1 + words.index("als")
        cue = [(i, i + 1), (es, es + 1), (als, comma)]
    elif low in HOLD:
        if not ("es" in words and "für" in words):
            return None
        cue = [(i, i + 1), (i + 1 + words.index("es"), i + 2 + words.index("es")),
               (i + 1 + words.index("für"), comma)]
    elif low in SHOW:
        if "sich" not in words:
            return None
        k = i + 1 + words.index("sich")
        cue = [(i, i + 1), (k, k + 1), (adjective, comma)]
    else:
        if doc[adjective].text.lower() not in BELIEF_ADJECTIVES:
            return None
        cue = [(i, i + 1), (adjective, comma)]
        if "sich" in words:
            k = i + 1 + words.index("sich")
            cue.insert(1, (k, k + 1))
    body = comma + 1
    content_end = _content_end(sent)
    first = doc[body].text.lower()
    end = _clause_end(sent, body) if first not in COMPLEMENTIZERS else content_end
    if not (first in COMPLEMENTIZERS or _zu_infinitive(doc, body, end)
            or any(_is_subjunctive(doc[k]) for k in range(body, end))):
        return None
    start = body + 1 if first in COMPLEMENTIZERS else body
    if end - start < 2 or any(masked(k) for k in range(start, end)):
        return None
    speaker = _speaker_around(sent, i)  # before the verb, or after it ("zeigte sich der Minister …")
    if speaker is not None and speaker[1] > comma:
        speaker = None
    # pronouns only: "Das Landgericht" opens with the article, not the pronoun "das"
    if speaker is not None and speaker[1] - speaker[0] == 1 and doc[speaker[0]].text.lower() in ("ich", "wir", "es", "das", "dies"):
        return None
    return Finding(AttributionKind.indirect, _chars(doc, start, end), _chars(doc, *speaker) if speaker else None,
                   [_chars(doc, s, e) for s, e in cue], sent=sent.start)

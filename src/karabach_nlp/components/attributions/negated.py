"""A negated frame reports nothing said: "Die Behörde wollte nicht bestätigen, dass …", "Die
Tests haben den Verdacht nicht bestätigt, dass …", "gab die Flugsicherung nicht bekannt", "hatte
nichts Gutes zu berichten, da …", "kann nicht wirklich erklären, was …". Verbs
whose negation affirms ("schloss nicht aus", "bestritt nicht") keep their report."""

from __future__ import annotations

from spacy.tokens import Doc

from ...records import AttributionKind
from .clauses import AFFIRMED_BY_NEGATION, NEGATIONS, Finding

NEGATORS = NEGATIONS | frozenset("nicht nie niemals nichts weder".split())
# what may stand between a negated object and its infinitive cue: "nichts Gutes zu berichten"
OBJECT_TAGS = frozenset("ADJA ADJD NN PTKZU".split())


def negated(doc: Doc, f: Finding) -> bool:
    """Whether an indirect finding framed before its content has a negation in its frame clause."""
    if f.kind != AttributionKind.indirect or not f.cue or min(s for s, _ in f.cue) >= f.content[0]:
        return False
    cues = [doc.char_span(s, e, alignment_mode="expand") for s, e in f.cue]
    content = doc.char_span(*f.content, alignment_mode="expand")
    if any(c is None for c in cues) or content is None:
        return False
    words = [t for c in cues for t in c]
    lemmas = {t.lemma_ for t in words} | {p.text.lower() + t.lemma_ for t in words for p in words if p is not t}
    if lemmas & AFFIRMED_BY_NEGATION:
        return False
    verb = cues[0][0]
    # the negation stands after the finite cue ("bestätigte nicht, dass", "gab … nicht bekannt") or
    # right before an infinitive or participle cue ("wollte nicht bestätigen", "nicht bestätigt")
    start = verb.i - 1 if verb.tag_ in ("VVINF", "VVPP", "VVIZU") else verb.i + 1
    if start < verb.i:  # "hatte nichts Gutes zu berichten": a negated object before "zu" + infinitive
        while start > verb.i - 4 and start > 0 and doc[start].tag_ in OBJECT_TAGS and doc[start].text.lower() not in NEGATORS:
            start -= 1
    # ("beklagen nicht ausgezahlte Prämien": a negated adjective is part of an object, no negated act)
    return any(doc[k].text.lower() in NEGATORS and not (doc[k].text.lower() == "nicht" and k + 1 < len(doc) and doc[k + 1].tag_ == "ADJA")
               for k in range(start, content.start))

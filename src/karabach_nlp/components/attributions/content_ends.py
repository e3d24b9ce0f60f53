"""Where the content of a frame-before report ends when the sentence goes on with the speaker's
next act: "Sie räumte ein, es könnten Stellen verloren gehen, sprach aber von …", "Er sagte,
Europa brauche die Briten und fügte hinzu: …". A finite verb in the indicative right after a
comma or a conjunction has no subject of its own there: it continues the frame's subject, so the
report stops before it (the dataset marks that next act, if any, as a report of its own)."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ...records import AttributionKind
from .clauses import FINITE_TAGS, SUBORDINATORS, Finding, _is_subjunctive
from .words import words

CONJUNCTIONS = words("content_ends", "CONJUNCTIONS")


def _next_act(tok) -> bool:
    return tok.tag_ in FINITE_TAGS and tok.text[:1].islower() and not _is_subjunctive(tok)


def cut_at_next_act(doc: Doc, found: list[Finding]) -> list[Finding]:
    out = []
    for f in found:
        if f.kind == AttributionKind.indirect and f.cue and max(e for _, e in f.cue) <= f.content[0]:
            f = _cut(doc, f) or f
        out.append(f)
    return out


def _cut(doc: Doc, f: Finding):
    span = doc.char_span(*f.content, alignment_mode="expand")
    if span is None or len(span) < 4 or span[0].text.lower() in SUBORDINATORS:
        return None  # "wenn es regnet, ist …": after a leading subordinate clause the verb comes next
    for k in range(span.start + 2, span.end - 1):
        t = doc[k]
        # the act has words after its verb; a verb closing the content ends a relative clause
        # ("Elemente, die die Partei, die ENM, begünstigten")
        if ((t.text == "," or t.text.lower() in CONJUNCTIONS) and _next_act(doc[k + 1])
                and k + 2 < span.end and not doc[k + 2].is_punct):
            end = k
            while end > span.start and (doc[end - 1].text in (",", ";", ":") or doc[end - 1].is_space):
                end -= 1
            if end - span.start < 2:
                return None
            return replace(f, content=(span[0].idx, doc[end - 1].idx + len(doc[end - 1])))
    return None


COORDINATORS = words("content_ends", "COORDINATORS")


def opens_with_coordinator(doc: Doc, f: Finding) -> bool:
    """ "Der Bär streift durch das Land, doch alle Versuche … sind gescheitert": a clause after a
    comma that opens with a coordinating conjunction is the next main clause, never what a verb
    before the comma framed (train: 6 such indirect findings, 1 paired with its Indirect gold)."""
    if f.kind != AttributionKind.indirect or not f.cue or max(e for _, e in f.cue) > f.content[0]:
        return False
    span = doc.char_span(*f.content, alignment_mode="expand")
    return span is not None and len(span) > 0 and span[0].text in COORDINATORS

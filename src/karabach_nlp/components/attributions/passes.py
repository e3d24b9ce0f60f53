"""Passes over all the findings of a document, after the per-sentence rules: what a finding is
depends on the others (a source phrase inside another report), on its sentence as a whole (a
question, a frame in the Konjunktiv) or on how its speaker phrase ends."""

from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ...doctext import doc_text
from ...records import AttributionKind
from .clauses import WEAK_SUBJUNCTIVE, Finding, _is_subjunctive


def nested_sources(doc: Doc, according: list[Finding], framing: list[Finding]) -> list[Finding]:
    """ "X sagte, nach neuesten Erkenntnissen habe …": the dataset marks the source phrase inside
    reported content as a report of its own, over that content after the phrase; a "wie"/"wonach"
    clause there stays part of the content."""
    text = doc_text(doc)
    out = []
    for a in according:
        if not a.cue or text[a.cue[0][0]:a.cue[0][1]].lower() in ("wie", "wonach"):
            continue
        outer = next((f.content for f in framing if f.content[0] <= a.cue[0][0] < f.content[1]), None)
        if outer is None:
            continue
        frame_end = max(e for _, e in [*a.cue, *([a.speaker] if a.speaker else [])])
        start = frame_end if a.cue[0][0] - outer[0] <= 1 else outer[0]  # the frame opens the content
        # "sagte, sie wolle helfen, weil die Mission nach Angaben der UN überfordert sei": a frame
        # inside a subordinate or relative clause of that content reports that clause only
        start, end = max(start, a.content[0]), min(outer[1], a.content[1])
        while start < end and not text[start].isalnum() and text[start] not in "„»\"":
            start += 1
        if end - start > 10:
            out.append(replace(a, content=(start, end)))
    return out


def reported_frames_as_free_indirect(doc: Doc, found: list[Finding]) -> list[Finding]:
    """ "Die Behörde gehe davon aus, dass …": a frame whose own verb (of the main clause, before any
    comma) is in the Konjunktiv I is itself reported by the article's last speaker; the dataset
    marks the whole sentence free indirect."""
    out = []
    for f in found:
        if f.kind == AttributionKind.indirect and f.cue and not f.continues:
            cue = doc.char_span(*f.cue[0], alignment_mode="expand")
            main = cue is not None and not any(t.text in (",", ";", ":") for t in doc[cue[0].sent.start:cue.start])
            if main and len(cue) == 1 and _is_subjunctive(cue[0]) and cue[0].text.lower() not in WEAK_SUBJUNCTIVE:
                sent = cue[0].sent
                start = next(t for t in sent if not t.is_space)
                end = sent.end
                while end > sent.start and doc[end - 1].is_space:
                    end -= 1
                f = replace(f, kind=AttributionKind.free_indirect, content=(start.idx, doc[end - 1].idx + len(doc[end - 1])),
                            speaker=None, cue=[], continues=True, sent=sent.start)
        out.append(f)
    return out


def in_a_question(doc: Doc, f: Finding) -> bool:
    """A frame in a question asks, it reports nothing ("Können Sie sagen, was Sie inspiriert?",
    "Welche Vorschläge sind Ihrer Meinung nach verfassungswidrig?"); a quoted question stays direct speech."""
    if f.kind == AttributionKind.direct or not f.cue:
        return False
    span = doc.char_span(*f.cue[0], alignment_mode="expand")
    if span is None:
        return False
    sent = span[0].sent
    last = next((t for t in reversed(sent) if not t.is_space), None)
    return last is not None and last.text == "?"


def without_trailing_comma(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """ "Der Sprecher, Lars Beringer, sagte": the comma closing the apposition is no part of the speaker."""
    start, end = span
    while end - 1 > start and text[end - 1] in ", ":
        end -= 1
    return start, end

"""Indirect speech whose content is the sentence before, taken up by "Das"/"Dies" opening the
frame: "Das erklärte am Freitag ein Sprecher.", "Dies geht aus einer Mitteilung der Polizei
hervor.", "Das wurde vom Ministerium bekannt gegeben.", "Das hat das Gericht entschieden."
The frame's verb (class ``reporting`` of ``models/lexicons/verbs.tsv``) is the cue, its subject, the "aus" phrase of
"hervorgehen" or the "von" agent of the passive the speaker."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span as SpacySpan

from ...records import AttributionKind
from ...speech_lexicon import verb_class
from . import phrases
from .clauses import VON, AUX, FRAME_ADVERBS, Finding, _chars, _first
from .clauses import _content_end, _separated_verb
from .words import words

PRONOUNS = words("back_reference", "PRONOUNS")
# "am Freitag", "am 28. Dezember", "heute Abend": a time between the verb and its subject
TIME_WORDS = words("back_reference", "TIME_WORDS")
SOURCE_VERBS = verb_class("source_aus")  # "Dies geht aus X hervor": "aus X" is the source


def _back_reference(lex, sent: SpacySpan, masked) -> list[Finding]:
    doc = sent.doc
    first = _first(sent)
    end = _content_end(sent)
    if sent.start == 0 or doc[first].text not in PRONOUNS or end - first < 3 or masked(first):
        return []
    prev = doc[sent.start - 1].sent
    if masked(prev.end - 1) or _content_end(prev) - _first(prev) < 3:
        return []
    found = _verb_second(lex, sent, first + 1, end) or _verb_last(lex, sent, first + 1, end)
    if found is None:
        return []
    speaker, cue = found
    return [Finding(AttributionKind.indirect, _chars(doc, _first(prev), _content_end(prev)),
                    _chars(doc, *speaker) if speaker else None, [_chars(doc, s, e) for s, e in sorted(cue)],
                    sent=prev.start)]


def _verb_second(lex, sent: SpacySpan, i: int, end: int) -> Optional[tuple]:
    """ "Das erklärte am Freitag ein Sprecher." / "Dies geht aus X hervor.": the cue verb right after the pronoun."""
    doc = sent.doc
    cue = [(i, i + 1)]
    verb = lex.verb_of(doc[i]) or _separated_verb(lex, sent, i, cue)
    if verb is None:
        return None
    j = _past_time(doc, i + 1, end)
    if verb.lemma in SOURCE_VERBS:
        if j < end and doc[j].text.lower() == "aus":
            return phrases.forward(sent, j + 1, allow_pronoun=False), cue
        return None
    speaker = phrases.forward(sent, j) if j < end else None  # "Das sagte er."
    return (speaker, cue) if speaker is not None else None


def _verb_last(lex, sent: SpacySpan, i: int, end: int) -> Optional[tuple]:
    """ "Das wurde vom Ministerium bekannt gegeben." / "Das hat das Gericht entschieden.": an
    auxiliary after the pronoun, the cue participle closing the sentence."""
    doc = sent.doc
    if doc[i].text.lower() not in AUX:
        return None
    last = end - 1
    while last > i and doc[last].text.lower() in AUX | {"worden"}:
        last -= 1
    if last <= i + 1:
        return None
    cue = [(last, last + 1)]
    split = last - 1 > i and any(v.particle == doc[last - 1].text for v in lex.split_verbs_of(doc[last]))
    if split:
        cue.insert(0, (last - 1, last))  # "bekannt gegeben"
    elif lex.verb_of(doc[last]) is None or doc[last].tag_ != "VVPP":
        return None
    j = _past_time(doc, i + 1, end)
    if j < end and doc[j].text.lower() in VON:
        return phrases.forward(sent, j + 1, allow_pronoun=False), cue  # passive: the agent speaks
    if doc[i].text.lower() in ("wurde", "wurden", "wird", "werden", "ist", "war"):
        return None, cue  # an agentless passive: reported, nobody named
    speaker = phrases.forward(sent, j, allow_pronoun=False)
    return (speaker, cue) if speaker is not None and speaker[1] <= cue[0][0] else None


def _past_time(doc, j: int, end: int) -> int:
    while j < end and (doc[j].text.lower() in TIME_WORDS | FRAME_ADVERBS or doc[j].text[:1].isdigit()
                       or doc[j].text == "." and j + 1 < end):
        j += 1
    return j

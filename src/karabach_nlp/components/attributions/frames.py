"""Helpers of the reporting-verb rules (reporting.py): where a frame's clause lies, whether a
clause is a main clause in the Konjunktiv, a coordinated speaker's clause, a split-off particle."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Span as SpacySpan

from ...records import AttributionKind
from ...speech_lexicon import ReportedVerb
from . import phrases
from .clauses import (
    AUX, CLAUSE_OPENERS, FINITE_TAGS, RELATIVE, SUBORDINATORS, WEAK_SUBJUNCTIVE, Finding, _chars, _clause_end, _content_end,
    _first, _is_subjunctive, _looks_like_clause, _particle, _zu_infinitive,
)
from .words import words

PERFECT_AUX = words("frames", "PERFECT_AUX")
SEPARABLE_PARTICLES = words("frames", "SEPARABLE_PARTICLES")


def _verbless(doc, start: int, end: int) -> bool:
    """Whether tokens ``[start, end)`` hold no verb, as the tagger reads them (without tags: unknown, so False)."""
    return doc.has_annotation("TAG") and not any(t.tag_.startswith("V") for t in doc[start:end])


def _finite_main_clause(doc, start: int, end: int) -> bool:
    """Whether ``[start, end)`` holds a finite verb with no comma before it: a main clause, not a
    subject phrase ("Der Planet ist …" vs "Der Mann")."""
    for k in range(start, end):
        if doc[k].text in (",", ";", ":"):
            return False
        if doc[k].tag_ in FINITE_TAGS:
            return True
    return False


def _perfect_frame_after(sent: SpacySpan, i: int, masked) -> Optional[Finding]:
    """ "Die Lage sei ernst, hatte der Minister gesagt.": a frame in the perfect after the content,
    the auxiliary right after the comma, the speaker next, the participle closing the sentence."""
    doc = sent.doc
    if doc[i].tag_ != "VVPP" or i + 1 != _content_end(sent):
        return None
    comma = next((k for k in range(i - 2, _first(sent), -1) if doc[k].text == ","), None)
    if comma is None or comma - _first(sent) < 3 or doc[comma + 1].text.lower() not in PERFECT_AUX or masked(comma - 1):
        return None
    if doc[_first(sent)].text.lower() in SUBORDINATORS:
        return None  # "Nachdem die Polizei eingetroffen war, hatte der Täter erklärt": a time, not what he said
    if any(doc[k].text == "," and (doc[k + 1].text.lower() in RELATIVE or doc[k + 2].text.lower() in RELATIVE)
           for k in range(_first(sent), comma - 2)):
        return None  # "Jüngste Umfragen, in denen …, haben ergeben": a subject with its relative clause
    speaker = phrases.forward(sent, comma + 2)
    if speaker is None or speaker[1] > i:
        return None
    if _verbless(doc, _first(sent), comma):
        return None  # what was said is a clause
    return Finding(AttributionKind.indirect, _chars(doc, _first(sent), comma), _chars(doc, *speaker),
                   [_chars(doc, i, i + 1)], sent=sent.start)


def _past_apposition(sent: SpacySpan, comma: int, speaker: tuple[int, int], content_end: int, saying: bool):
    """The comma that opens the content when a speaker after its verb carries an apposition: the
    one after the speaker phrase, or after a verbless stretch ("kanadischer General und
    Kommandeur des Einsatzes,") that a content clause follows."""
    doc = sent.doc
    if speaker[1] > comma and speaker[1] + 1 < content_end and doc[speaker[1]].text == ",":
        return speaker[1], speaker
    if speaker[1] != comma:
        return comma, speaker
    following = _clause_end(sent, comma + 1)
    verbless = doc[comma + 1].tag_ in ("ADJA", "NN", "NE") and not any(
        doc[k].tag_.startswith("V") or doc[k].text.lower() in AUX for k in range(comma + 1, following))
    if (verbless and 0 < following - comma - 1 <= 10 and following + 1 < content_end and doc[following].text == ","
            and _looks_like_clause(doc, following + 1, content_end, saying)):
        return following, (speaker[0], following)
    return comma, speaker


def _reported_main_clause(sent: SpacySpan, start: int, end: int) -> bool:
    """ "hat angeregt, der Präsident solle antreten": a main clause in the Konjunktiv I after the
    comma (a relative or subordinate clause in it completes the object instead)."""
    doc = sent.doc
    article = doc[start].text.lower() in RELATIVE and start + 1 < end and doc[start + 1].text[:1].isupper()
    if doc[start].text.lower() in (RELATIVE - {"der", "die", "das", "den", "dem"} if article else RELATIVE) | SUBORDINATORS | CLAUSE_OPENERS or not (
            phrases._capitalised(doc[start]) or doc[start].text.lower() in phrases.DETERMINERS | phrases.PRONOUNS):
        return False
    clause_end = _clause_end(sent, start)
    return any(_is_subjunctive(doc[k]) and doc[k].text.lower() not in WEAK_SUBJUNCTIVE for k in range(start, min(clause_end, start + 6)))


def _next_speaker_clause(lex, sent: SpacySpan, start: int, end: int) -> Optional[int]:
    """ "…, Annabi sei tot, doch ein UN-Sprecher erklärte, …": where a coordinated main clause
    with a speaker and a speech verb of its own begins inside content ``[start, end)`` (the
    comma before the conjunction); that clause is another report."""
    doc = sent.doc
    for k in range(start, end - 2):
        if doc[k].text != "," or doc[k + 1].text.lower() not in ("doch", "aber", "und", "während", "sowie", "jedoch"):
            continue
        speaker = phrases.forward(sent, k + 2, allow_pronoun=False, places=True)
        if speaker is None or speaker[0] != k + 2 or speaker[1] >= end:
            continue
        v = speaker[1]
        split = [e.particle for e in lex.split_verbs_of(doc[v])] + [
            e.verb.particle for e in lex.reported_of(doc[v]) if e.verb.particle]
        whole = lex.verb_of(doc[v]) is not None or any(not e.verb.particle for e in lex.reported_of(doc[v]))
        if whole or any(_particle(sent, v, p) is not None for p in split):
            return k
    return None


def _long_subject_comma(sent: SpacySpan, i: int, last: int) -> Optional[int]:
    """ "empfahl der EU-Kommissar für Erweiterung und Nachbarschaftspolitik Max Muster, … zu
    eröffnen": a comma past the usual reach that opens a zu-infinitive, with no verb or other
    punctuation between the cue and it."""
    doc = sent.doc
    for j in range(last, min(sent.end - 1, last + 16)):
        t = doc[j]
        if t.text == ",":
            return j if _zu_infinitive(doc, j + 1, _clause_end(sent, j + 1)) else None
        if t.tag_ in FINITE_TAGS or t.is_punct and t.text not in ("(", ")", "-", "„", "“", "\""):
            return None
    return None


def _clause_taking(sent: SpacySpan, i: int, reported: list[ReportedVerb], cue: list) -> list:
    """The reported-speech verbs of token ``i`` as (verb, particle) when they frame an object
    clause; a split-off particle must stand in the clause and joins ``cue``."""
    doc = sent.doc
    out = []
    if any(e.opener == "darauf" for e in reported) and any(doc[k].text.lower() == "darauf" for k in range(i + 1, sent.end)):
        return []  # "drängte darauf, … zurückzukehren": reported speech by the seed gold (spec §2)
    for entry in reported:
        verb = entry.verb
        p = None
        whole = doc[i].text.lower().startswith(verb.particle) if verb.particle else True
        if verb.particle and not whole and doc[i].lemma_.lower() != verb.lemma:
            p = _particle(sent, i, verb.particle)
            if p is None:
                continue
            if (p, p + 1) not in cue:
                cue.append((p, p + 1))
        out.append((verb, p))
    return out


def _foreign_particle(lex, sent: SpacySpan, i: int, verb) -> bool:
    """ "sagte der Verein das Turnier ab": a finite verb whose clause ends in a particle is
    another verb ("absagen"), not the reporting verb of its stem."""
    doc = sent.doc
    if verb.particle or i + 1 >= sent.end:
        return False
    end = _clause_end(sent, i + 1)
    last = doc[end - 1] if end - 1 > i else None
    if last is None or last.text not in SEPARABLE_PARTICLES:
        return False
    lemma = last.text + verb.lemma
    return lex.verbs.get(lemma) is None and lemma not in lex.reported

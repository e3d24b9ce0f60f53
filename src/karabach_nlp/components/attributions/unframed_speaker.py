"""Free indirect speech after a speech act the rules did not take as a frame: that act's subject
is the speaker it continues.

"Die chinesische Regierung wirft den Uiguren Terrorismus vor. Uiguren wie Isa weisen die
Anschuldigungen zurück. Sie seien friedliche Bürger.": "weisen … zurück" has an object and no
content clause, so no attribution stands in the second sentence, and the Konjunktiv of the third
would continue the last attribution's speaker, the side being accused. A run of free indirect
speech whose sentence before holds no attribution but a verb of saying with a subject continues
that subject instead, as does a stance verb ("sieht darin Parallelen", "zeigte sich enttäuscht")
that opens no clause, or a verb of demanding, rejecting, accusing, deciding or planning ("lehnte den
Plan ab", "erhebt Anklage", "hat festgelegt"; list DEMANDS) whose content the run spells out (kept in
``Finding.antecedent``; the record's ``speaker`` stays null, as the text names no one in the run itself).
"""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc, Span as SpacySpan

from ...records import AttributionKind
from ...speech_lexicon import SpeechLexicon
from . import phrases
from .clauses import Finding, _chars, _first, _speaker_around
from .reporting import verb_cue
from .stances import BE, BELIEF_ADJECTIVES, HOLD, SEE, SHOW
from .words import words

NO_SPEAKER = words("unframed_speaker", "NO_SPEAKER")  # "es", "ich", "man": nobody the run can continue
DEMANDS = words("unframed_speaker", "DEMANDS")  # lemmas: "fordern", "ablehnen", "vorwerfen", "festlegen"
PLANS = words("unframed_speaker", "PLANS")  # "Tesla will die Märkte erobern. Dazu soll …": the plan's subject
STANCE_VERBS = SEE | SHOW | HOLD  # "sieht", "zeigte sich", "hält": stance verbs that open no clause


def _unframed_speaker(lex: SpeechLexicon, doc: Doc, found: list[Finding], masked) -> list[Finding]:
    touched = _sentences_with_findings(doc, found)
    for f in found:
        if f.kind != AttributionKind.free_indirect or f.speaker is not None or not f.continues:
            continue
        start = doc.char_span(f.content[0], f.content[1], alignment_mode="expand")
        if start is None or start.sent.start == 0:
            continue
        before = doc[start.sent.start - 1].sent
        if before.start not in touched:
            f.antecedent = _subject_of_saying(lex, before, masked) or _subject_of_stance_or_demand(before, masked)
    return found


def _sentences_with_findings(doc: Doc, found: list[Finding]) -> set[int]:
    """The start tokens of the sentences a finding's content, speaker or cue touches."""
    out = set()
    for f in found:
        for s, e in [f.content, *([f.speaker] if f.speaker else []), *f.cue]:
            span = doc.char_span(s, max(s + 1, e), alignment_mode="expand")
            if span is not None:
                out.add(span.sent.start)
                out.add(doc[span.end - 1].sent.start)
    return out


def _says(vc, sent: SpacySpan) -> bool:
    """A verb of saying, or a speech act whose separable particle stands in the sentence ("gaben sich
    als Agenten aus" is no "bekanntgeben")."""
    if vc is None:
        return False
    particles = {t.text for t in sent[vc.i - sent.start + 1:]}
    return bool(vc.verbs) or any(e.verb.particle is None or e.verb.particle in particles for e in vc.reported)


def _subject_of_saying(lex: SpeechLexicon, sent: SpacySpan, masked) -> Optional[tuple[int, int]]:
    """The subject of the first finite verb of saying in ``sent`` (characters), if it has one."""
    doc = sent.doc
    for t in sent:
        if masked(t.i) or not t.tag_.endswith("FIN") or not _says(verb_cue(lex, sent, t.i), sent):
            continue  # (a separable verb only with its particle: "wurde" is no "bekannt werden")
        speaker = _speaker_around(sent, t.i)
        if speaker is not None and speaker[0] < t.i < speaker[1]:
            speaker = None  # a phrase running over the verb is no subject
        opening = phrases.forward(sent, _first(sent), places=True)
        if speaker is None and opening is not None and opening[1] < t.i and doc[opening[1]].text.lower() == "wie":
            speaker = opening  # "Uiguren wie Isa weisen … zurück": the group, with its example
        if speaker is not None and doc[speaker[0]].text.lower() not in NO_SPEAKER:
            return _chars(doc, *speaker)
        return None
    return None


def _subject_of_stance_or_demand(sent: SpacySpan, masked) -> Optional[tuple[int, int]]:
    """The subject of the sentence before a run (characters) when its first finite verb is a stance
    with no clause of its own ("Das Robert-Koch-Institut sieht noch keine Gefahr.", "zeigte sich
    enttäuscht", "ist besorgt") or a verb of DEMANDS, also as its participle or infinitive after
    "hat"/"will" ("Die Opposition lehnte den Plan ab. Er sei zu teuer."), or a modal of PLANS ("Die
    Firma will expandieren. Dazu soll …"); any other verb
    ("besuchte") hands nothing on."""
    doc = sent.doc
    verb = next((t for t in sent if t.tag_.endswith("FIN") and not masked(t.i)), None)
    if verb is None or not (verb.text.lower() in STANCE_VERBS or _believes(sent, verb)
                            or _lemmas(sent, verb) & DEMANDS or verb.lemma_ in PLANS):
        return None
    speaker = _speaker_around(sent, verb.i)
    if speaker is None or speaker[0] < verb.i < speaker[1] or doc[speaker[0]].text.lower() in NO_SPEAKER:
        return None
    return _chars(doc, *speaker)


def _believes(sent: SpacySpan, verb) -> bool:
    """ "ist besorgt", "gab sich optimistisch": a state of belief, a stance without a clause."""
    low = verb.text.lower()
    if low not in BE and not (low.startswith(("gab", "gib", "geb")) and any(t.text == "sich" for t in sent[verb.i - sent.start:])):
        return False
    return any(t.text.lower() in BELIEF_ADJECTIVES for t in sent[verb.i - sent.start + 1:])


def _lemmas(sent: SpacySpan, verb) -> set[str]:
    """The lemmas the finite ``verb`` stands for: its own, with a separable particle after it
    ("lehnte … ab": "ablehnen"), and after an auxiliary or modal the full verb of its clause."""
    after = sent[verb.i - sent.start + 1:]
    out = {verb.lemma_} | {t.text.lower() + verb.lemma_ for t in after if t.tag_ == "PTKVZ"}
    if verb.tag_ in ("VAFIN", "VMFIN"):
        full = next((t for t in after if t.tag_ in ("VVPP", "VVINF", "VVIZU") or t.text == ","), None)
        if full is not None and full.text != ",":
            out.add(full.lemma_.replace("zu", "", 1) if full.tag_ == "VVIZU" else full.lemma_)
    return out

"""A figure a body fears or expects in its own clause ("Texas' Behörden befürchten sechs weitere
Todesfälle"): the stance is no attribution (spec §2), but the figure is that body's, not the article's."""

from __future__ import annotations

from typing import Optional

from spacy.tokens import Doc

from ...records import Actor, CasualtyMention, SourceEvidence, Span
from ...speech_lexicon import verb_class
from ...doctext import doc_text

EXPECTING = verb_class("expecting")  # befürchten, erwarten, annehmen
FINITE = ("VVFIN", "VMFIN", "VAFIN")


def _subject_before(actors: list[Actor], text: str, verb_start: int, sent_start: int) -> Optional[tuple[Span, Actor]]:
    """The actor's mention that ends right before the verb, inside the sentence (only blanks between)."""
    for actor in actors:
        for m in actor.mentions:
            if sent_start <= m.start and m.end <= verb_start and not text[m.end:verb_start].strip():
                return m, actor
    return None


def stance_sources(doc: Doc, mentions: list[CasualtyMention], actors: list[Actor]) -> None:
    """Give each own-voice figure the body whose verb of fearing or expecting has it as object."""
    text = doc_text(doc)
    for mention in mentions:
        if mention.source_evidence != SourceEvidence.own_voice:
            continue
        figure = doc.char_span(mention.count_text.start, mention.count_text.end, alignment_mode="expand")
        if figure is None:
            continue
        sent = figure.sent
        verbs = [t for t in doc[sent.start:figure.start] if t.lemma_ in EXPECTING and t.tag_ in FINITE]
        if not verbs or any(t.text in (",", ";", ":") or t.tag_ in FINITE for t in doc[verbs[-1].i + 1:figure.start]):
            continue
        found = _subject_before(actors, text, verbs[-1].idx, sent.start_char)
        if found is None:
            continue
        span, actor = found
        mention.source, mention.source_span = span.text, span
        mention.source_actor, mention.source_actor_id, mention.source_actor_ids = actor.name, actor.id, [actor.id]
        mention.source_evidence = SourceEvidence.stance

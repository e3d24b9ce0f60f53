"""Attributions (spec §2): who said what. Direct quotes in German quote marks with their frame."""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc

from ..records import Attribution, AttributionKind, Span
from ..resources import load_wordlist
from .actors import resolve_span

QUOTE = re.compile(r"„([^“”\"]+)[“”\"]|»([^«]+)«|«([^»]+)»|\"([^\"]+)\"")
# "sagte er", "sagte Putin" after the quote
FRAME_AFTER = re.compile(r"^\s*,?\s*(?P<cue>\w+)\s+(?P<speaker>er|sie|[A-ZÄÖÜ][\w-]+(?:\s+[A-ZÄÖÜ][\w-]+)?)")
# "Putin sagte:" before the quote
FRAME_BEFORE = re.compile(r"(?P<speaker>[A-ZÄÖÜ][\w-]+)\s+(?P<cue>\w+):\s*$")


class Attributions:
    def __init__(self, nlp: Language, name: str, verbs_file: str):
        self.name = name
        self.lemmas = {line.split("|")[0] for line in load_wordlist("lexicons", verbs_file)}
        self.forms = {"sagte", "sagten", "sagt", "erklärte", "betonte", "berichtete"}

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text
        found: list[Attribution] = []
        last_speaker = None
        for m in QUOTE.finditer(text):
            group = next(g for g in range(1, 5) if m.group(g) is not None)
            start, end = m.start(group), m.end(group)
            speaker = cue = None
            after = FRAME_AFTER.match(text, m.end())
            before = FRAME_BEFORE.search(text, max(0, m.start() - 80), m.start())
            if after and after.group("cue") in self.forms:
                speaker = (after.start("speaker"), after.end("speaker"))
                cue = (after.start("cue"), after.end("cue"))
            elif before and before.group("cue") in self.forms:
                speaker = (before.start("speaker"), before.end("speaker"))
                cue = (before.start("cue"), before.end("cue"))
            actor = resolve_span(doc, *speaker) if speaker else last_speaker
            if actor is not None:
                last_speaker = actor
            found.append(
                Attribution(
                    kind=AttributionKind.direct,
                    speaker=Span.of(text, *speaker) if speaker else None,
                    speaker_actor=actor.name if actor else None,
                    speaker_actor_id=actor.id if actor else None,
                    cue=[Span.of(text, *cue)] if cue else [],
                    content=Span.of(text, start, end),
                )
            )
        doc._.attributions = found
        return doc


@Language.factory(
    "karabach_attributions",
    default_config={"verbs_file": "reporting_verbs.txt"},
    requires=["doc._.actors"],
    assigns=["doc._.attributions"],
)
def make_attributions(nlp: Language, name: str, verbs_file: str) -> Attributions:
    return Attributions(nlp, name, verbs_file)

"""Attributions (spec §2): who said what — direct, indirect, free indirect, reported, according to.

Rules over tokens, so that they run on the blank pipeline (no parser):

1. quotes: every quotation-mark span with a frame before, after or around it ("sagte er",
   "Putin sagte:", "„…“, so der Sprecher, „…“"), or opening a sentence, is direct speech;
2. frames in each sentence outside those quotes: "laut X", "X zufolge", "nach Angaben X",
   "…, so X", "wie X mitteilte" (according_to); a reporting verb with a content clause
   ("sagte, …", "teilten mit, dass …"; indirect); a speech act with an object ("spricht von …",
   "schloss … nicht aus"; reported); a noun with its clause ("die Forderung, … zu senken"; indirect);
3. free indirect: a following sentence in the Konjunktiv with no frame continues the last
   speaker until the mood breaks;
4. a short quote inside the content of another attribution is direct speech of that speaker.

Speakers are the phrase before the cue verb when it opens the sentence, else the phrase after
it; :func:`components.actors.resolve_span` ties them (pronouns, titles) to actors.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ...records import Attribution, AttributionKind, Span
from .back_reference import BackReference
from .cited import CitedSpeech
from .clauses import Finding
from .continuation import FreeIndirectSpeech
from .direct import DirectSpeech
from .frames import FramedSpeech
from .content_ends import cut_at_next_act, opens_with_coordinator
from .groups import conjuncts
from .negated import negated
from .made_known import MadeKnown
from .nouns import NounFrames
from .passes import in_a_question, nested_sources, reported_frames_as_free_indirect, without_trailing_comma
from .sourced_hearsay import SourcedHearsay
from .stances import StanceFrames
from ...speech_lexicon import SpeechLexicon, load_lexicon
from ..actors import resolve_span
from ...doctext import doc_text


class Attributions(DirectSpeech, CitedSpeech, FramedSpeech, NounFrames, StanceFrames, MadeKnown, BackReference, FreeIndirectSpeech,
                   SourcedHearsay):
    def __init__(self, nlp: Language, name: str):
        self.name = name
        self.lex: SpeechLexicon = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        if not doc.has_annotation("SENT_START") or len(doc) == 0:
            doc._.attributions = []
            return doc
        direct, inline = self._direct(doc)
        spans = [(d.content[0] - 1, d.content[1] + 1) for d in direct]
        spans += [c for d in direct for c in d.cue]  # a quote's frame verb frames nothing else
        token_masked = set()
        for s, e in spans:
            span = doc.char_span(max(0, s), min(len(doc_text(doc)), e), alignment_mode="expand")
            if span is not None:
                token_masked.update(range(span.start, span.end))
        masked = token_masked.__contains__
        found = list(direct)
        sents = list(doc.sents)
        for sent in sents:
            if all(masked(i) for i in range(sent.start, sent.end)):
                continue
            back = self._back_reference(sent, masked)
            if back:  # "Das teilte die Polizei mit.": the sentence is only the frame of the one before
                found += back
                continue
            according = self._according_to(sent, masked)
            reporting = self._reporting(sent, masked)
            if according:
                # "X sagte, nach neuesten Erkenntnissen habe …": a frame inside reported content
                # belongs to that content; otherwise the according_to frame is the sentence's report
                framing = [r for r in reporting if r.kind == AttributionKind.indirect
                           and all(r.content[0] <= c[0] and c[1] <= r.content[1] for a in according for c in a.cue)]
                found += framing + nested_sources(doc, according, framing) if framing else according
            else:
                found += reporting
            found += self._noun_frames(sent, masked, [f.content for f in found])
            found += self._stance_frames(sent, masked, [f.content for f in found])
            found += self._made_known(sent, masked, [f.content for f in found])
        found = cut_at_next_act(doc, found)
        found = reported_frames_as_free_indirect(doc, found)
        found = [f for f in found if not in_a_question(doc, f) and not negated(doc, f)]
        found += self._free_indirect(doc, sents, found, masked)
        found = [f for f in found if not opens_with_coordinator(doc, f)]
        self._sourced_hearsay(doc, found)
        found += self._nested(doc, inline, found)
        found += self._reported_around_quotes(doc, direct, token_masked)
        found = self._with_citers(doc, found)
        doc._.attributions = self._records(doc, found)
        return doc

    def _records(self, doc: Doc, found: list[Finding]) -> list[Attribution]:
        text = doc_text(doc)
        records = []
        last: list = []  # the actors of the last speaker, for the findings that continue it
        for f in sorted(found, key=lambda f: (f.content[0], -f.content[1])):
            actors = []
            if f.speaker is not None:
                f.speaker = without_trailing_comma(text, f.speaker)
                parts = conjuncts(doc, *f.speaker) or [f.speaker]
                actors = [a for a in (resolve_span(doc, *p) for p in parts) if a is not None]
            elif f.continues:
                actors = last
            if actors:
                last = actors
            actor = actors[0] if len(actors) == 1 else None
            records.append(
                Attribution(
                    kind=f.kind,
                    speaker=Span.of(text, *f.speaker) if f.speaker else None,
                    speaker_actor=actor.name if actor else None,
                    speaker_actor_id=actor.id if actor else None,
                    speaker_actor_ids=list(dict.fromkeys(a.id for a in actors)),
                    cue=[Span.of(text, s, e) for s, e in sorted(f.cue)],
                    content=Span.of(text, *f.content),
                )
            )
        return records


@Language.factory(
    "karabach_attributions",
    requires=["doc._.actors"],
    assigns=["doc._.attributions"],
)
def make_attributions(nlp: Language, name: str) -> Attributions:
    return Attributions(nlp, name)

"""The records of ``doc._`` as labelled spaCy span groups, so spaCy tools (displaCy's span
style, ``Doc.to_json``, span-group based training data) can read them.

Runs last and only reads: ``doc._.casualties``, ``doc._.attributions`` and ``doc._.actors`` stay
the records of truth. Each span carries ``id_`` naming its record (``casualty-0``,
``attribution-3``, ``actor-a2``) in the order ``api.claims_from_doc`` writes them, so a span
can be traced back to its record in the JSON output.
"""

from __future__ import annotations

from typing import Iterable, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span as SpacySpan

from ..records import Span

CASUALTIES = "karabach_casualties"
ATTRIBUTIONS = "karabach_attributions"
ACTORS = "karabach_actors"
SPAN_KEYS = (CASUALTIES, ATTRIBUTIONS, ACTORS)


def ordered(doc: Doc) -> tuple[list, list, list]:
    """Actors, casualties and attributions in the order of the JSON output."""
    actors = sorted(doc._.actors or [], key=lambda a: a.mentions[0].start if a.mentions else 0)
    casualties = sorted(doc._.casualties or [], key=lambda c: c.count_text.start)
    attributions = sorted(doc._.attributions or [], key=lambda a: a.content.start)
    return actors, casualties, attributions


def _span(doc: Doc, span: Optional[Span], label: str, record_id: str) -> Optional[SpacySpan]:
    # Records hold character offsets; "expand" covers a token cut by a record boundary.
    if span is None or span.end <= span.start:
        return None
    found = doc.char_span(span.start, span.end, label=label, alignment_mode="expand")
    if found is not None:
        found.id_ = record_id
    return found


def _casualty_spans(doc: Doc, casualties: list) -> Iterator[Optional[SpacySpan]]:
    for i, c in enumerate(casualties):
        yield _span(doc, c.count_text, c.outcome.value, f"casualty-{i}")


def _attribution_spans(doc: Doc, attributions: list) -> Iterator[Optional[SpacySpan]]:
    for i, a in enumerate(attributions):
        rid = f"attribution-{i}"
        yield _span(doc, a.content, "content", rid)
        yield from (_span(doc, cue, "cue", rid) for cue in a.cue)
        yield _span(doc, a.speaker, "speaker", rid)


def _actor_spans(doc: Doc, actors: list) -> Iterator[Optional[SpacySpan]]:
    for actor in actors:
        yield from (_span(doc, m, actor.type.value, f"actor-{actor.id}") for m in actor.mentions)


def _group(spans: Iterable[Optional[SpacySpan]]) -> list[SpacySpan]:
    return sorted((s for s in spans if s is not None), key=lambda s: (s.start, s.end))


class SpanGroups:
    """Pipeline component ``karabach_spans``: writes the three span groups of :data:`SPAN_KEYS`."""

    def __call__(self, doc: Doc) -> Doc:
        actors, casualties, attributions = ordered(doc)
        doc.spans[CASUALTIES] = _group(_casualty_spans(doc, casualties))
        doc.spans[ATTRIBUTIONS] = _group(_attribution_spans(doc, attributions))
        doc.spans[ACTORS] = _group(_actor_spans(doc, actors))
        return doc


@Language.factory("karabach_spans", requires=["doc._.actors", "doc._.casualties", "doc._.attributions"])
def make_spans(nlp: Language, name: str) -> SpanGroups:
    return SpanGroups()

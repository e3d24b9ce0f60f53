"""Quantity phrases as a component: ``doc.spans["quantities"]``, one span per phrase.

The German quantity parser (:mod:`karabach_nlp.quantities`) reads each sentence; every phrase it
finds becomes a span labelled with its kind (``number``, ``one``, ``vague``), widened to whole
tokens. The parsed value, with the phrase's exact character offsets, is ``span._.quantity``
(backed by ``doc._.quantities``, in the order of the span group), so later components read
figures without parsing again::

    for span in doc.spans["quantities"]:
        span._.quantity.count      # Count(low=31, high=None, ...) for "mehr als 30"

Sentences are read one by one, as the casualty rules see them: a phrase never runs past the end
of its sentence.
"""

from __future__ import annotations

from typing import Optional

import srsly
from spacy.language import Language
from spacy.tokens import Doc, Span

from ..doctext import doc_text
from ..quantities import Quantity, find_quantities
from ..records import Count

SPAN_KEY = "quantities"
_MARK = "__karabach_quantity__"


def quantity_of(span: Span) -> Optional[Quantity]:
    """The parsed quantity a span of ``doc.spans["quantities"]`` stands for."""
    for q in span.doc._.quantities or ():
        if span.start_char <= q.start and q.end <= span.end_char:
            return q
    return None


def sentence_quantities(doc: Doc, start: int, end: int) -> list[Quantity]:
    """The quantities the component found in the sentence ``text[start:end]``, left to right."""
    return [q for q in doc._.quantities or () if start <= q.start < end]


class Quantities:
    def __init__(self, nlp: Language, name: str):
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        text = doc_text(doc)
        found: list[Quantity] = []
        for sent in doc.sents:
            found += find_quantities(text, sent.start_char, sent.end_char)
        spans = []
        for q in found:
            span = doc.char_span(q.start, q.end, label=q.kind, alignment_mode="expand")
            if span is not None:
                spans.append(span)
        doc.spans[SPAN_KEY] = spans
        doc._.quantities = found
        return doc


def _encode(obj, chain=None):
    # Quantity is a plain dataclass: ship it between processes (n_process) as a tagged dict
    if isinstance(obj, Quantity):
        return {_MARK: [obj.start, obj.end, obj.count.model_dump(mode="json"), obj.kind, obj.number_start]}
    return obj if chain is None else chain(obj)


def _decode(obj, chain=None):
    if isinstance(obj, dict) and _MARK in obj:
        start, end, count, kind, number_start = obj[_MARK]
        return Quantity(start, end, Count.model_validate(count), kind, number_start)
    return obj if chain is None else chain(obj)


def register() -> None:
    if not Doc.has_extension("quantities"):
        Doc.set_extension("quantities", default=None)
    if not Span.has_extension("quantity"):
        Span.set_extension("quantity", getter=quantity_of)
    srsly.msgpack_encoders.register("karabach_quantities", func=_encode)
    srsly.msgpack_decoders.register("karabach_quantities", func=_decode)


register()


@Language.factory(
    "karabach_quantities",
    requires=["doc.sents"],
    assigns=["doc.spans", "doc._.quantities", "span._.quantity"],
)
def make_quantities(nlp: Language, name: str) -> Quantities:
    return Quantities(nlp, name)

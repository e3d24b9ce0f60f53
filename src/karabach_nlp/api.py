"""Library entry points: text in, ``ArticleClaims`` out."""

from __future__ import annotations

from functools import lru_cache
from typing import Iterable, Iterator, Optional

from spacy.language import Language
from spacy.tokens import Doc

from . import __version__
from .components.spans import ordered
from .pipeline import analysis_name, base_name, load
from .records import ArticleClaims, Meta
from .textio import checksum, require_text, strip_bom
from .doctext import doc_text


@lru_cache(maxsize=8)
def _pipeline_meta(nlp: Language, pipe_names: tuple[str, ...]) -> dict:
    """What describes the pipeline in ``meta``: the same for every article, so worked out once."""
    return {"version": __version__, "pipeline": base_name(nlp), "components": list(pipe_names),
            "analysis": analysis_name(nlp)}


def claims_from_doc(doc: Doc, nlp: Language, path: Optional[str] = None) -> ArticleClaims:
    text = doc_text(doc)
    meta = Meta(**_pipeline_meta(nlp, tuple(nlp.pipe_names)), path=path, sha256=checksum(text), chars=len(text))
    actors, casualties, attributions = ordered(doc)  # the order the span ids of doc.spans follow
    return ArticleClaims(meta=meta, actors=actors, casualties=casualties, attributions=attributions)


def extract(text: str, nlp: Optional[Language] = None, *, path: Optional[str] = None) -> ArticleClaims:
    """Claims of one article. A leading BOM is dropped (spec §4); empty text is an error."""
    nlp = nlp or load()
    text = require_text(strip_bom(text))
    return claims_from_doc(nlp(text), nlp, path=path)


def extract_many(
    texts: Iterable[str], nlp: Optional[Language] = None, *, batch_size: int = 32, n_process: int = 1
) -> Iterator[ArticleClaims]:
    """Claims of many articles, streamed through ``nlp.pipe``; order is kept."""
    nlp = nlp or load()
    cleaned = (strip_bom(t) for t in texts)
    for doc in nlp.pipe(cleaned, batch_size=batch_size, n_process=n_process):
        yield claims_from_doc(doc, nlp)

"""The one place that assembles the pipeline: which language pipeline, which components, what order."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from typing import Optional

import spacy
from spacy.language import Language

from . import components, extensions  # noqa: F401  (registers factories and Doc._ attributes)
from .errors import PipelineError

GERMAN_MODEL = "de_core_news_md"
MAX_LENGTH = 5_000_000  # characters; the blank pipeline is light, so allow long articles


def model_available(name: str = GERMAN_MODEL) -> bool:
    return importlib.util.find_spec(name) is not None


def _base(model: str) -> Language:
    """``model``: 'auto' (the German model when installed, else blank), 'blank', or a package name."""
    if model == "auto":
        model = GERMAN_MODEL if model_available() else "blank"
    if model == "blank":
        nlp = spacy.blank("de")
        nlp.add_pipe("sentencizer")
        nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
        nlp.initialize()  # loads the German lookup table from spacy-lookups-data
        nlp.meta["karabach_base"] = "blank"
        return nlp
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise PipelineError(f"cannot load spaCy pipeline {model!r}: {err}") from None
    nlp.meta["karabach_base"] = model
    return nlp


def build(model: str = "auto") -> Language:
    nlp = _base(model)
    nlp.max_length = MAX_LENGTH
    for name in components.PIPELINE_ORDER:
        nlp.add_pipe(name)
    return nlp


@lru_cache(maxsize=4)
def load(model: str = "auto") -> Language:
    """The karabach-nlp pipeline, built once per process and reused."""
    return build(model)


def base_name(nlp: Language) -> str:
    return nlp.meta.get("karabach_base", nlp.meta.get("name", "unknown"))


def analysis_name(nlp: Language) -> Optional[str]:
    comps = nlp.pipe_names
    return "+".join(c for c in comps if c in ("tagger", "morphologizer", "karabach_analysis")) or None

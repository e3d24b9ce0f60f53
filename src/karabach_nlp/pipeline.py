"""The one place that assembles the pipeline: which language pipeline, which components, what order."""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from typing import Optional

import spacy
from spacy.language import Language

from . import components, extensions  # noqa: F401  (registers factories and Doc._ attributes)
from .components.analysis import resolve_mode as resolve_analysis
from .errors import PipelineError
from .startup import collector_paused

GERMAN_MODEL = "de_core_news_md"
MAX_LENGTH = 5_000_000  # characters; the blank pipeline is light, so allow long articles


def model_available(name: str = GERMAN_MODEL) -> bool:
    return importlib.util.find_spec(name) is not None


def _slash_compound_infixes(infixes: list[str]) -> list[str]:
    """A slash inside a hyphenated compound joins two names to one word: "CDU/CSU-Bundestagsfraktion"
    and "CDU/CSU/FDP-Lager" are one token each, as "SPD-Bundestagsfraktion" is ("SPD/Grünen", with no hyphen after, stays split)."""
    return [p.replace("\\/(?=", "\\/(?![\\w/]*[^\\W\\d_]-\\w)(?=", 1) for p in infixes]


@lru_cache(maxsize=1)
def _blank_german() -> type[Language]:
    """spaCy's German with the slash rule in its infixes: its tokenizer is built with them, so
    spaCy's own infix pattern (a large regex, ~0.05 s to compile) is never compiled in vain."""
    from spacy.lang.de import German

    class SlashDefaults(German.Defaults):
        infixes = _slash_compound_infixes(German.Defaults.infixes)

    class KarabachGerman(German):
        Defaults = SlashDefaults

    return KarabachGerman


def _base(model: str, analysis: str) -> Language:
    """``model``: 'auto' (the German model when installed, else blank), 'blank', or a package name."""
    if model == "auto":
        model = GERMAN_MODEL if model_available() else "blank"
    if model == "blank":
        nlp = _blank_german().from_config({})  # as spacy.blank("de") builds it
        nlp.add_pipe("sentencizer")
        if analysis == "lexicon":  # no tagger: lemmas from the spacy-lookups-data table instead
            if not model_available("spacy_lookups_data"):
                raise PipelineError("analysis 'lexicon' needs spacy-lookups-data: pip install 'karabach-nlp[lookups]'")
            nlp.add_pipe("lemmatizer", config={"mode": "lookup"})
            nlp.initialize()
        nlp.meta["karabach_base"] = "blank"
        return nlp
    try:
        nlp = spacy.load(model)
    except OSError as err:
        raise PipelineError(f"cannot load spaCy pipeline {model!r}: {err}") from None
    nlp.meta["karabach_base"] = model
    return nlp


def build(model: str = "auto", analysis: str = "auto", config: Optional[dict[str, dict]] = None) -> Language:
    """``analysis`` (blank pipeline only): 'auto' (HanTa when installed), 'hanta' or 'lexicon'.
    ``config``: per component name, settings for its factory, e.g.
    ``{"karabach_attributions": {"disabled_rules": ["frames.so_clause"]}}``."""
    analysis = resolve_analysis(analysis)
    config = config or {}
    unknown = set(config) - set(components.PIPELINE_ORDER)
    if unknown:
        raise PipelineError(f"no component named {', '.join(sorted(unknown))}; the components are: {', '.join(components.PIPELINE_ORDER)}")
    nlp = _base(model, analysis)
    nlp.max_length = MAX_LENGTH
    for name in components.PIPELINE_ORDER:
        settings = {"mode": analysis} if name == "karabach_analysis" else {}
        nlp.add_pipe(name, config={**settings, **config.get(name, {})})
    return nlp


@lru_cache(maxsize=4)
def load(model: str = "auto", analysis: str = "auto", gazetteer: Optional[str] = None) -> Language:
    """The karabach-nlp pipeline, built once per process and reused; ``gazetteer``: a file of the
    user's own actor entries (docs/rules.md). Built with the garbage collector paused; in the
    command line's own process, what is made up to here is then left out of its later scans
    (``startup``)."""
    with collector_paused():
        return build(model, analysis, config={"karabach_actors": {"gazetteer": gazetteer}} if gazetteer else None)


def base_name(nlp: Language) -> str:
    return nlp.meta.get("karabach_base", nlp.meta.get("name", "unknown"))


def analysis_name(nlp: Language) -> Optional[str]:
    """E.g. 'karabach_analysis:hanta-1.2.1+rules' or 'tagger+morphologizer+karabach_analysis:model+konjunktiv-rules'."""
    names = []
    for name in nlp.pipe_names:
        if name in ("tagger", "morphologizer"):
            names.append(name)
        elif name == "karabach_analysis":
            description = getattr(nlp.get_pipe(name), "description", None)
            names.append(f"{name}:{description}" if description else name)
    return "+".join(names) or None

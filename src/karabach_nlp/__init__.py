"""karabach-nlp: claims of German news articles (casualty figures, attributions, actors) as typed records."""

__version__ = "0.1.0"

__all__ = ["ArticleClaims", "__version__", "build", "claims_from_doc", "extract", "extract_many", "load"]

# Imported on first use, so that `karabach-nlp --help` or `schema` do not pay for importing spaCy.
_EXPORTS = {
    "claims_from_doc": "api",
    "extract": "api",
    "extract_many": "api",
    "build": "pipeline",
    "load": "pipeline",
    "ArticleClaims": "records",
}


def __getattr__(name: str):
    if name in _EXPORTS:
        from importlib import import_module

        from .startup import collector_paused

        with collector_paused():  # importing spaCy makes only long-lived objects
            value = getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
        globals()[name] = value
        return value
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))

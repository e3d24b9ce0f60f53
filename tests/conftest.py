from __future__ import annotations

import inspect
import os
import tempfile
from pathlib import Path
from types import CodeType

import pytest

# The tests never write to the user's own cache of word-form analyses (set before the pipeline loads).
os.environ.setdefault("KARABACH_NLP_CACHE_DIR", tempfile.mkdtemp(prefix="karabach-nlp-test-cache-"))

import karabach_nlp  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
SEED_DIR = SHARED / "eval" / "seed"
EXAMPLE = ROOT / "data" / "examples" / "berg-karabach.txt"


@pytest.fixture(scope="session")
def nlp():
    # Tests run on the blank German pipeline: the mode every fresh machine has.
    return karabach_nlp.load("blank")


@pytest.fixture(scope="session")
def seed_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def seed_claims(nlp, seed_text):
    return karabach_nlp.extract(seed_text, nlp)


def assert_offsets(text: str, claims) -> None:
    for span in claims.spans():
        assert text[span.start : span.end] == span.text, span


def actors_by_name(nlp, text: str) -> dict:
    """Actor name -> the actor record of ``extract``, offsets checked."""
    claims = karabach_nlp.extract(text, nlp)
    assert_offsets(text, claims)
    return {a.name: a for a in claims.actors}


def mentions_of(nlp, text: str) -> dict[str, list[str]]:
    """Actor name -> its mention texts, offsets checked."""
    return {name: [m.text for m in a.mentions] for name, a in actors_by_name(nlp, text).items()}


def attributions_of(nlp, text: str):
    """The attributions of a German test sentence, every span checked against the text."""
    claims = karabach_nlp.extract(text, nlp)
    assert_offsets(text, claims)
    return claims.attributions


def attribution_spoken_by(attributions, phrase: str):
    """The first attribution whose speaker phrase reads ``phrase``; fails listing the speakers found."""
    found = [a for a in attributions if a.speaker is not None and a.speaker.text == phrase]
    assert found, [(a.speaker.text if a.speaker else None) for a in attributions]
    return found[0]


def of_kind(attributions, kind):
    return [a for a in attributions if a.kind == kind]


# --- tests that read ../shared skip when it is absent -------------------------------------
# The dataset and the seed gold live beside the checkout (../shared), not in it. A test is
# taken to need them when it, a helper it calls or a fixture it uses reads a module-level path
# inside SHARED; when that path does not exist the test is skipped with the path as its reason.


def _names(code: CodeType):
    yield from code.co_names
    for const in code.co_consts:
        if isinstance(const, CodeType):
            yield from _names(const)


def _missing_shared_path(func, seen: set) -> Path | None:
    func = inspect.unwrap(func)
    code = getattr(func, "__code__", None)
    if code is None or func in seen:
        return None
    seen.add(func)
    module_globals = getattr(func, "__globals__", {})
    for name in _names(code):
        value = module_globals.get(name)
        if isinstance(value, Path) and value.is_relative_to(SHARED) and not value.exists():
            return value
        if inspect.isfunction(value):
            found = _missing_shared_path(value, seen)
            if found is not None:
                return found
    return None


def _fixture_funcs(item):
    info = getattr(item, "_fixtureinfo", None)
    for defs in (info.name2fixturedefs.values() if info else ()):
        yield from (d.func for d in defs)


def pytest_collection_modifyitems(config, items):
    if (SHARED / "data").is_dir() and SEED_DIR.is_dir():
        return  # all there: nothing to look for
    for item in items:
        seen: set = set()
        for func in (getattr(item, "function", None), *_fixture_funcs(item)):
            missing = func and _missing_shared_path(func, seen)
            if missing:
                item.add_marker(pytest.mark.skip(reason=f"needs {missing} (the dataset beside the checkout, ../shared), which is absent"))
                break

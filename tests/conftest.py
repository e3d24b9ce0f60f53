from __future__ import annotations

from pathlib import Path

import pytest

import karabach_nlp

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


def attributions_of(nlp, text: str):
    """The attributions of a German test sentence, every span checked against the text."""
    claims = karabach_nlp.extract(text, nlp)
    assert_offsets(text, claims)
    return claims.attributions


def of_kind(attributions, kind):
    return [a for a in attributions if a.kind == kind]

"""Hearsay "soll" in a sentence that names its own source ("demnach", "je nach Quellenlage",
"nach dem Gesetzentwurf", "so heißt es in …") is an according-to report, not free indirect speech.
German sentences written for these tests."""

from __future__ import annotations

import pytest

import karabach_nlp
from karabach_nlp.records import AttributionKind

from conftest import assert_offsets


def _second(nlp, text):
    claims = karabach_nlp.extract(text, nlp)
    assert_offsets(text, claims)
    return [a for a in claims.attributions if a.content.start > text.index(".")]


@pytest.mark.parametrize(
    "text, cue, speaker, content",
    [
        ("Der Senat sagte, die Lage sei ernst. Die Mieten sollen demnach im nächsten Jahr sinken.",
         "demnach", "demnach", "Die Mieten sollen demnach im nächsten Jahr sinken."),
        ("Der Senat sagte, die Lage sei ernst. Je nach Quellenlage sollen bis zu 300 Menschen geflohen sein.",
         "nach", "Quellenlage", "Je nach Quellenlage sollen bis zu 300 Menschen geflohen sein."),
        ("Die Koalition sagte, sie plane ein neues Gesetz. Nach dem Gesetzentwurf sollen auch die Ämter Zugriff auf die Daten erhalten.",
         "Nach", "dem Gesetzentwurf", "Nach dem Gesetzentwurf sollen auch die Ämter Zugriff auf die Daten erhalten."),
        ("Der Konzern sagte, die Lage sei ernst. Die Kosten sollen um ein Drittel sinken, so heißt es in einer Erklärung des Vorstands.",
         "heißt es", "einer Erklärung des Vorstands", "Die Kosten sollen um ein Drittel sinken"),
    ],
)
def test_attributions_sourced_hearsay_is_according_to(nlp, text, cue, speaker, content):
    [a] = _second(nlp, text)
    assert a.kind == AttributionKind.according_to
    assert [c.text for c in a.cue] == [cue]
    assert a.speaker.text == speaker
    assert a.content.text == content


@pytest.mark.parametrize(
    "text",
    [
        # "nach dem Angriff" is a time, not a source
        "Der Sprecher sagte, die Lage sei ernst. Nach dem Angriff sollen zwei Soldaten geflohen sein.",
        # a Konjunktiv sentence with "demnach" continues the report as free indirect speech
        "Der Sprecher sagte, die Lage sei ernst. Die Brücke sei demnach schon gestern gesperrt worden.",
    ],
)
def test_attributions_hearsay_without_a_named_source_stays_free_indirect(nlp, text):
    [a] = _second(nlp, text)
    assert a.kind == AttributionKind.free_indirect

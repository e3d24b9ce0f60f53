"""A quote right after a noun of words said or written ("Parolen wie „…“", "mit der Aufschrift
„…“") is direct speech of the sentence's subject, on German sentences written for these tests."""

from __future__ import annotations

import pytest

import karabach_nlp
from karabach_nlp.records import AttributionKind

from conftest import assert_offsets


def _direct(nlp, text):
    claims = karabach_nlp.extract(text, nlp)
    assert_offsets(text, claims)
    return [a for a in claims.attributions if a.kind == AttributionKind.direct]


@pytest.mark.parametrize(
    "text, words, speaker, cue",
    [
        ("Die Demonstranten zogen durch die Stadt und skandierten Parolen wie „Hände weg vom Hafen“.",
         "Hände weg vom Hafen", "Die Demonstranten", "zogen"),
        ("Einige Fans trugen Schals mit der Aufschrift „Nie wieder zweite Liga“.", "Nie wieder zweite Liga",
         "Einige Fans", "trugen"),
        ("Die Partei veröffentlichte die Antwort, „Wir prüfen das Angebot.“", "Wir prüfen das Angebot.",
         "Die Partei", "veröffentlichte"),
    ],
)
def test_attributions_quote_after_a_speech_noun_is_direct_speech_of_the_subject(nlp, text, words, speaker, cue):
    [direct] = _direct(nlp, text)
    assert direct.content.text == words
    assert direct.speaker.text == speaker
    assert [c.text for c in direct.cue] == [cue]


def test_attributions_quote_after_a_heading_noun_stays_a_title(nlp):
    # "Überschrift" names a title, not words anyone says
    assert not _direct(nlp, "Auf der Titelseite stand unter der Überschrift „Der große Streik“ ein Bericht.")

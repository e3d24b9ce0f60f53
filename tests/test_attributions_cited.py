"""A quote framed by "zitieren" that names both the citing medium and the person quoted is direct
speech of each (one attribution per speaker); a frame naming one of them gives one attribution.
German sentences written for these tests."""

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
    "text, words, speakers",
    [
        ("„Das ist ein großer Erfolg für die Stadt“, zitiert die Lokalzeitung den Bürgermeister.",
         "Das ist ein großer Erfolg für die Stadt", ["die Lokalzeitung", "den Bürgermeister"]),
        ("„Wir haben die Lage im Griff“, zitiert tagesschau.de Polizeisprecher Jan Kurz.",
         "Wir haben die Lage im Griff", ["tagesschau.de", "Polizeisprecher Jan Kurz"]),
        ("Der Kurier zitiert den Trainer mit den Worten: „Wir haben heute verdient gewonnen.“",
         "Wir haben heute verdient gewonnen.", ["Der Kurier", "den Trainer"]),
        ("Die Sprecherin der Grünen, Anna Berg, wird von der „Morgenpost“ mit den Worten zitiert: „Das ist ein Skandal.“",
         "Das ist ein Skandal.", ["der „Morgenpost“", "Die Sprecherin der Grünen, Anna Berg"]),
        ("„Wir haben alles versucht und trotzdem verloren“ wird der Trainer im Fachblatt „Kicker“ zitiert.",
         "Wir haben alles versucht und trotzdem verloren", ["Fachblatt „Kicker“", "der Trainer"]),
    ],
)
def test_attributions_cited_quote_is_direct_speech_of_medium_and_person(nlp, text, words, speakers):
    direct = _direct(nlp, text)
    assert [a.content.text for a in direct] == [words, words]
    assert [a.speaker.text for a in direct] == speakers  # the medium first, the person quoted last
    assert all("zitiert" in [c.text for c in a.cue] for a in direct)


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("„Das ist ein großer Erfolg“, zitiert die Lokalzeitung.", "die Lokalzeitung"),  # no person named
        ("„Das ist ein großer Erfolg für uns“, wird der Trainer zitiert.", "der Trainer"),  # no medium named
        ("„Wir sind hier nicht willkommen“, zitierte man die Reporterin.", "die Reporterin"),  # "man" is no medium
    ],
)
def test_attributions_cited_quote_with_one_speaker_stays_one(nlp, text, speaker):
    [direct] = _direct(nlp, text)
    assert direct.speaker.text == speaker


def test_attributions_cited_quote_continues_the_person_quoted(nlp):
    text = ("Die Sprecherin der Grünen, Anna Berg, wird von der „Morgenpost“ mit den Worten zitiert: "
            "„Das ist ein Skandal.“ Der Senator müsse sofort zurücktreten.")
    claims = karabach_nlp.extract(text, nlp)
    free = [a for a in claims.attributions if a.kind == AttributionKind.free_indirect]
    assert [a.content.text for a in free] == ["Der Senator müsse sofort zurücktreten."]
    assert free[0].speaker_actor == "Anna Berg"


def test_attributions_passive_cited_frame_takes_the_apposition(nlp):
    # "wird X, Sprecherin des Vereins, zitiert": the apposition's commas do not end the frame
    text = "Das ist eine Chance, endlich ein „Vorbild für andere zu werden“, wird Eva Klein, Sprecherin des Vereins, zitiert."
    [direct] = _direct(nlp, text)
    assert direct.content.text == "Vorbild für andere zu werden"
    assert direct.speaker.text == "Eva Klein, Sprecherin des Vereins"

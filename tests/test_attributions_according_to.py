""""wie X mitteilte" after the content, and the source phrases of according-to frames."""

from __future__ import annotations

import pytest

from karabach_nlp.records import AttributionKind

from conftest import attributions_of, of_kind


@pytest.mark.parametrize(
    "text, content, speaker",
    [
        ("Mehr als 40 Menschen wurden verletzt, wie Gouverneur Oleh Petrenko am Sonntag mitteilte.",
         "Mehr als 40 Menschen wurden verletzt", "Gouverneur Oleh Petrenko"),
        ("Das Lagerhaus brannte vollständig ab, wie die Feuerwehr am Abend in Bremen bekannt gab.",
         "Das Lagerhaus brannte vollständig ab", "die Feuerwehr"),
    ],
)
def test_attributions_trailing_wie_clause_with_words_before_its_verb(nlp, text, content, speaker):
    found = of_kind(attributions_of(nlp, text), AttributionKind.according_to)
    assert [(a.content.text, a.speaker.text) for a in found] == [(content, speaker)]
    a = found[0]
    assert text[a.speaker.start:a.speaker.end] == speaker


@pytest.mark.parametrize(
    "text",
    [
        "Die Entscheidung liegt bei den Lesern, wie sehr sie den Vorschlag unterstützen.",  # a question of degree
        "Das Konzert endete mit einer Zugabe, die so laut war, wie man es nicht erwartet hatte.",  # a comparison
    ],
)
def test_attributions_trailing_wie_clause_near_misses(nlp, text):
    assert of_kind(attributions_of(nlp, text), AttributionKind.according_to) == []


def test_actors_wie_before_a_title_is_no_part_of_the_mention(nlp):
    from karabach_nlp import extract

    claims = extract("Die Brücke bleibt gesperrt, wie Bürgermeister Hans Ebert am Montag mitteilte.", nlp=nlp)
    assert [m.text for a in claims.actors for m in a.mentions] == ["Bürgermeister Hans Ebert"]


def test_attributions_source_phrase_stops_before_a_count(nlp):
    text = "Bei den Kämpfen sind nach Angaben von Hilfsorganisationen Hunderte Zivilisten ums Leben gekommen."
    (a,) = of_kind(attributions_of(nlp, text), AttributionKind.according_to)
    assert a.speaker.text == "Hilfsorganisationen"


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("Laut Ärzte ohne Grenzen starben in dem Krankenhaus fünf Patienten.", "Ärzte ohne Grenzen"),
        ("Nach Angaben der Hilfsorganisation Ärzte ohne Grenzen starben in dem Krankenhaus fünf Patienten.",
         "der Hilfsorganisation Ärzte ohne Grenzen"),
    ],
)
def test_attributions_source_phrase_takes_a_listed_name_whole(nlp, text, speaker):
    (a,) = of_kind(attributions_of(nlp, text), AttributionKind.according_to)
    assert a.speaker.text == speaker
    assert a.content.text.startswith("starben")


@pytest.mark.parametrize(
    "text, speaker",
    [
        ("In der Pressemitteilung des Verbands heißt es, die Preise würden steigen.", "der Pressemitteilung des Verbands"),
        ("Die Preise würden steigen, heißt es in einer Erklärung der Regierung.", "einer Erklärung der Regierung"),
        ("Auf der Webseite des Vereins heißt es, das Turnier falle aus.", "der Webseite des Vereins"),
    ],
)
def test_attributions_heisst_es_takes_the_document_as_source(nlp, text, speaker):
    (a,) = attributions_of(nlp, text)
    assert a.kind == AttributionKind.indirect
    assert a.speaker.text == speaker


def test_attributions_heisst_es_without_a_document_names_nobody(nlp):
    (a,) = attributions_of(nlp, "Die Lage sei ernst, hieß es am Abend.")
    assert a.kind == AttributionKind.indirect and a.speaker is None


def test_attributions_source_phrase_ends_before_a_place_it_does_not_name(nlp):
    text = "Wie die Ärztezeitung in ihrer Onlineausgabe berichtet, steigen die Kosten weiter."
    (a,) = attributions_of(nlp, text)
    assert a.speaker.text == "die Ärztezeitung"


def test_attributions_source_phrase_with_an_apostrophe_in_the_name(nlp):
    (a,) = attributions_of(nlp, "Laut Mark O’Keefe sind drei Menschen verletzt worden.")
    assert a.speaker.text == "Mark O’Keefe" and a.speaker_actor == "Mark O’Keefe"


@pytest.mark.parametrize(
    "text",
    [
        "Die Armee hat nach eigenen Angaben 20 Kämpfer getötet.",
        "Nach eigenen Angaben tötete die Armee 20 Kämpfer.",
    ],
)
def test_attributions_nach_eigenen_angaben_is_the_subjects_own_report(nlp, text):
    (a,) = attributions_of(nlp, text)
    assert a.kind == AttributionKind.according_to
    assert a.speaker.text.endswith("eigenen Angaben") and [c.text.lower() for c in a.cue] == ["nach"]
    assert a.speaker_actor == "Armee"

"""Coordinated speakers: one speaker phrase, several actors (German sentences written for these tests)."""

from __future__ import annotations

import pytest

import karabach_nlp

from conftest import assert_offsets


def _single(nlp, text):
    claims = karabach_nlp.extract(text, nlp)
    assert_offsets(text, claims)
    assert len(claims.attributions) == 1, [(a.kind, a.content.text) for a in claims.attributions]
    names = {a.id: a.name for a in claims.actors}
    return claims, claims.attributions[0], names


@pytest.mark.parametrize(
    "text, speaker, actors",
    [
        ("Der Bürgermeister und die Polizeipräsidentin erklärten am Montag, die Lage sei unter Kontrolle.",
         "Der Bürgermeister und die Polizeipräsidentin", ["Bürgermeister", "Polizeipräsidentin"]),
        ("Sowohl die Regierung als auch die Opposition sagten, man werde das Ergebnis anerkennen.",
         "Sowohl die Regierung als auch die Opposition", ["Regierung", "Opposition"]),
        ("Betriebsrat und Geschäftsführung teilten mit, man habe sich auf einen Sozialplan geeinigt.",
         "Betriebsrat und Geschäftsführung", ["Betriebsrat", "Geschäftsführung"]),
        ("Nach Angaben der Polizei und der Feuerwehr wurden zwei Anwohner leicht verletzt.",
         "der Polizei und der Feuerwehr", ["Polizei", "Feuerwehr"]),
    ],
)
def test_attributions_coordinated_speaker_names_each_actor(nlp, text, speaker, actors):
    claims, a, names = _single(nlp, text)
    assert a.speaker.text == speaker
    assert a.speaker_actor is None and a.speaker_actor_id is None  # several speakers, no single one
    assert [names[i] for i in a.speaker_actor_ids] == actors
    # each actor keeps its own mention: no actor takes the whole coordination as its name
    for actor in claims.actors:
        assert all(" und " not in m.text and "als auch" not in m.text for m in actor.mentions)


def test_attributions_name_with_und_stays_one_speaker(nlp):
    text = "Das Bundesamt für Migration und Flüchtlinge teilte mit, die Zahl der Anträge sei gesunken."
    _, a, names = _single(nlp, text)
    assert a.speaker.text == "Das Bundesamt für Migration und Flüchtlinge"
    assert a.speaker_actor_ids == [a.speaker_actor_id]
    assert "Flüchtlinge" not in names.values()


def test_attributions_single_speaker_lists_its_one_actor(nlp):
    _, a, _ = _single(nlp, "Die Staatsanwältin sagte, der Angeklagte habe gestanden.")
    assert a.speaker.text == "Die Staatsanwältin"
    assert a.speaker_actor_ids == [a.speaker_actor_id] and a.speaker_actor_id is not None


def test_attributions_und_opening_a_new_clause_is_no_coordination(nlp):
    # after an inverted subject, "und die Opposition kritisierte" is a clause of its own
    text = "Am Dienstag sagte der Minister und die Opposition kritisierte, das Gesetz sei verfassungswidrig."
    claims = karabach_nlp.extract(text, nlp)
    assert_offsets(text, claims)
    speakers = [a.speaker.text for a in claims.attributions if a.speaker]
    assert "der Minister und die Opposition" not in speakers


def test_casualties_from_a_coordinated_speaker_keep_both_sources(nlp):
    text = ("Die Polizei und die Feuerwehr teilten am Abend mit, drei Menschen seien verletzt worden. "
            "Zudem seien zwei Kinder gestorben.")
    claims = karabach_nlp.extract(text, nlp)
    assert_offsets(text, claims)
    names = {a.id: a.name for a in claims.actors}
    assert [(c.outcome.value, c.count.low) for c in claims.casualties] == [("injured", 3), ("dead", 2)]
    for c in claims.casualties:  # the free indirect sentence continues the same two speakers
        assert c.source == "Die Polizei und die Feuerwehr"
        assert c.source_actor is None
        assert [names[i] for i in c.source_actor_ids] == ["Polizei", "Feuerwehr"]


def test_attributions_speaker_in_apposition_ends_before_its_closing_comma(nlp):
    _, a, names = _single(nlp, "Der Sprecher der Polizei, Lars Beringer, sagte, es gebe keine Verletzten.")
    assert a.speaker.text == "Der Sprecher der Polizei, Lars Beringer"
    assert a.speaker_actor == "Lars Beringer"


def test_attributions_comma_list_of_speakers_names_each(nlp):
    text = "Der Innenminister, die Kanzlerin und der Bürgermeister sagten am Abend, man sei sich einig."
    _, a, names = _single(nlp, text)
    assert a.speaker.text == "Der Innenminister, die Kanzlerin und der Bürgermeister"
    assert [names[i] for i in a.speaker_actor_ids] == ["Innenminister", "Kanzlerin", "Bürgermeister"]


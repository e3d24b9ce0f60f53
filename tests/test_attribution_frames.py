"""Indirect and according-to frames beyond the reporting verb: nouns with a content clause,
impersonal "hieß es", reporting verbs inside subordinate clauses — on sentences written here."""

from __future__ import annotations

import karabach_nlp
from karabach_nlp.records import AttributionKind

from conftest import assert_offsets


def _extract(nlp, text):
    claims = karabach_nlp.extract(text, nlp)
    assert_offsets(text, claims)
    return claims.attributions


def _indirect(attributions):
    return [a for a in attributions if a.kind == AttributionKind.indirect]


def test_attributions_noun_frame_with_zu_infinitive_and_genitive_speaker(nlp):
    text = "Die Forderung der Opposition, die Steuern zu senken, wurde im Landtag abgelehnt."
    [a] = _indirect(_extract(nlp, text))
    assert a.content.text == "die Steuern zu senken"
    assert a.speaker.text == "der Opposition"
    assert [c.text for c in a.cue] == ["Die Forderung"]


def test_attributions_noun_frame_with_konjunktiv_clause_inside_the_sentence(nlp):
    text = "Der Anwalt trat dem Vorwurf der Staatsanwaltschaft, das Gutachten sei gefälscht, vor Gericht entgegen."
    [a] = _indirect(_extract(nlp, text))
    assert a.content.text == "das Gutachten sei gefälscht"
    assert a.speaker.text == "der Staatsanwaltschaft"
    assert [c.text for c in a.cue] == ["dem Vorwurf"]


def test_attributions_noun_frame_with_dass_clause_and_no_speaker(nlp):
    text = "Mit der Begründung, dass die Halle saniert werden müsse, sagte der Verein das Turnier ab."
    [a] = _indirect(_extract(nlp, text))
    assert a.content.text == "die Halle saniert werden müsse"
    assert a.speaker is None
    assert [c.text for c in a.cue] == ["der Begründung"]


def test_attributions_noun_frame_as_object_of_a_verb_takes_its_subject(nlp):
    text = "Die Ministerin ist der Ansicht, dass die Reform zu spät komme."
    [a] = _indirect(_extract(nlp, text))
    assert a.content.text == "die Reform zu spät komme"
    assert a.speaker.text == "Die Ministerin"
    assert [c.text for c in a.cue] == ["ist", "der Ansicht"]


def test_attributions_noun_frame_compound_noun_counts(nlp):
    text = "Die Rücktrittsforderung der Grünen, der Bürgermeister solle sofort gehen, stieß auf Widerspruch."
    [a] = _indirect(_extract(nlp, text))
    assert a.content.text == "der Bürgermeister solle sofort gehen"
    assert [c.text for c in a.cue] == ["Die Rücktrittsforderung"]


def test_attributions_noun_followed_by_relative_clause_is_no_frame(nlp):
    for text in (
        "Der Plan, der im Mai vorgestellt wurde, ist inzwischen gescheitert.",
        "Es gab einen Hinweis, auf den die Behörden nicht reagierten.",
        "Die Forderung nach mehr Geld wurde am Montag in Berlin wiederholt.",
    ):
        assert _indirect(_extract(nlp, text)) == [], text


def test_attributions_impersonal_hiess_es_after_the_content(nlp):
    text = "Feierlichkeiten zum Jubiläum seien nicht vorgesehen, hieß es."
    [a] = _indirect(_extract(nlp, text))
    assert a.content.text == "Feierlichkeiten zum Jubiläum seien nicht vorgesehen"
    assert a.speaker is None
    assert [c.text for c in a.cue] == ["hieß", "es"]


def test_attributions_impersonal_heisst_es_with_its_source(nlp):
    text = "Die Lage an der Grenze sei ruhig, heißt es aus dem Innenministerium."
    [a] = _indirect(_extract(nlp, text))
    assert a.content.text == "Die Lage an der Grenze sei ruhig"
    assert a.speaker.text == "dem Innenministerium"
    assert [c.text for c in a.cue] == ["heißt", "es"]


def test_attributions_reporting_verb_in_subordinate_clause_frames_no_main_clause(nlp):
    text = "Nachdem der Minister den Rücktritt gefordert hatte, kam es zu Protesten vor dem Rathaus."
    assert _indirect(_extract(nlp, text)) == []


def test_attributions_reporting_verb_in_subordinate_clause_keeps_its_own_object_clause(nlp):
    text = "Nachdem der Minister gefordert hatte, die Steuern zu senken, kam es zu Protesten."
    [a] = _indirect(_extract(nlp, text))
    assert a.content.text == "die Steuern zu senken"
    assert a.speaker.text == "der Minister"
    assert [c.text for c in a.cue] == ["gefordert"]

"""What stands before the finite verb: an adverb or a focus particle is no speaker."""

from __future__ import annotations

import pytest

from karabach_nlp.records import AttributionKind

from conftest import attributions_of


@pytest.mark.parametrize(
    "text, kind, speaker",
    [
        ("Sinngemäß sagte er, das Projekt sei gescheitert.", AttributionKind.indirect, "er"),
        ("Offiziell geht die Regierung davon aus, dass die Wahl stattfindet.", AttributionKind.indirect, "die Regierung"),
        ("Sogar die Polizei sagte, die Lage sei ruhig.", AttributionKind.indirect, "die Polizei"),
        ("Zuletzt hatte im Mai 2019 der Bürgermeister um die Rückgabe der Gemälde gebeten.",
         AttributionKind.reported, "der Bürgermeister"),
    ],
)
def test_attributions_adverb_before_the_verb_is_no_speaker(nlp, text, kind, speaker):
    found = attributions_of(nlp, text)
    assert [(a.kind, a.speaker.text if a.speaker else None) for a in found] == [(kind, speaker)]


def test_attributions_speech_act_after_an_adverb_keeps_an_unnamed_speaker(nlp):
    # the participle phrase is beyond what the rules read: the act is kept, never "So" as its speaker
    (a,) = attributions_of(nlp, "So berichtete die in Linz erscheinende „Rundschau“ gestern von einer Initiative.")
    assert a.kind == AttributionKind.reported
    assert a.speaker is None or a.speaker.text.endswith("„Rundschau“")
    assert a.content.text.startswith("von einer Initiative")


def test_attributions_adverb_after_the_subject_is_no_part_of_it(nlp):
    (a,) = attributions_of(nlp, "Die Armeeleitung hingegen sprach von einem großen Erfolg.")
    assert a.kind == AttributionKind.reported and a.speaker.text == "Die Armeeleitung"

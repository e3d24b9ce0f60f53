"""A pronoun or bare title as speaker refers to the last compatible speaker of the sentence before
it, not to the actor named last; German sentences written for these tests."""

from __future__ import annotations

import karabach_nlp

from conftest import assert_offsets


def _speakers(nlp, text: str) -> dict[str, str]:
    """Speaker phrase -> the name of its actor, the actor holding the phrase as a mention."""
    claims = karabach_nlp.extract(text, nlp)
    assert_offsets(text, claims)
    found = {}
    for a in claims.attributions:
        if a.speaker is not None:
            holder = [x for x in claims.actors if any((m.start, m.end) == (a.speaker.start, a.speaker.end) for m in x.mentions)]
            assert [x.id for x in holder] == [a.speaker_actor_id]
            found[a.speaker.text] = a.speaker_actor
    return found


def test_pronoun_is_the_last_speaker_not_the_person_named_last(nlp):
    text = ("Botschafter Klaus Weber sagte nach einem Treffen mit Außenminister Peter Müller, die Lage sei ernst. "
            "Er fügte hinzu, man müsse verhandeln.")
    assert _speakers(nlp, text)["Er"] == "Klaus Weber"


def test_pronoun_skips_a_last_speaker_of_the_other_gender(nlp):
    text = ("Botschafterin Anna Weber sagte nach einem Treffen mit Außenminister Peter Müller, die Lage sei ernst. "
            "Er fügte hinzu, man müsse verhandeln.")
    assert _speakers(nlp, text)["Er"] == "Peter Müller"


def test_feminine_pronoun_after_a_woman_who_spoke(nlp):
    text = ("Ministerin Julia Schröder sagte nach dem Gespräch mit Bürgermeister Jan Vogt, der Haushalt sei knapp. "
            "Sie betonte, die Schulen hätten Vorrang.")
    assert _speakers(nlp, text)["Sie"] == "Julia Schröder"


def test_bare_title_is_the_last_speaker_holding_it(nlp):
    text = ("Außenminister Peter Müller sagte nach einem Treffen mit Innenminister Hans Schmidt, die Lage sei ernst. "
            "Der Minister fügte hinzu, man müsse verhandeln.")
    assert _speakers(nlp, text)["Der Minister"] == "Peter Müller"


def test_speaker_further_back_leaves_the_pronoun_to_the_person_named_since(nlp):
    text = ("Botschafter Klaus Weber sagte, die Lage sei ernst. Am Abend landete Außenminister Peter Müller in Baku. "
            "Er sagte, man müsse verhandeln.")
    assert _speakers(nlp, text)["Er"] == "Peter Müller"


def test_pronoun_speaker_is_a_person_rather_than_a_state_named_since(nlp):
    text = ("Außenministerin Annalena Baerbock traf am Montag ihren Amtskollegen Dmytro Kuleba. "
            "Kuleba sagte, die Ukraine brauche mehr Luftabwehr. Sie sicherte weitere Hilfe zu.")
    assert _speakers(nlp, text)["Sie"] == "Annalena Baerbock"


def test_pronoun_speaker_with_no_person_in_reach_keeps_the_body(nlp):
    text = "Die Regierung legte am Montag einen Plan vor. Sie kündigte an, die Steuern zu senken."
    assert _speakers(nlp, text)["Sie"] == "Regierung"

"""Speaker phrases tied to the actor they name: a relative pronoun ("…, der sagte, …") speaks for the phrase
before its comma; a body named after its kind ("die Nachrichtenagentur dpa") is that body; the
impersonal "man" is nobody. German sentences written for these tests."""

from __future__ import annotations

import karabach_nlp

from conftest import assert_offsets, attribution_spoken_by


def _speaker(nlp, text: str, phrase: str):
    claims = karabach_nlp.extract(text, nlp)
    assert_offsets(text, claims)
    found = attribution_spoken_by(claims.attributions, phrase)
    holder = [x for x in claims.actors if any((m.start, m.end) == (found.speaker.start, found.speaker.end)
                                              for m in x.mentions)]
    assert [x.id for x in holder] == ([found.speaker_actor_id] if found.speaker_actor_id else [])
    return found.speaker_actor


def test_relative_pronoun_speaks_for_the_phrase_before_its_comma(nlp):
    text = "Präsident Joe Biden traf den früheren Präsidenten Barack Obama, der sagte, er stehe nicht zur Verfügung."
    assert _speaker(nlp, text, "der") == "Barack Obama"


def test_relative_pronoun_takes_the_whole_phrase_not_its_genitive(nlp):
    text = "Die Kanzlerin traf die Vertreter der Gewerkschaften, die forderten, die Löhne müssten steigen."
    assert _speaker(nlp, text, "die") == "Vertreter"


def test_impersonal_man_is_no_actor(nlp):
    text = "Man geht davon aus, dass der Planet vor weniger als 100.000 Jahren entstanden ist."
    assert _speaker(nlp, text, "Man") is None


def test_lower_case_agency_name_after_its_kind(nlp):
    text = "Die Zahl der Toten stieg auf 120, wie die Nachrichtenagentur dpa meldete."
    assert _speaker(nlp, text, "die Nachrichtenagentur dpa") == "dpa"


def test_body_named_after_its_kind_not_the_kind(nlp):
    text = "Die Hilfsorganisation Ärzte ohne Grenzen teilte mit, Tausende seien vor den Kämpfen geflohen."
    assert _speaker(nlp, text, "Die Hilfsorganisation Ärzte ohne Grenzen") == "Ärzte ohne Grenzen"


def test_spokesperson_of_a_body_stays_the_spokesperson(nlp):
    text = "Ein Sprecher der Organisation Amnesty International sagte, die Lage sei ernst."
    assert _speaker(nlp, text, "Ein Sprecher der Organisation Amnesty International") == "Sprecher"
